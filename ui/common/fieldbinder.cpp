#include "fieldbinder.h"

#include "formatting.h"
#include "palettecolors.h"
#include "stringlistedit.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>

#include <limits>

namespace phc {

FieldBinder::FieldBinder(ProfileDocument *document, QObject *parent) : QObject(parent), m_document(document)
{
    connect(document, &ProfileDocument::changed, this, &FieldBinder::refresh);
}

FieldBinder::Binding &FieldBinder::add(QWidget *editor, const QString &path, std::function<void()> refresh)
{
    m_bindings.append({editor, path, std::move(refresh), messageLabelFor(editor), {}, {}});
    return m_bindings.last();
}

FieldBinder::Binding *FieldBinder::bindingFor(QWidget *editor)
{
    for (Binding &b : m_bindings)
        if (b.editor == editor)
            return &b;
    return nullptr;
}

void FieldBinder::edit(const std::function<void(DeploymentProfile &)> &change)
{
    if (m_refreshing)
        return;
    m_document->edit(change);
}

namespace {

// The form and row that hold an editor, directly or in a nested layout.
QFormLayout *formRowOf(QWidget *editor, int *row)
{
    *row = -1;
    auto *form = editor->parentWidget() ? qobject_cast<QFormLayout *>(editor->parentWidget()->layout()) : nullptr;
    QFormLayout::ItemRole role {};
    if (form)
        form->getWidgetPosition(editor, row, &role);
    if (form && *row >= 0)
        return form;
    for (QWidget *w = editor->parentWidget(); w; w = w->parentWidget()) {
        form = qobject_cast<QFormLayout *>(w->layout());
        if (!form)
            continue;
        for (int r = 0; r < form->rowCount(); ++r)
            for (auto roleToTry : {QFormLayout::FieldRole, QFormLayout::SpanningRole}) {
                QLayoutItem *item = form->itemAt(r, roleToTry);
                if (item && item->layout() && item->layout()->indexOf(editor) >= 0) {
                    *row = r;
                    return form;
                }
            }
    }
    return nullptr;
}

} // namespace

// The inline message is a row of the editor's form, right under it, hidden
// while there is nothing to say.
QLabel *FieldBinder::messageLabelFor(QWidget *editor)
{
    int row = -1;
    QFormLayout *form = formRowOf(editor, &row);
    if (!form)
        return nullptr;
    auto *label = new QLabel(editor->parentWidget());
    label->setObjectName(editor->objectName() + QStringLiteral("Message"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, PaletteColors::problem(pal));
    label->setPalette(pal);
    label->hide();
    form->insertRow(row + 1, QString(), label);
    return label;
}

QString FieldBinder::fieldName(const QString &path) const
{
    QWidget *editor = editorFor(path);
    if (!editor)
        return {};
    QString text;
    int row = -1;
    if (QFormLayout *form = formRowOf(editor, &row)) {
        QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole);
        if (auto *label = item ? qobject_cast<QLabel *>(item->widget()) : nullptr)
            text = label->text();
    }
    if (text.isEmpty())
        if (auto *button = qobject_cast<QAbstractButton *>(editor))
            text = button->text();
    // The label as read: no mnemonic marker, no trailing colon.
    text = withoutMnemonic(text).trimmed();
    if (text.endsWith(u':'))
        text.chop(1);
    return text.trimmed();
}

QString FieldBinder::describe(const Issue &issue) const
{
    const QString name = fieldName(issue.path);
    const QString field = name.isEmpty() ? issue.path : name;
    // The engine's messages either continue the field's name ("is required")
    // or stand alone ("'x' is not a valid host name").
    if (!issue.message.isEmpty() && issue.message.at(0).isLower())
        return tr("%1 %2", "a field's name, then what is wrong with it").arg(field, issue.message);
    return tr("%1: %2", "a field's name, then what is wrong with it").arg(field, issue.message);
}

void FieldBinder::text(QLineEdit *edit, const QString &path, Getter<QString> get, Setter<QString> set)
{
    add(edit, path, [this, edit, get] {
        const QString value = get(m_document->profile());
        if (edit->text() != value) {
            const QSignalBlocker blocker(edit);
            edit->setText(value);
        }
    });
    connect(edit, &QLineEdit::textEdited, this, [this, set](const QString &value) {
        this->edit([&](DeploymentProfile &p) { set(p, value); });
    });
}

void FieldBinder::number(QSpinBox *spin, const QString &path, Getter<int> get, Setter<int> set)
{
    // The box shows whatever the profile holds and whatever is typed; the
    // validator, not the box, says what is out of range (a port of 70000
    // stays 70000 with its message instead of becoming 7000 or 65535).
    spin->setRange(std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
    add(spin, path, [this, spin, get] {
        const int value = get(m_document->profile());
        if (spin->value() != value) {
            const QSignalBlocker blocker(spin);
            spin->setValue(value);
        }
    });
    connect(spin, &QSpinBox::valueChanged, this,
            [this, set](int value) { edit([&](DeploymentProfile &p) { set(p, value); }); });
}

void FieldBinder::check(QAbstractButton *button, const QString &path, Getter<bool> get, Setter<bool> set)
{
    add(button, path, [this, button, get] {
        const bool value = get(m_document->profile());
        if (button->isChecked() != value) {
            const QSignalBlocker blocker(button);
            button->setChecked(value);
        }
    });
    connect(button, &QAbstractButton::toggled, this,
            [this, set](bool value) { edit([&](DeploymentProfile &p) { set(p, value); }); });
}

void FieldBinder::choice(QComboBox *combo, const QString &path, const QList<std::pair<QString, int>> &items,
                         Getter<int> get, Setter<int> set)
{
    {
        const QSignalBlocker blocker(combo);
        combo->clear();
        for (const auto &[label, value] : items)
            combo->addItem(label, value);
    }
    add(combo, path, [this, combo, get] {
        const int index = combo->findData(get(m_document->profile()));
        if (combo->currentIndex() != index) {
            const QSignalBlocker blocker(combo);
            combo->setCurrentIndex(index);
        }
    });
    connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, set](int index) {
        if (index >= 0)
            edit([&](DeploymentProfile &p) { set(p, combo->itemData(index).toInt()); });
    });
}

