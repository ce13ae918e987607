#pragma once

#include "labelset.h"
#include "promtextparser.h"

#include <QHash>
#include <QList>

#include <array>
#include <limits>
#include <optional>

namespace phc {

struct HistogramBucket
{
    double upperBound = 0; // "le"
    double count = 0;      // cumulative
    friend bool operator==(const HistogramBucket &, const HistogramBucket &) = default;
};

struct SummaryQuantile
{
    double quantile = 0;
    double value = 0;
};

} // namespace phc

Q_DECLARE_TYPEINFO(phc::HistogramBucket, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(phc::SummaryQuantile, Q_RELOCATABLE_TYPE);

namespace phc {

// One series of a family: the labels (without le / quantile) and what its
// samples said. Fields a type does not use stay NaN or empty.
struct MetricSeries
{
    static constexpr double none = std::numeric_limits<double>::quiet_NaN();

    LabelSet labels;
    double value = none;   // counter, gauge, untyped, info, stateset
    double sum = none;     // histogram, gauge histogram, summary
    double count = none;
    double created = none; // seconds since the epoch of the _created sample
    std::optional<qint64> timestampMs;
    QList<HistogramBucket> buckets;   // in the order exposed
    QList<SummaryQuantile> quantiles;
};

} // namespace phc

// Every member moves by its bytes: a growing list of series is reallocated, not moved one by one.
Q_DECLARE_TYPEINFO(phc::MetricSeries, Q_RELOCATABLE_TYPE);

namespace phc {

struct MetricFamily
{
    QByteArray name;
    MetricType type = MetricType::Untyped;
    QByteArray help;
    QByteArray unit;
    int line = 0;
    QList<MetricSeries> series;

    const MetricSeries *find(const LabelSet &labels) const;

private:
    friend class SnapshotBuilder;
    QHash<QByteArray, qsizetype> m_index; // encoded labels -> series
};

// One scrape as families -> series -> values, for consumers that look
// things up (key metrics, rates, the CLI summary). Built by streaming the
// parser's samples; input beyond PromParseLimits::maxSeries / maxFamilies is
// dropped and reported.
class MetricsSnapshot
{
public:
    static MetricsSnapshot parse(QByteArrayView payload, const PromParseLimits &limits = {},
                                 ExpositionFormat format = ExpositionFormat::Auto);

    const QList<MetricFamily> &families() const { return m_families; }
    // By family name; a counter is also found under its name with or
    // without "_total", as 0.0.4 and OpenMetrics name it differently.
    const MetricFamily *family(QByteArrayView name) const;
    qsizetype seriesCount() const { return m_seriesCount; }
    std::array<int, metricTypeCount> familiesByType() const;

    const PromParseStats &stats() const { return m_stats; }
    const Issues &issues() const { return m_stats.issues; }

    // When the payload was fetched; set by whoever fetched it.
    qint64 scrapedAtMs = 0;

private:
    friend class SnapshotBuilder;
    QList<MetricFamily> m_families;
    QHash<QByteArray, qsizetype> m_index;
    qsizetype m_seriesCount = 0;
    PromParseStats m_stats;
};

} // namespace phc
