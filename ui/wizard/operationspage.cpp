#include "operationspage.h"

namespace phc {

OperationsPage::OperationsPage(ProfileDocument *document, QWidget *parent) : WizardPage(document, parent)
{
    ui.setupUi(this);
    auto *b = m_binder;
    b->number(ui.eventsDaysSpin, QStringLiteral("spec.retention.eventsDays"), [](const auto &p) { return p.retention.eventsDays; },
              [](auto &p, const int &v) { p.retention.eventsDays = v; });
    b->number(ui.recordingsDaysSpin, QStringLiteral("spec.retention.recordingsDays"),
              [](const auto &p) { return p.retention.recordingsDays; }, [](auto &p, const int &v) { p.retention.recordingsDays = v; });
    b->text(ui.backupDestinationEdit, QStringLiteral("spec.backups.destination"),
            [](const auto &p) { return p.backups.destination; }, [](auto &p, const QString &v) { p.backups.destination = v; });
    b->check(ui.prometheusOperatorCheck, QStringLiteral("spec.monitoring.prometheusOperator"),
             [](const auto &p) { return p.monitoring.prometheusOperator; },
             [](auto &p, const bool &v) { p.monitoring.prometheusOperator = v; });
    b->text(ui.scrapeIntervalEdit, QStringLiteral("spec.monitoring.scrapeInterval"),
            [](const auto &p) { return p.monitoring.scrapeInterval; }, [](auto &p, const QString &v) { p.monitoring.scrapeInterval = v; });
}

} // namespace phc
