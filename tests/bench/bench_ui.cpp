// GUI timings (targets: preview regeneration for the full bundle within one
// frame, 16 ms; startup to the first wizard page under 300 ms; a dashboard
// chart redrawn with a day of history within a frame). Reported, not asserted.
#include "common/profiledocument.h"
#include "dashboard/dashboardview.h"
#include "dashboard/metricchartview.h"
#include "shell/application.h"
#include "shell/mainwindow.h"
#include "wizard/reviewpage.h"
#include "wizard/wizardview.h"
#include "profile/profileio.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTest>

#include <cmath>

using namespace phc;

class BenchUi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        setApplicationIdentity();
    }

    // Constructing the window with every page and its forms, until the
    // first page is on screen.
    void startupToFirstPage()
    {
        QBENCHMARK {
            MainWindow w(nullptr);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
        }
    }

    // One field changes on the Review page: validate, regenerate the whole
    // bundle, update and re-highlight the tabs whose text changed.
    void previewRegenerationOnFieldChange()
    {
        MainWindow w(nullptr);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.newFromExample();
        WizardView *wizard = w.wizard();
        wizard->goTo(wizard->pageCount() - 2);
        qint64 events = 500000;
        QBENCHMARK {
            events = events == 500000 ? 5000000 : 500000; // changes values.yaml, hpa, runbook...
            w.document()->edit([events](DeploymentProfile &p) { p.sizing.monthlyEvents = events; });
            wizard->regenerateNow();
        }
        QVERIFY(wizard->reviewPage()->shownText(QStringLiteral("helm/values.yaml")).contains(QStringLiteral("replicacount")));
        w.document()->reset(w.document()->profile(), QString(), false);
    }

    // One dashboard chart with a full day of history at 5 s (17,280 points)
    // in its 24 h window: decimation to the plot's columns, the series
    // replaced, and the chart painted.
    void chartRepaintWithADayOfHistory()
    {
        RingBuffer<TimePoint> history(dayAt5sPoints);
        const qint64 now = 1722470400000;
        for (qsizetype i = 0; i < dayAt5sPoints; ++i) {
            const double t = double(i);
            history.push({now - (dayAt5sPoints - 1 - i) * 5000, 0.08 + 0.03 * std::sin(t / 300.0) + 0.01 * std::sin(t * 1.7)});
        }
        MetricChartView chart(KeyMetric::ApiResponseP95Seconds);
        chart.resize(560, 260);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        const qint64 day = DashboardView::windowMs(DashboardView::Window::Day);
        QBENCHMARK {
            chart.showHistory(history, now, day);
            chart.viewport()->repaint();
        }
        qInfo("%d points drawn for %d kept", chart.plottedPoints(), int(history.size()));
        QVERIFY(chart.plottedPoints() <= 2 * int(chart.chart()->plotArea().width()) + 2);
    }
};

QTEST_MAIN(BenchUi)
#include "bench_ui.moc"
