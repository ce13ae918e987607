#include "replicadrift.h"

#include <QJsonValue>

#include <algorithm>

namespace phc {

ConfiguredScale ConfiguredScale::of(const DeploymentProfile &profile, const SizingModel &sizing)
{
    ConfiguredScale s;
    s.planned = sizing.recommend(profile.sizing.monthlyEvents);
    s.webReplicas = profile.sizing.webReplicas.fixed.value_or(s.planned.row.webReplicas);
    s.workerReplicas = profile.sizing.workerReplicas.fixed.value_or(s.planned.row.workerReplicas);
    s.eventsReplicas = profile.sizing.eventsReplicas.fixed.value_or(s.planned.row.eventsReplicas);
    s.pluginsReplicas = profile.sizing.pluginsReplicas.fixed.value_or(s.planned.row.pluginsReplicas);
    s.clickhouseNodes = std::max(1, s.planned.row.clickhouseNodes);
    s.clickhouseExternal = profile.databases.clickhouse.mode == ServiceMode::External;
    s.autoscaled = profile.sizing.autoscaling.enabled;
    s.autoscaleMin = profile.sizing.autoscaling.minReplicas;
    s.autoscaleMax = profile.sizing.autoscaling.maxReplicas;
    return s;
}

QString scaledComponentName(ScaledComponent component)
{
    switch (component) {
    case ScaledComponent::WebReplicas: return QStringLiteral("webReplicas");
    case ScaledComponent::WorkerReplicas: return QStringLiteral("workerReplicas");
    case ScaledComponent::EventsReplicas: return QStringLiteral("eventsReplicas");
    case ScaledComponent::PluginsReplicas: return QStringLiteral("pluginsReplicas");
    case ScaledComponent::ClickhouseNodes: break;
    }
    return QStringLiteral("clickhouseNodes");
}

QString driftVerdictName(ReplicaDrift::Verdict verdict)
{
    switch (verdict) {
    case ReplicaDrift::Verdict::Matches: return QStringLiteral("matches");
    case ReplicaDrift::Verdict::TooFew: return QStringLiteral("too-few");
    case ReplicaDrift::Verdict::TooMany: return QStringLiteral("too-many");
    case ReplicaDrift::Verdict::Unknown: break;
    }
    return QStringLiteral("unknown");
}

int ReplicaDrift::difference() const
{
    if (autoscaleMin && autoscaleMax)
        return recommended < *autoscaleMin ? *autoscaleMin - recommended
             : recommended > *autoscaleMax ? *autoscaleMax - recommended
                                           : 0;
    return configured ? *configured - recommended : 0;
}

ReplicaDrift::Verdict ReplicaDrift::verdict() const
{
    if (!configured && !(autoscaleMin && autoscaleMax))
        return Verdict::Unknown;
    const int d = difference();
    return d < 0 ? Verdict::TooFew : d > 0 ? Verdict::TooMany : Verdict::Matches;
}

QJsonObject ReplicaDrift::toJson() const
{
    QJsonObject o {
        {QStringLiteral("component"), scaledComponentName(component)},
        {QStringLiteral("recommended"), recommended},
        {QStringLiteral("configured"), configured ? QJsonValue(*configured) : QJsonValue()},
        {QStringLiteral("verdict"), driftVerdictName(verdict())},
    };
    if (autoscaleMin && autoscaleMax) {
        o.insert(QStringLiteral("autoscaleMin"), *autoscaleMin);
        o.insert(QStringLiteral("autoscaleMax"), *autoscaleMax);
    }
    return o;
}

QList<ReplicaDrift> driftAgainst(const Recommendation &observed, const DeploymentProfile &profile,
                                 const SizingModel &sizing)
{
    const ConfiguredScale scale = ConfiguredScale::of(profile, sizing);
    auto replicas = [&scale](ScaledComponent component, int recommended, int configured) {
        ReplicaDrift d {component, recommended, configured, std::nullopt, std::nullopt};
        if (scale.autoscaled) {
            d.autoscaleMin = scale.autoscaleMin;
            d.autoscaleMax = scale.autoscaleMaxFor(configured);
        }
        return d;
    };
    ReplicaDrift clickhouse {ScaledComponent::ClickhouseNodes, observed.row.clickhouseNodes, std::nullopt,
                             std::nullopt, std::nullopt};
    if (!scale.clickhouseExternal)
        clickhouse.configured = scale.clickhouseNodes;
    return {replicas(ScaledComponent::WebReplicas, observed.row.webReplicas, scale.webReplicas),
            replicas(ScaledComponent::WorkerReplicas, observed.row.workerReplicas, scale.workerReplicas), clickhouse,
            replicas(ScaledComponent::EventsReplicas, observed.row.eventsReplicas, scale.eventsReplicas),
            replicas(ScaledComponent::PluginsReplicas, observed.row.pluginsReplicas, scale.pluginsReplicas)};
}

} // namespace phc
