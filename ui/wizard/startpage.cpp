#include "startpage.h"

#include <QDir>
#include <QFileInfo>
#include <QHeaderView>

namespace phc {

StartPage::StartPage(ProfileDocument *document, QWidget *parent) : WizardPage(document, parent)
{
    ui.setupUi(this);
    ui.importReport->setHeaderLabels({tr("Line"), tr("Chart key"), tr("Note")});
    ui.importReport->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    ui.importReport->setAccessibleName(tr("Chart keys that were not imported"));
    ui.recentList->setAccessibleName(tr("Recent profiles"));
    clearImportReport();
    connect(ui.newExampleButton, &QPushButton::clicked, this, &StartPage::newFromExampleRequested);
    connect(ui.newBlankButton, &QPushButton::clicked, this, &StartPage::newBlankRequested);
    connect(ui.openButton, &QPushButton::clicked, this, &StartPage::openRequested);
    connect(ui.importButton, &QPushButton::clicked, this, &StartPage::importRequested);
    connect(ui.recentList, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT recentRequested(item->data(Qt::UserRole).toString()); });
    connect(document, &ProfileDocument::stateChanged, this, &StartPage::updateCurrent);
    connect(document, &ProfileDocument::profileReplaced, this, &StartPage::updateCurrent);
    updateCurrent();
}

void StartPage::setRecentFiles(const QStringList &paths)
{
    ui.recentList->clear();
    for (const QString &path : paths) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(QFileInfo(path).fileName(), QDir::toNativeSeparators(path)),
                                         ui.recentList);
        item->setData(Qt::UserRole, path);
    }
    ui.recentLabel->setVisible(!paths.isEmpty());
    ui.recentList->setVisible(!paths.isEmpty());
    if (!paths.isEmpty())
        ui.recentList->setCurrentRow(0);
}

void StartPage::clearImportReport()
{
    ui.importReport->clear();
    ui.importGroup->hide();
}

void StartPage::showImportReport(const QString &file, const ValuesImport &import)
{
    ui.importReport->clear();
    ui.importSummaryLabel->setText(tr("%1: %n key(s) became profile fields; the %2 listed below did not. "
                                      "Fields a values file cannot hold keep the previous profile's values "
                                      "(listed as \"profile\"). Review every step.",
                                      nullptr, int(import.mapped.size()))
                                       .arg(QFileInfo(file).fileName())
                                       .arg(import.notMapped.size()));
    for (const Issue &issue : import.notMapped)
        new QTreeWidgetItem(ui.importReport, {QStringLiteral("%1:%2").arg(issue.line).arg(issue.column), issue.path, issue.message});
    // Profile fields the file cannot carry: named by their profile key, without a line.
    for (const Issue &issue : import.kept)
        new QTreeWidgetItem(ui.importReport, {tr("profile"), issue.path, issue.message});
    ui.importGroup->show();
}

void StartPage::updateCurrent()
{
    if (!m_document->hasProfile()) {
        ui.currentLabel->setText(tr("No profile yet: choose one of the ways above."));
        return;
    }
    const QString name = m_document->profile().name.isEmpty() ? tr("(unnamed)") : m_document->profile().name;
    ui.currentLabel->setText(m_document->filePath().isEmpty()
                                 ? tr("Current profile: %1 (not saved yet). Press Next to go on.").arg(name)
                                 : tr("Current profile: %1 from %2. Press Next to go on.")
                                       .arg(name, QDir::toNativeSeparators(m_document->filePath())));
}

} // namespace phc
