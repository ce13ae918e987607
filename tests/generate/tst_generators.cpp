#include "testpaths.h"
#include "generate/bundle.h"
#include "generate/bundlewriter.h"
#include "generate/generatorcontext.h"
#include "compat/servicerequirements.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace phc;
using namespace phctest;

namespace {

const QString goldenRoot = phctest::testDataDir() + QStringLiteral("/golden");

// First differing line, for a readable failure.
QString firstDifference(const QByteArray &actual, const QByteArray &expected)
{
    const QList<QByteArray> a = actual.split('\n'), e = expected.split('\n');
    for (qsizetype i = 0; i < std::max(a.size(), e.size()); ++i) {
        const QByteArray al = a.value(i), el = e.value(i);
        if (al != el)
            return QStringLiteral("line %1:\n  expected: %2\n  actual:   %3")
                .arg(i + 1).arg(QString::fromUtf8(el), QString::fromUtf8(al));
    }
    return QString();
}

bool hasKey(const YAML::Node &node, const std::string &key) { return node.IsMap() && node[key].IsDefined(); }

// Collects the key paths of every scalar (and empty map/list) in a values file.
void leafPaths(const YAML::Node &node, const QString &prefix, QStringList &out)
{
    if (node.IsMap() && node.size() > 0) {
        for (const auto &kv : node)
            leafPaths(kv.second, prefix.isEmpty() ? QString::fromStdString(kv.first.Scalar())
                                                  : prefix + u'.' + QString::fromStdString(kv.first.Scalar()), out);
    } else {
        out << prefix;
    }
}

// True when the chart's values.yaml knows the key path (descending into
// maps the chart leaves empty, such as web.resources: {}).
bool chartKnows(const YAML::Node &chart, const QString &path)
{
    YAML::Node n = chart;
    for (const QString &part : path.split(u'.')) {
        if (n.IsMap() && n.size() == 0)
            return true; // a free-form map, e.g. resources
        if (!n.IsMap() || !std::as_const(n)[part.toStdString()].IsDefined())
            return false;
        n.reset(std::as_const(n)[part.toStdString()]); // rebinding; operator= would write into the chart
    }
    return true;
}

QProcessEnvironment fakeToolsEnv(const QString &binDir, const QString &logFile)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PATH"), binDir + u':' + env.value(QStringLiteral("PATH")));
    env.insert(QStringLiteral("FAKE_LOG"), logFile);
    env.insert(QStringLiteral("FAKE_CONTEXT"), QStringLiteral("prod-eu"));
    env.remove(QStringLiteral("POSTHOG_CONFIRM_CONTEXT"));
    for (const QString &var : {QStringLiteral("POSTGRES_PASSWORD"), QStringLiteral("REDIS_PASSWORD"),
                               QStringLiteral("CLICKHOUSE_PASSWORD"), QStringLiteral("POSTHOG_SECRET_KEY")})
        env.remove(var);
    return env;
}

// Stand-ins for kubectl and helm that log their arguments; no Secret exists.
void writeFakeTools(const QString &binDir)
{
    QDir().mkpath(binDir);
    // The current context is $FAKE_CONTEXT; the CRDs named in $FAKE_MISSING_CRDS
    // do not exist; one migrate Job of release posthog exists.
    const QByteArray script = "#!/bin/sh\n"
                              "echo \"$(basename \"$0\") $*\" >>\"$FAKE_LOG\"\n"
                              "for last; do :; done\n"
                              "case \"$*\" in\n"
                              "  *\"config current-context\"*) echo \"$FAKE_CONTEXT\"; exit 0;;\n"
                              "  *\"get crd\"*) case \" ${FAKE_MISSING_CRDS:-} \" in *\" $last \"*) exit 1;; esac; exit 0;;\n"
                              "  *\"get jobs\"*) echo job.batch/posthog-migrate-2026-01-01-00-00-00; exit 0;;\n"
                              "  *\"get secret\"*) exit 1;; *\"get namespace\"*) exit 1;;\n"
                              "esac\n"
                              "exit 0\n";
    for (const QString &tool : {QStringLiteral("kubectl"), QStringLiteral("helm")}) {
        QFile f(binDir + u'/' + tool);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(script);
        f.close();
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
}

} // namespace

