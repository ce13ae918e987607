// The dashboard's System status as the rest of the window sees it: the
// upgrade check on the wizard's Review page, the check charts, and the
// notification of a failing check.

#include "adminstandinserver.h"
#include "dashboardtestsupport.h"
#include "wizardtestsupport.h"

#include "dashboard/dashboardview.h"
#include "dashboard/metricchartview.h"
#include "dashboard/sparkline.h"
#include "dashboard/systemstatuspanel.h"

#include "dashboard/costpanel.h"

#include <QChart>
#include <QGroupBox>
#include <QLabel>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTreeWidget>

#include <cmath>

using namespace phc;
using namespace phcuitest;
using namespace phctest;

namespace {

bool refreshOnce(SystemStatusPanel *panel)
{
    QSignalSpy spy(panel, &SystemStatusPanel::refreshed);
    panel->refresh();
    return spy.wait(20000);
}

// The probes of PostHog answer up; everything else is the stand-in's, or `instanceStatus` when given.
AdminStandInServer::Handler probesUp(const QByteArray &instanceStatus = QByteArray())
{
    return [instanceStatus](const HttpRequest &r) -> std::optional<HttpResponse> {
        // Each probe answers as PostHog does on its path (see HealthProber).
        if (r.path() == "/_health")
            return HttpResponse::text(200, "ok");
        if (r.path() == "/_ready")
            return HttpResponse::json(200, R"({"status":"ok"})");
        if (r.path() == "/_livez")
            return HttpResponse::json(200, R"({"http":true})");
        if (r.path() == "/_readyz")
            return HttpResponse::json(200, R"({"http":true,"postgres":true,"clickhouse":true,"cache":true})");
        if (!instanceStatus.isEmpty() && r.path() == "/api/instance_status")
            return HttpResponse::json(200, instanceStatus);
        return std::nullopt;
    };
}

} // namespace

class TestOperate : public QObject
{
    Q_OBJECT

    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<AdminStandInServer> m_standIn;

    ReviewPage *review() const { return m_window->wizard()->reviewPage(); }
    SystemStatusPanel *panel() const { return m_window->dashboard()->systemStatusPanel(); }
    bool upgradeShown() const { return !review()->ui.upgradeBox->isHidden(); }
    QString upgradeText() const { return review()->ui.upgradeLabel->text(); }

    void setImageTag(const QString &tag)
    {
        m_window->document()->edit([&](DeploymentProfile &p) { p.cluster.imageTag = tag; });
    }

    // Watches the stand-in through the dashboard, with its key or without.
    bool watchStandIn(bool withKey)
    {
        ConnectionSettings settings;
        settings.baseUrl = m_standIn->url();
        QSignalSpy refreshed(panel(), &SystemStatusPanel::refreshed);
        m_window->dashboard()->connectTo(settings, withKey ? QString::fromLatin1(m_standIn->state().apiKey) : QString());
        return !withKey || refreshed.wait(20000);
    }

private Q_SLOTS:
    void initTestCase() { isolateSettings(); }

    void init()
    {
        m_standIn = std::make_unique<AdminStandInServer>();
        m_standIn->state().posthogVersionRow = u"1.43.0"_qs;
        m_window = std::make_unique<MainWindow>(nullptr);
        m_window->resize(1100, 800);
        QVERIFY(startWithExample(*m_window));
        QCOMPARE(m_window->document()->profile().cluster.imageTag, u"release-1.43.0"_qs);
        WizardView *wizard = m_window->wizard();
        wizard->regenerateNow();
        wizard->goTo(wizard->pageCount() - 2);
        QCOMPARE(wizard->page(wizard->currentIndex()), review());
    }

    void cleanup()
    {
        m_window.reset();
        m_standIn.reset();
        QSettings().clear();
    }

    void upgradeCheckHiddenWithoutConnection()
    {
        setImageTag(u"release-1.50.0"_qs);
        QVERIFY(!upgradeShown());
        // The dashboard exists but watches nothing.
        m_window->dashboard();
        QVERIFY(!upgradeShown());
        // Watched without a key: the System status reads nothing, the box stays away.
        QVERIFY(watchStandIn(false));
        QTest::qWait(300);
        QVERIFY(!upgradeShown());
        for (const HttpRequest &r : m_standIn->server().requests())
            QVERIFY2(!r.target.startsWith("/api/"), r.target.constData());
        QVERIFY(!review()->upgradePlan());
    }

