#include "testpaths.h"
#include "profile/valuesimporter.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QTest>

using namespace phc;

class TestValuesImporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The Helm values the generator writes come back as the same chart-facing fields.
    void roundTripOfGeneratedValues_data()
    {
        QTest::addColumn<QByteArray>("profileYaml");
        for (const auto &[name, yaml] : phctest::referenceProfiles())
            if (phctest::profileFrom(yaml).hasTarget(Target::Helm))
                QTest::newRow(qPrintable(name)) << yaml;
    }

    void roundTripOfGeneratedValues()
    {
        QFETCH(QByteArray, profileYaml);
        const DeploymentProfile original = phctest::profileFrom(profileYaml);
        const auto files = phctest::bundleFor(profileYaml);
        const auto *values = phctest::findFile(files, QStringLiteral("helm/values.yaml"));
        QVERIFY(values);
        auto imported = ValuesImporter::import(values->content);
        QVERIFY(imported.ok());
        const DeploymentProfile &p = imported.value().profile;
        QCOMPARE(p.cluster.cloud, original.cluster.cloud);
        QCOMPARE(p.cluster.imageTag, original.cluster.imageTag);
        QCOMPARE(p.domain.hostname, original.domain.hostname);
        // The generated values name the certificate Secret; that cert-manager
        // fills it is in k8s/certificate.yaml, not in the values.
        QCOMPARE(p.domain.tls.mode,
                 original.domain.tls.mode == TlsMode::CertManager ? TlsMode::ExistingSecret : original.domain.tls.mode);
        QCOMPARE(p.domain.behindProxy, original.domain.behindProxy);
        QCOMPARE(p.domain.trustAllProxies, original.domain.trustAllProxies);
        // The server's version is the profile's own check; the chart's values do not carry it.
        PostgresSpec expectedPostgres = original.databases.postgres;
        expectedPostgres.version.clear();
        QCOMPARE(p.databases.postgres, expectedPostgres);
        QCOMPARE(p.databases.redis.mode, original.databases.redis.mode);
        QCOMPARE(p.databases.clickhouse.mode, original.databases.clickhouse.mode);
        QCOMPARE(p.databases.objectStorage.mode, original.databases.objectStorage.mode);
        // With a memory target the profile gets its own HPA (k8s/hpa.yaml) and the chart's stays off.
        const bool chartHpa = original.sizing.autoscaling.enabled && !original.sizing.autoscaling.memoryUtilization;
        QCOMPARE(p.sizing.autoscaling.enabled, chartHpa);
        if (chartHpa) {
            QCOMPARE(p.sizing.autoscaling.minReplicas, original.sizing.autoscaling.minReplicas);
            QCOMPARE(p.sizing.autoscaling.maxReplicas, original.sizing.autoscaling.maxReplicas);
            QCOMPARE(p.sizing.autoscaling.cpuUtilization, original.sizing.autoscaling.cpuUtilization);
        }
        if (original.databases.redis.mode == ServiceMode::External) {
            RedisSpec expectedRedis = original.databases.redis;
            expectedRedis.version.clear();
            QCOMPARE(p.databases.redis, expectedRedis);
        }
        if (original.databases.clickhouse.mode == ServiceMode::External) {
            QCOMPARE(p.databases.clickhouse.host, original.databases.clickhouse.host);
            QCOMPARE(p.databases.clickhouse.cluster, original.databases.clickhouse.cluster);
            QCOMPARE(p.databases.clickhouse.existingSecret, original.databases.clickhouse.existingSecret);
        } else {
            QCOMPARE(p.databases.clickhouse.persistenceSize, original.databases.clickhouse.persistenceSize);
            QCOMPARE(p.databases.clickhouse.resources, original.databases.clickhouse.resources);
        }
        if (original.databases.objectStorage.mode == ServiceMode::External)
            QCOMPARE(p.databases.objectStorage, original.databases.objectStorage);
        if (original.domain.tls.mode != TlsMode::None)
            QCOMPARE(p.domain.tls.secretName, original.domain.tls.secretName);
        // Replica counts the profile fixed come back fixed.
        if (original.sizing.workerReplicas.fixed)
            QCOMPARE(p.sizing.workerReplicas.fixed, original.sizing.workerReplicas.fixed);
    }

    void unmappedKeysAreListedWithPositions()
    {
        const QByteArray yaml = "ingress:\n"
                                "  hostname: ph.example.com\n"
                                "  annotations:\n"
                                "    foo: bar\n"
                                "plugins:\n"
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
        QVERIFY(find(QStringLiteral("plugins.replicacount")));
        const Issue *badType = find(QStringLiteral("web.replicacount"));
        QVERIFY(badType);
        QCOMPARE(badType->line, 8);
        QVERIFY(result.profile.sizing.webReplicas.isAuto());
    }

    void theChartsOwnDefaultsImportWithoutLoss()
    {
        const QString path = phctest::chartValuesPath();
        if (!QFileInfo::exists(path))
            QSKIP("the chart's values.yaml is not beside the checkout");
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
