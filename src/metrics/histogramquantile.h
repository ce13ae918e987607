#pragma once

#include "metricssnapshot.h"

#include <QList>

namespace phc {

// The q-quantile of a histogram's cumulative buckets, exactly as
// Prometheus' histogram_quantile() computes it (promql/quantile.go): linear
// interpolation inside the bucket that holds the rank, 0 as the lower bound
// of the lowest bucket when its upper bound is positive, the second-highest
// bound when the rank falls into +Inf, buckets with equal bounds merged and
// non-monotonic counts raised to the running maximum. NaN when the buckets
// do not end in +Inf, there are fewer than 2 buckets, or nothing was
// observed; -Inf for q < 0 and +Inf for q > 1.
double histogramQuantile(double q, QList<HistogramBucket> buckets);

// Sorts buckets by upper bound and merges those with equal bounds by adding
// their counts: what "sum by (le)" does to buckets of several series.
void mergeBuckets(QList<HistogramBucket> &buckets);

} // namespace phc
