#include "generatorcontext.h"

#include "sizing/replicadrift.h"

namespace phc {

GeneratorContext::GeneratorContext(const DeploymentProfile &p, const SizingModel &sizing)
    : profile(p)
{
    const ConfiguredScale scale = ConfiguredScale::of(p, sizing);
    recommendation = scale.planned;
    const QString release = p.cluster.releaseName;
    chartFullname = release.contains(QStringLiteral("posthog")) ? release : release + QStringLiteral("-posthog");
    chartFullname = chartFullname.left(63);
    while (chartFullname.endsWith(u'-'))
        chartFullname.chop(1);

    const ResourceTier &tier = recommendation.tier;
    const auto add = [this, &scale](const QString &key, const QString &role, int replicas, const ProcessResources &resources,
                                    bool chartBudget) {
        processes.append({key, role, replicas, scale.autoscaleMaxFor(replicas), resources, chartBudget});
    };
    add(QStringLiteral("web"), QStringLiteral("web"), scale.webReplicas, tier.web, true);
    add(QStringLiteral("events"), QStringLiteral("events"), scale.eventsReplicas, tier.events, true);
    add(QStringLiteral("worker"), workerRole(), scale.workerReplicas, tier.worker, false);
    add(QStringLiteral("plugins"), QStringLiteral("plugins"), scale.pluginsReplicas, tier.plugins, false);
    // Three nodes: one shard kept three times, so losing a node loses nothing.
    clickhouseShards = 1;
    clickhouseReplicas = scale.clickhouseNodes;

    const ServiceRequirements &table = ServiceRequirements::builtIn();
    if (const auto v = Version::parse(p.cluster.imageTag))
        gates = table.forPosthogVersion(*v);
    if (gates)
        clickhouseImageTag = gates->clickhouseImageTag();
    else if (!table.releases().isEmpty())
        clickhouseImageTag = table.releases().constLast().clickhouseImageTag();
}

QList<std::pair<QString, QString>> GeneratorContext::objectLabels() const
{
    return {{QStringLiteral("app.kubernetes.io/part-of"), QStringLiteral("posthog")},
            {QStringLiteral("app.kubernetes.io/managed-by"), QStringLiteral("posthog-console")}};
}

QList<std::pair<QString, QString>> GeneratorContext::monitorLabels() const
{
    QList<std::pair<QString, QString>> labels = objectLabels();
    for (auto it = profile.monitoring.podMonitorLabels.cbegin(); it != profile.monitoring.podMonitorLabels.cend(); ++it)
        labels.append({it.key(), it.value()});
    return labels;
}

bool GeneratorContext::chartHpa() const
{
    return profile.sizing.autoscaling.enabled && !profile.sizing.autoscaling.memoryUtilization;
}

bool GeneratorContext::ownHpa() const
{
    return profile.sizing.autoscaling.enabled && profile.sizing.autoscaling.memoryUtilization.has_value();
}

int GeneratorContext::minReplicas(const PostHogProcess &process) const
{
    return profile.sizing.autoscaling.enabled ? profile.sizing.autoscaling.minReplicas : process.replicas;
}

QList<PostHogProcess> GeneratorContext::ownBudgets() const
{
    QList<PostHogProcess> out;
    for (const PostHogProcess &p : processes)
        if (!p.chartBudget && minReplicas(p) > 1)
            out.append(p);
    return out;
}

QString GeneratorContext::clickhouseCluster() const
{
    const auto &ch = profile.databases.clickhouse;
    return ch.mode == ServiceMode::External ? ch.cluster : QStringLiteral("posthog");
}

QString GeneratorContext::chartClickhouseHost() const
{
    QString host = QString(QStringLiteral("clickhouse-") + profile.cluster.releaseName).left(63);
    while (host.endsWith(u'-'))
        host.chop(1);
    return host;
}

namespace {

// Bitnami's common.names.fullname for a subchart called `name`: the release
// name when it contains `name`, else "<release>-<name>", at most 63 characters.
QString bitnamiFullname(const QString &release, const QString &name)
{
    QString out = release.contains(name) ? release : release + u'-' + name;
    out = out.left(63);
    while (out.endsWith(u'-'))
        out.chop(1);
    return out;
}

} // namespace

QString GeneratorContext::zookeeperService() const
{
    return bitnamiFullname(profile.cluster.releaseName, QStringLiteral("posthog-zookeeper"));
}

QString GeneratorContext::minioService() const
{
    return bitnamiFullname(profile.cluster.releaseName, QStringLiteral("minio"));
}

QString GeneratorContext::composeSiteUrl() const
{
    if (!profile.tlsEnabled() && profile.domain.behindProxy)
        return QStringLiteral("https://") + profile.domain.hostname;
    return profile.siteUrl();
}

QList<std::pair<QString, QString>> GeneratorContext::proxyEnv() const
{
    const DeploymentProfile &p = profile;
    QList<std::pair<QString, QString>> env;
    if (p.domain.trustAllProxies)
        env.append({QStringLiteral("TRUST_ALL_PROXIES"), QStringLiteral("true")});
    else if (!p.domain.trustedProxies.isEmpty())
        env.append({QStringLiteral("TRUSTED_PROXIES"), p.domain.trustedProxies.join(u',')});
    return env;
}

QString GeneratorContext::headerLines(const QString &commentPrefix) const
{
    return commentPrefix + QStringLiteral(" Generated by posthog-console from profile \"") + profile.name
        + QStringLiteral("\". Regenerate rather than edit by hand.\n");
}

} // namespace phc
