#pragma once

#include "wizardpage.h"

#include "ui_domainpage.h"

namespace phc {

class DomainPage : public WizardPage
{
    Q_OBJECT
public:
    explicit DomainPage(ProfileDocument *document, QWidget *parent = nullptr);
    QString title() const override { return tr("Domain and TLS"); }
    QString subtitle() const override { return tr("The address users reach, its certificate, the proxy in front, and who may call it."); }
    QStringList pathPrefixes() const override { return {QStringLiteral("spec.domain")}; }

    Ui::DomainPage ui;
};

} // namespace phc