    void upgradeCheckHiddenWhenVersionsAreEqual()
    {
        QVERIFY(watchStandIn(true));
        QVERIFY(!upgradeShown()); // release-1.43.0 is what the instance runs
        // The instance without a version row: nothing to compare.
        setImageTag(u"release-1.50.0"_qs);
        QVERIFY(upgradeShown());
        m_standIn->state().posthogVersionRow.clear();
        QVERIFY(refreshOnce(panel()));
        QVERIFY(!upgradeShown());
    }

    void upgradeCheckGo()
    {
        QVERIFY(watchStandIn(true));
        const qsizetype requests = m_standIn->server().requests().size();
        setImageTag(u"release-1.44.0"_qs);
        QVERIFY(upgradeShown());
        QVERIFY(review()->upgradePlan());
        QVERIFY2(review()->upgradePlan()->go(), qPrintable(review()->upgradePlan()->toText()));
        QVERIFY2(upgradeText().contains(u"Go: nothing blocks the upgrade from 1.43.0 to 1.44.0"), qPrintable(upgradeText()));
        QVERIFY(upgradeText().contains(u"release-1.44.0"));
        // The wizard read nothing itself: the profile change asked the instance nothing.
        QCOMPARE(m_standIn->server().requests().size(), requests);
        // Back to the running version: nothing to say.
        setImageTag(u"release-1.43.0"_qs);
        QVERIFY(!upgradeShown());
    }

    void upgradeCheckBlockedWithSteps()
    {
        QVERIFY(watchStandIn(true));
        setImageTag(u"release-1.44.0"_qs);
        QVERIFY(review()->upgradePlan() && review()->upgradePlan()->go());
        // The instance changes: a migration errors. The box follows the next round.
        m_standIn->state().migrations[2].status = MigrationStatus::Errored;
        m_standIn->state().migrations[2].progress = 40;
        QVERIFY(refreshOnce(panel()));
        QVERIFY(upgradeShown());
        const UpgradePlan plan = *review()->upgradePlan();
        QVERIFY(!plan.go());
        QVERIFY(!plan.steps.isEmpty());
        const QString text = upgradeText();
        QVERIFY2(text.contains(u"Blocked: the upgrade from 1.43.0 to 1.44.0 needs these first"), qPrintable(text));
        QVERIFY(text.contains(u"0009_minmax_indexes_for_materialized_columns is Errored"));
        QVERIFY(text.contains(u"Steps:"));
        for (const QString &step : plan.steps)
            QVERIFY2(text.contains(step.toHtmlEscaped()), qPrintable(step));

        // Never in the way: the page has no blocking reason, Next and Export work.
        QVERIFY(review()->blockingReason().isEmpty());
        WizardView *wizard = m_window->wizard();
        QTRY_VERIFY(wizard->nextButton()->isEnabled());
        clickLeft(wizard->nextButton());
        QCOMPARE(wizard->page(wizard->currentIndex()), wizard->exportPage());
        QTemporaryDir out;
        wizard->exportPage()->setFolder(out.path());
        QVERIFY(wizard->exportPage()->exportFiles());
        QVERIFY(QFile::exists(out.filePath(u"helm/values.yaml"_qs)));
    }

    void upgradeCheckWithoutTheMigrations()
    {
        m_standIn->state().keyUserIsStaff = false;
        QVERIFY(watchStandIn(true));
        setImageTag(u"release-1.44.0"_qs);
        QVERIFY(upgradeShown());
        QVERIFY(!review()->upgradePlan());
        QVERIFY2(upgradeText().contains(u"needs the instance's async migrations"), qPrintable(upgradeText()));
        // Going to another connection takes the box away.
        m_window->dashboard()->stopWatching();
        QVERIFY(!upgradeShown());
    }

