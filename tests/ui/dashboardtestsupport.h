#pragma once

// Helpers for tests that watch the demo instance through the dashboard.

#include "dashboard/dashboardview.h"
#include "monitor/clock.h"
#include "monitor/instancemonitor.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

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

// The process's resident memory in KiB, from /proc/self/status (0 when unreadable).
inline qint64 residentKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    return 0;
}

} // namespace phcuitest
