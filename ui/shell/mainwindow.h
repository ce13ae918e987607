#pragma once

#include "core/issue.h"

#include <QMainWindow>

class QMenu;

namespace phc {

class ProfileDocument;
class SecretStore;
class WizardView;

// The application window: File menu (new, open, import, save, recent), the
// wizard, and the unsaved-changes prompt on close.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `keychain` may be null: secrets then live in memory for this run.
    explicit MainWindow(SecretStore *keychain, QWidget *parent = nullptr);
    ~MainWindow() override;

    ProfileDocument *document() const { return m_document; }
    WizardView *wizard() const { return m_wizard; }

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

private:
    // An unsaved profile from one of the built-in ones.
    void startNew(const QByteArray &builtInProfile);
    bool maybeSave();
    void updateTitle();
    void updateRecentMenu();
    void showLoadProblems(const QString &path, const Issues &issues);

    ProfileDocument *m_document;
    WizardView *m_wizard;
    QMenu *m_recentMenu = nullptr;
};

} // namespace phc
