#include "adminchecks.h"

#include "compat/servicerequirements.h"
#include "compat/version.h"
#include "core/datafile.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace phc {

namespace {

// This file's messages, in one translation context: lupdate files Text::tr()
// calls under it from any function, tr() calls from the class it is named after.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(phc::AdminChecks)
};

QString tr(const char *text) { return Text::tr(text); }

AdminCheck make(const QString &id, AdminCheckLevel level, std::optional<double> value, const QString &message)
{
    return {id, level, value, message};
}

AdminCheck unknownRow(const QString &id, const QString &what)
{
    return make(id, AdminCheckLevel::Unknown, std::nullopt, Text::tr("the instance does not report %1").arg(what));
}

// A service's liveness row; `consequence` says what breaks when it is down.
AdminCheck alive(const InstanceOverview &o, const QString &id, QStringView key, const QString &service,
                 const QString &consequence)
{
    const auto up = o.flag(key);
    if (!up)
        return unknownRow(id, Text::tr("whether %1 is alive (%2)").arg(service, key.toString()));
    if (*up)
        return make(id, AdminCheckLevel::Pass, 1, Text::tr("%1 is alive").arg(service));
    return make(id, AdminCheckLevel::Fail, 0, Text::tr("%1 is not alive: %2").arg(service, consequence));
}

QString percent(double fraction)
{
    return QLocale::c().toString(fraction * 100, 'f', 1) + u'%';
}

QString duration(double seconds)
{
    const qint64 s = qint64(std::llround(seconds));
    if (s < 120)
        return Text::tr("%1 s").arg(s);
    if (s < 7200)
        return Text::tr("%1 min").arg(s / 60);
    return Text::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
}

AdminCheck asyncMigrations(const AdminSnapshot &s)
{
    const QString id = QStringLiteral("asyncMigrationsOk");
    if (s.migrations) {
        QStringList failed;
        QStringList running;
        for (const AsyncMigration &m : *s.migrations) {
            if (migrationFailed(m.status))
                failed.append(Text::tr("%1 is %2%3")
                                  .arg(m.name, migrationStatusName(m.status),
                                       m.lastError.isEmpty() ? QString() : Text::tr(" (%1)").arg(m.lastError.left(160))));
            else if (m.status == MigrationStatus::Running || m.status == MigrationStatus::Starting)
                running.append(Text::tr("%1 at %2%").arg(m.name).arg(m.progress));
        }
        if (!failed.isEmpty())
            return make(id, AdminCheckLevel::Fail, 0,
                        failed.join(QStringLiteral("; "))
                            + Text::tr(": resume or roll it back; releases past its maximum version refuse to start"));
        if (!running.isEmpty())
            return make(id, AdminCheckLevel::Pass, 1, Text::tr("running: %1").arg(running.join(QStringLiteral(", "))));
    }
    const auto ok = s.overview ? s.overview->flag(u"async_migrations_ok") : std::nullopt;
    if (ok && !*ok)
        return make(id, AdminCheckLevel::Warn, 0,
                    Text::tr("PostHog reports async migrations that are not up to date: run them before the next upgrade"));
    if (ok || s.migrations)
        return make(id, AdminCheckLevel::Pass, 1, Text::tr("async migrations are up to date"));
    return unknownRow(id, Text::tr("its async migrations (async_migrations_ok; the list needs %1)")
                              .arg(s.migrationsError.ok() ? Text::tr("a reachable API") : Text::tr("a staff user's key")));
}

