#include "helpdialog.h"

#include "common/formatting.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace phc {

namespace {

void addShortcutRows(QTableWidget *table, const QString &path, const QList<QAction *> &actions)
{
    for (QAction *action : actions) {
        if (action->isSeparator())
            continue;
        const QString name = path.isEmpty() ? withoutMnemonic(action->text()) : path + QStringLiteral(" > ") + withoutMnemonic(action->text());
        if (action->menu()) {
            addShortcutRows(table, name, action->menu()->actions());
            continue;
        }
        QStringList keys;
        for (const QKeySequence &k : action->shortcuts())
            keys << k.toString(QKeySequence::NativeText);
        if (keys.isEmpty())
            continue;
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(keys.join(QStringLiteral(", "))));
        table->setItem(row, 1, new QTableWidgetItem(name));
    }
}

} // namespace

HelpDialog::HelpDialog(QWidget *parent) : QDialog(parent)
{
    setAttribute(Qt::WA_DeleteOnClose);
    resize(760, 560);
}

QList<std::pair<QString, QString>> HelpDialog::guideSections()
{
    QFile file(QStringLiteral(":/docs/README.md"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<std::pair<QString, QString>> sections;
    bool inCode = false;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (line.startsWith(QStringLiteral("```")))
            inCode = !inCode;
        if (!inCode && line.startsWith(QStringLiteral("## "))) {
            sections.append({line.mid(3).trimmed(), QString()});
            continue;
        }
        if (!sections.isEmpty())
            sections.last().second += line + u'\n';
    }
    return sections;
}

HelpDialog *HelpDialog::userGuide(const QString &section, QWidget *parent)
{
    auto *dialog = new HelpDialog(parent);
    dialog->setObjectName(QStringLiteral("userGuide"));
    dialog->setWindowTitle(tr("User guide"));
    dialog->m_sections = new QListWidget(dialog);
    dialog->m_sections->setAccessibleName(tr("Sections"));
    dialog->m_browser = new QTextBrowser(dialog);
    dialog->m_browser->setOpenExternalLinks(true);
    const auto sections = guideSections();
    for (const auto &[title, text] : sections)
        new QListWidgetItem(title, dialog->m_sections);
    dialog->m_sections->setMaximumWidth(dialog->m_sections->sizeHintForColumn(0) + 4 * dialog->m_sections->frameWidth() + 24);
    connect(dialog->m_sections, &QListWidget::currentRowChanged, dialog, [dialog, sections](int row) {
        if (row >= 0 && row < sections.size())
            dialog->m_browser->setMarkdown(QStringLiteral("## ") + sections[row].first + u'\n' + sections[row].second);
    });
    auto *man = new QLabel(tr("The same text, for the commands, in a terminal: man posthog-console"), dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *body = new QHBoxLayout;
    body->addWidget(dialog->m_sections);
    body->addWidget(dialog->m_browser, 1);
    auto *layout = new QVBoxLayout(dialog);
    layout->addLayout(body, 1);
    layout->addWidget(man);
    layout->addWidget(buttons);
    int row = 0;
    for (int i = 0; i < sections.size(); ++i)
        if (sections[i].first == section)
            row = i;
    dialog->m_sections->setCurrentRow(sections.isEmpty() ? -1 : row);
    return dialog;
}

HelpDialog *HelpDialog::shortcuts(const QMenuBar *menus, QWidget *parent)
{
    auto *dialog = new HelpDialog(parent);
    dialog->setObjectName(QStringLiteral("keyboardShortcuts"));
    dialog->setWindowTitle(tr("Keyboard shortcuts"));
    auto *table = new QTableWidget(0, 2, dialog);
    dialog->m_shortcuts = table;
    table->setHorizontalHeaderLabels({tr("Keys"), tr("Does")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAccessibleName(tr("Keyboard shortcuts"));
    addShortcutRows(table, QString(), menus->actions());
    const QList<std::pair<QString, QString>> keys {
        {tr("Enter"), tr("Wizard: next step (as the Next button)")},
        {tr("Tab, Shift+Tab"), tr("Next and previous field")},
        {tr("Alt + underlined letter"), tr("The field or button of that label")},
        {tr("Enter on a problem"), tr("Review: go to the field of that problem")},
    };
    for (const auto &[k, what] : keys) {
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(k));
        table->setItem(row, 1, new QTableWidgetItem(what));
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    return dialog;
}

} // namespace phc
