#pragma once

#include "wizardpage.h"

#include "admin/adminclient.h"
#include "admin/upgradeplanner.h"
#include "generate/generatedfile.h"

#include "ui_reviewpage.h"

#include <QHash>
#include <QMap>

#include <optional>

class QPlainTextEdit;

namespace phc {

// Every generated file, one read-only highlighted tab each, regenerated as
// the profile changes; or, per file, what would change against a baseline
// (the files in the export folder, or an imported values.yaml). Lists all
// problems with a link to their field. When the dashboard watches an
// instance with a key and the instance reports another version than the
// profile's imageTag, says whether the upgrade can go, or what blocks it and
// the steps; it reads only what the dashboard fetched and never blocks Export.
class ReviewPage : public WizardPage
{
    Q_OBJECT
public:
    enum class Compare { None, ExportFolder, ImportedValues };

    explicit ReviewPage(ProfileDocument *document, QWidget *parent = nullptr);
    QString title() const override { return tr("Review"); }
    QString subtitle() const override { return tr("Every file as it will be written; changes as you edit any step."); }
    QString blockingReason() const override;

    void setFiles(const GeneratedFiles &files);
    const GeneratedFiles &files() const { return m_files; }
    // relative path -> content; an empty map removes that comparison.
    void setBaseline(Compare kind, const QHash<QString, QByteArray> &files, const QString &label);
    void setCompare(Compare kind);
    // The text of a file's tab as shown (content or diff), for tests.
    QString shownText(const QString &relativePath) const;
    QPlainTextEdit *editorFor(const QString &relativePath) const;
    // What the dashboard read of the instance it watches with a key; nullopt: none.
    void setInstance(const std::optional<AdminSnapshot> &snapshot);
    // The plan shown in the upgrade box; nullopt while the box is hidden.
    const std::optional<UpgradePlan> &upgradePlan() const { return m_upgradePlan; }

    Ui::ReviewPage ui;

Q_SIGNALS:
    void goToField(const QString &path);

private:
    void showProblems();
    void updateTabs();
    void fillCompareCombo();
    void updateUpgradeCheck();
    QString textFor(const GeneratedFile &file, int *changes) const;

    GeneratedFiles m_files;
    QHash<QString, QPlainTextEdit *> m_editors;
    QHash<QString, QString> m_shown;
    QHash<QString, QString> m_shownMode; // path -> "file" / "diff"
    QMap<Compare, QHash<QString, QByteArray>> m_baselines;
    QMap<Compare, QString> m_baselineLabels;
    Compare m_compare = Compare::None;
    std::optional<AdminSnapshot> m_instance;
    std::optional<UpgradePlan> m_upgradePlan;
};

} // namespace phc
