#pragma once

#include "series.h"

#include <QList>

namespace phc {

// PromQL's sum, over series already read from a snapshot or derived from two.
class Aggregation
{
public:
    // The current values of a family's series that match (gauges, counters, untyped).
    static QList<SeriesValue> values(const MetricFamily &family, const QList<LabelMatcher> &match = {});
    // The cumulative buckets of a histogram family's series that match.
    static QList<HistogramSeries> histograms(const MetricFamily &family, const QList<LabelMatcher> &match = {});

    // sum by/without (...): one series per group, in order of first appearance.
    // NaN values are left out of a sum; a group of only NaNs is NaN.
    static QList<SeriesValue> sum(const QList<SeriesValue> &series, const Grouping &grouping = {});
    // sum by (le, ...): bucket counts, sums and counts added per upper bound.
    static QList<HistogramSeries> sum(const QList<HistogramSeries> &series, const Grouping &grouping = {});
};

} // namespace phc
