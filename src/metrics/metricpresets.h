#pragma once

#include "core/issue.h"
#include "labelset.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <array>
#include <functional>
#include <optional>

namespace phc {

class MetricsSnapshot;

// The four numbers the dashboard watches. Their names are those of the
// probe command's JSON ("metrics" object) and of the presets file.
enum class KeyMetric { EventsIngestedPerSecond, QueueSize, ClickhouseQueryP95Seconds, ApiResponseP95Seconds };
inline constexpr std::array<KeyMetric, 4> allKeyMetrics {KeyMetric::EventsIngestedPerSecond, KeyMetric::QueueSize,
                                                         KeyMetric::ClickhouseQueryP95Seconds,
                                                         KeyMetric::ApiResponseP95Seconds};
QString keyMetricName(KeyMetric key);

// Where a key metric comes from: a metric of a scrape and how to turn it
// into the number, plus the same as PromQL for a Prometheus server.
struct MetricSource
{
    enum class Kind {
        Rate,     // per-second rate of a counter, summed over series
        Gauge,    // a gauge summed over series
        Quantile, // histogram_quantile over the buckets summed by le
        Mean      // rate(metric) / rate(countMetric): a mean where no histogram exists
    };
    Kind kind = Kind::Gauge;
    QString metric;
    QString countMetric;         // Mean only
    double quantile = 0.95;      // Quantile only
    double scale = 1;            // multiplies the result (0.001 for ms, 0.000001 for µs)
    QList<LabelMatcher> labels;  // keep only series with these values
    QString promql;              // empty: generated; "{window}" stands for the rate window
    QString note;

    static QString kindName(Kind kind);
    // PromQL for a Prometheus server, with the window filled in.
    QString promQL(const QString &window) const;
    // What promQL() gives when the data does not spell it out.
    QString defaultPromQL() const;
    // True when the metrics it needs exist, by the names a scrape or a
    // Prometheus server's name list shows (x, x_total, x_bucket).
    bool presentIn(const std::function<bool(const QString &)> &exists) const;

    friend bool operator==(const MetricSource &, const MetricSource &) = default;
};

struct KeyMetricMapping
{
    KeyMetric key = KeyMetric::EventsIngestedPerSecond;
    QList<MetricSource> sources; // tried in order; the first present is used

    // The first source whose metrics exist; nullptr when none does.
    const MetricSource *sourceIn(const std::function<bool(const QString &)> &exists) const;
    friend bool operator==(const KeyMetricMapping &, const KeyMetricMapping &) = default;
};

// When a key metric needs attention. A value past `warn` colours its panel;
// past `critical` it also raises a notification, and the probe command
// reports the instance degraded. `below`: the alarm is for values under the
// limits (a rate that should not drop), not over them.
struct MetricThreshold
{
    KeyMetric key = KeyMetric::QueueSize;
    std::optional<double> warn;
    std::optional<double> critical;
    bool below = false;

    enum class Level { Ok, Warn, Critical };
    // Unknown values are Ok: no alarm on a number nobody could compute.
    Level levelOf(std::optional<double> value) const;

    friend bool operator==(const MetricThreshold &, const MetricThreshold &) = default;
};
QString thresholdLevelName(MetricThreshold::Level level); // "ok", "warn", "critical"

struct MetricPreset
{
    QString name;
    QString title;
    QList<KeyMetricMapping> metrics; // in KeyMetric order; a preset may leave some out

    const KeyMetricMapping *mapping(KeyMetric key) const;
    // How many key metrics have a source present.
    int coverage(const std::function<bool(const QString &)> &exists) const;
    friend bool operator==(const MetricPreset &, const MetricPreset &) = default;
};

// The key-metric mapping: presets loaded from YAML (the built-in
// resources/data/metric-presets.yaml or a user's edited copy), saved back
// as YAML. Loading reports every problem with its key path and position.
class MetricPresets
{
public:
    static Result<MetricPresets> parse(const QByteArray &yaml);
    static Result<MetricPresets> loadFile(const QString &path);
    static const MetricPresets &builtIn();

    QByteArray toYaml() const;
    // Writes toYaml() atomically; returns an error message or an empty string.
    QString saveFile(const QString &path) const;

    const QList<MetricPreset> &presets() const { return m_presets; }
    // The same for every preset: they describe the instance, not the source.
    const QList<MetricThreshold> &thresholds() const { return m_thresholds; }
    const MetricThreshold *threshold(KeyMetric key) const;
    void setThreshold(const MetricThreshold &threshold); // replaces the key's; none with neither limit
    const MetricPreset *find(const QString &name) const;
    QString rateWindow() const { return m_rateWindow; }
    void setRateWindow(const QString &window) { m_rateWindow = window; }

    // The preset with the most key metrics present (the first listed on a
    // tie); nullptr when none has any.
    const MetricPreset *pick(const std::function<bool(const QString &)> &exists) const;
    const MetricPreset *pick(const MetricsSnapshot &snapshot) const;
    // Every metric name a source of any preset looks for, with the _total
    // and _bucket variants: what to ask a Prometheus server about.
    QStringList candidateNames() const;

    static bool isValidWindow(const QString &window);

    friend bool operator==(const MetricPresets &, const MetricPresets &) = default;

private:
    QString m_rateWindow = QStringLiteral("1m");
    QList<MetricPreset> m_presets;
    QList<MetricThreshold> m_thresholds; // in KeyMetric order, at most one per key
};

} // namespace phc
