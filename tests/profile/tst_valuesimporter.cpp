#include "testpaths.h"
#include "profile/profileio.h"
#include "profile/valuesimporter.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QTest>

using namespace phc;

class TestValuesImporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Generate, import the values.yaml, generate again: the same values.yaml.
    // The import starts from a blank profile that has only the fields a
    // values file cannot carry (ValuesImporter::keptFromBase) from the
    // original, so every other field must come from the file. Every leaf the
    // generator writes is mapped: a new generated key fails here until the
    // importer maps it.
    void roundTripOfGeneratedValues_data()
    {
        QTest::addColumn<QByteArray>("profileYaml");
        for (const auto &[name, yaml] : phctest::referenceProfiles())
            if (phctest::profileFrom(yaml).hasTarget(Target::Helm))
                QTest::newRow(qPrintable(name)) << yaml;
        // The variants the reference profiles do not cover.
        const QByteArray example = ProfileIO::exampleProfile();
        DeploymentProfile p = phctest::profileFrom(example);
        p.sizing.autoscaling.enabled = true;
        p.sizing.autoscaling.memoryUtilization = 75;
        QTest::newRow("own autoscaler") << ProfileIO::serialize(p).toUtf8();
        p = phctest::profileFrom(example);
        p.domain.tls.mode = TlsMode::None;
        p.sizing.webReplicas.fixed = 7;
        // Fixed replicas reach values.yaml without an autoscaler; with one,
        // replicacount is the autoscaler's minimum.
        p.sizing.autoscaling.enabled = false;
        p.cluster.releaseName = QStringLiteral("analytics");
        QTest::newRow("no TLS, fixed web replicas, own release") << ProfileIO::serialize(p).toUtf8();
        p = phctest::profileFrom(example);
        p.domain.tls.mode = TlsMode::ExistingSecret;
        p.sizing.monthlyEvents = 50'000'000;
        QTest::newRow("existing TLS secret, large") << ProfileIO::serialize(p).toUtf8();
    }

    void roundTripOfGeneratedValues()
    {
        QFETCH(QByteArray, profileYaml);
        const DeploymentProfile original = phctest::profileFrom(profileYaml);
        const auto files = phctest::bundleFor(profileYaml);
        const auto *values = phctest::findFile(files, QStringLiteral("helm/values.yaml"));
        QVERIFY(values);

        DeploymentProfile base = ProfileIO::blankProfile();
        for (const QString &path : ValuesImporter::keptFromBase()) {
            if (path == u"metadata.name")
                base.name = original.name;
            else if (path == u"spec.cluster.chartVersion")
                base.cluster.chartVersion = original.cluster.chartVersion;
            else if (path == u"spec.cluster.ingressControllerNamespace")
                base.cluster.ingressControllerNamespace = original.cluster.ingressControllerNamespace;
            else if (path == u"spec.domain.tls.mode")
                base.domain.tls.mode = original.domain.tls.mode;
            else if (path == u"spec.domain.tls.clusterIssuer")
                base.domain.tls.clusterIssuer = original.domain.tls.clusterIssuer;
            else if (path == u"spec.sizing.monthlyEvents")
                base.sizing.monthlyEvents = original.sizing.monthlyEvents;
            else if (path == u"spec.sizing.autoscaling.enabled")
                base.sizing.autoscaling.enabled = original.sizing.autoscaling.enabled;
            else if (path == u"spec.sizing.autoscaling.memoryUtilization")
                base.sizing.autoscaling.memoryUtilization = original.sizing.autoscaling.memoryUtilization;
            else
                QFAIL(qPrintable(QStringLiteral("no copy for kept field %1 in this test").arg(path)));
        }
        auto imported = ValuesImporter::import(values->content, base);
        QVERIFY2(imported.ok(), qPrintable(formatIssues(imported.issues(), QStringLiteral("values.yaml"))));
        QStringList unmapped;
        for (const Issue &i : imported.value().notMapped)
            unmapped << i.path + QStringLiteral(": ") + i.message;
        QVERIFY2(unmapped.isEmpty(), qPrintable(unmapped.join(u'\n')));
        for (const Issue &i : imported.value().kept)
            QVERIFY2(ValuesImporter::keptFromBase().contains(i.path), qPrintable(i.path));

        const QByteArray again = ProfileIO::serialize(imported.value().profile).toUtf8();
        const auto filesAgain = phctest::bundleFor(again);
        const auto *valuesAgain = phctest::findFile(filesAgain, QStringLiteral("helm/values.yaml"));
        QVERIFY(valuesAgain);
        QCOMPARE(QString::fromUtf8(valuesAgain->content), QString::fromUtf8(values->content));
    }

    // Monthly events live only in a comment: an import keeps the current
    // profile's and names the field, instead of falling back to a default.
    void fieldsValuesCannotCarryAreKeptAndNamed()
    {
        const QByteArray example = ProfileIO::exampleProfile();
        const auto files = phctest::bundleFor(example);
        const auto *values = phctest::findFile(files, QStringLiteral("helm/values.yaml"));
        QVERIFY(values);
        DeploymentProfile current = ProfileIO::blankProfile();
        current.sizing.monthlyEvents = 500'000;
        auto imported = ValuesImporter::import(values->content, current);
        QVERIFY(imported.ok());
        QCOMPARE(imported.value().profile.sizing.monthlyEvents, 500'000);
        const Issues &kept = imported.value().kept;
        const auto events = std::find_if(kept.cbegin(), kept.cend(),
                                         [](const Issue &i) { return i.path == u"spec.sizing.monthlyEvents"; });
        QVERIFY(events != kept.cend());
        QVERIFY2(events->message.contains(QStringLiteral("500000")), qPrintable(events->message));
        QVERIFY(events->message.contains(QStringLiteral("not imported")));
    }

    void unmappedKeysAreListedWithPositions()
    {
        const QByteArray yaml = "ingress:\n"
                                "  hostname: ph.example.com\n"
                                "  annotations:\n"
                                "    foo: bar\n"
                                "recordings:\n"
                                "  replicacount: 3\n"
                                "web:\n"
                                "  replicacount: notanumber\n";
        auto imported = ValuesImporter::import(yaml);
        QVERIFY(imported.ok());
        const auto &result = imported.value();
        QCOMPARE(result.profile.domain.hostname, QStringLiteral("ph.example.com"));
        QVERIFY(result.mapped.contains(QStringLiteral("ingress.hostname")));
        auto find = [&](const QString &path) -> const Issue * {
            for (const Issue &i : result.notMapped)
                if (i.path == path)
                    return &i;
            return nullptr;
        };
        const Issue *annotation = find(QStringLiteral("ingress.annotations.foo"));
        QVERIFY(annotation);
        QCOMPARE(annotation->line, 4);
        QCOMPARE(annotation->column, 10);
        QCOMPARE(annotation->severity, Severity::Warning);
        QVERIFY(find(QStringLiteral("recordings.replicacount")));
        const Issue *badType = find(QStringLiteral("web.replicacount"));
        QVERIFY(badType);
        QCOMPARE(badType->line, 8);
        QVERIFY(result.profile.sizing.webReplicas.isAuto());
    }

    void theChartsOwnDefaultsImportWithoutLoss()
    {
        const QString path = phctest::chartValuesPath();
        QVERIFY2(QFileInfo::exists(path), "the chart's values.yaml is not beside the checkout (../shared/reference/posthog-chart)");
        auto imported = ValuesImporter::import(phctest::readFile(path));
        QVERIFY(imported.ok());
        const auto &r = imported.value();
        QVERIFY(r.mapped.size() > 10);
        QVERIFY(r.notMapped.size() > 10);
        // Every key is accounted for exactly once: mapped or listed.
        for (const Issue &i : r.notMapped)
            QVERIFY2(!r.mapped.contains(i.path), qPrintable(i.path));
        QCOMPARE(r.profile.databases.postgres.mode, ServiceMode::Bundled);
    }

    void clusterIssuerAnnotationMeansCertManager()
    {
        const QByteArray yaml = "ingress:\n"
                                "  hostname: ph.example.com\n"
                                "  annotations:\n"
                                "    cert-manager.io/cluster-issuer: letsencrypt-staging\n"
                                "  secretName: ph-tls\n";
        auto imported = ValuesImporter::import(yaml);
        QVERIFY(imported.ok());
        const auto &tls = imported.value().profile.domain.tls;
        QCOMPARE(tls.mode, TlsMode::CertManager);
        QCOMPARE(tls.clusterIssuer, QStringLiteral("letsencrypt-staging"));
        QCOMPARE(tls.secretName, QStringLiteral("ph-tls"));
        QVERIFY(imported.value().notMapped.isEmpty());
    }

    void notAMappingFails_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<int>("line");
        QTest::newRow("list") << QByteArray("- a\n- b\n") << 1;
        QTest::newRow("syntax") << QByteArray("ingress:\n  hostname: [oops\n") << 3;
    }

    void notAMappingFails()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(int, line);
        auto imported = ValuesImporter::import(yaml);
        QVERIFY(!imported.ok());
        QVERIFY(!imported.issues().isEmpty());
        QCOMPARE(imported.issues().constFirst().line, line);
    }
};

QTEST_GUILESS_MAIN(TestValuesImporter)
#include "tst_valuesimporter.moc"
