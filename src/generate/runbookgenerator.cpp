#include "generators.h"

#include <algorithm>

namespace phc {

namespace {

bool has(const GeneratedFiles &files, const QString &path)
{
    return std::any_of(files.cbegin(), files.cend(), [&path](const GeneratedFile &f) { return f.relativePath == path; });
}

// The service versions PostHog accepts at start, and what the files pin.
QString serviceVersions(const GeneratorContext &ctx)
{
    const DeploymentProfile &p = ctx.profile;
    QString md = QStringLiteral("## Service versions\n\n");
    if (!ctx.gates) {
        md += QStringLiteral("The service versions PostHog `%1` accepts are not known to this program; bundled "
                             "ClickHouse runs %2, the image of the newest release it knows. PostHog exits at start "
                             "when a service is outside its own gates: check its log after the first start.\n\n")
                  .arg(p.cluster.imageTag, ctx.clickhouseImageTag);
        return md;
    }
    md += QStringLiteral("PostHog %1 checks the versions of its services when it starts and exits when one is "
                         "outside these:\n\n| service | accepted | here |\n|---|---|---|\n")
              .arg(p.cluster.imageTag);
    const auto &db = p.databases;
    const auto row = [&](const QString &service, const QString &name, ServiceMode mode, const QString &version,
                         const QString &bundledText) {
        const VersionRange range = ctx.gates->range(service);
        const QString here = mode == ServiceMode::Bundled ? bundledText
            : version.isEmpty() ? QStringLiteral("external, version not given: check it")
                                : QStringLiteral("external, %1").arg(version);
        md += QStringLiteral("| %1 | %2 (`%3`) | %4 |\n").arg(name, range.text(), range.spec(), here);
    };
    row(QStringLiteral("postgresql"), QStringLiteral("PostgreSQL"), db.postgres.mode, db.postgres.version,
        QStringLiteral("bundled, the chart's or the stack's"));
    row(QStringLiteral("redis"), QStringLiteral("Redis"), db.redis.mode, db.redis.version,
        QStringLiteral("bundled, the chart's or the stack's"));
    row(QStringLiteral("clickhouse"), QStringLiteral("ClickHouse"), db.clickhouse.mode, db.clickhouse.version,
        QStringLiteral("bundled, pinned to %1").arg(ctx.clickhouseImageTag));
    md += QStringLiteral("\nThe chart's own ClickHouse default goes with its `latest` app; the files pin the "
                         "ClickHouse image (and the chart's ClickHouse client image) to %1, the version PostHog "
                         "%2 ran with. Upgrade a service only within its range, or together with PostHog.\n\n")
              .arg(ctx.clickhouseImageTag, p.cluster.imageTag);
    return md;
}

QString folderOf(const QString &dest)
{
    return dest.isEmpty() ? QStringLiteral("s3://<bucket>/<folder>/") : dest.endsWith(u'/') ? dest : dest + u'/';
}

// backup/clickhouse-backup.sh in the Compose stack's ClickHouse image, with
// the stack's ClickHouse user and password and the key the host's aws CLI
// uploads PostgreSQL's dumps with (passed by name: on no command line).
QString composeClickhouseRun(const GeneratorContext &ctx, const QString &args)
{
    const QString dest = ctx.profile.backups.destination;
    return QStringLiteral("cd /opt/posthog/compose && AWS_ACCESS_KEY_ID=\"$(aws configure get aws_access_key_id)\" "
                          "AWS_SECRET_ACCESS_KEY=\"$(aws configure get aws_secret_access_key)\" "
                          "docker-compose run --rm --no-deps -T -v /opt/posthog/backup:/backup:ro "
                          "-e CLICKHOUSE_HOST=clickhouse -e CLICKHOUSE_CLUSTER=%1 %2-e AWS_ACCESS_KEY_ID -e AWS_SECRET_ACCESS_KEY "
                          "--entrypoint bash clickhouse /backup/clickhouse-backup.sh%3")
        .arg(ctx.profile.databases.clickhouse.cluster,
             dest.isEmpty() ? QStringLiteral("-e BACKUP_DESTINATION=s3://<bucket>/<folder>/ ") : QString(),
             args.isEmpty() ? QString() : u' ' + args);
}

// The bundled ClickHouse: backup/clickhouse-backup.sh, where it runs.
QString clickhouseBackups(const GeneratorContext &ctx)
{
    const DeploymentProfile &p = ctx.profile;
    const QString dest = p.backups.destination;
    QString md = QStringLiteral("- ClickHouse: `backup/clickhouse-backup.sh` runs ClickHouse's own `BACKUP DATABASE posthog "
                                "ON CLUSTER '%1' TO S3(...)`: ClickHouse writes the backup itself to "
                                "`%2clickhouse/posthog_<UTC time>`, a new name every run, with an access key that may "
                                "write there (s3:// only).\n")
                     .arg(ctx.clickhouseCluster(), folderOf(dest));
    if (p.hasTarget(Target::Helm)) {
        if (dest.isEmpty())
            md += QStringLiteral("  - Kubernetes: no destination, so nothing is scheduled; set `spec.backups.destination` "
                                 "(s3://) to get a CronJob.\n");
        else
            md += QStringLiteral("  - Kubernetes: `k8s/clickhouse-backup.yaml` runs it every day at 03:47 UTC in the "
                                 "ClickHouse image (`clickhouse/clickhouse-server:%1`), as user `%2` (PostHog's) with the "
                                 "password from Secret `%3`, the key from Secret `%4`; `helm/install.sh` stores the script "
                                 "in ConfigMap `%5`. The chart's own `clickhouse.backup` stays off: its job waits for a "
                                 "Service named `clickhouse-posthog` whatever the release is called, and it adds a "
                                 "ClickHouse user `backup` open to any address, its password on the job's command line.\n")
                      .arg(ctx.clickhouseImageTag, ctx.chartClickhouseUser(), ctx.clickhouseSecret(),
                           ctx.backupCredentialsSecret(), ctx.clickhouseBackupScriptConfigMap());
    }
    if (p.hasTarget(Target::Compose))
        md += QStringLiteral("  - Docker Compose: a cron entry on the host, in the `clickhouse` service's image with the "
                             "stack's ClickHouse password, and the key of the host's aws CLI%1:\n\n"
                             "    ```\n"
                             "    47 3 * * * %2 >>/opt/posthog/backups/clickhouse-backup.log 2>&1\n"
                             "    ```\n")
                  .arg(dest.isEmpty() ? QStringLiteral(" (fill in the destination)") : QString(),
                       composeClickhouseRun(ctx, QString()));
    return md;
}

// The exact commands to put a ClickHouse backup back.
QString clickhouseRestore(const GeneratorContext &ctx)
{
    const DeploymentProfile &p = ctx.profile;
    const QString ns = p.cluster.namespaceName;
    QString md = QStringLiteral("### Restore ClickHouse\n\n"
                               "1. Pick the backup: `aws s3 ls %1clickhouse/` lists the `posthog_<UTC time>` names.\n")
                     .arg(folderOf(p.backups.destination));
    if (p.hasTarget(Target::Helm))
        md += QStringLiteral("2. Kubernetes: stop what writes to ClickHouse, `kubectl -n %1 scale deployment --all --replicas=0`, "
                             "then, from a machine with `clickhouse-client` 22.8 or later and this bundle, restore over the "
                             "current database (`--replace` drops database `posthog` on every node first):\n\n"
                             "   ```\n"
                             "   kubectl -n %1 port-forward svc/%2 19000:9000 &\n"
                             "   export CLICKHOUSE_HOST=127.0.0.1 CLICKHOUSE_PORT=19000 CLICKHOUSE_USER=%3%5\n"
                             "   export CLICKHOUSE_PASSWORD=\"$(kubectl -n %1 get secret %4 -o jsonpath='{.data.password}' | base64 -d)\"\n"
                             "   read -r AWS_ACCESS_KEY_ID; read -rs AWS_SECRET_ACCESS_KEY; export AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY\n"
                             "   backup/clickhouse-backup.sh restore posthog_<UTC time> --replace\n"
                             "   ```\n\n"
                             "   Start PostHog again: run `helm/install.sh` again.\n")
                  .arg(ns, ctx.chartClickhouseHost(), ctx.chartClickhouseUser(), ctx.clickhouseSecret(),
                       p.backups.destination.isEmpty() ? QStringLiteral(" BACKUP_DESTINATION=s3://<bucket>/<folder>/") : QString());
    if (p.hasTarget(Target::Compose))
        md += QStringLiteral("%1. Docker Compose: `docker-compose stop web worker plugins`, then restore over the current "
                             "database (`--replace` drops database `posthog` first) and start again:\n\n"
                             "   ```\n"
                             "   %2\n"
                             "   docker-compose up -d\n"
                             "   ```\n")
                  .arg(p.hasTarget(Target::Helm) ? 3 : 2)
                  .arg(composeClickhouseRun(ctx, QStringLiteral("restore posthog_<UTC time> --replace")));
    md += u'\n';
    return md;
}

// Where the backups run, and the exact commands to restore one.
QString backups(const GeneratorContext &ctx)
{
    const DeploymentProfile &p = ctx.profile;
    const auto &pg = p.databases.postgres;
    const QString dest = p.backups.destination;
    QString md = QStringLiteral("## Backups\n\n");
    md += QStringLiteral("`backup/postgres-backup.sh` dumps PostgreSQL (`pg_dump --format=custom`) to "
                         "`posthog_<database>_<UTC time>.dump`, a new name every run, and uploads each dump once%1.\n\n")
              .arg(dest.isEmpty() ? QStringLiteral(" when `BACKUP_DESTINATION` is set (the profile names no destination)")
                                  : QStringLiteral(" to `%1`").arg(dest));
    if (p.hasTarget(Target::Helm)) {
        if (dest.isEmpty())
            md += QStringLiteral("- Kubernetes: no destination, so nothing is scheduled; set `spec.backups.destination` "
                                 "to get a CronJob.\n");
        else
            md += QStringLiteral("- Kubernetes: `k8s/postgres-backup.yaml` runs it every day at 03:17 UTC; `helm/install.sh` "
                                 "stores the script in ConfigMap `%1` and the destination's credentials in Secret `%2` "
                                 "(from %3). Check with `kubectl -n %4 get jobs`.\n")
                      .arg(ctx.backupScriptConfigMap(), ctx.backupCredentialsSecret(),
                           dest.startsWith(QStringLiteral("s3://"))
                               ? QStringLiteral("`BACKUP_AWS_ACCESS_KEY_ID`, `BACKUP_AWS_SECRET_ACCESS_KEY`")
                               : QStringLiteral("`BACKUP_GCS_SERVICE_ACCOUNT_JSON`, a service account key"),
                           p.cluster.namespaceName);
    }
    if (p.hasTarget(Target::Compose)) {
        if (pg.mode == ServiceMode::Bundled)
            md += QStringLiteral("- Docker Compose: a cron entry on the host (`crontab -e`, bundle in `/opt/posthog`) dumps "
                                 "inside the `db` service's image, then uploads from the host:\n\n"
                                 "  ```\n"
                                 "  17 3 * * * cd /opt/posthog/compose && docker-compose run --rm --no-deps -T "
                                 "-v /opt/posthog/backup:/backup:ro -v /opt/posthog/backups:/backups -e BACKUP_DIR=/backups "
                                 "-e PGHOST=db -e PGUSER=%1 -e PGDATABASE=%2 --entrypoint sh db -c "
                                 "'PGPASSWORD=\"$POSTGRES_PASSWORD\" bash /backup/postgres-backup.sh dump' "
                                 "&& /opt/posthog/backup/postgres-backup.sh upload >>/opt/posthog/backups/backup.log 2>&1\n"
                                 "  ```\n")
                      .arg(pg.username, pg.database);
        else
            md += QStringLiteral("- Docker Compose: a cron entry on the host (`crontab -e`, bundle in `/opt/posthog`, "
                                 "password in `~/.pgpass`):\n\n"
                                 "  ```\n"
                                 "  17 3 * * * PGHOST=%1 PGPORT=%2 PGUSER=%3 PGDATABASE=%4 "
                                 "/opt/posthog/backup/postgres-backup.sh >>/opt/posthog/backups/backup.log 2>&1\n"
                                 "  ```\n")
                      .arg(pg.host).arg(pg.port).arg(pg.username, pg.database);
    }
    if (p.databases.clickhouse.mode == ServiceMode::External)
        md += QStringLiteral("- ClickHouse is external (`%1`): its backups are its operator's, as are Kafka's.\n")
                  .arg(p.databases.clickhouse.host);
    else
        md += clickhouseBackups(ctx);
    md += QStringLiteral("\n### Restore PostgreSQL\n\n"
                         "1. Fetch the dump: `%1`.\n"
                         "2. Stop what writes to the database: %2.\n"
                         "3. Restore it over the current database (drops and recreates PostHog's objects):\n\n"
                         "   ```\n   %3\n   ```\n\n"
                         "   or into a fresh one to inspect first: `createdb posthog_restored` and "
                         "`pg_restore --no-owner --dbname=posthog_restored posthog_<database>_<time>.dump`.\n"
                         "4. Start PostHog again: %4.\n\n")
              .arg(dest.startsWith(QStringLiteral("gs://"))
                       ? QStringLiteral("gcloud storage cp %1/posthog_<database>_<time>.dump .").arg(dest.endsWith(u'/') ? dest.chopped(1) : dest)
                   : !dest.isEmpty()
                       ? QStringLiteral("aws s3 cp %1/posthog_<database>_<time>.dump .").arg(dest.endsWith(u'/') ? dest.chopped(1) : dest)
                       : QStringLiteral("ls backups/"),
                   p.hasTarget(Target::Helm)
                       ? QStringLiteral("`kubectl -n %1 scale deployment --all --replicas=0`").arg(p.cluster.namespaceName)
                       : QStringLiteral("`docker-compose stop web worker plugins`"),
                   pg.mode == ServiceMode::External
                       ? QStringLiteral("PGPASSWORD=... pg_restore --clean --if-exists --no-owner --host=%1 --port=%2 "
                                        "--username=%3 --dbname=%4 posthog_<database>_<time>.dump")
                             .arg(pg.host).arg(pg.port).arg(pg.username, pg.database)
                   : p.hasTarget(Target::Helm)
                       ? QStringLiteral("kubectl -n %1 port-forward svc/%2-posthog-postgresql 15432:5432 &  "
                                        "PGPASSWORD=\"$(kubectl -n %1 get secret %3 -o jsonpath='{.data.postgresql-password}' "
                                        "| base64 -d)\" pg_restore --clean --if-exists --no-owner --host=127.0.0.1 "
                                        "--port=15432 --username=postgres --dbname=posthog posthog_<database>_<time>.dump")
                             .arg(p.cluster.namespaceName, p.cluster.releaseName, ctx.postgresSecret())
                       : QStringLiteral("docker-compose exec -T db pg_restore --clean --if-exists --no-owner "
                                        "--username=%1 --dbname=%2 < posthog_<database>_<time>.dump")
                             .arg(pg.username, pg.database),
                   p.hasTarget(Target::Helm) ? QStringLiteral("run `helm/install.sh` again (it restores the replica counts)")
                                             : QStringLiteral("`docker-compose up -d`"));
    if (p.databases.clickhouse.mode == ServiceMode::Bundled)
        md += clickhouseRestore(ctx);
    return md;
}

// "10 web, 12 events, 16 worker, 16 plugins"
QString processReplicas(const GeneratorContext &ctx)
{
    QStringList parts;
    for (const PostHogProcess &process : ctx.processes)
        parts << QString::number(process.replicas) + u' ' + process.valuesKey;
    return parts.join(QStringLiteral(", "));
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
                         "scaling row \"%6\" (%7; %8 replicas; %9 ClickHouse node(s)), "
                         "cost size %10 (%11): %12.\n\n")
              .arg(p.cluster.imageTag, p.siteUrl(), figures.toString(p.sizing.monthlyEvents), rec.tier.name, rec.tierRange,
                   rec.row.label, rec.rowRange, processReplicas(ctx))
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
        md += QStringLiteral("\n   Each PostHog process (events: capture; plugins: ingestion), from tier %1 and scaling row \"%2\":\n\n"
                             "   | process | replicas | CPU request | memory request | memory limit |\n"
                             "   |---|---|---|---|---|\n")
                  .arg(rec.tier.name, rec.row.label);
        for (const PostHogProcess &process : ctx.processes)
            md += QStringLiteral("   | %1 | %2 | %3 | %4 | %5 |\n")
                      .arg(process.valuesKey,
                           p.sizing.autoscaling.enabled ? QStringLiteral("%1 to %2, autoscaled")
                                                              .arg(ctx.minReplicas(process))
                                                              .arg(process.autoscaleMax)
                                                        : QString::number(process.replicas),
                           process.resources.cpu, process.resources.memory, process.resources.memoryLimit);
        md += u'\n';
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
        if (!p.tlsEnabled() && p.domain.behindProxy)
            md += QStringLiteral("\nCaddy serves plain HTTP on port %1 to the proxy in front, which terminates TLS: "
                                 "`SITE_URL` is `%2`, and Caddy trusts the forwarded headers of %3 "
                                 "(`trusted_proxies` in `compose/Caddyfile`).\n")
                      .arg(p.compose.httpPort)
                      .arg(ctx.composeSiteUrl(),
                           p.domain.trustedProxies.isEmpty() ? QStringLiteral("private addresses")
                                                             : p.domain.trustedProxies.join(QStringLiteral(", ")));
        md += u'\n';
    }

