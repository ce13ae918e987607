#include "admin/asyncmigrations.h"
#include "admin/instancestatus.h"

#include "testpaths.h"

#include <QFile>
#include <QTest>

using namespace phc;

namespace {

QByteArray fixture(const QString &name)
{
    QFile f(phctest::testDataDir() + QStringLiteral("/admin/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

QString issuesText(const Issues &issues)
{
    return formatIssues(issues, QStringLiteral("json"));
}

} // namespace

class TestAdminReaders : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void overview143()
    {
        const auto r = InstanceStatusReader::parseOverview(fixture(QStringLiteral("instance-status-1.43.json")));
        QVERIFY2(r.ok(), qPrintable(issuesText(r.issues())));
        const InstanceOverview &o = r.value();
        QCOMPARE(o.rows.size(), 35);
        // The typo is PostHog's own.
        QCOMPARE(o.flag(u"plugin_sever_alive"), std::optional<bool>(true));
        QCOMPARE(o.flag(u"plugin_server_alive"), std::nullopt);
        // Rows without a key, found by metric.
        QVERIFY(o.byMetric(u"Redis version"));
        QCOMPARE(o.byMetric(u"Redis version")->key, QString());
        QCOMPARE(o.byMetric(u"Redis version")->valueText(), QStringLiteral("6.2.7"));
        // Two rows share "object_storage".
        QCOMPARE(o.flag(u"object_storage", u"Object Storage enabled"), std::optional<bool>(true));
        QCOMPARE(o.flag(u"object_storage", u"Object Storage healthy"), std::optional<bool>(true));
        const StatusRow *sizes = o.byKey(u"clickhouse_table_sizes");
        QVERIFY(sizes && sizes->subrows);
        QCOMPARE(sizes->subrows->columns, (QStringList{u"Table"_qs, u"Size"_qs, u"Rows"_qs}));
        QCOMPARE(sizes->subrows->rows.at(0), (QStringList{u"sharded_events"_qs, u"31.02 GiB"_qs, u"48211034"_qs}));
        QCOMPARE(o.byKey(u"clickhouse_event_count")->valueText(), QStringLiteral("48211034"));
        // 1.4x lists its VERSION first (posthog/api/instance_status.py).
        QCOMPARE(o.posthogVersion(), u"1.43.0"_qs);
        QCOMPARE(o.helmValue(u"chart_version"), u"30.2.0"_qs);
        QCOMPARE(o.helmValue(u"release_name"), u"posthog"_qs);
        QCOMPARE(o.helmValue(u"no_such_key"), QString());
    }

    // Images built after mid-2023 have no version row (PostHog PR 16722).
    void overviewWithoutVersionRow()
    {
        const auto r = InstanceStatusReader::parseOverview(fixture(QStringLiteral("instance-status-no-version-row.json")));
        QVERIFY2(r.ok(), qPrintable(issuesText(r.issues())));
        QCOMPARE(r.value().posthogVersion(), QString());
        QVERIFY(r.value().byKey(u"db_alive"));
    }

    void overviewOtherVersionRows()
    {
        const auto r = InstanceStatusReader::parseOverview(fixture(QStringLiteral("instance-status-1.30.json")));
        QVERIFY2(r.ok(), qPrintable(issuesText(r.issues())));
        const InstanceOverview &o = r.value();
        QCOMPARE(o.posthogVersion(), QStringLiteral("1.30.0"));
        QVERIFY(o.byKey(u"analytics_database"));
        QCOMPARE(o.flag(u"async_migrations_ok"), std::nullopt); // that release has no such row
        QCOMPARE(o.flag(u"plugin_sever_alive"), std::optional<bool>(false));
    }

    void overviewRejects_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("line");
        QTest::newRow("syntax") << QByteArray("{\"results\":\n {\"overview\": [}") << QString() << 2;
        QTest::newRow("not an object") << QByteArray("[1]") << QString() << 0;
        QTest::newRow("no results") << QByteArray("{}") << u"results"_qs << 0;
        QTest::newRow("no overview") << QByteArray(R"({"results":{}})") << u"results.overview"_qs << 0;
        QTest::newRow("row not object") << QByteArray(R"({"results":{"overview":[1]}})") << u"results.overview[0]"_qs << 0;
        QTest::newRow("no metric") << QByteArray(R"({"results":{"overview":[{"key":"a","value":1}]}})")
                                   << u"results.overview[0].metric"_qs << 0;
        QTest::newRow("key type") << QByteArray(R"({"results":{"overview":[{"key":1,"metric":"m","value":1}]}})")
                                  << u"results.overview[0].key"_qs << 0;
        QTest::newRow("value list") << QByteArray(R"({"results":{"overview":[{"metric":"m","value":[1]}]}})")
                                    << u"results.overview[0].value"_qs << 0;
        QTest::newRow("subrows columns")
            << QByteArray(R"({"results":{"overview":[{"metric":"m","value":"","subrows":{"columns":[1],"rows":[]}}]}})")
            << u"results.overview[0].subrows.columns[0]"_qs << 0;
        QTest::newRow("subrows row")
            << QByteArray(R"({"results":{"overview":[{"metric":"m","value":"","subrows":{"columns":[],"rows":[3]}}]}})")
            << u"results.overview[0].subrows.rows[0]"_qs << 0;
    }
    void overviewRejects()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        QFETCH(int, line);
        const auto r = InstanceStatusReader::parseOverview(json);
        QVERIFY(!r.ok());
        QCOMPARE(r.issues().first().path, path);
        QCOMPARE(r.issues().first().line, line);
    }

