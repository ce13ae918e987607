#pragma once

#include "labelset.h"
#include "metricssnapshot.h"

#include <QList>

namespace phc {

// One number per label set: a gauge's value, a counter's rate.
struct SeriesValue
{
    LabelSet labels;
    double value = 0;
};

// A histogram's buckets (cumulative counts) for one label set.
struct HistogramSeries
{
    LabelSet labels;
    QList<HistogramBucket> buckets;
    double sum = MetricSeries::none;
    double count = MetricSeries::none;
};

// Which labels survive an aggregation, as PromQL's "by (...)" and
// "without (...)". The default, by nothing, sums everything into one series.
struct Grouping
{
    enum class Mode { By, Without };
    Mode mode = Mode::By;
    QList<QByteArray> labels;

    static Grouping by(QList<QByteArray> names) { return {Mode::By, std::move(names)}; }
    static Grouping without(QList<QByteArray> names) { return {Mode::Without, std::move(names)}; }
    // Sums replicas of one service: drops what tells pods apart.
    static Grouping acrossReplicas()
    {
        return without({"instance", "pod", "pod_name", "kubernetes_pod_name", "container_id"});
    }

    LabelSet apply(const LabelSet &series) const
    {
        return mode == Mode::By ? series.keepOnly(labels) : series.without(labels);
    }
};

} // namespace phc
