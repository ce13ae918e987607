#include "reviewpage.h"

#include "admin/adminchecks.h"
#include "common/palettecolors.h"
#include "compat/servicerequirements.h"
#include "compat/version.h"
#include "core/textdiff.h"
#include "preview/highlighting.h"

#include <QFontDatabase>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSyntaxHighlighter>

namespace phc {

namespace {

QString htmlList(const QStringList &items, const char *tag)
{
    QString out = QStringLiteral("<%1 style=\"margin-top:0; margin-bottom:0\">").arg(QLatin1String(tag));
    for (const QString &item : items)
        out += QStringLiteral("<li>") + item.toHtmlEscaped() + QStringLiteral("</li>");
    return out + QStringLiteral("</%1>").arg(QLatin1String(tag));
}

} // namespace

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
    connect(document, &ProfileDocument::changed, this, &ReviewPage::updateUpgradeCheck);
    ui.upgradeBox->setAccessibleName(tr("Upgrade check"));
    fillCompareCombo();
    showProblems();
    updateUpgradeCheck();
}

void ReviewPage::setInstance(const std::optional<AdminSnapshot> &snapshot)
{
    m_instance = snapshot;
    updateUpgradeCheck();
}

void ReviewPage::updateUpgradeCheck()
{
    m_upgradePlan.reset();
    const QString running = m_instance && m_instance->overview ? m_instance->overview->posthogVersion() : QString();
    const QString tag = m_document->hasProfile() ? m_document->profile().cluster.imageTag : QString();
    const std::optional<Version> runningVersion = Version::parse(running);
    const std::optional<Version> tagVersion = Version::parse(tag);
    // Only a difference the instance itself reports is worth a word here.
    if (!runningVersion || !tagVersion || *runningVersion == *tagVersion) {
        ui.upgradeBox->setVisible(false);
        return;
    }
    ui.upgradeBox->setVisible(true);
    const QString headline = tr("The watched instance runs PostHog %1; this profile deploys %2 (spec.cluster.imageTag).")
                                 .arg(running, tag)
                                 .toHtmlEscaped();
    if (!m_instance->migrations) {
        ui.upgradeLabel->setText(headline + QStringLiteral("<br>")
                                 + tr("The upgrade check needs the instance's async migrations, which could not be "
                                      "read: %1")
                                       .arg(m_instance->migrationsError.message)
                                       .toHtmlEscaped());
        return;
    }
    const UpgradePlanner::Input input {AdminChecks::versionInForce(*m_instance, tag), tag, *m_instance->migrations,
                                       m_instance->overview, m_document->profile().cluster.namespaceName};
    m_upgradePlan = UpgradePlanner::plan(input, AsyncMigrationCatalog::builtIn(), ServiceRequirements::builtIn());
    const UpgradePlan &plan = *m_upgradePlan;
    const QColor colour = plan.go() ? PaletteColors::good(palette()) : PaletteColors::problem(palette());
    QString text = headline + QStringLiteral("<br><b style=\"color:%1\">").arg(colour.name())
                   + (plan.go() ? tr("Go: nothing blocks the upgrade from %1 to %2.")
                                : tr("Blocked: the upgrade from %1 to %2 needs these first."))
                         .arg(plan.current, plan.target)
                         .toHtmlEscaped()
                   + QStringLiteral("</b>");
    QStringList blockers;
    for (const UpgradeBlocker &b : plan.blockers)
        blockers.append(b.message);
    if (!blockers.isEmpty())
        text += htmlList(blockers, "ul");
    if (!plan.steps.isEmpty())
        text += tr("Steps:").toHtmlEscaped() + htmlList(plan.steps, "ol");
    if (!plan.notes.isEmpty())
        text += htmlList(plan.notes, "ul");
    ui.upgradeLabel->setText(text);
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
