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
        QCOMPARE(standIn.server().requests().size(), 0);
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
};

QTEST_GUILESS_MAIN(TestCliAdmin)
#include "tst_cliadmin.moc"
