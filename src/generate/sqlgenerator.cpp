#include "generators.h"

namespace phc {

namespace {

// The ClickHouse cluster PostHog's tables live on: the chart names it
// "posthog"; an external ClickHouse uses the profile's.
QString clusterName(const GeneratorContext &ctx)
{
    const auto &ch = ctx.profile.databases.clickhouse;
    return ch.mode == ServiceMode::External ? ch.cluster : QStringLiteral("posthog");
}

QString sqlString(const QString &s)
{
    QString escaped = s;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + escaped + u'\'';
}

QByteArray retention(const GeneratorContext &ctx)
{
    const auto &r = ctx.profile.retention;
    const QString cluster = sqlString(clusterName(ctx));
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
        "-- Date. Existing rows are checked on the next merge; to apply the TTL to\n"
        "-- them at once, run ALTER TABLE ... MATERIALIZE TTL afterwards (heavy).\n\n")
               .arg(cluster);
    sql += QStringLiteral("-- Table sharded_events (behind Distributed table events): keep %1 days.\n").arg(r.eventsDays);
    sql += QStringLiteral("ALTER TABLE posthog.sharded_events ON CLUSTER %1\n    MODIFY TTL toDate(timestamp) + INTERVAL %2 DAY;\n\n")
               .arg(cluster).arg(r.eventsDays);
    sql += QStringLiteral("-- Table sharded_session_recording_events (behind Distributed table\n"
                          "-- session_recording_events): keep %1 days.\n").arg(r.recordingsDays);
    sql += QStringLiteral("ALTER TABLE posthog.sharded_session_recording_events ON CLUSTER %1\n    MODIFY TTL toDate(timestamp) + INTERVAL %2 DAY;\n")
               .arg(cluster).arg(r.recordingsDays);
    return sql.toUtf8();
}

QByteArray backup(const GeneratorContext &ctx)
{
    const QString cluster = sqlString(clusterName(ctx));
    const QString dest = ctx.profile.backups.destination;
    QString sql = ctx.headerLines(QStringLiteral("--"));
    sql += QStringLiteral(
        "-- Backup and restore of PostHog's ClickHouse database (cluster %1).\n"
        "-- BACKUP and RESTORE need ClickHouse 22.8 or later: the chart runs 23.9.\n"
        "-- The Compose stack runs 22.3, which has neither; stop its clickhouse\n"
        "-- service and copy the clickhouse-data volume instead.\n"
        "--\n"
        "-- To a disk: the server's configuration must declare a disk named\n"
        "-- 'backups' and allow it (backups.allowed_disk = backups).\n\n")
               .arg(cluster);
    sql += QStringLiteral("BACKUP DATABASE posthog ON CLUSTER %1\n    TO Disk('backups', 'posthog_backup');\n\n").arg(cluster);
    sql += QStringLiteral("-- Restore (into an empty database, or add SETTINGS allow_non_empty_tables = true):\n");
    sql += QStringLiteral("-- RESTORE DATABASE posthog ON CLUSTER %1\n--     FROM Disk('backups', 'posthog_backup');\n").arg(cluster);
    if (dest.startsWith(QStringLiteral("s3://"))) {
        const QString path = dest.mid(5);
        const QString bucket = path.section(u'/', 0, 0);
        const QString prefix = path.section(u'/', 1);
        sql += QStringLiteral(
            "\n-- Straight to %1 instead (fill in an access key allowed to write there;\n"
            "-- do not save this file with the key in it):\n"
            "-- BACKUP DATABASE posthog ON CLUSTER %2\n"
            "--     TO S3('https://%3.s3.amazonaws.com/%4clickhouse/posthog_backup',\n"
            "--           '<AWS_ACCESS_KEY_ID>', '<AWS_SECRET_ACCESS_KEY>');\n")
                   .arg(dest, cluster, bucket, prefix.isEmpty() || prefix.endsWith(u'/') ? prefix : prefix + u'/');
    }
    return sql.toUtf8();
}

} // namespace

GeneratedFiles Generators::sql(const GeneratorContext &ctx)
{
    return {
        {QStringLiteral("sql/retention.sql"), retention(ctx), GeneratedFile::Kind::Regular,
         QStringLiteral("ClickHouse TTLs: events %1 days, recordings %2 days")
             .arg(ctx.profile.retention.eventsDays).arg(ctx.profile.retention.recordingsDays)},
        {QStringLiteral("backup/clickhouse-backup.sql"), backup(ctx), GeneratedFile::Kind::Regular,
         QStringLiteral("ClickHouse BACKUP and RESTORE statements")},
    };
}

} // namespace phc
