#pragma once

#include "wizardpage.h"

#include "ui_operationspage.h"

namespace phc {

class OperationsPage : public WizardPage
{
    Q_OBJECT
public:
    explicit OperationsPage(ProfileDocument *document, QWidget *parent = nullptr);
    QString title() const override { return tr("Retention, backups, monitoring"); }
    QString subtitle() const override { return tr("How long data is kept, where backups go, and how Prometheus finds PostHog."); }
    QStringList pathPrefixes() const override
    {
        return {QStringLiteral("spec.retention"), QStringLiteral("spec.backups"), QStringLiteral("spec.monitoring")};
    }

    Ui::OperationsPage ui;
};

} // namespace phc
