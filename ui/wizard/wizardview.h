#pragma once

#include "common/profiledocument.h"
#include "generate/generatedfile.h"
#include "sizing/sizingmodel.h"

#include <QList>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace phc {

class ClusterPage;
class DatabasesPage;
class DomainPage;
class ExportPage;
class OperationsPage;
class ReviewPage;
class SecretStore;
class SecretsPage;
class SizingPage;
class StartPage;
class WizardPage;

// The wizard: a list of steps, the current page, Back/Next with the reason
// Next is unavailable. Regenerates the bundle, debounced, as the profile changes.
class WizardView : public QWidget
{
    Q_OBJECT
public:
    WizardView(ProfileDocument *document, SecretStore *keychain, QWidget *parent = nullptr);

    int currentIndex() const;
    int pageCount() const { return int(m_pages.size()); }
    WizardPage *page(int index) const { return m_pages.value(index); }
    bool canGoTo(int index) const;
    void goTo(int index);
    void next();
    void back();
    // Shows the page and focuses the editor of a key path.
    void goToField(const QString &path);
    // Runs any pending regeneration now.
    void regenerateNow();
    // Milliseconds between the last edit and regeneration.
    static constexpr int debounceMs = 150;

    StartPage *startPage() const { return m_start; }
    ClusterPage *clusterPage() const { return m_cluster; }
    DomainPage *domainPage() const { return m_domain; }
    DatabasesPage *databasesPage() const { return m_databases; }
    SizingPage *sizingPage() const { return m_sizing; }
    OperationsPage *operationsPage() const { return m_operations; }
    SecretsPage *secretsPage() const { return m_secrets; }
    ReviewPage *reviewPage() const { return m_review; }
    ExportPage *exportPage() const { return m_export; }
    QPushButton *nextButton() const { return m_next; }
    QPushButton *backButton() const { return m_back; }
    QLabel *reasonLabel() const { return m_reason; }
    QListWidget *stepList() const { return m_steps; }

Q_SIGNALS:
    void regenerated(const GeneratedFiles &files);
    void currentPageChanged(int index);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void addPage(WizardPage *page);
    void updateNavigation();
    // Why the step list may not open `index` now (empty when it may).
    QString refusalReason(int index) const;
    // Selects the row of the page shown, without reacting to it.
    void showCurrentStep();
    void regenerate();
    void loadExportBaseline();

    ProfileDocument *m_document;
    QList<WizardPage *> m_pages;
    StartPage *m_start;
    ClusterPage *m_cluster;
    DomainPage *m_domain;
    DatabasesPage *m_databases;
    SizingPage *m_sizing;
    OperationsPage *m_operations;
    SecretsPage *m_secrets;
    ReviewPage *m_review;
    ExportPage *m_export;
    QListWidget *m_steps;
    QStackedWidget *m_stack;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_reason;
    QPushButton *m_back;
    QPushButton *m_next;
    QTimer *m_debounce;
    // False until a bundle of the current profile was generated.
    bool m_filesBelongToProfile = false;
};

} // namespace phc
