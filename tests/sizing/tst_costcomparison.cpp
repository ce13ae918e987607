#include "sizing/costcomparison.h"

#include <QFile>
#include <QJsonObject>
#include <QTest>

using namespace phc;

Q_DECLARE_METATYPE(phc::BreakEven)
Q_DECLARE_METATYPE(phc::CostBasis)

namespace {

CostComparison builtIn() { return CostComparison(SizingModel::builtIn(), CloudPricing::builtIn()); }

QByteArray builtInSizingYaml()
{
    QFile f(QStringLiteral(":/posthog-console/data/sizing.yaml"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

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

    // The issue's example: 41 events/s.
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
        const auto sizing = SizingModel::parse("tiers: [{name: All, fromMonthlyEvents: 0}]\nscaling: [{label: all, fromMonthlyEvents: 0, webReplicas: 7, workerReplicas: 1, clickhouseNodes: 1}]\n"
                                               "cost: {sizes: [{name: Flat, fromMonthlyEvents: 0, components: [{name: VM, usd: 10}]}]}\n");
        QVERIFY(sizing.ok());
        const CostComparison c(sizing.value(), CloudPricing::builtIn());
        const CostProjection p = c.projectMonthly(5000000);
        QCOMPARE(p.recommendation.row.webReplicas, 7);
        QCOMPARE(p.selfHostedMonthlyUsd, 10.0);
        QCOMPARE(p.eventsPerSecond, 5000000.0 / 2592000.0);
        // One open size priced at 0 events: beyond 0 the table gives only a
        // floor. Cloud reaches $10 at 1,000,000 free + 10 / 0.00005 = 200,000 paid events.
        QCOMPARE(c.breakEven(), (BreakEven {BreakEven::Kind::AtLeast, 1200000, 0}));
        QCOMPARE(p.recommendation.costBasis, CostBasis::AtLeast);
    }

    // A break-even inside a closed size is exact.
    void breakEvenInsideTheTable()
    {
        const auto sizing = SizingModel::parse("tiers: [{name: All, fromMonthlyEvents: 0}]\n"
                                               "scaling: [{label: all, fromMonthlyEvents: 0, webReplicas: 1, workerReplicas: 1, clickhouseNodes: 1}]\n"
                                               "cost: {sizes: [{name: Low, fromMonthlyEvents: 0, components: [{name: VM, usd: 10}]},\n"
                                               "               {name: High, fromMonthlyEvents: 10000000, components: [{name: VM, usd: 99999}]}]}\n");
        QVERIFY2(sizing.ok(), qPrintable(formatIssues(sizing.issues(), QStringLiteral("t"))));
        const CostComparison c(sizing.value(), CloudPricing::builtIn());
        QCOMPARE(c.breakEven(), (BreakEven {BreakEven::Kind::Exact, 1200000, 10000000}));
        QCOMPARE(c.projectMonthly(1200000).recommendation.costBasis, CostBasis::Table);
    }

    // Small ($370) ends at 999,999 where Cloud is $0; Medium ($1,200) ends at
    // 9,999,999 where Cloud is 50 + 7,999,999 * 0.0000343 = $324.40; Large
    // ($3,700) is the table's figure at 10,000,000 only. Beyond, self-hosting
    // costs at least $3,700, which Cloud reaches at 172,106,667 (see
    // tst_cloudpricing): the break-even is not below that.
    void breakEven()
    {
        const CostComparison c = builtIn();
        QCOMPARE(c.breakEven(), (BreakEven {BreakEven::Kind::AtLeast, 172106667, 10000000}));
        const CostProjection at = c.projectMonthly(172106667);
        const CostProjection before = c.projectMonthly(172106666);
        QCOMPARE(at.recommendation.costBasis, CostBasis::AtLeast);
        QVERIFY(at.selfHostedMonthlyUsd <= at.cloudMonthlyUsd);
        QVERIFY(before.selfHostedMonthlyUsd > before.cloudMonthlyUsd);
    }

    // The table's figure at the last size's lower bound, a floor above it.
    void costBasisAtTheTableEnd_data()
    {
        QTest::addColumn<qint64>("events");
        QTest::addColumn<CostBasis>("basis");
        QTest::newRow("9,999,999") << qint64(9999999) << CostBasis::Table;
        QTest::newRow("10,000,000") << qint64(10000000) << CostBasis::Table;
        QTest::newRow("10,000,001") << qint64(10000001) << CostBasis::AtLeast;
        QTest::newRow("1e9") << qint64(1000000000) << CostBasis::AtLeast;
    }

    void costBasisAtTheTableEnd()
    {
        QFETCH(qint64, events);
        QFETCH(CostBasis, basis);
        const CostProjection p = builtIn().projectMonthly(events);
        QCOMPARE(p.recommendation.costBasis, basis);
        QCOMPARE(p.selfHostedMonthlyUsd, events >= 10000000 ? 3700.0 : 1200.0);
        QCOMPARE(p.toJson(CloudPricing::builtIn()).value(u"monthlyCostBasis").toString(), costBasisName(basis));
    }

    // With the data's cost per million events beyond the table, self-hosting
    // grows: 3,700 + (e - 10M) * 5 / 1M meets Cloud (0.000015 a event from
    // 100M, 0.000009 from 250M) at 257,900,000, both $4,939.50. At $10 a
    // million it grows faster than Cloud beyond 250M and never meets it.
    void breakEvenWithAnEstimateBeyond_data()
    {
        QTest::addColumn<QByteArray>("perMillion");
        QTest::addColumn<BreakEven>("expected");
        QTest::newRow("$5") << QByteArray("5") << BreakEven {BreakEven::Kind::Exact, 257900000, 10000000};
        QTest::newRow("$10") << QByteArray("10") << BreakEven {BreakEven::Kind::Never, 0, 10000000};
        QTest::newRow("$0") << QByteArray("0") << BreakEven {BreakEven::Kind::Exact, 172106667, 10000000};
    }

    void breakEvenWithAnEstimateBeyond()
    {
        QFETCH(QByteArray, perMillion);
        QFETCH(BreakEven, expected);
        const auto sizing = SizingModel::parse(builtInSizingYaml().replace("  currency: USD\n", QByteArray("  currency: USD\n  usdPerMillionEventsBeyond: " + perMillion + '\n')));
        QVERIFY2(sizing.ok(), qPrintable(formatIssues(sizing.issues(), QStringLiteral("sizing.yaml"))));
        QCOMPARE(sizing.value().usdPerMillionBeyond(), std::optional<double>(perMillion.toDouble()));
        const CostComparison c(sizing.value(), CloudPricing::builtIn());
        const BreakEven b = c.breakEven();
        QCOMPARE(b, expected);
        const CostProjection beyond = c.projectMonthly(20000000);
        QCOMPARE(beyond.recommendation.costBasis, CostBasis::Estimate);
        QCOMPARE(beyond.selfHostedMonthlyUsd, 3700.0 + 10 * perMillion.toDouble());
        if (b.kind == BreakEven::Kind::Exact) {
            QVERIFY(c.projectMonthly(b.monthlyEvents).selfHostedMonthlyUsd <= c.projectMonthly(b.monthlyEvents).cloudMonthlyUsd);
            QVERIFY(c.projectMonthly(b.monthlyEvents - 1).selfHostedMonthlyUsd > c.projectMonthly(b.monthlyEvents - 1).cloudMonthlyUsd);
        }
    }

    void cloudAlwaysCheaper()
    {
        const auto free = CloudPricing::parse("effective: \"2024-01-01\"\ntiers:\n  - {usdPerEvent: 0}\n");
        QVERIFY(free.ok());
        QCOMPARE(CostComparison(SizingModel::builtIn(), free.value()).breakEven().kind, BreakEven::Kind::Never);
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
            QCOMPARE(p.selfHostedUsd, SizingModel::builtIn().recommend(p.monthlyEvents).monthlyCostUsd);
            QCOMPARE(p.selfHostedBasis, p.monthlyEvents > 10000000 ? CostBasis::AtLeast : CostBasis::Table);
            QCOMPARE(p.cloudUsd, CloudPricing::builtIn().monthlyCost(p.monthlyEvents));
            volumes << p.monthlyEvents;
        }
        // Both sides of each self-hosted step, Cloud's tier edges and the break-even are there.
        for (const qint64 v : {qint64(999999), qint64(1000000), qint64(9999999), qint64(10000000), qint64(2000000),
                               qint64(250000000), qint64(172106667)})
            QVERIFY2(volumes.contains(v), qPrintable(QString::number(v)));
        QVERIFY(c.curve(10, 5, 10).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCostComparison)
#include "tst_costcomparison.moc"
