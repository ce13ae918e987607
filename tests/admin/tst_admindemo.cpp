#include "nettestsupport.h"

#include "admin/adminchecks.h"
#include "admin/admindemo.h"
#include "admin/adminclient.h"
#include "monitor/demoinstance.h"
#include "monitor/demosimulation.h"

using namespace phc;
using namespace phctest;

namespace {

constexpr qint64 start = 1722470400000; // a fixed start: the same simulation every run

const AsyncMigration &named(const AdminStandInState &s, const QString &name)
{
    for (const AsyncMigration &m : s.migrations)
        if (m.name == name)
            return m;
    qFatal("no migration %s", qPrintable(name));
}

AdminStatus statusOf(const AdminDemo &demo, qint64 atMs)
{
    AdminSnapshot snap;
    snap.overview = InstanceStatusReader::parseOverview(AdminStandIn::overviewJson(demo.state())).value();
    snap.migrations = demo.state().migrations;
    return AdminChecks::evaluate(snap, AdminThresholds::builtIn(), QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC), {});
}

} // namespace

class TestAdminDemo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyStateShows()
    {
        DemoSimulation sim(start);
        AdminDemo demo;
        demo.follow(sim);
        const QString runs = u"0009_minmax_indexes_for_materialized_columns"_qs;
        const QString fails = u"0010_move_old_partitions"_qs;
        QCOMPARE(named(demo.state(), runs).status, MigrationStatus::Running);
        QCOMPARE(statusOf(demo, sim.nowMs()).check(u"redisMaxmemory")->level, AdminCheckLevel::Warn);
        QCOMPARE(statusOf(demo, sim.nowMs()).check(u"clickhouseDiskFree")->level, AdminCheckLevel::Pass);

        sim.advanceTo(start + 1200 * 1000);
        demo.follow(sim);
        QCOMPARE(named(demo.state(), runs).progress, 50);
        QCOMPARE(named(demo.state(), fails).status, MigrationStatus::NotStarted);

        // The incident, a minute from minute 25: 0010 errors, the dead letter queue grows, ingestion stops.
        sim.advanceTo(start + (25 * 60 + 40) * 1000);
        demo.follow(sim);
        QVERIFY(sim.inIncident());
        QCOMPARE(named(demo.state(), fails).status, MigrationStatus::Errored);
        const AdminStatus during = statusOf(demo, sim.nowMs());
        QCOMPARE(during.check(u"asyncMigrationsOk")->level, AdminCheckLevel::Fail);
        QCOMPARE(during.check(u"deadLetterQueueRatioOk")->level, AdminCheckLevel::Fail);
        QVERIFY(demo.state().deadLetterQueueLastDay > 0);
        QCOMPARE(during.check(u"clickhouseDiskFree")->level, AdminCheckLevel::Warn);
        // Both at once: one running, one errored.
        QCOMPARE(named(demo.state(), runs).status, MigrationStatus::Running);

        sim.advanceTo(start + 2401 * 1000);
        demo.follow(sim);
        QCOMPARE(named(demo.state(), runs).status, MigrationStatus::Completed);

        sim.advanceTo(start + 3900 * 1000);
        demo.follow(sim);
        QCOMPARE(statusOf(demo, sim.nowMs()).check(u"clickhouseDiskFree")->level, AdminCheckLevel::Fail);
        QCOMPARE(named(demo.state(), fails).status, MigrationStatus::Errored); // until someone resumes it
    }

    void mountedOnTheDemoInstance()
    {
        qint64 now = start;
        DemoInstance instance;
        instance.setClock([&now] { return now; });
        AdminDemo demo;
        demo.mount(instance);
        QVERIFY(instance.start());
        HttpFetcher fetcher;
        fetcher.setCredentials(instance.baseUrl(), DemoInstance::apiKey());
        AdminClient client(&fetcher);
        client.setBaseUrl(instance.baseUrl());
        auto snap = waitForCallback<AdminSnapshot>([&](QObject *c, auto done) { client.fetchSnapshot(c, done); });
        QVERIFY(snap);
        QVERIFY2(snap->error.ok(), qPrintable(snap->error.message));
        QCOMPARE(snap->migrations->size(), 4);
        // The demo's own endpoints still answer.
        QCOMPARE(fetchAndWait(fetcher, get(instance.baseUrl().resolved(QUrl(u"/_health"_qs)))).httpCode, 200);
        fetcher.clearCredentials();
        fetcher.setCredentials(instance.baseUrl(), "phx_wrong");
        snap = waitForCallback<AdminSnapshot>([&](QObject *c, auto done) { client.fetchSnapshot(c, done); });
        QCOMPARE(snap->error.failure, AdminFailure::KeyRefused);
    }
};

QTEST_GUILESS_MAIN(TestAdminDemo)
#include "tst_admindemo.moc"