AdminCheck deadLetterQueue(const InstanceOverview &o)
{
    const QString id = QStringLiteral("deadLetterQueueRatioOk");
    const auto ok = o.flag(u"dead_letter_queue_ratio_ok");
    if (!ok)
        return unknownRow(id, Text::tr("the dead letter queue ratio (dead_letter_queue_ratio_ok)"));
    const StatusRow *lastDay = o.byKey(u"dead_letter_queue_events_last_day");
    const StatusRow *size = o.byKey(u"dead_letter_queue_size");
    const QString evidence = Text::tr("%1 events in the last 24 h, %2 in the queue")
                                 .arg(lastDay ? lastDay->valueText() : Text::tr("?"), size ? size->valueText() : Text::tr("?"));
    if (*ok)
        return make(id, AdminCheckLevel::Pass, 1, Text::tr("healthy: %1").arg(evidence));
    return make(id, AdminCheckLevel::Fail, 0,
                Text::tr("20% or more of the last day's events went to the dead letter queue: %1").arg(evidence));
}

AdminCheck objectStorage(const InstanceOverview &o)
{
    const QString id = QStringLiteral("objectStorageHealthy");
    const auto enabled = o.flag(u"object_storage", u"Object Storage enabled");
    if (!enabled)
        return unknownRow(id, Text::tr("object storage (object_storage)"));
    if (!*enabled)
        return make(id, AdminCheckLevel::Pass, std::nullopt, Text::tr("object storage is not enabled"));
    const auto healthy = o.flag(u"object_storage", u"Object Storage healthy");
    if (!healthy)
        return unknownRow(id, Text::tr("whether object storage is healthy"));
    if (*healthy)
        return make(id, AdminCheckLevel::Pass, 1, Text::tr("object storage is healthy"));
    return make(id, AdminCheckLevel::Fail, 0,
                Text::tr("object storage is enabled but not healthy: session recordings and exports fail"));
}

AdminCheck diskFree(const InstanceOverview &o, const AdminThresholds &t)
{
    const QString id = QStringLiteral("clickhouseDiskFree");
    std::optional<double> fullest;
    QString evidence;
    for (int i = 0;; ++i) {
        const StatusRow *free = o.byKey(QStringLiteral("clickhouse_disk_%1_free_space").arg(i));
        const StatusRow *total = o.byKey(QStringLiteral("clickhouse_disk_%1_total_space").arg(i));
        if (!free || !total)
            break;
        const auto f = StatusValues::readableSizeBytes(free->valueText());
        const auto n = StatusValues::readableSizeBytes(total->valueText());
        if (!f || !n || *n <= 0)
            return make(id, AdminCheckLevel::Unknown, std::nullopt,
                        Text::tr("disk %1: '%2' of '%3' is not a size").arg(i).arg(free->valueText(), total->valueText()));
        const double fraction = std::clamp(*f / *n, 0.0, 1.0);
        if (!fullest || fraction < *fullest) {
            fullest = fraction;
            evidence = Text::tr("disk %1: %2 free of %3 (%4)").arg(i).arg(free->valueText(), total->valueText(),
                                                                  percent(fraction));
        }
    }
    if (!fullest)
        return unknownRow(id, Text::tr("ClickHouse's disks (clickhouse_disk_0_free_space)"));
    if (*fullest < t.diskFreeFail)
        return make(id, AdminCheckLevel::Fail, fullest,
                    Text::tr("%1, under %2: ClickHouse stops inserting when it is full").arg(evidence, percent(t.diskFreeFail)));
    if (*fullest < t.diskFreeWarn)
        return make(id, AdminCheckLevel::Warn, fullest, Text::tr("%1, under %2").arg(evidence, percent(t.diskFreeWarn)));
    return make(id, AdminCheckLevel::Pass, fullest, evidence);
}

