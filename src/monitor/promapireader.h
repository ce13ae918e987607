#pragma once

#include "core/issue.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace phc {

enum class PromResultType { None, Vector, Matrix, Scalar, String };
QString promResultTypeName(PromResultType type); // as the API spells it; "" for None

struct PromPoint
{
    qint64 timestampMs = 0;
    double value = 0; // NaN and infinities as Prometheus sent them

    friend bool operator==(const PromPoint &a, const PromPoint &b)
    {
        // NaN == NaN here: a point is the same point when it reads the same.
        return a.timestampMs == b.timestampMs && (a.value == b.value || (a.value != a.value && b.value != b.value));
    }
};

struct PromSeries
{
    QList<std::pair<QString, QString>> labels; // sorted by name; __name__ included when present
    QList<PromPoint> points;                   // vector: one; matrix: the range, oldest first

    QString label(const QString &name) const;
    QString metricName() const { return label(QStringLiteral("__name__")); }
};

// One answer of /api/v1/query or /api/v1/query_range as plain values.
struct PromApiResponse
{
    bool success = false;
    QString errorType; // "bad_data", "timeout", "execution", ... when !success
    QString error;
    QStringList warnings;
    PromResultType resultType = PromResultType::None;
    QList<PromSeries> series; // vector and matrix
    PromPoint scalar;         // scalar
    PromPoint stringPoint;    // string: the timestamp (its value unused)
    QString stringValue;      // string
};

// Reads the JSON envelope of Prometheus' HTTP API strictly: every field the
// format requires must be there with its type, sample values must be the
// strings Prometheus writes (decimal, exponent, "NaN", "+Inf", "-Inf"),
// timestamps finite numbers. A pure function of the bytes: any input gives
// a value or issues (path like "data.result[3].value[1]", line and column
// for JSON syntax errors), never a crash. Native histogram samples are
// skipped with a warning.
class PromApiReader
{
public:
    // Issues listed per answer; past it one more issue counts the rest, so a
    // result of a million bad samples costs no million messages.
    static constexpr int maxIssues = 1000;

    static Result<PromApiResponse> parse(QByteArrayView json);
    // The sample value grammar alone; std::nullopt when not one.
    static std::optional<double> parseValue(QStringView text);
};

} // namespace phc
