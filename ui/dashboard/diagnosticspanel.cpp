#include "diagnosticspanel.h"

#include "common/palettecolors.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace phc {

DiagnosticsPanel::DiagnosticsPanel(Diagnostics *diagnostics, QWidget *parent)
    : QWidget(parent),
      m_diagnostics(diagnostics),
      m_run(new QPushButton(tr("&Run checks"), this)),
      m_state(new QLabel(this)),
      m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("diagnosticsPanel"));
    m_run->setObjectName(QStringLiteral("runDiagnostics"));
    m_tree->setObjectName(QStringLiteral("diagnosticsResults"));
    m_tree->setHeaderLabels({tr("Check"), tr("Result"), tr("What was found"), tr("Time")});
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setAccessibleName(tr("Diagnostics results"));
    m_state->setText(tr("Runs the production guide's troubleshooting steps against the instance: name resolution, "
                        "certificate, CORS for each origin, probes, the personal API key and latency."));
    m_state->setWordWrap(true);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_run);
    bar->addWidget(m_state, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_tree, 1);

    connect(m_run, &QPushButton::clicked, this, &DiagnosticsPanel::run);
    connect(m_diagnostics, &Diagnostics::checkFinished, this, [this](const DiagnosticCheck &check) {
        const QList<DiagnosticCheck> all = m_diagnostics->results();
        for (int i = 0; i < all.size(); ++i)
            if (all[i].id == check.id)
                show(i, check);
    });
    connect(m_diagnostics, &Diagnostics::finished, this, [this](const QList<DiagnosticCheck> &checks) {
        int fails = 0, warns = 0;
        for (const DiagnosticCheck &c : checks) {
            fails += c.outcome == CheckOutcome::Fail;
            warns += c.outcome == CheckOutcome::Warn;
        }
        m_state->setText(fails ? tr("%n check(s) failed.", nullptr, fails)
                               : warns ? tr("No failure; %n warning(s).", nullptr, warns) : tr("Every check passed."));
        m_run->setEnabled(true);
    });
}

QString DiagnosticsPanel::outcomeText(CheckOutcome outcome)
{
    switch (outcome) {
    case CheckOutcome::Pass: return tr("pass");
    case CheckOutcome::Warn: return tr("warn");
    case CheckOutcome::Fail: return tr("fail");
    case CheckOutcome::Skipped: break;
    }
    return tr("skipped");
}

void DiagnosticsPanel::setSettings(const ConnectionSettings &settings)
{
    m_diagnostics->cancel();
    m_settings = settings;
    m_tree->clear();
    m_run->setEnabled(settings.baseUrl.isValid());
    // A new connection gets its checks: now when they are in view, else when they come into view.
    m_ranForSettings = false;
    if (isVisible())
        runOnce();
}

void DiagnosticsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    runOnce();
}

void DiagnosticsPanel::runOnce()
{
    if (m_ranForSettings || !m_settings.baseUrl.isValid())
        return;
    m_ranForSettings = true;
    run();
}

void DiagnosticsPanel::setDemo(bool demo)
{
    m_tree->setToolTip(demo ? tr("Demo data: the checks run against the simulated instance.") : QString());
}

void DiagnosticsPanel::run()
{
    m_tree->clear();
    if (!m_diagnostics->run(m_settings))
        return;
    m_run->setEnabled(false);
    m_state->setText(tr("Running..."));
    const QList<DiagnosticCheck> pending = m_diagnostics->results();
    for (int i = 0; i < pending.size(); ++i)
        show(i, pending[i]);
}

void DiagnosticsPanel::show(int index, const DiagnosticCheck &check)
{
    while (m_tree->topLevelItemCount() <= index)
        new QTreeWidgetItem(m_tree);
    QTreeWidgetItem *item = m_tree->topLevelItem(index);
    item->setText(0, check.title);
    item->setData(0, Qt::UserRole, check.id);
    const bool done = check.outcome != CheckOutcome::Skipped || !check.summary.isEmpty();
    item->setText(1, done ? outcomeText(check.outcome) : tr("running"));
    const QPalette p = palette();
    item->setForeground(1, check.outcome == CheckOutcome::Pass   ? PaletteColors::good(p)
                           : check.outcome == CheckOutcome::Warn ? PaletteColors::warning(p)
                           : check.outcome == CheckOutcome::Fail ? PaletteColors::problem(p)
                                                                 : p.color(QPalette::PlaceholderText));
    item->setText(2, check.summary);
    item->setToolTip(2, check.summary);
    item->setText(3, done ? tr("%1 ms").arg(QLocale().toString(check.durationMs, 'f', 0)) : QString());
    qDeleteAll(item->takeChildren());
    for (const QString &line : check.evidence) {
        auto *child = new QTreeWidgetItem(item);
        child->setText(2, line);
        child->setToolTip(2, line);
    }
    if (check.outcome == CheckOutcome::Fail || check.outcome == CheckOutcome::Warn)
        item->setExpanded(true);
}

} // namespace phc