AdminCheck ingestionLag(const InstanceOverview &o, const AdminThresholds &t, const QDateTime &now)
{
    const QString id = QStringLiteral("ingestionLagSeconds");
    const StatusRow *row = o.byKey(u"last_event_ingested_timestamp");
    if (!row)
        return unknownRow(id, Text::tr("the last event ingested (last_event_ingested_timestamp)"));
    const auto at = StatusValues::utcTimestamp(row->valueText());
    if (!at)
        return make(id, AdminCheckLevel::Unknown, std::nullopt,
                    Text::tr("'%1' is not a timestamp").arg(row->valueText().left(60)));
    // Releases that look at the last hour only send the epoch when nothing arrived in it.
    if (at->toSecsSinceEpoch() <= 0)
        return make(id, AdminCheckLevel::Fail, std::nullopt,
                    Text::tr("no event was ingested in the last hour: is the plugin server consuming?"));
    const double lag = std::max(0.0, double(at->msecsTo(now)) / 1000.0);
    const QString evidence = Text::tr("last event ingested %1 ago (%2)").arg(duration(lag), at->toString(Qt::ISODate));
    if (lag > t.lagFailSeconds)
        return make(id, AdminCheckLevel::Fail, lag, Text::tr("%1, more than %2").arg(evidence, duration(t.lagFailSeconds)));
    if (lag > t.lagWarnSeconds)
        return make(id, AdminCheckLevel::Warn, lag, Text::tr("%1, more than %2").arg(evidence, duration(t.lagWarnSeconds)));
    return make(id, AdminCheckLevel::Pass, lag, evidence);
}

AdminCheck redisMaxmemory(const InstanceOverview &o, const AdminThresholds &t)
{
    const QString id = QStringLiteral("redisMaxmemory");
    const StatusRow *row = o.byMetric(u"Redis 'maxmemory' setting");
    if (!row)
        return unknownRow(id, Text::tr("Redis' maxmemory setting"));
    const auto bytes = StatusValues::redisSizeBytes(row->valueText());
    if (!bytes)
        return make(id, AdminCheckLevel::Unknown, std::nullopt,
                    Text::tr("Redis' maxmemory reads '%1'").arg(row->valueText().left(40)));
    if (*bytes > 0)
        return make(id, AdminCheckLevel::Pass, bytes, Text::tr("maxmemory %1").arg(row->valueText()));
    return make(id, t.redisMaxmemoryRequired ? AdminCheckLevel::Warn : AdminCheckLevel::Pass, 0,
                Text::tr("Redis has no memory limit (maxmemory 0): it then grows until it is killed"));
}

AdminCheck serviceVersion(const QString &id, const QString &service, const std::optional<QString> &version,
                          const QString &shown, const QList<ServiceGate> &gates)
{
    if (!version)
        return unknownRow(id, Text::tr("the %1 version").arg(service));
    const auto gate = std::find_if(gates.begin(), gates.end(), [&](const ServiceGate &g) {
        return g.service.compare(service, Qt::CaseInsensitive) == 0;
    });
    if (gate == gates.end() || !gate->accepts)
        return make(id, AdminCheckLevel::Unknown, std::nullopt,
                    Text::tr("%1 %2: no version gate is known for it").arg(service, shown));
    const auto accepted = gate->accepts(*version);
    if (!accepted)
        return make(id, AdminCheckLevel::Unknown, std::nullopt, Text::tr("'%1' is not a %2 version").arg(shown, service));
    if (*accepted)
        return make(id, AdminCheckLevel::Pass, std::nullopt,
                    Text::tr("%1 %2 is within PostHog %3's %4").arg(service, *version, gate->posthogVersion, gate->range));
    return make(id, AdminCheckLevel::Fail, std::nullopt,
                Text::tr("%1 %2 is outside PostHog %3's %4: the next restart will fail its start check")
                    .arg(service, *version, gate->posthogVersion, gate->range));
}

} // namespace

QString adminCheckLevelName(AdminCheckLevel level)
{
    switch (level) {
    case AdminCheckLevel::Pass: return QStringLiteral("pass");
    case AdminCheckLevel::Warn: return QStringLiteral("warn");
    case AdminCheckLevel::Fail: return QStringLiteral("fail");
    case AdminCheckLevel::Unknown: break;
    }
    return QStringLiteral("unknown");
}

QString adminVerdictName(AdminVerdict verdict)
{
    switch (verdict) {
    case AdminVerdict::Healthy: return QStringLiteral("healthy");
    case AdminVerdict::Degraded: return QStringLiteral("degraded");
    case AdminVerdict::Down: return QStringLiteral("down");
    case AdminVerdict::NoVerdict: break;
    }
    return QStringLiteral("unknown");
}

