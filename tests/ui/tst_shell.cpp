// The main window and the wizard's pages as a user meets them: the step
// list, the page summaries, number fields, the review after opening another
// profile, a new blank profile, the export of secrets.env, the Help menu,
// and the dashboard's connection dialog and diagnostics. No keychain: the
// secrets live in memory for the run.
#include "testpaths.h"
#include "testsupport.h"
#include "wizardtestsupport.h"

#include "dashboard/connectiondialog.h"
#include "dashboard/dashboardview.h"
#include "dashboard/diagnosticspanel.h"
#include "monitor/demoinstance.h"
#include "profile/profileio.h"
#include "shell/helpdialog.h"
#include "wizard/clusterpage.h"
#include "wizard/databasespage.h"
#include "wizard/domainpage.h"
#include "wizard/secretspage.h"
#include "wizard/startpage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace phc;
using namespace phcuitest;

namespace {

// The menu action whose text (without '&') is `text`, anywhere in the menu bar.
QAction *menuAction(QMenuBar *bar, const QString &text)
{
    const QList<QAction *> all = bar->findChildren<QAction *>();
    for (QAction *a : all)
        if (a->text().remove(u'&') == text)
            return a;
    return nullptr;
}

// The form label that names `field`.
QLabel *labelOf(QWidget *field)
{
    const QList<QLabel *> labels = field->window()->findChildren<QLabel *>();
    for (QLabel *l : labels)
        if (l->buddy() == field)
            return l;
    return nullptr;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    f.write(content);
    return path;
}

} // namespace

class TestShell : public QObject
{
    Q_OBJECT

    QTemporaryDir m_scratch;

