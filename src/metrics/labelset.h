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