    md += serviceVersions(ctx);
    md += backups(ctx);
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
        // A NetworkPolicy cannot name a host: egress to external services is
        // any address but the cluster's own ranges, which only the operator knows.
        const QStringList &cidrs = p.cluster.podAndServiceCidrs;
        md += QStringLiteral("- Egress: a NetworkPolicy cannot name a host, so `k8s/network-policy.yaml` lets PostHog's pods "
                             "reach the external services' ports, 443 and 6443 at any address but the cluster's own "
                             "ranges, `spec.cluster.podAndServiceCidrs` (%1). Without them those ports reach the pods "
                             "of every other namespace too. Find the ranges with `kubectl cluster-info dump | grep -m1 "
                             "-e service-cluster-ip-range -e cluster-cidr` or in the cloud's console (on EKS the pods "
                             "take addresses in the nodes' subnets: list those, not the whole VPC, if a database lives "
                             "in it). IPv6 egress is open only where the list names an IPv6 range, or names none. An "
                             "external service given as `<service>.<namespace>.svc` is reached in its namespace.\n")
                  .arg(cidrs.isEmpty() ? QStringLiteral("not given: nothing is excepted")
                                       : QStringLiteral("excepted: ") + cidrs.join(QStringLiteral(", ")));
        if (p.monitoring.prometheusOperator)
            md += QStringLiteral("- Celery's task metrics reach Prometheus only through the chart's pushgateway, hard-wired to "
                                 "`posthog-prometheus-pushgateway:9091` and off in these values; web, events and the workers "
                                 "are scraped on 8001, the plugin server on 6738.\n");
    }
    if (p.databases.kafka.mode == ServiceMode::External)
        md += QStringLiteral("- Kafka is external (%1). PostHog's tables in ClickHouse consume the topics from these "
                             "brokers themselves, so both PostHog and every ClickHouse server must reach them; "
                             "PostHog creates its topics on first use unless the brokers forbid "
                             "`auto.create.topics.enable`.\n")
                  .arg(p.databases.kafka.brokers.join(QStringLiteral(", ")));
    md += QStringLiteral("- Client addresses: PostHog reads `TRUST_ALL_PROXIES` as on whenever it is set, to any "
                         "text (\"false\" included), so these files set it only to turn it on%1. It and "
                         "`TRUSTED_PROXIES` (exact proxy addresses, no networks) decide which "
                         "`X-Forwarded-For` PostHog believes; that matters once `ALLOWED_IP_BLOCKS` limits who may "
                         "use PostHog: trusting every proxy then lets a client name its own address.\n")
              .arg(p.domain.trustAllProxies ? QStringLiteral(" (it is on)")
                   : p.domain.trustedProxies.isEmpty()
                       ? QString()
                       : QStringLiteral("; `TRUSTED_PROXIES` is %1").arg(p.domain.trustedProxies.join(u',')));
    md += QStringLiteral("- `sql/retention.sql` sets the TTLs without rewriting the tables "
                         "(`materialize_ttl_after_modify = 0`); its comments show how to apply them to old "
                         "partitions one at a time.\n");
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