    static void clickStep(WizardView *wizard, int row)
    {
        QListWidget *steps = wizard->stepList();
        QTest::mouseClick(steps->viewport(), Qt::LeftButton, Qt::NoModifier, steps->visualItemRect(steps->item(row)).center());
        QCoreApplication::processEvents();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_scratch.isValid());
        isolateSettings();
        // English plurals come from the English translation, as in the application.
        QVERIFY(installTranslations(*QCoreApplication::instance(), QStringLiteral("en")).startsWith(u"en"));
    }

    void init() { QSettings().clear(); }

    void stepListNeverShowsAStepThatIsNotDisplayed()
    {
        MainWindow w(nullptr);
        QVERIFY(startWithExample(w));
        WizardView *wizard = w.wizard();
        wizard->goTo(1);
        retype(wizard->clusterPage()->ui.namespaceEdit, QString());
        QVERIFY(!wizard->nextButton()->isEnabled());
        QListWidget *steps = wizard->stepList();
        clickStep(wizard, 2); // "3. Domain and TLS"
        QCOMPARE(wizard->currentIndex(), 1);
        QCOMPARE(steps->currentRow(), 1);
        QCOMPARE(steps->selectedItems(), QList<QListWidgetItem *> {steps->item(1)});
        // Why: the step that blocks, and its problem.
        const QString reason = wizard->reasonLabel()->text();
        QVERIFY2(reason.contains(wizard->domainPage()->title()), qPrintable(reason));
        QVERIFY2(reason.contains(wizard->clusterPage()->title()), qPrintable(reason));
        QVERIFY2(reason.contains(QStringLiteral("Namespace is required")), qPrintable(reason));
        // Going back is always allowed, and the list follows.
        clickStep(wizard, 0);
        QCOMPARE(wizard->currentIndex(), 0);
        QCOMPARE(steps->selectedItems(), QList<QListWidgetItem *> {steps->item(0)});
        w.document()->reset(w.document()->profile(), QString(), false);
    }

    void pageSummaryNamesTheFieldWithPlurals()
    {
        MainWindow w(nullptr);
        QVERIFY(startWithExample(w));
        WizardView *wizard = w.wizard();
        wizard->goTo(1);
        retype(wizard->clusterPage()->ui.namespaceEdit, QString());
        QCOMPARE(wizard->reasonLabel()->text(), QStringLiteral("1 problem to fix on this page: Namespace is required"));
        retype(wizard->clusterPage()->ui.nameEdit, QStringLiteral("Not A Label"));
        QVERIFY2(wizard->reasonLabel()->text().startsWith(QStringLiteral("2 problems to fix on this page: Profile name: 'Not A Label' is not")),
                 qPrintable(wizard->reasonLabel()->text()));
        w.document()->reset(w.document()->profile(), QString(), false);
    }

    void portFieldShowsWhatTheProfileHolds()
    {
        MainWindow w(nullptr);
        QVERIFY(startWithExample(w));
        WizardView *wizard = w.wizard();
        wizard->goTo(3);
        QSpinBox *port = wizard->databasesPage()->ui.postgresPortSpin;
        QVERIFY(port->isVisible());
        retype(port, QStringLiteral("70000"));
        QCOMPARE(port->text(), QStringLiteral("70000"));
        QCOMPARE(w.document()->profile().databases.postgres.port, 70000);
        auto *message = wizard->databasesPage()->findChild<QLabel *>(QStringLiteral("postgresPortSpinMessage"));
        QVERIFY(message);
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("70000 is not a TCP port")), qPrintable(message->text()));

        // A file's 70000 is shown as 70000, beside the same message.
        QByteArray yaml = ProfileIO::exampleProfile();
        QVERIFY(yaml.contains("port: 6432") || yaml.contains("mode: external"));
        const QString path = writeFile(m_scratch, QStringLiteral("port-70000.yaml"),
                                       ProfileIO::serialize([] {
                                           DeploymentProfile p = ProfileIO::parse(ProfileIO::exampleProfile()).take();
                                           p.databases.postgres.port = 70000;
                                           return p;
                                       }()).toUtf8());
        w.document()->reset(w.document()->profile(), QString(), false);
        QVERIFY(w.openProfile(path));
        wizard->goTo(3);
        QCOMPARE(port->value(), 70000);
        QCOMPARE(port->text(), QStringLiteral("70000"));
        QVERIFY(message->isVisible());
        QVERIFY(message->text().contains(QStringLiteral("70000")));
    }

    void reviewNeverShowsAnotherProfilesFiles()
    {
        MainWindow w(nullptr);
        QVERIFY(startWithExample(w));
        WizardView *wizard = w.wizard();
        wizard->goTo(7);
        ReviewPage *review = wizard->reviewPage();
        QVERIFY(review->shownText(QStringLiteral("helm/values.yaml")).contains(QStringLiteral("analytics.distill.app")));

        DeploymentProfile broken = ProfileIO::parse(ProfileIO::exampleProfile()).take();
        broken.name = QStringLiteral("other-profile");
        broken.domain.hostname = QStringLiteral("bad host!");
        const QString path = writeFile(m_scratch, QStringLiteral("broken.yaml"), ProfileIO::serialize(broken).toUtf8());
        w.document()->reset(w.document()->profile(), QString(), false);
        QVERIFY(w.openProfile(path));
        QVERIFY(hasErrors(w.document()->issues()));
        wizard->goTo(7);
        // The bad host, and the warnings that no PostgreSQL version and no cluster ranges are given.
        QCOMPARE(review->ui.problemsList->count(), 3);
        QCOMPARE(review->ui.filesTabs->count(), 0);
        QVERIFY(review->files().isEmpty());
        QCOMPARE(review->ui.compareSummaryLabel->text(), QStringLiteral("Fix the problems above to see the files."));
        // Fixed, the files are the new profile's.
        QListWidget *problems = review->ui.problemsList;
        problems->setFocus();
        problems->setCurrentRow(0);
        QTest::keyClick(problems, Qt::Key_Return);
        QCOMPARE(wizard->currentIndex(), 2);
        retype(wizard->domainPage()->ui.hostnameEdit, QStringLiteral("fixed.example.org"));
        wizard->goTo(7);
        QVERIFY(review->shownText(QStringLiteral("helm/values.yaml")).contains(QStringLiteral("fixed.example.org")));
        QVERIFY(!review->shownText(QStringLiteral("helm/values.yaml")).contains(QStringLiteral("analytics.distill.app")));
        w.document()->reset(w.document()->profile(), QString(), false);
    }

    void newBlankProfileIsBlankAndForgetsTheExportFolder()
    {
        MainWindow w(nullptr);
        QVERIFY(startWithExample(w));
        WizardView *wizard = w.wizard();
        wizard->goTo(8);
        retype(wizard->exportPage()->ui.folderEdit, m_scratch.filePath(QStringLiteral("previous-export")));
        {
            BoxAnswerer answer(QMessageBox::Discard);
            QTest::keyClick(&w, Qt::Key_N, Qt::ControlModifier);
            QCOMPARE(answer.count, 1);
        }
        QVERIFY(w.document()->hasProfile());
        QVERIFY(w.document()->profile().name.isEmpty());
        QVERIFY(w.document()->profile().domain.hostname.isEmpty());
        QVERIFY(!ProfileIO::starterProfile().isEmpty());
        QVERIFY(wizard->exportPage()->folder().isEmpty());
        QVERIFY(!wizard->exportPage()->ui.exportButton->isEnabled());
        // Validation asks for what only the user knows.
        wizard->goTo(0);
        pressEnter(wizard);
        QCOMPARE(wizard->currentIndex(), 1);
        QVERIFY(!wizard->nextButton()->isEnabled());
        QCOMPARE(wizard->reasonLabel()->text(), QStringLiteral("1 problem to fix on this page: Profile name is required"));
        retype(wizard->clusterPage()->ui.nameEdit, QStringLiteral("fresh"));
        pressEnter(wizard);
        QCOMPARE(wizard->currentIndex(), 2);
        QVERIFY(!wizard->nextButton()->isEnabled());
        QVERIFY2(wizard->reasonLabel()->text().startsWith(QStringLiteral("1 problem to fix on this page: Host name")),
                 qPrintable(wizard->reasonLabel()->text()));
        w.document()->reset(w.document()->profile(), QString(), false);
    }

    void exportListsSecretsEnvAndRefusesEmptySecrets()
    {
        MainWindow w(nullptr);
        QVERIFY(startWithExample(w));
        WizardView *wizard = w.wizard();
        ExportPage *page = wizard->exportPage();
        const QString dir = m_scratch.filePath(QStringLiteral("secrets-export"));
        wizard->goTo(8);
        retype(page->ui.folderEdit, dir);
        auto rowOf = [page](const QString &file) {
            for (int r = 0; r < page->ui.filesTable->rowCount(); ++r)
                if (page->ui.filesTable->item(r, 0)->text() == file)
                    return r;
            return -1;
        };
        QCOMPARE(rowOf(QStringLiteral("secrets.env")), -1);
        clickLeft(page->ui.writeSecretsCheck);
        int row = rowOf(QStringLiteral("secrets.env"));
        QVERIFY(row >= 0);
        QCOMPARE(page->ui.filesTable->item(row, 1)->text(), QStringLiteral("0600"));
        QVERIFY2(page->ui.filesTable->item(row, 2)->text().contains(QStringLiteral("POSTGRES_PASSWORD")),
                 qPrintable(page->ui.filesTable->item(row, 2)->text()));
        QVERIFY(!page->ui.exportButton->isEnabled());
        QVERIFY(page->ui.resultLabel->text().contains(QStringLiteral("POSTGRES_PASSWORD")));
        QVERIFY(!page->exportFiles());
        QVERIFY(!QFile::exists(dir + QStringLiteral("/secrets.env")));

        wizard->goTo(6);
        SecretsPage *secrets = wizard->secretsPage();
        clickLeft(secrets->ui.generateMissingButton);
        secrets->ui.secretsTable->setCurrentCell(1, 0);
        retype(secrets->ui.valueEdit, QStringLiteral("typed-pg-password-2718"));
        QTest::keyClick(secrets->ui.valueEdit, Qt::Key_Tab);
        QTRY_COMPARE(secrets->values().value(QStringLiteral("POSTGRES_PASSWORD")), QStringLiteral("typed-pg-password-2718"));
        wizard->goTo(8);
        row = rowOf(QStringLiteral("secrets.env"));
        QVERIFY(row >= 0);
        QCOMPARE(page->ui.filesTable->item(row, 1)->text(), QStringLiteral("0600"));
        QCOMPARE(page->ui.filesTable->item(row, 2)->text(), QStringLiteral("new"));
        QVERIFY(page->ui.exportButton->isEnabled());
        clickLeft(page->ui.exportButton);
        QVERIFY(phctest::readFile(dir + QStringLiteral("/secrets.env")).contains("POSTGRES_PASSWORD=typed-pg-password-2718\n"));
        QCOMPARE(page->ui.filesTable->item(rowOf(QStringLiteral("secrets.env")), 2)->text(), QStringLiteral("unchanged"));
        w.document()->reset(w.document()->profile(), QString(), false);
    }

    void importOfOwnValuesMapsEveryKeyAndKeepsMonthlyEvents()
    {
        MainWindow w(nullptr);
        QVERIFY(startWithExample(w));
        QCOMPARE(w.document()->profile().sizing.monthlyEvents, 500'000);
        WizardView *wizard = w.wizard();
        wizard->regenerateNow();
        const GeneratedFile *values = nullptr;
        for (const GeneratedFile &f : wizard->reviewPage()->files())
            if (f.relativePath == u"helm/values.yaml")
                values = &f;
        QVERIFY(values);
        const QString path = writeFile(m_scratch, QStringLiteral("own-values.yaml"), values->content);
        {
            BoxAnswerer answer(QMessageBox::Discard);
            QVERIFY(w.importValues(path));
        }
        QCOMPARE(w.document()->profile().sizing.monthlyEvents, 500'000);
        StartPage *start = wizard->startPage();
        QTreeWidget *report = start->ui.importReport;
        QStringList rows;
        for (int i = 0; i < report->topLevelItemCount(); ++i)
            rows << report->topLevelItem(i)->text(0) + u' ' + report->topLevelItem(i)->text(1);
        // No chart key is left out; what the file cannot carry is named.
        for (const QString &row : rows)
            QVERIFY2(row.startsWith(QStringLiteral("profile ")), qPrintable(rows.join(u'\n')));
        QVERIFY2(rows.contains(QStringLiteral("profile spec.sizing.monthlyEvents")), qPrintable(rows.join(u'\n')));
        // Still there after going on and coming back.
        pressEnter(wizard);
        QCOMPARE(wizard->currentIndex(), 1);
        retype(wizard->clusterPage()->ui.imageTagEdit, QStringLiteral("release-1.43.1"));
        clickLeft(wizard->backButton());
        QCOMPARE(wizard->currentIndex(), 0);
        QVERIFY(start->ui.importGroup->isVisible());
        QCOMPARE(report->topLevelItemCount(), rows.size());
        w.document()->reset(w.document()->profile(), QString(), false);
    }

    void helpMenuHasTheGuideAndTheShortcuts()
    {
        MainWindow w(nullptr);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QAction *saveAs = menuAction(w.menuBar(), QStringLiteral("Save as..."));
        QVERIFY(saveAs);
        QVERIFY(!saveAs->shortcut().isEmpty());

        const auto sections = HelpDialog::guideSections();
        QVERIFY(sections.size() >= 8);
        QAction *wizardSection = menuAction(w.menuBar(), QStringLiteral("The wizard"));
        QVERIFY2(wizardSection, "Help > User guide lists the README's sections");
        wizardSection->trigger();
        auto *guide = w.findChild<HelpDialog *>(QStringLiteral("userGuide"));
        QVERIFY(guide);
        QVERIFY(guide->isVisible());
        QCOMPARE(guide->sectionList()->currentItem()->text(), QStringLiteral("The wizard"));
        const QString shown = guide->browser()->toPlainText();
        QVERIFY2(shown.startsWith(QStringLiteral("The wizard")), qPrintable(shown.left(80)));
        // Another section, by keyboard.
        guide->sectionList()->setFocus();
        QTest::keyClick(guide->sectionList(), Qt::Key_Down);
        QVERIFY(guide->browser()->toPlainText() != shown);
        guide->close();

        QAction *keys = menuAction(w.menuBar(), QStringLiteral("Keyboard shortcuts"));
        QVERIFY(keys);
        keys->trigger();
        auto *dialog = w.findChild<HelpDialog *>(QStringLiteral("keyboardShortcuts"));
        QVERIFY(dialog);
        QTableWidget *table = dialog->shortcutTable();
        QStringList rows;
        for (int r = 0; r < table->rowCount(); ++r)
            rows << table->item(r, 0)->text() + QStringLiteral(" = ") + table->item(r, 1)->text();
        const QString saveAsRow = saveAs->shortcut().toString(QKeySequence::NativeText) + QStringLiteral(" = File > Save as...");
        QVERIFY2(rows.contains(saveAsRow), qPrintable(rows.join(u'\n')));
        QVERIFY(rows.contains(QStringLiteral("Ctrl+2 = View > Dashboard")));
        QVERIFY(std::any_of(rows.cbegin(), rows.cend(), [](const QString &r) { return r.startsWith(QStringLiteral("Enter = ")); }));
        dialog->close();
    }

    void connectionLabelsHaveTheirFields()
    {
        ConnectionDialog dialog;
        auto *ca = dialog.findChild<QLineEdit *>(QStringLiteral("caFile"));
        QVERIFY(ca);
        QLabel *label = labelOf(ca);
        QVERIFY2(label, "the CA file's label has the field as its buddy (else '&' shows literally)");
        QCOMPARE(label->text(), QStringLiteral("Extra &CA file:"));
        // Every label of the form names its field.
        const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
        for (QLabel *l : labels)
            if (l->text().contains(u'&'))
                QVERIFY2(l->buddy(), qPrintable(l->text()));
    }

    void connectionDialogDuringTheDemoShowsTheDemo()
    {
        MainWindow w(nullptr);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.showDashboard();
        DashboardView *dashboard = w.dashboard();
        QVERIFY(dashboard->startDemo());
        const ConnectionSettings watched = dashboard->monitor()->settings();
        QVERIFY(watched.baseUrl.isValid());
        QString baseUrl;
        QString source;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<ConnectionDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            baseUrl = dialog->baseUrlEdit()->text();
            source = dialog->sourceCombo()->currentText();
            dialog->reject();
        });
        dashboard->editConnection();
        QCOMPARE(baseUrl, watched.baseUrl.toString());
        QVERIFY(!source.isEmpty());
        QVERIFY2(source != QStringLiteral("None"), qPrintable(source));
        QCOMPARE(dashboard->monitor()->settings(), watched); // cancelled: still the demo
        dashboard->stopWatching();
    }

    void diagnosticsRunWhenOpenedAndOnEachConnection()
    {
        MainWindow w(nullptr);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.showDashboard();
        DashboardView *dashboard = w.dashboard();
        QVERIFY(dashboard->startDemo());
        DiagnosticsPanel *panel = dashboard->diagnosticsPanel();
        QCOMPARE(panel->results()->topLevelItemCount(), 0); // not in view: not run
        QTabBar *bar = dashboard->tabs()->tabBar();
        const int tab = dashboard->tabs()->indexOf(panel);
        QTest::mouseClick(bar, Qt::LeftButton, Qt::NoModifier, bar->tabRect(tab).center());
        QCOMPARE(dashboard->tabs()->currentWidget(), panel);
        QVERIFY(panel->results()->topLevelItemCount() > 0); // started without "Run checks"
        QTRY_VERIFY_WITH_TIMEOUT(panel->runButton()->isEnabled(), 30000);
        const int checks = panel->results()->topLevelItemCount();

        // A new connection while in view: its checks run at once.
        DemoInstance other;
        QVERIFY(other.start());
        ConnectionSettings settings = other.connectionSettings();
        settings.corsOrigins << QStringLiteral("https://app.example.org");
        dashboard->connectTo(settings);
        QCOMPARE(panel->results()->topLevelItemCount(), checks + 1); // one more: the CORS origin
        QTRY_VERIFY_WITH_TIMEOUT(panel->runButton()->isEnabled(), 30000);
        QVERIFY(!panel->results()->findItems(QStringLiteral("CORS preflight from https://app.example.org"), Qt::MatchExactly).isEmpty());
        dashboard->stopWatching();
    }
};

QTEST_MAIN(TestShell)
#include "tst_shell.moc"
