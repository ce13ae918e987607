#pragma once

#include "profile/deploymentprofile.h"
#include "sizing/sizingmodel.h"

#include <QJsonObject>
#include <QList>

#include <algorithm>
#include <optional>

namespace phc {

// What a profile deploys, as the generated files configure it: fixed replica
// counts, or the scaling table's row for the profile's planned volume.
struct ConfiguredScale
{
    Recommendation planned; // for spec.sizing.monthlyEvents
    int webReplicas = 1;
    int workerReplicas = 1;
    int eventsReplicas = 1;
    int pluginsReplicas = 1;
    int clickhouseNodes = 1;         // bundled ClickHouse: one shard, this many replicas
    bool clickhouseExternal = false; // then the profile does not say how many nodes there are
    bool autoscaled = false;         // web, events, worker and plugins move between autoscaleMin and autoscaleMaxFor()
    int autoscaleMin = 0;
    int autoscaleMax = 0;            // the profile's maximum

    // The autoscaler's maximum for a process the table (or the profile) gives
    // `replicas`: the profile's maximum, raised to that count so that the
    // autoscaler can reach what the volume needs.
    int autoscaleMaxFor(int replicas) const { return std::max(autoscaleMax, replicas); }

    static ConfiguredScale of(const DeploymentProfile &profile, const SizingModel &sizing = SizingModel::builtIn());
};

enum class ScaledComponent { WebReplicas, WorkerReplicas, ClickhouseNodes, EventsReplicas, PluginsReplicas };
// "webReplicas", "workerReplicas", "clickhouseNodes", "eventsReplicas",
// "pluginsReplicas": the keys of a projection's JSON.
QString scaledComponentName(ScaledComponent component);

// One count the observed volume recommends next to what the profile deploys.
struct ReplicaDrift
{
    enum class Verdict { Matches, TooFew, TooMany, Unknown };

    ScaledComponent component = ScaledComponent::WebReplicas;
    int recommended = 0;
    std::optional<int> configured;   // unset: the profile does not say (external ClickHouse)
    std::optional<int> autoscaleMin; // set, with autoscaleMax, when an autoscaler moves the count
    std::optional<int> autoscaleMax;

    // With an autoscaler, Matches while the recommendation lies within its range.
    Verdict verdict() const;
    // Configured (or the nearest autoscaler bound) minus recommended; 0 when unknown.
    int difference() const;
    // {"component", "recommended", "configured" (null when unknown), "autoscaleMin",
    //  "autoscaleMax" (when autoscaled), "verdict": "matches|too-few|too-many|unknown"}
    QJsonObject toJson() const;
};
QString driftVerdictName(ReplicaDrift::Verdict verdict); // "matches", "too-few", "too-many", "unknown"

// Web replicas, worker replicas, ClickHouse nodes, events replicas and
// plugins replicas, in that order: what
// `observed` (e.g. a projection of the measured ingestion rate) recommends
// against what `profile` deploys, its "auto" counts resolved with `sizing`.
QList<ReplicaDrift> driftAgainst(const Recommendation &observed, const DeploymentProfile &profile,
                                 const SizingModel &sizing = SizingModel::builtIn());

} // namespace phc