Result<AdminThresholds> AdminThresholds::parse(const QByteArray &yaml)
{
    return DataFile::parse<AdminThresholds>(yaml, [](MapReader &top, AdminThresholds &out, Issues &) {
        auto pair = [&top](const char *key, double &warn, double &fail, double low, double high, bool below) {
            MapReader m = top.map(key);
            const bool hasWarn = m.real("warn", warn);
            const bool hasFail = m.real("fail", fail);
            if (hasWarn && (warn < low || warn > high))
                m.error("warn", Text::tr("must be between %1 and %2").arg(low).arg(high));
            if (hasFail && (fail < low || fail > high))
                m.error("fail", Text::tr("must be between %1 and %2").arg(low).arg(high));
            else if (below && fail > warn)
                m.error("fail", Text::tr("must not be above warn (%1): the check fails below it").arg(warn));
            else if (!below && fail < warn)
                m.error("fail", Text::tr("must not be below warn (%1): the check fails above it").arg(warn));
            m.finish();
        };
        pair("clickhouseDiskFree", out.diskFreeWarn, out.diskFreeFail, 0, 1, true);
        // PostHog caches /api/instance_status for 60 s (cache_page(60)): a lag
        // limit under a minute would alarm on the cache alone.
        pair("ingestionLagSeconds", out.lagWarnSeconds, out.lagFailSeconds, 60, 30 * 86400, false);
        top.boolean("redisMaxmemoryRequired", out.redisMaxmemoryRequired);
    });
}

Result<AdminThresholds> AdminThresholds::loadFile(const QString &path)
{
    return DataFile::load<AdminThresholds>(path, parse);
}

const AdminThresholds &AdminThresholds::builtIn()
{
    static const AdminThresholds thresholds =
        DataFile::builtIn<AdminThresholds>(QStringLiteral(":/posthog-console/data/admin-checks.yaml"), parse);
    return thresholds;
}

qsizetype AdminStatus::unknownCount() const
{
    return std::count_if(checks.begin(), checks.end(), [](const AdminCheck &c) { return c.level == AdminCheckLevel::Unknown; });
}

const AdminCheck *AdminStatus::check(QStringView id) const
{
    for (const AdminCheck &c : checks)
        if (c.id == id)
            return &c;
    return nullptr;
}

QStringList AdminChecks::ids()
{
    return {QStringLiteral("postgresAlive"),          QStringLiteral("redisAlive"),
            QStringLiteral("clickhouseAlive"),        QStringLiteral("pluginServerAlive"),
            QStringLiteral("asyncMigrationsOk"),      QStringLiteral("deadLetterQueueRatioOk"),
            QStringLiteral("objectStorageHealthy"),   QStringLiteral("clickhouseDiskFree"),
            QStringLiteral("ingestionLagSeconds"),    QStringLiteral("redisMaxmemory"),
            QStringLiteral("postgresVersion"),        QStringLiteral("redisVersion")};
}

QStringList AdminChecks::numericIds()
{
    return {QStringLiteral("clickhouseDiskFree"), QStringLiteral("ingestionLagSeconds"),
            QStringLiteral("redisMaxmemory")};
}

QString AdminChecks::versionInForce(const AdminSnapshot &snapshot, const QString &profileImageTag)
{
    QString version = snapshot.overview ? snapshot.overview->posthogVersion() : QString();
    if (version.isEmpty())
        version = profileImageTag;
    if (version.startsWith(u"release-"))
        version = version.mid(8);
    // No guess: an image that reports no version is not taken for any release.
    return Version::parse(version) ? version : QString();
}

