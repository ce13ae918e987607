#pragma once

#include "metricpresets.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace phc {

class MetricsSnapshot;

// How one key metric was read.
struct KeyMetricReading
{
    KeyMetric key = KeyMetric::EventsIngestedPerSecond;
    std::optional<double> value; // never 0 in place of "unknown"
    QString metric;              // the source's metric; empty when no source is present
    MetricSource::Kind kind = MetricSource::Kind::Gauge;
    bool cumulative = false;     // from one scrape: since the process started, not over an interval
    QString note;                // why there is no value, or what the value is
};

// The four numbers of the dashboard, from one scrape or two.
struct KeyMetrics
{
    QString preset;
    std::optional<double> eventsIngestedPerSecond;
    std::optional<double> queueSize;
    std::optional<double> clickhouseQueryP95Seconds;
    std::optional<double> apiResponseP95Seconds;
    QList<KeyMetricReading> readings; // one per key metric, in KeyMetric order

    std::optional<double> value(KeyMetric key) const;
    // {"eventsIngestedPerSecond": 41.0, "queueSize": null, ...}: the probe command's "metrics" object.
    QJsonObject toJson() const;

    // With `previous` (scraped `intervalSeconds` before `current`), rates and
    // quantiles cover the interval. Without it, rates are unknown and
    // quantiles and means cover everything since the process started.
    // The four numbers from one reading per key metric, in KeyMetric order.
    static KeyMetrics fromReadings(const QString &preset, const QList<KeyMetricReading> &readings);

    static KeyMetrics compute(const MetricPreset &preset, const MetricsSnapshot &current,
                              const MetricsSnapshot *previous = nullptr, double intervalSeconds = 0);
};

} // namespace phc
