#include "sizing/sizingmodel.h"

#include <QJsonObject>
#include <QTest>

using namespace phc;

class TestSizing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Every boundary of the three tables, on both sides.
    void boundaries_data()
    {
        QTest::addColumn<qint64>("events");
        QTest::addColumn<QString>("tier");
        QTest::addColumn<int>("web");
        QTest::addColumn<int>("worker");
        QTest::addColumn<int>("clickhouseNodes");
        QTest::addColumn<bool>("cluster");
        QTest::addColumn<QString>("costSize");
        QTest::addColumn<double>("cost");

        const QString min = QStringLiteral("Minimum"), rec = QStringLiteral("Recommended"), ent = QStringLiteral("Enterprise");
        const QString s = QStringLiteral("Small"), m = QStringLiteral("Medium"), l = QStringLiteral("Large");
        QTest::newRow("0") << qint64(0) << min << 2 << 2 << 1 << false << s << 370.0;
        QTest::newRow("10,000") << qint64(10000) << min << 2 << 2 << 1 << false << s << 370.0;
        QTest::newRow("10,001") << qint64(10001) << rec << 2 << 2 << 1 << false << s << 370.0;
        QTest::newRow("99,999") << qint64(99999) << rec << 2 << 2 << 1 << false << s << 370.0;
        QTest::newRow("100,000") << qint64(100000) << rec << 3 << 4 << 1 << false << s << 370.0;
        QTest::newRow("999,999") << qint64(999999) << rec << 3 << 4 << 1 << false << s << 370.0;
        QTest::newRow("1,000,000") << qint64(1000000) << rec << 5 << 8 << 3 << false << m << 1200.0;
        QTest::newRow("1,000,001") << qint64(1000001) << ent << 5 << 8 << 3 << false << m << 1200.0;
        QTest::newRow("9,999,999") << qint64(9999999) << ent << 5 << 8 << 3 << false << m << 1200.0;
        QTest::newRow("10,000,000") << qint64(10000000) << ent << 10 << 16 << 3 << true << m << 1200.0;
        QTest::newRow("10,000,001") << qint64(10000001) << ent << 10 << 16 << 3 << true << l << 3700.0;
        QTest::newRow("1e12") << qint64(1000000000000) << ent << 10 << 16 << 3 << true << l << 3700.0;
    }

    void boundaries()
    {
        QFETCH(qint64, events);
        QFETCH(QString, tier);
        QFETCH(int, web);
        QFETCH(int, worker);
        QFETCH(int, clickhouseNodes);
        QFETCH(bool, cluster);
        QFETCH(QString, costSize);
        QFETCH(double, cost);
        const Recommendation r = SizingModel::builtIn().recommend(events);
        QCOMPARE(r.tier.name, tier);
        QCOMPARE(r.row.webReplicas, web);
        QCOMPARE(r.row.workerReplicas, worker);
        QCOMPARE(r.row.clickhouseNodes, clickhouseNodes);
        QCOMPARE(r.row.clickhouseCluster, cluster);
        QCOMPARE(r.cost.name, costSize);
        QCOMPARE(r.cost.totalUsd(), cost);
    }

    // The seed's per-component rows, which must add up to its totals.
    void costComponents()
    {
        const auto &sizes = SizingModel::builtIn().costSizes();
        QCOMPARE(sizes.size(), 3);
        QCOMPARE(sizes[1].components.size(), 4);
        QCOMPARE(sizes[1].components[0].name, QStringLiteral("Kubernetes"));
        QCOMPARE(sizes[1].components[0].usd, 500.0);
        QCOMPARE(sizes[2].components[2].name, QStringLiteral("ClickHouse"));
        QCOMPARE(sizes[2].components[2].usd, 1200.0);
    }

    void jsonKeys()
    {
        const QJsonObject o = SizingModel::builtIn().recommend(2500000).toJson();
        QCOMPARE(o.value(QStringLiteral("tier")).toString(), QStringLiteral("Enterprise"));
        QCOMPARE(o.value(QStringLiteral("webReplicas")).toInt(), 5);
        QCOMPARE(o.value(QStringLiteral("workerReplicas")).toInt(), 8);
        QCOMPARE(o.value(QStringLiteral("clickhouseNodes")).toInt(), 3);
        QCOMPARE(o.value(QStringLiteral("clickhouseCluster")).toBool(), false);
        QCOMPARE(o.value(QStringLiteral("costSize")).toString(), QStringLiteral("Medium"));
        QCOMPARE(o.value(QStringLiteral("monthlyCostUsd")).toDouble(), 1200.0);
    }

    void customTables()
    {
        const QByteArray yaml = "tiers:\n  - {name: Tiny, maxMonthlyEvents: 5}\n  - {name: Big}\n"
                                "scaling:\n  - {label: all, webReplicas: 1, workerReplicas: 1, clickhouseNodes: 1}\n"
                                "cost:\n  sizes:\n    - name: Only\n      components: [{name: VM, usd: 9.5}]\n";
        const auto model = SizingModel::parse(yaml);
        QVERIFY2(model.ok(), qPrintable(formatIssues(model.issues(), QStringLiteral("t"))));
        QCOMPARE(model.value().recommend(5).tier.name, QStringLiteral("Tiny"));
        QCOMPARE(model.value().recommend(6).tier.name, QStringLiteral("Big"));
        QCOMPARE(model.value().recommend(6).cost.totalUsd(), 9.5);
    }

    void badTables_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("message");
        const QByteArray rest = "scaling:\n  - {label: all, webReplicas: 1, workerReplicas: 1, clickhouseNodes: 1}\n"
                                "cost:\n  sizes:\n    - name: Only\n      components: [{name: VM, usd: 1}]\n";
        QTest::newRow("open row not last") << "tiers:\n  - {name: A}\n  - {name: B, maxMonthlyEvents: 5}\n" + rest
                                           << "maxMonthlyEvents";
        QTest::newRow("not increasing") << "tiers:\n  - {name: A, maxMonthlyEvents: 5}\n  - {name: B, maxMonthlyEvents: 5}\n  - {name: C}\n" + rest
                                        << "must increase";
        QTest::newRow("typo") << "tiers:\n  - {name: A, maxMonthlyEvent: 5}\n" + rest << "did you mean 'maxMonthlyEvents'";
        QTest::newRow("no tiers") << rest << "required key 'tiers'";
        QTest::newRow("usd not a number") << "tiers:\n  - {name: A}\n" + QByteArray(rest).replace("usd: 1", "usd: lots")
                                          << "expected a number";
    }

    void badTables()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, message);
        const auto model = SizingModel::parse(yaml);
        QVERIFY(!model.ok());
        const QString all = formatIssues(model.issues(), QStringLiteral("sizing.yaml"));
        QVERIFY2(all.contains(message), qPrintable(all));
    }
};

QTEST_GUILESS_MAIN(TestSizing)
#include "tst_sizing.moc"
