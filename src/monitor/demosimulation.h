#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <array>

namespace phc {

// A cumulative Prometheus histogram as a client library keeps it.
class SimHistogram
{
public:
    explicit SimHistogram(QList<double> upperBounds = {});
    void observe(double value);
    const QList<double> &upperBounds() const { return m_bounds; }
    quint64 cumulativeCount(qsizetype bucket) const; // bucket == upperBounds().size(): +Inf
    quint64 count() const { return m_count; }
    double sum() const { return m_sum; }

private:
    QList<double> m_bounds;
    QList<quint64> m_counts; // per bucket, not cumulative; last is +Inf
    quint64 m_count = 0;
    double m_sum = 0;
};

// What a PostHog instance would report, simulated one second at a time from
// a seed, so the same clock gives the same numbers:
//  - events arrive at ~40/s following the time of day, with bursts of 3-5x
//    lasting 40-120 s (the first two minutes in, then every 5-15 minutes);
//  - ingestion drains at ~75/s, so the processing queue builds in a burst
//    and drains after it;
//  - for one minute at minute 25 of every simulated hour Kafka is
//    disconnected: nothing is ingested, /_readyz and /_preflight say so;
//  - ClickHouse queries and API requests take log-normal times that grow
//    with the queue.
class DemoSimulation
{
public:
    struct Components
    {
        bool clickhouse = true;
        bool postgres = true;
        bool migrations = true;
        bool kafka = true;
        bool celery = true;
        bool cache = true;
        bool plugins = true;
        bool objectStorage = true;
    };

    explicit DemoSimulation(qint64 startMs, quint64 seed = 20240801);

    // Steps whole seconds up to `nowMs`; earlier times are ignored.
    void advanceTo(qint64 nowMs);
    qint64 nowMs() const { return m_nowMs; }
    qint64 elapsedSeconds() const { return m_t; }

    // Prometheus text format 0.0.4 of the current state.
    QByteArray metricsText() const;
    Components components() const;

    double arrivalsPerSecond() const { return m_lastArrivals; } // events that arrived in the last second
    double eventsIngested() const { return m_ingested; }
    double queueSize() const { return m_queue; }
    bool inBurst() const { return m_burstLeft > 0; }
    bool inIncident() const;
    const SimHistogram &clickhouseQueryDuration() const { return m_clickhouse; }
    const SimHistogram &apiResponseTime() const { return m_api; }

private:
    struct View
    {
        QByteArray view;
        QByteArray method;
        SimHistogram latency;
        quint64 ok = 0;
        quint64 errors = 0;
    };

    void step();
    double uniform();
    double normal();
    quint64 poisson(double mean);
    double logNormal(double median, double sigma);

    quint64 m_rng;
    qint64 m_startMs;
    qint64 m_nowMs;
    qint64 m_t = 0; // seconds simulated
    qint64 m_nextBurst = 120;
    qint64 m_burstLeft = 0;
    double m_burstFactor = 1;
    double m_lastArrivals = 0;
    double m_ingested = 0;
    double m_queue = 0;
    double m_capacityAverage = 75;
    double m_celeryDepth = 4;
    double m_gunicornPending = 0;
    double m_clickhouseRunning = 0;
    SimHistogram m_clickhouse;
    SimHistogram m_api;
    quint64 m_clickhouseQueries = 0;
    std::array<View, 3> m_views;
};

} // namespace phc
