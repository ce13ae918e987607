#include "testpaths.h"
#include "profile/profileio.h"
#include "profile/profilevalidator.h"

#include <QTest>

using namespace phc;

namespace {

// The guide's example with one line replaced (by exact match) or appended.
QByteArray exampleWith(const QByteArray &from, const QByteArray &to)
{
    QByteArray text = ProfileIO::exampleProfile();
    if (from.isEmpty()) {
        text += to;
    } else {
        const qsizetype at = text.indexOf(from);
        if (at < 0)
            qFatal("test setup: '%s' not in the example", from.constData());
        text.replace(at, from.size(), to);
    }
    return text;
}

const Issue *findIssue(const Issues &issues, const QString &path)
{
    for (const Issue &i : issues)
        if (i.path == path)
            return &i;
    return nullptr;
}

Issues loadAndValidate(const QByteArray &yaml)
{
    const auto loaded = ProfileIO::parse(yaml);
    Issues issues = loaded.issues();
    if (loaded.ok())
        issues += ProfileValidator::validate(loaded.value());
    return issues;
}

} // namespace

class TestProfile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void guideExampleIsValid()
    {
        const auto loaded = ProfileIO::parse(ProfileIO::exampleProfile());
        QVERIFY2(loaded.ok(), qPrintable(formatIssues(loaded.issues(), QStringLiteral("example"))));
        const DeploymentProfile &p = loaded.value();
        QCOMPARE(p.name, QStringLiteral("distill-production"));
        QCOMPARE(p.targets, (QList<Target> {Target::Helm, Target::Compose}));
        QCOMPARE(p.cluster.cloud, Cloud::Aws);
        QCOMPARE(p.cluster.storageClass, QStringLiteral("gp3"));
        QCOMPARE(p.domain.corsOrigins.size(), 3);
        QCOMPARE(p.domain.corsOrigins.at(2), QStringLiteral("chrome-extension://*"));
        QCOMPARE(p.databases.postgres.mode, ServiceMode::External);
        QCOMPARE(p.databases.postgres.host, QStringLiteral("your-rds-endpoint.amazonaws.com"));
        QCOMPARE(p.databases.clickhouse.resources.limits.memory, QStringLiteral("16Gi"));
        QCOMPARE(p.databases.clickhouse.resources.requests.cpu, QStringLiteral("2"));
        QCOMPARE(p.sizing.monthlyEvents, 500000);
        QVERIFY(p.sizing.webReplicas.isAuto());
        QCOMPARE(p.sizing.autoscaling.memoryUtilization, std::optional<int>(80));
        QCOMPARE(p.monitoring.scrapeInterval, QStringLiteral("30s"));
        QCOMPARE(p.backups.destination, QStringLiteral("s3://distill-backups/posthog/"));
        QCOMPARE(p.compose.httpPort, 8080);
        // The guide does not say which PostgreSQL its RDS runs: PostHog 1.43
        // exits at start outside 11.0 to 14.1, so the profile is warned; nor
        // its cluster's ranges, so egress to the RDS port is open cluster-wide.
        const Issues issues = ProfileValidator::validate(p);
        QCOMPARE(issues.size(), 2);
        QCOMPARE(issues[0].path, QStringLiteral("spec.databases.postgres.version"));
        QCOMPARE(issues[0].severity, Severity::Warning);
        QVERIFY2(issues[0].message.contains(QStringLiteral("11.0 to 14.1")), qPrintable(issues[0].message));
        QCOMPARE(issues[1].path, QStringLiteral("spec.cluster.podAndServiceCidrs"));
        QCOMPARE(issues[1].severity, Severity::Warning);
    }

    // The starter documents every default: loading it must give exactly the
    // defaults of the type, apart from the two values it has to fill in.
    void starterDocumentsTheDefaults()
    {
        const auto loaded = ProfileIO::parse(ProfileIO::starterProfile());
        QVERIFY2(loaded.ok(), qPrintable(formatIssues(loaded.issues(), QStringLiteral("starter"))));
        DeploymentProfile expected;
        expected.name = QStringLiteral("my-posthog");
        expected.domain.hostname = QStringLiteral("analytics.example.com");
        QCOMPARE(loaded.value(), expected);
        QVERIFY(ProfileValidator::validate(loaded.value()).isEmpty());
        QVERIFY(ProfileIO::starterProfile().contains("# "));
    }

    void minimalProfileTakesDefaults()
    {
        const auto loaded = ProfileIO::parse("apiVersion: posthog-console/v1\nkind: DeploymentProfile\n"
                                             "metadata: {name: a}\nspec:\n  domain: {hostname: a.example.org}\n");
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.value().cluster.chartVersion, QStringLiteral("30.46.0"));
        QCOMPARE(loaded.value().databases.postgres.mode, ServiceMode::Bundled);
        QVERIFY(!loaded.value().sizing.autoscaling.memoryUtilization);
    }

    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::newRow("guide example") << ProfileIO::exampleProfile();
        QTest::newRow("starter") << ProfileIO::starterProfile();
        QTest::newRow("all external") << (phctest::testDataDir() + QStringLiteral("/profiles/all-external.yaml")).toUtf8();
        QTest::newRow("compose only") << (phctest::testDataDir() + QStringLiteral("/profiles/compose-only.yaml")).toUtf8();
        QTest::newRow("external analytics") << (phctest::testDataDir() + QStringLiteral("/profiles/external-analytics.yaml")).toUtf8();
    }

    void roundTrip()
    {
        QFETCH(QByteArray, yaml);
        if (yaml.startsWith('/')) {
            QFile f(QString::fromUtf8(yaml));
            QVERIFY(f.open(QIODevice::ReadOnly));
            yaml = f.readAll();
        }
        const auto first = ProfileIO::parse(yaml);
        QVERIFY2(first.ok(), qPrintable(formatIssues(first.issues(), QStringLiteral("input"))));
        const QString saved = ProfileIO::serialize(first.value());
        const auto second = ProfileIO::parse(saved.toUtf8());
        QVERIFY2(second.ok(), qPrintable(formatIssues(second.issues(), QStringLiteral("saved")) + saved));
        QCOMPARE(second.value(), first.value());
        // Saving is canonical: a second save gives the same text.
        QCOMPARE(ProfileIO::serialize(second.value()), saved);
    }

    void serializedExampleIsReadable()
    {
        const auto loaded = ProfileIO::parse(ProfileIO::exampleProfile());
        const QString saved = ProfileIO::serialize(loaded.value());
        QVERIFY(saved.contains(QStringLiteral("\n      host: your-rds-endpoint.amazonaws.com\n")));
        QVERIFY(saved.contains(QStringLiteral("corsOrigins: [https://app.distill.app, https://distill.app, \"chrome-extension://*\"]")));
        QVERIFY(saved.contains(QStringLiteral("\n          cpu: \"2\"\n")));
        QVERIFY(saved.contains(QStringLiteral("webReplicas: auto\n")));
        // Bundled services carry no external keys.
        QVERIFY(!saved.contains(QStringLiteral("redis:\n      mode: bundled\n      host")));
    }

    // Structural problems found while reading, each at its key path and position.
    void readErrors_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");

        QTest::newRow("unknown key, did you mean")
            << exampleWith("    namespace: posthog\n", "    namespce: posthog\n")
            << "spec.cluster.namespce" << 11 << 5 << "did you mean 'namespace'?";
        QTest::newRow("unknown top-level section")
            << exampleWith(QByteArray(), "extra: 1\n") << "extra" << 53 << 1 << "unknown key 'extra'";
        QTest::newRow("wrong enum, hint")
            << exampleWith("    cloud: aws\n", "    cloud: awz\n") << "spec.cluster.cloud" << 10 << 12 << "did you mean 'aws'?";
        QTest::newRow("tls mode")
            << exampleWith("      mode: cert-manager\n", "      mode: letsencrypt\n")
            << "spec.domain.tls.mode" << 20 << 13 << "is not one of: cert-manager, existing-secret, none";
        QTest::newRow("integer expected")
            << exampleWith("    monthlyEvents: 500000\n", "    monthlyEvents: lots\n")
            << "spec.sizing.monthlyEvents" << 45 << 20 << "expected a whole number";
        QTest::newRow("quoted number is a string")
            << exampleWith("      port: 5432\n", "      port: \"5432\"\n")
            << "spec.databases.postgres.port" << 31 << 13 << "expected a whole number";
        QTest::newRow("boolean expected")
            << exampleWith("    behindProxy: true\n", "    behindProxy: yes\n")
            << "spec.domain.behindProxy" << 23 << 18 << "expected true or false";
        QTest::newRow("list expected")
            << exampleWith("    clientNamespaces: [distill-api]", "    clientNamespaces: distill-api")
            << "spec.domain.clientNamespaces" << 26 << 23 << "expected a list";
        QTest::newRow("mapping expected")
            << exampleWith("  retention: {eventsDays: 365, recordingsDays: 30}", "  retention: 365")
            << "spec.retention" << 49 << 14 << "expected a mapping";
        QTest::newRow("duplicate key")
            << exampleWith("    releaseName: posthog\n", "    releaseName: posthog\n    releaseName: other\n")
            << "spec.cluster.releaseName" << 13 << 5 << "duplicate key";
        QTest::newRow("bad target")
            << exampleWith("  targets: [helm, compose]", "  targets: [helm, kustomize]")
            << "spec.targets[1]" << 8 << 19 << "'kustomize' is not one of";
        QTest::newRow("wrong apiVersion")
            << exampleWith("apiVersion: posthog-console/v1", "apiVersion: posthog-console/v2")
            << "apiVersion" << 3 << 13 << "unsupported apiVersion";
        QTest::newRow("missing hostname")
            << exampleWith("    hostname: analytics.distill.app\n", QByteArray())
            << "spec.domain.hostname" << 18 << 5 << "required key 'hostname' is missing";
        QTest::newRow("syntax error")
            << exampleWith("    namespace: posthog\n", "    namespace: [posthog\n")
            << "" << 0 << 0 << "YAML syntax error";
        QTest::newRow("replicas neither auto nor number")
            << exampleWith("    webReplicas: auto\n", "    webReplicas: many\n")
            << "spec.sizing.webReplicas" << 46 << 18 << "expected a whole number";
    }

    void readErrors()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, path);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        const auto loaded = ProfileIO::parse(yaml);
        QVERIFY(!loaded.ok());
        if (path.isEmpty()) { // syntax errors have a position but no key path
            QVERIFY(!loaded.issues().isEmpty());
            QVERIFY2(loaded.issues().first().message.contains(message), qPrintable(loaded.issues().first().message));
            QVERIFY(loaded.issues().first().line > 0);
            return;
        }
        const Issue *issue = findIssue(loaded.issues(), path);
        QVERIFY2(issue, qPrintable(formatIssues(loaded.issues(), QStringLiteral("profile"))));
        QVERIFY2(issue->message.contains(message), qPrintable(issue->message));
        QCOMPARE(issue->line, line);
        QCOMPARE(issue->column, column);
    }

    // Every validation rule: the example with one value changed fails at the
    // right key, with the line of that key.
    void rules_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("isError");

        const auto row = [](const char *name, const QByteArray &from, const QByteArray &to, const char *path,
                            const char *message, bool isError = true) {
            QTest::newRow(name) << exampleWith(from, to) << QString::fromUtf8(path) << QString::fromUtf8(message) << isError;
        };
        row("name not a DNS label", "  name: distill-production", "  name: Distill_Production", "metadata.name", "DNS-1123 label");
        row("empty targets", "  targets: [helm, compose]", "  targets: []", "spec.targets", "needs at least one");
        row("namespace too long", "    namespace: posthog\n", "    namespace: " + QByteArray(64, 'a') + "\n",
            "spec.cluster.namespace", "at most 63");
        row("release name over 53", "    releaseName: posthog\n", "    releaseName: " + QByteArray(54, 'r') + "\n",
            "spec.cluster.releaseName", "at most 53");
        row("chart version", "    chartVersion: 30.46.0", "    chartVersion: latest", "spec.cluster.chartVersion", "chart version");
        row("image tag", "    imageTag: release-1.43.0", "    imageTag: \"release 1.43\"", "spec.cluster.imageTag", "image tag");
        row("storage class", "    storageClass: gp3", "    storageClass: GP3_fast", "spec.cluster.storageClass", "storage class");
        row("ingress namespace", "    ingressControllerNamespace: ingress-nginx", "    ingressControllerNamespace: Ingress",
            "spec.cluster.ingressControllerNamespace", "DNS-1123");
        const QByteArray ingress = "    ingressControllerNamespace: ingress-nginx\n";
        const auto ranges = [&ingress](const QByteArray &list) -> QByteArray {
            return ingress + "    podAndServiceCidrs: " + list + "\n";
        };
        row("cluster range not a network", ingress, ranges("[10.96.0.0/12, 10.244.0.0]"), "spec.cluster.podAndServiceCidrs[1]",
            "'10.244.0.0' is not a network such as 10.96.0.0/12");
        row("cluster range with host bits", ingress, ranges("[10.244.0.1/16]"), "spec.cluster.podAndServiceCidrs[0]",
            "the network is 10.244.0.0/16");
        row("cluster range IPv6 with host bits", ingress, ranges("[\"fd00:10:96::1/112\"]"), "spec.cluster.podAndServiceCidrs[0]",
            "the network is fd00:10:96::/112");
        row("cluster range prefix too long", ingress, ranges("[10.0.0.0/33]"), "spec.cluster.podAndServiceCidrs[0]",
            "no prefix length from 1 to 32");
        row("cluster range is everything", ingress, ranges("[\"::/0\"]"), "spec.cluster.podAndServiceCidrs[0]", "every address");
        row("cluster range twice", ingress, ranges("[10.96.0.0/12, 10.96.0.0/12]"), "spec.cluster.podAndServiceCidrs[1]",
            "listed twice");
        row("cluster ranges not given", "", "", "spec.cluster.podAndServiceCidrs",
            "not given: the NetworkPolicy lets PostHog's pods reach the external services' ports at any address", false);
        row("hostname", "    hostname: analytics.distill.app", "    hostname: analytics_distill.app", "spec.domain.hostname", "host name");
        row("hostname single label", "    hostname: analytics.distill.app", "    hostname: localhost", "spec.domain.hostname", "fully qualified");
        row("cluster issuer", "      clusterIssuer: letsencrypt-prod", "      clusterIssuer: \"\"", "spec.domain.tls.clusterIssuer", "required");
        row("tls secret name", "      secretName: posthog-tls", "      secretName: Posthog TLS", "spec.domain.tls.secretName", "object name");
        row("trust proxies without proxy", "    behindProxy: true\n    trustAllProxies: false",
            "    behindProxy: false\n    trustAllProxies: true", "spec.domain.trustAllProxies", "behindProxy");
        row("trusted proxy is a network", "    trustAllProxies: false", "    trustAllProxies: false\n    trustedProxies: [10.0.0.1, 10.0.0.0/8]",
            "spec.domain.trustedProxies[1]", "is a network");
        row("trusted proxy not an address", "    trustAllProxies: false", "    trustAllProxies: false\n    trustedProxies: [proxy.corp.example]",
            "spec.domain.trustedProxies[0]", "not an IP address");
        row("trusted proxy twice", "    trustAllProxies: false", "    trustAllProxies: false\n    trustedProxies: [\"::1\", \"::1\"]",
            "spec.domain.trustedProxies[1]", "listed twice");
        row("trusted proxies without proxy", "    behindProxy: true\n    trustAllProxies: false",
            "    behindProxy: false\n    trustedProxies: [10.0.0.1]", "spec.domain.trustedProxies", "behindProxy");
        row("trusted proxies beside trust-all", "    trustAllProxies: false", "    trustAllProxies: true\n    trustedProxies: [10.0.0.1]",
            "spec.domain.trustedProxies", "no effect", false);
        row("postgres version not given", "", "", "spec.databases.postgres.version",
            "PostgreSQL 11.0 to 14.1 (>=11.0.0,<=14.1.0)", false);
        row("postgres version outside the gate", "      existingSecretPasswordKey: password",
            "      existingSecretPasswordKey: password\n      version: \"14.5\"", "spec.databases.postgres.version",
            "PostgreSQL 14.5 is outside what PostHog release-1.43.0 accepts (11.0 to 14.1");
        row("postgres version not a version", "      existingSecretPasswordKey: password",
            "      existingSecretPasswordKey: password\n      version: fourteen", "spec.databases.postgres.version", "not a version");
        row("bundled service with a version", "    redis:\n      mode: bundled", "    redis:\n      mode: bundled\n      version: \"6.2\"",
            "spec.databases.redis.version", "only with mode: external");
        row("external redis version outside the gate", "    redis:\n      mode: bundled",
            "    redis:\n      mode: external\n      host: r.example.com\n      existingSecret: r\n      version: \"7.0.5\"",
            "spec.databases.redis.version", "Redis 7.0.5 is outside what PostHog release-1.43.0 accepts (5.0 to 6.3");
        row("external clickhouse version outside the gate", "    clickhouse:\n      mode: bundled",
            "    clickhouse:\n      mode: external\n      host: ch.example.com\n      existingSecret: c\n      version: \"24.3.1.2\"",
            "spec.databases.clickhouse.version", "ClickHouse 24.3.1.2 is outside what PostHog release-1.43.0 accepts (21.6 or later, below 24.0");
        row("unknown release, versions unchecked", "    imageTag: release-1.43.0", "    imageTag: latest",
            "spec.cluster.imageTag", "not checked", false);
        row("external clickhouse with bundled kafka", "    clickhouse:\n      mode: bundled",
            "    clickhouse:\n      mode: external\n      host: ch.example.com\n      existingSecret: c\n      version: \"22.8.11.15\"",
            "spec.databases.kafka.mode", "must be external when clickhouse.mode is external");
        row("external kafka needs brokers", "    objectStorage:\n      mode: bundled",
            "    objectStorage:\n      mode: bundled\n    kafka:\n      mode: external", "spec.databases.kafka.brokers", "required");
        row("kafka broker without port", "    objectStorage:\n      mode: bundled",
            "    objectStorage:\n      mode: bundled\n    kafka:\n      mode: external\n      brokers: [kafka.example.com]",
            "spec.databases.kafka.brokers[0]", "not host:port");
        row("brokers with bundled kafka", "    objectStorage:\n      mode: bundled",
            "    objectStorage:\n      mode: bundled\n    kafka:\n      brokers: [kafka.example.com:9092]",
            "spec.databases.kafka.brokers", "only with mode: external");
        row("cors origin with path", "https://distill.app,", "https://distill.app/app,", "spec.domain.corsOrigins[1]", "not an origin");
        row("cors origin twice", "https://distill.app,", "https://app.distill.app,", "spec.domain.corsOrigins[1]", "listed twice");
        row("client namespace", "[distill-api]", "[Distill]", "spec.domain.clientNamespaces[0]", "DNS-1123");
        row("client namespace is own", "[distill-api]", "[posthog]", "spec.domain.clientNamespaces[0]", "own namespace", false);
        row("postgres host", "      host: your-rds-endpoint.amazonaws.com", "      host: \"\"", "spec.databases.postgres.host", "required");
        row("postgres port", "      port: 5432", "      port: 70000", "spec.databases.postgres.port", "TCP port");
        row("postgres database", "      database: posthog", "      database: \"post hog\"", "spec.databases.postgres.database", "database name");
        row("postgres user", "      username: posthog", "      username: \"1 user\"", "spec.databases.postgres.username", "user name");
        row("postgres secret", "      existingSecret: posthog-db-secret", "      existingSecret: \"\"", "spec.databases.postgres.existingSecret", "required");
        row("postgres secret key", "      existingSecretPasswordKey: password", "      existingSecretPasswordKey: \"pass word\"",
            "spec.databases.postgres.existingSecretPasswordKey", "Secret key");
        row("bundled with external host", "    redis:\n      mode: bundled", "    redis:\n      mode: bundled\n      host: redis.example.com",
            "spec.databases.redis.host", "only with mode: external");
        row("external redis needs host", "    redis:\n      mode: bundled", "    redis:\n      mode: external\n      existingSecret: r",
            "spec.databases.redis.host", "required");
        row("external redis needs secret", "    redis:\n      mode: bundled", "    redis:\n      mode: external\n      host: r.example.com",
            "spec.databases.redis.existingSecret", "required");
        row("persistence size", "      persistenceSize: 200Gi", "      persistenceSize: 200GB", "spec.databases.clickhouse.persistenceSize", "quantity");
        row("resource quantity", "memory: 16Gi}", "memory: 16 gigs}", "spec.databases.clickhouse.resources.limits.memory", "quantity");
        row("external clickhouse needs host", "    clickhouse:\n      mode: bundled", "    clickhouse:\n      mode: external",
            "spec.databases.clickhouse.host", "required");
        row("object storage endpoint", "    objectStorage:\n      mode: bundled",
            "    objectStorage:\n      mode: external\n      endpoint: ftp://s3\n      existingSecret: s",
            "spec.databases.objectStorage.endpoint", "http(s) URL");
        row("object storage bucket", "    objectStorage:\n      mode: bundled",
            "    objectStorage:\n      mode: external\n      endpoint: https://s3.example.com\n      bucket: B\n      existingSecret: s",
            "spec.databases.objectStorage.bucket", "bucket name");
        row("monthly events negative", "monthlyEvents: 500000", "monthlyEvents: -1", "spec.sizing.monthlyEvents", "out of range");
        row("web replicas zero", "webReplicas: auto", "webReplicas: 0", "spec.sizing.webReplicas", "out of range");
        row("worker replicas zero", "workerReplicas: auto", "workerReplicas: 0", "spec.sizing.workerReplicas", "out of range");
        row("max below min", "maxReplicas: 10", "maxReplicas: 1", "spec.sizing.autoscaling.maxReplicas", "below minReplicas");
        row("min replicas zero", "minReplicas: 2", "minReplicas: 0", "spec.sizing.autoscaling.minReplicas", "out of range");
        row("cpu target", "cpuUtilization: 70", "cpuUtilization: 170", "spec.sizing.autoscaling.cpuUtilization", "out of range");
        row("memory target", "memoryUtilization: 80", "memoryUtilization: 0", "spec.sizing.autoscaling.memoryUtilization", "out of range");
        row("events retention", "eventsDays: 365", "eventsDays: 0", "spec.retention.eventsDays", "out of range");
        row("recordings retention", "recordingsDays: 30", "recordingsDays: 0", "spec.retention.recordingsDays", "out of range");
        row("scrape interval", "scrapeInterval: 30s", "scrapeInterval: 30", "spec.monitoring.scrapeInterval", "duration");
        row("monitor label name", "scrapeInterval: 30s}", "scrapeInterval: 30s, podMonitorLabels: {\"-release\": kps}}",
            "spec.monitoring.podMonitorLabels.-release", "label name");
        row("monitor label value", "scrapeInterval: 30s}", "scrapeInterval: 30s, podMonitorLabels: {release: \"kube prometheus\"}}",
            "spec.monitoring.podMonitorLabels.release", "label value");
        row("monitor labels not a map", "scrapeInterval: 30s}", "scrapeInterval: 30s, podMonitorLabels: [release]}",
            "spec.monitoring.podMonitorLabels", "map of label names");
        row("backup destination", "destination: s3://distill-backups/posthog/", "destination: /var/backups",
            "spec.backups.destination", "s3:// or gs://");
        row("gs backups of the bundled ClickHouse", "destination: s3://distill-backups/posthog/", "destination: gs://distill-backups/posthog/",
            "spec.backups.destination", "the bundled ClickHouse backs up to s3:// only");
        row("compose port", "httpPort: 8080", "httpPort: 0", "spec.compose.httpPort", "TCP port");
    }

    void rules()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, path);
        QFETCH(QString, message);
        QFETCH(bool, isError);
        const Issues issues = loadAndValidate(yaml);
        const Issue *issue = findIssue(issues, path);
        QVERIFY2(issue, qPrintable(QStringLiteral("no issue at %1; got:\n%2").arg(path, formatIssues(issues, QStringLiteral("p")))));
        QVERIFY2(issue->message.contains(message), qPrintable(issue->message));
        QCOMPARE(issue->severity == Severity::Error, isError);
        // The position is that of the key (or the nearest enclosing one) in the file.
        QVERIFY2(issue->line > 0, qPrintable(issue->format(QStringLiteral("p"))));
        QCOMPARE(hasErrors(issues), isError);
    }

    // Each bad range and each external address inside a range, all in one
    // run, at the line:column of its own entry; the error on a host names
    // the range it falls in.
    void clusterRangesReportEveryProblem()
    {
        QByteArray yaml = exampleWith("    ingressControllerNamespace: ingress-nginx\n",
                                      "    ingressControllerNamespace: ingress-nginx\n"
                                      "    podAndServiceCidrs: [10.96.0.0/12, 10.244.0.1/16, nonsense]\n");
        yaml.replace("      host: your-rds-endpoint.amazonaws.com", "      host: 10.100.0.7");
        yaml.replace("    objectStorage:\n      mode: bundled",
                     "    objectStorage:\n      mode: external\n      endpoint: \"http://[2001:db8::9]:9000\"\n"
                     "      existingSecret: s");
        const Issues issues = loadAndValidate(yaml);
        const auto expect = [&issues](const char *path, int line, int column, const char *message) {
            const Issue *issue = findIssue(issues, QString::fromUtf8(path));
            QVERIFY2(issue, qPrintable(formatIssues(issues, QStringLiteral("p"))));
            QVERIFY2(issue->message.contains(QString::fromUtf8(message)), qPrintable(issue->message));
            QCOMPARE(issue->severity, Severity::Error);
            QCOMPARE(issue->line, line);
            QCOMPARE(issue->column, column);
        };
        expect("spec.cluster.podAndServiceCidrs[1]", 17, 40, "the network is 10.244.0.0/16");
        expect("spec.cluster.podAndServiceCidrs[2]", 17, 55, "'nonsense' is not a network");
        expect("spec.databases.postgres.host", 31, 13,
               "10.100.0.7 is inside spec.cluster.podAndServiceCidrs[0] (10.96.0.0/12), the cluster's own range");
        expect("spec.databases.objectStorage.endpoint", 45, 17, "2001:db8::9 is an IPv6 address");
        // A range is known, so no warning that none is.
        QVERIFY(!findIssue(issues, QStringLiteral("spec.cluster.podAndServiceCidrs")));
        // A host name is not an address: nothing to compare.
        yaml.replace("      host: 10.100.0.7", "      host: db.10-100-0-7.example");
        QVERIFY(!findIssue(loadAndValidate(yaml), QStringLiteral("spec.databases.postgres.host")));
    }

    void validatorWorksWithoutPositions()
    {
        DeploymentProfile p;
        p.name = QStringLiteral("x");
        p.domain.hostname = QStringLiteral("bad host");
        const Issues issues = ProfileValidator::validate(p);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().path, QStringLiteral("spec.domain.hostname"));
        QCOMPARE(issues.first().line, 0);
        QCOMPARE(issues.first().format(QStringLiteral("f.yaml")),
                 QStringLiteral("f.yaml: spec.domain.hostname: 'bad host' is not a fully qualified host name (RFC 1123)"));
    }

    void issueFormat()
    {
        const Issue i {QStringLiteral("spec.a"), 3, 7, Severity::Error, QStringLiteral("bad")};
        QCOMPARE(i.format(QStringLiteral("p.yaml")), QStringLiteral("p.yaml:3:7: spec.a: bad"));
    }

    void hostileInput_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("message");
        QTest::newRow("not UTF-8") << QByteArray("apiVersion: \xff\xfe\n") << "UTF-8";
        QTest::newRow("too large") << QByteArray(5 * 1024 * 1024, ' ') << "limit";
        QTest::newRow("empty") << QByteArray() << "empty";
        QTest::newRow("a list") << QByteArray("- a\n- b\n") << "expected a mapping";
        QTest::newRow("deep nesting") << QByteArray(100000, '[') << "";
    }

    void hostileInput()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, message);
        const auto loaded = ProfileIO::parse(yaml);
        QVERIFY(!loaded.ok());
        QVERIFY(!loaded.issues().isEmpty());
        QVERIFY2(loaded.issues().first().message.contains(message), qPrintable(loaded.issues().first().message));
    }

    void singleValueRules()
    {
        QVERIFY(ProfileValidator::isQuantity(QStringLiteral("500m")));
        QVERIFY(ProfileValidator::isQuantity(QStringLiteral("1.5Gi")));
        QVERIFY(!ProfileValidator::isQuantity(QStringLiteral("1.5 Gi")));
        QVERIFY(ProfileValidator::isDuration(QStringLiteral("1m30s")));
        QVERIFY(!ProfileValidator::isDuration(QStringLiteral("0s")));
        QVERIFY(ProfileValidator::isCorsOrigin(QStringLiteral("http://localhost:3000")));
        QVERIFY(ProfileValidator::isCorsOrigin(QStringLiteral("https://*.distill.app")));
        QVERIFY(!ProfileValidator::isCorsOrigin(QStringLiteral("distill.app")));
        QVERIFY(ProfileValidator::isSemver(QStringLiteral("1.2.3-rc.1")));
        QVERIFY(!ProfileValidator::isSemver(QStringLiteral("01.2.3")));
        QVERIFY(ProfileValidator::isDnsLabel(QStringLiteral("a-1")));
        QVERIFY(!ProfileValidator::isDnsLabel(QStringLiteral("-a")));
    }
};

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
