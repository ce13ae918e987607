#include "mainwindow.h"

#include "common/appsettings.h"
#include "common/profiledocument.h"
#include "core/yamlreader.h"
#include "dashboard/dashboardview.h"
#include "dashboard/systemstatuspanel.h"
#include "helpdialog.h"
#include "preview/highlighting.h"
#include "profile/profileio.h"
#include "profile/valuesimporter.h"
#include "wizard/exportpage.h"
#include "wizard/reviewpage.h"
#include "wizard/startpage.h"
#include "wizard/wizardview.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QScrollArea>
#include <QShowEvent>
#include <QStackedWidget>
#include <QSystemTrayIcon>
#include <QStatusBar>

#include <algorithm>

namespace phc {

MainWindow::MainWindow(SecretStore *keychain, QWidget *parent)
    : QMainWindow(parent),
      m_document(new ProfileDocument(this)),
      m_wizard(new WizardView(m_document, keychain, this)),
      m_keychain(keychain),
      m_views(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_views->addWidget(m_wizard);
    setCentralWidget(m_views);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("New from the guide's &example"), this, &MainWindow::newFromExample);
    file->addAction(tr("&New blank profile"), QKeySequence::New, this, &MainWindow::newBlank);
    file->addAction(tr("&Open profile..."), QKeySequence::Open, this, &MainWindow::askOpenProfile);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    file->addAction(tr("&Import chart values.yaml..."), this, &MainWindow::askImportValues);
    file->addSeparator();
    file->addAction(tr("&Save"), QKeySequence::Save, this, &MainWindow::save);
    QAction *saveAsAction = file->addAction(tr("Save &as..."), this, &MainWindow::saveAs);
    saveAsAction->setObjectName(QStringLiteral("saveAs"));
    // Platforms without a standard Save As key (no desktop theme) get the usual one.
    QList<QKeySequence> saveAsKeys = QKeySequence::keyBindings(QKeySequence::SaveAs);
    if (saveAsKeys.isEmpty())
        saveAsKeys << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S);
    saveAsAction->setShortcuts(saveAsKeys);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *wizardAction = view->addAction(tr("&Wizard"), QKeySequence(Qt::CTRL | Qt::Key_1), this, &MainWindow::showWizard);
    QAction *dashboardAction =
        view->addAction(tr("&Dashboard"), QKeySequence(Qt::CTRL | Qt::Key_2), this, &MainWindow::showDashboard);
    wizardAction->setObjectName(QStringLiteral("showWizard"));
    dashboardAction->setObjectName(QStringLiteral("showDashboard"));
    view->addSeparator();
    view->addAction(tr("Dashboard &connection..."), this, [this] {
        showDashboard();
        m_dashboard->editConnection();
    });
    view->addAction(tr("Watch the d&emo instance"), this, [this] {
        showDashboard();
        m_dashboard->startDemo();
    });
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QMenu *guide = help->addMenu(tr("User &guide"));
    guide->setObjectName(QStringLiteral("userGuideMenu"));
    for (const auto &[title, text] : HelpDialog::guideSections())
        guide->addAction(title, this, [this, title] { HelpDialog::userGuide(title, this)->show(); });
    QAction *guideAction = help->addAction(tr("User guide (&all sections)"), QKeySequence::HelpContents, this,
                                           [this] { HelpDialog::userGuide(QString(), this)->show(); });
    guideAction->setObjectName(QStringLiteral("showUserGuide"));
    QAction *keysAction = help->addAction(tr("&Keyboard shortcuts"), this,
                                          [this] { HelpDialog::shortcuts(menuBar(), this)->show(); });
    keysAction->setObjectName(QStringLiteral("showShortcuts"));
    help->addSeparator();
    help->addAction(tr("&About"), this, [this] {
        QMessageBox::about(this, tr("About PostHog Admin Console"),
                           tr("<b>PostHog Admin Console</b> %1<br>Deployment files and a live dashboard for self-hosted PostHog."
                              "<br>Syntax highlighting: %2.")
                               .arg(QStringLiteral(PHC_VERSION), Highlighting::backendName()));
    });

    StartPage *start = m_wizard->startPage();
    connect(start, &StartPage::newFromExampleRequested, this, &MainWindow::newFromExample);
    connect(start, &StartPage::newBlankRequested, this, &MainWindow::newBlank);
    connect(start, &StartPage::openRequested, this, &MainWindow::askOpenProfile);
    connect(start, &StartPage::importRequested, this, &MainWindow::askImportValues);
    connect(start, &StartPage::recentRequested, this, [this](const QString &path) {
        if (maybeSave())
            openProfile(path);
    });
    connect(m_document, &ProfileDocument::stateChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ProfileDocument::changed, this, &MainWindow::updateTitle);

    ExportPage *exportPage = m_wizard->exportPage();
    exportPage->setFolder(AppSettings::lastExportFolder());
    connect(exportPage, &ExportPage::exported, this, [this](const QString &folder, const QStringList &written) {
        AppSettings::setLastExportFolder(folder);
        statusBar()->showMessage(tr("%n file(s) written to %1", nullptr, int(written.size())).arg(folder), 10000);
    });


    updateRecentMenu();
    updateTitle();
    resize(1100, 780);
    if (const QByteArray geometry = AppSettings::windowGeometry(); !geometry.isEmpty())
        restoreGeometry(geometry);
    restoreState(AppSettings::windowState());
    fitToScreen();
}

