#pragma once

#include "monitor/diagnostics.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace phc {

// The guide's troubleshooting list as checks that run: each row says pass,
// warn or fail with one line, and its evidence (addresses, certificate
// fields, headers, timings) as child rows.
class DiagnosticsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DiagnosticsPanel(Diagnostics *diagnostics, QWidget *parent = nullptr);

    void setSettings(const ConnectionSettings &settings);
    void run();
    void setDemo(bool demo);

    QPushButton *runButton() const { return m_run; }
    QTreeWidget *results() const { return m_tree; }

    static QString outcomeText(CheckOutcome outcome);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void show(int index, const DiagnosticCheck &check);
    // Runs the checks unless they ran for these settings already.
    void runOnce();

    Diagnostics *m_diagnostics;
    ConnectionSettings m_settings;
    bool m_ranForSettings = false;
    QPushButton *m_run;
    QLabel *m_state;
    QTreeWidget *m_tree;
};

} // namespace phc
