#include "sizingmodel.h"

#include "core/datafile.h"
#include "core/yamlreader.h"
#include "eventbands.h"

#include <QCoreApplication>
#include <QLocale>

namespace phc {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("phc::SizingModel", text); }

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
        for (MapReader r : top.mapList("tiers", true)) {
            ResourceTier t;
            r.string("name", t.name, true);
            EventBands::readMax(r, t.maxMonthlyEvents);
            r.integer("vcpus", t.vcpus);
            r.integer("memoryGiB", t.memoryGiB);
            r.integer("diskGiB", t.diskGiB);
            r.string("notes", t.notes);
            r.finish();
            m.m_tiers << t;
        }
        for (MapReader r : top.mapList("scaling", true)) {
            ScalingRow row;
            r.string("label", row.label, true);
            EventBands::readMax(r, row.maxMonthlyEvents);
            r.integer("webReplicas", row.webReplicas, true);
            r.integer("workerReplicas", row.workerReplicas, true);
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
            EventBands::readMax(r, size.maxMonthlyEvents);
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
        cost.finish();
        EventBands::check(m.m_tiers, QStringLiteral("tiers"), issues);
        EventBands::check(m.m_rows, QStringLiteral("scaling"), issues);
        EventBands::check(m.m_costs, QStringLiteral("cost.sizes"), issues);
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
    r.tierIndex = EventBands::indexFor(m_tiers, monthlyEvents);
    r.tier = m_tiers[r.tierIndex];
    r.rowIndex = EventBands::indexFor(m_rows, monthlyEvents);
    r.row = m_rows[r.rowIndex];
    r.costIndex = EventBands::indexFor(m_costs, monthlyEvents);
    r.cost = m_costs[r.costIndex];
    return r;
}

QJsonObject Recommendation::toJson() const
{
    return QJsonObject {
        {QStringLiteral("monthlyEvents"), monthlyEvents},
        {QStringLiteral("tier"), tier.name},
        {QStringLiteral("scalingRow"), row.label},
        {QStringLiteral("webReplicas"), row.webReplicas},
        {QStringLiteral("workerReplicas"), row.workerReplicas},
        {QStringLiteral("clickhouseNodes"), row.clickhouseNodes},
        {QStringLiteral("clickhouseCluster"), row.clickhouseCluster},
        {QStringLiteral("costSize"), cost.name},
        {QStringLiteral("monthlyCostUsd"), cost.totalUsd()},
    };
}

QString Recommendation::toText() const
{
    const QLocale c = QLocale::c();
    QString out;
    out += tr("Monthly events:   %1\n").arg(c.toString(monthlyEvents));
    out += tr("Resource tier:    %1 (%2 vCPUs, %3 GB RAM%4)\n")
               .arg(tier.name)
               .arg(tier.vcpus)
               .arg(tier.memoryGiB)
               .arg(tier.diskGiB > 0 ? tr(", %1 GB SSD").arg(tier.diskGiB) : QString());
    out += tr("Scaling row:      %1\n").arg(row.label);
    out += tr("Web replicas:     %1\n").arg(row.webReplicas);
    out += tr("Worker replicas:  %1\n").arg(row.workerReplicas);
    out += tr("ClickHouse:       %1\n")
               .arg(row.clickhouseCluster ? tr("cluster (at least %1 nodes)").arg(row.clickhouseNodes)
                                          : QCoreApplication::translate("phc::SizingModel", "%n node(s)", nullptr, row.clickhouseNodes));
    out += tr("Cost size:        %1\n").arg(cost.name);
    for (const CostComponent &comp : cost.components)
        out += QStringLiteral("  %1 $%2/mo\n").arg(comp.name + u':', -20).arg(c.toString(comp.usd, 'f', 0));
    out += tr("Monthly cost:     ~$%1/mo\n").arg(c.toString(cost.totalUsd(), 'f', 0));
    return out;
}

} // namespace phc
