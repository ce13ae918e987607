#include "instancehealth.h"

#include "monitor/instancemonitor.h"

#include <optional>

namespace phc {

InstanceHealth instanceHealth(AdminVerdict verdict)
{
    switch (verdict) {
    case AdminVerdict::Healthy: return InstanceHealth::Healthy;
    case AdminVerdict::Degraded: return InstanceHealth::Degraded;
    case AdminVerdict::Down: return InstanceHealth::Down;
    case AdminVerdict::NoVerdict: break;
    }
    return InstanceHealth::Unknown;
}

InstanceHealth instanceHealth(const InstanceStatus &round, const AdminStatus *checks)
{
    QList<InstanceHealth> parts;
    if (!round.probes.isEmpty() || round.metricsConfigured)
        parts.append(round.overall());
    if (checks)
        parts.append(instanceHealth(checks->verdict));
    if (parts.isEmpty())
        return InstanceHealth::Unknown;
    // A problem seen is said even when another part could not be read.
    for (const InstanceHealth worst : {InstanceHealth::Down, InstanceHealth::Degraded, InstanceHealth::Unknown})
        if (parts.contains(worst))
            return worst;
    return InstanceHealth::Healthy;
}

} // namespace phc
