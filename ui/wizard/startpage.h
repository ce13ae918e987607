#pragma once

#include "wizardpage.h"

#include "profile/valuesimporter.h"

#include "ui_startpage.h"

namespace phc {

// How a profile begins: the guide's example, blank, a profile file, recent
// files, or an existing chart values.yaml (with a report of what did not map).
class StartPage : public WizardPage
{
    Q_OBJECT
public:
    explicit StartPage(ProfileDocument *document, QWidget *parent = nullptr);
    QString title() const override { return tr("Start"); }
    QString subtitle() const override { return tr("Begin from the guide's example, a blank profile, or files you have."); }

    void setRecentFiles(const QStringList &paths);
    void showImportReport(const QString &file, const ValuesImport &import);
    void clearImportReport();

    Ui::StartPage ui;

Q_SIGNALS:
    void newFromExampleRequested();
    void newBlankRequested();
    void openRequested();
    void importRequested();
    void recentRequested(const QString &path);

private:
    void updateCurrent();
};

} // namespace phc
