#include "histogramquantile.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace phc {

void mergeBuckets(QList<HistogramBucket> &buckets)
{
    if (buckets.isEmpty())
        return;
    std::stable_sort(buckets.begin(), buckets.end(),
                     [](const HistogramBucket &a, const HistogramBucket &b) { return a.upperBound < b.upperBound; });
    qsizetype n = 0;
    for (qsizetype i = 1; i < buckets.size(); ++i) {
        if (buckets[i].upperBound == buckets[n].upperBound)
            buckets[n].count += buckets[i].count;
        else
            buckets[++n] = buckets[i];
    }
    buckets.resize(n + 1);
}

double histogramQuantile(double q, QList<HistogramBucket> buckets)
{
    constexpr double inf = std::numeric_limits<double>::infinity();
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    if (std::isnan(q))
        return nan;
    if (q < 0)
        return -inf;
    if (q > 1)
        return inf;
    if (buckets.isEmpty())
        return nan;
    mergeBuckets(buckets);
    if (buckets.constLast().upperBound != inf)
        return nan;

    // Counts can drop from one bucket to the next when series were scraped at
    // different moments; Prometheus raises them to the running maximum.
    double max = -inf;
    for (HistogramBucket &b : buckets) {
        if (b.count > max)
            max = b.count;
        else if (b.count < max)
            b.count = max;
    }

    if (buckets.size() < 2)
        return nan;
    const double observations = buckets.constLast().count;
    if (observations == 0 || std::isnan(observations))
        return nan;
    double rank = q * observations;
    // The first bucket (excluding +Inf) whose count reaches the rank.
    qsizetype b = 0;
    while (b < buckets.size() - 1 && !(buckets[b].count >= rank))
        ++b;
    if (b == buckets.size() - 1)
        return buckets[b - 1].upperBound;
    if (b == 0 && buckets[0].upperBound <= 0)
        return buckets[0].upperBound;
    double bucketStart = 0;
    const double bucketEnd = buckets[b].upperBound;
    double count = buckets[b].count;
    if (b > 0) {
        bucketStart = buckets[b - 1].upperBound;
        count -= buckets[b - 1].count;
        rank -= buckets[b - 1].count;
    }
    return bucketStart + (bucketEnd - bucketStart) * (rank / count);
}

} // namespace phc
