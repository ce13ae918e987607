#include "exportpage.h"

#include "common/palettecolors.h"
#include "generate/bundlewriter.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>
#include <QUrl>

namespace phc {

namespace {

enum class FileState { New, Unchanged, Differs, Blocked };

FileState stateOf(const QString &path, const QByteArray &content)
{
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return FileState::New;
    if (info.isSymLink() || !info.isFile())
        return FileState::Blocked;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return FileState::Blocked;
    return f.readAll() == content ? FileState::Unchanged : FileState::Differs;
}

QString modeText(int mode)
{
    return QString::number(mode, 8).rightJustified(4, u'0');
}

} // namespace

ExportPage::ExportPage(ProfileDocument *document, QWidget *parent) : WizardPage(document, parent)
{
    ui.setupUi(this);
    auto *table = ui.filesTable;
    table->setColumnCount(3);
    table->setHorizontalHeaderLabels({tr("File"), tr("Mode"), tr("In the folder")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAccessibleName(tr("Files to write"));
    ui.openFolderButton->setEnabled(false);

    connect(ui.folderEdit, &QLineEdit::textChanged, this, [this] {
        refreshTable();
        Q_EMIT folderChanged(folder());
    });
    connect(ui.browseButton, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Export to folder"), folder());
        if (!dir.isEmpty())
            setFolder(dir);
    });
    connect(ui.writeSecretsCheck, &QCheckBox::toggled, this, &ExportPage::refreshTable);
    connect(ui.exportButton, &QPushButton::clicked, this, &ExportPage::exportFiles);
    connect(ui.openFolderButton, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(folder())); });
}

QString ExportPage::folder() const
{
    return ui.folderEdit->text().trimmed();
}

void ExportPage::setFolder(const QString &dir)
{
    ui.folderEdit->setText(QDir::toNativeSeparators(dir));
}

void ExportPage::enter()
{
    refreshTable();
}

void ExportPage::setFiles(const GeneratedFiles &files)
{
    m_files = files;
    if (isVisible())
        refreshTable();
}

std::optional<GeneratedFile> ExportPage::secretsFile(QString *error) const
{
    error->clear();
    if (!ui.writeSecretsCheck->isChecked() || !m_secretsFile)
        return std::nullopt;
    const QByteArray content = m_secretsFile(error);
    if (!error->isEmpty())
        return std::nullopt;
    return GeneratedFile {QStringLiteral("secrets.env"), content, GeneratedFile::Kind::Secret,
                          QStringLiteral("secret values for install.sh and docker-compose")};
}

void ExportPage::refreshTable()
{
    auto *table = ui.filesTable;
    QString secretsError;
    const std::optional<GeneratedFile> secrets = secretsFile(&secretsError);
    GeneratedFiles listed = m_files;
    if (secrets)
        listed.append(*secrets);
    const bool secretsRefused = !secretsError.isEmpty() && !m_files.isEmpty();
    table->setRowCount(int(listed.size()) + (secretsRefused ? 1 : 0));
    const QString dir = folder();
    const QDir base(dir);
    int replacing = 0;
    if (secretsRefused) {
        const QStringList cells {QStringLiteral("secrets.env"), modeText(0600), tr("not written: %1").arg(secretsError)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setForeground(PaletteColors::problem(palette()));
            table->setItem(int(listed.size()), c, item);
        }
    }
    for (int r = 0; r < listed.size(); ++r) {
        const GeneratedFile &f = listed[r];
        QString state = tr("new");
        QColor colour;
        if (!dir.isEmpty()) {
            switch (stateOf(base.filePath(f.relativePath), f.content)) {
            case FileState::New:
                break;
            case FileState::Unchanged:
                state = tr("unchanged");
                break;
            case FileState::Differs:
                state = tr("exists, differs: will ask before replacing");
                colour = PaletteColors::warning(palette());
                ++replacing;
                break;
            case FileState::Blocked:
                state = tr("a link, folder or unreadable file is in the way");
                colour = PaletteColors::problem(palette());
                break;
            }
        }
        const QStringList cells {f.relativePath, modeText(f.unixMode()), state};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (colour.isValid())
                item->setForeground(colour);
            table->setItem(r, c, item);
        }
    }
    ui.exportButton->setEnabled(!dir.isEmpty() && !m_files.isEmpty() && !secretsRefused);
    ui.resultLabel->setText(dir.isEmpty()     ? tr("Choose a folder.")
                            : secretsRefused ? tr("secrets.env cannot be written: %1").arg(secretsError)
                            : replacing      ? tr("%n file(s) in the folder differ and would be replaced.", nullptr, replacing)
                                             : QString());
}

