#pragma once

#include "admin/adminchecks.h"
#include "monitor/healthprober.h"

namespace phc {

struct InstanceStatus;

// The health of PostHog's own System status checks in the instance's terms:
// NoVerdict (nothing could be evaluated) is unknown.
InstanceHealth instanceHealth(AdminVerdict verdict);

// The instance's one health: the probes and key metrics of the last round
// (InstanceStatus::overall()) together with the verdict of PostHog's System
// status, `checks` (null when it is not read: no personal API key). Every
// view of the instance's health shows this.
//  - down when either part says down;
//  - degraded when either says degraded (a probe not up, a metric past its
//    critical limit, a metrics source that failed, a check that warns or
//    fails, or whatever else AdminChecks::evaluate counts against healthy);
//  - unknown when a part that is watched has no verdict (before its first
//    round, or no check could be evaluated);
//  - healthy only when every part that is watched says healthy.
// The round's part is watched when probes or a metrics source are set up.
InstanceHealth instanceHealth(const InstanceStatus &round, const AdminStatus *checks);

} // namespace phc
