#pragma once

#include "metrics/keymetrics.h"
#include "metrics/metricpresets.h"
#include "metrics/ringbuffer.h"
#include "metrics/decimator.h"
#include "monitor/clock.h"
#include "monitor/connectionsettings.h"
#include "monitor/healthprober.h"
#include "sizing/costcomparison.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <memory>

class QTimer;

namespace phc {

class HttpFetcher;
class MetricsScraper;
class MetricsSnapshot;
class PrometheusApiClient;
struct ScrapeResult;

// A key metric past one of its limits.
struct ThresholdCrossing
{
    KeyMetric key = KeyMetric::QueueSize;
    MetricThreshold::Level level = MetricThreshold::Level::Warn;
    double value = 0;
    double limit = 0;
};

// What one round of watching found: the probes, the key metrics, the limits
// they cross and what the ingestion rate means for sizing and cost.
struct InstanceStatus
{
    qint64 atMs = 0;
    QList<ProbeState> probes;
    InstanceHealth probeHealth = InstanceHealth::Unknown;
    bool metricsConfigured = false;
    QString metricsError;     // the source could not be read this round; empty when it was
    QString preset;           // the preset that read the metrics
    KeyMetrics metrics;
    QList<ThresholdCrossing> crossings; // warn and critical
    std::optional<CostProjection> projection; // when the ingestion rate is known

    // Down when no probe answers up or degraded; degraded when a probe is
    // not up, a metric is past its critical limit or the metrics source
    // failed; healthy otherwise (unknown before the first round).
    InstanceHealth overall() const;
    // The probe command's JSON contract: status, probes, metrics, projection
    // (null when the rate is unknown), plus thresholds and metricsError.
    QJsonObject toJson(const CloudPricing &pricing) const;
};

class ScrapeParser;

// Watches one instance: every poll interval a round of the health probes and
// one metrics sample, from a direct scrape (parsed on a worker thread) or a
// Prometheus server's API. Keeps a bounded history of each key metric,
// judges it against the thresholds and projects the ingestion rate onto the
// sizing tables. The dashboard and the probe command both read it.
class InstanceMonitor : public QObject
{
    Q_OBJECT
public:
    explicit InstanceMonitor(HttpFetcher *fetcher, QObject *parent = nullptr);
    ~InstanceMonitor() override;

    // Applies the fetch options to the fetcher and resets the state; returns
    // the fetcher's complaint (an unreadable CA file) or an empty string.
    QString setSettings(const ConnectionSettings &settings);
    const ConnectionSettings &settings() const { return m_settings; }
    void setPresets(const MetricPresets &presets);
    const MetricPresets &presets() const { return m_presets; }
    // Empty: the preset is picked from the metric names the source has.
    void setPresetChoice(const QString &name);
    QString presetChoice() const { return m_presetChoice; }
    void setCostComparison(const CostComparison &comparison);
    const CostComparison &costComparison() const { return m_cost; }
    void setClock(Clock clock);
    // Points kept per key metric; default dayAt5sPoints. Resets the history.
    void setHistoryCapacity(qsizetype points);

    void start(); // a round now, then one every poll interval
    void stop();
    bool isRunning() const;
    bool roundOnce(); // false while a round is out
    bool roundInProgress() const { return m_probesOut || m_metricsOut; }

    const InstanceStatus &status() const { return m_status; }
    int rounds() const { return m_rounds; }
    // Oldest first; NaN where the value was unknown.
    const RingBuffer<TimePoint> &history(KeyMetric key) const { return *m_history[size_t(key)]; }
    // Heap bytes the history holds (for the memory benchmark and the long-run test).
    qsizetype historyBytes() const;

Q_SIGNALS:
    void probeUpdated(int index, const phc::ProbeState &state);
    void metricsUpdated(const phc::InstanceStatus &status);
    void roundFinished(const phc::InstanceStatus &status);
    // A key metric's level changed (from Ok into Warn or Critical, or back).
    void thresholdChanged(phc::KeyMetric key, phc::MetricThreshold::Level level, double value);

private:
    void resetState();
    void startMetrics();
    void onScraped(const ScrapeResult &result);
    void onParsed(quint64 generation, qint64 atMs, const std::shared_ptr<const MetricsSnapshot> &snapshot,
                  const KeyMetrics &metrics, const QString &problem);
    void queryPrometheus(quint64 generation);
    void queryKeyMetrics(quint64 generation, const MetricPreset *preset);
    void finishMetrics(qint64 atMs, const KeyMetrics &metrics, const QString &error);
    void finishProbes(const QList<ProbeState> &states);
    void maybeFinishRound();

    QPointer<HttpFetcher> m_fetcher;
    HealthProber *m_prober;
    MetricsScraper *m_scraper;
    PrometheusApiClient *m_prometheus;
    QTimer *m_timer;
    QThread m_parserThread;
    ScrapeParser *m_parser; // lives in m_parserThread

    ConnectionSettings m_settings;
    MetricPresets m_presets = MetricPresets::builtIn();
    QString m_presetChoice;
    CostComparison m_cost;
    Clock m_clock = systemClock();

    InstanceStatus m_status;
    std::array<std::unique_ptr<RingBuffer<TimePoint>>, allKeyMetrics.size()> m_history;
    std::array<MetricThreshold::Level, allKeyMetrics.size()> m_levels {};
    qsizetype m_historyCapacity = dayAt5sPoints;
    std::shared_ptr<const MetricsSnapshot> m_previous; // the last direct scrape, for rates
    quint64 m_generation = 0; // bumps on every reset: late answers of an old setup are dropped
    bool m_probesOut = false;
    bool m_metricsOut = false;
    int m_rounds = 0;
};

} // namespace phc

Q_DECLARE_METATYPE(phc::InstanceStatus)
