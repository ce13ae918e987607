#include "sizingmodel.h"

#include "core/datafile.h"
#include "core/yamlreader.h"
#include "eventbands.h"

#include <QCoreApplication>
#include <QLocale>

namespace phc {

namespace {

// This file's messages, in one translation context: lupdate files Text::tr()
// calls under it from any function, tr() calls from the class it is named after.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(phc::SizingModel)
};

QString tr(const char *text) { return Text::tr(text); }

} // namespace

double CostSize::totalUsd() const
{
    double sum = 0;
    for (const CostComponent &c : components)
        sum += c.usd;
    return sum;
}

Result<SizingModel> SizingModel::parse(const QByteArray &yaml)
{
    return DataFile::parse<SizingModel>(yaml, [](MapReader &top, SizingModel &m, Issues &issues) {
        EventBands::LowerBoundReader tierBounds, rowBounds, costBounds;
        for (MapReader r : top.mapList("tiers", true)) {
            ResourceTier t;
            r.string("name", t.name, true);
            tierBounds.read(r, t.fromMonthlyEvents);
            r.integer("vcpus", t.vcpus);
            r.integer("memoryGiB", t.memoryGiB);
            r.integer("diskGiB", t.diskGiB);
            r.string("notes", t.notes);
            MapReader res = r.map("resources");
            const auto process = [&res](const char *key, ProcessResources &out) {
                MapReader pm = res.map(key);
                pm.string("cpu", out.cpu);
                pm.string("memory", out.memory);
                pm.string("memoryLimit", out.memoryLimit);
                pm.finish();
            };
            process("web", t.web);
            process("events", t.events);
            process("worker", t.worker);
            process("plugins", t.plugins);
            res.finish();
            r.finish();
            m.m_tiers << t;
        }
        for (MapReader r : top.mapList("scaling", true)) {
            ScalingRow row;
            r.string("label", row.label, true);
            rowBounds.read(r, row.fromMonthlyEvents);
            r.integer("webReplicas", row.webReplicas, true);
            r.integer("workerReplicas", row.workerReplicas, true);
            if (!r.integer("eventsReplicas", row.eventsReplicas))
                row.eventsReplicas = row.webReplicas;
            if (!r.integer("pluginsReplicas", row.pluginsReplicas))
                row.pluginsReplicas = row.workerReplicas;
            r.integer("clickhouseNodes", row.clickhouseNodes, true);
            r.boolean("clickhouseCluster", row.clickhouseCluster);
            r.finish();
            m.m_rows << row;
        }
        MapReader cost = top.map("cost", true);
        QString currency;
        if (cost.string("currency", currency) && currency != u"USD")
            cost.error("currency", tr("only USD is supported"));
        for (MapReader r : cost.mapList("sizes", true)) {
            CostSize size;
            r.string("name", size.name, true);
            costBounds.read(r, size.fromMonthlyEvents);
            for (MapReader c : r.mapList("components", true)) {
                CostComponent component;
                c.string("name", component.name, true);
                c.real("usd", component.usd, true);
                c.finish();
                size.components << component;
            }
            r.finish();
            m.m_costs << size;
        }
        double perMillion = 0;
        if (cost.real("usdPerMillionEventsBeyond", perMillion)) {
            if (perMillion < 0)
                cost.error("usdPerMillionEventsBeyond", tr("a cost must not be negative"));
            m.m_usdPerMillionBeyond = perMillion;
        }
        cost.finish();
        tierBounds.finish(QStringLiteral("tiers"), issues);
        rowBounds.finish(QStringLiteral("scaling"), issues);
        costBounds.finish(QStringLiteral("cost.sizes"), issues);
    });
}

Result<SizingModel> SizingModel::loadFile(const QString &path) { return DataFile::load<SizingModel>(path, parse); }

const SizingModel &SizingModel::builtIn()
{
    static const SizingModel model = DataFile::builtIn<SizingModel>(QStringLiteral(":/posthog-console/data/sizing.yaml"), parse);
    return model;
}

Recommendation SizingModel::recommend(qint64 monthlyEvents) const
{
    Recommendation r;
    r.monthlyEvents = monthlyEvents;
    const QLocale locale = figures();
    r.tierIndex = EventBands::indexFor(m_tiers, monthlyEvents);
    r.tier = m_tiers[r.tierIndex];
    r.tierRange = tierRange(r.tierIndex, locale);
    r.rowIndex = EventBands::indexFor(m_rows, monthlyEvents);
    r.row = m_rows[r.rowIndex];
    r.rowRange = rowRange(r.rowIndex, locale);
    r.costIndex = EventBands::indexFor(m_costs, monthlyEvents);
    r.cost = m_costs[r.costIndex];
    r.costRange = costRange(r.costIndex, locale);
    r.costTableEnd = m_costs.constLast().fromMonthlyEvents;
    r.monthlyCostUsd = r.cost.totalUsd();
    if (monthlyEvents > r.costTableEnd) {
        r.costBasis = m_usdPerMillionBeyond ? CostBasis::Estimate : CostBasis::AtLeast;
        r.monthlyCostUsd += double(monthlyEvents - r.costTableEnd) / 1e6 * m_usdPerMillionBeyond.value_or(0);
    }
    return r;
}

