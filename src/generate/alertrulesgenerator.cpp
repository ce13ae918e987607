#include "generators.h"
#include "kubernetesyaml.h"

#include "core/yamlwriter.h"
#include "metrics/metricpresets.h"

namespace phc {

namespace {

struct AlertRule
{
    QString alert;
    QString expr;
    QString forDuration;
    QString severity;
    QString summary;
    QString description;
};

struct RuleGroup
{
    QString name;
    QString comment;
    QList<AlertRule> rules;
};

// The window of rate() and histogram_quantile() in the rules: several scrapes
// at the longest interval a profile allows, so one missed scrape does not
// empty the window.
const QString ruleWindow = QStringLiteral("5m");

// Which component of the generated deployment exposes a metric, by the
// exporter's prefix; empty when nothing the deployment runs does.
QString producer(const GeneratorContext &ctx, const QString &metric)
{
    if (metric.startsWith(QStringLiteral("django_")))
        return QStringLiteral("web");
    if (metric.startsWith(QStringLiteral("kafka_")) && ctx.profile.databases.kafka.mode == ServiceMode::Bundled)
        return QStringLiteral("Kafka exporter");
    if (metric.startsWith(QStringLiteral("posthog_celery_")))
        return QStringLiteral("Pushgateway");
    if (metric.startsWith(QStringLiteral("redis_")) && ctx.profile.databases.redis.mode == ServiceMode::Bundled)
        return QStringLiteral("Redis exporter");
    return QString();
}

QString limitText(double value) { return QString::number(value, 'g', 12); }

QString alertName(KeyMetric key)
{
    QString name = keyMetricName(key);
    name[0] = name[0].toUpper();
    return QStringLiteral("PostHog") + name;
}

// The dashboard's thresholds, on the chart services' source of each key
// metric whose metric the deployment exposes.
RuleGroup thresholdRules(const GeneratorContext &ctx, QStringList &leftOut)
{
    RuleGroup group {QStringLiteral("posthog-dashboard-thresholds"),
                     QStringLiteral("The thresholds of the dashboard and of `posthog-console probe`\n"
                                    "(resources/data/metric-presets.yaml), on the PromQL of preset \"posthog-chart\"."),
                     {}};
    const MetricPresets &presets = MetricPresets::builtIn();
    const MetricPreset *chart = presets.find(QStringLiteral("posthog-chart"));
    for (const MetricThreshold &t : presets.thresholds()) {
        const KeyMetricMapping *mapping = chart ? chart->mapping(t.key) : nullptr;
        const MetricSource *source = mapping ? mapping->sourceIn([&ctx](const QString &metric) {
            return !producer(ctx, metric).isEmpty();
        }) : nullptr;
        if (!source) {
            leftOut << keyMetricName(t.key);
            continue;
        }
        const QString what = source->note.isEmpty() ? keyMetricName(t.key) : source->note;
        const QString op = t.below ? QStringLiteral("<") : QStringLiteral(">");
        const auto rule = [&](double limit, const QString &severity) {
            group.rules.append({alertName(t.key), QStringLiteral("(%1) %2 %3").arg(source->promQL(ruleWindow), op, limitText(limit)),
                                QStringLiteral("10m"), severity,
                                QStringLiteral("%1 %2 %3 for 10 minutes ({{ $value }})")
                                    .arg(keyMetricName(t.key), t.below ? QStringLiteral("below") : QStringLiteral("above"),
                                         limitText(limit)),
                                QStringLiteral("%1, from %2. The dashboard shows the same number against the same limit.")
                                    .arg(what, source->metric)});
        };
        if (t.warn)
            rule(*t.warn, QStringLiteral("warning"));
        if (t.critical)
            rule(*t.critical, QStringLiteral("critical"));
    }
    return group;
}

RuleGroup operationalRules(const GeneratorContext &ctx, double lagLimit)
{
    const DeploymentProfile &p = ctx.profile;
    const QString ns = QStringLiteral("namespace='%1'").arg(p.cluster.namespaceName);
    RuleGroup group {QStringLiteral("posthog-operations"),
                     QStringLiteral("What needs a person, day and night, on metrics this deployment exposes\n"
                                    "(web, the Kafka and Redis exporters, the Pushgateway) and the cluster's\n"
                                    "kube-state-metrics and kubelet, which the Prometheus Operator stack scrapes."),
                     {}};
    // The Kafka exporter runs beside the bundled Kafka only; an external Kafka is watched by its operator.
    if (p.databases.kafka.mode == ServiceMode::Bundled) {
        const QString ingestionLag = QStringLiteral("kafka_consumergroup_lag{topic='events_plugin_ingestion'}");
        group.rules.append({QStringLiteral("PostHogIngestionLagGrowing"),
                            QStringLiteral("sum(%1) > 0 and sum(deriv(%1[15m])) > 0").arg(ingestionLag), QStringLiteral("30m"),
                            QStringLiteral("warning"),
                            QStringLiteral("Events wait longer and longer to be ingested ({{ $value }} waiting)"),
                            QStringLiteral("The backlog on events_plugin_ingestion has grown for 30 minutes: the plugin "
                                           "server does not keep up. Check the plugins pods, their logs and ClickHouse.")});
        group.rules.append({QStringLiteral("PostHogKafkaConsumerLag"),
                            QStringLiteral("sum by (consumergroup, topic) (kafka_consumergroup_lag{topic=~'session_recording_events|"
                                           "clickhouse_events_json'}) > %1")
                                .arg(limitText(lagLimit)),
                            QStringLiteral("15m"), QStringLiteral("warning"),
                            QStringLiteral("Consumer group {{ $labels.consumergroup }} is {{ $value }} messages behind on "
                                           "{{ $labels.topic }}"),
                            QStringLiteral("More messages wait on an ingestion topic than the dashboard's queue warning (%1) "
                                           "for 15 minutes: recordings for the plugin server, or events for ClickHouse's Kafka "
                                           "tables. events_plugin_ingestion is the dashboard's queue, alerted as PostHogQueueSize.")
                                .arg(limitText(lagLimit))});
    }
    group.rules.append({QStringLiteral("PostHogCeleryQueueDepth"),
                        QStringLiteral("max by (queue_name) (posthog_celery_queue_depth) > 1000"), QStringLiteral("30m"),
                        QStringLiteral("warning"), QStringLiteral("{{ $value }} Celery tasks waiting for 30 minutes"),
                        QStringLiteral("The workers do not empty Celery's queue in Redis. Check the worker pods and their "
                                       "logs, then PostgreSQL and ClickHouse, which slow tasks wait on.")});
    const QString responses = QStringLiteral("django_http_responses_total_by_status_view_method_total");
    group.rules.append({QStringLiteral("PostHogWeb5xxRatio"),
                        QStringLiteral("sum(rate(%1{status=~'5..'}[%2])) / sum(rate(%1[%2])) > 0.05").arg(responses, ruleWindow),
                        QStringLiteral("10m"), QStringLiteral("critical"),
                        QStringLiteral("{{ $value | humanizePercentage }} of web's responses are errors (5xx)"),
                        QStringLiteral("More than 5% of the web pods' responses have been 5xx for 10 minutes. Check the web "
                                       "pods' logs and the services they depend on.")});
    const QString available = QStringLiteral("kubelet_volume_stats_available_bytes");
    const QString capacity = QStringLiteral("kubelet_volume_stats_capacity_bytes");
    if (p.databases.clickhouse.mode == ServiceMode::Bundled) {
        // The chart's ClickHouseInstallation is named "posthog"; the operator
        // names each claim after the template and the pod.
        const QString claim = QStringLiteral("%1, persistentvolumeclaim=~'data-volumeclaim-template-chi-posthog-.*'").arg(ns);
        group.rules.append({QStringLiteral("PostHogClickHouseDiskLow"),
                            QStringLiteral("%1{%3} / %2{%3} < 0.15").arg(available, capacity, claim), QStringLiteral("10m"),
                            QStringLiteral("critical"),
                            QStringLiteral("ClickHouse volume {{ $labels.persistentvolumeclaim }} has {{ $value | "
                                           "humanizePercentage }} free"),
                            QStringLiteral("Less than 15% of ClickHouse's disk is free. Grow the volume "
                                           "(clickhouse.persistence.size) or shorten retention (sql/retention.sql) before "
                                           "inserts fail.")});
    }
    if (p.databases.redis.mode == ServiceMode::Bundled) {
        group.rules.append({QStringLiteral("PostHogRedisMemoryHigh"),
                            QStringLiteral("redis_memory_used_bytes / (redis_memory_max_bytes > 0) > 0.9"),
                            QStringLiteral("10m"), QStringLiteral("warning"),
                            QStringLiteral("Redis uses {{ $value | humanizePercentage }} of its maxmemory"),
                            QStringLiteral("At maxmemory the chart's Redis evicts keys (allkeys-lru), Celery's queue "
                                           "included. Raise its memory or find what fills it.")});
    }
    group.rules.append({QStringLiteral("PostHogPodCrashLooping"),
                        QStringLiteral("max by (pod, container) (kube_pod_container_status_waiting_reason{%1, "
                                       "reason='CrashLoopBackOff'}) == 1")
                            .arg(ns),
                        QStringLiteral("5m"), QStringLiteral("critical"),
                        QStringLiteral("Container {{ $labels.container }} of pod {{ $labels.pod }} is crash-looping"),
                        QStringLiteral("kubectl -n %1 logs --previous {{ $labels.pod }} -c {{ $labels.container }} shows why.")
                            .arg(p.cluster.namespaceName)});
    group.rules.append({QStringLiteral("PostHogVolumeFillingUp"),
                        QStringLiteral("predict_linear(%1{%2}[6h], 4 * 24 * 3600) < 0").arg(available, ns),
                        QStringLiteral("1h"), QStringLiteral("warning"),
                        QStringLiteral("Volume {{ $labels.persistentvolumeclaim }} fills up within 4 days at this rate"),
                        QStringLiteral("At the last 6 hours' rate the volume is full within 4 days: grow it or find what fills it.")});
    return group;
}

void writeGroup(YamlWriter &w, const RuleGroup &g)
{
    w.beginItem();
    w.comment(g.comment);
    w.string(QStringLiteral("name"), g.name);
    w.beginList(QStringLiteral("rules"));
    for (const AlertRule &r : g.rules) {
        w.beginItem();
        w.string(QStringLiteral("alert"), r.alert);
        w.string(QStringLiteral("expr"), r.expr);
        w.string(QStringLiteral("for"), r.forDuration);
        w.beginMap(QStringLiteral("labels"));
        w.string(QStringLiteral("severity"), r.severity);
        w.endMap();
        w.beginMap(QStringLiteral("annotations"));
        w.quotedString(QStringLiteral("summary"), r.summary);
        w.quotedString(QStringLiteral("description"), r.description);
        w.endMap();
        w.endItem();
    }
    w.endList();
    w.endItem();
}

} // namespace

GeneratedFiles Generators::alertRules(const GeneratorContext &ctx)
{
    const DeploymentProfile &p = ctx.profile;
    if (!p.monitoring.prometheusOperator)
        return {};
    QStringList leftOut;
    const RuleGroup thresholds = thresholdRules(ctx, leftOut);
    const MetricThreshold *queue = MetricPresets::builtIn().threshold(KeyMetric::QueueSize);
    const RuleGroup operations = operationalRules(ctx, queue && queue->warn ? *queue->warn : 10000);

    YamlWriter w;
    QString what = QStringLiteral("Prometheus Operator alert rules for PostHog, on the targets of\n"
                                  "k8s/pod-monitor.yaml and the cluster's kube-state-metrics and kubelet.");
    if (!leftOut.isEmpty())
        what += QStringLiteral("\nNo rule for %1: its metrics come from ClickHouse's own endpoint (9363),\n"
                               "which is not a port of the chart's ClickHouse pods, so nothing scrapes it.")
                    .arg(leftOut.join(QStringLiteral(", ")));
    if (p.databases.redis.mode == ServiceMode::External)
        what += QStringLiteral("\nNo Redis memory rule: Redis is external; watch it where it runs.");
    if (p.databases.clickhouse.mode == ServiceMode::External)
        what += QStringLiteral("\nNo ClickHouse disk rule: ClickHouse is external; watch it where it runs.");
    KubernetesYaml::header(w, ctx, what);
    w.string(QStringLiteral("apiVersion"), QStringLiteral("monitoring.coreos.com/v1"));
    w.string(QStringLiteral("kind"), QStringLiteral("PrometheusRule"));
    KubernetesYaml::metadata(w, ctx, ctx.chartFullname + QStringLiteral("-alerts"), ctx.monitorLabels());
    w.beginMap(QStringLiteral("spec"));
    w.beginList(QStringLiteral("groups"));
    writeGroup(w, thresholds);
    writeGroup(w, operations);
    w.endList();
    w.endMap();
    return {{QStringLiteral("k8s/prometheus-rules.yaml"), w.text().toUtf8(), GeneratedFile::Kind::Regular,
             QStringLiteral("PrometheusRule: the dashboard's thresholds and operational alerts, 24/7")}};
}

} // namespace phc
