#include "metrics/decimator.h"
#include "metrics/ringbuffer.h"

#include <QTest>

using namespace phc;

class TestRingBuffer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fillsThenWraps()
    {
        RingBuffer<int> r(4);
        QVERIFY(r.isEmpty());
        QCOMPARE(r.capacity(), 4);
        for (int i = 1; i <= 3; ++i)
            r.push(i);
        QCOMPARE(r.size(), 3);
        QVERIFY(!r.isFull());
        QCOMPARE(r.first(), 1);
        QCOMPARE(r.last(), 3);
        for (int i = 4; i <= 10; ++i)
            r.push(i);
        QVERIFY(r.isFull());
        QCOMPARE(r.size(), 4);
        // Oldest first: 7 8 9 10
        QList<int> seen;
        for (const int v : r)
            seen << v;
        QCOMPARE(seen, (QList<int> {7, 8, 9, 10}));
        QCOMPARE(r[0], 7);
        QCOMPARE(r[3], 10);
        r.clear();
        QVERIFY(r.isEmpty());
        r.push(42);
        QCOMPARE(r.first(), 42);
        QCOMPARE(r.last(), 42);
    }

    // A day of 5-second points, and a day more: the storage never grows.
    void dayOfHistoryDoesNotGrow()
    {
        QCOMPARE(dayAt5sPoints, qsizetype(17280));
        RingBuffer<TimePoint> r(dayAt5sPoints);
        const qsizetype bytes = r.storageBytes();
        QCOMPARE(bytes, qsizetype(17280 * sizeof(TimePoint)));
        for (qint64 i = 0; i < 2 * dayAt5sPoints + 7; ++i)
            r.push({i * 5000, double(i)});
        QCOMPARE(r.size(), dayAt5sPoints);
        QCOMPARE(r.capacity(), dayAt5sPoints);
        QCOMPARE(r.storageBytes(), bytes);
        QCOMPARE(r.first().timeMs, (dayAt5sPoints + 7) * 5000);
        QCOMPARE(r.last().value, double(2 * dayAt5sPoints + 6));
        for (qsizetype i = 1; i < r.size(); ++i)
            QVERIFY(r[i].timeMs - r[i - 1].timeMs == 5000);
    }

    void capacityAtLeastOne()
    {
        RingBuffer<int> r(0);
        QCOMPARE(r.capacity(), 1);
        r.push(1);
        r.push(2);
        QCOMPARE(r.size(), 1);
        QCOMPARE(r.first(), 2);
    }
};

QTEST_GUILESS_MAIN(TestRingBuffer)
#include "tst_ringbuffer.moc"
