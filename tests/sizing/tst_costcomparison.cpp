#include "sizing/costcomparison.h"

#include <QJsonObject>
#include <QTest>

using namespace phc;

namespace {

CostComparison builtIn() { return CostComparison(SizingModel::builtIn(), CloudPricing::builtIn()); }

} // namespace

class TestCostComparison : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void monthlyEventsFromRate_data()
    {
        QTest::addColumn<double>("rate");
        QTest::addColumn<qint64>("events");
        QTest::newRow("41/s") << 41.0 << qint64(106272000); // 41 * 2,592,000
        QTest::newRow("0.5/s") << 0.5 << qint64(1296000);
        QTest::newRow("0") << 0.0 << qint64(0);
        QTest::newRow("negative") << -3.0 << qint64(0);
        QTest::newRow("NaN") << std::nan("") << qint64(0);
        QTest::newRow("rounds") << 1.0 / 3.0 << qint64(864000);
    }

    void monthlyEventsFromRate()
    {
        QFETCH(double, rate);
        QFETCH(qint64, events);
        QCOMPARE(CostComparison::monthlyEventsFromRate(rate), events);
    }

    // The example: 41 events/s.
    void projection()
    {
        const CostProjection p = builtIn().project(41);
        QCOMPARE(p.eventsPerSecond, 41.0);
        QCOMPARE(p.monthlyEvents, qint64(106272000));
        QCOMPARE(p.recommendation.tier.name, QStringLiteral("Enterprise"));
        QCOMPARE(p.recommendation.row.webReplicas, 10);
        QCOMPARE(p.recommendation.row.workerReplicas, 16);
        QCOMPARE(p.recommendation.row.clickhouseNodes, 3);
        QCOMPARE(p.selfHostedMonthlyUsd, 3700.0);
        // 2618.4 + 6,272,000 * 0.000015
        QVERIFY(std::abs(p.cloudMonthlyUsd - 2712.48) < 1e-6);
        const QJsonObject o = p.toJson(CloudPricing::builtIn());
        QCOMPARE(o.value(QStringLiteral("monthlyEvents")).toInteger(), qint64(106272000));
        QCOMPARE(o.value(QStringLiteral("tier")).toString(), QStringLiteral("Enterprise"));
        QCOMPARE(o.value(QStringLiteral("webReplicas")).toInt(), 10);
        QCOMPARE(o.value(QStringLiteral("workerReplicas")).toInt(), 16);
        QCOMPARE(o.value(QStringLiteral("clickhouseNodes")).toInt(), 3);
        QCOMPARE(o.value(QStringLiteral("monthlyCostUsd")).toDouble(), 3700.0);
        QVERIFY(std::abs(o.value(QStringLiteral("cloudMonthlyCostUsd")).toDouble() - 2712.48) < 1e-6);
        QCOMPARE(o.value(QStringLiteral("cloudPricingDate")).toString(), QStringLiteral("2024-08-01"));
        QCOMPARE(o.value(QStringLiteral("eventsPerSecond")).toDouble(), 41.0);
    }

    void projectionUsesTheGivenTables()
    {
        const auto sizing = SizingModel::parse("tiers: [{name: All}]\nscaling: [{label: all, webReplicas: 7, workerReplicas: 1, clickhouseNodes: 1}]\n"
                                               "cost: {sizes: [{name: Flat, components: [{name: VM, usd: 10}]}]}\n");
        QVERIFY(sizing.ok());
        const CostComparison c(sizing.value(), CloudPricing::builtIn());
        const CostProjection p = c.projectMonthly(5000000);
        QCOMPARE(p.recommendation.row.webReplicas, 7);
        QCOMPARE(p.selfHostedMonthlyUsd, 10.0);
        QCOMPARE(p.eventsPerSecond, 5000000.0 / 2592000.0);
        // Flat $10: Cloud reaches $10 at 1,000,000 free + 10 / 0.00005 = 200,000 paid events.
        QCOMPARE(c.breakEvenMonthlyEvents(), std::optional<qint64>(1200000));
    }

    // Small ($370) ends at 999,999 where Cloud is $0; Medium ($1,200) ends at
    // 10M where Cloud is 50 + 8M * 0.0000343 = $324.40; Large ($3,700) meets
    // Cloud at 172,106,667 (see tst_cloudpricing).
    void breakEven()
    {
        const CostComparison c = builtIn();
        const auto e = c.breakEvenMonthlyEvents();
        QCOMPARE(e, std::optional<qint64>(172106667));
        const CostProjection at = c.projectMonthly(*e);
        const CostProjection before = c.projectMonthly(*e - 1);
        QVERIFY(at.selfHostedMonthlyUsd <= at.cloudMonthlyUsd);
        QVERIFY(before.selfHostedMonthlyUsd > before.cloudMonthlyUsd);
    }

    void cloudAlwaysCheaper()
    {
        const auto free = CloudPricing::parse("effective: \"2024-01-01\"\ntiers:\n  - {usdPerEvent: 0}\n");
        QVERIFY(free.ok());
        QCOMPARE(CostComparison(SizingModel::builtIn(), free.value()).breakEvenMonthlyEvents(), std::nullopt);
    }

    void curve()
    {
        const CostComparison c = builtIn();
        const QList<CostPoint> points = c.curve(1000, 1000000000, 60);
        QVERIFY(points.size() >= 60);
        QCOMPARE(points.first().monthlyEvents, qint64(1000));
        QCOMPARE(points.last().monthlyEvents, qint64(1000000000));
        QList<qint64> volumes;
        for (qsizetype i = 0; i < points.size(); ++i) {
            const CostPoint &p = points[i];
            if (i > 0)
                QVERIFY(points[i - 1].monthlyEvents < p.monthlyEvents);
            QCOMPARE(p.selfHostedUsd, SizingModel::builtIn().recommend(p.monthlyEvents).cost.totalUsd());
            QCOMPARE(p.cloudUsd, CloudPricing::builtIn().monthlyCost(p.monthlyEvents));
            volumes << p.monthlyEvents;
        }
        // Both sides of each self-hosted step, Cloud's tier edges and the break-even are there.
        for (const qint64 v : {qint64(999999), qint64(1000000), qint64(10000000), qint64(10000001), qint64(2000000),
                               qint64(250000000), qint64(172106667)})
            QVERIFY2(volumes.contains(v), qPrintable(QString::number(v)));
        QVERIFY(c.curve(10, 5, 10).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCostComparison)
#include "tst_costcomparison.moc"
