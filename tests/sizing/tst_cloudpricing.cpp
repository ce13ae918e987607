#include "sizing/cloudpricing.h"

#include <QTest>

using namespace phc;

class TestCloudPricing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void builtInTable()
    {
        const CloudPricing &p = CloudPricing::builtIn();
        QCOMPARE(p.effective(), QDate(2024, 8, 1));
        QCOMPARE(p.eventKind(), QStringLiteral("anonymous"));
        QVERIFY(p.notes().contains(QStringLiteral("Identified events")));
        QCOMPARE(p.tiers().size(), 7);
        QCOMPARE(p.freeEvents(), qint64(1000000));
    }

    // Graduated tiers, worked out by hand:
    //   up to 1M free; 1M-2M at 0.00005; 2M-15M at 0.0000343; 15M-50M at 0.0000295;
    //   50M-100M at 0.0000218; 100M-250M at 0.000015; beyond at 0.000009.
    void monthlyCost_data()
    {
        QTest::addColumn<qint64>("events");
        QTest::addColumn<double>("usd");
        QTest::newRow("0") << qint64(0) << 0.0;
        QTest::newRow("1M (free)") << qint64(1000000) << 0.0;
        QTest::newRow("1M + 1") << qint64(1000001) << 0.00005;
        // 1,000,000 * 0.00005
        QTest::newRow("2M") << qint64(2000000) << 50.0;
        QTest::newRow("2M + 1") << qint64(2000001) << 50.0000343;
        // 50 + 13,000,000 * 0.0000343 = 50 + 445.9
        QTest::newRow("15M") << qint64(15000000) << 495.9;
        // 495.9 + 35,000,000 * 0.0000295 = 495.9 + 1032.5
        QTest::newRow("50M") << qint64(50000000) << 1528.4;
        // 1528.4 + 50,000,000 * 0.0000218 = 1528.4 + 1090
        QTest::newRow("100M") << qint64(100000000) << 2618.4;
        // 41 events/s for 30 days: 2618.4 + 6,272,000 * 0.000015 = 2618.4 + 94.08
        QTest::newRow("106,272,000") << qint64(106272000) << 2712.48;
        // 2618.4 + 150,000,000 * 0.000015 = 2618.4 + 2250
        QTest::newRow("250M") << qint64(250000000) << 4868.4;
        QTest::newRow("250M + 1") << qint64(250000001) << 4868.400009;
        // 4868.4 + 750,000,000 * 0.000009 = 4868.4 + 6750
        QTest::newRow("1B") << qint64(1000000000) << 11618.4;
    }

    void monthlyCost()
    {
        QFETCH(qint64, events);
        QFETCH(double, usd);
        const double got = CloudPricing::builtIn().monthlyCost(events);
        QVERIFY2(std::abs(got - usd) < 1e-6, qPrintable(QString::number(got, 'f', 9)));
    }

    void eventsForCost()
    {
        const CloudPricing &p = CloudPricing::builtIn();
        QCOMPARE(p.eventsForCost(0), std::optional<qint64>(0));
        QCOMPARE(p.eventsForCost(0.00005), std::optional<qint64>(1000001)); // the first paid event
        // $3700: 2618.4 at 100M, then (3700 - 2618.4) / 0.000015 = 72,106,666.7 -> 72,106,667 more
        QCOMPARE(p.eventsForCost(3700), std::optional<qint64>(172106667));
        for (const double usd : {1.0, 50.0, 370.0, 1200.0, 2618.4, 5000.0, 123456.0}) {
            const auto e = p.eventsForCost(usd);
            QVERIFY(e);
            QVERIFY2(p.monthlyCost(*e) >= usd && p.monthlyCost(*e - 1) < usd, qPrintable(QString::number(usd)));
        }
    }

    void freeForeverNeverCosts()
    {
        const auto p = CloudPricing::parse("effective: \"2024-01-01\"\ntiers:\n  - {usdPerEvent: 0}\n");
        QVERIFY(p.ok());
        QCOMPARE(p.value().monthlyCost(1000000000), 0.0);
        QCOMPARE(p.value().eventsForCost(1), std::nullopt);
    }

    void badTables_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("message");
        const QByteArray head = "effective: \"2024-08-01\"\n";
        QTest::newRow("negative price") << head + "tiers:\n  - {usdPerEvent: -1}\n" << "tiers[0].usdPerEvent: a price must not be negative";
        QTest::newRow("bad date") << QByteArray("effective: August\ntiers:\n  - {usdPerEvent: 1}\n") << "effective: 'August' is not a date";
        QTest::newRow("no date") << QByteArray("tiers:\n  - {usdPerEvent: 1}\n") << "required key 'effective'";
        QTest::newRow("not increasing") << head + "tiers:\n  - {maxMonthlyEvents: 5, usdPerEvent: 0}\n  - {maxMonthlyEvents: 5, usdPerEvent: 1}\n  - {usdPerEvent: 1}\n"
                                        << "must increase";
        QTest::newRow("closed last tier") << head + "tiers:\n  - {maxMonthlyEvents: 5, usdPerEvent: 0}\n" << "last row";
        QTest::newRow("missing price") << head + "tiers:\n  - {maxMonthlyEvents: 5}\n  - {usdPerEvent: 1}\n" << "required key 'usdPerEvent'";
        QTest::newRow("typo") << head + "tiers:\n  - {usdPerEvnt: 1}\n" << "did you mean 'usdPerEvent'";
        QTest::newRow("currency") << head + "currency: EUR\ntiers:\n  - {usdPerEvent: 1}\n" << "only USD";
    }

    void badTables()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, message);
        const auto p = CloudPricing::parse(yaml);
        QVERIFY(!p.ok());
        const QString all = formatIssues(p.issues(), QStringLiteral("cloud.yaml"));
        QVERIFY2(all.contains(message), qPrintable(all));
    }
};

QTEST_GUILESS_MAIN(TestCloudPricing)
#include "tst_cloudpricing.moc"
