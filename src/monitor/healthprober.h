#pragma once

#include "monitor/clock.h"
#include "monitor/connectionsettings.h"
#include "monitor/httpfetcher.h"

#include <QList>
#include <QObject>
#include <QString>

class QTimer;

namespace phc {

enum class ProbeStatus { Unknown, Up, Degraded, Down };
QString probeStatusName(ProbeStatus status); // "unknown", "up", "degraded", "down"

// One part of a probe's JSON answer: {"clickhouse": false}, "checks": {"kafka": "ok"}.
struct ProbeComponent
{
    QString name;
    bool ok = false;
    QString value; // as the body said it: "true", "false", "ok", "error: ..."

    friend bool operator==(const ProbeComponent &, const ProbeComponent &) = default;
};

struct ProbeResult
{
    QString path; // as configured
    QUrl url;
    ProbeStatus status = ProbeStatus::Unknown;
    int httpCode = 0;
    double latencyMs = 0;
    FetchError error = FetchError::None;
    QString summary; // one line: "ok", "failing: clickhouse, kafka_connected", "connection refused ..."
    QList<ProbeComponent> components;
    qint64 atMs = 0;

    QStringList failing() const; // names of the components that are not ok
};

struct LatencyPoint
{
    qint64 atMs = 0;
    double latencyMs = 0;
    bool answered = false; // false: a gap in the sparkline
};

// What the dashboard shows for one probe over the session.
struct ProbeState
{
    QString path;
    ProbeResult last;
    qint64 lastChangeMs = 0;            // when the status last changed (the first result counts)
    QList<LatencyPoint> latencyHistory; // oldest first, at most HealthProber::historyLimit()
    int checks = 0;
    int upChecks = 0;
    int degradedChecks = 0;
    int downChecks = 0;

    // Share of checks that found the probe up (degraded and down count
    // against it); empty before the first check.
    std::optional<double> uptime() const;
};

enum class InstanceHealth { Unknown, Healthy, Degraded, Down };
QString instanceHealthName(InstanceHealth health); // "unknown", "healthy", "degraded", "down"

// Polls the configured probe paths, all at once, every poll interval; a new
// round never starts while one is still out.
//
// Status rules:
//  - down: no HTTP answer (refused, timeout, TLS, reset, too large, garbage),
//    a status outside 2xx that names no failing component (a bare 500,
//    502 from a proxy, 404 for a wrong path), or a 2xx that is not PostHog's
//    answer on that path (see below);
//  - degraded: an answer that names something failing: a 2xx whose JSON has
//    a component false or not "ok" (or "status" not "ok"), a non-2xx whose
//    JSON names failing components (/_readyz 503), or web's 503
//    "Migrations are not up to date";
//  - up: a 2xx naming nothing failing.
// PostHog's answers, by the path's last segment (the sources are cited in
// healthprober.cpp): _health "ok" (web) or {"status", "checks": {...}}
// (plugin server); _ready {"status"}; _livez {"http": bool}; _readyz an
// object of booleans; _preflight booleans django, redis, plugins, celery,
// db, initiated, cloud and a string realm. On other paths any 2xx but a web
// page or broken JSON. Anything else, such as an SSO proxy's sign-in page,
// a web server's welcome page or a cut-off body, is "not PostHog's answer",
// named by its content type and first bytes.
// JSON components: top-level booleans (/_readyz, /_livez); the "checks"
// object of the plugin server's /_health; for /_preflight only django,
// redis, plugins, celery, clickhouse, kafka, db, object_storage (its other
// booleans, such as "cloud" or "demo", are settings, not health).
class HealthProber : public QObject
{
    Q_OBJECT
public:
    explicit HealthProber(HttpFetcher *fetcher, QObject *parent = nullptr);
    ~HealthProber() override;

    // Resets the states. The fetcher's options are the caller's to set.
    void setSettings(const ConnectionSettings &settings);
    void setClock(Clock clock) { m_clock = std::move(clock); }
    void setHistoryLimit(int points); // default 360: an hour at the default interval
    int historyLimit() const { return m_historyLimit; }

    void start(); // a round now, then one every poll interval
    void stop();
    bool isRunning() const;
    bool probeOnce(); // false when a round is already out
    bool roundInProgress() const { return m_outstanding > 0; }

    QList<ProbeState> states() const { return m_states; }

    static ProbeResult interpret(const QString &path, const FetchResult &fetch);
    // "not PostHog's answer: text/html; charset=utf-8, starting "<!DOCTYPE html>…"":
    // the answer's content type and first bytes, on one line.
    static QString notPostHogsAnswer(const FetchResult &fetch);
    static InstanceHealth overall(const QList<ProbeState> &states);

Q_SIGNALS:
    void probeUpdated(int index, const phc::ProbeState &state);
    void roundFinished(const QList<phc::ProbeState> &states);

private:
    void record(int index, quint64 round, const FetchResult &fetch);
    void cancelRound();

    QPointer<HttpFetcher> m_fetcher;
    Clock m_clock = systemClock();
    ConnectionSettings m_settings;
    QList<ProbeState> m_states;
    QList<quint64> m_pending; // fetch ids of the round that is out
    QTimer *m_timer;
    int m_historyLimit = 360;
    int m_outstanding = 0;
    quint64 m_round = 0;
};

} // namespace phc

Q_DECLARE_METATYPE(phc::ProbeState)
