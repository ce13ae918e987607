#pragma once

#include "wizardpage.h"

#include "ui_clusterpage.h"

namespace phc {

class ClusterPage : public WizardPage
{
    Q_OBJECT
public:
    explicit ClusterPage(ProfileDocument *document, QWidget *parent = nullptr);
    QString title() const override { return tr("Cluster"); }
    QString subtitle() const override { return tr("Where PostHog runs: the profile's name, the targets, the Kubernetes cluster."); }
    QStringList pathPrefixes() const override;

    Ui::ClusterPage ui;
};

} // namespace phc
