#include "wizardview.h"

#include "clusterpage.h"
#include "databasespage.h"
#include "domainpage.h"
#include "exportpage.h"
#include "operationspage.h"
#include "reviewpage.h"
#include "secretspage.h"
#include "sizingpage.h"
#include "startpage.h"

#include "generate/bundle.h"

#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace phc {

WizardView::WizardView(ProfileDocument *document, SecretStore *keychain, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    m_steps = new QListWidget(this);
    m_steps->setObjectName(QStringLiteral("stepList"));
    m_steps->setAccessibleName(tr("Steps"));
    m_steps->setFocusPolicy(Qt::TabFocus);
    m_stack = new QStackedWidget(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle = new QLabel(this);
    m_subtitle->setWordWrap(true);
    m_reason = new QLabel(this);
    m_reason->setObjectName(QStringLiteral("reasonLabel"));
    m_reason->setWordWrap(true);
    m_back = new QPushButton(tr("< &Back"), this);
    m_back->setObjectName(QStringLiteral("backButton"));
    m_next = new QPushButton(tr("&Next >"), this);
    m_next->setObjectName(QStringLiteral("nextButton"));
    m_next->setToolTip(tr("Next step (Enter)"));

    auto *nav = new QHBoxLayout;
    nav->addWidget(m_reason, 1);
    nav->addWidget(m_back);
    nav->addWidget(m_next);
    auto *right = new QVBoxLayout;
    right->addWidget(m_title);
    right->addWidget(m_subtitle);
    right->addWidget(m_stack, 1);
    right->addLayout(nav);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_steps);
    layout->addLayout(right, 1);

    m_start = new StartPage(document);
    m_cluster = new ClusterPage(document);
    m_domain = new DomainPage(document);
    m_databases = new DatabasesPage(document);
    m_sizing = new SizingPage(document, SizingModel::builtIn());
    m_operations = new OperationsPage(document);
    m_secrets = new SecretsPage(document, keychain);
    m_review = new ReviewPage(document);
    m_export = new ExportPage(document);
    for (WizardPage *p : {static_cast<WizardPage *>(m_start), static_cast<WizardPage *>(m_cluster),
                          static_cast<WizardPage *>(m_domain), static_cast<WizardPage *>(m_databases),
                          static_cast<WizardPage *>(m_sizing), static_cast<WizardPage *>(m_operations),
                          static_cast<WizardPage *>(m_secrets), static_cast<WizardPage *>(m_review),
                          static_cast<WizardPage *>(m_export)})
        addPage(p);
    m_steps->setFixedWidth(m_steps->sizeHintForColumn(0) + 4 * m_steps->frameWidth() + 24);

    m_export->setSecretsProvider([this](QString *error) {
        const QStringList missing = DeploymentSecrets::missing(m_secrets->secrets(), m_secrets->values());
        if (!missing.isEmpty()) {
            *error = tr("no value yet for %1: generate or type it on the Secrets page")
                         .arg(missing.join(QStringLiteral(", ")));
            return QByteArray();
        }
        return DeploymentSecrets::envFile(m_secrets->secrets(), m_secrets->values(), error);
    });

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(debounceMs);
    connect(m_debounce, &QTimer::timeout, this, &WizardView::regenerate);
    connect(document, &ProfileDocument::changed, this, [this] {
        m_debounce->start();
        updateNavigation();
    });
    connect(document, &ProfileDocument::profileReplaced, this, [this] {
        // A different profile: show its files at once, never the last one's.
        m_debounce->stop();
        m_filesBelongToProfile = false;
        regenerate();
    });
    connect(m_back, &QPushButton::clicked, this, &WizardView::back);
    connect(m_next, &QPushButton::clicked, this, &WizardView::next);
    connect(m_steps, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row == currentIndex())
            return;
        if (canGoTo(row)) {
            goTo(row);
            return;
        }
        // The list follows the page shown; the view's own mouse handling
        // selects the clicked row after this signal, so set it back once it is done.
        const QString reason = refusalReason(row);
        const int shown = currentIndex();
        QTimer::singleShot(0, this, [this, reason, shown] {
            if (currentIndex() != shown)
                return;
            showCurrentStep();
            m_reason->setText(reason);
            m_next->setAccessibleDescription(reason);
        });
        showCurrentStep();
        m_reason->setText(reason);
    });
    connect(m_review, &ReviewPage::goToField, this, &WizardView::goToField);
    connect(m_export, &ExportPage::folderChanged, this, &WizardView::loadExportBaseline);
    connect(m_export, &ExportPage::exported, this, &WizardView::loadExportBaseline);
    goTo(0);
}

void WizardView::addPage(WizardPage *page)
{
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);
    m_stack->addWidget(scroll);
    m_pages.append(page);
    new QListWidgetItem(QStringLiteral("%1. %2").arg(m_pages.size()).arg(page->title()), m_steps);
}

int WizardView::currentIndex() const
{
    return m_stack->currentIndex();
}

bool WizardView::canGoTo(int index) const
{
    if (index < 0 || index >= m_pages.size())
        return false;
    if (index <= currentIndex())
        return true;
    // The review lists every problem with a link to its field: always open.
    if (m_pages[index] == m_review && m_document->hasProfile())
        return true;
    // Forward only past pages that let the user go on.
    for (int i = 0; i < index; ++i)
        if (!m_pages[i]->blockingReason().isEmpty())
            return false;
    return true;
}

