#include "reviewpage.h"

#include "core/textdiff.h"
#include "preview/highlighting.h"

#include <QFontDatabase>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSyntaxHighlighter>

namespace phc {


ReviewPage::ReviewPage(ProfileDocument *document, QWidget *parent) : WizardPage(document, parent)
{
    ui.setupUi(this);
    ui.problemsList->setAccessibleName(tr("Problems"));
    ui.filesTabs->setAccessibleName(tr("Generated files"));
    connect(ui.problemsList, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT goToField(item->data(Qt::UserRole).toString()); });
    connect(ui.problemsList, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { Q_EMIT goToField(item->data(Qt::UserRole).toString()); });
    connect(ui.compareCombo, &QComboBox::activated, this,
            [this](int index) { setCompare(Compare(ui.compareCombo->itemData(index).toInt())); });
    connect(document, &ProfileDocument::changed, this, &ReviewPage::showProblems);
    fillCompareCombo();
    showProblems();
}

QString ReviewPage::blockingReason() const
{
    if (!m_document->hasProfile())
        return tr("Start a profile first.");
    if (hasErrors(m_document->issues()))
        return tr("Fix the problems listed above before exporting.");
    if (m_files.isEmpty())
        return tr("The files are being generated...");
    return {};
}

void ReviewPage::showProblems()
{
    ui.problemsList->clear();
    const Issues &issues = m_document->issues();
    for (const Issue &issue : issues) {
        const QString prefix = issue.severity == Severity::Error ? tr("Error") : tr("Warning");
        auto *item = new QListWidgetItem(QStringLiteral("%1 · %2: %3").arg(prefix, issue.path, issue.message), ui.problemsList);
        item->setData(Qt::UserRole, issue.path);
        item->setToolTip(tr("Activate to go to the field"));
    }
    ui.problemsList->setVisible(!issues.isEmpty());
    ui.problemsLabel->setText(issues.isEmpty() ? tr("No problems: the files below are what Export writes.")
                                               : tr("%n problem(s); activate one to go to its field:", nullptr, int(issues.size())));
    const int rowHeight = std::max(ui.problemsList->sizeHintForRow(0), ui.problemsList->fontMetrics().height() + 4);
    ui.problemsList->setMaximumHeight(rowHeight * int(std::min<qsizetype>(issues.size(), 6) + 1));
}

void ReviewPage::fillCompareCombo()
{
    const auto current = m_compare;
    ui.compareCombo->clear();
    ui.compareCombo->addItem(tr("the files"), int(Compare::None));
    if (m_baselines.contains(Compare::ExportFolder))
        ui.compareCombo->addItem(tr("changes against %1").arg(m_baselineLabels.value(Compare::ExportFolder)),
                                 int(Compare::ExportFolder));
    if (m_baselines.contains(Compare::ImportedValues))
        ui.compareCombo->addItem(tr("changes against %1").arg(m_baselineLabels.value(Compare::ImportedValues)),
                                 int(Compare::ImportedValues));
    const int index = ui.compareCombo->findData(int(current));
    ui.compareCombo->setCurrentIndex(index < 0 ? 0 : index);
    if (index < 0)
        m_compare = Compare::None;
}

void ReviewPage::setBaseline(Compare kind, const QHash<QString, QByteArray> &files, const QString &label)
{
    if (files.isEmpty()) {
        m_baselines.remove(kind);
        m_baselineLabels.remove(kind);
    } else {
        m_baselines.insert(kind, files);
        m_baselineLabels.insert(kind, label);
    }
    fillCompareCombo();
    updateTabs();
}

void ReviewPage::setCompare(Compare kind)
{
    m_compare = m_baselines.contains(kind) ? kind : Compare::None;
    const int index = ui.compareCombo->findData(int(m_compare));
    ui.compareCombo->setCurrentIndex(index);
    updateTabs();
}

void ReviewPage::setFiles(const GeneratedFiles &files)
{
    m_files = files;
    updateTabs();
}

