#pragma once

#include "core/issue.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace phc {

// A table inside an overview row (Helm info, ClickHouse table sizes), cells as text.
struct StatusSubrows
{
    QStringList columns;
    QList<QStringList> rows;

    friend bool operator==(const StatusSubrows &, const StatusSubrows &) = default;
};

// One row of PostHog's System status page (GET /api/instance_status).
struct StatusRow
{
    QString key;      // empty for the rows PostHog sends without one (Redis)
    QString metric;   // the label PostHog shows
    QJsonValue value; // as sent: a boolean, a number or a string
    std::optional<StatusSubrows> subrows;

    // The value as PostHog's page shows it: "true", "1234", "120.00 GiB".
    QString valueText() const;

    friend bool operator==(const StatusRow &, const StatusRow &) = default;
};

// The overview rows, in PostHog's order. Rows differ between versions, so
// everything is looked up and may be absent.
struct InstanceOverview
{
    QList<StatusRow> rows;

    // Two rows share the key "object_storage" and the Redis rows have none:
    // those are found by their metric.
    const StatusRow *byKey(QStringView key) const;
    const StatusRow *byMetric(QStringView metric) const;
    // A boolean row by key (and metric when given); nullopt when absent or not a boolean.
    std::optional<bool> flag(QStringView key, QStringView metric = {}) const;
    // The version the instance reports ("posthog_version" in the releases
    // that have the row); empty when it does not.
    QString posthogVersion() const;
    // A value of the "helm" row (HELM_INSTALL_INFO, which the chart sets:
    // chart_version, release_name, release_revision, cloud, ...); empty when
    // the instance has no such row or value.
    QString helmValue(QStringView key) const;
};

// A running or slow query of /api/instance_status/queries.
struct RunningQuery
{
    std::optional<double> durationSeconds;
    QString query;
    QString state; // PostgreSQL only ("active", "idle in transaction")
};

struct InstanceQueries
{
    QList<RunningQuery> postgresRunning;
    QList<RunningQuery> clickhouseRunning;
    QList<RunningQuery> clickhouseSlowLog; // slower than 10 s in the last 6 h, slowest first
};

// PostHog's values in their printed forms, decoded.
namespace StatusValues {
// ClickHouse's formatReadableSize: "120.00 GiB", "512.00 B" (powers of 1024).
std::optional<double> readableSizeBytes(QStringView text);
// Redis' own human form with PostHog's "B" appended: "400.00MB", "1.50GB",
// "0BB" (no limit). nullopt for "?B" (Redis did not say).
std::optional<double> redisSizeBytes(QStringView text);
// PostHog prints v//10000 . (v//100)%100 . v%100 of PostgreSQL's integer
// version: "14.0.5" is 14.5, "9.6.24" is 9.6.24. The real version, or nullopt.
std::optional<QString> postgresVersion(QStringView text);
// "2022-11-03T10:15:00.123456" (naive, UTC), with "Z" or "+00:00", or with a
// space for the T. nullopt when it is none of these.
std::optional<QDateTime> utcTimestamp(QStringView text);
// Django's duration string ("00:00:05.120000", "1 02:03:04") in seconds.
std::optional<double> durationSeconds(QStringView text);
} // namespace StatusValues

// Strict readers of the instance status answers: the envelope and every
// row's shape must be PostHog's; a row's value may be any scalar. Issues
// carry the JSON path ("results.overview[3].metric"); JSON syntax errors
// line and column. Pure functions of the bytes.
class InstanceStatusReader
{
public:
    static Result<InstanceOverview> parseOverview(QByteArrayView json);
    static Result<InstanceQueries> parseQueries(QByteArrayView json);
};

} // namespace phc
