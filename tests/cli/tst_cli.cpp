#include "testsupport.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the real executable, with no display, as a user or a pipeline would.
Run cli(const QStringList &args, const QString &workDir = QString())
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    p.setProcessEnvironment(env);
    if (!workDir.isEmpty())
        p.setWorkingDirectory(workDir);
    p.start(QStringLiteral(PHC_CLI_PATH), args);
    if (!p.waitForFinished(60000))
        qFatal("posthog-console did not finish");
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

void writeText(const QString &path, const QByteArray &text)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(text);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void version()
    {
        const Run r = cli({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("posthog-console ")));
    }

    void helpPerCommand_data()
    {
        QTest::addColumn<QString>("verb");
        QTest::addColumn<QString>("option");
        QTest::newRow("init") << "init" << "--out";
        QTest::newRow("validate") << "validate" << "--profile";
        QTest::newRow("generate") << "generate" << "--force";
        QTest::newRow("size") << "size" << "--json";
    }

    void helpPerCommand()
    {
        QFETCH(QString, verb);
        QFETCH(QString, option);
        const Run r = cli({verb, QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(option), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("Exit codes")));
    }

    void usageErrors()
    {
        QCOMPARE(cli({QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("generate"), QStringLiteral("--profile"), QStringLiteral("x.yaml")}).exitCode, 2);
        const Run r = cli({QStringLiteral("size"), QStringLiteral("--events"), QStringLiteral("many")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("--events")));
    }

    void initThenValidate()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.yaml"));
        QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--out"), path}).exitCode, 0);
        QCOMPARE(phctest::readFile(path), phc::ProfileIO::starterProfile());
        const Run again = cli({QStringLiteral("init"), QStringLiteral("--out"), path});
        QCOMPARE(again.exitCode, 3);
        QVERIFY(again.err.contains(QStringLiteral("--force")));
        const Run v = cli({QStringLiteral("validate"), QStringLiteral("--profile"), path});
        QCOMPARE(v.exitCode, 0);
        QVERIFY(v.out.contains(QStringLiteral("valid")));
    }

    void validateReportsEveryProblemWithPosition()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.yaml"));
        QByteArray yaml = phc::ProfileIO::exampleProfile();
        yaml.replace("    namespace: posthog\n", "    namespace: Post_Hog\n");
        yaml.replace("      port: 5432\n", "      port: 99999\n");
        writeText(path, yaml);
        const Run r = cli({QStringLiteral("validate"), QStringLiteral("--profile"), path});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(path + QStringLiteral(":11:16: spec.cluster.namespace: 'Post_Hog' is not a DNS-1123 label")), qPrintable(r.err));
        QVERIFY2(r.err.contains(path + QStringLiteral(":31:13: spec.databases.postgres.port: 99999 is not a TCP port")), qPrintable(r.err));
    }

    void generateWritesNothingOnError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.yaml"));
        writeText(path, QByteArray(phc::ProfileIO::exampleProfile()).replace("cloud: aws", "cloud: azure-ish"));
        const QString out = dir.filePath(QStringLiteral("out"));
        const Run r = cli({QStringLiteral("generate"), QStringLiteral("--profile"), path, QStringLiteral("--out"), out});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("spec.cluster.cloud")));
        QVERIFY(!QFileInfo::exists(out));
    }

    // The CLI writes exactly the engine's bundle, and refuses to overwrite.
    void generateMatchesTheEngine()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.yaml"));
        writeText(path, phc::ProfileIO::exampleProfile());
        const QString out = dir.filePath(QStringLiteral("out"));
        const Run r = cli({QStringLiteral("generate"), QStringLiteral("--profile"), path, QStringLiteral("--out"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const phc::GeneratedFiles files = phctest::bundleFor(phc::ProfileIO::exampleProfile());
        for (const phc::GeneratedFile &f : files)
            QCOMPARE(phctest::readFile(out + u'/' + f.relativePath), f.content);
        const Run again = cli({QStringLiteral("generate"), QStringLiteral("--profile"), path, QStringLiteral("--out"), out});
        QCOMPARE(again.exitCode, 3);
        QVERIFY(again.err.contains(QStringLiteral("nothing was written")));
        const Run forced = cli({QStringLiteral("generate"), QStringLiteral("--profile"), path, QStringLiteral("--out"), out,
                                QStringLiteral("--force")});
        QCOMPARE(forced.exitCode, 0);
    }

    void sizeJson()
    {
        const Run r = cli({QStringLiteral("size"), QStringLiteral("--events"), QStringLiteral("25000000"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("tier")).toString(), QStringLiteral("Enterprise"));
        QCOMPARE(o.value(QStringLiteral("webReplicas")).toInt(), 10);
        QCOMPARE(o.value(QStringLiteral("workerReplicas")).toInt(), 16);
        QCOMPARE(o.value(QStringLiteral("clickhouseNodes")).toInt(), 3);
        QCOMPARE(o.value(QStringLiteral("clickhouseCluster")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("costSize")).toString(), QStringLiteral("Large"));
        QCOMPARE(o.value(QStringLiteral("monthlyCostUsd")).toDouble(), 3700.0);
    }

    void sizeText()
    {
        const Run r = cli({QStringLiteral("size"), QStringLiteral("--events"), QStringLiteral("500,000")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("Recommended")));
        QVERIFY(r.out.contains(QStringLiteral("100K - 1M")));
        QVERIFY(r.out.contains(QStringLiteral("~$370/mo")));
    }

    void sizeWithOwnTables()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sizing.yaml"));
        writeText(path, "tiers: [{name: All}]\nscaling: [{label: all, webReplicas: 7, workerReplicas: 1, clickhouseNodes: 1}]\n"
                        "cost: {sizes: [{name: Flat, components: [{name: VM, usd: 10}]}]}\n");
        const Run r = cli({QStringLiteral("size"), QStringLiteral("--events"), QStringLiteral("5"), QStringLiteral("--json"),
                           QStringLiteral("--sizing"), path});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("webReplicas")).toInt(), 7);
        writeText(path, "tiers: []\n");
        QCOMPARE(cli({QStringLiteral("size"), QStringLiteral("--events"), QStringLiteral("5"), QStringLiteral("--sizing"), path}).exitCode, 1);
    }

    // No display: one clear line instead of Qt's platform-plugin abort.
    void guiWithoutDisplaySaysSo()
    {
        const Run r = cli({});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.count(u'\n'), 1);
        QVERIFY(r.err.contains(QStringLiteral("no display")));
        QVERIFY(r.err.contains(QStringLiteral("xvfb-run")));
        QVERIFY(r.err.contains(QStringLiteral("--help")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
