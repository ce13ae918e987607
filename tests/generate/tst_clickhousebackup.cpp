#include "testsupport.h"
#include "generate/bundlewriter.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace phc;
using namespace phctest;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QStringList calls; // one block per clickhouse-client call, as the stand-in recorded it
};

const QString password = QStringLiteral("pa<ss&word");
const QString accessKey = QStringLiteral("AKIAEXAMPLE7");
const QString secretKey = QStringLiteral("wJalr/XUtnFEMI+K7MDENG=");

} // namespace

// backup/clickhouse-backup.sh, the script the ClickHouse backup CronJob and
// the Compose host's cron run, against a stand-in clickhouse-client that
// records its arguments, its configuration file (and that file's mode) and
// the statement it was given on standard input.
class TestClickhouseBackup : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_script;

    QProcessEnvironment baseEnv() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PATH"), m_dir.filePath(QStringLiteral("bin")) + u':' + env.value(QStringLiteral("PATH")));
        env.insert(QStringLiteral("FAKE_LOG"), m_dir.filePath(QStringLiteral("client.log")));
        env.insert(QStringLiteral("CLICKHOUSE_HOST"), QStringLiteral("clickhouse-posthog"));
        env.insert(QStringLiteral("CLICKHOUSE_USER"), QStringLiteral("admin"));
        env.insert(QStringLiteral("CLICKHOUSE_PASSWORD"), password);
        env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), accessKey);
        env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), secretKey);
        for (const QString &unset : {QStringLiteral("BACKUP_DESTINATION"), QStringLiteral("CLICKHOUSE_PORT"),
                                     QStringLiteral("CLICKHOUSE_CLUSTER"), QStringLiteral("FAKE_EXIT")})
            env.remove(unset);
        return env;
    }

    Run run(const QStringList &args, const QProcessEnvironment &env)
    {
        QFile::remove(m_dir.filePath(QStringLiteral("client.log")));
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("bash"), QStringList {m_script} + args);
        Run r;
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        QFile log(m_dir.filePath(QStringLiteral("client.log")));
        if (log.open(QIODevice::ReadOnly))
            r.calls = QString::fromUtf8(log.readAll()).split(QStringLiteral("--- call\n"), Qt::SkipEmptyParts);
        return r;
    }

    static QString field(const QString &call, const QString &name)
    {
        for (const QString &line : call.split(u'\n'))
            if (line.startsWith(name + u' '))
                return line.mid(name.size() + 1);
        return QString();
    }

    static void writeTool(const QString &path, const QByteArray &text)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
        f.close();
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The guide's profile: bundled ClickHouse, destination s3://distill-backups/posthog/.
        const QString bundle = m_dir.filePath(QStringLiteral("bundle"));
        QVERIFY(BundleWriter::write(bundleFor(ProfileIO::exampleProfile()), bundle, BundleWriter::Overwrite::Refuse).ok());
        m_script = bundle + QStringLiteral("/backup/clickhouse-backup.sh");
        QVERIFY(QFile::exists(m_script));
        const QString bin = m_dir.filePath(QStringLiteral("bin"));
        QVERIFY(QDir().mkpath(bin));
        writeTool(bin + QStringLiteral("/clickhouse-client"),
                  "#!/bin/sh\n"
                  "cfg=\n"
                  "for a; do case \"$a\" in --config-file=*) cfg=${a#--config-file=} ;; esac; done\n"
                  "{\n"
                  "  echo '--- call'\n"
                  "  echo \"ARGS $*\"\n"
                  "  echo \"CONFIGFILE $cfg\"\n"
                  "  echo \"MODE $(stat -c %a \"$cfg\")\"\n"
                  "  echo \"CONFIG $(tr -d '\\n' <\"$cfg\")\"\n"
                  "  echo \"SQL $(cat)\"\n"
                  "} >>\"$FAKE_LOG\"\n"
                  "exit \"${FAKE_EXIT:-0}\"\n");
        // The clock: the script asks date for the name; FAKE_DATE answers.
        writeTool(bin + QStringLiteral("/date"),
                  "#!/bin/sh\n"
                  "echo \"$*\" >>\"$FAKE_LOG.date\"\n"
                  "echo \"$FAKE_DATE\"\n");
    }

    // Two runs on one day: two backups, each under its own name, the
    // statement on standard input, no secret on a command line.
    void backupTwiceOneDay()
    {
        QStringList statements;
        for (const QString &now : {QStringLiteral("20260101T034700Z"), QStringLiteral("20260101T154700Z")}) {
            QProcessEnvironment env = baseEnv();
            env.insert(QStringLiteral("FAKE_DATE"), now);
            const Run r = run({}, env);
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QCOMPARE(r.calls.size(), 1);
            const QString &call = r.calls.first();
            statements << field(call, QStringLiteral("SQL"));
            QVERIFY2(r.out.contains(QStringLiteral("backed up to https://distill-backups.s3.amazonaws.com/posthog/clickhouse/posthog_") + now),
                     qPrintable(r.out));
            const QString args = field(call, QStringLiteral("ARGS"));
            for (const QString &arg : {QStringLiteral("--host=clickhouse-posthog"), QStringLiteral("--port=9000"),
                                       QStringLiteral("--log_queries=0")})
                QVERIFY2(args.contains(arg), qPrintable(args));
            for (const QString &secret : {password, accessKey, secretKey})
                QVERIFY2(!args.contains(secret), qPrintable(QStringLiteral("on the command line: ") + args));
            // The password in a 0600 file, as XML; the file is gone afterwards.
            QCOMPARE(field(call, QStringLiteral("MODE")), QStringLiteral("600"));
            QVERIFY2(field(call, QStringLiteral("CONFIG")).contains(QStringLiteral("<user>admin</user>  <password>pa&lt;ss&amp;word</password>")),
                     qPrintable(field(call, QStringLiteral("CONFIG"))));
            QVERIFY(!QFile::exists(field(call, QStringLiteral("CONFIGFILE"))));
        }
        const QString url = QStringLiteral("https://distill-backups.s3.amazonaws.com/posthog/clickhouse/posthog_");
        QCOMPARE(statements,
                 (QStringList {QStringLiteral("BACKUP DATABASE posthog ON CLUSTER 'posthog' TO S3('%1%2', '%3', '%4')")
                                   .arg(url, QStringLiteral("20260101T034700Z"), accessKey, secretKey),
                               QStringLiteral("BACKUP DATABASE posthog ON CLUSTER 'posthog' TO S3('%1%2', '%3', '%4')")
                                   .arg(url, QStringLiteral("20260101T154700Z"), accessKey, secretKey)}));
        QFile dateLog(m_dir.filePath(QStringLiteral("client.log.date")));
        QVERIFY(dateLog.open(QIODevice::ReadOnly));
        QVERIFY(dateLog.readAll().startsWith("-u +%Y%m%dT%H%M%SZ\n"));
    }

    // Another destination, port and cluster from the environment; a bucket without a folder.
    void destinationFromTheEnvironment()
    {
        QProcessEnvironment env = baseEnv();
        env.insert(QStringLiteral("FAKE_DATE"), QStringLiteral("20260102T034700Z"));
        env.insert(QStringLiteral("BACKUP_DESTINATION"), QStringLiteral("s3://other-bucket"));
        env.insert(QStringLiteral("CLICKHOUSE_PORT"), QStringLiteral("19000"));
        env.insert(QStringLiteral("CLICKHOUSE_CLUSTER"), QStringLiteral("analytics"));
        const Run r = run({QStringLiteral("backup")}, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.calls.size(), 1);
        QVERIFY(field(r.calls.first(), QStringLiteral("ARGS")).contains(QStringLiteral("--port=19000")));
        QCOMPARE(field(r.calls.first(), QStringLiteral("SQL")),
                 QStringLiteral("BACKUP DATABASE posthog ON CLUSTER 'analytics' TO S3('https://other-bucket.s3.amazonaws.com/"
                                "clickhouse/posthog_20260102T034700Z', '%1', '%2')").arg(accessKey, secretKey));
    }

    // The runbook's restore: drop on every node, then RESTORE from the named backup.
    void restoreReplacing()
    {
        const Run r = run({QStringLiteral("restore"), QStringLiteral("posthog_20260101T034700Z"), QStringLiteral("--replace")}, baseEnv());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.calls.size(), 2);
        QCOMPARE(field(r.calls[0], QStringLiteral("SQL")), QStringLiteral("DROP DATABASE IF EXISTS posthog ON CLUSTER 'posthog' SYNC"));
        QCOMPARE(field(r.calls[1], QStringLiteral("SQL")),
                 QStringLiteral("RESTORE DATABASE posthog ON CLUSTER 'posthog' FROM S3('https://distill-backups.s3.amazonaws.com/"
                                "posthog/clickhouse/posthog_20260101T034700Z', '%1', '%2')").arg(accessKey, secretKey));

        // Without --replace nothing is dropped.
        const Run plain = run({QStringLiteral("restore"), QStringLiteral("posthog_20260101T034700Z")}, baseEnv());
        QVERIFY2(plain.exitCode == 0, qPrintable(plain.err));
        QCOMPARE(plain.calls.size(), 1);
        QVERIFY(field(plain.calls[0], QStringLiteral("SQL")).startsWith(QStringLiteral("RESTORE DATABASE posthog")));
    }

    // A failed BACKUP fails the run (the CronJob's Job then fails and retries).
    void failedBackupFails()
    {
        QProcessEnvironment env = baseEnv();
        env.insert(QStringLiteral("FAKE_DATE"), QStringLiteral("20260103T034700Z"));
        env.insert(QStringLiteral("FAKE_EXIT"), QStringLiteral("57"));
        const Run r = run({}, env);
        QVERIFY(r.exitCode != 0);
        QCOMPARE(r.calls.size(), 1);
        QVERIFY2(!r.out.contains(QStringLiteral("backed up to")), qPrintable(r.out));
    }

    // Bad input: a message naming what to fix, and ClickHouse never called.
    void refusals_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QStringList>("unset");
        QTest::addColumn<QString>("destination");
        QTest::addColumn<QString>("message");
        QTest::newRow("no credentials") << QStringList() << QStringList {QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("CLICKHOUSE_PASSWORD")}
                                        << QString() << QStringLiteral("set CLICKHOUSE_PASSWORD AWS_SECRET_ACCESS_KEY");
        QTest::newRow("gs destination") << QStringList() << QStringList() << QStringLiteral("gs://b/p/")
                                        << QStringLiteral("BACKUP_DESTINATION must be an s3:// folder");
        QTest::newRow("empty destination") << QStringList() << QStringList() << QStringLiteral("-")
                                           << QStringLiteral("BACKUP_DESTINATION must be an s3:// folder");
        QTest::newRow("restore without name") << QStringList {QStringLiteral("restore")} << QStringList() << QString()
                                              << QStringLiteral("usage:");
        QTest::newRow("restore of a made-up name") << QStringList {QStringLiteral("restore"), QStringLiteral("latest")} << QStringList()
                                                   << QString() << QStringLiteral("NAME is a backup's name such as posthog_");
        QTest::newRow("restore, unknown option") << QStringList {QStringLiteral("restore"), QStringLiteral("posthog_20260101T034700Z"),
                                                                 QStringLiteral("--force")}
                                                 << QStringList() << QString() << QStringLiteral("unknown argument --force");
        QTest::newRow("unknown action") << QStringList {QStringLiteral("list")} << QStringList() << QString() << QStringLiteral("usage:");
    }

    void refusals()
    {
        QFETCH(QStringList, args);
        QFETCH(QStringList, unset);
        QFETCH(QString, destination);
        QFETCH(QString, message);
        QProcessEnvironment env = baseEnv();
        env.insert(QStringLiteral("FAKE_DATE"), QStringLiteral("20260104T034700Z"));
        for (const QString &name : unset)
            env.remove(name);
        if (destination == u"-")
            env.insert(QStringLiteral("BACKUP_DESTINATION"), QString());
        else if (!destination.isEmpty())
            env.insert(QStringLiteral("BACKUP_DESTINATION"), destination);
        const Run r = run(args, env);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY2(r.calls.isEmpty(), qPrintable(r.calls.join(QString())));
    }
};

QTEST_GUILESS_MAIN(TestClickhouseBackup)
#include "tst_clickhousebackup.moc"