void MainWindow::fitToScreen()
{
    const QScreen *where = screen();
    if (!where)
        return;
    // The size asked for (or remembered from another screen or scale) never
    // passes the screen's free area: the pages scroll instead.
    const QRect available = where->availableGeometry();
    const QMargins frame(geometry().left() - frameGeometry().left(), geometry().top() - frameGeometry().top(),
                         frameGeometry().right() - geometry().right(), frameGeometry().bottom() - geometry().bottom());
    const QRect room = available - frame;
    const QSize size = this->size().boundedTo(room.size());
    if (size != this->size())
        resize(size);
    QRect placed(geometry().topLeft(), size);
    if (!room.contains(placed)) {
        placed.moveLeft(std::clamp(placed.left(), room.left(), std::max(room.left(), room.right() - placed.width() + 1)));
        placed.moveTop(std::clamp(placed.top(), room.top(), std::max(room.top(), room.bottom() - placed.height() + 1)));
        move(placed.topLeft() - QPoint(frame.left(), frame.top()));
    }
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // Now the frame is known, and the screen the window opened on.
    fitToScreen();
}

MainWindow::~MainWindow()
{
    // Closing editors commit their text as the window goes; by then nothing
    // here may react. The wizard goes first, while the document it edits lives.
    disconnect(m_document, nullptr, this, nullptr);
    delete m_wizard;
    m_wizard = nullptr;
    delete m_dashboard;
    m_dashboard = nullptr;
}

void MainWindow::showWizard() { m_views->setCurrentWidget(m_wizard); }

DashboardView *MainWindow::dashboard()
{
    if (!m_dashboard) {
        m_dashboard = new DashboardView(m_document, m_keychain, this);
        // Scrolls on a small screen rather than forcing the window past it.
        m_dashboardScroll = new QScrollArea(this);
        m_dashboardScroll->setWidgetResizable(true);
        m_dashboardScroll->setFrameShape(QFrame::NoFrame);
        m_dashboardScroll->setWidget(m_dashboard);
        m_views->addWidget(m_dashboardScroll);
        connect(m_dashboard, &DashboardView::alert, this, &MainWindow::notify);
        // The Review page's upgrade check reads what the dashboard fetched; the wizard itself stays offline.
        SystemStatusPanel *status = m_dashboard->systemStatusPanel();
        connect(status, &SystemStatusPanel::instanceChanged, this, [this, status] {
            if (m_wizard)
                m_wizard->reviewPage()->setInstance(status->isConnected() ? std::optional<AdminSnapshot>(status->snapshot())
                                                                      : std::nullopt);
        });
    }
    return m_dashboard;
}

void MainWindow::showDashboard()
{
    dashboard();
    m_views->setCurrentWidget(m_dashboardScroll);
}

bool MainWindow::isDashboardShown() const { return m_dashboard && m_views->currentWidget() == m_dashboardScroll; }

void MainWindow::notify(const QString &title, const QString &message)
{
    // A desktop notification where the desktop has a tray; the status bar always.
    statusBar()->showMessage(message, 15000);
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(windowIcon(), this);
        m_tray->setToolTip(tr("PostHog Admin Console"));
        m_tray->show();
    }
    m_tray->showMessage(title, message, QSystemTrayIcon::Warning);
}

void MainWindow::newBlank()
{
    startNew(ProfileIO::blankProfile());
}

void MainWindow::newFromExample()
{
    startNew(ProfileIO::parse(ProfileIO::exampleProfile()).take());
}

void MainWindow::startNew(DeploymentProfile profile)
{
    if (!maybeSave())
        return;
    m_document->reset(std::move(profile), QString(), true);
    m_wizard->startPage()->clearImportReport();
    // A new profile is exported somewhere new: no folder of another one's files.
    m_wizard->exportPage()->setFolder(QString());
}

void MainWindow::askOpenProfile()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open profile"), AppSettings::lastOpenFolder(),
                                                      tr("Profiles (*.yaml *.yml);;All files (*)"));
    if (!path.isEmpty())
        openProfile(path);
}

void MainWindow::askImportValues()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import chart values"), AppSettings::lastOpenFolder(),
                                                      tr("Helm values (*.yaml *.yml);;All files (*)"));
    if (!path.isEmpty())
        importValues(path);
}

