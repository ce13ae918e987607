#pragma once

#include "series.h"

#include <QList>

#include <optional>

namespace phc {

// Counters between two scrapes. A counter that went down, or whose
// _created timestamp changed, was reset (its process restarted): it counted
// from 0 again, so its increase is its current value, as in PromQL's
// increase(). Rates here are plain two-point rates, without the
// extrapolation to the window's edges that PromQL's rate() adds.
class RateCalculator
{
public:
    static double increase(double previous, double current, double previousCreated = MetricSeries::none,
                           double currentCreated = MetricSeries::none);
    // Per second; nullopt when the interval is not positive or a value is not a number.
    static std::optional<double> rate(double previous, double current, double seconds,
                                      double previousCreated = MetricSeries::none,
                                      double currentCreated = MetricSeries::none);

    // The rate of each series of a counter (or untyped) family present in
    // both scrapes and matching `match`. Series new in `current` have no rate yet.
    static QList<SeriesValue> rates(const MetricFamily &previous, const MetricFamily &current, double seconds,
                                    const QList<LabelMatcher> &match = {});

    // Bucket, sum and count increases of each histogram series present in
    // both scrapes with the same bucket layout and matching `match`.
    static QList<HistogramSeries> increases(const MetricFamily &previous, const MetricFamily &current,
                                            const QList<LabelMatcher> &match = {});
};

} // namespace phc
