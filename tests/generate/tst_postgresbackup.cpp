#include "testsupport.h"
#include "generate/bundlewriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>

#include <unistd.h>

using namespace phc;
using namespace phctest;

namespace {

const QString pgBin = QStringLiteral("/usr/lib/postgresql/15/bin");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

// The script the backup CronJob runs, on its own against a real PostgreSQL
// (Debian's 15) started in a temporary directory: dump, upload to a
// stand-in that records what it was given, restore into a fresh database.
class TestPostgresBackup : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_socketDir;
    int m_port = 0;
    bool m_started = false;
    // initdb refuses root: the server then runs as the postgres user.
    bool m_asPostgres = geteuid() == 0;

    Run run(const QString &program, const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
            bool asServerUser = false)
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(m_dir.path());
        if (asServerUser && m_asPostgres)
            p.start(QStringLiteral("runuser"), QStringList {QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program} + args);
        else
            p.start(program, args);
        Run r;
        if (!p.waitForFinished(120000)) {
            p.kill();
            p.waitForFinished();
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    Run psql(const QString &database, const QString &sql)
    {
        return run(QStringLiteral("psql"), {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-At"), QStringLiteral("-v"),
                                           QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"), m_socketDir,
                                           QStringLiteral("-p"), QString::number(m_port), QStringLiteral("-U"),
                                           QStringLiteral("postgres"), QStringLiteral("-d"), database, QStringLiteral("-c"), sql});
    }

private Q_SLOTS:
    void initTestCase()
    {
        for (const QString &tool : QStringList {pgBin + QStringLiteral("/initdb"), pgBin + QStringLiteral("/pg_ctl"),
                                                QStringLiteral("/usr/bin/psql"), QStringLiteral("/usr/bin/pg_dump"),
                                                QStringLiteral("/usr/bin/pg_restore")})
            if (!QFile::exists(tool))
                QFAIL(qPrintable(tool + QStringLiteral(" is missing: install postgresql (apt-get install postgresql; "
                                                       "packaging/setup-debian.sh does)")));
        QVERIFY(m_dir.isValid());
        m_socketDir = m_dir.filePath(QStringLiteral("run"));
        QVERIFY(QDir().mkpath(m_socketDir));
        if (m_asPostgres) {
            QCOMPARE(run(QStringLiteral("chown"), {QStringLiteral("-R"), QStringLiteral("postgres:"), m_dir.path()}).exitCode, 0);
        }
        {
            // A free port: the kernel's choice, released just before the server takes it.
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            m_port = probe.serverPort();
        }
        const QString data = m_dir.filePath(QStringLiteral("data"));
        const Run init = run(pgBin + QStringLiteral("/initdb"), {QStringLiteral("-D"), data, QStringLiteral("-U"), QStringLiteral("postgres"),
                                                                 QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-E"), QStringLiteral("UTF8")},
                             QProcessEnvironment::systemEnvironment(), true);
        QVERIFY2(init.exitCode == 0, init.err.constData());
        const Run start = run(pgBin + QStringLiteral("/pg_ctl"),
                              {QStringLiteral("-D"), data, QStringLiteral("-l"), m_dir.filePath(QStringLiteral("server.log")), QStringLiteral("-w"),
                               QStringLiteral("-o"),
                               QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1").arg(m_port).arg(m_socketDir),
                               QStringLiteral("start")},
                              QProcessEnvironment::systemEnvironment(), true);
        if (start.exitCode != 0) {
            QFile log(m_dir.filePath(QStringLiteral("server.log")));
            QFAIL(qPrintable(QString::fromUtf8(start.err) + (log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()) : QString())));
        }
        m_started = true;
    }

    void cleanupTestCase()
    {
        if (m_started)
            run(pgBin + QStringLiteral("/pg_ctl"), {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-m"),
                                                    QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop")},
                QProcessEnvironment::systemEnvironment(), true);
    }

    void dumpUploadRestore()
    {
        QCOMPARE(psql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE posthog")).exitCode, 0);
        const Run fill = psql(QStringLiteral("posthog"), QStringLiteral(
            "CREATE TABLE posthog_team (id serial PRIMARY KEY, name text NOT NULL, api_token text UNIQUE);"
            "INSERT INTO posthog_team (name, api_token) SELECT 'team ' || i, 'phc_' || md5(i::text) FROM generate_series(1, 500) i;"
            "CREATE TABLE posthog_person (id bigserial PRIMARY KEY, team_id int REFERENCES posthog_team(id), properties jsonb);"
            "INSERT INTO posthog_person (team_id, properties) SELECT 1 + i % 500, jsonb_build_object('email', 'u' || i || '@example.org') FROM generate_series(1, 3000) i;"));
        QVERIFY2(fill.exitCode == 0, fill.err.constData());

        // The bundle's script, from the guide's profile (destination s3://distill-backups/posthog/).
        const GeneratedFiles files = bundleFor(ProfileIO::exampleProfile());
        const QString bundle = m_dir.filePath(QStringLiteral("bundle"));
        QVERIFY(BundleWriter::write(files, bundle, BundleWriter::Overwrite::Refuse).ok());
        const QString script = bundle + QStringLiteral("/backup/postgres-backup.sh");

        // The stand-in for the aws CLI records its arguments and keeps a copy.
        const QString bin = m_dir.filePath(QStringLiteral("bin"));
        const QString remote = m_dir.filePath(QStringLiteral("remote"));
        QVERIFY(QDir().mkpath(bin) && QDir().mkpath(remote));
        QFile aws(bin + QStringLiteral("/aws"));
        QVERIFY(aws.open(QIODevice::WriteOnly));
        aws.write("#!/bin/sh\n"
                  "echo \"$*\" >>\"$FAKE_LOG\"\n"
                  "for last; do :; done\n"
                  "cp \"$4\" \"$FAKE_REMOTE/$(basename \"$last\")\"\n");
        aws.close();
        aws.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

        const QString out = m_dir.filePath(QStringLiteral("out"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PATH"), bin + u':' + env.value(QStringLiteral("PATH")));
        env.insert(QStringLiteral("FAKE_LOG"), m_dir.filePath(QStringLiteral("aws.log")));
        env.insert(QStringLiteral("FAKE_REMOTE"), remote);
        env.insert(QStringLiteral("PGHOST"), m_socketDir);
        env.insert(QStringLiteral("PGPORT"), QString::number(m_port));
        env.insert(QStringLiteral("PGUSER"), QStringLiteral("postgres"));
        env.insert(QStringLiteral("PGDATABASE"), QStringLiteral("posthog"));
        env.insert(QStringLiteral("BACKUP_DIR"), out);
        env.remove(QStringLiteral("BACKUP_DESTINATION"));

        // Twice: the second run must neither overwrite the first dump nor upload it again.
        for (int i = 0; i < 2; ++i) {
            const Run backup = run(QStringLiteral("bash"), {script}, env);
            QVERIFY2(backup.exitCode == 0, backup.err.constData());
        }
        const QStringList dumps = QDir(out).entryList({QStringLiteral("*.dump")}, QDir::Files, QDir::Name);
        QCOMPARE(dumps.size(), 2);
        static const QRegularExpression name(QStringLiteral("^posthog_posthog_\\d{8}T\\d{6}Z(-\\d+)?\\.dump$"));
        for (const QString &d : dumps)
            QVERIFY2(name.match(d).hasMatch(), qPrintable(d));
        QVERIFY(QDir(out).entryList({QStringLiteral("*.partial")}, QDir::Files).isEmpty());
        QCOMPARE(QFileInfo(out + u'/' + dumps[0]).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());

        QFile log(m_dir.filePath(QStringLiteral("aws.log")));
        QVERIFY(log.open(QIODevice::ReadOnly));
        QStringList calls = QString::fromUtf8(log.readAll()).split(u'\n', Qt::SkipEmptyParts);
        QStringList expected;
        for (const QString &d : dumps)
            expected << QStringLiteral("s3 cp --only-show-errors %1/%2 s3://distill-backups/posthog/%2").arg(out, d);
        calls.sort();
        expected.sort();
        QCOMPARE(calls, expected);

        // Restore the uploaded copy, as the runbook says, into a fresh database.
        QCOMPARE(psql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE posthog_restored")).exitCode, 0);
        const Run restore = run(QStringLiteral("pg_restore"),
                                {QStringLiteral("--no-owner"), QStringLiteral("--host=") + m_socketDir,
                                 QStringLiteral("--port=") + QString::number(m_port), QStringLiteral("--username=postgres"),
                                 QStringLiteral("--dbname=posthog_restored"), remote + u'/' + dumps[1]});
        QVERIFY2(restore.exitCode == 0, restore.err.constData());
        const QString digest = QStringLiteral(
            "SELECT (SELECT count(*) || ':' || md5(string_agg(id || name || api_token, ',' ORDER BY id)) FROM posthog_team) || '/' ||"
            "       (SELECT count(*) || ':' || md5(string_agg(id || ':' || team_id || properties::text, ',' ORDER BY id)) FROM posthog_person)");
        const Run before = psql(QStringLiteral("posthog"), digest);
        const Run after = psql(QStringLiteral("posthog_restored"), digest);
        QVERIFY2(before.exitCode == 0 && after.exitCode == 0, QByteArray(before.err + after.err).constData());
        QVERIFY(before.out.startsWith("500:"));
        QCOMPARE(after.out, before.out);
    }

    // A failed dump leaves nothing that looks like a backup, and uploads nothing.
    void failedDumpLeavesNoBackup()
    {
        const GeneratedFiles files = bundleFor(ProfileIO::exampleProfile());
        const QString bundle = m_dir.filePath(QStringLiteral("bundle2"));
        QVERIFY(BundleWriter::write(files, bundle, BundleWriter::Overwrite::Refuse).ok());
        const QString out = m_dir.filePath(QStringLiteral("out2"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGHOST"), m_socketDir);
        env.insert(QStringLiteral("PGPORT"), QString::number(m_port));
        env.insert(QStringLiteral("PGUSER"), QStringLiteral("postgres"));
        env.insert(QStringLiteral("PGDATABASE"), QStringLiteral("no_such_database"));
        env.insert(QStringLiteral("BACKUP_DIR"), out);
        env.insert(QStringLiteral("BACKUP_DESTINATION"), QString());
        const Run backup = run(QStringLiteral("bash"), {bundle + QStringLiteral("/backup/postgres-backup.sh")}, env);
        QVERIFY(backup.exitCode != 0);
        QVERIFY2(backup.err.contains("no_such_database"), backup.err.constData());
        QVERIFY(QDir(out).entryList({QStringLiteral("*.dump")}, QDir::Files).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPostgresBackup)
#include "tst_postgresbackup.moc"
