#include "testsupport.h"
#include "dashboardtestsupport.h"
#include "wizardtestsupport.h"

#include "dashboard/connectiondialog.h"
#include "dashboard/costpanel.h"
#include "dashboard/dashboardview.h"
#include "dashboard/diagnosticspanel.h"
#include "dashboard/metricchartview.h"
#include "dashboard/probespanel.h"
#include "dashboard/systemstatuspanel.h"
#include "monitor/demoinstance.h"
#include "monitor/instancemonitor.h"
#include "secrets/keychainsecretstore.h"
#include "sizing/replicadrift.h"
#include "shell/mainwindow.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QElapsedTimer>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTableWidget>
#include <QTreeWidget>

using namespace phc;
using namespace phcuitest;

namespace {

// What a second keychain client reads under `key`; waits out the write
// that may still be on its way.
QString readSecret(const QString &key)
{
    KeychainSecretStore store;
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 20000) {
        std::optional<SecretStore::Reply> reply;
        QObject context;
        store.read(key, &context, [&reply](const SecretStore::Reply &r) { reply = r; });
        while (!reply && waited.elapsed() < 20000)
            QTest::qWait(20);
        if (reply && reply->status == SecretStore::Status::Ok)
            return reply->value;
        QTest::qWait(100);
    }
    return QString();
}

MetricPresets queueCritical(double limit)
{
    MetricPresets presets = MetricPresets::builtIn();
    MetricThreshold t;
    t.key = KeyMetric::QueueSize;
    t.critical = limit;
    presets.setThreshold(t);
    return presets;
}

} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<KeychainSecretStore> m_keychain;
    std::unique_ptr<MainWindow> m_window;

    DashboardView *dashboard() const { return m_window->dashboard(); }

