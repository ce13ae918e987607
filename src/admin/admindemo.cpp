#include "admindemo.h"

#include "monitor/demoinstance.h"
#include "monitor/demosimulation.h"

#include <algorithm>

namespace phc {

namespace {

constexpr double gib = double(1LL << 30);
// 0009 still runs when 0010 errors (minute 25), so both states show at once.
constexpr qint64 firstMigrationSeconds = 2400;
constexpr qint64 migrationSeconds = 600;

AsyncMigration migration(qint64 id, const QString &name, const QString &min, const QString &max)
{
    AsyncMigration m;
    m.id = id;
    m.name = name;
    m.description = name;
    m.posthogMinVersion = min;
    m.posthogMaxVersion = max;
    return m;
}

} // namespace

void AdminDemo::mount(DemoInstance &demo)
{
    demo.setExtraHandler([this](const HttpRequest &r, const DemoSimulation &s) { return handle(r, s); });
}

void AdminDemo::follow(const DemoSimulation &sim)
{
    AdminStandInState &s = m_standIn.state();
    if (!m_started) {
        m_started = true;
        s.apiKey = DemoInstance::apiKey();
        // Reported as the releases with a version row do, so that a profile
        // with another imageTag shows the upgrade check on the Review page.
        s.posthogVersionRow = QStringLiteral("1.43.0");
        s.redisMaxmemory = QStringLiteral("0BB");
        s.migrations = {
            migration(1, QStringLiteral("0007_persons_and_groups_on_events_backfill"), QStringLiteral("1.40.0"),
                      QStringLiteral("1.41.99")),
            migration(2, QStringLiteral("0008_speed_up_kafka_timestamp_filters"), QStringLiteral("1.42.0"),
                      QStringLiteral("1.45.99")),
            migration(3, QStringLiteral("0009_minmax_indexes_for_materialized_columns"), QStringLiteral("1.43.0"),
                      QStringLiteral("1.49.99")),
            migration(4, QStringLiteral("0010_move_old_partitions"), QStringLiteral("1.43.0"), QStringLiteral("1.49.99")),
        };
        for (int i : {0, 1}) {
            s.migrations[i].status = MigrationStatus::Completed;
            s.migrations[i].progress = 100;
        }
        s.migrations[2].status = MigrationStatus::Running;
        s.migrations[3].status = MigrationStatus::NotStarted;
        m_lastIngestMs = sim.nowMs();
    }
    const qint64 t = sim.elapsedSeconds();
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(sim.nowMs(), Qt::UTC);

    AsyncMigration &running = s.migrations[2];
    if (running.status == MigrationStatus::Running) {
        running.progress = int(std::min<qint64>(100, t * 100 / firstMigrationSeconds));
        running.currentOperationIndex = running.progress / 25;
        if (running.progress >= 100) {
            running.status = MigrationStatus::Completed;
            running.finishedAt = now.toString(Qt::ISODate);
        }
    }
    AsyncMigration &failing = s.migrations[3];
    if (sim.inIncident() && failing.status == MigrationStatus::NotStarted) {
        failing.status = MigrationStatus::Errored;
        failing.progress = 35;
        s.migrationErrors[failing.id] = {QStringLiteral("Code: 241. DB::Exception: Memory limit (total) exceeded: "
                                                        "would use 7.45 GiB, maximum: 7.45 GiB")};
    }
    if (failing.status == MigrationStatus::Running || failing.status == MigrationStatus::Starting) {
        if (m_resumedAt < 0)
            m_resumedAt = t;
        failing.status = MigrationStatus::Running;
        failing.progress = int(std::min<qint64>(100, 35 + (t - m_resumedAt) * 65 / migrationSeconds));
        if (failing.progress >= 100)
            failing.status = MigrationStatus::Completed;
    }
    s.asyncMigrationsOk = !migrationFailed(failing.status);

    // Kafka away: the events that come in go to the dead letter queue, none is ingested.
    if (m_lastStep >= 0 && sim.inIncident()) {
        const qint64 seconds = t - m_lastStep;
        s.deadLetterQueueSize += qint64(sim.arrivalsPerSecond() * double(seconds));
        s.deadLetterQueueLastDay += qint64(sim.arrivalsPerSecond() * double(seconds));
    }
    s.deadLetterQueueRatioOk = !sim.inIncident();
    if (!sim.inIncident())
        m_lastIngestMs = sim.nowMs();
    s.lastEventIngested = QDateTime::fromMSecsSinceEpoch(m_lastIngestMs, Qt::UTC);
    s.timestampWithOffset = true;
    // 200 GiB, 50 GiB free at the start, 8 MiB more used each second.
    const double freeBytes = std::max(0.0, 50 * gib - double(t) * 8 * 1024 * 1024);
    s.disks = {{freeBytes, 200 * gib}};
    m_lastStep = t;
}

std::optional<HttpResponse> AdminDemo::handle(const HttpRequest &request, const DemoSimulation &simulation)
{
    follow(simulation);
    return m_standIn.handle(request);
}

} // namespace phc
