#pragma once

#include "promtextparser.h"

#include <QByteArray>
#include <QHashFunctions>
#include <QList>
#include <QString>

#include <cstring>
#include <optional>
#include <span>
#include <utility>
#include <vector>

namespace phc {

// Whether n bytes at a and b are equal: inline, eight at a time, for the
// short names and values that memcmp's call would cost more than.
inline bool sameBytes(const char *a, const char *b, size_t n)
{
    const auto word = [](const char *p) {
        quint64 w = 0;
        std::memcpy(&w, p, 8);
        return w;
    };
    const auto half = [](const char *p) {
        quint32 w = 0;
        std::memcpy(&w, p, 4);
        return w;
    };
    if (n >= 8) {
        // Whole words, then the last word again, overlapping what was compared.
        for (size_t i = 0; i + 8 < n; i += 8)
            if (word(a + i) != word(b + i))
                return false;
        return word(a + n - 8) == word(b + n - 8);
    }
    if (n >= 4)
        return half(a) == half(b) && half(a + n - 4) == half(b + n - 4);
    for (; n > 0; ++a, ++b, --n)
        if (*a != *b)
            return false;
    return true;
}

// label="value" that a series must carry (equality only, as in {topic="x"}).
struct LabelMatcher
{
    QByteArray name;
    QByteArray value;
    friend bool operator==(const LabelMatcher &, const LabelMatcher &) = default;
};

// The labels of one series in a canonical form: sorted by name, labels with
// an empty value left out (Prometheus treats them as absent), all in one
// byte array so that a series costs one allocation and compares and hashes
// as bytes.
class LabelSet
{
public:
    LabelSet() = default;
    static LabelSet fromPairs(const QList<std::pair<QByteArray, QByteArray>> &labels);

    // Encodes parsed labels into `out` (reused), leaving out `skip` (le,
    // quantile). `order` is scratch space for the sort.
    static void encode(std::span<const PromLabel> labels, QByteArrayView skip,
                       std::vector<const PromLabel *> &order, QByteArray &out);
    // The same in two steps, so that a caller can compare before it copies:
    // the labels that count, in canonical order, into `order` ...
    static void canonicalOrder(std::span<const PromLabel> labels, QByteArrayView skip,
                               std::vector<const PromLabel *> &order);
    // ... whether an encoded set holds exactly those ...
    static bool encodedEquals(QByteArrayView encoded, const std::vector<const PromLabel *> &order);
    // ... and their encoding into `out`.
    static void encodeOrdered(const std::vector<const PromLabel *> &order, QByteArray &out);
    static LabelSet fromEncoded(QByteArrayView encoded);

    bool isEmpty() const { return m_encoded.isEmpty(); }
    qsizetype size() const;
    std::optional<QByteArrayView> value(QByteArrayView name) const;
    QList<std::pair<QByteArray, QByteArray>> toPairs() const;

    LabelSet keepOnly(const QList<QByteArray> &names) const;
    LabelSet without(const QList<QByteArray> &names) const;
    // True when every matcher holds; a matcher with an empty value matches an absent label.
    bool matches(const QList<LabelMatcher> &matchers) const;

    // {a="1",b="x\"y"} with the exposition format's escapes; "{}" when empty.
    QString toString() const;
    const QByteArray &encoded() const { return m_encoded; }

    // f(QByteArrayView name, QByteArrayView value) for each label in order.
    template <typename F>
    void forEach(F &&f) const
    {
        const char *p = m_encoded.constData();
        const char *end = p + m_encoded.size();
        while (p < end) {
            quint32 n = 0, v = 0;
            std::memcpy(&n, p, 4);
            std::memcpy(&v, p + 4, 4);
            p += 8;
            f(QByteArrayView(p, n), QByteArrayView(p + n, v));
            p += n + v;
        }
    }

    friend bool operator==(const LabelSet &, const LabelSet &) = default;
    friend size_t qHash(const LabelSet &l, size_t seed = 0) noexcept { return qHash(l.m_encoded, seed); }

private:
    static void append(QByteArray &out, QByteArrayView name, QByteArrayView value);
    template <typename Keep>
    LabelSet filtered(Keep keep) const;
    QByteArray m_encoded; // per label: name length, value length (4 bytes each), name, value
};

} // namespace phc
