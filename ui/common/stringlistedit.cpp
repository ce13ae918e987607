#include "stringlistedit.h"

#include "palettecolors.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace phc {

StringListEdit::StringListEdit(QWidget *parent) : QWidget(parent)
{
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("entries"));
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_list->setMaximumHeight(m_list->fontMetrics().height() * 6);
    m_add = new QPushButton(tr("Add"), this);
    m_add->setObjectName(QStringLiteral("addButton"));
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeButton"));
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    setFocusProxy(m_list);

    connect(m_add, &QPushButton::clicked, this, &StringListEdit::addEntry);
    connect(m_remove, &QPushButton::clicked, this, &StringListEdit::removeEntry);
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        if (!m_updating)
            emitValues();
    });
}

QStringList StringListEdit::values() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i) {
        const QString text = m_list->item(i)->text().trimmed();
        if (!text.isEmpty())
            out << text;
    }
    return out;
}

void StringListEdit::setValues(const QStringList &values)
{
    if (values == this->values() && m_list->count() == values.size())
        return;
    m_updating = true;
    const int current = m_list->currentRow();
    m_list->clear();
    for (const QString &v : values) {
        auto *item = new QListWidgetItem(v, m_list);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    m_list->setCurrentRow(std::min(current, int(m_list->count()) - 1));
    m_updating = false;
}

void StringListEdit::markEntry(int index, const QString &message)
{
    m_updating = true;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        if (index < 0 || i == index) {
            const bool bad = index >= 0 && !message.isEmpty();
            item->setToolTip(bad ? message : QString());
            item->setForeground(bad ? PaletteColors::problem(palette()) : palette().text());
        }
    }
    m_updating = false;
}

void StringListEdit::addEntry()
{
    m_updating = true;
    auto *item = new QListWidgetItem(QString(), m_list);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    m_list->setCurrentItem(item);
    m_updating = false;
    m_list->setFocus();
    m_list->editItem(item);
}

void StringListEdit::removeEntry()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    delete m_list->takeItem(row);
    emitValues();
}

void StringListEdit::emitValues()
{
    Q_EMIT edited(values());
}

} // namespace phc
