#pragma once

#include "wizardpage.h"

#include "ui_databasespage.h"

namespace phc {

class DatabasesPage : public WizardPage
{
    Q_OBJECT
public:
    explicit DatabasesPage(ProfileDocument *document, QWidget *parent = nullptr);
    QString title() const override { return tr("Databases and storage"); }
    QString subtitle() const override
    {
        return tr("Each service runs inside the deployment (bundled) or is one you already operate (external).");
    }
    QStringList pathPrefixes() const override { return {QStringLiteral("spec.databases")}; }

    Ui::DatabasesPage ui;
};

} // namespace phc