void WizardView::goTo(int index)
{
    if (index < 0 || index >= m_pages.size())
        return;
    if (index >= m_pages.indexOf(m_review))
        regenerateNow();
    m_stack->setCurrentIndex(index);
    WizardPage *page = m_pages[index];
    m_title->setText(page->title());
    m_subtitle->setText(page->subtitle());
    showCurrentStep();
    page->enter();
    updateNavigation();
    // Keyboard users land on the first field of the page.
    if (QWidget *first = page->nextInFocusChain(); first && page->isAncestorOf(first))
        first->setFocus(Qt::TabFocusReason);
    Q_EMIT currentPageChanged(index);
}

QString WizardView::refusalReason(int index) const
{
    for (int i = 0; i < index && i < m_pages.size(); ++i) {
        const QString blocking = m_pages[i]->blockingReason();
        if (!blocking.isEmpty())
            return tr("\"%1\" cannot be opened before \"%2\" is complete. %3")
                .arg(m_pages.value(index) ? m_pages[index]->title() : QString(), m_pages[i]->title(), blocking);
    }
    return {};
}

void WizardView::showCurrentStep()
{
    const QSignalBlocker blocker(m_steps);
    m_steps->setCurrentRow(currentIndex(), QItemSelectionModel::ClearAndSelect);
}

void WizardView::next()
{
    if (m_next->isEnabled())
        goTo(currentIndex() + 1);
}

void WizardView::back()
{
    goTo(currentIndex() - 1);
}

void WizardView::goToField(const QString &path)
{
    for (int i = 0; i < m_pages.size(); ++i) {
        const QStringList prefixes = m_pages[i]->pathPrefixes();
        if (std::none_of(prefixes.cbegin(), prefixes.cend(),
                         [&](const QString &p) { return ProfileDocument::pathIsUnder(path, p); }))
            continue;
        goTo(i);
        if (QWidget *editor = m_pages[i]->binder()->editorFor(path)) {
            editor->setFocus(Qt::OtherFocusReason);
            if (auto *scroll = qobject_cast<QScrollArea *>(m_stack->widget(i)))
                scroll->ensureWidgetVisible(editor);
        }
        return;
    }
}

void WizardView::updateNavigation()
{
    const int index = currentIndex();
    WizardPage *page = m_pages.value(index);
    if (!page)
        return;
    const QString reason = page->blockingReason();
    const bool last = index == m_pages.size() - 1;
    m_back->setEnabled(index > 0);
    m_next->setVisible(!last);
    m_next->setEnabled(!last && reason.isEmpty());
    m_reason->setText(reason);
    m_next->setAccessibleDescription(reason);
    for (int i = 0; i < m_pages.size(); ++i) {
        QListWidgetItem *item = m_steps->item(i);
        const bool problems = hasErrors(m_document->issuesUnder(m_pages[i]->pathPrefixes())) && !m_pages[i]->pathPrefixes().isEmpty();
        item->setText(QStringLiteral("%1. %2%3").arg(i + 1).arg(m_pages[i]->title(), problems ? QStringLiteral("  ⚠") : QString()));
        item->setToolTip(problems ? tr("This step has problems to fix") : QString());
    }
}

void WizardView::regenerateNow()
{
    if (m_debounce->isActive()) {
        m_debounce->stop();
        regenerate();
    }
}

void WizardView::regenerate()
{
    if (!m_document->hasProfile())
        return;
    auto bundle = Bundle::generate(m_document->profile());
    const GeneratedFiles files = bundle.ok() ? bundle.take() : GeneratedFiles();
    auto pathsOf = [](const GeneratedFiles &list) {
        QStringList paths;
        for (const GeneratedFile &f : list)
            paths << f.relativePath;
        return paths;
    };
    const QStringList before = pathsOf(m_review->files());
    // With errors the review keeps showing the last good files of this
    // profile while it is edited (Next stays blocked); another profile's never.
    if (bundle.ok() || !m_filesBelongToProfile) {
        m_review->setFiles(files);
        m_export->setFiles(files);
        m_filesBelongToProfile = bundle.ok();
    }
    // The folder's files change only on export or a new folder (both reload
    // them); here only when the bundle now holds other files.
    if (!m_export->folder().isEmpty() && pathsOf(m_review->files()) != before)
        loadExportBaseline();
    updateNavigation();
    Q_EMIT regenerated(files);
}

void WizardView::loadExportBaseline()
{
    // The files now in the export folder: what an export would change.
    QHash<QString, QByteArray> existing;
    const QString dir = m_export->folder();
    if (!dir.isEmpty()) {
        const QDir base(dir);
        for (const GeneratedFile &f : m_review->files()) {
            QFile file(base.filePath(f.relativePath));
            if (file.open(QIODevice::ReadOnly) && file.size() <= 16 * 1024 * 1024)
                existing.insert(f.relativePath, file.readAll());
        }
    }
    m_review->setBaseline(ReviewPage::Compare::ExportFolder, existing, QDir::toNativeSeparators(dir));
}

void WizardView::keyPressEvent(QKeyEvent *event)
{
    // Line edits, spin boxes, combo boxes and check boxes leave Enter to
    // their parents: here it means Next, as in a dialog.
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && event->modifiers() == Qt::NoModifier) {
        if (m_next->isVisible() && m_next->isEnabled()) {
            next();
            event->accept();
            return;
        }
    }
    QWidget::keyPressEvent(event);
}

} // namespace phc
