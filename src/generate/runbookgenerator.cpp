#include "generators.h"

#include <algorithm>

namespace phc {

namespace {

bool has(const GeneratedFiles &files, const QString &path)
{
    return std::any_of(files.cbegin(), files.cend(), [&path](const GeneratedFile &f) { return f.relativePath == path; });
}

} // namespace

GeneratedFile Generators::runbook(const GeneratorContext &ctx, const GeneratedFiles &others)
{
    const DeploymentProfile &p = ctx.profile;
    const Recommendation &rec = ctx.recommendation;
    QString md = QStringLiteral("# PostHog deployment: %1\n\n").arg(p.name);
    md += QStringLiteral("<!-- %1 -->\n\n").arg(ctx.headerLines(QString()).trimmed());
    const QLocale figures = SizingModel::figures();
    md += QStringLiteral("PostHog %1 at %2. Sizing for %3 events a month: tier %4 (%5 events a month), "
                         "scaling row \"%6\" (%7; %8 web, %9 worker replicas; %10 ClickHouse node(s)), "
                         "cost size %11 (%12): %13.\n\n")
              .arg(p.cluster.imageTag, p.siteUrl(), figures.toString(p.sizing.monthlyEvents), rec.tier.name, rec.tierRange,
                   rec.row.label, rec.rowRange)
              .arg(ctx.webReplicas)
              .arg(ctx.workerReplicas)
              .arg(ctx.clickhouseShards * ctx.clickhouseReplicas)
              .arg(rec.cost.name, rec.costRange,
                   rec.costBasis == CostBasis::Table ? QStringLiteral("about ") + rec.costText(figures) : rec.costText(figures));

    md += QStringLiteral("## Files\n\n| file | what it is |\n|---|---|\n");
    for (const GeneratedFile &f : others)
        md += QStringLiteral("| `%1` | %2%3 |\n")
                  .arg(f.relativePath, f.description,
                       f.holdsSecret() ? QStringLiteral(" (mode 0600: may hold secrets)") : QString());
    md += u'\n';

    int step = 1;
    const auto item = [&md, &step](const QString &text) { md += QString::number(step++) + QStringLiteral(". ") + text + u'\n'; };
    if (p.hasTarget(Target::Helm)) {
        md += QStringLiteral("## Kubernetes, in this order\n\n");
        step = 1;
        item(QStringLiteral("Read `helm/values.yaml`. Replicas, ClickHouse size and the ingress come from the profile."));
        QStringList required;
        const auto &db = p.databases;
        if (db.postgres.mode == ServiceMode::External)
            required << QStringLiteral("`POSTGRES_PASSWORD`");
        if (db.redis.mode == ServiceMode::External)
            required << QStringLiteral("`REDIS_PASSWORD`");
        if (db.clickhouse.mode == ServiceMode::External)
            required << QStringLiteral("`CLICKHOUSE_PASSWORD`");
        if (db.objectStorage.mode == ServiceMode::External)
            required << QStringLiteral("`OBJECT_STORAGE_ACCESS_KEY_ID`, `OBJECT_STORAGE_SECRET_ACCESS_KEY`");
        if (!required.isEmpty())
            item(QStringLiteral("Export the passwords of the external services, %1, unless their Secrets exist in namespace `%2` already.")
                     .arg(required.join(QStringLiteral(", ")), p.cluster.namespaceName));
        item(QStringLiteral("Run `helm/install.sh --context NAME` with the cluster's kube context (without `--context` "
                            "it refuses unless `POSTHOG_CONFIRM_CONTEXT` names the current context). Before changing anything "
                            "it checks the custom resources `k8s/` needs; then it creates namespace `%1`, applies "
                            "`k8s/network-policy.yaml`, creates the Secrets (random passwords for bundled services, so none "
                            "of the chart's well-known defaults is used), installs chart %2 as release `%3` with `--wait`, "
                            "waits for the migrations, then applies the rest of `k8s/`.")
                 .arg(p.cluster.namespaceName, p.cluster.chartVersion, p.cluster.releaseName));
        if (has(others, QStringLiteral("k8s/certificate.yaml")))
            item(QStringLiteral("`k8s/certificate.yaml` needs cert-manager and ClusterIssuer `%1` in the cluster.")
                     .arg(p.domain.tls.clusterIssuer));
        if (has(others, QStringLiteral("k8s/pod-monitor.yaml")))
            item(QStringLiteral("`k8s/pod-monitor.yaml` needs the Prometheus Operator's CRDs; its monitors carry `spec.monitoring.podMonitorLabels`, "
                                "which must match your Prometheus' podMonitorSelector (kube-prometheus-stack: `release: <its release>`)."));
        if (has(others, QStringLiteral("k8s/prometheus-rules.yaml")))
            item(QStringLiteral("`k8s/prometheus-rules.yaml` alerts on the dashboard's thresholds and on ingestion lag, "
                                "Kafka consumer lag, Celery's queue, web's 5xx ratio, ClickHouse's free disk, Redis' memory, "
                                "crash-looping pods and volumes filling within 4 days. For its rules, `helm/values.yaml` "
                                "turns on Kafka's exporter, the Pushgateway (Celery's queue depth) and, with the bundled "
                                "Redis, its exporter. Your Prometheus must select the rule's labels (`ruleSelector`) and "
                                "scrape kube-state-metrics and the kubelet, as kube-prometheus-stack does. ClickHouse's "
                                "query time has no rule: ClickHouse's own metrics endpoint is not a port of the chart's "
                                "pods; its disk is watched through the kubelet's volume statistics."));
        item(QStringLiteral("Point DNS for `%1` at the ingress controller in namespace `%2`.")
                 .arg(p.domain.hostname, p.cluster.ingressControllerNamespace));
        item(QStringLiteral("Check `%1/_health` answers 200, then run `sql/retention.sql` in ClickHouse.").arg(p.siteUrl()));
        md += u'\n';
    }
    if (p.hasTarget(Target::Compose)) {
        md += QStringLiteral("## Docker Compose\n\n");
        step = 1;
        item(QStringLiteral("In `compose/`: `cp .env.example .env` and fill in every value as its comment says "
                            "(`openssl rand -hex 32` for a new password, the existing one for an external service), "
                            "then `chmod 600 .env`."));
        if (p.domain.tls.mode == TlsMode::ExistingSecret)
            item(QStringLiteral("Put the certificate and key for `%1` in `compose/certs/tls.crt` and `compose/certs/tls.key`.")
                     .arg(p.domain.hostname));
        item(QStringLiteral("`docker-compose up -d`; the web service runs the migrations before it starts."));
        item(QStringLiteral("Before an upgrade: `docker-compose run --rm asyncmigrationscheck`."));
        if (p.databases.clickhouse.mode == ServiceMode::External)
            md += QStringLiteral("\nWith an external ClickHouse, PostHog's Kafka tables in it read from the broker "
                                 "`kafka:9092`, a name only this stack resolves: publish Kafka on an address the "
                                 "ClickHouse servers reach and set its advertised listener to it.\n");
        md += u'\n';
    }

    md += QStringLiteral("## Notes\n\n");
    if (p.hasTarget(Target::Helm)) {
        if (ctx.clickhouseShards * ctx.clickhouseReplicas > 1)
            md += QStringLiteral("- ClickHouse runs %1 shard(s) x %2 replica(s) through the chart's `clickhouse.layout`, "
                                 "which the chart marks experimental: test a failover before relying on it.\n")
                      .arg(ctx.clickhouseShards).arg(ctx.clickhouseReplicas);
        if (ctx.ownHpa())
            md += QStringLiteral("- Autoscaling on CPU and memory is in `k8s/hpa.yaml`; the chart's autoscaler (CPU only) "
                                 "is off. Every `helm upgrade` resets web and the workers to `replicacount`, which is "
                                 "therefore the autoscaler's minimum (%1): an upgrade never takes a service below it, "
                                 "and the autoscaler scales back up within a minute.\n").arg(p.sizing.autoscaling.minReplicas);
        else if (ctx.chartHpa())
            md += QStringLiteral("- Autoscaling uses the chart's autoscaler (CPU %1%).\n").arg(p.sizing.autoscaling.cpuUtilization);
        if (p.databases.redis.mode == ServiceMode::Bundled)
            md += QStringLiteral("- The chart's Redis has no password; `k8s/network-policy.yaml` keeps it inside the namespace.\n");
        if (p.databases.clickhouse.mode == ServiceMode::Bundled)
            md += QStringLiteral("- The chart's ClickHouse operator account has a fixed password (`clickhouse_operator`, from any "
                                 "address) that the chart does not let you change: `k8s/network-policy.yaml` is what keeps "
                                 "ClickHouse (8123, 9000), Redis and Kafka unreachable from other namespaces. Apply it first "
                                 "and keep it.\n"
                                 "- The operator's metrics exporter runs `altinity/metrics-exporter:latest`, an image the chart "
                                 "hard-wires and does not let you pin; mirror it under a fixed tag in your registry if you need "
                                 "reproducible pulls.\n");
        if (p.monitoring.prometheusOperator)
            md += QStringLiteral("- Celery's task metrics reach Prometheus only through the chart's pushgateway, hard-wired to "
                                 "`posthog-prometheus-pushgateway:9091` and off in these values; web, events and the workers "
                                 "are scraped on 8001, the plugin server on 6738.\n");
    }
    if (!p.domain.corsOrigins.isEmpty())
        md += QStringLiteral("- Allowed origins (%1): PostHog's capture endpoints answer CORS for any origin, so there is "
                             "no server setting to change; add them to the project's Authorized URLs for the toolbar, "
                             "and the Dashboard's diagnostics check each one.\n")
                  .arg(p.domain.corsOrigins.join(QStringLiteral(", ")));
    md += QStringLiteral("- Secrets are never written into these files except where marked 0600; keep them out of version control.\n");
    return {QStringLiteral("README.md"), md.toUtf8(), GeneratedFile::Kind::Regular,
            QStringLiteral("runbook: the order to apply things, what each file is")};
}

} // namespace phc
