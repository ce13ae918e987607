// GUI timings (targets: preview regeneration for the full bundle within one
// frame, 16 ms; startup to the first wizard page under 300 ms). Reported,
// not asserted.
#include "common/profiledocument.h"
#include "shell/application.h"
#include "shell/mainwindow.h"
#include "wizard/reviewpage.h"
#include "wizard/wizardview.h"
#include "profile/profileio.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTest>

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
};

QTEST_MAIN(BenchUi)
#include "bench_ui.moc"
