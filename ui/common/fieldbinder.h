#pragma once

#include "profiledocument.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QAbstractButton;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QWidget;

namespace phc {

class StringListEdit;

// Connects editors to fields of the ProfileDocument by key path: an edit
// writes the field, a change of the document refreshes the editor, and the
// engine's issues for that path appear as an inline message under it.
class FieldBinder : public QObject
{
    Q_OBJECT
public:
    template <typename T>
    using Getter = std::function<T(const DeploymentProfile &)>;
    template <typename T>
    using Setter = std::function<void(DeploymentProfile &, const T &)>;

    explicit FieldBinder(ProfileDocument *document, QObject *parent = nullptr);

    void text(QLineEdit *edit, const QString &path, Getter<QString> get, Setter<QString> set);
    void number(QSpinBox *spin, const QString &path, Getter<int> get, Setter<int> set);
    void check(QAbstractButton *button, const QString &path, Getter<bool> get, Setter<bool> set);
    // Items are (label, value) with value stored as the item's data.
    void choice(QComboBox *combo, const QString &path, const QList<std::pair<QString, int>> &items, Getter<int> get,
                Setter<int> set);
    void list(StringListEdit *edit, const QString &path, Getter<QStringList> get, Setter<QStringList> set);
    // Shows `editor` only while `visible` holds (with its label and message).
    void showWhen(QWidget *editor, std::function<bool(const DeploymentProfile &)> visible);
    void enableWhen(QWidget *editor, std::function<bool(const DeploymentProfile &)> enabled);

    // The editor for a key path (exact or nearest ancestor), for "go to field".
    QWidget *editorFor(const QString &path) const;
    // The label of the field that shows a key path ("Namespace"), empty when none does.
    QString fieldName(const QString &path) const;
    // An issue in the user's words: "Namespace is required".
    QString describe(const Issue &issue) const;
    // Issues whose path no bound editor shows, e.g. rules about several fields.
    Issues unplacedIssues(const Issues &issues) const;

    void refresh();

private:
    struct Binding
    {
        QPointer<QWidget> editor;
        QString path;
        std::function<void()> refresh;
        QPointer<QLabel> message;
        std::function<bool(const DeploymentProfile &)> visible;
        std::function<bool(const DeploymentProfile &)> enabled;
    };
    Binding &add(QWidget *editor, const QString &path, std::function<void()> refresh);
    Binding *bindingFor(QWidget *editor);
    void edit(const std::function<void(DeploymentProfile &)> &change);
    void showIssues();
    void setRowVisible(Binding &binding, bool visible);
    QLabel *messageLabelFor(QWidget *editor);

    ProfileDocument *m_document;
    QList<Binding> m_bindings;
    bool m_refreshing = false;
};

} // namespace phc
