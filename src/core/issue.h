#pragma once

#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace phc {

enum class Severity { Error, Warning };

// One problem found in user input. `path` is the key path inside the
// document ("spec.cluster.namespace", "spec.domain.corsOrigins[2]"); line and
// column are 1-based and 0 when the position is unknown (e.g. a profile built
// in the GUI rather than read from a file).
struct Issue
{
    QString path;
    int line = 0;
    int column = 0;
    Severity severity = Severity::Error;
    QString message;

    // "FILE:LINE:COL: path: message", the form editors and CI logs recognise.
    QString format(const QString &file) const;

    friend bool operator==(const Issue &, const Issue &) = default;
};

using Issues = QList<Issue>;

bool hasErrors(const Issues &issues);
// True when `path` is `prefix` or a key or item below it ("a.b" and "a[0]" are under "a").
bool isPathUnder(const QString &path, const QString &prefix);
QString formatIssues(const Issues &issues, const QString &file);

// A value or the issues that prevented it. Warnings may accompany a value.
template <typename T>
class Result
{
public:
    Result(T value, Issues issues = {}) : m_value(std::move(value)), m_issues(std::move(issues)) { }
    static Result failure(Issues issues) { return Result(std::move(issues)); }

    bool ok() const { return m_value.has_value(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    T take() { return std::move(*m_value); }
    const Issues &issues() const { return m_issues; }

private:
    explicit Result(Issues issues) : m_issues(std::move(issues)) { }
    std::optional<T> m_value;
    Issues m_issues;
};

} // namespace phc
