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
    const qsizetype n = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i)
        if (a[i] != b[i])
            return static_cast<unsigned char>(a[i]) < static_cast<unsigned char>(b[i]);
    return a.size() < b.size();
}

} // namespace

void LabelSet::canonicalOrder(std::span<const PromLabel> labels, QByteArrayView skip, std::vector<const PromLabel *> &order)
{
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
}

bool LabelSet::encodedEquals(QByteArrayView encoded, const std::vector<const PromLabel *> &order)
{
    const char *p = encoded.data();
    const char *const end = p + encoded.size();
    for (const PromLabel *l : order) {
        if (end - p < 8)
            return false;
        quint32 n = 0, v = 0;
        std::memcpy(&n, p, 4);
        std::memcpy(&v, p + 4, 4);
        p += 8;
        if (n != quint32(l->name.size()) || v != quint32(l->value.size()) || end - p < qsizetype(n) + qsizetype(v)
            || !sameBytes(p, l->name.data(), n) || !sameBytes(p + n, l->value.data(), v))
            return false;
        p += n + v;
    }
    return p == end;
}

void LabelSet::encodeOrdered(const std::vector<const PromLabel *> &order, QByteArray &out)
{
    qsizetype size = 0;
    for (const PromLabel *l : order)
        size += 8 + l->name.size() + l->value.size();
    out.resize(size); // one call; the bytes are written in place
    char *p = out.data();
    for (const PromLabel *l : order) {
        const quint32 n = quint32(l->name.size()), v = quint32(l->value.size());
        std::memcpy(p, &n, 4);
        std::memcpy(p + 4, &v, 4);
        std::memcpy(p + 8, l->name.data(), n);
        if (v > 0)
            std::memcpy(p + 8 + n, l->value.data(), v);
        p += 8 + n + v;
    }
}

void LabelSet::encode(std::span<const PromLabel> labels, QByteArrayView skip, std::vector<const PromLabel *> &order,
                      QByteArray &out)
{
    canonicalOrder(labels, skip, order);
    encodeOrdered(order, out);
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
