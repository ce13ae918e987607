#pragma once

#include "version.h"

#include <QList>
#include <QString>

#include <optional>

namespace phc {

// A version requirement in the notation PostHog writes its own gates in
// (semantic_version's SimpleSpec): comparisons joined by commas, all of which
// must hold, e.g. ">=11.0.0,<=14.1.0". Versions are compared as PostHog
// compares them: cut to major.minor.patch first.
class VersionRange
{
public:
    enum class Op { Less, LessEqual, Greater, GreaterEqual, Equal, NotEqual };
    struct Clause
    {
        Op op = Op::Equal;
        Version version;
    };

    VersionRange() = default;

    // nullopt and `error` set when `spec` is not such a list of comparisons.
    static std::optional<VersionRange> parse(const QString &spec, QString *error = nullptr);

    bool isEmpty() const { return m_clauses.isEmpty(); }
    bool contains(const Version &v) const;
    // The spec as written: ">=11.0.0,<=14.1.0".
    QString spec() const { return m_spec; }
    // In words: "11.0 to 14.1", "22.8 or later, below 24.0", "14.0 or later".
    QString text() const;
    const QList<Clause> &clauses() const { return m_clauses; }

private:
    QString m_spec;
    QList<Clause> m_clauses;
};

} // namespace phc
