#include "wizardtestsupport.h"
#include "dashboardtestsupport.h"

#include "monitor/demoinstance.h"
#include "shell/application.h"

#include <QApplication>
#include <QStandardPaths>

using namespace phc;
using namespace phcuitest;

// Half an hour of watching, on a clock that runs ahead: the dashboard polls
// the demo instance every simulated second and its memory must stay flat.
// The bound is on growth, not speed: history lives in fixed ring buffers,
// probe sparklines keep a fixed number of points, and each scrape's
// snapshot replaces the one before.
class TestDashboardLongRun : public QObject
{
    Q_OBJECT

    // Growth allowed from the end of the warm-up to the end of the run:
    // room for allocator noise, far below what keeping every scrape
    // (some 30 KB each) or every point would take.
    static constexpr qint64 maxGrowthKiB = 6 * 1024;

private Q_SLOTS:
    void initTestCase() { isolateSettings(); }

    void thirtyMinutesAtOneSecondKeepMemoryFlat()
    {
        ManualClock clock(QDateTime::currentMSecsSinceEpoch());
        DashboardView dashboard(nullptr, nullptr);
        dashboard.resize(1200, 860);
        dashboard.setClock(clock.clock());
        QVERIFY(dashboard.startDemo());
        dashboard.setWindow(DashboardView::Window::Day);

        // Five minutes to fill what is filled once: caches, pools, the first points.
        runRounds(&dashboard, clock, 300, 1000);
        const qint64 historyBytes = dashboard.monitor()->historyBytes();
        QVERIFY(phctest::heap::counting());
        const qint64 warm = heapKiB();
        const qint64 warmResident = residentKiB();
        QVERIFY(warm > 0);

        runRounds(&dashboard, clock, 1500, 1000);
        const qint64 end = heapKiB();
        const qint64 endResident = residentKiB();
        qInfo("heap: %lld KiB after 5 minutes, %lld KiB after 30 (%+lld KiB); resident %+lld KiB", warm, end,
              end - warm, endResident - warmResident);
        QVERIFY2(end - warm < maxGrowthKiB, qPrintable(QStringLiteral("the heap grew by %1 KiB").arg(end - warm)));
        // The history was allocated once, at the start.
        QCOMPARE(dashboard.monitor()->historyBytes(), historyBytes);
        QCOMPARE(dashboard.monitor()->history(KeyMetric::QueueSize).size(), 1801); // a point per round
        QCOMPARE(dashboard.monitor()->rounds(), 1801); // the start ran one
        for (const ProbeState &p : dashboard.monitor()->status().probes)
            QVERIFY(p.latencyHistory.size() <= 360);
    }
};

QTEST_MAIN(TestDashboardLongRun)
#include "tst_dashboard_longrun.moc"
