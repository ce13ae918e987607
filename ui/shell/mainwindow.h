#pragma once

#include "core/issue.h"
#include "profile/deploymentprofile.h"

#include <QMainWindow>

class QMenu;
class QScrollArea;
class QStackedWidget;
class QSystemTrayIcon;

namespace phc {

class DashboardView;
class ProfileDocument;
class SecretStore;
class WizardView;

// The application window: File menu (new, open, import, save, recent), the
// wizard and the dashboard as its two views, and the unsaved-changes prompt
// on close.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `keychain` may be null: secrets then live in memory for this run.
    explicit MainWindow(SecretStore *keychain, QWidget *parent = nullptr);
    ~MainWindow() override;

    ProfileDocument *document() const { return m_document; }
    WizardView *wizard() const { return m_wizard; }
    // Built the first time it is asked for: the window opens on the wizard
    // without paying for the charts.
    DashboardView *dashboard();

    void showWizard();
    void showDashboard();
    bool isDashboardShown() const;

    // File dialogs, after the unsaved-changes question.
    void askOpenProfile();
    void askImportValues();
    void newFromExample();
    void newBlank();
    bool openProfile(const QString &path);
    bool importValues(const QString &path);
    bool save();
    bool saveAs();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    // An unsaved profile from one of the built-in ones.
    void startNew(DeploymentProfile profile);
    bool maybeSave();
    // Keeps the window inside the free area of its screen.
    void fitToScreen();
    void updateTitle();
    void updateRecentMenu();
    void showLoadProblems(const QString &path, const Issues &issues);
    void notify(const QString &title, const QString &message);

    ProfileDocument *m_document;
    WizardView *m_wizard;
    SecretStore *m_keychain;
    DashboardView *m_dashboard = nullptr;
    QScrollArea *m_dashboardScroll = nullptr;
    QStackedWidget *m_views;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_recentMenu = nullptr;
};

} // namespace phc
