#include "clirun.h"
#include "testsupport.h"

#include <QTemporaryDir>

namespace {

using namespace clitest;

QByteArray commentedProfile() { return phctest::readFile(phctest::testDataDir() + QStringLiteral("/profiles/commented.yaml")); }


} // namespace

// `set` as a pipeline runs it: a separate process on a comment-rich profile.
class TestCliSet : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;

    Run set(const QStringList &assignments)
    {
        return cli(QStringList {QStringLiteral("set"), QStringLiteral("--profile"), m_path} + assignments);
    }

private Q_SLOTS:
    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("profile.yaml"));
        writeText(m_path, commentedProfile());
    }

    void help()
    {
        const Run r = cli({QStringLiteral("set"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("Usage: posthog-console set [options]")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("--profile")));
        QVERIFY(r.out.contains(QStringLiteral("KEY-")));
        QVERIFY(r.out.contains(QStringLiteral("Exit codes")));
        QVERIFY(cli({QStringLiteral("--help")}).out.contains(QStringLiteral("\n  set ")));
    }

    void scalarsChangeOnlyTheirLines()
    {
        const Run r = set({QStringLiteral("spec.cluster.imageTag=release-1.44.0"), QStringLiteral("spec.sizing.monthlyEvents=5000000"),
                           QStringLiteral("spec.cluster.cloud=gcp"), QStringLiteral("spec.monitoring.prometheusOperator=false")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("wrote")));
        QCOMPARE(phctest::changedLines(commentedProfile(), phctest::readFile(m_path)),
                 (QStringList {QStringLiteral("-        cloud: aws          # EKS in eu-west-1"),
                               QStringLiteral("+        cloud: gcp          # EKS in eu-west-1"),
                               QStringLiteral("-        imageTag: \"release-1.43.0\""),
                               QStringLiteral("+        imageTag: \"release-1.44.0\""),
                               QStringLiteral("-        monthlyEvents: 2500000   # from last quarter's numbers"),
                               QStringLiteral("+        monthlyEvents: 5000000   # from last quarter's numbers"),
                               QStringLiteral("-        prometheusOperator: true"),
                               QStringLiteral("+        prometheusOperator: false")}));
    }

    void flowListValue()
    {
        const Run r = set({QStringLiteral("spec.domain.corsOrigins=[https://a.example, https://b.example]"),
                           QStringLiteral("spec.domain.clientNamespaces=[storefront]")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(phctest::changedLines(commentedProfile(), phctest::readFile(m_path)),
                 (QStringList {QStringLiteral("-            - https://www.shop.example"),
                               QStringLiteral("-            - \"https://admin.shop.example\"   # back office"),
                               QStringLiteral("-        clientNamespaces: [storefront, checkout]"),
                               QStringLiteral("+            - https://a.example"),
                               QStringLiteral("+            - \"https://b.example\"   # back office"),
                               QStringLiteral("+        clientNamespaces: [storefront]")}));
    }

    void removal()
    {
        const Run r = set({QStringLiteral("spec.domain.tls.clusterIssuer-")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(phctest::changedLines(commentedProfile(), phctest::readFile(m_path)),
                 QStringList {QStringLiteral("-            clusterIssuer: letsencrypt-prod")});
    }

    void insertsMissingKeyAndParents()
    {
        const Run r = set({QStringLiteral("spec.cluster.storageClass=gp3"), QStringLiteral("spec.backups.destination=s3://shop-backups/posthog/"),
                           QStringLiteral("spec.compose.httpPort=8081")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(phctest::changedLines(commentedProfile(), phctest::readFile(m_path)),
                 (QStringList {QStringLiteral("+        storageClass: gp3"), QStringLiteral("+"), QStringLiteral("+    backups:"),
                               QStringLiteral("+        destination: s3://shop-backups/posthog/"), QStringLiteral("+"),
                               QStringLiteral("+    compose:"), QStringLiteral("+        httpPort: 8081")}));
        QCOMPARE(cli({QStringLiteral("validate"), QStringLiteral("--profile"), m_path}).exitCode, 0);
    }

    // A plain VALUE is typed by the schema: a number where one is wanted, a string elsewhere.
    void valuesAreTypedByTheSchema()
    {
        const Run r = set({QStringLiteral("spec.cluster.chartVersion=30.47.0"), QStringLiteral("spec.cluster.namespace=8080"),
                           QStringLiteral("spec.retention.recordingsDays=60")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(phctest::changedLines(commentedProfile(), phctest::readFile(m_path)),
                 (QStringList {QStringLiteral("-        namespace: analytics"), QStringLiteral("+        namespace: \"8080\""),
                               QStringLiteral("-        chartVersion: 30.46.0"), QStringLiteral("+        chartVersion: 30.47.0"),
                               QStringLiteral("-        recordingsDays: 30"), QStringLiteral("+        recordingsDays: 60")}));
    }

    void invalidValueWritesNothing_data()
    {
        QTest::addColumn<QStringList>("assignments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("wrong type") << QStringList {QStringLiteral("spec.sizing.monthlyEvents=lots")}
                                    << "spec.sizing.monthlyEvents: expected a whole number, found 'lots'";
        QTest::newRow("rule") << QStringList {QStringLiteral("spec.cluster.imageTag=release-1.44.0"), QStringLiteral("spec.retention.eventsDays=0")}
                              << "spec.retention.eventsDays: 0 is out of range";
        QTest::newRow("unknown key") << QStringList {QStringLiteral("spec.cluster.imagTag=release-1.44.0")}
                                     << "spec.cluster.imagTag: unknown key 'imagTag' (did you mean 'imageTag'?)";
        QTest::newRow("unknown section") << QStringList {QStringLiteral("spec.clustr.imageTag=release-1.44.0")}
                                         << "spec.clustr: unknown key 'clustr' (did you mean 'cluster'?)";
        QTest::newRow("required key removed") << QStringList {QStringLiteral("spec.domain.hostname-")}
                                              << "spec.domain.hostname: required key 'hostname' is missing";
        QTest::newRow("not a list item") << QStringList {QStringLiteral("spec.domain.corsOrigins=[[a]]")}
                                         << "spec.domain.corsOrigins: list items must be single values";
        QTest::newRow("secret") << QStringList {QStringLiteral("spec.databases.postgres.password=hunter2")}
                                << "spec.databases.postgres.password: secrets are never stored in a profile";
    }

    void invalidValueWritesNothing()
    {
        QFETCH(QStringList, assignments);
        QFETCH(QString, expected);
        const Run r = set(assignments);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("nothing was written")));
        QVERIFY(!r.err.contains(QStringLiteral("hunter2")));
        QCOMPARE(phctest::readFile(m_path), commentedProfile());
    }

    void exitCodesAsValidate()
    {
        QCOMPARE(set({}).exitCode, 2);
        QCOMPARE(set({QStringLiteral("spec.cluster.imageTag")}).exitCode, 2);
        QCOMPARE(set({QStringLiteral("spec..x=1")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("set"), QStringLiteral("spec.cluster.imageTag=x")}).exitCode, 2);
        const Run missing = cli({QStringLiteral("set"), QStringLiteral("--profile"), m_dir.filePath(QStringLiteral("none.yaml")),
                                 QStringLiteral("spec.cluster.imageTag=x")});
        QCOMPARE(missing.exitCode, 3);
        QVERIFY(missing.err.contains(QStringLiteral("no such file")));
        const Run same = set({QStringLiteral("spec.cluster.imageTag=release-1.43.0")});
        QCOMPARE(same.exitCode, 0);
        QVERIFY(same.out.contains(QStringLiteral("unchanged")));
        QCOMPARE(phctest::readFile(m_path), commentedProfile());
    }

    // Eight independent mistakes: every one reported in one run, with key path and line:column.
    void validateReportsEveryMistakeAtOnce()
    {
        const QString path = phctest::testDataDir() + QStringLiteral("/profiles/eight-mistakes.yaml");
        const Run r = cli({QStringLiteral("validate"), QStringLiteral("--profile"), path});
        QCOMPARE(r.exitCode, 1);
        const QStringList expected {
            QStringLiteral(":5:9: metadata.name: 'Shop_Analytics' is not a DNS-1123 label"),
            QStringLiteral(":9:5: spec.cluster.imagTag: unknown key 'imagTag' (did you mean 'imageTag'?)"),
            QStringLiteral(":10:19: spec.cluster.chartVersion: '30.46' is not a chart version"),
            QStringLiteral(":14:22: spec.domain.trustAllProxies: needs behindProxy: true"),
            QStringLiteral(":15:19: spec.domain.corsOrigins[0]: 'https://shop.example/path' is not an origin"),
            QStringLiteral(":17:20: spec.sizing.monthlyEvents: expected a whole number, found 'lots'"),
            QStringLiteral(":19:16: spec.sizing.autoscaling.enabled: expected true or false, found 'yes'"),
            QStringLiteral(":21:17: spec.retention.eventsDays: 0 is out of range"),
        };
        for (const QString &e : expected)
            QVERIFY2(r.err.contains(path + e), qPrintable(e + QStringLiteral(" not in:\n") + r.err));
        // Nothing else: no false errors from defaults standing in for what did not read.
        QCOMPARE(r.err.count(u'\n'), expected.size());
    }
};

QTEST_GUILESS_MAIN(TestCliSet)
#include "tst_cliset.moc"