QList<ServiceGate> AdminChecks::gatesFor(const AdminSnapshot &snapshot, const QString &profileImageTag)
{
    const QString posthog = versionInForce(snapshot, profileImageTag);
    const auto version = Version::parse(posthog);
    const ServiceGates *gates = version ? ServiceRequirements::builtIn().forPosthogVersion(*version) : nullptr;
    if (!gates)
        return {};
    QList<ServiceGate> out;
    for (const QString &service : {QStringLiteral("postgresql"), QStringLiteral("redis")}) {
        const VersionRange range = gates->range(service);
        out.append({service, posthog, range.text(), [range](const QString &v) -> std::optional<bool> {
                        const auto parsed = Version::parse(v);
                        if (!parsed)
                            return std::nullopt;
                        return range.contains(*parsed);
                    }});
    }
    return out;
}

AdminStatus AdminChecks::evaluate(const AdminSnapshot &snapshot, const AdminThresholds &thresholds,
                                  const QDateTime &now, const QList<ServiceGate> &gates)
{
    AdminStatus out;
    if (!snapshot.error.ok() || !snapshot.overview) {
        out.verdict = snapshot.error.failure == AdminFailure::Unreachable ? AdminVerdict::Down : AdminVerdict::NoVerdict;
        out.error = snapshot.error.message;
        return out;
    }
    const InstanceOverview &o = *snapshot.overview;
    out.checks = {
        alive(o, QStringLiteral("postgresAlive"), u"db_alive", QStringLiteral("PostgreSQL"),
              tr("the web app and the API fail")),
        alive(o, QStringLiteral("redisAlive"), u"redis_alive", QStringLiteral("Redis"),
              tr("caching, the plugin server's jobs and Celery stop")),
        alive(o, QStringLiteral("clickhouseAlive"), u"clickhouse_alive", QStringLiteral("ClickHouse"),
              tr("no insight can be computed and no event stored")),
        alive(o, QStringLiteral("pluginServerAlive"), u"plugin_sever_alive", tr("the plugin server"),
              tr("no events are ingested")),
        asyncMigrations(snapshot),
        deadLetterQueue(o),
        objectStorage(o),
        diskFree(o, thresholds),
        ingestionLag(o, thresholds, now),
        redisMaxmemory(o, thresholds),
    };
    const StatusRow *pg = o.byKey(u"pg_version");
    out.checks.append(serviceVersion(QStringLiteral("postgresVersion"), QStringLiteral("postgresql"),
                                     pg ? StatusValues::postgresVersion(pg->valueText()) : std::nullopt,
                                     pg ? pg->valueText() : QString(), gates));
    const StatusRow *redis = o.byMetric(u"Redis version");
    out.checks.append(serviceVersion(QStringLiteral("redisVersion"), QStringLiteral("redis"),
                                     redis ? std::optional<QString>(redis->valueText()) : std::nullopt,
                                     redis ? redis->valueText() : QString(), gates));
    // Unknown checks first: what could not be read is the first thing to see.
    std::stable_partition(out.checks.begin(), out.checks.end(),
                          [](const AdminCheck &c) { return c.level == AdminCheckLevel::Unknown; });
    const qsizetype unknown = out.unknownCount();
    // The overview is the evidence: the migrations list alone says nothing of the services.
    const bool overviewRead = o.flag(u"async_migrations_ok").has_value()
        || std::any_of(out.checks.begin(), out.checks.end(), [](const AdminCheck &c) {
               return c.level != AdminCheckLevel::Unknown && c.id != u"asyncMigrationsOk";
           });
    if (!overviewRead) {
        // Not one row read as PostHog sends it: an answer of another kind, not a healthy instance.
        out.verdict = AdminVerdict::NoVerdict;
        out.error = tr("no check could be evaluated: the answer has none of the rows PostHog's System status sends");
        return out;
    }
    // A check that could not read its input is no evidence of health.
    out.verdict = unknown > 0 ? AdminVerdict::Degraded : AdminVerdict::Healthy;
    for (const AdminCheck &c : out.checks)
        if (c.level == AdminCheckLevel::Warn || c.level == AdminCheckLevel::Fail)
            out.verdict = AdminVerdict::Degraded;
    return out;
}

} // namespace phc
