#pragma once

#include <QDialog>

class QListWidget;
class QMenuBar;
class QTableWidget;
class QTextBrowser;

namespace phc {

// Help > User guide: the README's sections (what `man posthog-console`
// says too), one at a time, and Help > Keyboard shortcuts: every menu
// action's shortcut and the keys of the wizard.
class HelpDialog : public QDialog
{
    Q_OBJECT
public:
    // The README's "## " sections as (title, Markdown), in order.
    static QList<std::pair<QString, QString>> guideSections();

    static HelpDialog *userGuide(const QString &section, QWidget *parent);
    static HelpDialog *shortcuts(const QMenuBar *menus, QWidget *parent);

    QListWidget *sectionList() const { return m_sections; }
    QTextBrowser *browser() const { return m_browser; }
    QTableWidget *shortcutTable() const { return m_shortcuts; }

private:
    explicit HelpDialog(QWidget *parent);

    QListWidget *m_sections = nullptr;
    QTextBrowser *m_browser = nullptr;
    QTableWidget *m_shortcuts = nullptr;
};

} // namespace phc
