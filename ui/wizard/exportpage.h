#pragma once

#include "wizardpage.h"

#include "generate/generatedfile.h"

#include "ui_exportpage.h"

#include <QHash>
#include <functional>
#include <optional>

namespace phc {

// Writes the files to a folder: shows which are new, unchanged or would be
// replaced, asks before replacing (per file or for all), writes atomically.
class ExportPage : public WizardPage
{
    Q_OBJECT
public:
    enum class Answer { Yes, YesToAll, No, NoToAll, Cancel };
    // Asks whether to replace one file; the default shows a message box.
    using OverwritePrompt = std::function<Answer(const QString &relativePath, int index, int count)>;

    explicit ExportPage(ProfileDocument *document, QWidget *parent = nullptr);
    QString title() const override { return tr("Export"); }
    QString subtitle() const override { return tr("Write the files to a folder. Nothing is replaced without asking."); }
    QString blockingReason() const override { return {}; }
    void enter() override;

    void setFiles(const GeneratedFiles &files);
    void setSecretsProvider(std::function<QByteArray(QString *error)> provider) { m_secretsFile = std::move(provider); }
    void setOverwritePrompt(OverwritePrompt prompt) { m_prompt = std::move(prompt); }
    QString folder() const;
    void setFolder(const QString &folder);

    // Runs the export as the Export button does; returns true when files were written.
    bool exportFiles();

    Ui::ExportPage ui;

Q_SIGNALS:
    void exported(const QString &folder, const QStringList &written);
    void folderChanged(const QString &folder);

private:
    void refreshTable();
    // secrets.env when asked for; `error` says why it cannot be written.
    std::optional<GeneratedFile> secretsFile(QString *error) const;
    Answer askOverwrite(const QString &relativePath, int index, int count);

    GeneratedFiles m_files;
    OverwritePrompt m_prompt;
    std::function<QByteArray(QString *)> m_secretsFile;
};

} // namespace phc
