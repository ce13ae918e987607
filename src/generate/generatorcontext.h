#pragma once

#include "compat/servicerequirements.h"
#include "profile/deploymentprofile.h"
#include "sizing/sizingmodel.h"

#include <QList>
#include <QString>

#include <utility>

namespace phc {

// One PostHog process the chart runs as a Deployment, as the bundle sizes it.
struct PostHogProcess
{
    QString valuesKey;   // its section of the chart's values: web, events, worker, plugins
    QString role;        // the Deployment's name after the fullname, and its pods' role label
    int replicas = 1;    // the profile's count or the scaling table's
    int autoscaleMax = 1; // the autoscaler's maximum, when one runs (ConfiguredScale::autoscaleMaxFor)
    ProcessResources resources; // from the sizing tier
    bool chartBudget = false;   // the chart has a PodDisruptionBudget for it (<valuesKey>.pdb)
};

// Everything a generator may read: the profile and what is derived from it
// once, so that every generator agrees on names, replica counts and ports.
struct GeneratorContext
{
    explicit GeneratorContext(const DeploymentProfile &p, const SizingModel &sizing = SizingModel::builtIn());

    const DeploymentProfile &profile;
    Recommendation recommendation;

    // The chart's "posthog.fullname": the release name when it already
    // contains "posthog", else "<release>-posthog"; prefix of every object.
    QString chartFullname;
    // web, events (capture), worker, plugins (ingestion), in that order.
    QList<PostHogProcess> processes;
    // The chart names the worker Deployment after its consumer: worker-default.
    QString workerRole() const { return QStringLiteral("worker-default"); }
    int clickhouseShards = 1;
    int clickhouseReplicas = 1;

    // Replicas a Deployment never runs below: helm's replicacount, or the
    // autoscaler's minimum while one scales it.
    int minReplicas(const PostHogProcess &process) const;
    // Processes with more than one replica that the chart has no budget
    // for: k8s/pod-disruption-budget.yaml's.
    QList<PostHogProcess> ownBudgets() const;
    // The service versions the profile's PostHog release accepts at start;
    // nullptr for a release the table does not know.
    const ServiceGates *gates = nullptr;
    // The ClickHouse server (and client) image tag that release ran with; for
    // an unknown release, that of the newest release the table knows.
    QString clickhouseImageTag;

    // The chart's HPA can only scale on CPU; a memory target needs our own.
    bool chartHpa() const;
    bool ownHpa() const;

    // Names of the Secrets install.sh creates (bundled services only).
    QString secretKeySecret() const { return profile.cluster.releaseName + QStringLiteral("-secret-key"); }
    QString postgresSecret() const { return profile.cluster.releaseName + QStringLiteral("-postgresql"); }
    QString clickhouseSecret() const { return profile.cluster.releaseName + QStringLiteral("-clickhouse"); }
    QString minioSecret() const { return profile.cluster.releaseName + QStringLiteral("-minio"); }
    // The backup destination's credentials, and the ConfigMap holding
    // backup/postgres-backup.sh for the CronJob.
    QString backupCredentialsSecret() const { return profile.cluster.releaseName + QStringLiteral("-backup-credentials"); }
    QString backupScriptConfigMap() const { return profile.cluster.releaseName + QStringLiteral("-postgres-backup"); }
    // The ConfigMap holding backup/clickhouse-backup.sh for its CronJob.
    QString clickhouseBackupScriptConfigMap() const { return profile.cluster.releaseName + QStringLiteral("-clickhouse-backup"); }

    // The ClickHouse cluster PostHog's tables live on: the chart names it
    // "posthog"; an external ClickHouse uses the profile's (the Compose
    // stack's own server too: its runbook entries pass it).
    QString clickhouseCluster() const;
    // The Service the chart's PostHog pods reach the bundled ClickHouse by
    // ("posthog.clickhouse.fullname"), and the user they connect as: the
    // chart's default, which helm/values.yaml keeps.
    QString chartClickhouseHost() const;
    QString chartClickhouseUser() const { return QStringLiteral("admin"); }
    // Services of the Bitnami subcharts whose names the chart hard-codes or
    // derives differently from the subchart: ZooKeeper (nameOverride
    // posthog-zookeeper; the chart's kafka.externalZookeeper.servers says
    // posthog-posthog-zookeeper whatever the release) and MinIO (the chart's
    // OBJECT_STORAGE_ENDPOINT says <fullname>-minio, the subchart names its
    // Service <release>-minio). Both as common.names.fullname computes them.
    QString zookeeperService() const;
    QString minioService() const;

    // The Compose stack's SITE_URL: with tls.mode none behind a proxy, Caddy
    // serves plain HTTP to a proxy that terminates TLS, so users see https.
    QString composeSiteUrl() const;

    // TRUST_ALL_PROXIES and TRUSTED_PROXIES as PostHog reads them: it takes
    // any non-empty TRUST_ALL_PROXIES as true ("false" included), so the
    // variable is written only to turn trust-all on.
    QList<std::pair<QString, QString>> proxyEnv() const;

    // Labels of every object the bundle adds to the cluster.
    QList<std::pair<QString, QString>> objectLabels() const;
    // Labels of the PodMonitors and the PrometheusRule: what a Prometheus'
    // podMonitorSelector and ruleSelector match.
    QList<std::pair<QString, QString>> monitorLabels() const;

    // First lines of every generated file (in the file's comment syntax).
    QString headerLines(const QString &commentPrefix) const;
};

} // namespace phc
