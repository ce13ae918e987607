#include "labelset.h"

#include <algorithm>
#include <cstring>

namespace phc {

// One resize and copies in place: appending piece by piece went through
// QByteArray::insert four times per label.
void LabelSet::append(QByteArray &out, QByteArrayView name, QByteArrayView value)
{
    const quint32 n = quint32(name.size()), v = quint32(value.size());
    const qsizetype at = out.size();
    out.resize(at + 8 + name.size() + value.size());
    char *p = out.data() + at;
    std::memcpy(p, &n, 4);
    std::memcpy(p + 4, &v, 4);
    if (n > 0)
        std::memcpy(p + 8, name.data(), n);
    if (v > 0)
        std::memcpy(p + 8 + n, value.data(), v);
}

namespace {

// Byte order, inline: QByteArrayView::compare is a call into QtCore per comparison.
bool lessThan(QByteArrayView a, QByteArrayView b)
{
    const int c = std::memcmp(a.data(), b.data(), size_t(std::min(a.size(), b.size())));
    return c < 0 || (c == 0 && a.size() < b.size());
}

} // namespace

void LabelSet::encode(std::span<const PromLabel> labels, QByteArrayView skip, std::vector<const PromLabel *> &order,
                      QByteArray &out)
{
    out.resize(0);
    order.clear();
    for (const PromLabel &l : labels)
        if (!l.value.isEmpty()
            && (l.name.size() != skip.size() || std::memcmp(l.name.data(), skip.data(), size_t(skip.size())) != 0))
            order.push_back(&l);
    // Few labels, usually already in order: insertion sort beats std::sort here.
    for (size_t i = 1; i < order.size(); ++i) {
        const PromLabel *x = order[i];
        size_t j = i;
        while (j > 0 && lessThan(x->name, order[j - 1]->name)) {
            order[j] = order[j - 1];
            --j;
        }
        order[j] = x;
    }
    qsizetype size = 0;
    for (const PromLabel *l : order)
        size += 8 + l->name.size() + l->value.size();
    out.reserve(size);
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