void FieldBinder::list(StringListEdit *editor, const QString &path, Getter<QStringList> get, Setter<QStringList> set)
{
    add(editor, path, [this, editor, get] { editor->setValues(get(m_document->profile())); });
    connect(editor, &StringListEdit::edited, this,
            [this, set](const QStringList &values) { edit([&](DeploymentProfile &p) { set(p, values); }); });
}

void FieldBinder::showWhen(QWidget *editor, std::function<bool(const DeploymentProfile &)> visible)
{
    if (Binding *b = bindingFor(editor))
        b->visible = std::move(visible);
}

void FieldBinder::enableWhen(QWidget *editor, std::function<bool(const DeploymentProfile &)> enabled)
{
    if (Binding *b = bindingFor(editor))
        b->enabled = std::move(enabled);
}

QWidget *FieldBinder::editorFor(const QString &path) const
{
    const Binding *best = nullptr;
    for (const Binding &b : m_bindings)
        if (ProfileDocument::pathIsUnder(path, b.path) && (!best || b.path.size() > best->path.size()))
            best = &b;
    return best ? best->editor.data() : nullptr;
}

Issues FieldBinder::unplacedIssues(const Issues &issues) const
{
    Issues out;
    for (const Issue &issue : issues) {
        const bool placed = std::any_of(m_bindings.cbegin(), m_bindings.cend(), [&](const Binding &b) {
            return ProfileDocument::pathIsUnder(issue.path, b.path) && b.editor && b.editor->isVisibleTo(b.editor->window());
        });
        if (!placed)
            out.append(issue);
    }
    return out;
}

void FieldBinder::setRowVisible(Binding &binding, bool visible)
{
    QWidget *editor = binding.editor;
    auto *form = editor->parentWidget() ? qobject_cast<QFormLayout *>(editor->parentWidget()->layout()) : nullptr;
    int row = -1;
    QFormLayout::ItemRole role {};
    if (form)
        form->getWidgetPosition(editor, &row, &role);
    if (form && row >= 0)
        form->setRowVisible(row, visible);
    else
        editor->setVisible(visible);
}

void FieldBinder::refresh()
{
    m_refreshing = true;
    const DeploymentProfile &p = m_document->profile();
    for (Binding &b : m_bindings) {
        if (!b.editor)
            continue;
        b.refresh();
        if (b.visible)
            setRowVisible(b, b.visible(p));
        if (b.enabled)
            b.editor->setEnabled(b.enabled(p));
    }
    m_refreshing = false;
    showIssues();
}

void FieldBinder::showIssues()
{
    const Issues &issues = m_document->issues();
    for (Binding &b : m_bindings) {
        if (!b.editor)
            continue;
        QStringList messages;
        QList<std::pair<int, QString>> entries;
        for (const Issue &issue : issues) {
            if (!ProfileDocument::pathIsUnder(issue.path, b.path))
                continue;
            // The most specific binding shows it.
            if (editorFor(issue.path) != b.editor)
                continue;
            messages << issue.message;
            if (issue.path.size() > b.path.size() && issue.path.at(b.path.size()) == u'[')
                entries.append({issue.path.mid(b.path.size() + 1).section(u']', 0, 0).toInt(), issue.message});
        }
        const QString text = messages.join(u'\n');
        b.editor->setAccessibleDescription(text);
        b.editor->setToolTip(text);
        if (auto *listEdit = qobject_cast<StringListEdit *>(b.editor.data())) {
            listEdit->markEntry(-1, {});
            for (const auto &[index, message] : entries)
                listEdit->markEntry(index, message);
        }
        if (b.message) {
            const bool rowShown = !b.visible || b.visible(m_document->profile());
            b.message->setText(text);
            b.message->setVisible(!text.isEmpty() && rowShown);
        }
    }
}

} // namespace phc
