#pragma once

#include "profile/deploymentprofile.h"

#include <QMainWindow>

class QLabel;
class QTabWidget;

namespace phc {

// Shows a profile's generated files, one read-only tab each, and exports
// them. The wizard pages build on this window.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    void setProfile(const DeploymentProfile &profile);

private:
    void openProfile();
    void exportFiles();
    void refresh();

    DeploymentProfile m_profile;
    QLabel *m_status = nullptr;
    QTabWidget *m_tabs = nullptr;
};

} // namespace phc
