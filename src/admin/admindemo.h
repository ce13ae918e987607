#pragma once

#include "admin/adminstandin.h"

#include <optional>

namespace phc {

class DemoInstance;
class DemoSimulation;

// PostHog's admin API for the demo instance, following its simulation so
// that every state shows: it reports PostHog 1.43.0, 0009 runs to completion
// over forty minutes, 0010 errors when the first incident (Kafka away) comes
// (minute 25, while 0009 runs) and waits to be resumed, the dead letter queue grows while an incident
// lasts, ClickHouse's disk slowly fills (past the warning after about 21
// minutes, the failure after an hour), and Redis has no memory limit.
class AdminDemo
{
public:
    // Mounts the stand-in on `demo` (its lifetime must cover the demo's).
    void mount(DemoInstance &demo);
    std::optional<HttpResponse> handle(const HttpRequest &request, const DemoSimulation &simulation);
    const AdminStandInState &state() const { return m_standIn.state(); }
    void follow(const DemoSimulation &simulation);

private:
    AdminStandIn m_standIn;
    bool m_started = false;
    qint64 m_lastStep = -1;
    qint64 m_resumedAt = -1;
    qint64 m_lastIngestMs = 0;
};

} // namespace phc