    void allProblemsAtOnce()
    {
        const auto r = InstanceStatusReader::parseOverview(
            R"({"results":{"overview":[{"key":1,"metric":"a"},{"value":2},{"metric":"ok","value":true}]}})");
        QVERIFY(!r.ok());
        QCOMPARE(r.issues().size(), 2);
        QCOMPARE(r.issues().at(1).path, u"results.overview[1].metric"_qs);
    }

    void readableSize_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("bytes");
        QTest::newRow("GiB") << u"120.00 GiB"_qs << 120.0 * 1024 * 1024 * 1024;
        QTest::newRow("B") << u"512.00 B"_qs << 512.0;
        QTest::newRow("KiB") << u"1.50 KiB"_qs << 1536.0;
        QTest::newRow("TiB") << u"2.00 TiB"_qs << 2.0 * 1024 * 1024 * 1024 * 1024;
        QTest::newRow("bad unit") << u"2.00 GB"_qs << -1.0;
        QTest::newRow("no unit") << u"2.00"_qs << -1.0;
        QTest::newRow("negative") << u"-2.00 GiB"_qs << -1.0;
    }
    void readableSize()
    {
        QFETCH(QString, text);
        QFETCH(double, bytes);
        QCOMPARE(StatusValues::readableSizeBytes(text).value_or(-1), bytes);
    }

    void redisSize_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("bytes");
        QTest::newRow("MB") << u"400.00MB"_qs << 400.0 * 1024 * 1024;
        QTest::newRow("GB") << u"15.63GB"_qs << 15.63 * 1024 * 1024 * 1024;
        QTest::newRow("no limit") << u"0BB"_qs << 0.0;
        QTest::newRow("bytes") << u"912BB"_qs << 912.0;
        QTest::newRow("unknown") << u"?B"_qs << -1.0;
        QTest::newRow("no B appended") << u"400.00M"_qs << -1.0;
    }
    void redisSize()
    {
        QFETCH(QString, text);
        QFETCH(double, bytes);
        QCOMPARE(StatusValues::redisSizeBytes(text).value_or(-1), bytes);
    }

    void postgresVersion_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("real");
        QTest::newRow("14.5") << u"14.0.5"_qs << u"14.5"_qs;
        QTest::newRow("12.13") << u"12.0.13"_qs << u"12.13"_qs;
        QTest::newRow("9.6.24") << u"9.6.24"_qs << u"9.6.24"_qs;
        QTest::newRow("impossible") << u"14.2.5"_qs << QString();
        QTest::newRow("garbage") << u"fourteen"_qs << QString();
    }
    void postgresVersion()
    {
        QFETCH(QString, text);
        QFETCH(QString, real);
        QCOMPARE(StatusValues::postgresVersion(text).value_or(QString()), real);
    }

    void timestamps_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("utc");
        QTest::newRow("naive") << u"2022-11-03T10:14:58.123456"_qs << u"2022-11-03T10:14:58.123Z"_qs;
        QTest::newRow("Z") << u"2022-11-03T10:14:58Z"_qs << u"2022-11-03T10:14:58.000Z"_qs;
        QTest::newRow("offset") << u"2022-11-03T10:14:58+00:00"_qs << u"2022-11-03T10:14:58.000Z"_qs;
        QTest::newRow("other offset") << u"2022-11-03T12:14:58+02:00"_qs << u"2022-11-03T10:14:58.000Z"_qs;
        QTest::newRow("space") << u"2022-11-03 10:14:58"_qs << u"2022-11-03T10:14:58.000Z"_qs;
        QTest::newRow("epoch") << u"1970-01-01T00:00:00+00:00"_qs << u"1970-01-01T00:00:00.000Z"_qs;
        QTest::newRow("bad day") << u"2022-02-30T10:00:00"_qs << QString();
        QTest::newRow("garbage") << u"yesterday"_qs << QString();
    }
    void timestamps()
    {
        QFETCH(QString, text);
        QFETCH(QString, utc);
        const auto t = StatusValues::utcTimestamp(text);
        QCOMPARE(t ? t->toString(Qt::ISODateWithMs) : QString(), utc);
    }

    void queries()
    {
        const auto r = InstanceStatusReader::parseQueries(fixture(QStringLiteral("queries.json")));
        QVERIFY2(r.ok(), qPrintable(issuesText(r.issues())));
        const InstanceQueries &q = r.value();
        QCOMPARE(q.postgresRunning.size(), 1);
        QCOMPARE(q.postgresRunning[0].state, u"active"_qs);
        QVERIFY(qAbs(*q.postgresRunning[0].durationSeconds - 7.204113) < 1e-9);
        QCOMPARE(q.clickhouseRunning[0].durationSeconds, std::optional<double>(12.5));
        QCOMPARE(q.clickhouseSlowLog.size(), 2);
        QCOMPARE(q.clickhouseSlowLog[0].durationSeconds, std::optional<double>(45.21));
        QCOMPARE(StatusValues::durationSeconds(u"1 02:03:04.5"), std::optional<double>(86400 + 7384.5));
        QVERIFY(!InstanceStatusReader::parseQueries(R"({"results":{"postgres_running":[{"duration":"1"}]}})").ok());
    }

    void migrationsPages()
    {
        const auto p1 = AsyncMigrationReader::parsePage(fixture(QStringLiteral("async-migrations-page1.json")));
        QVERIFY2(p1.ok(), qPrintable(issuesText(p1.issues())));
        QCOMPARE(p1.value().count, 3);
        QCOMPARE(p1.value().next, QUrl(u"http://posthog.internal:8000/api/async_migrations?limit=2&offset=2"_qs));
        QCOMPARE(p1.value().results.size(), 2);
        const AsyncMigration &m = p1.value().results[1];
        QCOMPARE(m.id, 2);
        QCOMPARE(m.name, u"0008_speed_up_kafka_timestamp_filters"_qs);
        QCOMPARE(m.status, MigrationStatus::Errored);
        QCOMPARE(migrationStatusName(m.status), u"Errored"_qs);
        QCOMPARE(m.progress, 40);
        QCOMPARE(m.posthogMinVersion, u"1.42.0"_qs);
        QCOMPARE(m.posthogMaxVersion, u"1.45.99"_qs);
        QCOMPARE(m.errorCount, std::optional<int>(2));
        QCOMPARE(m.finishedAt, QString());
        const auto p2 = AsyncMigrationReader::parsePage(fixture(QStringLiteral("async-migrations-page2.json")));
        QVERIFY2(p2.ok(), qPrintable(issuesText(p2.issues())));
        QVERIFY(p2.value().next.isEmpty());
    }

    void migrationsReject_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");
        QTest::newRow("no count") << QByteArray(R"({"results":[]})") << u"count"_qs;
        QTest::newRow("status text") << QByteArray(R"({"count":1,"results":[{"id":1,"name":"a","progress":0,"status":"Errored"}]})")
                                     << u"results[0].status"_qs;
        QTest::newRow("status range") << QByteArray(R"({"count":1,"results":[{"id":1,"name":"a","progress":0,"status":9}]})")
                                      << u"results[0].status"_qs;
        QTest::newRow("progress") << QByteArray(R"({"count":1,"results":[{"id":1,"name":"a","progress":101,"status":1}]})")
                                  << u"results[0].progress"_qs;
        QTest::newRow("id fraction") << QByteArray(R"({"count":1,"results":[{"id":1.5,"name":"a","progress":1,"status":1}]})")
                                     << u"results[0].id"_qs;
        QTest::newRow("max version") << QByteArray(R"({"count":1,"results":[{"id":1,"name":"a","progress":1,"status":1,"posthog_max_version":1}]})")
                                     << u"results[0].posthog_max_version"_qs;
    }
    void migrationsReject()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        const auto r = AsyncMigrationReader::parsePage(json);
        QVERIFY(!r.ok());
        QCOMPARE(r.issues().first().path, path);
    }

    void migrationErrors()
    {
        const auto r = AsyncMigrationReader::parseErrors(fixture(QStringLiteral("async-migration-errors.json")));
        QVERIFY2(r.ok(), qPrintable(issuesText(r.issues())));
        QCOMPARE(r.value().size(), 2);
        QVERIFY(r.value().first().startsWith(u"Code: 241."));
        const auto bad = AsyncMigrationReader::parseErrors("[{\"id\": 1}, ");
        QVERIFY(!bad.ok());
        QCOMPARE(bad.issues().first().line, 1);
        QCOMPARE(AsyncMigrationReader::parseErrors("[{\"id\": 1}]").issues().first().path, u"[0].description"_qs);
    }

    void actionAnswersAndErrorBodies()
    {
        const auto refused = AsyncMigrationReader::parseActionAnswer(
            R"({"success": false, "error": "Can't resume a migration that isn't in errored state"})");
        QVERIFY(refused.ok());
        QVERIFY(!refused.value().success);
        QCOMPARE(refused.value().error, u"Can't resume a migration that isn't in errored state"_qs);
        QVERIFY(AsyncMigrationReader::parseActionAnswer(R"({"success": true})").value().success);
        QVERIFY(!AsyncMigrationReader::parseActionAnswer(R"({"ok": true})").ok());
        QCOMPARE(AsyncMigrationReader::errorDetail(R"({"detail":"You do not have permission to perform this action."})"),
                 u"You do not have permission to perform this action."_qs);
        QCOMPARE(AsyncMigrationReader::errorDetail(
                     R"({"type":"authentication_error","code":"authentication_failed","detail":"Personal API key found in request Authorization header is invalid.","attr":null})"),
                 u"Personal API key found in request Authorization header is invalid."_qs);
        QCOMPARE(AsyncMigrationReader::errorDetail("<html>502</html>"), QString());
    }
};

QTEST_GUILESS_MAIN(TestAdminReaders)
#include "tst_adminreaders.moc"
