#include "generators.h"

namespace phc {

namespace {

QString sqlString(const QString &s)
{
    QString escaped = s;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + escaped + u'\'';
}

// One table's TTL: set without rewriting the table, and whole parts dropped
// instead of rows deleted from them.
QString ttlStatements(const QString &table, const QString &cluster, int days)
{
    return QStringLiteral("ALTER TABLE posthog.%1 ON CLUSTER %2\n"
                          "    MODIFY TTL toDate(timestamp) + INTERVAL %3 DAY\n"
                          "    SETTINGS materialize_ttl_after_modify = 0;\n"
                          "ALTER TABLE posthog.%1 ON CLUSTER %2\n"
                          "    MODIFY SETTING ttl_only_drop_parts = 1;\n")
        .arg(table, cluster)
        .arg(days);
}

QByteArray retention(const GeneratorContext &ctx)
{
    const auto &r = ctx.profile.retention;
    const QString cluster = sqlString(ctx.clickhouseCluster());
    QString sql = ctx.headerLines(QStringLiteral("--"));
    sql += QStringLiteral(
        "-- Data retention in PostHog's ClickHouse (database posthog, cluster %1).\n"
        "-- Run with clickhouse-client as a user allowed to ALTER, e.g.\n"
        "--   clickhouse-client --multiquery < sql/retention.sql\n"
        "--\n"
        "-- PostHog stores rows in the sharded_* tables (Replicated*MergeTree) and reads\n"
        "-- them through Distributed tables of the plain names (events,\n"
        "-- session_recording_events). A TTL only works on the tables that hold the\n"
        "-- rows, so each statement targets a sharded_* table, on every node of the\n"
        "-- cluster. The guide's ALTER TABLE events fails: events is Distributed.\n"
        "-- timestamp is DateTime64, which a TTL does not accept; toDate() makes it a\n"
        "-- Date.\n"
        "--\n"
        "-- By default MODIFY TTL rewrites every existing part at once\n"
        "-- (materialize_ttl_after_modify = 1): hours of disk I/O on a large table.\n"
        "-- Here it is 0, so the TTL applies to parts written or merged from now on.\n"
        "-- ttl_only_drop_parts = 1 removes a part whole once all its rows have\n"
        "-- expired, instead of rewriting parts to delete rows; the tables are\n"
        "-- partitioned by time (events by month, recordings by day), so parts expire\n"
        "-- whole soon after their last row.\n"
        "--\n"
        "-- To apply the TTL to old data deliberately, one partition at a time and\n"
        "-- outside busy hours, oldest first (partition IDs from system.parts):\n"
        "--   SELECT DISTINCT partition FROM system.parts\n"
        "--     WHERE database = 'posthog' AND table = 'sharded_events' AND active ORDER BY partition;\n"
        "--   ALTER TABLE posthog.sharded_events ON CLUSTER %1 MATERIALIZE TTL IN PARTITION 202201;\n"
        "-- or drop a partition that is wholly past the retention:\n"
        "--   ALTER TABLE posthog.sharded_events ON CLUSTER %1 DROP PARTITION 202201;\n\n")
               .arg(cluster);
    sql += QStringLiteral("-- Table sharded_events (behind Distributed table events): keep %1 days.\n").arg(r.eventsDays);
    sql += ttlStatements(QStringLiteral("sharded_events"), cluster, r.eventsDays) + u'\n';
    sql += QStringLiteral("-- Table sharded_session_recording_events (behind Distributed table\n"
                          "-- session_recording_events): keep %1 days.\n").arg(r.recordingsDays);
    sql += ttlStatements(QStringLiteral("sharded_session_recording_events"), cluster, r.recordingsDays);
    return sql.toUtf8();
}

} // namespace

GeneratedFiles Generators::sql(const GeneratorContext &ctx)
{
    return {
        {QStringLiteral("sql/retention.sql"), retention(ctx), GeneratedFile::Kind::Regular,
         QStringLiteral("ClickHouse TTLs: events %1 days, recordings %2 days")
             .arg(ctx.profile.retention.eventsDays).arg(ctx.profile.retention.recordingsDays)},
    };
}

} // namespace phc