QString SizingModel::tierRange(qsizetype index, const QLocale &locale) const
{
    return EventBands::rangeText(m_tiers, index, locale);
}

QString SizingModel::rowRange(qsizetype index, const QLocale &locale) const
{
    return EventBands::rangeText(m_rows, index, locale);
}

QString SizingModel::costRange(qsizetype index, const QLocale &locale) const
{
    return EventBands::rangeText(m_costs, index, locale);
}

QLocale SizingModel::figures()
{
    QLocale c = QLocale::c();
    c.setNumberOptions(QLocale::DefaultNumberOptions);
    return c;
}

QString costBasisName(CostBasis basis)
{
    switch (basis) {
    case CostBasis::Table: return QStringLiteral("table");
    case CostBasis::AtLeast: return QStringLiteral("at-least");
    case CostBasis::Estimate: break;
    }
    return QStringLiteral("estimate");
}

QString Recommendation::costText(const QLocale &locale) const
{
    const QString usd = QStringLiteral("$") + locale.toString(monthlyCostUsd, 'f', 0);
    const QString end = locale.toString(costTableEnd);
    switch (costBasis) {
    case CostBasis::Table: return Text::tr("%1 a month").arg(usd);
    case CostBasis::AtLeast: return Text::tr("at least %1 a month (the sizing table ends at %2+ events a month)").arg(usd, end);
    case CostBasis::Estimate: break;
    }
    return Text::tr("about %1 a month (an estimate beyond the sizing table's %2+ events a month)").arg(usd, end);
}

QJsonObject Recommendation::toJson() const
{
    return QJsonObject {
        {QStringLiteral("monthlyEvents"), monthlyEvents},
        {QStringLiteral("tier"), tier.name},
        {QStringLiteral("scalingRow"), row.label},
        {QStringLiteral("webReplicas"), row.webReplicas},
        {QStringLiteral("workerReplicas"), row.workerReplicas},
        {QStringLiteral("eventsReplicas"), row.eventsReplicas},
        {QStringLiteral("pluginsReplicas"), row.pluginsReplicas},
        {QStringLiteral("clickhouseNodes"), row.clickhouseNodes},
        {QStringLiteral("clickhouseCluster"), row.clickhouseCluster},
        {QStringLiteral("costSize"), cost.name},
        {QStringLiteral("monthlyCostUsd"), monthlyCostUsd},
        {QStringLiteral("monthlyCostBasis"), costBasisName(costBasis)},
    };
}

QString Recommendation::toText() const
{
    const QLocale c = QLocale::c();
    const QLocale figures = SizingModel::figures();
    QString out;
    out += Text::tr("Monthly events:   %1\n").arg(c.toString(monthlyEvents));
    out += Text::tr("Resource tier:    %1 [%2] (%3 vCPUs, %4 GB RAM%5)\n")
               .arg(tier.name, tierRange)
               .arg(tier.vcpus)
               .arg(tier.memoryGiB)
               .arg(tier.diskGiB > 0 ? Text::tr(", %1 GB SSD").arg(tier.diskGiB) : QString());
    out += Text::tr("Scaling row:      %1 [%2]\n").arg(row.label, rowRange);
    out += Text::tr("Web replicas:     %1\n").arg(row.webReplicas);
    out += Text::tr("Worker replicas:  %1\n").arg(row.workerReplicas);
    out += Text::tr("Events replicas:  %1\n").arg(row.eventsReplicas);
    out += Text::tr("Plugins replicas: %1\n").arg(row.pluginsReplicas);
    out += Text::tr("ClickHouse:       %1\n")
               .arg(row.clickhouseCluster ? Text::tr("cluster (at least %1 nodes)").arg(row.clickhouseNodes)
                                          : QCoreApplication::translate("phc::SizingModel", "%n node(s)", nullptr, row.clickhouseNodes));
    out += Text::tr("Cost size:        %1 [%2]\n").arg(cost.name, costRange);
    for (const CostComponent &comp : cost.components)
        out += QStringLiteral("  %1 $%2/mo\n").arg(comp.name + u':', -20).arg(c.toString(comp.usd, 'f', 0));
    if (costBasis == CostBasis::Table)
        out += Text::tr("Monthly cost:     ~$%1/mo\n").arg(c.toString(monthlyCostUsd, 'f', 0));
    else
        out += Text::tr("Monthly cost:     %1\n").arg(costText(figures));
    return out;
}

} // namespace phc
