#include "metrics/aggregation.h"
#include "metrics/histogramquantile.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace phc;

namespace {

constexpr double inf = std::numeric_limits<double>::infinity();

const QByteArray requests = "# TYPE req gauge\n"
                            "req{instance=\"10.0.0.1:8001\",pod=\"web-1\",code=\"200\"} 10\n"
                            "req{instance=\"10.0.0.2:8001\",pod=\"web-2\",code=\"200\"} 20\n"
                            "req{instance=\"10.0.0.1:8001\",pod=\"web-1\",code=\"500\"} 1\n"
                            "req{instance=\"10.0.0.2:8001\",pod=\"web-2\",code=\"500\"} NaN\n";

} // namespace

class TestAggregation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sumEverything()
    {
        const auto s = MetricsSnapshot::parse(requests);
        const auto total = Aggregation::sum(Aggregation::values(*s.family("req")));
        QCOMPARE(total.size(), 1);
        QVERIFY(total[0].labels.isEmpty());
        QCOMPARE(total[0].value, 31.0); // NaN is left out
    }

    void sumBy()
    {
        const auto s = MetricsSnapshot::parse(requests);
        const auto byCode = Aggregation::sum(Aggregation::values(*s.family("req")), Grouping::by({"code"}));
        QCOMPARE(byCode.size(), 2);
        QCOMPARE(byCode[0].labels.toString(), QStringLiteral("{code=\"200\"}"));
        QCOMPARE(byCode[0].value, 30.0);
        QCOMPARE(byCode[1].value, 1.0);
    }

    // Replicas of one service fold into one series per remaining label set.
    void sumAcrossReplicas()
    {
        const auto s = MetricsSnapshot::parse(requests);
        const auto folded = Aggregation::sum(Aggregation::values(*s.family("req")), Grouping::acrossReplicas());
        QCOMPARE(folded.size(), 2);
        QCOMPARE(folded[0].labels.toString(), QStringLiteral("{code=\"200\"}"));
        QCOMPARE(folded[0].value, 30.0);
        const auto without = Aggregation::sum(Aggregation::values(*s.family("req")), Grouping::without({"pod"}));
        QCOMPARE(without.size(), 4); // instance still tells them apart
    }

    void groupOfOnlyNaNIsNaN()
    {
        const QList<SeriesValue> in {{LabelSet::fromPairs({{"a", "1"}}), std::nan("")}};
        const auto out = Aggregation::sum(in);
        QCOMPARE(out.size(), 1);
        QVERIFY(std::isnan(out[0].value));
        QVERIFY(Aggregation::sum(QList<SeriesValue>()).isEmpty());
    }

    void valuesFilteredByLabels()
    {
        const auto s = MetricsSnapshot::parse(requests);
        QCOMPARE(Aggregation::values(*s.family("req"), {{"code", "500"}}).size(), 2);
    }

    // Two pods' buckets summed by le, then the quantile of the sum:
    // a {0.1: 1, 1: 3, +Inf: 4} + b {0.1: 3, 1: 5, +Inf: 6} = {0.1: 4, 1: 8, +Inf: 10}
    // p50: rank 5 -> bucket 1 (8): 0.1 + 0.9 * (5 - 4) / (8 - 4) = 0.325
    void histogramsAcrossReplicas()
    {
        const auto s = MetricsSnapshot::parse("# TYPE lat histogram\n"
                                              "lat_bucket{pod=\"a\",le=\"0.1\"} 1\nlat_bucket{pod=\"a\",le=\"1\"} 3\nlat_bucket{pod=\"a\",le=\"+Inf\"} 4\n"
                                              "lat_sum{pod=\"a\"} 2\nlat_count{pod=\"a\"} 4\n"
                                              "lat_bucket{pod=\"b\",le=\"0.1\"} 3\nlat_bucket{pod=\"b\",le=\"1\"} 5\nlat_bucket{pod=\"b\",le=\"+Inf\"} 6\n"
                                              "lat_sum{pod=\"b\"} 1\nlat_count{pod=\"b\"} 6\n");
        const auto sum = Aggregation::sum(Aggregation::histograms(*s.family("lat")));
        QCOMPARE(sum.size(), 1);
        QCOMPARE(sum[0].buckets, (QList<HistogramBucket> {{0.1, 4}, {1, 8}, {inf, 10}}));
        QCOMPARE(sum[0].sum, 3.0);
        QCOMPARE(sum[0].count, 10.0);
        QCOMPARE(histogramQuantile(0.5, sum[0].buckets), 0.325);
        const auto perPod = Aggregation::sum(Aggregation::histograms(*s.family("lat")), Grouping::by({"pod"}));
        QCOMPARE(perPod.size(), 2);
    }

    void histogramsWithDifferentLayouts()
    {
        const QList<HistogramSeries> in {
            {LabelSet::fromPairs({{"pod", "a"}}), {{0.5, 2}, {inf, 4}}, 1, 4},
            {LabelSet::fromPairs({{"pod", "b"}}), {{1, 3}, {inf, 5}}, 2, 5},
        };
        const auto sum = Aggregation::sum(in);
        QCOMPARE(sum[0].buckets, (QList<HistogramBucket> {{0.5, 2}, {1, 3}, {inf, 9}}));
    }
};

QTEST_GUILESS_MAIN(TestAggregation)
#include "tst_aggregation.moc"
