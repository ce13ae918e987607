#include "screenshots.h"

#include "common/profiledocument.h"
#include "dashboard/dashboardview.h"
#include "dashboard/diagnosticspanel.h"
#include "dashboard/systemstatuspanel.h"
#include "monitor/instancemonitor.h"
#include "mainwindow.h"
#include "wizard/exportpage.h"
#include "wizard/reviewpage.h"
#include "wizard/wizardpage.h"
#include "wizard/wizardview.h"

#include <QApplication>
#include <QDateTime>
#include <QPlainTextEdit>
#include <QDir>
#include <QElapsedTimer>
#include <QGroupBox>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QThread>
#include <QTreeWidget>

#include <cstdio>

namespace phc {

namespace {

void settle(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms) {
        QApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(10);
    }
}

bool save(QWidget &window, const QString &path)
{
    settle(250);
    const bool ok = window.grab().save(path, "PNG");
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

} // namespace

bool Screenshots::capture(MainWindow &window, const QString &dir)
{
    if (!QDir().mkpath(dir))
        return false;
    window.resize(1100, 800);
    settle(300);
    bool ok = save(window, QDir(dir).filePath(QStringLiteral("01-start.png")));
    window.newFromExample();
    WizardView *wizard = window.wizard();
    QTemporaryDir exportDir;
    wizard->exportPage()->setFolder(exportDir.path());
    const QStringList names {QStringLiteral("start"),      QStringLiteral("cluster"), QStringLiteral("domain"),
                             QStringLiteral("databases"),  QStringLiteral("sizing"),  QStringLiteral("operations"),
                             QStringLiteral("secrets"),    QStringLiteral("review"),  QStringLiteral("export")};
    ReviewPage *review = wizard->reviewPage();
    for (int i = 1; i < wizard->pageCount(); ++i) {
        wizard->goTo(i);
        if (wizard->page(i) == review)
            review->ui.filesTabs->setCurrentWidget(review->editorFor(QStringLiteral("helm/values.yaml")));
        ok = save(window, QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(i + 1, 2, 10, QChar(u'0')).arg(names.value(i))))
            && ok;
    }
    // The review page comparing with an earlier export, after one change.
    wizard->exportPage()->exportFiles();
    window.document()->edit([](DeploymentProfile &p) { p.sizing.monthlyEvents = 5000000; });
    wizard->regenerateNow();
    wizard->goTo(wizard->pageCount() - 2);
    review->setCompare(ReviewPage::Compare::ExportFolder);
    review->ui.filesTabs->setCurrentWidget(review->editorFor(QStringLiteral("helm/values.yaml")));
    ok = save(window, QDir(dir).filePath(QStringLiteral("08b-review-diff.png"))) && ok;
    // Leave without the unsaved-changes prompt.
    window.document()->reset(window.document()->profile(), QString(), false);
    return captureDashboard(window, dir) && ok;
}

bool Screenshots::captureDashboard(MainWindow &window, const QString &dir)
{
    // Half an hour of the demo instance, on a clock that runs ahead so the
    // charts have a history to show.
    ManualClock clock(QDateTime::currentMSecsSinceEpoch() - 30 * 60 * 1000);
    DashboardView *dashboard = window.dashboard();
    dashboard->setClock(clock.clock());
    window.showDashboard();
    if (!dashboard->startDemo())
        return false;
    InstanceMonitor *monitor = dashboard->monitor();
    SystemStatusPanel *status = dashboard->systemStatusPanel();
    monitor->stop();
    for (int i = 0; i < 360; ++i) {
        QElapsedTimer waited;
        waited.start();
        while (monitor->roundInProgress() && waited.elapsed() < 5000)
            QApplication::processEvents(QEventLoop::AllEvents, 20);
        clock.advance(5000);
        monitor->roundOnce();
        // PostHog's System status once a simulated minute, for the check charts.
        if (i % 12 == 11) {
            const int before = status->rounds();
            status->refresh();
            waited.restart();
            while (status->rounds() == before && waited.elapsed() < 5000)
                QApplication::processEvents(QEventLoop::AllEvents, 20);
        }
    }
    settle(500);
    dashboard->setWindow(DashboardView::Window::OneHour);
    dashboard->tabs()->setCurrentIndex(0);
    bool ok = save(window, QDir(dir).filePath(QStringLiteral("10-dashboard.png")));
    dashboard->tabs()->setCurrentIndex(1);
    ok = save(window, QDir(dir).filePath(QStringLiteral("11-cost.png"))) && ok;
    dashboard->tabs()->setCurrentIndex(2);
    DiagnosticsPanel *diagnostics = dashboard->diagnosticsPanel();
    diagnostics->run();
    QElapsedTimer waited;
    waited.start();
    while (!diagnostics->runButton()->isEnabled() && waited.elapsed() < 20000)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    ok = save(window, QDir(dir).filePath(QStringLiteral("12-diagnostics.png"))) && ok;
    return captureOperate(window, dir) && ok;
}

bool Screenshots::captureOperate(MainWindow &window, const QString &dir)
{
    // Half an hour in, 0009 runs and 0010 has errored (the demo's incident).
    DashboardView *dashboard = window.dashboard();
    SystemStatusPanel *status = dashboard->systemStatusPanel();
    dashboard->tabs()->setCurrentWidget(status);
    status->checks()->scrollToTop();
    // The tab itself, whole: at the window's default size the dashboard scrolls it.
    bool ok = save(*status, QDir(dir).filePath(QStringLiteral("13-system-status.png")));
    status->upgradeTarget()->setText(QStringLiteral("release-1.44.0"));
    status->checkUpgrade();
    auto *migrations = status->findChild<QGroupBox *>(QStringLiteral("asyncMigrationsBox"));
    ok = migrations && save(*migrations, QDir(dir).filePath(QStringLiteral("14-migrations-upgrade.png"))) && ok;
    // The profile moves to the next release: the Review page says what the watched instance needs first.
    window.document()->edit([](DeploymentProfile &p) { p.cluster.imageTag = QStringLiteral("release-1.44.0"); });
    window.showWizard();
    WizardView *wizard = window.wizard();
    wizard->regenerateNow();
    wizard->goTo(wizard->pageCount() - 2);
    ok = save(window, QDir(dir).filePath(QStringLiteral("15-review-upgrade.png"))) && ok;
    window.document()->reset(window.document()->profile(), QString(), false);
    return ok;
}

} // namespace phc