    void checkChartsFollowTheDemo()
    {
        ManualClock clock(QDateTime::currentMSecsSinceEpoch());
        DashboardView *dashboard = m_window->dashboard();
        dashboard->setClock(clock.clock());
        m_window->showDashboard();
        QVERIFY(dashboard->startDemo());
        dashboard->monitor()->stop();
        dashboard->tabs()->setCurrentWidget(panel());
        dashboard->setWindow(DashboardView::Window::OneHour);
        QTRY_VERIFY_WITH_TIMEOUT(panel()->rounds() >= 1, 20000);
        // Half an hour: the disk is past the warning (21 minutes), not yet the failure (an hour).
        for (int i = 0; i < 8; ++i) {
            clock.advance(4 * 60 * 1000);
            QVERIFY(refreshOnce(panel()));
        }
        // One point per round, in the same ring buffers as the key metrics.
        const RingBuffer<TimePoint> &disk = *panel()->history().history(u"clickhouseDiskFree");
        QCOMPARE(disk.size(), panel()->rounds());
        QCOMPARE(disk.capacity(), dayAt5sPoints);
        // The demo's disk fills: less free at the end than at the start, past the warning.
        QVERIFY2(disk.last().value < disk.first().value, qPrintable(QString::number(disk.last().value)));
        for (const QString &id : AdminChecks::numericIds()) {
            MetricChartView *chart = panel()->chart(id);
            QVERIFY2(chart && chart->isVisible(), qPrintable(id));
            QVERIFY2(chart->plottedPoints() >= 8, qPrintable(id + QString::number(chart->plottedPoints())));
            QVERIFY2(chart->valueText() != u"–", qPrintable(id));
        }
        MetricChartView *diskChart = panel()->chart(u"clickhouseDiskFree"_qs);
        QCOMPARE(diskChart->level(), MetricThreshold::Level::Warn);
        QVERIFY2(diskChart->chart()->title().contains(u"ClickHouse disk free"), qPrintable(diskChart->chart()->title()));
        QVERIFY(diskChart->chart()->title().contains(u"Demo data"));
        // Redis has no limit in the demo: a measured zero, drawn as one.
        QCOMPARE(panel()->chart(u"redisMaxmemory"_qs)->valueText(), u"no limit"_qs);

        // The table's sparkline is drawn from the same buffer.
        const auto rows = panel()->checks()->findItems(u"clickhouseDiskFree"_qs, Qt::MatchExactly);
        QCOMPARE(rows.size(), 1);
        auto *spark = qobject_cast<Sparkline *>(panel()->checks()->itemWidget(rows.first(), 3));
        QVERIFY(spark);
        QCOMPARE(spark->values().size(), std::min<qsizetype>(24, disk.size()));
        QCOMPARE(spark->values().constLast(), disk.last().value);
    }

    void unreadRoundsAreGapsOnTheCharts()
    {
        QVERIFY(watchStandIn(true));
        QVERIFY(refreshOnce(panel()));
        m_standIn->state().disks.clear(); // the rows go missing
        QVERIFY(refreshOnce(panel()));
        const RingBuffer<TimePoint> &disk = *panel()->history().history(u"clickhouseDiskFree");
        QCOMPARE(disk.size(), panel()->rounds());
        QVERIFY(std::isnan(disk.last().value));
        QCOMPARE(panel()->chart(u"clickhouseDiskFree"_qs)->valueText(), u"–"_qs);
    }

