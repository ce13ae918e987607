#include "labelset.h"

#include <algorithm>
#include <cstring>

namespace phc {

void LabelSet::append(QByteArray &out, QByteArrayView name, QByteArrayView value)
{
    const quint32 n = quint32(name.size()), v = quint32(value.size());
    out.append(reinterpret_cast<const char *>(&n), 4);
    out.append(reinterpret_cast<const char *>(&v), 4);
    out.append(name.data(), name.size());
    out.append(value.data(), value.size());
}

void LabelSet::encode(std::span<const PromLabel> labels, QByteArrayView skip, std::vector<const PromLabel *> &order,
                      QByteArray &out)
{
    out.resize(0);
    order.clear();
    for (const PromLabel &l : labels)
        if (!l.value.isEmpty() && l.name != skip)
            order.push_back(&l);
    // Few labels, usually already in order: insertion sort beats std::sort here.
    for (size_t i = 1; i < order.size(); ++i) {
        const PromLabel *x = order[i];
        size_t j = i;
        while (j > 0 && x->name.compare(order[j - 1]->name) < 0) {
            order[j] = order[j - 1];
            --j;
        }
        order[j] = x;
    }
    for (const PromLabel *l : order)
        append(out, l->name, l->value);
}

LabelSet LabelSet::fromEncoded(QByteArrayView encoded)
{
    LabelSet s;
    s.m_encoded = encoded.toByteArray();
    return s;
}

LabelSet LabelSet::fromPairs(const QList<std::pair<QByteArray, QByteArray>> &labels)
{
    std::vector<PromLabel> parsed;
    parsed.reserve(size_t(labels.size()));
    for (const auto &[name, value] : labels)
        parsed.push_back({name, value});
    std::vector<const PromLabel *> order;
    LabelSet s;
    encode(parsed, {}, order, s.m_encoded);
    return s;
}

qsizetype LabelSet::size() const
{
    qsizetype n = 0;
    forEach([&n](QByteArrayView, QByteArrayView) { ++n; });
    return n;
}

std::optional<QByteArrayView> LabelSet::value(QByteArrayView name) const
{
    std::optional<QByteArrayView> found;
    forEach([&](QByteArrayView n, QByteArrayView v) {
        if (!found && n == name)
            found = v;
    });
    return found;
}

QList<std::pair<QByteArray, QByteArray>> LabelSet::toPairs() const
{
    QList<std::pair<QByteArray, QByteArray>> out;
    forEach([&out](QByteArrayView n, QByteArrayView v) { out.append({n.toByteArray(), v.toByteArray()}); });
    return out;
}

template <typename Keep>
LabelSet LabelSet::filtered(Keep keep) const
{
    LabelSet s;
    forEach([&](QByteArrayView n, QByteArrayView v) {
        if (keep(n))
            append(s.m_encoded, n, v);
    });
    return s;
}

LabelSet LabelSet::keepOnly(const QList<QByteArray> &names) const
{
    return filtered([&names](QByteArrayView n) { return names.contains(n); });
}

LabelSet LabelSet::without(const QList<QByteArray> &names) const
{
    return filtered([&names](QByteArrayView n) { return !names.contains(n); });
}

bool LabelSet::matches(const QList<LabelMatcher> &matchers) const
{
    return std::all_of(matchers.cbegin(), matchers.cend(), [this](const LabelMatcher &m) {
        return value(m.name).value_or(QByteArrayView()) == QByteArrayView(m.value);
    });
}

QString LabelSet::toString() const
{
    QByteArray out("{");
    bool first = true;
    forEach([&](QByteArrayView n, QByteArrayView v) {
        if (!first)
            out += ',';
        first = false;
        out.append(n.data(), n.size());
        out += "=\"";
        for (const char c : v) {
            if (c == '\\')
                out += "\\\\";
            else if (c == '"')
                out += "\\\"";
            else if (c == '\n')
                out += "\\n";
            else
                out += c;
        }
        out += '"';
    });
    out += '}';
    return QString::fromUtf8(out);
}

} // namespace phc
