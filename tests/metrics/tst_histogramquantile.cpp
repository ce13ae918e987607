#include "metrics/histogramquantile.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace phc;

namespace {

constexpr double inf = std::numeric_limits<double>::infinity();
constexpr double notANumber = std::numeric_limits<double>::quiet_NaN();

using Buckets = QList<HistogramBucket>;

// le 0.1: 10, 0.5: 30, 1: 40, +Inf: 50 (cumulative)
Buckets basic() { return {{0.1, 10}, {0.5, 30}, {1, 40}, {inf, 50}}; }

} // namespace

class TestHistogramQuantile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Expected values worked out by hand with Prometheus' rules:
    // rank = q * total; b = first bucket (not +Inf) with count >= rank;
    // result = start(b) + (end(b) - start(b)) * (rank - count(b-1)) / (count(b) - count(b-1)),
    // start(0) = 0 when the lowest bound is positive.
    void quantile_data()
    {
        QTest::addColumn<Buckets>("buckets");
        QTest::addColumn<double>("q");
        QTest::addColumn<double>("expected");

        // rank 25 -> bucket 0.5 (30): 0.1 + 0.4 * (25 - 10) / (30 - 10) = 0.1 + 0.3 = 0.4
        QTest::newRow("p50 interpolates") << basic() << 0.5 << 0.4;
        // rank 5 -> bucket 0.1 (10), lower bound 0: 0 + 0.1 * 5 / 10 = 0.05
        QTest::newRow("lowest bucket starts at 0") << basic() << 0.1 << 0.05;
        // rank 40 -> bucket 1 (40): 0.5 + 0.5 * (40 - 30) / (40 - 30) = 1.0
        QTest::newRow("rank on a boundary") << basic() << 0.8 << 1.0;
        // rank 47.5 > 40: only +Inf holds it -> the second-highest bound, 1
        QTest::newRow("p95 in +Inf bucket") << basic() << 0.95 << 1.0;
        QTest::newRow("p99 in +Inf bucket") << basic() << 0.99 << 1.0;
        // rank 50 -> +Inf -> 1
        QTest::newRow("q = 1") << basic() << 1.0 << 1.0;
        // rank 0 -> bucket 0.1: 0 + 0.1 * 0 / 10 = 0
        QTest::newRow("q = 0") << basic() << 0.0 << 0.0;
        QTest::newRow("q < 0") << basic() << -0.5 << -inf;
        QTest::newRow("q > 1") << basic() << 1.5 << inf;
        QTest::newRow("q NaN") << basic() << notANumber << notANumber;
        QTest::newRow("no +Inf bucket") << Buckets {{0.1, 1}, {1, 2}} << 0.5 << notANumber;
        QTest::newRow("only +Inf: fewer than 2 buckets") << Buckets {{inf, 10}} << 0.5 << notANumber;
        QTest::newRow("no buckets") << Buckets {} << 0.5 << notANumber;
        QTest::newRow("no observations") << Buckets {{0.1, 0}, {1, 0}, {inf, 0}} << 0.5 << notANumber;
        // Lowest bound <= 0: a rank in the lowest bucket returns its bound, -1.
        QTest::newRow("negative lowest bound") << Buckets {{-1, 5}, {0, 8}, {inf, 10}} << 0.25 << -1.0;
        // rank 6 -> bucket 0 (8): -1 + (0 - -1) * (6 - 5) / (8 - 5) = -1 + 1/3
        QTest::newRow("negative bounds interpolate") << Buckets {{-1, 5}, {0, 8}, {inf, 10}} << 0.6 << -1.0 + 1.0 / 3.0;
        // Counts 10, 8, 15, 20 are fixed up to 10, 10, 15, 20. rank 12 -> bucket 3 (15):
        // 2 + (3 - 2) * (12 - 10) / (15 - 10) = 2.4 (unfixed it would be 2 + 4/7).
        QTest::newRow("non-monotonic fixed up") << Buckets {{1, 10}, {2, 8}, {3, 15}, {inf, 20}} << 0.6 << 2.4;
        // rank 10 -> bucket 1 (10 after the fix-up): 0 + 1 * 10 / 10 = 1
        QTest::newRow("fixed-up bucket reached") << Buckets {{1, 10}, {2, 8}, {3, 15}, {inf, 20}} << 0.5 << 1.0;
        // Unsorted with le=1 twice (4 + 6): 0.5: 2, 1: 10, +Inf: 20. rank 6 -> bucket 1:
        // 0.5 + 0.5 * (6 - 2) / (10 - 2) = 0.75
        QTest::newRow("unsorted, equal bounds merged") << Buckets {{inf, 20}, {1, 4}, {0.5, 2}, {1, 6}} << 0.3 << 0.75;
        // Two buckets: 1: 4, +Inf: 8. rank 2 -> 0 + 1 * 2 / 4 = 0.5; rank 6 -> +Inf -> 1
        QTest::newRow("two buckets, low") << Buckets {{1, 4}, {inf, 8}} << 0.25 << 0.5;
        QTest::newRow("two buckets, high") << Buckets {{1, 4}, {inf, 8}} << 0.75 << 1.0;
    }

    void quantile()
    {
        QFETCH(Buckets, buckets);
        QFETCH(double, q);
        QFETCH(double, expected);
        const double got = histogramQuantile(q, buckets);
        if (std::isnan(expected))
            QVERIFY2(std::isnan(got), qPrintable(QString::number(got)));
        else
            QCOMPARE(got, expected);
    }

    void mergeBuckets()
    {
        Buckets b {{inf, 5}, {1, 2}, {0.5, 1}, {1, 3}, {inf, 1}};
        phc::mergeBuckets(b);
        QCOMPARE(b, (Buckets {{0.5, 1}, {1, 5}, {inf, 6}}));
        Buckets empty;
        phc::mergeBuckets(empty);
        QVERIFY(empty.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHistogramQuantile)
#include "tst_histogramquantile.moc"
