#include "metrics/ratecalculator.h"

#include <QTest>

#include <limits>

using namespace phc;

namespace {

constexpr double notANumber = std::numeric_limits<double>::quiet_NaN();

} // namespace

class TestRateCalculator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void increase_data()
    {
        QTest::addColumn<double>("previous");
        QTest::addColumn<double>("current");
        QTest::addColumn<double>("previousCreated");
        QTest::addColumn<double>("currentCreated");
        QTest::addColumn<double>("expected");
        QTest::newRow("grows") << 10.0 << 15.0 << notANumber << notANumber << 5.0;
        QTest::newRow("flat") << 10.0 << 10.0 << notANumber << notANumber << 0.0;
        // A drop means the process restarted and counted 3 since: the increase is 3.
        QTest::newRow("reset") << 15.0 << 3.0 << notANumber << notANumber << 3.0;
        QTest::newRow("reset to zero") << 15.0 << 0.0 << notANumber << notANumber << 0.0;
        // Restarted and already counted past the old value: only _created tells.
        QTest::newRow("reset seen by _created") << 10.0 << 15.0 << 100.0 << 200.0 << 15.0;
        QTest::newRow("same _created") << 10.0 << 15.0 << 100.0 << 100.0 << 5.0;
        QTest::newRow("_created appears") << 10.0 << 15.0 << notANumber << 100.0 << 5.0;
    }

    void increase()
    {
        QFETCH(double, previous);
        QFETCH(double, current);
        QFETCH(double, previousCreated);
        QFETCH(double, currentCreated);
        QFETCH(double, expected);
        QCOMPARE(RateCalculator::increase(previous, current, previousCreated, currentCreated), expected);
    }

    void rate()
    {
        QCOMPARE(RateCalculator::rate(10, 40, 10), std::optional<double>(3.0));
        QCOMPARE(RateCalculator::rate(100, 20, 10), std::optional<double>(2.0)); // reset: 20 in 10 s
        QCOMPARE(RateCalculator::rate(10, 40, 0), std::nullopt);
        QCOMPARE(RateCalculator::rate(10, 40, -5), std::nullopt);
        QCOMPARE(RateCalculator::rate(notANumber, 40, 5), std::nullopt);
        QCOMPARE(RateCalculator::rate(10, notANumber, 5), std::nullopt);
        QCOMPARE(RateCalculator::rate(10, 40, std::numeric_limits<double>::infinity()), std::nullopt);
    }

    void ratesPerSeries()
    {
        const auto before = MetricsSnapshot::parse("# TYPE req counter\n"
                                                   "req{pod=\"a\",code=\"200\"} 100\n"
                                                   "req{pod=\"b\",code=\"200\"} 500\n"
                                                   "req{pod=\"c\",code=\"500\"} 7\n");
        const auto after = MetricsSnapshot::parse("# TYPE req counter\n"
                                                  "req{pod=\"a\",code=\"200\"} 150\n"
                                                  "req{pod=\"b\",code=\"200\"} 20\n"  // pod b restarted
                                                  "req{pod=\"c\",code=\"500\"} 7\n"
                                                  "req{pod=\"d\",code=\"200\"} 9\n"); // new: no rate yet
        const QList<SeriesValue> r = RateCalculator::rates(*before.family("req"), *after.family("req"), 10);
        QCOMPARE(r.size(), 3);
        QCOMPARE(r[0].labels.value("pod").value_or(""), QByteArrayView("a"));
        QCOMPARE(r[0].value, 5.0); // (150 - 100) / 10
        QCOMPARE(r[1].value, 2.0); // reset: 20 / 10
        QCOMPARE(r[2].value, 0.0);
        const QList<SeriesValue> ok = RateCalculator::rates(*before.family("req"), *after.family("req"), 10, {{"code", "200"}});
        QCOMPARE(ok.size(), 2);
    }

    void histogramIncreases()
    {
        const auto before = MetricsSnapshot::parse("# TYPE h histogram\n"
                                                   "h_bucket{pod=\"a\",le=\"1\"} 10\nh_bucket{pod=\"a\",le=\"+Inf\"} 20\nh_sum{pod=\"a\"} 30\nh_count{pod=\"a\"} 20\n"
                                                   "h_bucket{pod=\"b\",le=\"1\"} 50\nh_bucket{pod=\"b\",le=\"+Inf\"} 60\nh_sum{pod=\"b\"} 70\nh_count{pod=\"b\"} 60\n"
                                                   "h_bucket{pod=\"c\",le=\"1\"} 1\nh_bucket{pod=\"c\",le=\"+Inf\"} 1\nh_count{pod=\"c\"} 1\n");
        const auto after = MetricsSnapshot::parse("# TYPE h histogram\n"
                                                  "h_bucket{pod=\"a\",le=\"1\"} 14\nh_bucket{pod=\"a\",le=\"+Inf\"} 26\nh_sum{pod=\"a\"} 39\nh_count{pod=\"a\"} 26\n"
                                                  "h_bucket{pod=\"b\",le=\"1\"} 2\nh_bucket{pod=\"b\",le=\"+Inf\"} 3\nh_sum{pod=\"b\"} 4\nh_count{pod=\"b\"} 3\n"
                                                  "h_bucket{pod=\"c\",le=\"2\"} 1\nh_bucket{pod=\"c\",le=\"+Inf\"} 2\nh_count{pod=\"c\"} 2\n");
        const QList<HistogramSeries> inc = RateCalculator::increases(*before.family("h"), *after.family("h"));
        QCOMPARE(inc.size(), 2); // pod c changed its buckets: a new histogram, no increase yet
        QCOMPARE(inc[0].buckets[0].count, 4.0);
        QCOMPARE(inc[0].buckets[1].count, 6.0);
        QCOMPARE(inc[0].sum, 9.0);
        QCOMPARE(inc[0].count, 6.0);
        // pod b restarted: its increase is what it counted since.
        QCOMPARE(inc[1].buckets[0].count, 2.0);
        QCOMPARE(inc[1].buckets[1].count, 3.0);
        QCOMPARE(inc[1].count, 3.0);
    }

    // A bucket dropping while the count did not still means a reset.
    void histogramResetSeenInABucket()
    {
        const auto before = MetricsSnapshot::parse("# TYPE h histogram\nh_bucket{le=\"1\"} 5\nh_bucket{le=\"+Inf\"} 10\nh_count 10\n");
        const auto after = MetricsSnapshot::parse("# TYPE h histogram\nh_bucket{le=\"1\"} 4\nh_bucket{le=\"+Inf\"} 12\nh_count 12\n");
        const auto inc = RateCalculator::increases(*before.family("h"), *after.family("h"));
        QCOMPARE(inc.size(), 1);
        QCOMPARE(inc[0].buckets[0].count, 4.0);
        QCOMPARE(inc[0].buckets[1].count, 12.0);
    }
};

QTEST_GUILESS_MAIN(TestRateCalculator)
#include "tst_ratecalculator.moc"