class TestGenerators : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void golden_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        for (const auto &[name, yaml] : referenceProfiles())
            QTest::newRow(qPrintable(name)) << yaml;
    }

    // Every generated file equals its reviewed golden copy, and the set of
    // files is exactly the set of golden files.
    void golden()
    {
        QFETCH(QByteArray, yaml);
        const QString dir = goldenRoot + u'/' + QString::fromUtf8(QTest::currentDataTag());
        const GeneratedFiles files = bundleFor(yaml);
        if (qEnvironmentVariableIsSet("PHC_UPDATE_GOLDEN")) {
            QDir(dir).removeRecursively();
            QVERIFY(BundleWriter::write(files, dir, BundleWriter::Overwrite::Allow).ok());
            QSKIP("golden files rewritten: review them with git diff before committing");
        }
        QStringList expected;
        QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            expected << QDir(dir).relativeFilePath(it.next());
        QStringList actual;
        for (const GeneratedFile &f : files)
            actual << f.relativePath;
        expected.sort();
        actual.sort();
        QCOMPARE(actual, expected);
        for (const GeneratedFile &f : files) {
            const QByteArray golden = readFile(dir + u'/' + f.relativePath);
            QVERIFY2(f.content == golden, qPrintable(f.relativePath + u' ' + firstDifference(f.content, golden)));
        }
    }

    void deterministic()
    {
        for (const auto &[name, yaml] : referenceProfiles()) {
            const GeneratedFiles a = bundleFor(yaml), b = bundleFor(yaml);
            QCOMPARE(a.size(), b.size());
            for (qsizetype i = 0; i < a.size(); ++i)
                QCOMPARE(a[i].content, b[i].content);
        }
    }

    void onlyRequestedTargets()
    {
        const GeneratedFiles compose = bundleFor(referenceProfile(QStringLiteral("compose-only")));
        for (const GeneratedFile &f : compose) {
            QVERIFY2(!f.relativePath.startsWith(QStringLiteral("helm/")), qPrintable(f.relativePath));
            QVERIFY2(!f.relativePath.startsWith(QStringLiteral("k8s/")), qPrintable(f.relativePath));
        }
        QVERIFY(findFile(compose, QStringLiteral("compose/docker-compose.yml")));
        QVERIFY(findFile(compose, QStringLiteral("README.md")));
    }

    void everyYamlFileParses()
    {
        for (const auto &[name, yaml] : referenceProfiles())
            for (const GeneratedFile &f : bundleFor(yaml))
                if (f.relativePath.endsWith(QStringLiteral(".yaml")) || f.relativePath.endsWith(QStringLiteral(".yml"))) {
                    try {
                        for (const YAML::Node &doc : YAML::LoadAll(f.content.toStdString()))
                            QVERIFY2(doc.IsMap(), qPrintable(name + u'/' + f.relativePath));
                    } catch (const YAML::Exception &e) {
                        QFAIL(qPrintable(name + u'/' + f.relativePath + u' ' + QString::fromStdString(e.what())));
                    }
                }
    }

    // The keys the chart really reads (the guide's values are ignored or
    // rejected by chart 30.46.0).
    void helmValuesUseTheChartsKeys()
    {
        const GeneratedFiles files = bundleFor(ProfileIO::exampleProfile());
        const YAML::Node v = yamlOf(*findFile(files, QStringLiteral("helm/values.yaml")));
        QCOMPARE(v["postgresql"]["enabled"].as<bool>(), false);
        QCOMPARE(v["externalPostgresql"]["postgresqlHost"].as<std::string>(), std::string("your-rds-endpoint.amazonaws.com"));
        QCOMPARE(v["externalPostgresql"]["postgresqlPort"].as<int>(), 5432);
        QCOMPARE(v["externalPostgresql"]["existingSecret"].as<std::string>(), std::string("posthog-db-secret"));
        QVERIFY(!hasKey(v["postgresql"], "externalPostgresql"));
        // The autoscalers' minimum: helm upgrade resets the Deployments to it.
        QCOMPARE(v["web"]["replicacount"].as<int>(), 2);
        QCOMPARE(v["worker"]["replicacount"].as<int>(), 2);
        QVERIFY(!hasKey(v["web"], "replicaCount"));
        QCOMPARE(v["image"]["tag"].as<std::string>(), std::string("release-1.43.0"));
        QCOMPARE(v["siteUrl"].as<std::string>(), std::string("https://analytics.distill.app"));
        QCOMPARE(v["ingress"]["hostname"].as<std::string>(), std::string("analytics.distill.app"));
        QCOMPARE(v["ingress"]["secretName"].as<std::string>(), std::string("posthog-tls"));
        QCOMPARE(v["clickhouse"]["persistence"]["size"].as<std::string>(), std::string("200Gi"));
        QCOMPARE(v["clickhouse"]["persistence"]["storageClass"].as<std::string>(), std::string("gp3"));
        QCOMPARE(v["clickhouse"]["resources"]["limits"]["memory"].as<std::string>(), std::string("16Gi"));
        QCOMPARE(v["cloud"].as<std::string>(), std::string("aws"));
        // The chart sets IS_BEHIND_PROXY itself, and any TRUST_ALL_PROXIES value reads as true.
        QVERIFY(!hasKey(v, "env"));
        QCOMPARE(yamlOf(*findFile(bundleFor(referenceProfile(QStringLiteral("all-external"))), QStringLiteral("helm/values.yaml")))["env"][0]["value"].as<std::string>(),
                 std::string("true"));
    }

    void helmValuesKeysExistInTheChart_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        for (const auto &[name, yaml] : referenceProfiles())
            if (profileFrom(yaml).hasTarget(Target::Helm))
                QTest::newRow(qPrintable(name)) << yaml;
    }

    void helmValuesKeysExistInTheChart()
    {
        QFETCH(QByteArray, yaml);
        QVERIFY2(QFile::exists(phctest::chartValuesPath()),
                 "the chart's values.yaml is not beside the checkout (../shared/reference/posthog-chart)");
        const YAML::Node chart = YAML::LoadFile(phctest::chartValuesPath().toStdString());
        const YAML::Node ours = yamlOf(*findFile(bundleFor(yaml), QStringLiteral("helm/values.yaml")));
        QStringList paths;
        leafPaths(ours, QString(), paths);
        // Values of the bundled Bitnami subcharts (and their global), not listed in the parent chart;
        // tst_alertrules renders the chart and finds the exporters they turn on.
        const QStringList subchartKeys {QStringLiteral("postgresql.existingSecret"), QStringLiteral("global.storageClass"),
                                        QStringLiteral("kafka.logSegmentBytes"), QStringLiteral("redis.master.resources"),
                                        QStringLiteral("kafka.metrics.kafka.enabled"), QStringLiteral("redis.metrics.enabled"),
                                        QStringLiteral("prometheus-pushgateway.fullnameOverride"),
                                        // MinIO's subchart and the chart's posthog.objectStorage.fullname read it.
                                        QStringLiteral("minio.fullnameOverride"),
                                        // Read by the chart's templates, not listed in its values.yaml:
                                        // events-deployment.yaml takes events.resources (else web's), the
                                        // budgets' maxUnavailable has no default; tst_rendered finds both rendered.
                                        QStringLiteral("events.resources"), QStringLiteral("web.pdb.maxUnavailable"),
                                        QStringLiteral("events.pdb.maxUnavailable")};
        const auto isSubchartKey = [&subchartKeys](const QString &path) {
            return std::any_of(subchartKeys.cbegin(), subchartKeys.cend(),
                               [&path](const QString &k) { return path == k || path.startsWith(k + u'.'); });
        };
        for (const QString &path : paths)
            QVERIFY2(isSubchartKey(path) || chartKnows(chart, path), qPrintable(path + QStringLiteral(" is not a key of the chart")));
    }

    // At most one autoscaler per Deployment: the chart's (CPU only) or ours.
    void oneAutoscalerPerDeployment()
    {
        const GeneratedFiles memory = bundleFor(ProfileIO::exampleProfile());
        QVERIFY(findFile(memory, QStringLiteral("k8s/hpa.yaml")));
        YAML::Node v = yamlOf(*findFile(memory, QStringLiteral("helm/values.yaml")));
        for (const char *process : {"web", "events", "worker", "plugins"})
            QVERIFY2(!v[process]["hpa"]["enabled"].as<bool>(true), process);
        const auto hpas = YAML::LoadAll(findFile(memory, QStringLiteral("k8s/hpa.yaml"))->content.toStdString());
        QCOMPARE(hpas.size(), size_t(4));
        QCOMPARE(hpas[0]["spec"]["scaleTargetRef"]["name"].as<std::string>(), std::string("posthog-web"));
        QCOMPARE(hpas[1]["spec"]["scaleTargetRef"]["name"].as<std::string>(), std::string("posthog-events"));
        QCOMPARE(hpas[2]["spec"]["scaleTargetRef"]["name"].as<std::string>(), std::string("posthog-worker-default"));
        QCOMPARE(hpas[3]["spec"]["scaleTargetRef"]["name"].as<std::string>(), std::string("posthog-plugins"));
        // 500K events, row "100K - 1M": every count (3 and 4) within the profile's 2 to 10.
        for (const auto &h : hpas) {
            QCOMPARE(h["spec"]["minReplicas"].as<int>(), 2);
            QCOMPARE(h["spec"]["maxReplicas"].as<int>(), 10);
        }
        QCOMPARE(hpas[0]["spec"]["metrics"][1]["resource"]["name"].as<std::string>(), std::string("memory"));
        QCOMPARE(hpas[0]["spec"]["metrics"][1]["resource"]["target"]["averageUtilization"].as<int>(), 80);
        // Utilisation targets need requests on the pods.
        QVERIFY(v["web"]["resources"]["requests"]["cpu"].IsDefined());

        const GeneratedFiles cpu = bundleFor(referenceProfile(QStringLiteral("all-external")));
        QVERIFY(!findFile(cpu, QStringLiteral("k8s/hpa.yaml")));
        v = yamlOf(*findFile(cpu, QStringLiteral("helm/values.yaml")));
        QCOMPARE(v["web"]["hpa"]["enabled"].as<bool>(), true);
        QCOMPARE(v["web"]["hpa"]["minpods"].as<int>(), 4);
        QCOMPARE(v["web"]["hpa"]["maxpods"].as<int>(), 20);
        QCOMPARE(v["web"]["hpa"]["cputhreshold"].as<int>(), 65);
        QCOMPARE(v["worker"]["replicacount"].as<int>(), 12); // fixed in the profile
        QCOMPARE(v["web"]["replicacount"].as<int>(), 10);    // auto: > 10M row
        // The chart's autoscalers for events and plugins too; plugins' maximum
        // would be below the > 10M row's 16 at the profile's 20, so it stays 20.
        for (const char *process : {"events", "plugins"}) {
            QVERIFY2(v[process]["hpa"]["enabled"].as<bool>(false), process);
            QCOMPARE(v[process]["hpa"]["minpods"].as<int>(), 4);
            QCOMPARE(v[process]["hpa"]["maxpods"].as<int>(), 20);
        }
        QCOMPARE(v["events"]["replicacount"].as<int>(), 12);
        QCOMPARE(v["plugins"]["replicacount"].as<int>(), 16);
    }

    // Every PostHog process gets CPU and memory requests and a memory limit
    // from the sizing tier of the profile's volume.
    void processResourcesFromTheTier_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("tier");
        QTest::addColumn<QString>("pluginsCpu"); // one figure per tier, written out: the data is not echoed
        const auto reference = [](const char *name) { return referenceProfile(QLatin1StringView(name)); };
        QTest::newRow("guide-example, 500K") << reference("guide-example") << QStringLiteral("Recommended") << QStringLiteral("1");
        QTest::newRow("all-external, 25M") << reference("all-external") << QStringLiteral("Enterprise") << QStringLiteral("2");
        QTest::newRow("bundled-20m") << reference("bundled-20m") << QStringLiteral("Enterprise") << QStringLiteral("2");
        QTest::newRow("external-analytics, 5M") << reference("external-analytics") << QStringLiteral("Enterprise") << QStringLiteral("2");
        DeploymentProfile small = profileFrom(ProfileIO::exampleProfile());
        small.sizing.monthlyEvents = 5000;
        QTest::newRow("5K") << ProfileIO::serialize(small).toUtf8() << QStringLiteral("Minimum") << QStringLiteral("250m");
    }

    void processResourcesFromTheTier()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, tier);
        QFETCH(QString, pluginsCpu);
        const YAML::Node v = yamlOf(*findFile(bundleFor(yaml), QStringLiteral("helm/values.yaml")));
        const ResourceTier *t = nullptr;
        for (const ResourceTier &candidate : SizingModel::builtIn().tiers())
            if (candidate.name == tier)
                t = &candidate;
        QVERIFY(t);
        QCOMPARE(GeneratorContext(profileFrom(yaml)).recommendation.tier.name, tier);
        const std::pair<const char *, const ProcessResources *> processes[] = {
            {"web", &t->web}, {"events", &t->events}, {"worker", &t->worker}, {"plugins", &t->plugins}};
        for (const auto &[key, expected] : processes) {
            const YAML::Node r = v[key]["resources"];
            QVERIFY2(r.IsMap(), key);
            QCOMPARE(QString::fromStdString(r["requests"]["cpu"].as<std::string>("")), expected->cpu);
            QCOMPARE(QString::fromStdString(r["requests"]["memory"].as<std::string>("")), expected->memory);
            QCOMPARE(QString::fromStdString(r["limits"]["memory"].as<std::string>("")), expected->memoryLimit);
        }
        QCOMPARE(QString::fromStdString(v["plugins"]["resources"]["requests"]["cpu"].as<std::string>("")), pluginsCpu);
    }

    void externalServicesUseChartKeys()
    {
        const YAML::Node v = yamlOf(*findFile(bundleFor(referenceProfile(QStringLiteral("all-external"))), QStringLiteral("helm/values.yaml")));
        QCOMPARE(v["redis"]["enabled"].as<bool>(), false);
        QCOMPARE(v["externalRedis"]["host"].as<std::string>(), std::string("redis.acme.internal"));
        QCOMPARE(v["externalRedis"]["port"].as<int>(), 6380);
        QCOMPARE(v["clickhouse"]["enabled"].as<bool>(), false);
        QCOMPARE(v["externalClickhouse"]["cluster"].as<std::string>(), std::string("acme_cluster"));
        QCOMPARE(v["externalClickhouse"]["existingSecretPasswordKey"].as<std::string>(), std::string("ch-password"));
        QCOMPARE(v["minio"]["enabled"].as<bool>(), false);
        QCOMPARE(v["externalObjectStorage"]["bucket"].as<std::string>(), std::string("acme-posthog"));
        QCOMPARE(v["externalObjectStorage"]["existingSecret"].as<std::string>(), std::string("acme-gcs"));
        // A bundled service and its external twin are never both on.
        QVERIFY(!hasKey(v["clickhouse"], "layout"));
        // The chart's fullname: "acme" does not contain "posthog".
        const auto pm = bundleFor(referenceProfile(QStringLiteral("all-external")));
        const YAML::Node np = yamlOf(*findFile(pm, QStringLiteral("k8s/network-policy.yaml")));
        QCOMPARE(np["metadata"]["name"].as<std::string>(), std::string("acme-posthog-network-policy"));
    }

    void bundledServicesUseGeneratedSecrets()
    {
        const QByteArray yaml = QByteArray(ProfileIO::exampleProfile())
                                    .replace("      mode: external\n      host: your-rds-endpoint.amazonaws.com\n      port: 5432\n"
                                             "      database: posthog\n      username: posthog\n      existingSecret: posthog-db-secret\n"
                                             "      existingSecretPasswordKey: password\n",
                                             "      mode: bundled\n");
        const GeneratedFiles files = bundleFor(yaml);
        const YAML::Node v = yamlOf(*findFile(files, QStringLiteral("helm/values.yaml")));
        QCOMPARE(v["postgresql"]["enabled"].as<bool>(), true);
        QCOMPARE(v["postgresql"]["existingSecret"].as<std::string>(), std::string("posthog-postgresql"));
        QCOMPARE(v["clickhouse"]["existingSecret"].as<std::string>(), std::string("posthog-clickhouse"));
        QCOMPARE(v["minio"]["auth"]["existingSecret"].as<std::string>(), std::string("posthog-minio"));
        QCOMPARE(v["posthogSecretKey"]["existingSecret"].as<std::string>(), std::string("posthog-secret-key"));
        QVERIFY(!hasKey(v, "externalPostgresql"));
        const QByteArray install = findFile(files, QStringLiteral("helm/install.sh"))->content;
        QVERIFY(install.contains("create_secret posthog-postgresql postgresql-password"));
        QVERIFY(install.contains("create_secret posthog-minio root-user root-password"));
    }

    // None of the chart's well-known default credentials, nor any secret
    // literal, in any generated file.
    void noDefaultCredentials()
    {
        const QList<QByteArray> forbidden {"a1f31e03-c88e-4ca6-a2df-ad49183d15d9", "root-password-change-me-please",
                                           "postgresqlPassword", "posthog:posthog@", "object_storage_root_password",
                                           "backup_password"};
        for (const auto &[name, yaml] : referenceProfiles())
            for (const GeneratedFile &f : bundleFor(yaml))
                for (const QByteArray &word : forbidden)
                    QVERIFY2(!f.content.contains(word), qPrintable(name + u'/' + f.relativePath + QStringLiteral(" contains ") + QString::fromUtf8(word)));
    }

    void networkPolicyKeepsPostHogWorking()
    {
        const GeneratedFiles files = bundleFor(ProfileIO::exampleProfile());
        const YAML::Node np = yamlOf(*findFile(files, QStringLiteral("k8s/network-policy.yaml")));
        const YAML::Node spec = np["spec"];
        QCOMPARE(np["metadata"]["namespace"].as<std::string>(), std::string("posthog"));
        // In-namespace traffic both ways.
        QVERIFY(spec["ingress"][0]["from"][0]["podSelector"].IsMap());
        QVERIFY(spec["egress"][0]["to"][0]["podSelector"].IsMap());
        // Ingress controller and client namespace to 8000.
        const YAML::Node from = spec["ingress"][1]["from"];
        QCOMPARE(from[0]["namespaceSelector"]["matchLabels"]["kubernetes.io/metadata.name"].as<std::string>(), std::string("ingress-nginx"));
        QCOMPARE(from[1]["namespaceSelector"]["matchLabels"]["kubernetes.io/metadata.name"].as<std::string>(), std::string("distill-api"));
        QCOMPARE(spec["ingress"][1]["ports"][0]["port"].as<int>(), 8000);
        // DNS, the external database, HTTPS.
        QSet<QString> egressPorts;
        for (const auto &rule : spec["egress"])
            for (const auto &port : rule["ports"])
                egressPorts << QString::fromStdString(port["protocol"].as<std::string>()) + u'/' + QString::number(port["port"].as<int>());
        for (const char *needed : {"UDP/53", "TCP/53", "TCP/5432", "TCP/443"})
            QVERIFY2(egressPorts.contains(QString::fromUtf8(needed)), needed);
    }

    // Egress to external services names where it may go: any address but
    // the profile's cluster ranges, one ipBlock per family (IPv6 only with an
    // IPv6 range, or with none), and a Service's cluster DNS name in its
    // namespace instead of an address.
    void externalEgressPeers_data()
    {
        QTest::addColumn<QStringList>("cidrs");
        QTest::addColumn<QStringList>("v4Except"); // empty with "-": no IPv4 block
        QTest::addColumn<QStringList>("v6Except"); // "-": no IPv6 block
        const QStringList none {QStringLiteral("-")};
        QTest::newRow("none given") << QStringList() << QStringList() << QStringList();
        QTest::newRow("IPv4 only") << QStringList {QStringLiteral("10.244.0.0/16"), QStringLiteral("10.96.0.0/12")}
                                   << QStringList {QStringLiteral("10.244.0.0/16"), QStringLiteral("10.96.0.0/12")} << none;
        QTest::newRow("dual stack") << QStringList {QStringLiteral("10.244.0.0/16"), QStringLiteral("fd00:10:244::/56")}
                                    << QStringList {QStringLiteral("10.244.0.0/16")} << QStringList {QStringLiteral("fd00:10:244::/56")};
        QTest::newRow("IPv6 only") << QStringList {QStringLiteral("fd00:10:244::/56")} << QStringList()
                                   << QStringList {QStringLiteral("fd00:10:244::/56")};
    }

    void externalEgressPeers()
    {
        QFETCH(QStringList, cidrs);
        QFETCH(QStringList, v4Except);
        QFETCH(QStringList, v6Except);
        DeploymentProfile p = profileFrom(referenceProfile(QStringLiteral("external-analytics")));
        p.cluster.podAndServiceCidrs = cidrs;
        p.databases.kafka.brokers = {QStringLiteral("kafka-0.streaming.svc.cluster.local:9092"),
                                     QStringLiteral("kafka-a.data.corp.example:9093")};
        p.databases.redis.mode = ServiceMode::External;
        p.databases.redis.host = QStringLiteral("redis.cache.svc");
        p.databases.redis.existingSecret = QStringLiteral("redis");
        const auto bundle = Bundle::generate(p);
        QVERIFY2(bundle.ok(), qPrintable(formatIssues(bundle.issues(), QStringLiteral("p"))));
        QHash<int, YAML::Node> peersByPort;
        for (const auto &rule : yamlOf(*findFile(bundle.value(), QStringLiteral("k8s/network-policy.yaml")))["spec"]["egress"])
            if (const YAML::Node to = rule["to"])
                for (const auto &port : rule["ports"])
                    peersByPort.insert(port["port"].as<int>(), to);
        const auto namespaceOf = [](const YAML::Node &peers) {
            return peers.size() == 1 ? peers[0]["namespaceSelector"]["matchLabels"]["kubernetes.io/metadata.name"].as<std::string>("")
                                     : std::string();
        };
        QVERIFY(peersByPort.contains(9092) && peersByPort.contains(6379));
        QCOMPARE(namespaceOf(peersByPort.value(9092)), std::string("streaming"));
        QCOMPARE(namespaceOf(peersByPort.value(6379)), std::string("cache"));
        for (int port : {9093, 9000, 8123, 443, 6443}) {
            QVERIFY2(peersByPort.contains(port), qPrintable(QStringLiteral("no egress rule names its peers on %1").arg(port)));
            const YAML::Node peers = peersByPort.value(port);
            QVERIFY2(peers.IsSequence(), qPrintable(QString::number(port)));
            QHash<QString, QStringList> exceptByCidr;
            for (const auto &peer : peers) {
                QVERIFY2(peer["ipBlock"], qPrintable(QStringLiteral("port %1 has a peer other than an ipBlock").arg(port)));
                QStringList except;
                for (const auto &e : peer["ipBlock"]["except"])
                    except << QString::fromStdString(e.as<std::string>());
                exceptByCidr.insert(QString::fromStdString(peer["ipBlock"]["cidr"].as<std::string>()), except);
            }
            const auto expect = [&](const QString &cidr, const QStringList &except) {
                if (except == QStringList {QStringLiteral("-")}) {
                    QVERIFY2(!exceptByCidr.contains(cidr), qPrintable(QStringLiteral("port %1 opens %2").arg(port).arg(cidr)));
                } else {
                    QVERIFY2(exceptByCidr.contains(cidr), qPrintable(QStringLiteral("port %1 lacks %2").arg(port).arg(cidr)));
                    QCOMPARE(exceptByCidr.value(cidr), except);
                }
            };
            expect(QStringLiteral("0.0.0.0/0"), v4Except);
            expect(QStringLiteral("::/0"), v6Except);
        }
    }

    // External Kafka: the chart's own is off, the brokers are the profile's,
    // and the NetworkPolicy lets every broker port out.
    void externalKafkaIsReachable()
    {
        const QByteArray yaml = referenceProfile(QStringLiteral("external-analytics"));
        const DeploymentProfile p = profileFrom(yaml);
        const GeneratedFiles files = bundleFor(yaml);
        const YAML::Node v = yamlOf(*findFile(files, QStringLiteral("helm/values.yaml")));
        QCOMPARE(v["kafka"]["enabled"].as<bool>(), false);
        QStringList brokers;
        for (const auto &b : v["externalKafka"]["brokers"])
            brokers << QString::fromStdString(b.as<std::string>());
        QCOMPARE(brokers, p.databases.kafka.brokers);
        QSet<int> egressPorts;
        for (const auto &rule : yamlOf(*findFile(files, QStringLiteral("k8s/network-policy.yaml")))["spec"]["egress"])
            for (const auto &port : rule["ports"])
                egressPorts << port["port"].as<int>();
        for (const QString &b : p.databases.kafka.brokers)
            QVERIFY2(egressPorts.contains(b.section(u':', -1).toInt()), qPrintable(b));
        // The bundled Kafka of the other profiles stays the chart's.
        QVERIFY(!yamlOf(*findFile(bundleFor(ProfileIO::exampleProfile()), QStringLiteral("helm/values.yaml")))["externalKafka"]);
    }

    // PostHog 1.43 reads TRUST_ALL_PROXIES with os.getenv and no conversion:
    // "false" turns trust-all on. The variable appears only as "true";
    // TRUSTED_PROXIES carries the profile's list.
    void proxyTrustAsPostHogReadsIt_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        for (const auto &[name, yaml] : referenceProfiles())
            QTest::newRow(qPrintable(name)) << yaml;
    }

    void proxyTrustAsPostHogReadsIt()
    {
        QFETCH(QByteArray, yaml);
        const DeploymentProfile p = profileFrom(yaml);
        const GeneratedFiles files = bundleFor(yaml);
        QList<QHash<QString, QString>> envs;
        if (const GeneratedFile *values = findFile(files, QStringLiteral("helm/values.yaml"))) {
            QHash<QString, QString> env;
            for (const auto &item : yamlOf(*values)["env"])
                env.insert(QString::fromStdString(item["name"].as<std::string>()),
                           QString::fromStdString(item["value"].as<std::string>()));
            envs << env;
        }
        if (const GeneratedFile *compose = findFile(files, QStringLiteral("compose/docker-compose.yml"))) {
            for (const auto &svc : yamlOf(*compose)["services"]) {
                if (!svc.second["environment"] || !svc.second["environment"]["SECRET_KEY"])
                    continue;
                QHash<QString, QString> env;
                for (const auto &kv : svc.second["environment"])
                    env.insert(QString::fromStdString(kv.first.as<std::string>()),
                               QString::fromStdString(kv.second.as<std::string>()));
                envs << env;
            }
        }
        QVERIFY(!envs.isEmpty());
        for (const auto &env : std::as_const(envs)) {
            QCOMPARE(env.value(QStringLiteral("TRUST_ALL_PROXIES")),
                     p.domain.trustAllProxies ? QStringLiteral("true") : QString());
            QCOMPARE(env.value(QStringLiteral("TRUSTED_PROXIES")),
                     p.domain.trustAllProxies ? QString() : p.domain.trustedProxies.join(u','));
        }
    }

    // PostHog exits at start on a ClickHouse outside its gates; the chart's
    // default (23.9.2.56) goes with its `latest` app. The files pin server
    // and client image to what the release ran with, inside its gate.
    void clickhouseImagePinnedToTheRelease_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        for (const auto &[name, yaml] : referenceProfiles())
            QTest::newRow(qPrintable(name)) << yaml;
    }

    void clickhouseImagePinnedToTheRelease()
    {
        QFETCH(QByteArray, yaml);
        const DeploymentProfile p = profileFrom(yaml);
        const ServiceGates *gates = ServiceRequirements::builtIn().forPosthogVersion(*Version::parse(p.cluster.imageTag));
        QVERIFY(gates);
        const QString tag = gates->clickhouseImageTag();
        QVERIFY(gates->range(QStringLiteral("clickhouse")).contains(*Version::parse(tag)));
        const GeneratedFiles files = bundleFor(yaml);
        if (const GeneratedFile *values = findFile(files, QStringLiteral("helm/values.yaml"))) {
            const YAML::Node ch = yamlOf(*values)["clickhouse"];
            QCOMPARE(QString::fromStdString(ch["client"]["image"]["tag"].as<std::string>()), tag);
            if (p.databases.clickhouse.mode == ServiceMode::Bundled)
                QCOMPARE(QString::fromStdString(ch["image"]["tag"].as<std::string>()), tag);
            else
                QVERIFY(!ch["image"]);
        }
        if (const GeneratedFile *compose = findFile(files, QStringLiteral("compose/docker-compose.yml"))) {
            const YAML::Node svc = yamlOf(*compose)["services"]["clickhouse"];
            QCOMPARE(bool(svc), p.databases.clickhouse.mode == ServiceMode::Bundled);
            if (svc)
                QCOMPARE(QString::fromStdString(svc["image"].as<std::string>()),
                         QStringLiteral("clickhouse/clickhouse-server:") + tag);
        }
        const QString readme = QString::fromUtf8(findFile(files, QStringLiteral("README.md"))->content);
        QVERIFY2(readme.contains(gates->range(QStringLiteral("postgresql")).spec()), qPrintable(readme));
    }

    void podMonitorScrapesTheWebPods()
    {
        const GeneratedFiles files = bundleFor(ProfileIO::exampleProfile());
        QVERIFY(!findFile(files, QStringLiteral("k8s/service-monitor.yaml")));
        const auto docs = YAML::LoadAll(findFile(files, QStringLiteral("k8s/pod-monitor.yaml"))->content.toStdString());
        // web, events, workers, plugins, then the exporters for the alert rules (tst_alertrules).
        QCOMPARE(docs.size(), size_t(7));
        QCOMPARE(docs[0]["kind"].as<std::string>(), std::string("PodMonitor"));
        QCOMPARE(docs[0]["spec"]["selector"]["matchLabels"]["app"].as<std::string>(), std::string("posthog"));
        QCOMPARE(docs[0]["spec"]["selector"]["matchLabels"]["role"].as<std::string>(), std::string("web"));
        QCOMPARE(docs[0]["spec"]["podMetricsEndpoints"][0]["targetPort"].as<int>(), 8001);
        QCOMPARE(docs[0]["spec"]["podMetricsEndpoints"][0]["path"].as<std::string>(), std::string("/metrics"));
        QCOMPARE(docs[0]["spec"]["podMetricsEndpoints"][0]["interval"].as<std::string>(), std::string("30s"));
        QCOMPARE(docs[1]["spec"]["selector"]["matchLabels"]["role"].as<std::string>(), std::string("events"));
        QCOMPARE(docs[2]["spec"]["selector"]["matchLabels"]["role"].as<std::string>(), std::string("worker-default"));
        QCOMPARE(docs[3]["spec"]["podMetricsEndpoints"][0]["targetPort"].as<int>(), 6738);
    }

    void certificateOnlyWithCertManager()
    {
        const GeneratedFiles files = bundleFor(ProfileIO::exampleProfile());
        const YAML::Node cert = yamlOf(*findFile(files, QStringLiteral("k8s/certificate.yaml")));
        QCOMPARE(cert["spec"]["issuerRef"]["name"].as<std::string>(), std::string("letsencrypt-prod"));
        QCOMPARE(cert["spec"]["dnsNames"][0].as<std::string>(), std::string("analytics.distill.app"));
        QVERIFY(!findFile(bundleFor(referenceProfile(QStringLiteral("all-external"))), QStringLiteral("k8s/certificate.yaml")));
    }

    void retentionTargetsShardedTables()
    {
        const QByteArray sql = findFile(bundleFor(ProfileIO::exampleProfile()), QStringLiteral("sql/retention.sql"))->content;
        QVERIFY(sql.contains("ALTER TABLE posthog.sharded_events ON CLUSTER 'posthog'\n    MODIFY TTL toDate(timestamp) + INTERVAL 365 DAY\n"));
        QVERIFY(sql.contains("ALTER TABLE posthog.sharded_session_recording_events ON CLUSTER 'posthog'\n    MODIFY TTL toDate(timestamp) + INTERVAL 30 DAY\n"));
        QVERIFY(!QString::fromUtf8(sql).contains(QRegularExpression(QStringLiteral("^ALTER TABLE (posthog\\.)?events"),
                                                                   QRegularExpression::MultilineOption)));
        const QByteArray ext = findFile(bundleFor(referenceProfile(QStringLiteral("all-external"))), QStringLiteral("sql/retention.sql"))->content;
        QVERIFY(ext.contains("ON CLUSTER 'acme_cluster'\n    MODIFY TTL toDate(timestamp) + INTERVAL 730 DAY\n"));
    }

    // MODIFY TTL rewrites the whole table at once unless told otherwise
    // (materialize_ttl_after_modify defaults to 1); every statement that sets
    // a TTL says so, and each table drops expired parts whole.
    void retentionDoesNotRewriteTables_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        for (const auto &[name, yaml] : referenceProfiles())
            QTest::newRow(qPrintable(name)) << yaml;
    }

    void retentionDoesNotRewriteTables()
    {
        QFETCH(QByteArray, yaml);
        const QString sql = QString::fromUtf8(findFile(bundleFor(yaml), QStringLiteral("sql/retention.sql"))->content);
        QStringList statements;
        QString current;
        for (const QString &line : sql.split(u'\n')) {
            if (line.startsWith(QStringLiteral("--")) || line.trimmed().isEmpty())
                continue;
            current += line.trimmed() + u' ';
            if (line.endsWith(u';')) {
                statements << current.trimmed();
                current.clear();
            }
        }
        QVERIFY(current.isEmpty());
        int ttls = 0;
        QSet<QString> dropParts;
        static const QRegularExpression table(QStringLiteral("^ALTER TABLE (\\S+) ON CLUSTER"));
        for (const QString &st : std::as_const(statements)) {
            const QString name = table.match(st).captured(1);
            QVERIFY2(!name.isEmpty(), qPrintable(st));
            if (st.contains(QStringLiteral("MODIFY TTL"))) {
                ++ttls;
                QVERIFY2(st.endsWith(QStringLiteral("SETTINGS materialize_ttl_after_modify = 0;")), qPrintable(st));
            } else {
                QCOMPARE(st.section(QStringLiteral(" ON CLUSTER "), 1).section(u' ', 1),
                         QStringLiteral("MODIFY SETTING ttl_only_drop_parts = 1;"));
                dropParts << name;
            }
        }
        QCOMPARE(ttls, 2);
        QCOMPARE(dropParts, (QSet<QString>{QStringLiteral("posthog.sharded_events"),
                                           QStringLiteral("posthog.sharded_session_recording_events")}));
        QVERIFY(sql.contains(QStringLiteral("MATERIALIZE TTL IN PARTITION")));
    }

    void fileModes()
    {
        for (const GeneratedFile &f : bundleFor(ProfileIO::exampleProfile())) {
            if (f.relativePath.endsWith(QStringLiteral(".sh")))
                QCOMPARE(f.unixMode(), 0755);
            if (f.relativePath == u"env/api-server.env" || f.relativePath.endsWith(QStringLiteral(".env.example")))
                QCOMPARE(f.unixMode(), 0600);
        }
    }

    void runbookListsEveryFile()
    {
        for (const auto &[name, yaml] : referenceProfiles()) {
            const GeneratedFiles files = bundleFor(yaml);
            const QByteArray readme = findFile(files, QStringLiteral("README.md"))->content;
            for (const GeneratedFile &f : files)
                if (f.relativePath != u"README.md")
                    QVERIFY2(readme.contains(QByteArray("`" + f.relativePath.toUtf8() + "`")), qPrintable(name + u' ' + f.relativePath));
        }
    }

    void scriptsPassShellcheck()
    {
        const QString shellcheck = QStandardPaths::findExecutable(QStringLiteral("shellcheck"));
        if (shellcheck.isEmpty())
            QFAIL("shellcheck is not installed; packaging/setup-debian.sh installs it");
        for (const auto &[name, yaml] : referenceProfiles()) {
            QTemporaryDir dir;
            const GeneratedFiles files = bundleFor(yaml);
            QVERIFY(BundleWriter::write(files, dir.path(), BundleWriter::Overwrite::Refuse).ok());
            for (const GeneratedFile &f : files) {
                if (!f.relativePath.endsWith(QStringLiteral(".sh")))
                    continue;
                QProcess p;
                p.start(shellcheck, {QStringLiteral("-s"), QStringLiteral("bash"), dir.filePath(f.relativePath)});
                QVERIFY(p.waitForFinished(60000));
                QVERIFY2(p.exitCode() == 0, qPrintable(name + u'/' + f.relativePath + u'\n' + QString::fromUtf8(p.readAllStandardOutput())));
            }
        }
    }

    // install.sh against stand-ins for kubectl and helm.
    void installScriptRefusesWithoutRequiredValues()
    {
        QTemporaryDir dir;
        QVERIFY(BundleWriter::write(bundleFor(ProfileIO::exampleProfile()), dir.filePath(QStringLiteral("bundle")),
                                    BundleWriter::Overwrite::Refuse).ok());
        writeFakeTools(dir.filePath(QStringLiteral("bin")));
        const QString log = dir.filePath(QStringLiteral("log"));
        QProcess p;
        p.setProcessEnvironment(fakeToolsEnv(dir.filePath(QStringLiteral("bin")), log));
        p.start(QStringLiteral("bash"), {dir.filePath(QStringLiteral("bundle/helm/install.sh")), QStringLiteral("--context"), QStringLiteral("prod-eu")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(p.readAllStandardError().contains("set POSTGRES_PASSWORD"), "names the missing variable");
        const QByteArray calls = QFile::exists(log) ? readFile(log) : QByteArray();
        QVERIFY2(!calls.contains("helm"), calls.constData());
        QVERIFY2(!calls.contains("create"), calls.constData());
    }

    void installScriptInstallsTheChart()
    {
        QTemporaryDir dir;
        const QString bundle = dir.filePath(QStringLiteral("bundle"));
        QVERIFY(BundleWriter::write(bundleFor(ProfileIO::exampleProfile()), bundle, BundleWriter::Overwrite::Refuse).ok());
        writeFakeTools(dir.filePath(QStringLiteral("bin")));
        const QString log = dir.filePath(QStringLiteral("log"));
        QProcess p;
        QProcessEnvironment env = fakeToolsEnv(dir.filePath(QStringLiteral("bin")), log);
        const QString password = QStringLiteral("s3cr3t-value-9f8e");
        env.insert(QStringLiteral("POSTGRES_PASSWORD"), password);
        const QString backupKey = QStringLiteral("AKIA-backup-key-77");
        env.insert(QStringLiteral("BACKUP_AWS_ACCESS_KEY_ID"), backupKey);
        env.insert(QStringLiteral("BACKUP_AWS_SECRET_ACCESS_KEY"), QStringLiteral("backup-secret-88"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("bash"), {bundle + QStringLiteral("/helm/install.sh"), QStringLiteral("--context"), QStringLiteral("staging-us")});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QVERIFY(p.readAllStandardOutput().contains("kube context: staging-us"));
        const QString calls = QString::fromUtf8(readFile(log));
        const QString helmCall = QStringLiteral("helm --kube-context staging-us upgrade --install posthog posthog/posthog --namespace posthog --version 30.46.0 --values ")
                                 + QDir(bundle).canonicalPath() + QStringLiteral("/helm/values.yaml --wait --wait-for-jobs --timeout 30m");
        QVERIFY2(calls.contains(helmCall), qPrintable(calls));
        // Every call goes to the named context, never to the current one.
        for (const QString &call : calls.split(u'\n', Qt::SkipEmptyParts))
            QVERIFY2(call.startsWith(QStringLiteral("kubectl --context staging-us ")) || call.startsWith(QStringLiteral("helm --kube-context staging-us ")),
                     qPrintable(call));
        // The NetworkPolicy before the chart; the migrations waited for after it.
        const qsizetype policy = calls.indexOf(QStringLiteral("apply -f ") + QDir(bundle).canonicalPath() + QStringLiteral("/k8s/network-policy.yaml"));
        QVERIFY2(policy >= 0 && policy < calls.indexOf(helmCall), qPrintable(calls));
        QVERIFY2(calls.indexOf(QStringLiteral("wait --for=condition=complete --timeout=30m job.batch/posthog-migrate-2026-01-01-00-00-00")) > calls.indexOf(helmCall),
                 qPrintable(calls));
        QVERIFY(calls.contains(QStringLiteral("kubectl --context staging-us create namespace posthog")));
        QVERIFY(calls.contains(QStringLiteral("kubectl --context staging-us -n posthog create secret generic posthog-db-secret --from-file=password=")));
        QVERIFY(calls.contains(QStringLiteral("kubectl --context staging-us apply -f ")) && calls.contains(QStringLiteral("k8s/certificate.yaml")));
        // The backup CronJob's script and the destination's credentials.
        QVERIFY(calls.contains(QStringLiteral("kubectl --context staging-us -n posthog create configmap posthog-postgres-backup --from-file=postgres-backup.sh=")));
        QVERIFY(calls.contains(QStringLiteral("kubectl --context staging-us -n posthog create secret generic posthog-backup-credentials --from-file=access-key-id=")));
        QVERIFY(calls.contains(QStringLiteral("kubectl --context staging-us -n posthog create configmap posthog-clickhouse-backup --from-file=clickhouse-backup.sh=")
                               + QDir(bundle).canonicalPath() + QStringLiteral("/backup/clickhouse-backup.sh")));
        // Secret values never appear on a command line.
        QVERIFY2(!calls.contains(password), qPrintable(calls));
        QVERIFY2(!calls.contains(backupKey) && !calls.contains(QStringLiteral("backup-secret-88")), qPrintable(calls));
    }

    // With a destination, PostgreSQL backups are scheduled in the cluster:
    // the bundle's own script, dump then upload, every secret from a Secret.
    void postgresBackupIsScheduled()
    {
        const GeneratedFiles files = bundleFor(ProfileIO::exampleProfile());
        const GeneratedFile *cron = findFile(files, QStringLiteral("k8s/postgres-backup.yaml"));
        QVERIFY(cron);
        const YAML::Node job = yamlOf(*cron);
        QCOMPARE(job["kind"].as<std::string>(), std::string("CronJob"));
        QCOMPARE(job["metadata"]["namespace"].as<std::string>(), std::string("posthog"));
        QVERIFY(!job["spec"]["schedule"].as<std::string>().empty());
        const YAML::Node pod = job["spec"]["jobTemplate"]["spec"]["template"]["spec"];
        const YAML::Node dump = pod["initContainers"][0];
        const YAML::Node upload = pod["containers"][0];
        QCOMPARE(dump["command"][2].as<std::string>(), std::string("dump"));
        QCOMPARE(upload["command"][2].as<std::string>(), std::string("upload"));
        QCOMPARE(pod["volumes"][0]["configMap"]["name"].as<std::string>(), std::string("posthog-postgres-backup"));
        QHash<QString, YAML::Node> env;
        for (const YAML::Node &c : {dump, upload})
            for (const auto &e : c["env"])
                env.insert(QString::fromStdString(e["name"].as<std::string>()), e);
        // The guide's RDS, its password from the profile's Secret.
        QCOMPARE(env[QStringLiteral("PGHOST")]["value"].as<std::string>(), std::string("your-rds-endpoint.amazonaws.com"));
        QCOMPARE(env[QStringLiteral("PGPASSWORD")]["valueFrom"]["secretKeyRef"]["name"].as<std::string>(), std::string("posthog-db-secret"));
        QCOMPARE(env[QStringLiteral("BACKUP_DESTINATION")]["value"].as<std::string>(), std::string("s3://distill-backups/posthog/"));
        for (const QString &key : {QStringLiteral("PGPASSWORD"), QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AWS_SECRET_ACCESS_KEY")}) {
            QVERIFY2(env[key]["valueFrom"]["secretKeyRef"], qPrintable(key));
            QVERIFY2(!env[key]["value"], qPrintable(key));
        }
        QCOMPARE(env[QStringLiteral("AWS_ACCESS_KEY_ID")]["valueFrom"]["secretKeyRef"]["name"].as<std::string>(),
                 std::string("posthog-backup-credentials"));
        // The compose-only profile names no destination: nothing scheduled, the runbook says so.
        QVERIFY(!findFile(bundleFor(referenceProfile(QStringLiteral("compose-only"))), QStringLiteral("k8s/postgres-backup.yaml")));
        QVERIFY(findFile(files, QStringLiteral("README.md"))->content.contains("### Restore PostgreSQL"));
    }

    // The bundled ClickHouse is backed up by its own BACKUP, scheduled in the
    // cluster with a destination; the runbook restores it with the script. An
    // external ClickHouse's backups are its operator's: no script, no CronJob.
    void clickhouseBackupIsScheduled()
    {
        const GeneratedFiles files = bundleFor(ProfileIO::exampleProfile());
        const GeneratedFile *cron = findFile(files, QStringLiteral("k8s/clickhouse-backup.yaml"));
        QVERIFY(cron);
        const YAML::Node job = yamlOf(*cron);
        QCOMPARE(job["kind"].as<std::string>(), std::string("CronJob"));
        QCOMPARE(job["spec"]["concurrencyPolicy"].as<std::string>(), std::string("Forbid"));
        const YAML::Node pod = job["spec"]["jobTemplate"]["spec"]["template"]["spec"];
        QCOMPARE(pod["containers"][0]["command"][1].as<std::string>(), std::string("/scripts/clickhouse-backup.sh"));
        QCOMPARE(pod["volumes"][0]["configMap"]["name"].as<std::string>(), std::string("posthog-clickhouse-backup"));
        QHash<QString, YAML::Node> env;
        for (const auto &e : pod["containers"][0]["env"])
            env.insert(QString::fromStdString(e["name"].as<std::string>()), e);
        for (const QString &key : {QStringLiteral("CLICKHOUSE_PASSWORD"), QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AWS_SECRET_ACCESS_KEY")}) {
            QVERIFY2(env[key]["valueFrom"]["secretKeyRef"], qPrintable(key));
            QVERIFY2(!env[key]["value"], qPrintable(key));
        }
        QCOMPARE(env[QStringLiteral("CLICKHOUSE_PASSWORD")]["valueFrom"]["secretKeyRef"]["name"].as<std::string>(), std::string("posthog-clickhouse"));
        QVERIFY(!findFile(files, QStringLiteral("backup/clickhouse-backup.sql")));
        const QByteArray runbook = findFile(files, QStringLiteral("README.md"))->content;
        QVERIFY(runbook.contains("### Restore ClickHouse"));
        QVERIFY(runbook.contains("backup/clickhouse-backup.sh restore posthog_<UTC time> --replace"));
        QVERIFY(runbook.contains("kubectl -n posthog port-forward svc/clickhouse-posthog 19000:9000"));
        QVERIFY(!runbook.contains("not scheduled"));

        const GeneratedFiles external = bundleFor(referenceProfile(QStringLiteral("external-analytics")));
        QVERIFY(!findFile(external, QStringLiteral("k8s/clickhouse-backup.yaml")));
        QVERIFY(!findFile(external, QStringLiteral("backup/clickhouse-backup.sh")));
        const QByteArray externalRunbook = findFile(external, QStringLiteral("README.md"))->content;
        QVERIFY(externalRunbook.contains("its backups are its operator's"));
        QVERIFY(!externalRunbook.contains("### Restore ClickHouse"));
    }

    // Without --context, install.sh names the current context and changes
    // nothing unless POSTHOG_CONFIRM_CONTEXT confirms it; missing CRDs are
    // named before anything changes.
    void installScriptRefusesBeforeChanging_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("confirm");
        QTest::addColumn<QString>("missingCrds");
        QTest::addColumn<QString>("message");
        QTest::newRow("no context") << QStringList() << QString() << QString()
                                    << QStringLiteral("the current kube context is prod-eu: pass --context prod-eu");
        QTest::newRow("other context confirmed") << QStringList() << QStringLiteral("staging") << QString()
                                                 << QStringLiteral("the current kube context is prod-eu");
        QTest::newRow("unknown argument") << QStringList {QStringLiteral("--ctx")} << QString() << QString()
                                          << QStringLiteral("unknown argument --ctx");
        QTest::newRow("no cert-manager") << QStringList {QStringLiteral("--context"), QStringLiteral("prod-eu")} << QString()
                                         << QStringLiteral("certificates.cert-manager.io")
                                         << QStringLiteral("the cluster lacks certificates.cert-manager.io: install cert-manager");
        QTest::newRow("neither operator") << QStringList() << QStringLiteral("prod-eu")
                                          << QStringLiteral("certificates.cert-manager.io podmonitors.monitoring.coreos.com")
                                          << QStringLiteral("lacks certificates.cert-manager.io podmonitors.monitoring.coreos.com");
    }

    void installScriptRefusesBeforeChanging()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, confirm);
        QFETCH(QString, missingCrds);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString bundle = dir.filePath(QStringLiteral("bundle"));
        QVERIFY(BundleWriter::write(bundleFor(ProfileIO::exampleProfile()), bundle, BundleWriter::Overwrite::Refuse).ok());
        writeFakeTools(dir.filePath(QStringLiteral("bin")));
        const QString log = dir.filePath(QStringLiteral("log"));
        QProcessEnvironment env = fakeToolsEnv(dir.filePath(QStringLiteral("bin")), log);
        env.insert(QStringLiteral("POSTGRES_PASSWORD"), QStringLiteral("s3cr3t-value-9f8e"));
        env.insert(QStringLiteral("FAKE_MISSING_CRDS"), missingCrds);
        if (!confirm.isEmpty())
            env.insert(QStringLiteral("POSTHOG_CONFIRM_CONTEXT"), confirm);
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("bash"), QStringList {bundle + QStringLiteral("/helm/install.sh")} + args);
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 1);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(message), qPrintable(err));
        const QString calls = QFile::exists(log) ? QString::fromUtf8(readFile(log)) : QString();
        for (const char *change : {"create", "apply", "upgrade"})
            QVERIFY2(!calls.contains(QString::fromLatin1(change)), qPrintable(calls));
    }
};

QTEST_GUILESS_MAIN(TestGenerators)
#include "tst_generators.moc"
