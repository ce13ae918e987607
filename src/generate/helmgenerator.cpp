#include "generators.h"

#include "core/yamlwriter.h"
#include "profile/profileio.h"
#include "shellscript.h"

#include <utility>

namespace phc {

namespace {

// Topics PostHog 1.43 creates in Kafka (posthog/kafka_client/topics.py and the
// plugin server's), rounded up.
constexpr int kPostHogKafkaTopics = 20;

QString chartRepoUrl() { return QStringLiteral("https://posthog.github.io/charts-clickhouse/"); }

void writeProcess(YamlWriter &w, const GeneratorContext &ctx, const PostHogProcess &process)
{
    const auto &as = ctx.profile.sizing.autoscaling;
    w.beginMap(process.valuesKey);
    if (ctx.chartHpa())
        w.comment(QStringLiteral("Ignored by the chart while hpa.enabled is true."));
    if (ctx.ownHpa())
        w.comment(QStringLiteral("The autoscaler's minimum: every helm upgrade resets the Deployment to\n"
                                 "this count, so an upgrade never takes it below the minimum."));
    w.number(QStringLiteral("replicacount"), ctx.ownHpa() ? as.minReplicas : process.replicas);
    w.beginMap(QStringLiteral("hpa"));
    if (ctx.ownHpa())
        w.comment(QStringLiteral("Off: k8s/hpa.yaml scales on CPU and memory, which this chart's\n"
                                 "autoscaler cannot; two autoscalers must never share a Deployment."));
    w.boolean(QStringLiteral("enabled"), ctx.chartHpa());
    if (ctx.chartHpa()) {
        w.number(QStringLiteral("minpods"), as.minReplicas);
        w.number(QStringLiteral("maxpods"), process.autoscaleMax);
        w.number(QStringLiteral("cputhreshold"), as.cpuUtilization);
    }
    w.endMap();
    // The chart's budget renders maxUnavailable from the values alone (no default).
    if (process.chartBudget && ctx.minReplicas(process) > 1)
        w.raw(QStringLiteral("pdb"), QStringLiteral("{enabled: true, maxUnavailable: 25%}"));
    // From the sizing tier. Autoscaler utilisation targets are relative to
    // the requests; the memory limit keeps one pod from starving its node.
    ResourceRequirements resources;
    resources.requests.cpu = process.resources.cpu;
    resources.requests.memory = process.resources.memory;
    resources.limits.memory = process.resources.memoryLimit;
    ProfileIO::writeResources(w, resources);
    w.endMap();
}

void writeSecretRef(YamlWriter &w, const QString &secret, const QString &key)
{
    w.string(QStringLiteral("existingSecret"), secret);
    w.string(QStringLiteral("existingSecretPasswordKey"), key);
}

QByteArray valuesYaml(const GeneratorContext &ctx)
{
    const DeploymentProfile &p = ctx.profile;
    YamlWriter w;
    w.line(ctx.headerLines(QStringLiteral("#")).trimmed());
    w.comment(QStringLiteral("Values for the posthog/posthog chart %1 (PostHog/charts-clickhouse).\n"
                             "Apply with helm/install.sh: it creates the Secrets named here first.")
                  .arg(p.cluster.chartVersion));
    w.blank();
    w.string(QStringLiteral("cloud"), yamlName(p.cluster.cloud));
    w.string(QStringLiteral("siteUrl"), p.siteUrl());
    if (!p.cluster.storageClass.isEmpty()) {
        w.comment(QStringLiteral("Storage class of the Kafka, ZooKeeper, Redis, PostgreSQL and MinIO volumes\n"
                                 "(Bitnami subcharts); ClickHouse's is clickhouse.persistence.storageClass."));
        w.beginMap(QStringLiteral("global"));
        w.string(QStringLiteral("storageClass"), p.cluster.storageClass);
        w.endMap();
    }
    w.beginMap(QStringLiteral("image"));
    w.string(QStringLiteral("tag"), p.cluster.imageTag);
    w.endMap();
    w.blank();

    w.comment(QStringLiteral("Django SECRET_KEY, from a Secret install.sh creates."));
    w.beginMap(QStringLiteral("posthogSecretKey"));
    w.string(QStringLiteral("existingSecret"), ctx.secretKeySecret());
    w.string(QStringLiteral("existingSecretKey"), QStringLiteral("posthog-secret"));
    w.endMap();
    w.blank();

    // The chart sets IS_BEHIND_PROXY and DISABLE_SECURE_SSL_REDIRECT on web and
    // events itself; setting them again would put them twice in a container.
    const auto proxyEnv = ctx.proxyEnv();
    if (!proxyEnv.isEmpty()) {
        w.comment(QStringLiteral("Environment of every PostHog pod. PostHog reads any non-empty\n"
                                 "TRUST_ALL_PROXIES as true, so it is only ever set to true;\n"
                                 "TRUSTED_PROXIES lists exact addresses, as PostHog compares them."));
        w.beginList(QStringLiteral("env"));
        for (const auto &[name, value] : proxyEnv) {
            w.beginItem();
            w.string(QStringLiteral("name"), name);
            w.quotedString(QStringLiteral("value"), value);
            w.endItem();
        }
        w.endList();
        w.blank();
    }

    w.comment(QStringLiteral("Replicas from the scaling table (%1 monthly events: row \"%2\")%3.")
                  .arg(p.sizing.monthlyEvents)
                  .arg(ctx.recommendation.row.label,
                       p.sizing.webReplicas.isAuto() && p.sizing.workerReplicas.isAuto() && p.sizing.eventsReplicas.isAuto()
                               && p.sizing.pluginsReplicas.isAuto()
                           ? QString()
                           : QStringLiteral(", overridden by the profile")));
    w.comment(QStringLiteral("Requests and memory limits from the sizing tier \"%1\". events serves\n"
                             "capture (/e, /batch, /decide, /s); plugins runs the ingestion consumers.")
                  .arg(ctx.recommendation.tier.name));
    if (ctx.profile.sizing.autoscaling.enabled)
        w.comment(QStringLiteral("Each autoscaler's maximum is the profile's, or the scaling table's count\n"
                                 "for the process where that is higher."));
    // The chart has budgets for web and events; k8s/pod-disruption-budget.yaml covers the others.
    for (const PostHogProcess &process : ctx.processes)
        writeProcess(w, ctx, process);
    w.blank();

    w.comment(QStringLiteral("Ingress through the existing controller in namespace \"%1\".")
                  .arg(p.cluster.ingressControllerNamespace));
    w.beginMap(QStringLiteral("ingress"));
    w.boolean(QStringLiteral("enabled"), true);
    w.string(QStringLiteral("type"), QStringLiteral("nginx"));
    w.string(QStringLiteral("hostname"), p.domain.hostname);
    w.beginMap(QStringLiteral("nginx"));
    w.comment(QStringLiteral("false: do not install a second ingress-nginx with the chart."));
    w.boolean(QStringLiteral("enabled"), false);
    w.comment(QStringLiteral("false: the chart's redirect adds a configuration-snippet annotation,\n"
                             "which ingress-nginx 1.9+ refuses; the annotation below redirects instead."));
    w.boolean(QStringLiteral("redirectToTLS"), false);
    w.endMap();
    if (p.tlsEnabled()) {
        w.beginMap(QStringLiteral("annotations"));
        w.quotedString(QStringLiteral("nginx.ingress.kubernetes.io/force-ssl-redirect"), QStringLiteral("true"));
        w.endMap();
    }
    if (p.domain.tls.mode == TlsMode::CertManager)
        w.comment(QStringLiteral("k8s/certificate.yaml asks issuer \"%1\" for the certificate;\n"
                                 "the chart's own Let's Encrypt issuer stays off.")
                      .arg(p.domain.tls.clusterIssuer));
    w.boolean(QStringLiteral("letsencrypt"), false);
    if (p.tlsEnabled())
        w.string(QStringLiteral("secretName"), p.domain.tls.secretName);
    w.endMap();
    w.beginMap(QStringLiteral("cert-manager"));
    w.boolean(QStringLiteral("enabled"), false);
    w.endMap();
    w.blank();

    const auto &pg = p.databases.postgres;
    w.beginMap(QStringLiteral("postgresql"));
    w.boolean(QStringLiteral("enabled"), pg.mode == ServiceMode::Bundled);
    if (pg.mode == ServiceMode::Bundled) {
        w.comment(QStringLiteral("Password in key postgresql-password, instead of the chart's default."));
        w.string(QStringLiteral("existingSecret"), ctx.postgresSecret());
    }
    w.endMap();
    if (pg.mode == ServiceMode::External) {
        w.beginMap(QStringLiteral("externalPostgresql"));
        w.string(QStringLiteral("postgresqlHost"), pg.host);
        w.number(QStringLiteral("postgresqlPort"), pg.port);
        w.string(QStringLiteral("postgresqlDatabase"), pg.database);
        w.string(QStringLiteral("postgresqlUsername"), pg.username);
        writeSecretRef(w, pg.existingSecret, pg.existingSecretPasswordKey);
        w.endMap();
    }
    w.blank();

    const auto &redis = p.databases.redis;
    const bool exporters = p.monitoring.prometheusOperator;
    w.beginMap(QStringLiteral("redis"));
    w.boolean(QStringLiteral("enabled"), redis.mode == ServiceMode::Bundled);
    if (redis.mode == ServiceMode::Bundled) {
        w.comment(QStringLiteral("A memory limit above the chart's --maxmemory 400mb, so Redis evicts keys\n"
                                 "before the kernel kills it."));
        w.beginMap(QStringLiteral("master"));
        ProfileIO::writeResources(w, {{QStringLiteral("100m"), QStringLiteral("512Mi")}, {QString(), QStringLiteral("1Gi")}});
        w.endMap();
    }
    if (exporters && redis.mode == ServiceMode::Bundled) {
        w.comment(QStringLiteral("The exporter beside Redis (9121): memory against maxmemory in k8s/prometheus-rules.yaml."));
        w.beginMap(QStringLiteral("metrics"));
        w.boolean(QStringLiteral("enabled"), true);
        w.endMap();
    }
    w.endMap();
    w.blank();

    if (p.databases.kafka.mode == ServiceMode::Bundled) {
        // Kafka deletes by size per partition and never the active segment, so the
        // volume must hold (retention + segment) x partitions x topics.
        const qint64 kafkaVolume = qint64(20) << 30, segment = qint64(100) << 20;
        const qint64 retention = kafkaVolume * 8 / 10 / kPostHogKafkaTopics - segment;
        w.comment(QStringLiteral("Kafka: (logRetentionBytes + logSegmentBytes) x 1 partition x %1 topics of\n"
                                 "PostHog 1.43 stays under 80% of the volume; the chart's 15 GB per\n"
                                 "partition would fill it.").arg(kPostHogKafkaTopics));
        w.beginMap(QStringLiteral("kafka"));
        w.string(QStringLiteral("logRetentionBytes"), u'_' + QString::number(retention));
        w.string(QStringLiteral("logSegmentBytes"), u'_' + QString::number(segment));
        w.number(QStringLiteral("numPartitions"), 1);
        w.beginMap(QStringLiteral("persistence"));
        w.string(QStringLiteral("size"), QStringLiteral("20Gi"));
        w.endMap();
        w.comment(QStringLiteral("The chart's ZooKeeper Service for this release; the chart's default\n"
                                 "names release \"posthog\"'s whatever the release is called."));
        w.beginMap(QStringLiteral("externalZookeeper"));
        w.blockList(QStringLiteral("servers"), {ctx.zookeeperService() + QStringLiteral(":2181")});
        w.endMap();
        if (exporters) {
            w.comment(QStringLiteral("The exporter for k8s/prometheus-rules.yaml: consumer lag (9308)."));
            w.beginMap(QStringLiteral("metrics"));
            w.beginMap(QStringLiteral("kafka"));
            w.boolean(QStringLiteral("enabled"), true);
            w.endMap();
            w.endMap();
        }
        w.endMap();
    }
    if (redis.mode == ServiceMode::External) {
        w.beginMap(QStringLiteral("externalRedis"));
        w.string(QStringLiteral("host"), redis.host);
        w.number(QStringLiteral("port"), redis.port);
        writeSecretRef(w, redis.existingSecret, redis.existingSecretPasswordKey);
        w.endMap();
    }
    w.blank();

    if (exporters) {
        w.comment(QStringLiteral("For k8s/prometheus-rules.yaml: the Pushgateway the workers push Celery's\n"
                                 "queue depth to (9091)."));
        w.beginMap(QStringLiteral("prometheus-pushgateway"));
        w.boolean(QStringLiteral("enabled"), true);
        w.comment(QStringLiteral("The chart gives the workers this address whatever the release is called."));
        w.string(QStringLiteral("fullnameOverride"), QStringLiteral("posthog-prometheus-pushgateway"));
        w.endMap();
        w.blank();
    }

    const auto &ch = p.databases.clickhouse;
    w.beginMap(QStringLiteral("clickhouse"));
    w.boolean(QStringLiteral("enabled"), ch.mode == ServiceMode::Bundled);
    const VersionRange chRange = ctx.gates ? ctx.gates->range(QStringLiteral("clickhouse")) : VersionRange();
    const QString gateText = chRange.isEmpty()
        ? QStringLiteral("%1 is not in this program's table of service versions: this is the\n"
                         "image of the newest release it knows.").arg(p.cluster.imageTag)
        : QStringLiteral("PostHog %1 exits at start on a ClickHouse outside %2.").arg(p.cluster.imageTag, chRange.spec());
    if (ch.mode == ServiceMode::Bundled) {
        w.comment(QStringLiteral("The ClickHouse the chart ran with PostHog %1; the chart's default\n"
                                 "goes with its `latest` app. %2")
                      .arg(p.cluster.imageTag, gateText));
        w.beginMap(QStringLiteral("image"));
        w.quotedString(QStringLiteral("tag"), ctx.clickhouseImageTag);
        w.endMap();
    }
    w.comment(QStringLiteral("The client the chart's jobs talk to ClickHouse with, the same version."));
    w.beginMap(QStringLiteral("client"));
    w.beginMap(QStringLiteral("image"));
    w.quotedString(QStringLiteral("tag"), ctx.clickhouseImageTag);
    w.endMap();
    w.endMap();
    if (ch.mode == ServiceMode::Bundled) {
        w.comment(QStringLiteral("Password from a Secret install.sh creates, not the chart's default."));
        writeSecretRef(w, ctx.clickhouseSecret(), QStringLiteral("password"));
        w.beginMap(QStringLiteral("persistence"));
        w.string(QStringLiteral("size"), ch.persistenceSize);
        if (!p.cluster.storageClass.isEmpty())
            w.string(QStringLiteral("storageClass"), p.cluster.storageClass);
        w.endMap();
        ProfileIO::writeResources(w, ch.resources);
        w.comment(QStringLiteral("%1 node(s) from the scaling table; the chart calls layout experimental.")
                      .arg(ctx.clickhouseShards * ctx.clickhouseReplicas));
        w.beginMap(QStringLiteral("layout"));
        w.number(QStringLiteral("shardsCount"), ctx.clickhouseShards);
        w.number(QStringLiteral("replicasCount"), ctx.clickhouseReplicas);
        w.endMap();
    }
    w.endMap();
    if (ch.mode == ServiceMode::Bundled && ctx.clickhouseReplicas > 1) {
        w.comment(QStringLiteral("ClickHouse replicas agree through ZooKeeper: three nodes survive losing one."));
        w.beginMap(QStringLiteral("zookeeper"));
        w.number(QStringLiteral("replicaCount"), 3);
        w.endMap();
    }
    if (ch.mode == ServiceMode::External) {
        w.beginMap(QStringLiteral("externalClickhouse"));
        w.string(QStringLiteral("host"), ch.host);
        w.string(QStringLiteral("cluster"), ch.cluster);
        w.string(QStringLiteral("database"), QStringLiteral("posthog"));
        w.string(QStringLiteral("user"), ch.user);
        writeSecretRef(w, ch.existingSecret, ch.existingSecretPasswordKey);
        w.endMap();
    }
    w.blank();

    const auto &kafka = p.databases.kafka;
    if (kafka.mode == ServiceMode::External) {
        w.comment(QStringLiteral("Kafka outside the cluster: PostHog and ClickHouse's Kafka tables both read it."));
        w.beginMap(QStringLiteral("kafka"));
        w.boolean(QStringLiteral("enabled"), false);
        w.endMap();
        w.beginMap(QStringLiteral("externalKafka"));
        w.blockList(QStringLiteral("brokers"), kafka.brokers);
        w.endMap();
        w.blank();
    }

    const auto &os = p.databases.objectStorage;
    w.beginMap(QStringLiteral("minio"));
    w.boolean(QStringLiteral("enabled"), os.mode == ServiceMode::Bundled);
    if (os.mode == ServiceMode::Bundled) {
        w.comment(QStringLiteral("Keys root-user and root-password, instead of the chart's default."));
        w.beginMap(QStringLiteral("auth"));
        w.string(QStringLiteral("existingSecret"), ctx.minioSecret());
        w.endMap();
        w.comment(QStringLiteral("The name MinIO's subchart gives its Service anyway; set, so that the\n"
                                 "chart's OBJECT_STORAGE_ENDPOINT names the same Service."));
        w.string(QStringLiteral("fullnameOverride"), ctx.minioService());
    }
    w.endMap();
    if (os.mode == ServiceMode::External) {
        w.beginMap(QStringLiteral("externalObjectStorage"));
        w.string(QStringLiteral("endpoint"), os.endpoint);
        w.string(QStringLiteral("bucket"), os.bucket);
        if (!os.region.isEmpty())
            w.string(QStringLiteral("region"), os.region);
        w.comment(QStringLiteral("Keys root-user (access key id) and root-password (secret key)."));
        w.string(QStringLiteral("existingSecret"), os.existingSecret);
        w.endMap();
    }
    return w.text().toUtf8();
}

QByteArray installScript(const GeneratorContext &ctx)
{
    const DeploymentProfile &p = ctx.profile;
    ShellScript s(ctx);
    s.comment(QStringLiteral("Installs or upgrades PostHog with Helm: namespace, Secrets, chart %1,\n"
                             "then the manifests in k8s/. Safe to run again: existing Secrets are kept.")
                  .arg(p.cluster.chartVersion));
    s.comment(QStringLiteral("Usage: install.sh --context NAME, or with POSTHOG_CONFIRM_CONTEXT set to\n"
                             "the current kube context: it never changes a cluster it was not pointed at."));
    s.comment(QStringLiteral("Reads from the environment (only while the Secret does not exist yet):"));
    const auto &pg = p.databases.postgres;
    const auto &redis = p.databases.redis;
    const auto &ch = p.databases.clickhouse;
    const auto &os = p.databases.objectStorage;

    QList<ShellScript::SecretSpec> secrets;
    secrets.append({ctx.secretKeySecret(), {{QStringLiteral("posthog-secret"), QStringLiteral("POSTHOG_SECRET_KEY"), true}}});
    if (pg.mode == ServiceMode::Bundled)
        secrets.append({ctx.postgresSecret(), {{QStringLiteral("postgresql-password"), QStringLiteral("POSTGRES_PASSWORD"), true}}});
    else
        secrets.append({pg.existingSecret, {{pg.existingSecretPasswordKey, QStringLiteral("POSTGRES_PASSWORD"), false}}});
    if (redis.mode == ServiceMode::External)
        secrets.append({redis.existingSecret, {{redis.existingSecretPasswordKey, QStringLiteral("REDIS_PASSWORD"), false}}});
    if (ch.mode == ServiceMode::Bundled)
        secrets.append({ctx.clickhouseSecret(), {{QStringLiteral("password"), QStringLiteral("CLICKHOUSE_PASSWORD"), true}}});
    else
        secrets.append({ch.existingSecret, {{ch.existingSecretPasswordKey, QStringLiteral("CLICKHOUSE_PASSWORD"), false}}});
    if (os.mode == ServiceMode::Bundled)
        secrets.append({ctx.minioSecret(),
                        {{QStringLiteral("root-user"), QStringLiteral("OBJECT_STORAGE_ACCESS_KEY_ID"), true, 8},
                         {QStringLiteral("root-password"), QStringLiteral("OBJECT_STORAGE_SECRET_ACCESS_KEY"), true}}});
    else
        secrets.append({os.existingSecret,
                        {{QStringLiteral("root-user"), QStringLiteral("OBJECT_STORAGE_ACCESS_KEY_ID"), false},
                         {QStringLiteral("root-password"), QStringLiteral("OBJECT_STORAGE_SECRET_ACCESS_KEY"), false}}});
    const QString dest = p.backups.destination;
    if (dest.startsWith(QStringLiteral("s3://")))
        secrets.append({ctx.backupCredentialsSecret(),
                        {{QStringLiteral("access-key-id"), QStringLiteral("BACKUP_AWS_ACCESS_KEY_ID"), false},
                         {QStringLiteral("secret-access-key"), QStringLiteral("BACKUP_AWS_SECRET_ACCESS_KEY"), false}}});
    else if (dest.startsWith(QStringLiteral("gs://")))
        secrets.append({ctx.backupCredentialsSecret(),
                        {{QStringLiteral("service-account.json"), QStringLiteral("BACKUP_GCS_SERVICE_ACCOUNT_JSON"), false}}});
    for (const auto &secret : secrets)
        for (const auto &key : secret.keys)
            s.comment(QStringLiteral("  %1%2 -> Secret %3, key %4")
                          .arg(key.envVar, key.generate ? QStringLiteral(" (generated when unset)") : QStringLiteral(" (required)"),
                               secret.name, key.key));
    s.preamble({QStringLiteral("kubectl"), QStringLiteral("helm"), QStringLiteral("openssl")});
    s.line(QStringLiteral("NAMESPACE=") + ShellScript::quote(p.cluster.namespaceName));
    s.line(QStringLiteral("RELEASE=") + ShellScript::quote(p.cluster.releaseName));
    s.line(QStringLiteral("CHART_VERSION=") + ShellScript::quote(p.cluster.chartVersion));
    s.blank();
    s.line(QStringLiteral("CONTEXT="));
    s.line(QStringLiteral("while [ $# -gt 0 ]; do"));
    s.line(QStringLiteral("  case \"$1\" in"));
    s.line(QStringLiteral("    --context) [ $# -ge 2 ] || die \"--context needs a name\"; CONTEXT=$2; shift 2 ;;"));
    s.line(QStringLiteral("    --context=*) CONTEXT=${1#--context=}; shift ;;"));
    s.line(QStringLiteral("    *) die \"unknown argument $1 (usage: install.sh --context NAME)\" ;;"));
    s.line(QStringLiteral("  esac"));
    s.line(QStringLiteral("done"));
    s.line(QStringLiteral("if [ -z \"$CONTEXT\" ]; then"));
    s.line(QStringLiteral("  current=$(command kubectl config current-context 2>/dev/null) || die \"no current kube context: pass --context NAME\""));
    s.line(QStringLiteral("  [ \"${POSTHOG_CONFIRM_CONTEXT:-}\" = \"$current\" ] \\"));
    s.line(QStringLiteral("    || die \"the current kube context is $current: pass --context $current (or set POSTHOG_CONFIRM_CONTEXT=$current) to install there\""));
    s.line(QStringLiteral("  CONTEXT=$current"));
    s.line(QStringLiteral("fi"));
    s.line(QStringLiteral("echo \"kube context: $CONTEXT, namespace: $NAMESPACE\""));
    s.comment(QStringLiteral("Every kubectl and helm call below goes to that context."));
    s.line(QStringLiteral("kubectl() { command kubectl --context \"$CONTEXT\" \"$@\"; }"));
    s.line(QStringLiteral("helm() { command helm --kube-context \"$CONTEXT\" \"$@\"; }"));
    s.blank();
    s.line(QStringLiteral("kubectl version --request-timeout=10s >/dev/null || die \"cannot reach the cluster (kubectl version failed)\""));
    QStringList crds;
    if (p.domain.tls.mode == TlsMode::CertManager)
        crds << QStringLiteral("certificates.cert-manager.io");
    if (p.monitoring.prometheusOperator)
        crds << QStringLiteral("podmonitors.monitoring.coreos.com") << QStringLiteral("prometheusrules.monitoring.coreos.com");
    if (!crds.isEmpty()) {
        s.comment(QStringLiteral("The custom resources k8s/ needs (cert-manager, the Prometheus Operator)."));
        s.line(QStringLiteral("needed_crds=(%1)").arg(crds.join(u' ')));
        s.line(QStringLiteral("missing_crds=()"));
        s.line(QStringLiteral("for crd in \"${needed_crds[@]}\"; do"));
        s.line(QStringLiteral("  kubectl get crd \"$crd\" >/dev/null 2>&1 || missing_crds+=(\"$crd\")"));
        s.line(QStringLiteral("done"));
        s.line(QStringLiteral("[ ${#missing_crds[@]} -eq 0 ] || die \"the cluster lacks ${missing_crds[*]}: install cert-manager and the Prometheus Operator (kube-prometheus-stack) first\""));
    }
    s.blank();
    s.secretFunctions();
    s.comment(QStringLiteral("Refuse to change anything while a required value is missing."));
    s.line(QStringLiteral("missing=()"));
    for (const auto &secret : secrets)
        for (const auto &key : secret.keys)
            if (!key.generate)
                s.line(QStringLiteral("secret_exists %1 || [ -n \"${%2:-}\" ] || missing+=(%2)")
                           .arg(ShellScript::quote(secret.name), key.envVar));
    s.line(QStringLiteral("[ ${#missing[@]} -eq 0 ] || die \"set ${missing[*]} (the Secrets they fill do not exist yet)\""));
    s.blank();
    s.line(QStringLiteral("kubectl get namespace \"$NAMESPACE\" >/dev/null 2>&1 || kubectl create namespace \"$NAMESPACE\""));
    s.comment(QStringLiteral("The NetworkPolicy first: no pod of the release runs unprotected."));
    s.line(QStringLiteral("kubectl apply -f \"$BUNDLE/k8s/network-policy.yaml\""));
    for (const auto &secret : secrets)
        s.ensureSecret(secret);
    s.blank();
    s.line(QStringLiteral("helm repo add posthog ") + chartRepoUrl() + QStringLiteral(" --force-update >/dev/null"));
    s.line(QStringLiteral("helm repo update posthog >/dev/null"));
    s.line(QStringLiteral("helm upgrade --install \"$RELEASE\" posthog/posthog \\"));
    s.line(QStringLiteral("  --namespace \"$NAMESPACE\" --version \"$CHART_VERSION\" \\"));
    s.line(QStringLiteral("  --values \"$BUNDLE/helm/values.yaml\" --wait --wait-for-jobs --timeout 30m"));
    s.comment(QStringLiteral("The migrations of this upgrade (the newest migrate Job) must have finished."));
    s.line(QStringLiteral("migrate_job=$(kubectl -n \"$NAMESPACE\" get jobs -o name | grep \"/$RELEASE-migrate-\" | sort | tail -n 1) \\"));
    s.line(QStringLiteral("  || die \"no migrate Job of release $RELEASE in namespace $NAMESPACE\""));
    s.line(QStringLiteral("kubectl -n \"$NAMESPACE\" wait --for=condition=complete --timeout=30m \"$migrate_job\" \\"));
    s.line(QStringLiteral("  || die \"the migrations ($migrate_job) did not finish: kubectl -n $NAMESPACE logs $migrate_job\""));
    s.blank();
    if (!dest.isEmpty()) {
        // The backup scripts the CronJobs in k8s/ run, one ConfigMap each.
        QList<std::pair<QString, QString>> scripts {{ctx.backupScriptConfigMap(), QStringLiteral("postgres-backup")}};
        if (ch.mode == ServiceMode::Bundled)
            scripts.append({ctx.clickhouseBackupScriptConfigMap(), QStringLiteral("clickhouse-backup")});
        for (const auto &[configMap, script] : scripts) {
            s.comment(QStringLiteral("The backup script the CronJob in k8s/%1.yaml runs.").arg(script));
            s.line(QStringLiteral("kubectl -n \"$NAMESPACE\" create configmap %1 \\").arg(ShellScript::quote(configMap)));
            s.line(QStringLiteral("  --from-file=%1.sh=\"$BUNDLE/backup/%1.sh\" --dry-run=client -o yaml \\").arg(script));
            s.line(QStringLiteral("  | kubectl apply -f -"));
        }
    }
    s.comment(QStringLiteral("Manifests the chart does not make (see README.md)."));
    s.line(QStringLiteral("for manifest in \"$BUNDLE\"/k8s/*.yaml; do"));
    s.line(QStringLiteral("  [ -e \"$manifest\" ] || continue"));
    s.line(QStringLiteral("  kubectl apply -f \"$manifest\""));
    s.line(QStringLiteral("done"));
    s.line(QStringLiteral("echo \"PostHog is installed: %1\"").arg(p.siteUrl()));
    return s.text().toUtf8();
}

} // namespace

GeneratedFiles Generators::helm(const GeneratorContext &ctx)
{
    return {
        {QStringLiteral("helm/values.yaml"), valuesYaml(ctx), GeneratedFile::Kind::Regular,
         QStringLiteral("Helm values for the posthog/posthog chart %1").arg(ctx.profile.cluster.chartVersion)},
        {QStringLiteral("helm/install.sh"), installScript(ctx), GeneratedFile::Kind::Script,
         QStringLiteral("creates the namespace and Secrets, installs the chart, applies k8s/")},
    };
}

} // namespace phc
