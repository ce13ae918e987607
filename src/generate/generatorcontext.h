#pragma once

#include "profile/deploymentprofile.h"
#include "sizing/sizingmodel.h"

#include <QList>
#include <QString>

#include <utility>

namespace phc {

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
    int webReplicas = 1;
    int workerReplicas = 1;
    int clickhouseShards = 1;
    int clickhouseReplicas = 1;

    // The chart names the worker Deployment after its consumer: worker-default.
    QString workerRole() const { return QStringLiteral("worker-default"); }
    // Replicas a Deployment never runs below: helm's replicacount, or the
    // autoscaler's minimum while one scales it.
    int webMinReplicas() const;
    int workerMinReplicas() const;

    // The chart's HPA can only scale on CPU; a memory target needs our own.
    bool chartHpa() const;
    bool ownHpa() const;

    // Names of the Secrets install.sh creates (bundled services only).
    QString secretKeySecret() const { return profile.cluster.releaseName + QStringLiteral("-secret-key"); }
    QString postgresSecret() const { return profile.cluster.releaseName + QStringLiteral("-postgresql"); }
    QString clickhouseSecret() const { return profile.cluster.releaseName + QStringLiteral("-clickhouse"); }
    QString minioSecret() const { return profile.cluster.releaseName + QStringLiteral("-minio"); }

    // Labels of every object the bundle adds to the cluster.
    QList<std::pair<QString, QString>> objectLabels() const;
    // Labels of the PodMonitors and the PrometheusRule: what a Prometheus'
    // podMonitorSelector and ruleSelector match.
    QList<std::pair<QString, QString>> monitorLabels() const;

    // First lines of every generated file (in the file's comment syntax).
    QString headerLines(const QString &commentPrefix) const;
};

} // namespace phc
