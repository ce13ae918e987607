#include "generators.h"
#include "kubernetesyaml.h"

#include "core/yamlwriter.h"

#include <QMap>
#include <QUrl>

namespace phc {

namespace {

void metadata(YamlWriter &w, const GeneratorContext &ctx, const QString &name)
{
    KubernetesYaml::metadata(w, ctx, name, ctx.objectLabels());
}

void header(YamlWriter &w, const GeneratorContext &ctx, const QString &what)
{
    KubernetesYaml::header(w, ctx, what);
}

void port(YamlWriter &w, const QString &protocol, int number)
{
    w.beginItem();
    w.string(QStringLiteral("protocol"), protocol);
    w.number(QStringLiteral("port"), number);
    w.endItem();
}

void namespaceSelector(YamlWriter &w, const QString &ns)
{
    w.beginItem();
    w.beginMap(QStringLiteral("namespaceSelector"));
    w.beginMap(QStringLiteral("matchLabels"));
    w.string(QStringLiteral("kubernetes.io/metadata.name"), ns);
    w.endMap();
    w.endMap();
    w.endItem();
}

// The namespace of a Service named by its cluster DNS name
// (<service>.<namespace>.svc[.<cluster domain>]); empty for any other host.
QString serviceNamespace(const QString &host)
{
    const QStringList labels = host.toLower().split(u'.');
    return labels.size() >= 3 && labels[2] == u"svc" ? labels[1] : QString();
}

void ipBlock(YamlWriter &w, const QString &cidr, const QStringList &except)
{
    w.beginItem();
    w.beginMap(QStringLiteral("ipBlock"));
    w.string(QStringLiteral("cidr"), cidr);
    // Quoted, IPv6 included: a plain "fd00::/8" in a flow list is left to
    // each YAML reader's reading of ':'.
    QStringList quoted;
    for (const QString &range : except)
        quoted << YamlWriter::quoted(range);
    if (!quoted.isEmpty())
        w.raw(QStringLiteral("except"), u'[' + quoted.join(QStringLiteral(", ")) + u']');
    w.endMap();
    w.endItem();
}

// Where an egress rule to hosts outside the deployment may go. A policy
// cannot name a host, so: any address but the cluster's own ranges
// (spec.cluster.podAndServiceCidrs), which ipBlock matches too (pod IPs
// included), so that the port does not open every pod of the cluster. IPv6
// only where the profile names an IPv6 range, or none at all: with IPv4
// ranges only, ::/0 would open a dual-stack cluster's pods again. A host
// that is a Service's cluster name is reached in its namespace instead.
void externalPeers(YamlWriter &w, const DeploymentProfile &p, const QStringList &hosts)
{
    QStringList namespaces;
    bool outside = hosts.isEmpty();
    for (const QString &host : hosts) {
        const QString ns = serviceNamespace(host);
        if (ns.isEmpty())
            outside = true;
        else if (!namespaces.contains(ns))
            namespaces << ns;
    }
    QStringList v4, v6;
    for (const QString &cidr : p.cluster.podAndServiceCidrs)
        (cidr.contains(u':') ? v6 : v4) << cidr;
    w.beginList(QStringLiteral("to"));
    if (outside) {
        ipBlock(w, QStringLiteral("0.0.0.0/0"), v4);
        if (v4.isEmpty() || !v6.isEmpty())
            ipBlock(w, QStringLiteral("::/0"), v6);
    }
    for (const QString &ns : namespaces)
        namespaceSelector(w, ns);
    w.endList();
}

// A metrics endpoint of the deployment: the pods (by the labels the chart
// gives them) and their port.
struct MetricsTarget
{
    QString name;                               // of the PodMonitor, after the chart's fullname
    QList<std::pair<QString, QString>> selector;
    int port = 0;
    QString portName;                           // empty: the chart leaves the port unnamed
    QString path;
    bool honorLabels = false;
};

// Web, events, the workers and the plugin server; with the Prometheus Operator also the exporters
// helm/values.yaml turns on for the alert rules (Kafka's, Redis' when it is
// bundled) and the Pushgateway that Celery pushes its queue depth to.
QList<MetricsTarget> metricsTargets(const GeneratorContext &ctx)
{
    const QString app = ctx.chartFullname;
    const QString release = ctx.profile.cluster.releaseName;
    const QString name = QStringLiteral("app.kubernetes.io/name");
    const QString instance = QStringLiteral("app.kubernetes.io/instance");
    const QString component = QStringLiteral("app.kubernetes.io/component");
    QList<MetricsTarget> targets {
        {QStringLiteral("web"), {{QStringLiteral("app"), app}, {QStringLiteral("role"), QStringLiteral("web")}}, 8001,
         QString(), QStringLiteral("/metrics"), false},
        {QStringLiteral("events"), {{QStringLiteral("app"), app}, {QStringLiteral("role"), QStringLiteral("events")}},
         8001, QString(), QStringLiteral("/metrics"), false},
        {ctx.workerRole(), {{QStringLiteral("app"), app}, {QStringLiteral("role"), ctx.workerRole()}}, 8001, QString(),
         QStringLiteral("/metrics"), false},
        {QStringLiteral("plugins"), {{QStringLiteral("app"), app}, {QStringLiteral("role"), QStringLiteral("plugins")}},
         6738, QString(), QStringLiteral("/_metrics"), false},
    };
    if (ctx.profile.databases.kafka.mode == ServiceMode::Bundled)
        targets.append({QStringLiteral("kafka-exporter"),
                        {{name, QStringLiteral("posthog-kafka")}, {instance, release}, {component, QStringLiteral("metrics")}},
                        9308, QStringLiteral("metrics"), QStringLiteral("/metrics"), false});
    if (ctx.profile.databases.redis.mode == ServiceMode::Bundled)
        targets.append({QStringLiteral("redis-exporter"),
                        {{name, QStringLiteral("posthog-redis")}, {instance, release}, {component, QStringLiteral("master")}},
                        9121, QStringLiteral("metrics"), QStringLiteral("/metrics"), false});
    // Pushed series keep their own job and instance labels.
    targets.append({QStringLiteral("pushgateway"), {{name, QStringLiteral("prometheus-pushgateway")}, {instance, release}},
                    9091, QStringLiteral("metrics"), QStringLiteral("/metrics"), true});
    return targets;
}

QByteArray networkPolicy(const GeneratorContext &ctx)
{
    const DeploymentProfile &p = ctx.profile;
    YamlWriter w;
    header(w, ctx, QStringLiteral(
        "Lets PostHog's pods talk to each other, DNS, the ingress controller and\n"
        "the client namespaces in, and only the ports PostHog needs out.\n"
        "Namespaces are matched by kubernetes.io/metadata.name, which Kubernetes\n"
        "sets on every namespace (1.21+)."));
    w.string(QStringLiteral("apiVersion"), QStringLiteral("networking.k8s.io/v1"));
    w.string(QStringLiteral("kind"), QStringLiteral("NetworkPolicy"));
    metadata(w, ctx, ctx.chartFullname + QStringLiteral("-network-policy"));
    w.beginMap(QStringLiteral("spec"));
    w.raw(QStringLiteral("podSelector"), QStringLiteral("{}"));
    w.flowList(QStringLiteral("policyTypes"), {QStringLiteral("Ingress"), QStringLiteral("Egress")});

    w.beginList(QStringLiteral("ingress"));
    w.comment(QStringLiteral("PostHog's own pods: web, workers, plugins, Kafka, ClickHouse, Redis..."));
    w.beginItem();
    w.beginList(QStringLiteral("from"));
    w.beginItem();
    w.raw(QStringLiteral("podSelector"), QStringLiteral("{}"));
    w.endItem();
    w.endList();
    w.endItem();
    w.comment(QStringLiteral("The ingress controller and the client namespaces, to the web and\n"
                             "events pods (port 8000)."));
    w.beginItem();
    w.beginList(QStringLiteral("from"));
    namespaceSelector(w, p.cluster.ingressControllerNamespace);
    for (const QString &ns : p.domain.clientNamespaces)
        if (ns != p.cluster.namespaceName)
            namespaceSelector(w, ns);
    w.endList();
    w.beginList(QStringLiteral("ports"));
    port(w, QStringLiteral("TCP"), 8000);
    w.endList();
    w.endItem();
    if (p.monitoring.prometheusOperator) {
        w.comment(QStringLiteral("Prometheus, from any namespace, to the metrics ports only (web 8001,\n"
                                 "plugin server 6738, Kafka exporter 9308, Redis exporter 9121,\n"
                                 "Pushgateway 9091). Narrow the namespace to your Prometheus' own."));
        w.beginItem();
        w.beginList(QStringLiteral("from"));
        w.beginItem();
        w.raw(QStringLiteral("namespaceSelector"), QStringLiteral("{}"));
        w.endItem();
        w.endList();
        w.beginList(QStringLiteral("ports"));
        QList<int> ports;
        for (const MetricsTarget &t : metricsTargets(ctx))
            if (!ports.contains(t.port))
                ports.append(t.port);
        for (int number : ports)
            port(w, QStringLiteral("TCP"), number);
        w.endList();
        w.endItem();
    }
    w.endList();

    w.beginList(QStringLiteral("egress"));
    w.comment(QStringLiteral("Within the namespace."));
    w.beginItem();
    w.beginList(QStringLiteral("to"));
    w.beginItem();
    w.raw(QStringLiteral("podSelector"), QStringLiteral("{}"));
    w.endItem();
    w.endList();
    w.endItem();
    w.comment(QStringLiteral("DNS."));
    w.beginItem();
    w.beginList(QStringLiteral("ports"));
    port(w, QStringLiteral("UDP"), 53);
    port(w, QStringLiteral("TCP"), 53);
    w.endList();
    w.endItem();

    struct External { QString what; QStringList hosts; int port; };
    QList<External> externals;
    const auto &db = p.databases;
    if (db.postgres.mode == ServiceMode::External)
        externals.append({QStringLiteral("PostgreSQL at ") + db.postgres.host, {db.postgres.host}, db.postgres.port});
    if (db.redis.mode == ServiceMode::External)
        externals.append({QStringLiteral("Redis at ") + db.redis.host, {db.redis.host}, db.redis.port});
    if (db.clickhouse.mode == ServiceMode::External) {
        externals.append({QStringLiteral("ClickHouse native protocol at ") + db.clickhouse.host, {db.clickhouse.host}, 9000});
        externals.append({QStringLiteral("ClickHouse HTTP at ") + db.clickhouse.host, {db.clickhouse.host}, 8123});
    }
    if (db.kafka.mode == ServiceMode::External) {
        // One rule per port, naming the brokers behind it.
        QMap<int, QStringList> brokersByPort;
        for (const QString &b : db.kafka.brokers)
            brokersByPort[b.section(u':', -1).toInt()] << b;
        for (auto it = brokersByPort.cbegin(); it != brokersByPort.cend(); ++it) {
            QStringList hosts;
            for (const QString &b : it.value())
                hosts << b.section(u':', 0, -2);
            externals.append({QStringLiteral("Kafka brokers ") + it.value().join(QStringLiteral(", ")), hosts, it.key()});
        }
    }
    if (db.objectStorage.mode == ServiceMode::External) {
        const QUrl url(db.objectStorage.endpoint);
        const int osPort = url.port(url.scheme() == u"http" ? 80 : 443);
        if (osPort != 443)
            externals.append({QStringLiteral("object storage at ") + db.objectStorage.endpoint, {url.host()}, osPort});
    }
    for (const External &e : externals) {
        w.comment(e.what + u'.');
        w.beginItem();
        externalPeers(w, p, e.hosts);
        w.beginList(QStringLiteral("ports"));
        port(w, QStringLiteral("TCP"), e.port);
        w.endList();
        w.endItem();
    }
    w.comment(QStringLiteral("HTTPS out (plugins, object storage, updates) and the Kubernetes API,\n"
                             "which the ClickHouse operator and the migration jobs call (443 or 6443)."));
    w.beginItem();
    externalPeers(w, p, {});
    w.beginList(QStringLiteral("ports"));
    port(w, QStringLiteral("TCP"), 443);
    port(w, QStringLiteral("TCP"), 6443);
    w.endList();
    w.endItem();
    w.endList();
    w.endMap();
    if (p.domain.tls.mode == TlsMode::CertManager) {
        w.line(QStringLiteral("---"));
        w.comment(QStringLiteral("cert-manager's HTTP-01 solver pods, which it starts in this namespace while\n"
                                 "it gets or renews the certificate: the ingress controller must reach them."));
        w.string(QStringLiteral("apiVersion"), QStringLiteral("networking.k8s.io/v1"));
        w.string(QStringLiteral("kind"), QStringLiteral("NetworkPolicy"));
        metadata(w, ctx, ctx.chartFullname + QStringLiteral("-acme-solver"));
        w.beginMap(QStringLiteral("spec"));
        w.beginMap(QStringLiteral("podSelector"));
        w.beginMap(QStringLiteral("matchLabels"));
        w.quotedString(QStringLiteral("acme.cert-manager.io/http01-solver"), QStringLiteral("true"));
        w.endMap();
        w.endMap();
        w.flowList(QStringLiteral("policyTypes"), {QStringLiteral("Ingress")});
        w.beginList(QStringLiteral("ingress"));
        w.beginItem();
        w.beginList(QStringLiteral("from"));
        namespaceSelector(w, p.cluster.ingressControllerNamespace);
        w.endList();
        w.beginList(QStringLiteral("ports"));
        port(w, QStringLiteral("TCP"), 8089);
        w.endList();
        w.endItem();
        w.endList();
        w.endMap();
    }
    return w.text().toUtf8();
}

QByteArray certificate(const GeneratorContext &ctx)
{
    const DeploymentProfile &p = ctx.profile;
    YamlWriter w;
    header(w, ctx, QStringLiteral("TLS certificate for %1 from ClusterIssuer \"%2\" (cert-manager);\n"
                                  "the ingress reads it from Secret \"%3\".")
                       .arg(p.domain.hostname, p.domain.tls.clusterIssuer, p.domain.tls.secretName));
    w.string(QStringLiteral("apiVersion"), QStringLiteral("cert-manager.io/v1"));
    w.string(QStringLiteral("kind"), QStringLiteral("Certificate"));
    metadata(w, ctx, p.domain.tls.secretName);
    w.beginMap(QStringLiteral("spec"));
    w.string(QStringLiteral("secretName"), p.domain.tls.secretName);
    w.beginMap(QStringLiteral("issuerRef"));
    w.string(QStringLiteral("name"), p.domain.tls.clusterIssuer);
    w.string(QStringLiteral("kind"), QStringLiteral("ClusterIssuer"));
    w.endMap();
    w.blockList(QStringLiteral("dnsNames"), {p.domain.hostname});
    w.endMap();
    return w.text().toUtf8();
}

void podMonitor(YamlWriter &w, const GeneratorContext &ctx, const MetricsTarget &t)
{
    w.string(QStringLiteral("apiVersion"), QStringLiteral("monitoring.coreos.com/v1"));
    w.string(QStringLiteral("kind"), QStringLiteral("PodMonitor"));
    KubernetesYaml::metadata(w, ctx, ctx.chartFullname + u'-' + t.name, ctx.monitorLabels());
    w.beginMap(QStringLiteral("spec"));
    w.beginMap(QStringLiteral("selector"));
    w.beginMap(QStringLiteral("matchLabels"));
    for (const auto &[key, value] : t.selector)
        w.string(key, value);
    w.endMap();
    w.endMap();
    w.beginMap(QStringLiteral("namespaceSelector"));
    w.blockList(QStringLiteral("matchNames"), {ctx.profile.cluster.namespaceName});
    w.endMap();
    w.beginList(QStringLiteral("podMetricsEndpoints"));
    w.beginItem();
    if (t.portName.isEmpty()) {
        w.comment(QStringLiteral("The container port is unnamed in the chart, so it is addressed by number."));
        w.number(QStringLiteral("targetPort"), t.port);
    } else {
        w.string(QStringLiteral("port"), t.portName);
    }
    w.string(QStringLiteral("path"), t.path);
    w.string(QStringLiteral("interval"), ctx.profile.monitoring.scrapeInterval);
    if (t.honorLabels)
        w.boolean(QStringLiteral("honorLabels"), true);
    w.endItem();
    w.endList();
    w.endMap();
}

QByteArray podMonitors(const GeneratorContext &ctx)
{
    YamlWriter w;
    header(w, ctx, QStringLiteral(
        "Prometheus Operator PodMonitors. The chart's Services expose only port 8000,\n"
        "so a ServiceMonitor cannot reach the metrics: these select the pods (label\n"
        "app=%1 and their role) and scrape web, events and the workers on 8001\n"
        "/metrics and the plugin server on 6738 /_metrics; then the exporters\n"
        "helm/values.yaml turns on for k8s/prometheus-rules.yaml, by the labels the\n"
        "chart gives their pods. Celery's task metrics reach Prometheus only through\n"
        "the chart's pushgateway, which the chart hard-wires to\n"
        "posthog-prometheus-pushgateway:9091 (helm/values.yaml names it so).").arg(ctx.chartFullname));
    bool first = true;
    for (const MetricsTarget &t : metricsTargets(ctx)) {
        if (!first)
            w.line(QStringLiteral("---"));
        first = false;
        podMonitor(w, ctx, t);
    }
    return w.text().toUtf8();
}

void hpa(YamlWriter &w, const GeneratorContext &ctx, const PostHogProcess &process)
{
    const auto &as = ctx.profile.sizing.autoscaling;
    const QString deployment = ctx.chartFullname + u'-' + process.role;
    w.string(QStringLiteral("apiVersion"), QStringLiteral("autoscaling/v2"));
    w.string(QStringLiteral("kind"), QStringLiteral("HorizontalPodAutoscaler"));
    metadata(w, ctx, deployment);
    w.beginMap(QStringLiteral("spec"));
    w.beginMap(QStringLiteral("scaleTargetRef"));
    w.string(QStringLiteral("apiVersion"), QStringLiteral("apps/v1"));
    w.string(QStringLiteral("kind"), QStringLiteral("Deployment"));
    w.string(QStringLiteral("name"), deployment);
    w.endMap();
    w.number(QStringLiteral("minReplicas"), as.minReplicas);
    w.number(QStringLiteral("maxReplicas"), process.autoscaleMax);
    w.beginList(QStringLiteral("metrics"));
    const auto metric = [&w](const QString &resource, int target) {
        w.beginItem();
        w.string(QStringLiteral("type"), QStringLiteral("Resource"));
        w.beginMap(QStringLiteral("resource"));
        w.string(QStringLiteral("name"), resource);
        w.beginMap(QStringLiteral("target"));
        w.string(QStringLiteral("type"), QStringLiteral("Utilization"));
        w.number(QStringLiteral("averageUtilization"), target);
        w.endMap();
        w.endMap();
        w.endItem();
    };
    metric(QStringLiteral("cpu"), as.cpuUtilization);
    metric(QStringLiteral("memory"), *as.memoryUtilization);
    w.endList();
    w.endMap();
}

QByteArray hpas(const GeneratorContext &ctx)
{
    YamlWriter w;
    header(w, ctx, QStringLiteral(
        "Autoscalers on CPU and memory for the web, events, worker and plugins\n"
        "Deployments. The chart's own autoscaler knows only CPU, so helm/values.yaml\n"
        "turns it off: one autoscaler per Deployment. Each maximum is the profile's,\n"
        "or the scaling table's count for the process where that is higher."));
    for (const PostHogProcess &process : ctx.processes) {
        if (&process != &ctx.processes.constFirst())
            w.line(QStringLiteral("---"));
        hpa(w, ctx, process);
    }
    return w.text().toUtf8();
}

// The chart makes budgets for web and events only; the worker and plugins get ours.
QByteArray disruptionBudgets(const GeneratorContext &ctx)
{
    YamlWriter w;
    header(w, ctx, QStringLiteral(
        "PodDisruptionBudgets for the worker and plugins Deployments that run several\n"
        "replicas: a node drain takes at most a quarter of them at once. The chart's\n"
        "own budgets cover web and events (web.pdb, events.pdb in helm/values.yaml)."));
    const QList<PostHogProcess> budgets = ctx.ownBudgets();
    for (const PostHogProcess &process : budgets) {
        if (&process != &budgets.constFirst())
            w.line(QStringLiteral("---"));
        w.string(QStringLiteral("apiVersion"), QStringLiteral("policy/v1"));
        w.string(QStringLiteral("kind"), QStringLiteral("PodDisruptionBudget"));
        metadata(w, ctx, ctx.chartFullname + u'-' + process.role);
        w.beginMap(QStringLiteral("spec"));
        w.quotedString(QStringLiteral("maxUnavailable"), QStringLiteral("25%"));
        w.beginMap(QStringLiteral("selector"));
        w.beginMap(QStringLiteral("matchLabels"));
        w.string(QStringLiteral("app"), ctx.chartFullname);
        w.string(QStringLiteral("role"), process.role);
        w.endMap();
        w.endMap();
        w.endMap();
    }
    return w.text().toUtf8();
}

void envFromSecret(YamlWriter &w, const QString &name, const QString &secret, const QString &key)
{
    w.beginItem();
    w.string(QStringLiteral("name"), name);
    w.beginMap(QStringLiteral("valueFrom"));
    w.beginMap(QStringLiteral("secretKeyRef"));
    w.string(QStringLiteral("name"), secret);
    w.string(QStringLiteral("key"), key);
    w.endMap();
    w.endMap();
    w.endItem();
}

void envValue(YamlWriter &w, const QString &name, const QString &value)
{
    w.beginItem();
    w.string(QStringLiteral("name"), name);
    w.quotedString(QStringLiteral("value"), value);
    w.endItem();
}

// A backup CronJob <fullname>-<name> up to its pod's spec: one run at a
// time, a few retries, the last runs kept for their logs.
void beginBackupCronJob(YamlWriter &w, const GeneratorContext &ctx, const QString &name, const QString &schedule)
{
    w.string(QStringLiteral("apiVersion"), QStringLiteral("batch/v1"));
    w.string(QStringLiteral("kind"), QStringLiteral("CronJob"));
    metadata(w, ctx, ctx.chartFullname + u'-' + name);
    w.beginMap(QStringLiteral("spec"));
    w.quotedString(QStringLiteral("schedule"), schedule);
    w.string(QStringLiteral("concurrencyPolicy"), QStringLiteral("Forbid"));
    w.number(QStringLiteral("successfulJobsHistoryLimit"), 3);
    w.number(QStringLiteral("failedJobsHistoryLimit"), 3);
    w.beginMap(QStringLiteral("jobTemplate"));
    w.beginMap(QStringLiteral("spec"));
    w.number(QStringLiteral("backoffLimit"), 2);
    w.beginMap(QStringLiteral("template"));
    w.beginMap(QStringLiteral("spec"));
    w.string(QStringLiteral("restartPolicy"), QStringLiteral("Never"));
}

void endBackupCronJob(YamlWriter &w)
{
    for (int i = 0; i < 5; ++i)
        w.endMap();
}

// The backup script, from the ConfigMap install.sh creates.
void scriptVolume(YamlWriter &w, const QString &configMap)
{
    w.beginItem();
    w.string(QStringLiteral("name"), QStringLiteral("script"));
    w.beginMap(QStringLiteral("configMap"));
    w.string(QStringLiteral("name"), configMap);
    w.endMap();
    w.endItem();
}

// The s3:// destination's key, from the Secret install.sh creates.
void awsCredentialsEnv(YamlWriter &w, const GeneratorContext &ctx)
{
    envFromSecret(w, QStringLiteral("AWS_ACCESS_KEY_ID"), ctx.backupCredentialsSecret(), QStringLiteral("access-key-id"));
    envFromSecret(w, QStringLiteral("AWS_SECRET_ACCESS_KEY"), ctx.backupCredentialsSecret(), QStringLiteral("secret-access-key"));
}

// The script, the dump's emptyDir and (gs://) the service account key.
void backupMounts(YamlWriter &w, bool credentials)
{
    w.beginList(QStringLiteral("volumeMounts"));
    const auto mount = [&w](const QString &name, const QString &path, bool readOnly) {
        w.beginItem();
        w.string(QStringLiteral("name"), name);
        w.string(QStringLiteral("mountPath"), path);
        if (readOnly)
            w.boolean(QStringLiteral("readOnly"), true);
        w.endItem();
    };
    mount(QStringLiteral("script"), QStringLiteral("/scripts"), true);
    mount(QStringLiteral("backups"), QStringLiteral("/backups"), false);
    if (credentials)
        mount(QStringLiteral("credentials"), QStringLiteral("/credentials"), true);
    w.endList();
}

// PostgreSQL's daily backup in the cluster: backup/postgres-backup.sh dumps
// in a PostgreSQL image (init container), then uploads from the cloud CLI's
// image, sharing the dump through an emptyDir.
QByteArray postgresBackupCronJob(const GeneratorContext &ctx)
{
    const DeploymentProfile &p = ctx.profile;
    const auto &pg = p.databases.postgres;
    const bool s3 = p.backups.destination.startsWith(QStringLiteral("s3://"));
    YamlWriter w;
    header(w, ctx, QStringLiteral(
        "Daily PostgreSQL backup to %1 with timestamped names: backup/postgres-backup.sh\n"
        "(ConfigMap %2, made by helm/install.sh) dumps, then uploads with credentials\n"
        "from Secret %3. Restore: README.md, Backups.")
                       .arg(p.backups.destination, ctx.backupScriptConfigMap(), ctx.backupCredentialsSecret()));
    beginBackupCronJob(w, ctx, QStringLiteral("postgres-backup"), QStringLiteral("17 3 * * *"));
    w.beginList(QStringLiteral("initContainers"));
    w.beginItem();
    w.string(QStringLiteral("name"), QStringLiteral("dump"));
    w.comment(QStringLiteral("pg_dump 14 reads every server PostHog accepts (11 to 14.1)."));
    w.string(QStringLiteral("image"), QStringLiteral("postgres:14-alpine"));
    w.raw(QStringLiteral("command"), QStringLiteral("[\"bash\", \"/scripts/postgres-backup.sh\", \"dump\"]"));
    w.beginList(QStringLiteral("env"));
    if (pg.mode == ServiceMode::Bundled) {
        // The chart's PostgreSQL (bitnami, nameOverride posthog-postgresql), superuser postgres.
        envValue(w, QStringLiteral("PGHOST"), p.cluster.releaseName + QStringLiteral("-posthog-postgresql"));
        envValue(w, QStringLiteral("PGPORT"), QStringLiteral("5432"));
        envValue(w, QStringLiteral("PGUSER"), QStringLiteral("postgres"));
        envValue(w, QStringLiteral("PGDATABASE"), QStringLiteral("posthog"));
        envFromSecret(w, QStringLiteral("PGPASSWORD"), ctx.postgresSecret(), QStringLiteral("postgresql-password"));
    } else {
        envValue(w, QStringLiteral("PGHOST"), pg.host);
        envValue(w, QStringLiteral("PGPORT"), QString::number(pg.port));
        envValue(w, QStringLiteral("PGUSER"), pg.username);
        envValue(w, QStringLiteral("PGDATABASE"), pg.database);
        envFromSecret(w, QStringLiteral("PGPASSWORD"), pg.existingSecret, pg.existingSecretPasswordKey);
    }
    envValue(w, QStringLiteral("BACKUP_DIR"), QStringLiteral("/backups"));
    w.endList();
    backupMounts(w, false);
    w.endItem();
    w.endList();
    w.beginList(QStringLiteral("containers"));
    w.beginItem();
    w.string(QStringLiteral("name"), QStringLiteral("upload"));
    w.string(QStringLiteral("image"), s3 ? QStringLiteral("amazon/aws-cli:2.13.0")
                                          : QStringLiteral("gcr.io/google.com/cloudsdktool/google-cloud-cli:455.0.0-slim"));
    w.raw(QStringLiteral("command"), QStringLiteral("[\"bash\", \"/scripts/postgres-backup.sh\", \"upload\"]"));
    w.beginList(QStringLiteral("env"));
    envValue(w, QStringLiteral("BACKUP_DIR"), QStringLiteral("/backups"));
    envValue(w, QStringLiteral("BACKUP_DESTINATION"), p.backups.destination);
    if (s3) {
        awsCredentialsEnv(w, ctx);
    } else {
        envValue(w, QStringLiteral("CLOUDSDK_AUTH_CREDENTIAL_FILE_OVERRIDE"), QStringLiteral("/credentials/service-account.json"));
    }
    w.endList();
    backupMounts(w, !s3);
    w.endItem();
    w.endList();
    w.beginList(QStringLiteral("volumes"));
    scriptVolume(w, ctx.backupScriptConfigMap());
    w.beginItem();
    w.string(QStringLiteral("name"), QStringLiteral("backups"));
    w.raw(QStringLiteral("emptyDir"), QStringLiteral("{}"));
    w.endItem();
    if (!s3) {
        w.beginItem();
        w.string(QStringLiteral("name"), QStringLiteral("credentials"));
        w.beginMap(QStringLiteral("secret"));
        w.string(QStringLiteral("secretName"), ctx.backupCredentialsSecret());
        w.endMap();
        w.endItem();
    }
    w.endList();
    endBackupCronJob(w);
    return w.text().toUtf8();
}

// The bundled ClickHouse's daily backup: backup/clickhouse-backup.sh in the
// pinned ClickHouse image, as the user PostHog connects as. Not the chart's
// clickhouse.backup: its CronJob waits for a Service named clickhouse-posthog
// whatever the release is called, it adds a ClickHouse user "backup" open to
// any address with its password on the command line, and its sidecar takes
// the remote storage's key only as a plain value of clickhouse.backup.env.
QByteArray clickhouseBackupCronJob(const GeneratorContext &ctx)
{
    const DeploymentProfile &p = ctx.profile;
    YamlWriter w;
    header(w, ctx, QStringLiteral(
        "Daily ClickHouse backup to %1clickhouse/ with timestamped names:\n"
        "backup/clickhouse-backup.sh (ConfigMap %2, made by helm/install.sh) runs\n"
        "BACKUP DATABASE posthog ON CLUSTER '%3' TO S3(...), with the key from Secret %4.\n"
        "Restore: README.md, Backups.")
                       .arg(p.backups.destination.endsWith(u'/') ? p.backups.destination : p.backups.destination + u'/',
                            ctx.clickhouseBackupScriptConfigMap(), ctx.clickhouseCluster(), ctx.backupCredentialsSecret()));
    // After the PostgreSQL backup (03:17).
    beginBackupCronJob(w, ctx, QStringLiteral("clickhouse-backup"), QStringLiteral("47 3 * * *"));
    w.beginList(QStringLiteral("containers"));
    w.beginItem();
    w.string(QStringLiteral("name"), QStringLiteral("backup"));
    w.string(QStringLiteral("image"), QStringLiteral("clickhouse/clickhouse-server:") + ctx.clickhouseImageTag);
    w.raw(QStringLiteral("command"), QStringLiteral("[\"bash\", \"/scripts/clickhouse-backup.sh\", \"backup\"]"));
    w.beginList(QStringLiteral("env"));
    envValue(w, QStringLiteral("CLICKHOUSE_HOST"), ctx.chartClickhouseHost());
    envValue(w, QStringLiteral("CLICKHOUSE_PORT"), QStringLiteral("9000"));
    envValue(w, QStringLiteral("CLICKHOUSE_USER"), ctx.chartClickhouseUser());
    envFromSecret(w, QStringLiteral("CLICKHOUSE_PASSWORD"), ctx.clickhouseSecret(), QStringLiteral("password"));
    envValue(w, QStringLiteral("CLICKHOUSE_CLUSTER"), ctx.clickhouseCluster());
    envValue(w, QStringLiteral("BACKUP_DESTINATION"), p.backups.destination);
    awsCredentialsEnv(w, ctx);
    w.endList();
    w.beginList(QStringLiteral("volumeMounts"));
    w.beginItem();
    w.string(QStringLiteral("name"), QStringLiteral("script"));
    w.string(QStringLiteral("mountPath"), QStringLiteral("/scripts"));
    w.boolean(QStringLiteral("readOnly"), true);
    w.endItem();
    w.endList();
    w.endItem();
    w.endList();
    w.beginList(QStringLiteral("volumes"));
    scriptVolume(w, ctx.clickhouseBackupScriptConfigMap());
    w.endList();
    endBackupCronJob(w);
    return w.text().toUtf8();
}

} // namespace

GeneratedFiles Generators::kubernetes(const GeneratorContext &ctx)
{
    const DeploymentProfile &p = ctx.profile;
    GeneratedFiles files;
    files.append({QStringLiteral("k8s/network-policy.yaml"), networkPolicy(ctx), GeneratedFile::Kind::Regular,
                  QStringLiteral("NetworkPolicy: PostHog's pods, DNS, ingress and clients in; needed ports out")});
    if (p.domain.tls.mode == TlsMode::CertManager)
        files.append({QStringLiteral("k8s/certificate.yaml"), certificate(ctx), GeneratedFile::Kind::Regular,
                      QStringLiteral("cert-manager Certificate for %1").arg(p.domain.hostname)});
    if (p.monitoring.prometheusOperator)
        files.append({QStringLiteral("k8s/pod-monitor.yaml"), podMonitors(ctx), GeneratedFile::Kind::Regular,
                      QStringLiteral("PodMonitors: web, events, workers (8001), plugin server (6738), the Kafka and Redis exporters, the Pushgateway")});
    if (!ctx.ownBudgets().isEmpty())
        files.append({QStringLiteral("k8s/pod-disruption-budget.yaml"), disruptionBudgets(ctx), GeneratedFile::Kind::Regular,
                      QStringLiteral("PodDisruptionBudgets for worker and plugins (the chart's cover web and events)")});
    if (ctx.ownHpa())
        files.append({QStringLiteral("k8s/hpa.yaml"), hpas(ctx), GeneratedFile::Kind::Regular,
                      QStringLiteral("autoscalers on CPU and memory (the chart's knows only CPU)")});
    if (!p.backups.destination.isEmpty())
        files.append({QStringLiteral("k8s/postgres-backup.yaml"), postgresBackupCronJob(ctx), GeneratedFile::Kind::Regular,
                      QStringLiteral("CronJob: daily PostgreSQL dump uploaded to %1").arg(p.backups.destination)});
    if (!p.backups.destination.isEmpty() && p.databases.clickhouse.mode == ServiceMode::Bundled)
        files.append({QStringLiteral("k8s/clickhouse-backup.yaml"), clickhouseBackupCronJob(ctx), GeneratedFile::Kind::Regular,
                      QStringLiteral("CronJob: daily ClickHouse BACKUP to %1").arg(p.backups.destination)});
    return files;
}

} // namespace phc
