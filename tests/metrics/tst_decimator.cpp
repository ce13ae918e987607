#include "metrics/decimator.h"
#include "metrics/ringbuffer.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <limits>

using namespace phc;

namespace {

QList<TimePoint> series(qint64 from, qint64 step, int n, quint32 seed)
{
    QRandomGenerator rng(seed);
    QList<TimePoint> out;
    for (int i = 0; i < n; ++i)
        out << TimePoint {from + i * step, rng.generateDouble() * 100};
    return out;
}

int columnOf(qint64 t, qint64 from, qint64 to, int width)
{
    return int((double(t - from) * width) / (double(to - from) + 1));
}

} // namespace

class TestDecimator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // 24 h of 5 s points into 800 px: at most 2 points per column plus the
    // two neighbours, each column's min and max kept, all taken from the input.
    void boundsAndExtremes_data()
    {
        QTest::addColumn<int>("points");
        QTest::addColumn<int>("width");
        QTest::newRow("day into 800 px") << 17280 << 800;
        QTest::newRow("day into 1 px") << 17280 << 1;
        QTest::newRow("fewer points than columns") << 100 << 1000;
        QTest::newRow("odd width") << 5000 << 333;
    }

    void boundsAndExtremes()
    {
        QFETCH(int, points);
        QFETCH(int, width);
        const QList<TimePoint> in = series(1'000'000, 5000, points, 7);
        // A window inside the data, so that both neighbours exist.
        const qint64 from = in[10].timeMs + 1, to = in[points - 10].timeMs - 1;
        const QList<TimePoint> out = Decimator::decimate(in, from, to, width);
        QVERIFY(out.size() <= 2 * width + 2);
        QCOMPARE(out.first(), in[10]);
        QCOMPARE(out.last(), in[points - 10]);
        for (qsizetype i = 1; i < out.size(); ++i)
            QVERIFY(out[i - 1].timeMs < out[i].timeMs);
        for (const TimePoint &p : out)
            QVERIFY(in.contains(p));
        // Per column, the input's min and max are in the output.
        QHash<int, std::pair<double, double>> extremes;
        for (const TimePoint &p : in) {
            if (p.timeMs < from || p.timeMs > to)
                continue;
            const int c = columnOf(p.timeMs, from, to, width);
            QVERIFY(c >= 0 && c < width);
            auto it = extremes.find(c);
            if (it == extremes.end())
                extremes.insert(c, {p.value, p.value});
            else
                *it = {std::min(it->first, p.value), std::max(it->second, p.value)};
        }
        QHash<int, int> perColumn;
        for (qsizetype i = 1; i + 1 < out.size(); ++i)
            ++perColumn[columnOf(out[i].timeMs, from, to, width)];
        for (auto it = extremes.cbegin(); it != extremes.cend(); ++it) {
            QVERIFY(perColumn.value(it.key()) >= 1 && perColumn.value(it.key()) <= 2);
            bool min = false, max = false;
            for (const TimePoint &p : out) {
                if (p.timeMs < from || p.timeMs > to || columnOf(p.timeMs, from, to, width) != it.key())
                    continue;
                min = min || p.value == it->first;
                max = max || p.value == it->second;
            }
            QVERIFY(min && max);
        }
    }

    void spikeSurvives()
    {
        QList<TimePoint> in;
        for (int i = 0; i < 10000; ++i)
            in << TimePoint {i, i == 4321 ? 1e6 : 1.0};
        const auto out = Decimator::decimate(in, 0, 9999, 10);
        QVERIFY(out.contains(TimePoint {4321, 1e6}));
        QVERIFY(out.size() <= 20);
    }

    void fewPointsPassThrough()
    {
        const QList<TimePoint> in {{0, 1}, {10, 2}, {20, 3}};
        QCOMPARE(Decimator::decimate(in, 0, 20, 100), in);
        QCOMPARE(Decimator::decimate(in, 5, 15, 100), in); // neighbours on both sides
        QCOMPARE(Decimator::decimate(in, 25, 30, 100), (QList<TimePoint> {{20, 3}}));
    }

    void edgeCases()
    {
        const QList<TimePoint> in {{0, 1}, {10, 2}};
        QVERIFY(Decimator::decimate(QList<TimePoint>(), 0, 10, 10).isEmpty());
        QVERIFY(Decimator::decimate(in, 10, 0, 10).isEmpty());
        QVERIFY(Decimator::decimate(in, 0, 10, 0).isEmpty());
        QCOMPARE(Decimator::decimate(in, 5, std::numeric_limits<qint64>::max(), 10), in);
    }

    void nanIsAGap()
    {
        const double nan = std::nan("");
        const QList<TimePoint> in {{0, 1}, {1, nan}, {2, 3}, {100, nan}, {101, nan}, {200, 5}};
        const auto out = Decimator::decimate(in, 0, 299, 3); // columns of 100 ms
        QCOMPARE(out.size(), 4);
        QCOMPARE(out[0], (TimePoint {0, 1}));
        QCOMPARE(out[1], (TimePoint {2, 3}));
        QCOMPARE(out[2].timeMs, 100);
        QVERIFY(std::isnan(out[2].value));
        QCOMPARE(out[3], (TimePoint {200, 5}));
    }

    void worksOnARingBuffer()
    {
        RingBuffer<TimePoint> ring(dayAt5sPoints);
        for (qint64 i = 0; i < dayAt5sPoints + 500; ++i)
            ring.push({i * 5000, double(i % 97)});
        const qint64 to = ring.last().timeMs, from = to - 3600 * 1000;
        const auto out = Decimator::decimate(ring, from, to, 600);
        QVERIFY(out.size() <= 2 * 600 + 2);
        QCOMPARE(out.last(), ring.last());
        QVERIFY(out.first().timeMs < from);
    }
};

QTEST_GUILESS_MAIN(TestDecimator)
#include "tst_decimator.moc"