bool MainWindow::openProfile(const QString &path)
{
    const Issues issues = m_document->open(path);
    if (hasErrors(issues)) {
        showLoadProblems(path, issues);
        if (!QFileInfo::exists(path))
            AppSettings::removeRecentProfile(path);
        updateRecentMenu();
        return false;
    }
    AppSettings::addRecentProfile(path);
    AppSettings::setLastOpenFolder(QFileInfo(path).absolutePath());
    updateRecentMenu();
    m_wizard->startPage()->clearImportReport();
    m_wizard->reviewPage()->setBaseline(ReviewPage::Compare::ImportedValues, {}, {});
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

bool MainWindow::importValues(const QString &path)
{
    Issues readIssues;
    const std::optional<QByteArray> read = readYamlFile(path, readIssues);
    if (!read) {
        showLoadProblems(path, readIssues);
        return false;
    }
    const QByteArray &bytes = *read;
    // What values.yaml cannot carry (monthly events, the profile's name...) stays the current profile's.
    auto imported = ValuesImporter::import(bytes, m_document->hasProfile() ? m_document->profile() : ProfileIO::blankProfile());
    if (!imported.ok()) {
        showLoadProblems(path, imported.issues());
        return false;
    }
    ValuesImport result = imported.take();
    DeploymentProfile profile = result.profile;
    if (profile.name.isEmpty())
        profile.name = QFileInfo(path).completeBaseName();
    m_document->reset(profile, QString(), true);
    m_wizard->startPage()->showImportReport(path, result);
    m_wizard->reviewPage()->setBaseline(ReviewPage::Compare::ImportedValues, {{QStringLiteral("helm/values.yaml"), bytes}},
                                        QFileInfo(path).fileName());
    AppSettings::setLastOpenFolder(QFileInfo(path).absolutePath());
    return true;
}

bool MainWindow::save()
{
    if (!m_document->hasProfile())
        return false;
    if (m_document->filePath().isEmpty())
        return saveAs();
    const QString error = m_document->saveAs(m_document->filePath());
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Save"), error);
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(m_document->filePath())), 5000);
    return true;
}

bool MainWindow::saveAs()
{
    if (!m_document->hasProfile())
        return false;
    QString suggestion = m_document->filePath();
    if (suggestion.isEmpty())
        suggestion = QDir(AppSettings::lastOpenFolder()).filePath(
            (m_document->profile().name.isEmpty() ? QStringLiteral("profile") : m_document->profile().name) + u".yaml");
    const QString path = QFileDialog::getSaveFileName(this, tr("Save profile"), suggestion, tr("Profiles (*.yaml *.yml)"));
    if (path.isEmpty())
        return false;
    const QString error = m_document->saveAs(path);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Save"), error);
        return false;
    }
    AppSettings::addRecentProfile(path);
    AppSettings::setLastOpenFolder(QFileInfo(path).absolutePath());
    updateRecentMenu();
    return true;
}

bool MainWindow::maybeSave()
{
    if (!m_document->hasProfile() || !m_document->isDirty())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"),
                    tr("The profile \"%1\" has changes that are not saved.").arg(m_document->profile().name),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("unsavedBox"));
    box.setInformativeText(tr("Save them first?"));
    box.setDefaultButton(QMessageBox::Save);
    box.setEscapeButton(QMessageBox::Cancel);
    switch (box.exec()) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    AppSettings::setWindowGeometry(saveGeometry(), saveState());
    event->accept();
}

void MainWindow::updateTitle()
{
    QString name = tr("no profile");
    if (m_document->hasProfile()) {
        name = m_document->filePath().isEmpty() ? m_document->profile().name : QFileInfo(m_document->filePath()).fileName();
        if (name.isEmpty())
            name = tr("unnamed profile");
    }
    setWindowTitle(name + QStringLiteral("[*]"));
    setWindowModified(m_document->isDirty());
}

void MainWindow::updateRecentMenu()
{
    const QStringList recent = AppSettings::recentProfiles();
    m_recentMenu->clear();
    for (const QString &path : recent)
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] {
            if (maybeSave())
                openProfile(path);
        });
    m_recentMenu->setEnabled(!recent.isEmpty());
    m_wizard->startPage()->setRecentFiles(recent);
}

void MainWindow::showLoadProblems(const QString &path, const Issues &issues)
{
    QMessageBox box(QMessageBox::Warning, tr("Cannot open"), tr("%1 has problems:").arg(QDir::toNativeSeparators(path)),
                    QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("loadProblemsBox"));
    box.setDetailedText(formatIssues(issues, path));
    box.setInformativeText(issues.isEmpty() ? tr("the file could not be read") : issues.constFirst().format(path));
    box.exec();
}

} // namespace phc
