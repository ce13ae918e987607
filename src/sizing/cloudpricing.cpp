#include "cloudpricing.h"

#include "core/datafile.h"
#include "core/yamlreader.h"
#include "eventbands.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>

namespace phc {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("phc::CloudPricing", text); }

} // namespace

Result<CloudPricing> CloudPricing::parse(const QByteArray &yaml)
{
    return DataFile::parse<CloudPricing>(yaml, [](MapReader &top, CloudPricing &p, Issues &issues) {
        top.string("product", p.m_product);
        QString date;
        if (top.string("effective", date, true)) {
            p.m_effective = QDate::fromString(date, Qt::ISODate);
            if (!p.m_effective.isValid())
                top.error("effective", tr("'%1' is not a date like 2024-08-01").arg(date));
        }
        top.string("source", p.m_source);
        QString currency;
        if (top.string("currency", currency) && currency != u"USD")
            top.error("currency", tr("only USD is supported"));
        top.choice("eventKind", {QStringLiteral("anonymous"), QStringLiteral("identified")}, p.m_eventKind);
        top.string("notes", p.m_notes);
        for (MapReader r : top.mapList("tiers", true)) {
            CloudPriceTier t;
            EventBands::readMax(r, t.maxMonthlyEvents);
            if (r.real("usdPerEvent", t.usdPerEvent, true) && t.usdPerEvent < 0)
                r.error("usdPerEvent", tr("a price must not be negative"));
            r.finish();
            p.m_tiers << t;
        }
        EventBands::check(p.m_tiers, QStringLiteral("tiers"), issues);
    });
}

Result<CloudPricing> CloudPricing::loadFile(const QString &path) { return DataFile::load<CloudPricing>(path, parse); }

const CloudPricing &CloudPricing::builtIn()
{
    static const CloudPricing pricing =
        DataFile::builtIn<CloudPricing>(QStringLiteral(":/posthog-console/data/cloud-pricing.yaml"), parse);
    return pricing;
}

double CloudPricing::monthlyCost(qint64 monthlyEvents) const
{
    double cost = 0;
    for (qsizetype i = 0; i < m_tiers.size(); ++i) {
        const qint64 first = firstEventOf(i);
        if (monthlyEvents < first)
            break;
        const qint64 last = m_tiers[i].maxMonthlyEvents.value_or(std::numeric_limits<qint64>::max());
        const qint64 inTier = std::min(monthlyEvents, last) - first + 1;
        cost += double(inTier) * m_tiers[i].usdPerEvent;
    }
    return cost;
}

std::optional<qint64> CloudPricing::eventsForCost(double usd) const
{
    if (!(usd > 0))
        return 0;
    double before = 0; // cost of all events below the tier
    for (qsizetype i = 0; i < m_tiers.size(); ++i) {
        const qint64 first = firstEventOf(i);
        const CloudPriceTier &t = m_tiers[i];
        const double full = t.maxMonthlyEvents ? before + double(*t.maxMonthlyEvents - first + 1) * t.usdPerEvent
                                               : std::numeric_limits<double>::infinity();
        if (t.usdPerEvent > 0 && full >= usd) {
            // The n-th event of the tier brings the cost to before + n * price.
            const double n = std::ceil((usd - before) / t.usdPerEvent);
            if (n > 9e18 - double(first))
                return std::nullopt;
            qint64 events = first + qint64(n) - 1;
            // Floating point may be one event off either way; settle on the exact one.
            while (monthlyCost(events) < usd)
                ++events;
            while (events > 0 && monthlyCost(events - 1) >= usd)
                --events;
            return events;
        }
        before = full;
    }
    return std::nullopt;
}

qint64 CloudPricing::firstEventOf(qsizetype index) const
{
    return std::max<qint64>(1, EventBands::firstOf(m_tiers, index));
}

qint64 CloudPricing::freeEvents() const
{
    qint64 free = 0;
    for (const CloudPriceTier &t : m_tiers) {
        if (t.usdPerEvent > 0 || !t.maxMonthlyEvents)
            break;
        free = *t.maxMonthlyEvents;
    }
    return free;
}

} // namespace phc
