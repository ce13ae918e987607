#include "costcomparison.h"

#include "eventbands.h"

#include <QJsonValue>

#include <algorithm>
#include <cmath>

namespace phc {

QJsonObject CostProjection::toJson(const CloudPricing &pricing) const
{
    QJsonObject o = recommendation.toJson();
    o.insert(QStringLiteral("eventsPerSecond"), eventsPerSecond);
    o.insert(QStringLiteral("cloudMonthlyCostUsd"), cloudMonthlyUsd);
    o.insert(QStringLiteral("cloudPricingDate"), pricing.effective().toString(Qt::ISODate));
    return o;
}

CostComparison::CostComparison(SizingModel sizing, CloudPricing pricing)
    : m_sizing(std::move(sizing)), m_pricing(std::move(pricing))
{
}

qint64 CostComparison::monthlyEventsFromRate(double eventsPerSecond)
{
    if (!std::isfinite(eventsPerSecond) || eventsPerSecond <= 0)
        return 0;
    const double events = std::round(eventsPerSecond * double(secondsPerMonth));
    return events >= 9e18 ? qint64(9e18) : qint64(events);
}

CostProjection CostComparison::projectMonthly(qint64 monthlyEvents) const
{
    CostProjection p;
    p.monthlyEvents = std::max<qint64>(0, monthlyEvents);
    p.eventsPerSecond = double(p.monthlyEvents) / double(secondsPerMonth);
    p.recommendation = m_sizing.recommend(p.monthlyEvents);
    p.selfHostedMonthlyUsd = p.recommendation.cost.totalUsd();
    p.cloudMonthlyUsd = m_pricing.monthlyCost(p.monthlyEvents);
    return p;
}

CostProjection CostComparison::project(double eventsPerSecond) const
{
    CostProjection p = projectMonthly(monthlyEventsFromRate(eventsPerSecond));
    if (std::isfinite(eventsPerSecond) && eventsPerSecond > 0)
        p.eventsPerSecond = eventsPerSecond;
    return p;
}

std::optional<qint64> CostComparison::breakEvenMonthlyEvents() const
{
    // Self-hosting costs a constant per cost size; Cloud grows with volume.
    // In each size's band, the first volume where Cloud costs at least as much.
    const QList<CostSize> &sizes = m_sizing.costSizes();
    for (qsizetype i = 0; i < sizes.size(); ++i) {
        const qint64 first = EventBands::firstOf(sizes, i);
        const auto cloudReaches = m_pricing.eventsForCost(sizes[i].totalUsd());
        if (!cloudReaches)
            continue;
        const qint64 events = std::max(first, *cloudReaches);
        if (!sizes[i].maxMonthlyEvents || events <= *sizes[i].maxMonthlyEvents)
            return events;
    }
    return std::nullopt;
}

CostPoint CostComparison::at(qint64 monthlyEvents) const
{
    return {monthlyEvents, m_sizing.recommend(monthlyEvents).cost.totalUsd(), m_pricing.monthlyCost(monthlyEvents)};
}

QList<CostPoint> CostComparison::curve(qint64 from, qint64 to, int samples) const
{
    from = std::max<qint64>(1, from);
    QList<qint64> volumes;
    if (to < from)
        return {};
    samples = std::max(2, samples);
    const double lo = std::log10(double(from)), hi = std::log10(double(to));
    for (int i = 0; i < samples; ++i)
        volumes << (i == samples - 1 ? to : qint64(std::llround(std::pow(10.0, lo + (hi - lo) * i / (samples - 1)))));
    for (const CostSize &s : m_sizing.costSizes())
        if (s.maxMonthlyEvents)
            volumes << *s.maxMonthlyEvents << *s.maxMonthlyEvents + 1;
    for (const CloudPriceTier &t : m_pricing.tiers())
        if (t.maxMonthlyEvents)
            volumes << *t.maxMonthlyEvents;
    if (const auto breakEven = breakEvenMonthlyEvents())
        volumes << *breakEven;
    std::sort(volumes.begin(), volumes.end());
    volumes.erase(std::unique(volumes.begin(), volumes.end()), volumes.end());
    QList<CostPoint> out;
    for (const qint64 v : std::as_const(volumes))
        if (v >= from && v <= to)
            out << at(v);
    return out;
}

} // namespace phc
