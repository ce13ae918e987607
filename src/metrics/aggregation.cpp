#include "aggregation.h"
#include "histogramquantile.h"

#include <QHash>

#include <cmath>

namespace phc {

namespace {

// Adds b to a, where NaN means "no value yet".
double addKnown(double a, double b)
{
    if (std::isnan(b))
        return a;
    return std::isnan(a) ? b : a + b;
}

template <typename T, typename Merge>
QList<T> group(const QList<T> &series, const Grouping &grouping, Merge merge)
{
    QList<T> out;
    QHash<LabelSet, qsizetype> index;
    for (const T &s : series) {
        const LabelSet key = grouping.apply(s.labels);
        const auto it = index.constFind(key);
        if (it == index.cend()) {
            index.insert(key, out.size());
            T first = s;
            first.labels = key;
            out.append(std::move(first));
        } else {
            merge(out[*it], s);
        }
    }
    return out;
}

} // namespace

QList<SeriesValue> Aggregation::values(const MetricFamily &family, const QList<LabelMatcher> &match)
{
    QList<SeriesValue> out;
    for (const MetricSeries &s : family.series)
        if (s.labels.matches(match))
            out.append({s.labels, s.value});
    return out;
}

QList<HistogramSeries> Aggregation::histograms(const MetricFamily &family, const QList<LabelMatcher> &match)
{
    QList<HistogramSeries> out;
    for (const MetricSeries &s : family.series)
        if (s.labels.matches(match))
            out.append({s.labels, s.buckets, s.sum, s.count});
    return out;
}

QList<SeriesValue> Aggregation::sum(const QList<SeriesValue> &series, const Grouping &grouping)
{
    return group(series, grouping, [](SeriesValue &into, const SeriesValue &s) { into.value = addKnown(into.value, s.value); });
}

QList<HistogramSeries> Aggregation::sum(const QList<HistogramSeries> &series, const Grouping &grouping)
{
    QList<HistogramSeries> out = group(series, grouping, [](HistogramSeries &into, const HistogramSeries &s) {
        into.buckets += s.buckets;
        into.sum = addKnown(into.sum, s.sum);
        into.count = addKnown(into.count, s.count);
    });
    for (HistogramSeries &h : out)
        mergeBuckets(h.buckets);
    return out;
}

} // namespace phc