    void failingCheckNotifiesLikeACriticalMetric()
    {
        QVERIFY(watchStandIn(true));
        QSignalSpy alerts(m_window->dashboard(), &DashboardView::alert);
        m_standIn->state().pluginServerAlive = false;
        QVERIFY(refreshOnce(panel()));
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.first().at(0).toString(), u"PostHog check failed: pluginServerAlive"_qs);
        QVERIFY(alerts.first().at(1).toString().contains(u"no events are ingested"));
        // The window shows it where it shows a critical metric.
        QVERIFY2(m_window->statusBar()->currentMessage().contains(u"no events are ingested"),
                 qPrintable(m_window->statusBar()->currentMessage()));
        QVERIFY(refreshOnce(panel()));
        QCOMPARE(alerts.size(), 1); // on the change, not every round
    }

    // One health for the instance, computed once: the header badge and the
    // System status tab say the same, from probes, metrics and checks.
    void badgeAndTabAgree_data()
    {
        QTest::addColumn<QByteArray>("instanceStatus"); // empty: the stand-in's
        QTest::addColumn<bool>("pluginServerAlive");
        QTest::addColumn<bool>("staff");
        QTest::addColumn<QString>("health");
        QTest::newRow("probes up, all checks pass") << QByteArray() << true << true << u"Healthy"_qs;
        QTest::newRow("probes up, a check fails") << QByteArray() << false << true << u"Degraded"_qs;
        QTest::newRow("probes up, the status unreadable")
            << QByteArray(R"({"results": {"overview": 42}})") << true << true << u"Unknown"_qs;
        QTest::newRow("probes up, no check can read the rows")
            << QByteArray(R"({"results": {"overview": [{"metric": "A row of a later release", "value": 1}]}})") << true
            << false << u"Unknown"_qs;
    }

    void badgeAndTabAgree()
    {
        QFETCH(QByteArray, instanceStatus);
        QFETCH(bool, pluginServerAlive);
        QFETCH(bool, staff);
        QFETCH(QString, health);
        m_standIn->answerFirst(probesUp(instanceStatus));
        m_standIn->state().pluginServerAlive = pluginServerAlive;
        m_standIn->state().keyUserIsStaff = staff;
        m_window->showDashboard();
        DashboardView *dashboard = m_window->dashboard();
        QVERIFY(watchStandIn(true));
        QTRY_VERIFY_WITH_TIMEOUT(dashboard->monitor()->rounds() >= 1, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!dashboard->monitor()->roundInProgress(), 20000);
        QCOMPARE(dashboard->monitor()->status().probeHealth, InstanceHealth::Healthy);
        dashboard->tabs()->setCurrentWidget(panel());
        QLabel *header = dashboard->healthLabel();
        QLabel *tab = panel()->healthLabel();
        QVERIFY(tab->isVisible());
        QCOMPARE(tab->text(), header->text());
        QCOMPARE(tab->toolTip(), header->toolTip());
        QCOMPARE(tab->palette().color(QPalette::Window), header->palette().color(QPalette::Window));
        // The engine's verdict on "no check could be evaluated" is issue 20's item 8 (AdminChecks::evaluate).
        const bool noCheckEvaluated = std::none_of(panel()->status().checks.cbegin(), panel()->status().checks.cend(),
                                                   [](const AdminCheck &c) { return c.level != AdminCheckLevel::Unknown; });
        if (noCheckEvaluated && !panel()->status().checks.isEmpty() && panel()->status().verdict != AdminVerdict::NoVerdict)
            QEXPECT_FAIL("", "until AdminChecks::evaluate gives NoVerdict when no check could be evaluated", Continue);
        QCOMPARE(header->text(), health);
        if (health != u"Healthy") {
            QVERIFY2(!header->toolTip().isEmpty(), "the badge says why");
        }
    }

    // Another connection: nothing of the previous instance stays on screen.
    void connectionChangeClearsTheDashboard()
    {
        ManualClock clock(QDateTime::currentMSecsSinceEpoch());
        DashboardView *dashboard = m_window->dashboard();
        dashboard->setClock(clock.clock());
        m_window->showDashboard();
        QVERIFY(dashboard->startDemo());
        runRounds(dashboard, clock, 3);
        QTRY_VERIFY_WITH_TIMEOUT(panel()->rounds() >= 1, 20000);
        QVERIFY(panel()->checks()->topLevelItemCount() > 0);
        QVERIFY(panel()->migrations()->topLevelItemCount() > 0);
        QVERIFY(dashboard->chart(KeyMetric::EventsIngestedPerSecond)->valueText() != u"–");
        QVERIFY(panel()->history().history(u"clickhouseDiskFree")->size() > 0);

        ConnectionSettings settings;
        settings.baseUrl = m_standIn->url();
        dashboard->connectTo(settings); // no key for it
        QCOMPARE(panel()->checks()->topLevelItemCount(), 0);
        QCOMPARE(panel()->overview()->topLevelItemCount(), 0);
        QCOMPARE(panel()->migrations()->topLevelItemCount(), 0);
        QCOMPARE(panel()->history().history(u"clickhouseDiskFree")->size(), 0);
        QVERIFY(!panel()->isConnected());
        for (const KeyMetric key : allKeyMetrics) {
            QCOMPARE(dashboard->monitor()->history(key).size(), dashboard->monitor()->rounds());
            QCOMPARE(dashboard->chart(key)->valueText(), u"–"_qs);
        }
        QVERIFY(dashboard->costPanel()->projectionMarkers().isEmpty());
        QTest::qWait(300);
        QCOMPARE(panel()->checks()->topLevelItemCount(), 0);
        for (const HttpRequest &r : m_standIn->server().requests())
            QVERIFY2(!r.target.startsWith("/api/"), r.target.constData());
    }

    void withoutKeyTheTabSaysWhatItNeeds()
    {
        QVERIFY(watchStandIn(false));
        m_window->showDashboard();
        m_window->dashboard()->tabs()->setCurrentWidget(panel());
        const QString text = panel()->stateLabel()->text();
        QVERIFY2(panel()->stateLabel()->isVisible(), qPrintable(text));
        QVERIFY2(text.contains(u"needs a personal API key") && text.contains(u"staff") && text.contains(u"nothing here is read"),
                 qPrintable(text));
        QCOMPARE(panel()->checks()->topLevelItemCount(), 0);
        QTest::qWait(300);
        for (const HttpRequest &r : m_standIn->server().requests())
            QVERIFY2(!r.target.startsWith("/api/"), r.target.constData());
    }
};

QTEST_MAIN(TestOperate)
#include "tst_operate.moc"