QString ReviewPage::textFor(const GeneratedFile &file, int *changes) const
{
    *changes = -1;
    if (m_compare == Compare::None)
        return QString::fromUtf8(file.content);
    const auto &baseline = m_baselines.value(m_compare);
    if (!baseline.contains(file.relativePath)) {
        if (m_compare == Compare::ImportedValues)
            return tr("(only helm/values.yaml is compared with the imported values)\n");
        return tr("(new file: not in the export folder)\n");
    }
    const auto diff = TextDiff::lines(QString::fromUtf8(baseline.value(file.relativePath)), QString::fromUtf8(file.content));
    *changes = TextDiff::countChanges(diff);
    if (*changes == 0)
        return tr("(no changes)\n");
    return TextDiff::unified(diff);
}

void ReviewPage::updateTabs()
{
    QSet<QString> present;
    int totalChanges = 0;
    int comparedFiles = 0;
    for (int i = 0; i < m_files.size(); ++i) {
        const GeneratedFile &file = m_files[i];
        present.insert(file.relativePath);
        QPlainTextEdit *editor = m_editors.value(file.relativePath);
        const QString mode = m_compare == Compare::None ? QStringLiteral("file") : QStringLiteral("diff");
        if (!editor) {
            editor = new QPlainTextEdit;
            editor->setObjectName(file.relativePath);
            editor->setReadOnly(true);
            editor->setLineWrapMode(QPlainTextEdit::NoWrap);
            editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
            editor->setAccessibleName(file.relativePath);
            editor->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
            m_editors.insert(file.relativePath, editor);
            ui.filesTabs->insertTab(i, editor, file.relativePath);
        } else if (ui.filesTabs->indexOf(editor) != i) {
            ui.filesTabs->removeTab(ui.filesTabs->indexOf(editor));
            ui.filesTabs->insertTab(i, editor, file.relativePath);
        }
        int changes = -1;
        const QString text = textFor(file, &changes);
        if (changes >= 0) {
            totalChanges += changes;
            ++comparedFiles;
        }
        ui.filesTabs->setTabText(i, changes > 0 ? file.relativePath + QStringLiteral(" *") : file.relativePath);
        if (m_shownMode.value(file.relativePath) != mode) {
            // A new highlighter for the new kind of text; the old one goes with its parent document.
            const auto highlighters = editor->document()->findChildren<QSyntaxHighlighter *>();
            for (auto *h : highlighters)
                delete h;
            Highlighting::attach(editor->document(), file.relativePath, mode == u"diff");
            m_shownMode.insert(file.relativePath, mode);
            m_shown.remove(file.relativePath);
        }
        if (m_shown.value(file.relativePath) != text) {
            // Keep the reader's place while the text is regenerated under them.
            const int scroll = editor->verticalScrollBar()->value();
            editor->setPlainText(text);
            editor->verticalScrollBar()->setValue(scroll);
            m_shown.insert(file.relativePath, text);
        }
    }
    for (auto it = m_editors.begin(); it != m_editors.end();) {
        if (!present.contains(it.key())) {
            delete it.value();
            m_shown.remove(it.key());
            m_shownMode.remove(it.key());
            it = m_editors.erase(it);
        } else {
            ++it;
        }
    }
    if (m_files.isEmpty() && m_document->hasProfile() && hasErrors(m_document->issues()))
        ui.compareSummaryLabel->setText(tr("Fix the problems above to see the files."));
    else
        ui.compareSummaryLabel->setText(m_compare == Compare::None
                                            ? tr("%n file(s)", nullptr, int(m_files.size()))
                                            : tr("%n changed line(s) in %1 compared file(s)", nullptr, totalChanges).arg(comparedFiles));
}

QString ReviewPage::shownText(const QString &relativePath) const
{
    return m_shown.value(relativePath);
}

QPlainTextEdit *ReviewPage::editorFor(const QString &relativePath) const
{
    return m_editors.value(relativePath);
}

} // namespace phc
