#include "demosimulation.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <numbers>

namespace phc {

namespace {

constexpr qint64 incidentStart = 25 * 60; // second of each simulated hour
constexpr qint64 incidentLength = 60;

QByteArray number(double v)
{
    if (std::isnan(v))
        return "NaN";
    if (std::isinf(v))
        return v > 0 ? "+Inf" : "-Inf";
    char buf[32];
    const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
    return ec == std::errc() ? QByteArray(buf, int(end - buf)) : QByteArray("NaN");
}

class TextWriter
{
public:
    QByteArray out;

    void family(const char *name, const char *type, const char *help)
    {
        out += "# HELP ";
        out += name;
        out += ' ';
        out += help;
        out += "\n# TYPE ";
        out += name;
        out += ' ';
        out += type;
        out += '\n';
    }

    void sample(const QByteArray &name, const QByteArray &labels, double value)
    {
        out += name;
        if (!labels.isEmpty())
            out += '{' + labels + '}';
        out += ' ' + number(value) + '\n';
    }

    void histogram(const char *name, const QByteArray &labels, const SimHistogram &h)
    {
        const QByteArray base(name);
        const QByteArray prefix = labels.isEmpty() ? QByteArray() : labels + ',';
        for (qsizetype i = 0; i <= h.upperBounds().size(); ++i) {
            const QByteArray le = i < h.upperBounds().size() ? number(h.upperBounds()[i]) : QByteArray("+Inf");
            sample(base + "_bucket", prefix + "le=\"" + le + '"', double(h.cumulativeCount(i)));
        }
        sample(base + "_sum", labels, h.sum());
        sample(base + "_count", labels, double(h.count()));
    }
};

} // namespace

SimHistogram::SimHistogram(QList<double> upperBounds) : m_bounds(std::move(upperBounds)), m_counts(m_bounds.size() + 1, 0)
{
}

void SimHistogram::observe(double value)
{
    const auto it = std::lower_bound(m_bounds.cbegin(), m_bounds.cend(), value); // le is inclusive
    ++m_counts[it - m_bounds.cbegin()];
    ++m_count;
    m_sum += value;
}

quint64 SimHistogram::cumulativeCount(qsizetype bucket) const
{
    quint64 total = 0;
    for (qsizetype i = 0; i <= bucket && i < m_counts.size(); ++i)
        total += m_counts[i];
    return total;
}

DemoSimulation::DemoSimulation(qint64 startMs, quint64 seed)
    : m_rng(seed), m_startMs(startMs), m_nowMs(startMs),
      // ClickHouse's query times span milliseconds to seconds.
      m_clickhouse({0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10}),
      // prometheus_client's default buckets, as PostHog's Python code uses them.
      m_api({0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10})
{
    // django-prometheus' latency buckets.
    const QList<double> django{0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10, 25, 50, 75};
    m_views = {View{"capture", "POST", SimHistogram(django), 0, 0}, View{"decide", "POST", SimHistogram(django), 0, 0},
               View{"api-insight-trend", "GET", SimHistogram(django), 0, 0}};
}

double DemoSimulation::uniform()
{
    // splitmix64: small, fast and the same everywhere.
    quint64 z = (m_rng += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    z ^= z >> 31;
    return double(z >> 11) * 0x1.0p-53;
}

double DemoSimulation::normal()
{
    const double u1 = std::max(uniform(), 1e-12);
    const double u2 = uniform();
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
}

quint64 DemoSimulation::poisson(double mean)
{
    if (mean <= 0)
        return 0;
    if (mean > 30)
        return quint64(std::max(0.0, std::round(mean + std::sqrt(mean) * normal())));
    const double limit = std::exp(-mean);
    quint64 k = 0;
    double p = uniform();
    while (p > limit) {
        ++k;
        p *= uniform();
    }
    return k;
}

double DemoSimulation::logNormal(double median, double sigma)
{
    return median * std::exp(sigma * normal());
}

bool DemoSimulation::inIncident() const
{
    const qint64 s = m_t % 3600;
    return m_t > 0 && s > incidentStart && s <= incidentStart + incidentLength;
}

DemoSimulation::Components DemoSimulation::components() const
{
    Components c;
    c.kafka = !inIncident();
    return c;
}

void DemoSimulation::advanceTo(qint64 nowMs)
{
    while (m_nowMs + 1000 <= nowMs)
        step();
}

void DemoSimulation::step()
{
    ++m_t;
    m_nowMs += 1000;

    const double dayFraction = double((m_nowMs / 1000) % 86400) / 86400.0;
    const double diurnal = 1.0 + 0.3 * std::sin(2.0 * std::numbers::pi * (dayFraction - 0.375));

    if (m_burstLeft == 0 && m_t >= m_nextBurst) {
        m_burstLeft = 40 + qint64(uniform() * 80);
        m_burstFactor = 3.0 + 2.0 * uniform();
        m_nextBurst = m_t + m_burstLeft + 300 + qint64(uniform() * 600);
    }
    const double factor = m_burstLeft > 0 ? m_burstFactor : 1.0;
    if (m_burstLeft > 0)
        --m_burstLeft;

    const bool incident = inIncident();
    const double arrivals = double(poisson(40.0 * diurnal * factor));
    const double capacity = incident ? 0.0 : double(poisson(75.0));
    const double processed = std::min(m_queue + arrivals, capacity);
    m_queue += arrivals - processed;
    m_ingested += processed;
    m_lastArrivals = arrivals;

    const double load = 1.0 + m_queue / 4000.0;

    const quint64 queries = poisson(6.0 * diurnal);
    double busy = 0;
    for (quint64 i = 0; i < queries; ++i) {
        const double d = logNormal(0.08 * load, 0.9);
        m_clickhouse.observe(d);
        busy += d;
    }
    m_clickhouseQueries += queries;
    m_clickhouseRunning = double(poisson(busy));

    const std::array<double, 3> requests{arrivals / 5.0, 12.0 * diurnal, 0.6 * diurnal};
    const std::array<double, 3> medians{0.018 * load, 0.03, 0.35 * load};
    const std::array<double, 3> errorRates{incident ? 0.3 : 0.002, 0.002, 0.002};
    for (size_t v = 0; v < m_views.size(); ++v) {
        const quint64 n = poisson(requests[v]);
        for (quint64 i = 0; i < n; ++i) {
            const double d = logNormal(medians[v], 0.6);
            m_views[v].latency.observe(d);
            m_api.observe(d);
            if (uniform() < errorRates[v])
                ++m_views[v].errors;
            else
                ++m_views[v].ok;
        }
    }

    m_gunicornPending = double(poisson(0.3 + (m_burstLeft > 0 ? 3.0 : 0.0) + m_queue / 5000.0));
    m_celeryDepth = std::max(0.0, m_celeryDepth + 0.2 * (5.0 - m_celeryDepth) + 1.5 * normal());
}

QByteArray DemoSimulation::metricsText() const
{
    TextWriter w;
    w.out.reserve(16 * 1024);
    w.family("posthog_console_demo_info", "gauge", "Served by the console's simulated PostHog instance (demo data).");
    w.sample("posthog_console_demo_info", "seconds_simulated=\"" + QByteArray::number(m_t) + '"', 1);

    w.family("posthog_events_ingested_total", "counter", "Events ingested into ClickHouse.");
    w.sample("posthog_events_ingested_total", {}, m_ingested);
    w.family("posthog_events_processing_queue_size", "gauge", "Events waiting to be processed.");
    w.sample("posthog_events_processing_queue_size", {}, m_queue);
    w.family("posthog_clickhouse_query_duration_seconds", "histogram", "ClickHouse query duration.");
    w.histogram("posthog_clickhouse_query_duration_seconds", {}, m_clickhouse);
    w.family("posthog_api_response_time_seconds", "histogram", "API response time.");
    w.histogram("posthog_api_response_time_seconds", {}, m_api);

    // Names the real chart's pods expose.
    w.family("event_processed_and_ingested", "counter", "Events processed and ingested by the plugin server.");
    w.sample("event_processed_and_ingested", {}, m_ingested);
    w.family("latest_processed_timestamp_ms", "gauge", "Timestamp of the latest event processed, per partition.");
    const double lagMs = m_queue / m_capacityAverage * 1000.0;
    for (int p = 0; p < 4; ++p)
        w.sample("latest_processed_timestamp_ms",
                 "topic=\"events_plugin_ingestion\",partition=\"" + QByteArray::number(p) + "\",groupId=\"ingestion\"",
                 std::floor(double(m_nowMs) - lagMs * (1.0 + 0.05 * p)));
    w.family("kafka_consumergroup_lag", "gauge", "Consumer group lag per partition.");
    for (int p = 0; p < 4; ++p)
        w.sample("kafka_consumergroup_lag",
                 "consumergroup=\"ingestion\",topic=\"events_plugin_ingestion\",partition=\"" + QByteArray::number(p) + '"',
                 std::floor(m_queue / 4.0) + (p < int(std::fmod(m_queue, 4.0)) ? 1 : 0));

    w.family("django_http_requests_latency_seconds_by_view_method", "histogram",
             "Histogram of request processing time labelled by view.");
    for (const View &v : m_views)
        w.histogram("django_http_requests_latency_seconds_by_view_method",
                    "method=\"" + v.method + "\",view=\"" + v.view + '"', v.latency);
    w.family("django_http_responses_total_by_status_view_method_total", "counter",
             "Count of responses by status, view, method.");
    for (const View &v : m_views) {
        const QByteArray labels = "method=\"" + v.method + "\",view=\"" + v.view + '"';
        w.sample("django_http_responses_total_by_status_view_method_total", labels + ",status=\"200\"", double(v.ok));
        w.sample("django_http_responses_total_by_status_view_method_total", labels + ",status=\"500\"", double(v.errors));
    }
    w.family("gunicorn_pending_requests", "gauge", "Requests waiting for a gunicorn worker.");
    w.sample("gunicorn_pending_requests", {}, m_gunicornPending);
    w.family("posthog_celery_queue_depth", "gauge", "Tasks waiting in the Celery queue.");
    w.sample("posthog_celery_queue_depth", "queue_name=\"celery\"", std::round(m_celeryDepth));
    w.family("ClickHouseProfileEvents_Query", "counter", "Queries ClickHouse has run.");
    w.sample("ClickHouseProfileEvents_Query", {}, double(m_clickhouseQueries));
    w.family("ClickHouseMetrics_Query", "gauge", "Queries running in ClickHouse now.");
    w.sample("ClickHouseMetrics_Query", {}, m_clickhouseRunning);
    return w.out;
}

} // namespace phc
