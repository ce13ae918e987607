#pragma once

#include <QString>

namespace phc {

class MainWindow;

// Walks the real window through every wizard page with the guide's example
// and saves one PNG per page, then the dashboard's (for the README; run
// under Xvfb).
namespace Screenshots {

bool capture(MainWindow &window, const QString &dir);
// The dashboard's three tabs on the demo instance after half an hour of
// simulated watching (10-dashboard, 11-cost, 12-diagnostics), then
// captureOperate.
bool captureDashboard(MainWindow &window, const QString &dir);
// PostHog's System status tab, the async migrations with the upgrade check,
// and the Review page's upgrade check (13-system-status, 14-migrations-upgrade,
// 15-review-upgrade); after captureDashboard.
bool captureOperate(MainWindow &window, const QString &dir);

} // namespace Screenshots

} // namespace phc
