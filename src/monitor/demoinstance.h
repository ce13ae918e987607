#pragma once

#include "monitor/clock.h"
#include "monitor/connectionsettings.h"
#include "monitor/demosimulation.h"
#include "monitor/minihttpserver.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace phc {

// The embedded stand-in for a PostHog instance (`--demo`): a MiniHttpServer on
// 127.0.0.1 at a free port serving what the dashboard watches, from a
// DemoSimulation advanced to the injected clock at every request.
//   /_health                "ok" (web)
//   /_ready                 {"status": "ok"} (plugin server)
//   /_livez                 {"http": true}
//   /_readyz                booleans per component, 503 when one is false
//   /_preflight             component states among settings-like keys
//   /metrics, /_metrics     Prometheus text 0.0.4
//   /api/users/@me/         the user, with apiKey() as a Bearer token, else 401
//   OPTIONS (CORS preflight) allowed origins echoed as PostHog does
class DemoInstance : public QObject
{
    Q_OBJECT
public:
    explicit DemoInstance(QObject *parent = nullptr);
    ~DemoInstance() override;

    void setClock(Clock clock) { m_clock = std::move(clock); } // before start()
    // Asked first for every request, with the simulation advanced to it: an
    // answer it gives is served (the admin API's stand-in mounts here).
    using ExtraHandler = std::function<std::optional<HttpResponse>(const HttpRequest &, const DemoSimulation &)>;
    void setExtraHandler(ExtraHandler handler) { m_extra = std::move(handler); }
    // Empty (the default): any origin is allowed, as PostHog's capture endpoints do.
    void setCorsOrigins(const QStringList &origins) { m_corsOrigins = origins; }

    bool start(); // the simulation starts at clock()
    void stop();
    bool isRunning() const;
    QString errorString() const;

    QUrl baseUrl() const; // http://127.0.0.1:PORT
    QUrl metricsUrl() const;
    // Ready-made settings for watching this instance, /_preflight included.
    ConnectionSettings connectionSettings() const;
    static QByteArray apiKey();

    // Advanced to the clock when a request comes, not before.
    const DemoSimulation *simulation() const { return m_simulation.get(); }
    int requestCount() const { return m_requests; }

private:
    HttpResponse handle(const HttpRequest &request);
    HttpResponse corsPreflight(const HttpRequest &request) const;

    Clock m_clock = systemClock();
    ExtraHandler m_extra;
    QStringList m_corsOrigins;
    MiniHttpServer m_server;
    std::unique_ptr<DemoSimulation> m_simulation;
    int m_requests = 0;
};

} // namespace phc
