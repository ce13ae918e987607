#include "sizing/replicadrift.h"

#include <QJsonObject>
#include <QTest>

using namespace phc;

namespace {

// 2M monthly events: the "1M - 10M" row (5 web, 8 worker, 3 ClickHouse nodes).
Recommendation observedRow() { return SizingModel::builtIn().recommend(2'000'000); }

DeploymentProfile profileWith(qint64 plannedEvents, std::optional<int> web, std::optional<int> worker)
{
    DeploymentProfile p;
    p.sizing.monthlyEvents = plannedEvents;
    p.sizing.webReplicas.fixed = web;
    p.sizing.workerReplicas.fixed = worker;
    return p;
}

} // namespace

class TestReplicaDrift : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tablesUsedHereAreAsExpected()
    {
        const Recommendation r = observedRow();
        QCOMPARE(r.row.webReplicas, 5);
        QCOMPARE(r.row.workerReplicas, 8);
        QCOMPARE(r.row.clickhouseNodes, 3);
    }

    // "auto" counts are the planned volume's row: 100K planned gives 3 web, 4 worker, 1 node.
    void autoCountsComeFromThePlannedVolume()
    {
        const QList<ReplicaDrift> drift = driftAgainst(observedRow(), profileWith(100'000, std::nullopt, std::nullopt));
        QCOMPARE(drift.size(), 5);
        QCOMPARE(drift[0].component, ScaledComponent::WebReplicas);
        QCOMPARE(drift[0].recommended, 5);
        QCOMPARE(drift[0].configured, std::optional<int>(3));
        QCOMPARE(drift[0].verdict(), ReplicaDrift::Verdict::TooFew);
        QCOMPARE(drift[0].difference(), -2);
        QCOMPARE(drift[1].component, ScaledComponent::WorkerReplicas);
        QCOMPARE(drift[1].configured, std::optional<int>(4));
        QCOMPARE(drift[1].difference(), -4);
        QCOMPARE(drift[2].component, ScaledComponent::ClickhouseNodes);
        QCOMPARE(drift[2].configured, std::optional<int>(1));
        QCOMPARE(drift[2].verdict(), ReplicaDrift::Verdict::TooFew);
        // The 100K - 1M row's events and plugins against the 1M - 10M row's 6 and 8.
        QCOMPARE(drift[3].component, ScaledComponent::EventsReplicas);
        QCOMPARE(drift[3].recommended, 6);
        QCOMPARE(drift[3].configured, std::optional<int>(3));
        QCOMPARE(drift[4].component, ScaledComponent::PluginsReplicas);
        QCOMPARE(drift[4].recommended, 8);
        QCOMPARE(drift[4].configured, std::optional<int>(4));
        QCOMPARE(drift[4].toJson().value(u"component").toString(), QStringLiteral("pluginsReplicas"));
    }

    // Events and plugins overrides are taken as given, like web's and worker's.
    void eventsAndPluginsOverrides()
    {
        DeploymentProfile p = profileWith(2'000'000, std::nullopt, std::nullopt);
        p.sizing.eventsReplicas.fixed = 9;
        const QList<ReplicaDrift> drift = driftAgainst(observedRow(), p);
        QCOMPARE(drift[3].verdict(), ReplicaDrift::Verdict::TooMany);
        QCOMPARE(drift[3].difference(), 3);
        QCOMPARE(drift[4].verdict(), ReplicaDrift::Verdict::Matches);
    }

    // An autoscaler's maximum rises to the count the planned volume needs,
    // per process: at 20M, a profile maximum of 12 covers web's 10 and
    // events' 12, and plugins' and worker's go to 16.
    void autoscalerMaximumCoversThePlannedCount()
    {
        DeploymentProfile p = profileWith(20'000'000, std::nullopt, std::nullopt);
        p.sizing.autoscaling.enabled = true;
        p.sizing.autoscaling.minReplicas = 3;
        p.sizing.autoscaling.maxReplicas = 12;
        const ConfiguredScale s = ConfiguredScale::of(p);
        QCOMPARE(s.autoscaleMaxFor(s.webReplicas), 12);
        QCOMPARE(s.autoscaleMaxFor(s.eventsReplicas), 12);
        QCOMPARE(s.autoscaleMaxFor(s.pluginsReplicas), 16);
        const QList<ReplicaDrift> drift = driftAgainst(SizingModel::builtIn().recommend(20'000'000), p);
        for (const ReplicaDrift &d : drift)
            if (d.component != ScaledComponent::ClickhouseNodes)
                QVERIFY2(d.verdict() == ReplicaDrift::Verdict::Matches, qPrintable(scaledComponentName(d.component)));
        QCOMPARE(drift[4].autoscaleMax, std::optional<int>(16));
    }

    void fixedCountsAreTakenAsGiven()
    {
        const QList<ReplicaDrift> drift = driftAgainst(observedRow(), profileWith(5'000'000, 9, 8));
        QCOMPARE(drift[0].verdict(), ReplicaDrift::Verdict::TooMany);
        QCOMPARE(drift[0].difference(), 4);
        QCOMPARE(drift[1].verdict(), ReplicaDrift::Verdict::Matches);
        QCOMPARE(drift[2].verdict(), ReplicaDrift::Verdict::Matches);
    }

    void autoscalerRangeDecides_data()
    {
        QTest::addColumn<int>("min");
        QTest::addColumn<int>("max");
        QTest::addColumn<int>("webVerdict");
        QTest::addColumn<int>("webDifference");
        QTest::newRow("covers 5") << 2 << 10 << int(ReplicaDrift::Verdict::Matches) << 0;
        QTest::newRow("max below") << 1 << 3 << int(ReplicaDrift::Verdict::TooFew) << -2;
        QTest::newRow("min above") << 7 << 12 << int(ReplicaDrift::Verdict::TooMany) << 2;
        QTest::newRow("exactly") << 5 << 5 << int(ReplicaDrift::Verdict::Matches) << 0;
    }

    void autoscalerRangeDecides()
    {
        QFETCH(int, min);
        QFETCH(int, max);
        QFETCH(int, webVerdict);
        QFETCH(int, webDifference);
        DeploymentProfile p = profileWith(100'000, 1, std::nullopt);
        p.sizing.autoscaling.enabled = true;
        p.sizing.autoscaling.minReplicas = min;
        p.sizing.autoscaling.maxReplicas = max;
        const QList<ReplicaDrift> drift = driftAgainst(observedRow(), p);
        QCOMPARE(int(drift[0].verdict()), webVerdict);
        QCOMPARE(drift[0].difference(), webDifference);
        QCOMPARE(drift[0].autoscaleMin, std::optional<int>(min));
        // ClickHouse is not autoscaled.
        QVERIFY(!drift[2].autoscaleMin);
    }

    void externalClickhouseIsUnknown()
    {
        DeploymentProfile p = profileWith(100'000, std::nullopt, std::nullopt);
        p.databases.clickhouse.mode = ServiceMode::External;
        const ReplicaDrift ch = driftAgainst(observedRow(), p).at(2);
        QVERIFY(!ch.configured);
        QCOMPARE(ch.verdict(), ReplicaDrift::Verdict::Unknown);
        QCOMPARE(ch.difference(), 0);
        QVERIFY(ch.toJson().value(u"configured").isNull());
        QCOMPARE(ch.toJson().value(u"verdict").toString(), QStringLiteral("unknown"));
    }

    void json()
    {
        DeploymentProfile p = profileWith(100'000, 3, std::nullopt);
        p.sizing.autoscaling.enabled = true;
        p.sizing.autoscaling.minReplicas = 2;
        p.sizing.autoscaling.maxReplicas = 4;
        const QJsonObject web = driftAgainst(observedRow(), p).at(0).toJson();
        QCOMPARE(web.value(u"component").toString(), QStringLiteral("webReplicas"));
        QCOMPARE(web.value(u"recommended").toInt(), 5);
        QCOMPARE(web.value(u"configured").toInt(), 3);
        QCOMPARE(web.value(u"autoscaleMin").toInt(), 2);
        QCOMPARE(web.value(u"autoscaleMax").toInt(), 4);
        QCOMPARE(web.value(u"verdict").toString(), QStringLiteral("too-few"));
        const QJsonObject worker = driftAgainst(observedRow(), profileWith(5'000'000, std::nullopt, 8)).at(1).toJson();
        QVERIFY(!worker.contains(u"autoscaleMin"));
        QCOMPARE(worker.value(u"verdict").toString(), QStringLiteral("matches"));
    }

    // The generators read the same counts: what the drift calls "configured" is what gets deployed.
    void configuredScaleOfAProfile()
    {
        const ConfiguredScale s = ConfiguredScale::of(profileWith(20'000'000, 7, std::nullopt));
        QCOMPARE(s.planned.row.label, QStringLiteral("> 10M"));
        QCOMPARE(s.webReplicas, 7);
        QCOMPARE(s.workerReplicas, 16);
        QCOMPARE(s.clickhouseNodes, 3);
        QVERIFY(!s.clickhouseExternal);
        QVERIFY(!s.autoscaled);
    }
};

QTEST_GUILESS_MAIN(TestReplicaDrift)
#include "tst_replicadrift.moc"