private Q_SLOTS:
    void initTestCase() { isolateSettings(); }

    void init()
    {
        m_clock = std::make_unique<ManualClock>(QDateTime::currentMSecsSinceEpoch());
        m_keychain = std::make_unique<KeychainSecretStore>();
        m_window = std::make_unique<MainWindow>(m_keychain.get());
        m_window->resize(1200, 860);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        dashboard()->setClock(m_clock->clock());
    }

    void cleanup()
    {
        m_window.reset();
        m_keychain.reset();
        QSettings().clear();
    }

    void notConnectedSaysHowToStart()
    {
        m_window->showDashboard();
        QVERIFY(m_window->isDashboardShown());
        QCOMPARE(dashboard()->healthLabel()->text(), QStringLiteral("Not checked"));
        auto *demoButton = dashboard()->findChild<QPushButton *>(QStringLiteral("startDemo"));
        QVERIFY(demoButton && demoButton->isVisible());
        QVERIFY(!dashboard()->tabs()->isVisible());
        QVERIFY(!dashboard()->demoLabel()->isVisible());
        // The demo button is what a newcomer clicks.
        clickLeft(demoButton);
        QVERIFY(dashboard()->isDemo());
        QTRY_VERIFY(dashboard()->tabs()->isVisible());
    }

    void demoIsLabelledAndLive()
    {
        m_window->newFromExample();
        m_window->showDashboard();
        QVERIFY(dashboard()->startDemo());
        QVERIFY(dashboard()->demoLabel()->isVisible());
        QCOMPARE(dashboard()->demoLabel()->text(), QStringLiteral("Demo data"));
        for (const KeyMetric key : allKeyMetrics)
            QVERIFY(dashboard()->chart(key)->chart()->title().contains(QStringLiteral("Demo data")));
        auto *costDemo = dashboard()->costPanel()->findChild<QLabel *>(QStringLiteral("costDemoLabel"));
        dashboard()->tabs()->setCurrentWidget(dashboard()->costPanel());
        QVERIFY(costDemo->isVisible());
        dashboard()->tabs()->setCurrentIndex(0);

        runRounds(dashboard(), *m_clock, 3);
        const InstanceStatus &status = dashboard()->monitor()->status();
        // Probes and metrics are healthy; the demo's Redis has no maxmemory, a
        // warning of its System status: the instance's one health says so.
        QCOMPARE(status.overall(), InstanceHealth::Healthy);
        QTRY_VERIFY_WITH_TIMEOUT(dashboard()->systemStatusPanel()->rounds() >= 1, 20000);
        QCOMPARE(dashboard()->healthLabel()->text(), QStringLiteral("Degraded"));
        QVERIFY2(dashboard()->healthLabel()->toolTip().contains(QStringLiteral("redisMaxmemory (warn)")),
                 qPrintable(dashboard()->healthLabel()->toolTip()));

        // Probes: one row each, up, with a code, latency, uptime and components.
        ProbesPanel *probes = dashboard()->probesPanel();
        QCOMPARE(probes->topLevelItemCount(), dashboard()->demo()->connectionSettings().probePaths.size());
        for (int i = 0; i < probes->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *row = probes->topLevelItem(i);
            QCOMPARE(row->text(ProbesPanel::StatusColumn), QStringLiteral("up"));
            QCOMPARE(row->text(ProbesPanel::CodeColumn), QStringLiteral("200"));
            QVERIFY(row->text(ProbesPanel::LatencyColumn).endsWith(QStringLiteral(" ms")));
            // Every round so far, the one the start ran included.
            const QString checks = QStringLiteral("of %1 check").arg(dashboard()->monitor()->rounds());
            QVERIFY2(row->text(ProbesPanel::UptimeColumn).contains(checks), qPrintable(row->text(ProbesPanel::UptimeColumn)));
        }
        const QList<QTreeWidgetItem *> readyz = probes->findItems(QStringLiteral("/_readyz"), Qt::MatchExactly);
        QCOMPARE(readyz.size(), 1);
        QCOMPARE(readyz.first()->childCount(), 6); // clickhouse, postgres, migrations, kafka, celery, cache

        // Each chart shows the latest value the monitor computed.
        const double rate = *status.metrics.eventsIngestedPerSecond;
        QCOMPARE(dashboard()->chart(KeyMetric::EventsIngestedPerSecond)->valueText(),
                 MetricChartView::format(KeyMetric::EventsIngestedPerSecond, rate));
        QCOMPARE(dashboard()->chart(KeyMetric::QueueSize)->valueText(),
                 MetricChartView::format(KeyMetric::QueueSize, *status.metrics.queueSize));
        QVERIFY(dashboard()->chart(KeyMetric::EventsIngestedPerSecond)->plottedPoints() >= 2);

        // Cost: the projection of that rate, and its marker on the chart.
        CostPanel *cost = dashboard()->costPanel();
        const CostProjection expected = dashboard()->monitor()->costComparison().project(rate);
        QVERIFY2(cost->monthlyEventsLabel()->text().contains(QLocale().toString(expected.monthlyEvents)),
                 qPrintable(cost->monthlyEventsLabel()->text()));
        QVERIFY(cost->tierLabel()->text().startsWith(expected.recommendation.tier.name));
        QCOMPARE(cost->driftTable()->item(0, 0)->text(), QString::number(expected.recommendation.row.webReplicas));
        // Drift against the guide's example profile, row by row.
        const QList<ReplicaDrift> drift = driftAgainst(expected.recommendation, m_window->document()->profile());
        QCOMPARE(drift.size(), 5);
        for (int r = 0; r < 3; ++r) {
            const ReplicaDrift &d = drift[r];
            const QString configured = cost->driftTable()->item(r, 1)->text();
            if (d.autoscaleMin)
                QVERIFY2(configured.startsWith(QStringLiteral("%1 to %2").arg(*d.autoscaleMin).arg(*d.autoscaleMax)),
                         qPrintable(configured));
            else if (d.configured)
                QCOMPARE(configured, QString::number(*d.configured));
            const QString verdict = cost->driftTable()->item(r, 2)->text();
            switch (d.verdict()) {
            case ReplicaDrift::Verdict::Matches: QCOMPARE(verdict, QStringLiteral("matches")); break;
            case ReplicaDrift::Verdict::TooFew: QCOMPARE(verdict, QStringLiteral("%1 too few").arg(-d.difference())); break;
            case ReplicaDrift::Verdict::TooMany: QVERIFY(verdict.startsWith(QString::number(d.difference()))); break;
            case ReplicaDrift::Verdict::Unknown: QCOMPARE(verdict, QStringLiteral("unknown")); break;
            }
        }
        const QList<QPointF> markers = cost->projectionMarkers();
        QCOMPARE(markers.size(), 2);
        QCOMPARE(markers[0].y(), expected.selfHostedMonthlyUsd);
        QCOMPARE(markers[1].y(), expected.cloudMonthlyUsd);
    }

    // Beyond the cost table's last lower bound the self-hosted cost is a
    // floor: drawn dashed and labelled, and the break-even is only a bound.
    void costBeyondTheTable()
    {
        CostPanel panel;
        const QLocale locale;
        QLineSeries *inside = panel.selfHostedSeries();
        QLineSeries *beyond = panel.selfHostedBeyondSeries();
        QVERIFY(!inside->points().isEmpty());
        QCOMPARE(inside->points().constLast().x(), 10000000.0);
        QCOMPARE(beyond->points().constFirst(), QPointF(10000000.0, 3700.0));
        QCOMPARE(beyond->points().constLast(), QPointF(1000000000.0, 3700.0));
        QCOMPARE(beyond->pen().style(), Qt::DashLine);
        QCOMPARE(inside->pen().style(), Qt::SolidLine);
        QCOMPARE(beyond->name(), QStringLiteral("Self-hosted beyond %1 events: at least $%2 (the sizing table ends there)")
                                     .arg(locale.toString(10000000), locale.toString(3700)));
        const QString breakEven = panel.breakEvenLabel()->text();
        QVERIFY2(breakEven.startsWith(QStringLiteral("not below %1 events a month, if at all").arg(locale.toString(172106667))),
                 qPrintable(breakEven));
        QVERIFY2(breakEven.contains(QStringLiteral("beyond %1 events the sizing table gives only that floor").arg(locale.toString(10000000))),
                 qPrintable(breakEven));

        panel.setProjection(CostComparison(SizingModel::builtIn(), CloudPricing::builtIn()).projectMonthly(20000000));
        QCOMPARE(panel.selfHostedLabel()->text(),
                 QStringLiteral("Large: at least $%1 a month (the sizing table ends at %2+ events a month)")
                     .arg(locale.toString(3700), locale.toString(10000000)));

        // With the data's estimate beyond the table the dashed line rises and
        // the break-even is exact.
        QFile f(QStringLiteral(":/posthog-console/data/sizing.yaml"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto sizing = SizingModel::parse(f.readAll().replace("  currency: USD\n", "  currency: USD\n  usdPerMillionEventsBeyond: 5\n"));
        QVERIFY(sizing.ok());
        panel.setComparison(CostComparison(sizing.value(), CloudPricing::builtIn()));
        QCOMPARE(beyond->points().constLast(), QPointF(1000000000.0, 3700.0 + 990 * 5));
        QCOMPARE(beyond->name(), QStringLiteral("Self-hosted beyond %1 events: estimate ($5 per million events)")
                                     .arg(locale.toString(10000000)));
        QVERIFY2(panel.breakEvenLabel()->text().startsWith(QStringLiteral("%1 events a month (").arg(locale.toString(257900000))),
                 qPrintable(panel.breakEvenLabel()->text()));
    }

    void chartsAreDecimatedToThePixels()
    {
        m_window->showDashboard();
        QVERIFY(dashboard()->startDemo());
        // 50 minutes at one point every 3 seconds: 1,000 points per metric,
        // with the window hidden so that the wait is not spent painting.
        m_window->hide();
        runRounds(dashboard(), *m_clock, 1000, 3000);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        MetricChartView *chart = dashboard()->chart(KeyMetric::ApiResponseP95Seconds);
        dashboard()->setWindow(DashboardView::Window::OneHour);
        const int columns = int(chart->chart()->plotArea().width());
        QVERIFY(columns > 100);
        // 50 minutes fill 5/6 of an hour's columns: at most two points each, fewer than were kept.
        const QString counts = QStringLiteral("%1 points for %2 columns").arg(chart->plottedPoints()).arg(columns);
        QVERIFY2(chart->plottedPoints() <= 2 * columns + 2, qPrintable(counts));
        QVERIFY2(chart->plottedPoints() < 1000 && chart->plottedPoints() > columns / 2, qPrintable(counts));
        // Five minutes hold 100 points, fewer than the columns: all of them, and the one before.
        dashboard()->setWindow(DashboardView::Window::FiveMinutes);
        QVERIFY2(chart->plottedPoints() >= 100 && chart->plottedPoints() <= 102, qPrintable(QString::number(chart->plottedPoints())));
        QCOMPARE(dashboard()->windowCombo()->currentIndex(), 0);
    }

    void pauseFreezesTheChartsNotTheWatching()
    {
        m_window->showDashboard();
        QVERIFY(dashboard()->startDemo());
        runRounds(dashboard(), *m_clock, 3);
        MetricChartView *chart = dashboard()->chart(KeyMetric::QueueSize);
        auto *series = qobject_cast<QLineSeries *>(chart->chart()->series().constFirst());
        clickLeft(dashboard()->pauseButton());
        QVERIFY(dashboard()->isPaused());
        QCOMPARE(dashboard()->pauseButton()->text(), QStringLiteral("&Resume"));
        const QList<QPointF> frozen = series->points();
        const int roundsBefore = dashboard()->monitor()->rounds();
        runRounds(dashboard(), *m_clock, 3);
        QCOMPARE(dashboard()->monitor()->rounds(), roundsBefore + 3);
        QCOMPARE(series->points(), frozen);
        clickLeft(dashboard()->pauseButton());
        QVERIFY(!dashboard()->isPaused());
        QCOMPARE(series->points().size(), frozen.size() + 3);
    }

    void criticalThresholdColoursAndAlerts()
    {
        m_window->showDashboard();
        QVERIFY(dashboard()->startDemo());
        dashboard()->setPresets(queueCritical(-1));
        QSignalSpy alerts(dashboard(), &DashboardView::alert);
        runRounds(dashboard(), *m_clock, 2);
        QCOMPARE(dashboard()->chart(KeyMetric::QueueSize)->level(), MetricThreshold::Level::Critical);
        QCOMPARE(dashboard()->chart(KeyMetric::ApiResponseP95Seconds)->level(), MetricThreshold::Level::Ok);
        QVERIFY(dashboard()->chart(KeyMetric::QueueSize)->chart()->title().contains(QStringLiteral("critical")));
        QCOMPARE(dashboard()->healthLabel()->text(), QStringLiteral("Degraded"));
        QCOMPARE(alerts.size(), 1); // on the change, not every round
        QVERIFY(dashboard()->lastAlert().contains(MetricChartView::title(KeyMetric::QueueSize)));
        // The window shows it in the status bar too.
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("critical")));

        dashboard()->setPresets(queueCritical(1e12));
        runRounds(dashboard(), *m_clock, 1);
        QCOMPARE(dashboard()->chart(KeyMetric::QueueSize)->level(), MetricThreshold::Level::Ok);
        QCOMPARE(dashboard()->monitor()->status().overall(), InstanceHealth::Healthy);
        // Still degraded by the demo's Redis without maxmemory, no longer by the queue.
        QVERIFY(!dashboard()->healthLabel()->toolTip().contains(MetricChartView::title(KeyMetric::QueueSize)));
    }

    void probeGoingDownAlerts()
    {
        m_window->showDashboard();
        QVERIFY(dashboard()->startDemo());
        runRounds(dashboard(), *m_clock, 1);
        QSignalSpy alerts(dashboard(), &DashboardView::alert);
        dashboard()->demo()->stop();
        runRounds(dashboard(), *m_clock, 1);
        QCOMPARE(dashboard()->healthLabel()->text(), QStringLiteral("Down"));
        QVERIFY(alerts.size() >= 1);
        QVERIFY(dashboard()->lastAlert().contains(QStringLiteral("is down")));
        QCOMPARE(dashboard()->probesPanel()->topLevelItem(0)->text(ProbesPanel::StatusColumn), QStringLiteral("down"));
        // A value that cannot be read is shown as unknown, never as 0.
        QCOMPARE(dashboard()->chart(KeyMetric::QueueSize)->valueText(), QStringLiteral("–"));
    }

    void presetChoiceIsHonoured()
    {
        m_window->showDashboard();
        QVERIFY(dashboard()->startDemo());
        QComboBox *preset = dashboard()->presetCombo();
        QCOMPARE(preset->currentData().toString(), QString()); // automatic
        preset->setCurrentIndex(preset->findData(QStringLiteral("posthog-chart")));
        runRounds(dashboard(), *m_clock, 2);
        // The demo has no ClickHouse endpoint: under the chart's names that metric is not exposed.
        MetricChartView *clickhouse = dashboard()->chart(KeyMetric::ClickhouseQueryP95Seconds);
        QCOMPARE(dashboard()->monitor()->status().preset, QStringLiteral("posthog-chart"));
        QCOMPARE(clickhouse->valueText(), QStringLiteral("–"));
        QVERIFY(clickhouse->chart()->title().contains(QStringLiteral("not exposed")));
        preset->setCurrentIndex(0);
        runRounds(dashboard(), *m_clock, 2);
        QCOMPARE(dashboard()->monitor()->status().preset, QStringLiteral("guide"));
        QVERIFY(clickhouse->valueText() != QStringLiteral("–"));
    }

    void editedMappingIsLoadedAndRemembered()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mapping.yaml"));
        QCOMPARE(queueCritical(-1).saveFile(path), QString());
        m_window->showDashboard();
        QVERIFY(dashboard()->startDemo());
        QVERIFY(dashboard()->loadPresetsFile(path).isEmpty());
        runRounds(dashboard(), *m_clock, 1);
        QCOMPARE(dashboard()->chart(KeyMetric::QueueSize)->level(), MetricThreshold::Level::Critical);

        // A broken file names the place, and the mapping in use stays.
        const QString broken = dir.filePath(QStringLiteral("broken.yaml"));
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("presets:\n  - name: mine\n    metrics:\n      queueSize:\n        - kind: gage\n          metric: q\n");
        f.close();
        const Issues issues = dashboard()->loadPresetsFile(broken);
        QVERIFY(hasErrors(issues));
        QCOMPARE(issues.first().path, QStringLiteral("presets[0].metrics.queueSize[0].kind"));
        QCOMPARE(issues.first().line, 5);
        QVERIFY(dashboard()->monitor()->presets().threshold(KeyMetric::QueueSize)->critical == -1.0);

        // The next window starts with the loaded file; the built-in one can come back.
        m_window = std::make_unique<MainWindow>(m_keychain.get());
        QVERIFY(dashboard()->monitor()->presets().threshold(KeyMetric::QueueSize)->critical == -1.0);
        dashboard()->useBuiltInPresets();
        QVERIFY(dashboard()->monitor()->presets() == MetricPresets::builtIn());
        m_window = std::make_unique<MainWindow>(m_keychain.get());
        QVERIFY(dashboard()->monitor()->presets() == MetricPresets::builtIn());
    }

    void diagnosticsRunAgainstTheDemo()
    {
        m_window->showDashboard();
        QVERIFY(dashboard()->startDemo());
        DiagnosticsPanel *panel = dashboard()->diagnosticsPanel();
        dashboard()->tabs()->setCurrentWidget(panel);
        clickLeft(panel->runButton());
        QTRY_VERIFY_WITH_TIMEOUT(panel->runButton()->isEnabled(), 30000);
        QTreeWidget *results = panel->results();
        QVERIFY(results->topLevelItemCount() >= 6);
        QStringList ids;
        for (int i = 0; i < results->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *row = results->topLevelItem(i);
            ids << row->data(0, Qt::UserRole).toString();
            // The demo is plain http on loopback: TLS has nothing to check; everything else passes.
            const QString expected = ids.last() == u"tls" ? QStringLiteral("skipped") : QStringLiteral("pass");
            QVERIFY2(row->text(1) == expected, qPrintable(ids.last() + QStringLiteral(": ") + row->text(2)));
        }
        QVERIFY(ids.contains(QStringLiteral("api-key"))); // the demo's key was handed to the fetcher
        QVERIFY(ids.contains(QStringLiteral("cors:https://app.example.com")));
    }

    void connectionDialogValidates()
    {
        ConnectionDialog dialog;
        retype(dialog.baseUrlEdit(), QStringLiteral("not a url"));
        QPushButton *ok = dialog.buttons()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog.problemsLabel()->text().contains(QStringLiteral("baseUrl")));
        retype(dialog.baseUrlEdit(), QStringLiteral("https://analytics.example.com"));
        dialog.sourceCombo()->setCurrentIndex(dialog.sourceCombo()->findData(int(MetricsSource::PrometheusServer)));
        QVERIFY(!ok->isEnabled()); // a Prometheus source needs its URL
        QVERIFY(dialog.problemsLabel()->text().contains(QStringLiteral("metricsUrl")));
        retype(dialog.metricsUrlEdit(), QStringLiteral("http://127.0.0.1:9090"));
        QVERIFY(ok->isEnabled());
        const ConnectionSettings s = dialog.settings();
        QCOMPARE(s.baseUrl, QUrl(QStringLiteral("https://analytics.example.com")));
        QCOMPARE(s.metricsSource, MetricsSource::PrometheusServer);
        QCOMPARE(s.probePaths, ConnectionSettings::defaultProbePaths());
        ConnectionDialog again;
        again.setSettings(s);
        QVERIFY(again.settings() == s);
    }

    void connectionIsSavedAndTheKeyIsNot()
    {
        DemoInstance demo;
        QVERIFY(demo.start());
        m_window->newFromExample();
        const QString profile = m_window->document()->profile().name;
        m_window->showDashboard();
        const QString key = QStringLiteral("phx_dashboard_test_key_7f3a9c");
        dashboard()->connectTo(demo.connectionSettings(), key);
        // Saved under the profile's name, without the key ...
        QSettings settings;
        QVERIFY(ConnectionSettings::savedProfiles(settings).contains(profile));
        QVERIFY(ConnectionSettings::load(settings, profile).value() == demo.connectionSettings());
        settings.sync();
        QVERIFY(!phctest::readFile(settings.fileName()).contains(key.toUtf8()));
        // ... which is in the keychain, where another store finds it.
        QCOMPARE(readSecret(SecretStore::keyFor(profile, QStringLiteral("POSTHOG_PERSONAL_API_KEY"))), key);
        // A new window for the same profile watches the same instance, with the key.
        runRounds(dashboard(), *m_clock, 1);
        m_window = std::make_unique<MainWindow>(m_keychain.get());
        m_window->newFromExample();
        QCOMPARE(dashboard()->monitor()->settings(), demo.connectionSettings());
        QTRY_VERIFY_WITH_TIMEOUT(dashboard()->hasApiKey(), 20000);
        DiagnosticsPanel *panel = dashboard()->diagnosticsPanel();
        panel->run();
        QTRY_VERIFY_WITH_TIMEOUT(panel->runButton()->isEnabled(), 30000);
        const QList<QTreeWidgetItem *> keyRow =
            panel->results()->findItems(QStringLiteral("Personal API key accepted"), Qt::MatchExactly);
        QCOMPARE(keyRow.size(), 1);
        // The demo accepts only its own key: ours is sent, and refused.
        QCOMPARE(keyRow.first()->text(1), QStringLiteral("fail"));
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
