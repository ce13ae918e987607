#pragma once

#include "wizardpage.h"

#include "sizing/sizingmodel.h"

#include "ui_sizingpage.h"

namespace phc {

class SizingPage : public WizardPage
{
    Q_OBJECT
public:
    SizingPage(ProfileDocument *document, const SizingModel &sizing, QWidget *parent = nullptr);
    QString title() const override { return tr("Sizing and cost"); }
    QString subtitle() const override { return tr("Expected volume; the guide's tables turn it into replicas, nodes and a monthly cost."); }
    QStringList pathPrefixes() const override { return {QStringLiteral("spec.sizing")}; }

    Ui::SizingPage ui;

private:
    void fillTables();
    void updateRecommendation();

    const SizingModel &m_sizing;
};

} // namespace phc
