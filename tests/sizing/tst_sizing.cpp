#include "sizing/sizingmodel.h"

#include <QJsonObject>
#include <QLocale>
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
        // A band includes its lower bound and excludes its upper one.
        QTest::newRow("0") << qint64(0) << min << 2 << 2 << 1 << false << s << 370.0;
        QTest::newRow("9,999") << qint64(9999) << min << 2 << 2 << 1 << false << s << 370.0;
        QTest::newRow("10,000") << qint64(10000) << rec << 2 << 2 << 1 << false << s << 370.0;
        QTest::newRow("99,999") << qint64(99999) << rec << 2 << 2 << 1 << false << s << 370.0;
        QTest::newRow("100,000") << qint64(100000) << rec << 3 << 4 << 1 << false << s << 370.0;
        QTest::newRow("999,999") << qint64(999999) << rec << 3 << 4 << 1 << false << s << 370.0;
        QTest::newRow("1,000,000") << qint64(1000000) << ent << 5 << 8 << 3 << false << m << 1200.0;
        QTest::newRow("9,999,999") << qint64(9999999) << ent << 5 << 8 << 3 << false << m << 1200.0;
        QTest::newRow("10,000,000") << qint64(10000000) << ent << 10 << 16 << 3 << true << l << 3700.0;
        QTest::newRow("1e12") << qint64(1000000000000) << ent << 10 << 16 << 3 << true << l << 3700.0;
    }

    void ingestionBands_data()
    {
        QTest::addColumn<qint64>("events");
        QTest::addColumn<int>("capture");
        QTest::addColumn<int>("plugins");
        QTest::addColumn<QString>("pluginsCpu");
        QTest::newRow("0") << qint64(0) << 2 << 2 << QStringLiteral("250m");
        QTest::newRow("100,000") << qint64(100000) << 3 << 4 << QStringLiteral("1");
        QTest::newRow("1,000,000") << qint64(1000000) << 6 << 8 << QStringLiteral("2");
        QTest::newRow("20,000,000") << qint64(20000000) << 12 << 16 << QStringLiteral("2");
    }

    // The capture (events) and ingestion (plugins) processes scale with the band.
    void ingestionBands()
    {
        QFETCH(qint64, events);
        QFETCH(int, capture);
        QFETCH(int, plugins);
        QFETCH(QString, pluginsCpu);
        const Recommendation r = SizingModel::builtIn().recommend(events);
        QCOMPARE(r.row.eventsReplicas, capture);
        QCOMPARE(r.row.pluginsReplicas, plugins);
        QCOMPARE(r.tier.plugins.cpu, pluginsCpu);
        for (const ProcessResources *p : {&r.tier.web, &r.tier.events, &r.tier.worker, &r.tier.plugins}) {
            QVERIFY(!p->cpu.isEmpty());
            QVERIFY(!p->memory.isEmpty());
            QVERIFY(!p->memoryLimit.isEmpty());
        }
        QCOMPARE(r.toJson().value(QStringLiteral("eventsReplicas")).toInt(), capture);
        QCOMPARE(r.toJson().value(QStringLiteral("pluginsReplicas")).toInt(), plugins);
    }

    // Files written before the events/plugins columns and tier resources keep
    // loading: events follows web, plugins follows worker, resources default.
    void ingestionDefaultsForOldFiles()
    {
        const auto model = SizingModel::parse(
            "tiers: [{name: All, fromMonthlyEvents: 0, resources: {web: {cpu: 3}}}]\n"
            "scaling:\n  - {label: all, fromMonthlyEvents: 0, webReplicas: 5, workerReplicas: 7, clickhouseNodes: 1}\n"
            "cost:\n  sizes:\n    - {name: Only, fromMonthlyEvents: 0, components: [{name: VM, usd: 1}]}\n");
        QVERIFY2(model.ok(), qPrintable(formatIssues(model.issues(), QStringLiteral("sizing.yaml"))));
        const Recommendation r = model.value().recommend(0);
        QCOMPARE(r.row.eventsReplicas, 5);
        QCOMPARE(r.row.pluginsReplicas, 7);
        QCOMPARE(r.tier.web.cpu, QStringLiteral("3"));
        QCOMPARE(r.tier.web.memory, QStringLiteral("1Gi"));
        QCOMPARE(r.tier.plugins.memoryLimit, QStringLiteral("2Gi"));
    }

    void badProcessResourceKeyIsNamed()
    {
        const auto model = SizingModel::parse(
            "tiers: [{name: All, fromMonthlyEvents: 0, resources: {events: {memoryLimt: 1Gi}}}]\n"
            "scaling:\n  - {label: all, fromMonthlyEvents: 0, webReplicas: 1, workerReplicas: 1, clickhouseNodes: 1}\n"
            "cost:\n  sizes:\n    - {name: Only, fromMonthlyEvents: 0, components: [{name: VM, usd: 1}]}\n");
        QVERIFY(!model.ok());
        const QString all = formatIssues(model.issues(), QStringLiteral("sizing.yaml"));
        QVERIFY2(all.contains(u"tiers[0].resources.events.memoryLimt"), qPrintable(all));
        QVERIFY2(all.contains(u"sizing.yaml:1:"), qPrintable(all));
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
        QCOMPARE(r.monthlyCostUsd, cost);
        QCOMPARE(r.costBasis, events > 10000000 ? CostBasis::AtLeast : CostBasis::Table);
        const QJsonObject o = r.toJson();
        QCOMPARE(o.value(u"tier").toString(), tier);
        QCOMPARE(o.value(u"costSize").toString(), costSize);
    }

    // Each band's range in figures, as the wizard and the runbook show it.
    void ranges()
    {
        const SizingModel &m = SizingModel::builtIn();
        const QLocale en = SizingModel::figures();
        const QStringList tiers {m.tierRange(0, en), m.tierRange(1, en), m.tierRange(2, en)};
        QCOMPARE(tiers, (QStringList {QStringLiteral("0 – 9,999"), QStringLiteral("10,000 – 999,999"), QStringLiteral("1,000,000 and more")}));
        const QStringList rows {m.rowRange(0, en), m.rowRange(1, en), m.rowRange(2, en), m.rowRange(3, en)};
        QCOMPARE(rows, (QStringList {QStringLiteral("0 – 99,999"), QStringLiteral("100,000 – 999,999"),
                                     QStringLiteral("1,000,000 – 9,999,999"), QStringLiteral("10,000,000 and more")}));
        const QStringList costs {m.costRange(0, en), m.costRange(1, en), m.costRange(2, en)};
        QCOMPARE(costs, (QStringList {QStringLiteral("0 – 999,999"), QStringLiteral("1,000,000 – 9,999,999"),
                                      QStringLiteral("10,000,000 and more")}));
        const Recommendation r = m.recommend(500000);
        QCOMPARE(r.tierRange, tiers[1]);
        QCOMPARE(r.rowRange, rows[1]);
        QCOMPARE(r.costRange, costs[0]);
        QCOMPARE(SizingModel::builtIn().tierRange(1, QLocale(QLocale::German)), QStringLiteral("10.000 – 999.999"));
    }

    void costBeyondTheTable()
    {
        const Recommendation at = SizingModel::builtIn().recommend(10000000);
        QCOMPARE(at.costText(SizingModel::figures()), QStringLiteral("$3,700 a month"));
        const Recommendation r = SizingModel::builtIn().recommend(20000000);
        QCOMPARE(r.costText(SizingModel::figures()),
                 QStringLiteral("at least $3,700 a month (the sizing table ends at 10,000,000+ events a month)"));
        QCOMPARE(r.toJson().value(u"monthlyCostBasis").toString(), QStringLiteral("at-least"));
        QVERIFY2(r.toText().contains(u"Monthly cost:     at least $3,700"), qPrintable(r.toText()));
    }

    // An edited copy in the old style (inclusive maxMonthlyEvents) is refused
    // at each such key, saying what to write instead.
    void oldStyleFile()
    {
        QByteArray yaml = "tiers:\n"
                          "  - name: Minimum\n"
                          "    maxMonthlyEvents: 10000\n"
                          "  - name: Recommended\n"
                          "    maxMonthlyEvents: 1000000\n"
                          "  - name: Enterprise\n"
                          "scaling:\n  - {label: all, fromMonthlyEvents: 0, webReplicas: 1, workerReplicas: 1, clickhouseNodes: 1}\n"
                          "cost:\n  sizes:\n    - {name: Only, fromMonthlyEvents: 0, components: [{name: VM, usd: 1}]}\n";
        const auto model = SizingModel::parse(yaml);
        QVERIFY(!model.ok());
        const QString all = formatIssues(model.issues(), QStringLiteral("sizing.yaml"));
        QVERIFY2(all.contains(u"sizing.yaml:3:23: tiers[0].maxMonthlyEvents: bands are declared by their lower bound now: "
                              "replace 'maxMonthlyEvents: 10000' with 'fromMonthlyEvents: 0' and give the next row "
                              "'fromMonthlyEvents: 10001'"),
                 qPrintable(all));
        QVERIFY2(all.contains(u"sizing.yaml:5:23: tiers[1].maxMonthlyEvents: bands are declared by their lower bound now: "
                              "replace 'maxMonthlyEvents: 1000000' with 'fromMonthlyEvents: 10001'"),
                 qPrintable(all));
        QVERIFY2(all.contains(u"sizing.yaml:6:5: tiers[2].fromMonthlyEvents: bands are declared by their lower bound now: "
                              "write 'fromMonthlyEvents: 1000001' in this row"),
                 qPrintable(all));
        QCOMPARE(model.issues().size(), 3);
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
        const QByteArray yaml = "tiers:\n  - {name: Tiny, fromMonthlyEvents: 0}\n  - {name: Big, fromMonthlyEvents: 6}\n"
                                "scaling:\n  - {label: all, fromMonthlyEvents: 0, webReplicas: 1, workerReplicas: 1, clickhouseNodes: 1}\n"
                                "cost:\n  sizes:\n    - name: Only\n      fromMonthlyEvents: 0\n      components: [{name: VM, usd: 9.5}]\n";
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
        const QByteArray rest = "scaling:\n  - {label: all, fromMonthlyEvents: 0, webReplicas: 1, workerReplicas: 1, clickhouseNodes: 1}\n"
                                "cost:\n  sizes:\n    - name: Only\n      fromMonthlyEvents: 0\n      components: [{name: VM, usd: 1}]\n";
        QTest::newRow("not from 0") << "tiers:\n  - {name: A, fromMonthlyEvents: 5}\n" + rest
                                    << "sizing.yaml:2:34: tiers[0].fromMonthlyEvents: the first row must start at 0, not 5";
        QTest::newRow("not increasing") << "tiers:\n  - {name: A, fromMonthlyEvents: 0}\n  - {name: B, fromMonthlyEvents: 5}\n"
                                           "  - {name: C, fromMonthlyEvents: 5}\n" + rest
                                        << "sizing.yaml:4:34: tiers[2].fromMonthlyEvents: 5 must be greater than the previous row's 5";
        QTest::newRow("missing lower bound") << "tiers:\n  - {name: A, fromMonthlyEvents: 0}\n  - {name: B}\n" + rest
                                             << "tiers[1].fromMonthlyEvents: required key 'fromMonthlyEvents' is missing";
        QTest::newRow("typo") << "tiers:\n  - {name: A, fromMonthlyEvent: 0}\n" + rest << "did you mean 'fromMonthlyEvents'";
        QTest::newRow("no rows") << "tiers: []\n" + rest << "tiers: needs at least one row";
        QTest::newRow("negative estimate") << "tiers:\n  - {name: A, fromMonthlyEvents: 0}\n" + QByteArray(rest).replace("  sizes:", "  usdPerMillionEventsBeyond: -1\n  sizes:")
                                           << "cost.usdPerMillionEventsBeyond: a cost must not be negative";
        QTest::newRow("no tiers") << rest << "required key 'tiers'";
        QTest::newRow("usd not a number") << "tiers:\n  - {name: A, fromMonthlyEvents: 0}\n" + QByteArray(rest).replace("usd: 1", "usd: lots")
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
