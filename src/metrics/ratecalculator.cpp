#include "ratecalculator.h"

#include <cmath>

namespace phc {

namespace {

bool createdChanged(double previous, double current)
{
    return !std::isnan(previous) && !std::isnan(current) && previous != current;
}

} // namespace

double RateCalculator::increase(double previous, double current, double previousCreated, double currentCreated)
{
    if (current < previous || createdChanged(previousCreated, currentCreated))
        return current;
    return current - previous;
}

std::optional<double> RateCalculator::rate(double previous, double current, double seconds, double previousCreated,
                                           double currentCreated)
{
    if (!(seconds > 0) || std::isnan(previous) || std::isnan(current) || std::isinf(seconds))
        return std::nullopt;
    const double inc = increase(previous, current, previousCreated, currentCreated);
    if (std::isnan(inc))
        return std::nullopt;
    return inc / seconds;
}

QList<SeriesValue> RateCalculator::rates(const MetricFamily &previous, const MetricFamily &current, double seconds,
                                         const QList<LabelMatcher> &match)
{
    QList<SeriesValue> out;
    for (const MetricSeries &cur : current.series) {
        if (!cur.labels.matches(match))
            continue;
        const MetricSeries *prev = previous.find(cur.labels);
        if (!prev)
            continue;
        if (const auto r = rate(prev->value, cur.value, seconds, prev->created, cur.created))
            out.append({cur.labels, *r});
    }
    return out;
}

QList<HistogramSeries> RateCalculator::increases(const MetricFamily &previous, const MetricFamily &current,
                                                 const QList<LabelMatcher> &match)
{
    QList<HistogramSeries> out;
    for (const MetricSeries &cur : current.series) {
        if (!cur.labels.matches(match))
            continue;
        const MetricSeries *prev = previous.find(cur.labels);
        if (!prev || prev->buckets.size() != cur.buckets.size())
            continue;
        bool sameLayout = true;
        bool reset = cur.count < prev->count || createdChanged(prev->created, cur.created);
        for (qsizetype i = 0; i < cur.buckets.size() && sameLayout; ++i) {
            sameLayout = cur.buckets[i].upperBound == prev->buckets[i].upperBound;
            reset = reset || cur.buckets[i].count < prev->buckets[i].count;
        }
        if (!sameLayout)
            continue; // a changed layout is a new histogram: no increase yet
        HistogramSeries h;
        h.labels = cur.labels;
        h.buckets = cur.buckets;
        h.sum = cur.sum;
        h.count = cur.count;
        if (!reset) {
            for (qsizetype i = 0; i < h.buckets.size(); ++i)
                h.buckets[i].count -= prev->buckets[i].count;
            h.sum -= prev->sum;
            h.count -= prev->count;
        }
        out.append(std::move(h));
    }
    return out;
}

} // namespace phc
