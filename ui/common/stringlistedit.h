#pragma once

#include <QStringList>
#include <QWidget>

class QListWidget;
class QPushButton;

namespace phc {

// An editable list of short strings (CORS origins, namespaces): add, edit in
// place (F2 or double click), remove. Empty entries are dropped.
class StringListEdit : public QWidget
{
    Q_OBJECT
public:
    explicit StringListEdit(QWidget *parent = nullptr);

    QStringList values() const;
    void setValues(const QStringList &values);
    // Marks one entry as having a problem (tooltip and colour); -1 clears all.
    void markEntry(int index, const QString &message);

    QListWidget *list() const { return m_list; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }

Q_SIGNALS:
    void edited(const QStringList &values);

private:
    void addEntry();
    void removeEntry();
    void emitValues();

    QListWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    bool m_updating = false;
};

} // namespace phc
