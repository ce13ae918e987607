#include "sizingpage.h"

#include "common/formatting.h"
#include "common/palettecolors.h"

#include <QHeaderView>
#include <QLocale>

namespace phc {

namespace {

void setupTable(QTableWidget *table, const QStringList &headers)
{
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setFocusPolicy(Qt::NoFocus);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

void fitHeight(QTableWidget *table)
{
    int h = table->horizontalHeader()->sizeHint().height() + 2 * table->frameWidth();
    for (int r = 0; r < table->rowCount(); ++r)
        h += table->rowHeight(r);
    table->setMinimumHeight(h);
    table->setMaximumHeight(h);
}

void highlightRow(QTableWidget *table, int row)
{
    const QBrush highlight(PaletteColors::highlightRow(table->palette()));
    for (int r = 0; r < table->rowCount(); ++r)
        for (int c = 0; c < table->columnCount(); ++c)
            if (auto *item = table->item(r, c)) {
                item->setBackground(r == row ? highlight : QBrush());
                QFont f = item->font();
                f.setBold(r == row);
                item->setFont(f);
            }
}

void setRow(QTableWidget *table, int row, const QStringList &cells)
{
    for (int c = 0; c < cells.size(); ++c)
        table->setItem(row, c, new QTableWidgetItem(cells[c]));
}

} // namespace

SizingPage::SizingPage(ProfileDocument *document, const SizingModel &sizing, QWidget *parent)
    : WizardPage(document, parent), m_sizing(sizing)
{
    ui.setupUi(this);
    auto *b = m_binder;
    using P = DeploymentProfile;
    b->number(ui.monthlyEventsSpin, QStringLiteral("spec.sizing.monthlyEvents"),
              [](const P &p) { return int(std::min<qint64>(p.sizing.monthlyEvents, 2000000000)); },
              [](P &p, const int &v) { p.sizing.monthlyEvents = v; });
    const QList<std::pair<QPushButton *, int>> presets {
        {ui.preset10kButton, 10000}, {ui.preset100kButton, 100000}, {ui.preset1mButton, 1000000}, {ui.preset10mButton, 10000000}};
    for (const auto &[button, value] : presets)
        connect(button, &QPushButton::clicked, this, [this, value = value] { ui.monthlyEventsSpin->setValue(value); });

    auto recommended = [this](const P &p) { return m_sizing.recommend(p.sizing.monthlyEvents).row; };
    // A process' count: "from the scaling table" (auto) or the spin box's.
    const auto replicas = [b, recommended](QCheckBox *autoCheck, QSpinBox *spin, const QString &path,
                                           ReplicaCount SizingSpec::*count, int ScalingRow::*row) {
        b->check(autoCheck, path, [count](const P &p) { return (p.sizing.*count).isAuto(); },
                 [recommended, count, row](P &p, const bool &on) {
                     (p.sizing.*count).fixed = on ? std::nullopt : std::optional<int>(recommended(p).*row);
                 });
        b->number(spin, path, [recommended, count, row](const P &p) { return (p.sizing.*count).fixed.value_or(recommended(p).*row); },
                  [count](P &p, const int &v) {
                      if (!(p.sizing.*count).isAuto())
                          (p.sizing.*count).fixed = v;
                  });
        b->enableWhen(spin, [count](const P &p) { return !(p.sizing.*count).isAuto(); });
    };
    replicas(ui.webAutoCheck, ui.webReplicasSpin, QStringLiteral("spec.sizing.webReplicas"), &SizingSpec::webReplicas,
             &ScalingRow::webReplicas);
    replicas(ui.eventsAutoCheck, ui.eventsReplicasSpin, QStringLiteral("spec.sizing.eventsReplicas"), &SizingSpec::eventsReplicas,
             &ScalingRow::eventsReplicas);
    replicas(ui.workerAutoCheck, ui.workerReplicasSpin, QStringLiteral("spec.sizing.workerReplicas"), &SizingSpec::workerReplicas,
             &ScalingRow::workerReplicas);
    replicas(ui.pluginsAutoCheck, ui.pluginsReplicasSpin, QStringLiteral("spec.sizing.pluginsReplicas"),
             &SizingSpec::pluginsReplicas, &ScalingRow::pluginsReplicas);

    const QString as = QStringLiteral("spec.sizing.autoscaling.");
    b->check(ui.autoscalingCheck, as + u"enabled", [](const P &p) { return p.sizing.autoscaling.enabled; },
             [](P &p, const bool &v) { p.sizing.autoscaling.enabled = v; });
    auto autoscaling = [](const P &p) { return p.sizing.autoscaling.enabled; };
    b->number(ui.minReplicasSpin, as + u"minReplicas", [](const P &p) { return p.sizing.autoscaling.minReplicas; },
              [](P &p, const int &v) { p.sizing.autoscaling.minReplicas = v; });
    b->enableWhen(ui.minReplicasSpin, autoscaling);
    b->number(ui.maxReplicasSpin, as + u"maxReplicas", [](const P &p) { return p.sizing.autoscaling.maxReplicas; },
              [](P &p, const int &v) { p.sizing.autoscaling.maxReplicas = v; });
    b->enableWhen(ui.maxReplicasSpin, autoscaling);
    b->number(ui.cpuTargetSpin, as + u"cpuUtilization", [](const P &p) { return p.sizing.autoscaling.cpuUtilization; },
              [](P &p, const int &v) { p.sizing.autoscaling.cpuUtilization = v; });
    b->enableWhen(ui.cpuTargetSpin, autoscaling);
    b->check(ui.memoryTargetCheck, as + u"memoryUtilization",
             [](const P &p) { return p.sizing.autoscaling.memoryUtilization.has_value(); },
             [](P &p, const bool &on) { p.sizing.autoscaling.memoryUtilization = on ? std::optional<int>(80) : std::nullopt; });
    b->enableWhen(ui.memoryTargetCheck, autoscaling);
    b->number(ui.memoryTargetSpin, as + u"memoryUtilization",
              [](const P &p) { return p.sizing.autoscaling.memoryUtilization.value_or(80); },
              [](P &p, const int &v) {
                  if (p.sizing.autoscaling.memoryUtilization)
                      p.sizing.autoscaling.memoryUtilization = v;
              });
    b->enableWhen(ui.memoryTargetSpin,
                  [](const P &p) { return p.sizing.autoscaling.enabled && p.sizing.autoscaling.memoryUtilization.has_value(); });

    fillTables();
    connect(document, &ProfileDocument::changed, this, &SizingPage::updateRecommendation);
}

void SizingPage::fillTables()
{
    const QLocale locale;
    setupTable(ui.tiersTable, {tr("Tier"), tr("Events a month"), tr("vCPUs"), tr("Memory (GiB)"), tr("Disk (GiB)"), tr("Notes")});
    ui.tiersTable->setRowCount(int(m_sizing.tiers().size()));
    for (int r = 0; r < m_sizing.tiers().size(); ++r) {
        const ResourceTier &t = m_sizing.tiers()[r];
        setRow(ui.tiersTable, r,
               {t.name, m_sizing.tierRange(r, locale), QString::number(t.vcpus), QString::number(t.memoryGiB),
                t.diskGiB ? QString::number(t.diskGiB) : QStringLiteral("–"), t.notes});
    }
    setupTable(ui.scalingTable, {tr("Row"), tr("Events a month"), tr("Web"), tr("Events"), tr("Worker"), tr("Plugins"),
                                 tr("ClickHouse nodes")});
    ui.scalingTable->setRowCount(int(m_sizing.scalingRows().size()));
    for (int r = 0; r < m_sizing.scalingRows().size(); ++r) {
        const ScalingRow &row = m_sizing.scalingRows()[r];
        setRow(ui.scalingTable, r,
               {row.label, m_sizing.rowRange(r, locale), QString::number(row.webReplicas), QString::number(row.eventsReplicas),
                QString::number(row.workerReplicas), QString::number(row.pluginsReplicas),
                row.clickhouseCluster ? tr("%1 (cluster)").arg(row.clickhouseNodes) : QString::number(row.clickhouseNodes)});
    }
    setupTable(ui.costTable, {tr("Component"), tr("USD per month")});
    ui.tiersTable->resizeRowsToContents();
    ui.scalingTable->resizeRowsToContents();
    fitHeight(ui.tiersTable);
    fitHeight(ui.scalingTable);
}

void SizingPage::updateRecommendation()
{
    if (!m_document->hasProfile())
        return;
    const Recommendation rec = m_sizing.recommend(m_document->profile().sizing.monthlyEvents);
    highlightRow(ui.tiersTable, rec.tierIndex);
    highlightRow(ui.scalingTable, rec.rowIndex);
    ui.recommendationLabel->setText(
        tr("Tier %1: %2 web, %3 events, %4 worker and %5 plugins replicas, %6 ClickHouse node(s).")
            .arg(rec.tier.name)
            .arg(rec.row.webReplicas)
            .arg(rec.row.eventsReplicas)
            .arg(rec.row.workerReplicas)
            .arg(rec.row.pluginsReplicas)
            .arg(rec.row.clickhouseNodes));
    const auto &components = rec.cost.components;
    ui.costTable->setRowCount(int(components.size()));
    for (int r = 0; r < components.size(); ++r) {
        setRow(ui.costTable, r, {components[r].name, formatUsd(components[r].usd)});
        ui.costTable->item(r, 1)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    ui.costTable->resizeRowsToContents();
    fitHeight(ui.costTable);
    ui.costTotalLabel->setText(tr("Total (%1 size, %2 events a month): %3")
                                   .arg(rec.cost.name, m_sizing.costRange(rec.costIndex, QLocale()), rec.costText(QLocale())));
}

} // namespace phc
