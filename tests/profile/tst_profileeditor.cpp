#include "core/yamledit.h"
#include "profile/profileeditor.h"
#include "profile/profileio.h"
#include "profile/profilevalidator.h"
#include "testsupport.h"

#include <QTest>

using namespace phc;

namespace {

QByteArray fixture(const QString &name)
{
    return phctest::readFile(phctest::testDataDir() + QStringLiteral("/profiles/") + name);
}

QByteArray edited(const QByteArray &text, const QList<YamlChange> &changes)
{
    const auto result = ProfileEditor::edit(text, changes);
    if (!result.ok())
        qFatal("edit failed: %s", qPrintable(formatIssues(result.issues(), QStringLiteral("profile"))));
    return result.value();
}

} // namespace

class TestProfileEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fixtureIsValid()
    {
        const auto loaded = ProfileIO::parse(fixture(QStringLiteral("commented.yaml")));
        QVERIFY2(loaded.ok(), qPrintable(formatIssues(loaded.issues(), QStringLiteral("commented.yaml"))));
        QVERIFY(ProfileValidator::validate(loaded.value()).isEmpty());
    }

    // Each edit of the comment-rich profile changes exactly the lines named here.
    void diffIsExactlyTheChangedLines_data()
    {
        QTest::addColumn<QList<YamlChange>>("changes");
        QTest::addColumn<QStringList>("diff");
        const auto one = [](const QString &path, std::optional<YamlValue> v) { return QList<YamlChange> {{path, v}}; };

        QTest::newRow("double-quoted string keeps its quotes")
            << one(QStringLiteral("spec.cluster.imageTag"), YamlValue::string(QStringLiteral("release-1.44.0")))
            << QStringList {QStringLiteral("-        imageTag: \"release-1.43.0\""),
                            QStringLiteral("+        imageTag: \"release-1.44.0\"")};
        QTest::newRow("single-quoted string keeps its quotes and trailing comment")
            << one(QStringLiteral("spec.domain.hostname"), YamlValue::string(QStringLiteral("posthog.shop.example")))
            << QStringList {QStringLiteral("-        hostname: 'analytics.shop.example'   # public name"),
                            QStringLiteral("+        hostname: 'posthog.shop.example'   # public name")};
        QTest::newRow("number keeps the trailing comment")
            << one(QStringLiteral("spec.sizing.monthlyEvents"), YamlValue::plain(QStringLiteral("5000000")))
            << QStringList {QStringLiteral("-        monthlyEvents: 2500000   # from last quarter's numbers"),
                            QStringLiteral("+        monthlyEvents: 5000000   # from last quarter's numbers")};
        QTest::newRow("plain word, alignment of the comment kept")
            << one(QStringLiteral("spec.cluster.cloud"), YamlValue::string(QStringLiteral("gcp")))
            << QStringList {QStringLiteral("-        cloud: aws          # EKS in eu-west-1"),
                            QStringLiteral("+        cloud: gcp          # EKS in eu-west-1")};
        QTest::newRow("a version stays plain as the file writes it")
            << one(QStringLiteral("spec.cluster.chartVersion"), YamlValue::string(QStringLiteral("30.47.0")))
            << QStringList {QStringLiteral("-        chartVersion: 30.46.0"), QStringLiteral("+        chartVersion: 30.47.0")};
        QTest::newRow("block list item, its quotes and comment kept")
            << one(QStringLiteral("spec.domain.corsOrigins"),
                   YamlValue::list({QStringLiteral("https://www.shop.example"), QStringLiteral("https://ops.shop.example")}))
            << QStringList {QStringLiteral("-            - \"https://admin.shop.example\"   # back office"),
                            QStringLiteral("+            - \"https://ops.shop.example\"   # back office")};
        QTest::newRow("block list grows: one line added at its indentation")
            << one(QStringLiteral("spec.domain.corsOrigins"),
                   YamlValue::list({QStringLiteral("https://www.shop.example"), QStringLiteral("https://admin.shop.example"),
                                    QStringLiteral("https://blog.shop.example")}))
            << QStringList {QStringLiteral("+            - https://blog.shop.example")};
        QTest::newRow("block list shrinks: the item's line goes")
            << one(QStringLiteral("spec.domain.corsOrigins"), YamlValue::list({QStringLiteral("https://admin.shop.example")}))
            << QStringList {QStringLiteral("-            - https://www.shop.example")};
        QTest::newRow("block list replaced: rewritten at its indentation")
            << one(QStringLiteral("spec.domain.corsOrigins"),
                   YamlValue::list({QStringLiteral("https://a.example"), QStringLiteral("https://b.example"), QStringLiteral("https://c.example")}))
            << QStringList {QStringLiteral("-            # the storefront"),
                            QStringLiteral("-            - https://www.shop.example"),
                            QStringLiteral("-            - \"https://admin.shop.example\"   # back office"),
                            QStringLiteral("+            - https://a.example"),
                            QStringLiteral("+            - https://b.example"),
                            QStringLiteral("+            - https://c.example")};
        QTest::newRow("block list emptied")
            << one(QStringLiteral("spec.domain.corsOrigins"), YamlValue::list({}))
            << QStringList {QStringLiteral("-        corsOrigins:"), QStringLiteral("-            # the storefront"),
                            QStringLiteral("-            - https://www.shop.example"),
                            QStringLiteral("-            - \"https://admin.shop.example\"   # back office"),
                            QStringLiteral("+        corsOrigins: []")};
        QTest::newRow("flow list")
            << one(QStringLiteral("spec.domain.clientNamespaces"), YamlValue::list({QStringLiteral("storefront")}))
            << QStringList {QStringLiteral("-        clientNamespaces: [storefront, checkout]"),
                            QStringLiteral("+        clientNamespaces: [storefront]")};
        QTest::newRow("flow list item")
            << one(QStringLiteral("spec.targets"), YamlValue::list({QStringLiteral("helm"), QStringLiteral("helm")}))
            << QStringList {QStringLiteral("-    targets: [helm, compose]"), QStringLiteral("+    targets: [helm, helm]")};
        QTest::newRow("removal")
            << one(QStringLiteral("spec.domain.tls.clusterIssuer"), std::nullopt)
            << QStringList {QStringLiteral("-            clusterIssuer: letsencrypt-prod")};
        QTest::newRow("removal of a mapping with its comments inside")
            << one(QStringLiteral("spec.retention"), std::nullopt)
            << QStringList {QStringLiteral("-    retention:"), QStringLiteral("-        eventsDays: 365"),
                            QStringLiteral("-        # Recordings are large; keep a month."),
                            QStringLiteral("-        recordingsDays: 30")};
        QTest::newRow("missing key goes where the starter places it, at the file's indentation")
            << one(QStringLiteral("spec.cluster.storageClass"), YamlValue::string(QStringLiteral("gp3")))
            << QStringList {QStringLiteral("+        storageClass: gp3")};
        QTest::newRow("missing key after a nested mapping the starter orders before it")
            << one(QStringLiteral("spec.domain.behindProxy"), YamlValue::plain(QStringLiteral("false")))
            << QStringList {QStringLiteral("+        behindProxy: false")};
        QTest::newRow("missing key after the sibling the starter orders before it")
            << one(QStringLiteral("spec.domain.tls.secretName"), YamlValue::string(QStringLiteral("shop-tls")))
            << QStringList {QStringLiteral("+            secretName: shop-tls")};
        QTest::newRow("missing parent mapping, inside a section")
            << one(QStringLiteral("spec.sizing.autoscaling.memoryUtilization"), YamlValue::plain(QStringLiteral("80")))
            << QStringList {QStringLiteral("+        autoscaling:"), QStringLiteral("+            memoryUtilization: 80")};
        QTest::newRow("missing section, after a blank line like its siblings")
            << one(QStringLiteral("spec.backups.destination"), YamlValue::string(QStringLiteral("s3://shop-backups/posthog/")))
            << QStringList {QStringLiteral("+"), QStringLiteral("+    backups:"),
                            QStringLiteral("+        destination: s3://shop-backups/posthog/")};
        QTest::newRow("same value: nothing changes")
            << one(QStringLiteral("spec.cluster.imageTag"), YamlValue::string(QStringLiteral("release-1.43.0")))
            << QStringList();
        QTest::newRow("removing a missing key: nothing changes")
            << one(QStringLiteral("spec.cluster.storageClass"), std::nullopt) << QStringList();
    }

    void diffIsExactlyTheChangedLines()
    {
        QFETCH(QList<YamlChange>, changes);
        QFETCH(QStringList, diff);
        const QByteArray before = fixture(QStringLiteral("commented.yaml"));
        const QByteArray after = edited(before, changes);
        QCOMPARE(phctest::changedLines(before, after), diff);
        const auto reread = ProfileIO::parse(after);
        QVERIFY2(reread.ok(), qPrintable(formatIssues(reread.issues(), QStringLiteral("edited"))));
    }

    void sectionPlacementFollowsTheStarter()
    {
        // spec.databases is missing: the starter orders it after cluster and domain; this file
        // has domain after cluster, so it goes after domain, and before cluster there.
        const QByteArray before = fixture(QStringLiteral("commented.yaml"));
        const QByteArray after = edited(before, {{QStringLiteral("spec.databases.postgres.mode"), YamlValue::string(QStringLiteral("bundled"))}});
        QVERIFY(after.contains("            clusterIssuer: letsencrypt-prod\n\n    databases:\n        postgres:\n"
                               "            mode: bundled\n\n    cluster:\n"));
    }

    void flowMappingScalar()
    {
        const QByteArray before = "spec:\n  databases:\n    clickhouse:\n      resources: {requests: {cpu: \"2\", memory: 8Gi}}  # per node\n";
        const QByteArray after = edited(before, {{QStringLiteral("spec.databases.clickhouse.resources.requests.memory"),
                                                   YamlValue::string(QStringLiteral("16Gi"))},
                                                  {QStringLiteral("spec.databases.clickhouse.resources.requests.cpu"),
                                                   YamlValue::string(QStringLiteral("4"))}});
        QCOMPARE(after, QByteArray("spec:\n  databases:\n    clickhouse:\n      resources: {requests: {cpu: \"4\", memory: 16Gi}}  # per node\n"));
        const auto refused = ProfileEditor::edit(before, {{QStringLiteral("spec.databases.clickhouse.resources.limits.cpu"),
                                                           YamlValue::string(QStringLiteral("4"))}});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.issues().value(0).path, QStringLiteral("spec.databases.clickhouse.resources.limits.cpu"));
    }

    void windowsLineEndingsStay()
    {
        const QByteArray before = "metadata:\r\n  name: a   # x\r\nspec:\r\n  cluster:\r\n    cloud: aws\r\n";
        const QByteArray after = edited(before, {{QStringLiteral("metadata.name"), YamlValue::string(QStringLiteral("b"))},
                                                 {QStringLiteral("spec.cluster.namespace"), YamlValue::string(QStringLiteral("ns"))}});
        QCOMPARE(after, QByteArray("metadata:\r\n  name: b   # x\r\nspec:\r\n  cluster:\r\n    cloud: aws\r\n    namespace: ns\r\n"));
    }

    void nullValueGetsOne()
    {
        const QByteArray before = "spec:\n  cluster:\n    storageClass:   # the default class\n    cloud: aws\n";
        QCOMPARE(edited(before, {{QStringLiteral("spec.cluster.storageClass"), YamlValue::string(QStringLiteral("gp3"))}}),
                 QByteArray("spec:\n  cluster:\n    storageClass: gp3   # the default class\n    cloud: aws\n"));
        // Before the first sibling ordered after it, above that sibling's comment.
        const QByteArray first = "spec:\n  cluster:\n    # ns\n    namespace: a\n";
        QCOMPARE(edited(first, {{QStringLiteral("spec.cluster.cloud"), YamlValue::string(QStringLiteral("aws"))}}),
                 QByteArray("spec:\n  cluster:\n    cloud: aws\n    # ns\n    namespace: a\n"));
        // An empty mapping: the key goes below it and the comments indented under it.
        const QByteArray empty = "spec:\n  backups:\n    # s3:// or gs://\n  compose:\n    httpPort: 80\n";
        QCOMPARE(edited(empty, {{QStringLiteral("spec.backups.destination"), YamlValue::string(QStringLiteral("s3://b/p/"))}}),
                 QByteArray("spec:\n  backups:\n    # s3:// or gs://\n    destination: s3://b/p/\n  compose:\n    httpPort: 80\n"));
    }

    void keyOrderIncludesCommentedKeys()
    {
        const QStringList order = YamlEdit::keyOrder(ProfileIO::starterProfile());
        const auto at = [&](const char *path) { return order.indexOf(QString::fromLatin1(path)); };
        QVERIFY(at("spec.cluster.imageTag") >= 0);
        QVERIFY(at("spec.cluster.imageTag") < at("spec.cluster.storageClass"));
        QVERIFY(at("spec.cluster.storageClass") < at("spec.cluster.ingressControllerNamespace"));
        QVERIFY(at("spec.sizing.autoscaling.cpuUtilization") < at("spec.sizing.autoscaling.memoryUtilization"));
        QVERIFY(at("spec.monitoring") < at("spec.backups"));
        QVERIFY(at("spec.backups.destination") > at("spec.backups"));
        QVERIFY(at("spec.backups") < at("spec.compose"));
        // Prose in comments is no key.
        QCOMPARE(at("spec.What"), -1);
    }

    // The wizard's Save: the profile as read, then as edited.
    void saveChangesOnlyWhatChanged()
    {
        const QByteArray before = fixture(QStringLiteral("commented.yaml"));
        const DeploymentProfile read = ProfileIO::parse(before).value();
        DeploymentProfile changed = read;
        changed.cluster.imageTag = QStringLiteral("release-1.44.0");
        changed.domain.tls.mode = TlsMode::None;
        changed.sizing.autoscaling.memoryUtilization = 85;
        const auto saved = ProfileEditor::save(before, read, changed);
        QVERIFY2(saved.ok(), qPrintable(formatIssues(saved.issues(), QStringLiteral("saved"))));
        QCOMPARE(phctest::changedLines(before, saved.value()),
                 (QStringList {QStringLiteral("-            mode: cert-manager"),
                               QStringLiteral("-            clusterIssuer: letsencrypt-prod"), QStringLiteral("+            mode: none"),
                               QStringLiteral("-        imageTag: \"release-1.43.0\""),
                               QStringLiteral("+        imageTag: \"release-1.44.0\""),
                               QStringLiteral("+        autoscaling:"),
                               QStringLiteral("+            memoryUtilization: 85")}));
        QVERIFY(ProfileIO::parse(saved.value()).value() == changed);
    }

    // A file whose only difference from the canonical form is layout keeps it.
    void unchangedProfileSavesTheSameBytes()
    {
        const QByteArray before = fixture(QStringLiteral("commented.yaml"));
        const DeploymentProfile read = ProfileIO::parse(before).value();
        const auto saved = ProfileEditor::save(before, read, read);
        QVERIFY(saved.ok());
        QCOMPARE(saved.value(), before);
    }
};

QTEST_GUILESS_MAIN(TestProfileEditor)
#include "tst_profileeditor.moc"