ExportPage::Answer ExportPage::askOverwrite(const QString &relativePath, int index, int count)
{
    if (m_prompt)
        return m_prompt(relativePath, index, count);
    QMessageBox box(QMessageBox::Question, tr("Replace file?"),
                    tr("%1 exists in the folder and differs from the generated file (%2 of %3).\nReplace it?")
                        .arg(relativePath)
                        .arg(index + 1)
                        .arg(count),
                    QMessageBox::Yes | QMessageBox::YesToAll | QMessageBox::No | QMessageBox::NoToAll | QMessageBox::Cancel,
                    this);
    box.setObjectName(QStringLiteral("overwriteBox"));
    box.setDefaultButton(QMessageBox::No);
    box.setEscapeButton(QMessageBox::Cancel);
    switch (box.exec()) {
    case QMessageBox::Yes:
        return Answer::Yes;
    case QMessageBox::YesToAll:
        return Answer::YesToAll;
    case QMessageBox::No:
        return Answer::No;
    case QMessageBox::NoToAll:
        return Answer::NoToAll;
    default:
        return Answer::Cancel;
    }
}

bool ExportPage::exportFiles()
{
    const QString dir = folder();
    if (dir.isEmpty() || m_files.isEmpty())
        return false;
    const QDir base(dir);
    GeneratedFiles candidates = m_files;
    QString secretsError;
    const std::optional<GeneratedFile> secrets = secretsFile(&secretsError);
    if (!secretsError.isEmpty()) {
        ui.resultLabel->setText(tr("Nothing was written: %1").arg(secretsError));
        return false;
    }
    if (secrets)
        candidates.append(*secrets);
    GeneratedFiles toWrite;
    QList<int> differing;
    QStringList skipped;
    QStringList blocked;
    for (int i = 0; i < candidates.size(); ++i) {
        switch (stateOf(base.filePath(candidates[i].relativePath), candidates[i].content)) {
        case FileState::New:
            toWrite.append(candidates[i]);
            break;
        case FileState::Unchanged:
            break;
        case FileState::Differs:
            differing.append(i);
            break;
        case FileState::Blocked:
            blocked << candidates[i].relativePath;
            break;
        }
    }
    if (!blocked.isEmpty()) {
        ui.resultLabel->setText(tr("Nothing was written: %1 cannot be replaced (a link, folder or unreadable file).")
                                    .arg(blocked.join(QStringLiteral(", "))));
        return false;
    }
    bool all = false;
    bool none = false;
    for (int n = 0; n < differing.size(); ++n) {
        const GeneratedFile &f = candidates[differing[n]];
        Answer answer = all ? Answer::Yes : none ? Answer::No : askOverwrite(f.relativePath, n, int(differing.size()));
        if (answer == Answer::Cancel) {
            ui.resultLabel->setText(tr("Export cancelled; nothing was written."));
            return false;
        }
        all = all || answer == Answer::YesToAll;
        none = none || answer == Answer::NoToAll;
        if (answer == Answer::Yes || answer == Answer::YesToAll)
            toWrite.append(f);
        else
            skipped << f.relativePath;
    }
    const auto written = BundleWriter::write(toWrite, dir, BundleWriter::Overwrite::Allow);
    if (!written.ok()) {
        QStringList messages;
        for (const Issue &issue : written.issues())
            messages << issue.message;
        ui.resultLabel->setText(tr("Nothing was written: %1").arg(messages.join(QStringLiteral("; "))));
        return false;
    }
    QStringList relative;
    for (const QString &path : written.value())
        relative << base.relativeFilePath(path);
    QString result = tr("%n file(s) written to %1.", nullptr, int(relative.size())).arg(dir);
    if (!skipped.isEmpty())
        result += u' ' + tr("Kept as they were: %1.").arg(skipped.join(QStringLiteral(", ")));
    ui.resultLabel->setText(result);
    ui.openFolderButton->setEnabled(true);
    refreshTable();
    Q_EMIT exported(dir, relative);
    return true;
}

} // namespace phc
