#pragma once

#include "labelset.h"
#include "promdevicereader.h"
#include "promtextparser.h"

#include <QHash>
#include <QList>

#include <array>
#include <limits>
#include <optional>
#include <vector>

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

// The series of one family by their encoded labels: open addressing over
// (hash, position) pairs, the labels themselves staying in the series. A
// lookup hashes the key once; growing moves the pairs without rehashing.
class SeriesIndex
{
public:
    static quint32 hash(QByteArrayView encodedLabels);
    // The position in `series` of the series with these labels, or -1.
    qsizetype find(QByteArrayView encodedLabels, quint32 hash, const QList<MetricSeries> &series) const;
    void insert(quint32 hash, qsizetype position);

private:
    struct Slot
    {
        quint32 hash = 0;
        qint32 position = -1; // -1: empty
    };
    void grow();
    std::vector<Slot> m_slots; // a power of two, at most half full
    qsizetype m_count = 0;
};

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
    SeriesIndex m_index;
};

struct SnapshotRead;

// How a large payload is parsed: in two parts on two threads, then joined,
// when a cut is found after which the second part reads alone as it does
// after the first; otherwise in one pass. The snapshot is the same either way.
struct SnapshotSplit
{
    qint64 from = 4 * 1024 * 1024; // smallest payload split, in bytes; -1: never
    qint64 cutNear = -1;           // where to look for the cut; -1: the middle
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

    static MetricsSnapshot parse(QByteArrayView payload, const PromParseLimits &limits, ExpositionFormat format,
                                 SnapshotSplit split);

    // A file, read in chunks (PromDeviceReader) as it is parsed: memory is
    // the snapshot and a chunk per part, not the payload. No snapshot when
    // the file cannot be read or holds more than `maxBytes`.
    static SnapshotRead parseFile(const QString &path, qint64 maxBytes, const PromParseLimits &limits = {},
                                  ExpositionFormat format = ExpositionFormat::Auto, SnapshotSplit split = {});

    const QList<MetricFamily> &families() const { return m_families; }
    // By family name; a counter is also found under its name with or
    // without "_total", as 0.0.4 and OpenMetrics name it differently.
    const MetricFamily *family(QByteArrayView name) const;
    qsizetype seriesCount() const { return m_seriesCount; }
    std::array<int, metricTypeCount> familiesByType() const;

    const PromParseStats &stats() const { return m_stats; }
    const Issues &issues() const { return m_stats.issues; }

    // 2 when the payload was parsed in two parts and joined (SnapshotSplit), else 1.
    int parts() const { return m_parts; }

    // When the payload was fetched; set by whoever fetched it.
    qint64 scrapedAtMs = 0;

private:
    friend class SnapshotBuilder;
    QList<MetricFamily> m_families;
    QHash<QByteArray, qsizetype> m_index;
    qsizetype m_seriesCount = 0;
    PromParseStats m_stats;
    int m_parts = 1;
};

struct SnapshotRead
{
    std::optional<MetricsSnapshot> snapshot;
    PromDeviceRead read;
};

} // namespace phc
