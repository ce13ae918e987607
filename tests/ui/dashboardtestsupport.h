#pragma once

// Helpers for tests that watch the demo instance through the dashboard.

#include "dashboard/dashboardview.h"
#include "monitor/clock.h"
#include "monitor/instancemonitor.h"

#include "memorytestsupport.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>

namespace phcuitest {

// Rounds on the simulated clock: `count` of them `stepMs` apart, each
// waited for, so minutes of watching take a moment.
inline void runRounds(phc::DashboardView *dashboard, phc::ManualClock &clock, int count, qint64 stepMs = 5000)
{
    phc::InstanceMonitor *monitor = dashboard->monitor();
    monitor->stop();
    for (int i = 0; i < count; ++i) {
        QTRY_VERIFY_WITH_TIMEOUT(!monitor->roundInProgress(), 20000);
        clock.advance(stepMs);
        QSignalSpy finished(monitor, &phc::InstanceMonitor::roundFinished);
        QVERIFY(monitor->roundOnce());
        QVERIFY(finished.wait(20000));
    }
}

// The process's resident memory in KiB (0 when unreadable), for information.
inline qint64 residentKiB()
{
    return std::max<qint64>(0, phctest::procStatusKiB("VmRSS"));
}

// The bytes the process holds in heap blocks, in KiB (allocationcounter.cpp).
inline qint64 heapKiB()
{
    return phctest::heap::liveBytes() / 1024;
}

} // namespace phcuitest
