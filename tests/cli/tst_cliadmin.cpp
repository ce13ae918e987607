#include "adminstandinserver.h"
#include "clirun.h"
#include "nettestsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace clitest;
using namespace phc;

namespace {

QProcessEnvironment withKey(const QByteArray &key)
{
    return environment({{QStringLiteral("POSTHOG_PERSONAL_API_KEY"), QString::fromLatin1(key)}});
}

Run run(phctest::AdminStandInServer &standIn, const QStringList &args, const QByteArray &key = QByteArray())
{
    QStringList argv = args;
    argv.insert(1, QStringLiteral("--url"));
    argv.insert(2, standIn.url().toString());
    return cli(argv, QString(), QByteArray(), withKey(key.isEmpty() ? standIn.state().apiKey : key));
}

QJsonObject json(const Run &r)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        qFatal("not one JSON object: %s\n%s", qPrintable(r.out), qPrintable(r.err));
    return doc.object();
}

QJsonObject checkOf(const QJsonObject &status, const QString &id)
{
    for (const QJsonValue c : status.value(u"checks").toArray())
        if (c.toObject().value(u"id").toString() == id)
            return c.toObject();
    qFatal("no check %s", qPrintable(id));
}

} // namespace

class TestCliAdmin : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void statusHealthyJsonIsTheContract()
    {
        phctest::AdminStandInServer standIn;
        const Run r = run(standIn, {QStringLiteral("status"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QJsonObject o = json(r);
        QCOMPARE(o.value(u"status").toString(), u"healthy"_qs);
        QVERIFY(o.value(u"error").isNull());
        QCOMPARE(o.value(u"checks").toArray().size(), 12);
        const QJsonObject disk = checkOf(o, u"clickhouseDiskFree"_qs);
        QCOMPARE(disk.value(u"level").toString(), u"pass"_qs);
        QCOMPARE(disk.value(u"value").toDouble(), 0.6);
        QVERIFY(disk.value(u"message").toString().contains(u"120.00 GiB"));
        const QJsonArray migrations = o.value(u"asyncMigrations").toArray();
        QCOMPARE(migrations.size(), 3);
        const QJsonObject first = migrations.at(0).toObject();
        QCOMPARE(first.value(u"name").toString(), u"0007_persons_and_groups_on_events_backfill"_qs);
        QCOMPARE(first.value(u"status").toString(), u"Completed"_qs);
        QCOMPARE(first.value(u"progress").toInt(), 100);
        QCOMPARE(first.value(u"posthogMinVersion").toString(), u"1.40.0"_qs);
        QCOMPARE(first.value(u"posthogMaxVersion").toString(), u"1.41.99"_qs);
        QVERIFY(o.value(u"queries").toObject().contains(u"clickhouseSlowLog"));
    }

    void statusDegradedText()
    {
        phctest::AdminStandInServer standIn;
        standIn.state().pluginServerAlive = false;
        standIn.state().redisMaxmemory = QStringLiteral("0BB");
        const Run r = run(standIn, {QStringLiteral("status")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(u"degraded"), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"fail    pluginServerAlive"), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"grows until it is killed"), qPrintable(r.out));
        qInfo().noquote() << "status against a broken stand-in:\n" << r.out;
    }

    void statusDown()
    {
        const Run r = cli({QStringLiteral("status"), QStringLiteral("--url"),
                           QStringLiteral("http://127.0.0.1:%1").arg(phctest::closedPort()), QStringLiteral("--json")},
                          QString(), QByteArray(), withKey("phx_x"));
        QCOMPARE(r.exitCode, 2);
        const QJsonObject o = json(r);
        QCOMPARE(o.value(u"status").toString(), u"down"_qs);
        QVERIFY(o.value(u"error").toString().contains(u"refused"));
    }

    void statusWithoutUsableKey()
    {
        phctest::AdminStandInServer standIn;
        const Run none = cli({QStringLiteral("status"), QStringLiteral("--url"), standIn.url().toString()});
        QCOMPARE(none.exitCode, 3);
        QVERIFY(none.err.contains(u"POSTHOG_PERSONAL_API_KEY"));
        QCOMPARE(standIn.server().requests().size(), 0);

        const Run wrong = run(standIn, {QStringLiteral("status"), QStringLiteral("--json")}, "phx_revoked");
        QCOMPARE(wrong.exitCode, 3);
        QVERIFY2(wrong.err.contains(u"HTTP 401"), qPrintable(wrong.err));
        QCOMPARE(json(wrong).value(u"status").toString(), u"unknown"_qs);
    }

    void statusUsageAndChecksFile()
    {
        QCOMPARE(cli({QStringLiteral("status")}).exitCode, 3);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("checks.yaml"));
        writeText(path, "clickhouseDiskFree:\n  warn: 0.7\n  fail: 0.1\n");
        phctest::AdminStandInServer standIn;
        const Run r = run(standIn, {QStringLiteral("status"), QStringLiteral("--json"), QStringLiteral("--checks"), path});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(checkOf(json(r), u"clickhouseDiskFree"_qs).value(u"level").toString(), u"warn"_qs);
        writeText(path, "clickhouseDiskFree:\n  warn: high\n");
        const Run bad = run(standIn, {QStringLiteral("status"), QStringLiteral("--checks"), path});
        QCOMPARE(bad.exitCode, 3);
        QVERIFY2(bad.err.contains(path + u":2:9: clickhouseDiskFree.warn"), qPrintable(bad.err));
    }

    void migrationsList()
    {
        phctest::AdminStandInServer standIn;
        standIn.state().pageSize = 2;
        const Run r = run(standIn, {QStringLiteral("migrations")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"0009_minmax_indexes_for_materialized_columns"));
        QVERIFY(r.out.contains(u"NotStarted"));

        standIn.state().keyUserIsStaff = false;
        const Run refused = run(standIn, {QStringLiteral("migrations")});
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.err.contains(u"staff user"), qPrintable(refused.err));
    }

    void actionWithoutYesSendsNothing()
    {
        phctest::AdminStandInServer standIn;
        const Run r = run(standIn, {QStringLiteral("migrations"), QStringLiteral("--force-stop"),
                                    QStringLiteral("0009_minmax_indexes_for_materialized_columns")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.out.contains(u"nothing was sent") && r.out.contains(u"DANGER"), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"(NotStarted)"), qPrintable(r.out));
        // PostHog takes a force stop only for a Running migration.
        QVERIFY2(r.out.contains(u"PostHog would refuse it: 'force_stop' is not taken for a migration that is NotStarted"),
                 qPrintable(r.out));
        QCOMPARE(standIn.requests("POST").size(), 0);
    }

    // The name is checked first, with or without --yes.
    void unknownMigrationNameIsNamed_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("yes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("typo") << u"0009_minmax_indexes_for_materialised_columns"_qs << false
                              << u"did you mean '0009_minmax_indexes_for_materialized_columns'?"_qs;
        QTest::newRow("typo, --yes") << u"0009_minmax_indexes_for_materialised_columns"_qs << true
                                     << u"did you mean '0009_minmax_indexes_for_materialized_columns'?"_qs;
        QTest::newRow("prefix") << u"0008"_qs << false << u"did you mean '0008_speed_up_kafka_timestamp_filters'?"_qs;
        QTest::newRow("nothing close") << u"0099_nothing"_qs << false
                                       << u"no such async migration; it has: 0007_persons_and_groups_on_events_backfill"_qs;
    }

    void unknownMigrationNameIsNamed()
    {
        QFETCH(QString, name);
        QFETCH(bool, yes);
        QFETCH(QString, expected);
        phctest::AdminStandInServer standIn;
        QStringList args {QStringLiteral("migrations"), QStringLiteral("--trigger"), name};
        if (yes)
            args << QStringLiteral("--yes");
        const Run r = run(standIn, args);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(u"--trigger " + name) && r.err.contains(expected), qPrintable(r.err));
        QVERIFY2(!r.out.contains(u"would send"), qPrintable(r.out));
        QCOMPARE(standIn.requests("POST").size(), 0);
    }

    void actionWithYesSendsExactlyOnePost()
    {
        phctest::AdminStandInServer standIn;
        const Run r = run(standIn, {QStringLiteral("migrations"), QStringLiteral("--trigger"),
                                    QStringLiteral("0009_minmax_indexes_for_materialized_columns"), QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(u"accepted"));
        const QList<HttpRequest> posts = standIn.requests("POST");
        QCOMPARE(posts.size(), 1);
        QCOMPARE(posts.first().target, QByteArray("/api/async_migrations/3/trigger/"));
        QCOMPARE(standIn.standIn().acceptedActions(), QStringList {u"3/trigger"_qs});
    }

    void refusedActionShowsPostHogsReason()
    {
        phctest::AdminStandInServer standIn;
        const Run r = run(standIn, {QStringLiteral("migrations"), QStringLiteral("--resume"),
                                    QStringLiteral("0007_persons_and_groups_on_events_backfill"), QStringLiteral("--yes")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"Can't resume a migration that isn't in errored state"), qPrintable(r.err));
        QCOMPARE(standIn.requests("POST").size(), 1);

        const Run unknown = run(standIn, {QStringLiteral("migrations"), QStringLiteral("--resume"),
                                          QStringLiteral("0099_nothing"), QStringLiteral("--yes")});
        QCOMPARE(unknown.exitCode, 3);
        QVERIFY(unknown.err.contains(u"0007_persons_and_groups_on_events_backfill"));
        QCOMPARE(standIn.requests("POST").size(), 1);
    }

    void upgradeCheck()
    {
        phctest::AdminStandInServer standIn;
        const Run go = run(standIn, {QStringLiteral("upgrade-check"), QStringLiteral("--to"), QStringLiteral("1.44.0"),
                                     QStringLiteral("--json")});
        QVERIFY2(go.exitCode == 0, qPrintable(go.out + go.err));
        QJsonObject o = json(go);
        QCOMPARE(o.value(u"target").toString(), u"1.44.0"_qs);
        QCOMPARE(o.value(u"verdict").toString(), u"go"_qs);
        QVERIFY(o.value(u"blockers").toArray().isEmpty());
        QCOMPARE(o.value(u"steps").toArray().last().toString(), u"upgrade to 1.44.0"_qs);

        standIn.state().migrations[2].status = MigrationStatus::Errored;
        standIn.state().migrationErrors[3] = {u"Timeout exceeded: elapsed 3600 seconds"_qs};
        const Run blocked = run(standIn, {QStringLiteral("upgrade-check"), QStringLiteral("--to"),
                                          QStringLiteral("release-1.43.1"), QStringLiteral("--json")});
        QCOMPARE(blocked.exitCode, 1);
        o = json(blocked);
        QCOMPARE(o.value(u"verdict").toString(), u"blocked"_qs);
        const QJsonObject b = o.value(u"blockers").toArray().first().toObject();
        QCOMPARE(b.value(u"kind").toString(), u"asyncMigration"_qs);
        QCOMPARE(b.value(u"name").toString(), u"0009_minmax_indexes_for_materialized_columns"_qs);
        QVERIFY2(b.value(u"message").toString().contains(u"Timeout exceeded"), qPrintable(blocked.out));

        const Run text = run(standIn, {QStringLiteral("upgrade-check"), QStringLiteral("--to"), QStringLiteral("1.43.1")});
        QCOMPARE(text.exitCode, 1);
        QVERIFY2(text.out.contains(u"blocked") && text.out.contains(u"Steps:"), qPrintable(text.out));

        QCOMPARE(run(standIn, {QStringLiteral("upgrade-check"), QStringLiteral("--to"), QStringLiteral("latest")}).exitCode, 3);
        QCOMPARE(run(standIn, {QStringLiteral("upgrade-check")}).exitCode, 3);
    }

    // A 1.38 instance lists only what 1.38 ships (0001-0005): 0005 must run now,
    // 0007 at PostHog's runbook stop 1.41.4 on chart 29.0.11, then 1.43.0.
    void upgradeCheckFrom138()
    {
        phctest::AdminStandInServer standIn;
        using phctest::AdminStandInServer;
        standIn.state().posthogVersionRow = u"1.38.0"_qs;
        standIn.state().helmInfo = {{u"chart_version"_qs, u"27.0.0"_qs}, {u"release_name"_qs, u"analytics"_qs}};
        standIn.state().migrations = {
            AdminStandInServer::migration(1, u"0001_events_sample_by"_qs, MigrationStatus::Completed, 100, u"0.0.0"_qs, u"1.33.9"_qs),
            AdminStandInServer::migration(2, u"0002_events_sample_by"_qs, MigrationStatus::Completed, 100, u"1.33.0"_qs, u"1.33.9"_qs),
            AdminStandInServer::migration(3, u"0003_fill_person_distinct_id2"_qs, MigrationStatus::Completed, 100, u"1.33.0"_qs,
                                          u"1.33.9"_qs),
            AdminStandInServer::migration(4, u"0004_replicated_schema"_qs, MigrationStatus::Completed, 100, u"1.36.1"_qs,
                                          u"1.36.99"_qs),
            AdminStandInServer::migration(5, u"0005_person_replacing_by_version"_qs, MigrationStatus::NotStarted, 0,
                                          u"1.38.0"_qs, u"1.41.99"_qs),
        };
        const Run r = run(standIn, {QStringLiteral("upgrade-check"), QStringLiteral("--to"), QStringLiteral("1.43.0"),
                                    QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject o = json(r);
        QStringList blockers;
        for (const QJsonValue b : o.value(u"blockers").toArray())
            blockers << b.toObject().value(u"name").toString();
        QCOMPARE(blockers, (QStringList {u"0005_person_replacing_by_version"_qs, u"0007_persons_and_groups_on_events_backfill"_qs}));
        const QJsonArray steps = o.value(u"steps").toArray();
        QCOMPARE(steps.size(), 4);
        QCOMPARE(steps.at(0).toString(), u"at 1.38.0 (now): 0005_person_replacing_by_version: run it"_qs);
        QVERIFY2(steps.at(1).toString().startsWith(u"upgrade to 1.41.4 with chart 29.0.11 and stop there: helm upgrade "
                                                   u"analytics posthog/posthog --namespace <namespace> --version 29.0.11"),
                 qPrintable(steps.at(1).toString()));
        QVERIFY2(steps.at(3).toString().contains(u"--version 30.3.1") && steps.at(3).toString().contains(u"release-1.43.0"),
                 qPrintable(steps.at(3).toString()));
    }

    // A migration the target ships as a no-op does not block: the migrate job completes it.
    void upgradeCheckNoOpMigration()
    {
        phctest::AdminStandInServer standIn;
        standIn.state().posthogVersionRow = u"1.41.4"_qs;
        standIn.state().migrations = {phctest::AdminStandInServer::migration(
            1, u"0006_persons_and_groups_on_events_backfill"_qs, MigrationStatus::NotStarted, 0, u"0.0.0"_qs, u"1.41.99"_qs)};
        const Run r = run(standIn, {QStringLiteral("upgrade-check"), QStringLiteral("--to"), QStringLiteral("1.42.0")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(u"go") && r.out.contains(u"--complete-noop-migrations"), qPrintable(r.out));
    }

    // PostHog's migrate job stops on a Running migration whatever the target.
    void upgradeCheckRunningMigrationBlocks()
    {
        phctest::AdminStandInServer standIn;
        standIn.state().migrations[2].status = MigrationStatus::Running;
        standIn.state().migrations[2].progress = 40;
        const Run r = run(standIn, {QStringLiteral("upgrade-check"), QStringLiteral("--to"), QStringLiteral("1.43.1")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(u"0009_minmax_indexes_for_materialized_columns is Running (40%)"), qPrintable(r.out));
    }

    void upgradeCheckDowngrade()
    {
        phctest::AdminStandInServer standIn;
        const Run r = run(standIn, {QStringLiteral("upgrade-check"), QStringLiteral("--to"), QStringLiteral("1.40.0"),
                                    QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject o = json(r);
        QCOMPARE(o.value(u"verdict").toString(), u"blocked"_qs);
        const QJsonObject b = o.value(u"blockers").toArray().first().toObject();
        QCOMPARE(b.value(u"kind").toString(), u"downgrade"_qs);
        QVERIFY2(b.value(u"message").toString().contains(u"does not run async migrations backwards"), qPrintable(r.out));
    }

    // Images built after mid-2023 have no version row: no guess, --from gives it.
    void upgradeCheckWithoutVersionRow()
    {
        phctest::AdminStandInServer standIn;
        standIn.state().posthogVersionRow.clear();
        const Run r = run(standIn, {QStringLiteral("upgrade-check"), QStringLiteral("--to"), QStringLiteral("1.44.0")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(u"does not report its PostHog version") && r.err.contains(u"--from VERSION"),
                 qPrintable(r.err));
        QVERIFY2(!r.out.contains(u"go"), qPrintable(r.out));
        const Run from = run(standIn, {QStringLiteral("upgrade-check"), QStringLiteral("--to"), QStringLiteral("1.44.0"),
                                       QStringLiteral("--from"), QStringLiteral("1.43.0"), QStringLiteral("--json")});
        QVERIFY2(from.exitCode == 0, qPrintable(from.out + from.err));
        QCOMPARE(json(from).value(u"current").toString(), u"1.43.0"_qs);
        // --from wins over the row in every case.
        standIn.state().posthogVersionRow = u"1.43.0"_qs;
        const Run over = run(standIn, {QStringLiteral("upgrade-check"), QStringLiteral("--to"), QStringLiteral("1.43.0"),
                                       QStringLiteral("--from"), QStringLiteral("1.41.4"), QStringLiteral("--json")});
        QCOMPARE(json(over).value(u"current").toString(), u"1.41.4"_qs);
        const Run bad = run(standIn, {QStringLiteral("upgrade-check"), QStringLiteral("--to"), QStringLiteral("1.44.0"),
                                      QStringLiteral("--from"), QStringLiteral("soon")});
        QCOMPARE(bad.exitCode, 3);
        QVERIFY2(bad.err.contains(u"--from soon"), qPrintable(bad.err));
    }

    void statusShowsVersionAndHelm()
    {
        phctest::AdminStandInServer standIn;
        const Run text = run(standIn, {QStringLiteral("status")});
        QVERIFY2(text.exitCode == 0, qPrintable(text.out + text.err));
        const QStringList lines = text.out.split(u'\n');
        QVERIFY2(lines.size() > 3 && lines[1] == u"  PostHog version: 1.43.0"
                     && lines[2] == u"  Helm: chart 30.3.1, release posthog, revision 14",
                 qPrintable(text.out));
        const QJsonObject o = json(run(standIn, {QStringLiteral("status"), QStringLiteral("--json")}));
        QCOMPARE(o.value(u"posthogVersion").toString(), u"1.43.0"_qs);
        const QJsonObject helm = o.value(u"helm").toObject();
        QCOMPARE(helm.value(u"chartVersion").toString(), u"30.3.1"_qs);
        QCOMPARE(helm.value(u"releaseName").toString(), u"posthog"_qs);
        QCOMPARE(helm.value(u"releaseRevision").toString(), u"14"_qs);

        // An image without the row and without the chart's install info.
        standIn.state().posthogVersionRow.clear();
        standIn.state().helmInfo.clear();
        const Run bare = run(standIn, {QStringLiteral("status"), QStringLiteral("--json")});
        const QJsonObject b = json(bare);
        QVERIFY(b.value(u"posthogVersion").isNull());
        QVERIFY(b.value(u"helm").isNull());
        // The version gates are then unknown: not healthy.
        QCOMPARE(bare.exitCode, 1);
        QCOMPARE(b.value(u"status").toString(), u"degraded"_qs);
        QCOMPARE(b.value(u"checks").toArray().first().toObject().value(u"level").toString(), u"unknown"_qs);
        const Run bareText = run(standIn, {QStringLiteral("status")});
        QVERIFY2(bareText.out.contains(u"PostHog version: not reported")
                     && bareText.out.contains(u"2 checks could not read their input"),
                 qPrintable(bareText.out));
    }

    // Answers that are not PostHog's System status: never "healthy".
    void statusOnAnswersNoCheckCanRead_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QString>("status");
        QTest::newRow("rows of no known key")
            << QByteArray(R"({"results":{"overview":[{"key":"uptime","metric":"Uptime","value":12},)"
                          R"({"key":"clickhouse_disk_0_free_space","metric":"free","value":120},)"
                          R"({"key":"clickhouse_disk_0_total_space","metric":"total","value":200}]}})")
            << QByteArray("application/json") << u"unknown"_qs;
        QTest::newRow("an empty overview") << QByteArray(R"({"results":{"overview":[]}})") << QByteArray("application/json")
                                           << u"unknown"_qs;
        QTest::newRow("JSON of another shape") << QByteArray(R"({"status":"ok","version":"1.43.0"})")
                                               << QByteArray("application/json") << u"unknown"_qs;
        QTest::newRow("an HTML sign-in page")
            << QByteArray("<!DOCTYPE html><html><head><title>Sign in</title></head><body><form></form></body></html>")
            << QByteArray("text/html; charset=utf-8") << u"unknown"_qs;
    }

    void statusOnAnswersNoCheckCanRead()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(QString, status);
        phctest::AdminStandInServer standIn;
        standIn.state().overviewBody = body;
        standIn.state().overviewContentType = contentType;
        const Run r = run(standIn, {QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(json(r).value(u"status").toString(), status);
        QVERIFY2(!r.out.contains(u"healthy"), qPrintable(r.out));
        const Run text = run(standIn, {QStringLiteral("status")});
        QCOMPARE(text.exitCode, 3);
        QVERIFY2(text.out.contains(u": unknown ("), qPrintable(text.out));
    }
};

QTEST_GUILESS_MAIN(TestCliAdmin)
#include "tst_cliadmin.moc"
