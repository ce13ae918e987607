#include "costcomparison.h"

#include "eventbands.h"

#include <QJsonValue>

#include <algorithm>
#include <cmath>
#include <limits>

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
    p.selfHostedMonthlyUsd = p.recommendation.monthlyCostUsd;
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

BreakEven CostComparison::breakEven() const
{
    const QList<CostSize> &sizes = m_sizing.costSizes();
    const qint64 tableEnd = sizes.constLast().fromMonthlyEvents;
    const auto cheaper = [this](qint64 events) {
        const CostPoint p = at(events);
        return p.selfHostedUsd <= p.cloudUsd;
    };
    // Inside the table self-hosting costs a constant per size; Cloud grows
    // with volume. In each size's band, the first volume where Cloud costs at
    // least as much; the last size is priced at its lower bound only.
    for (qsizetype i = 0; i < sizes.size(); ++i) {
        const qint64 first = sizes[i].fromMonthlyEvents;
        const qint64 last = EventBands::endOf(sizes, i).value_or(first + 1) - 1;
        const auto cloudReaches = m_pricing.eventsForCost(sizes[i].totalUsd());
        if (cloudReaches && std::max(first, *cloudReaches) <= last)
            return {BreakEven::Kind::Exact, std::max(first, *cloudReaches), tableEnd};
    }
    const qint64 beyond = tableEnd + 1;
    const auto perMillion = m_sizing.usdPerMillionBeyond();
    if (!perMillion) {
        // Self-hosting costs at least the last size: not cheaper before Cloud reaches that.
        const auto cloudReaches = m_pricing.eventsForCost(sizes.constLast().totalUsd());
        if (!cloudReaches)
            return {BreakEven::Kind::Never, 0, tableEnd};
        return {BreakEven::Kind::AtLeast, std::max(beyond, *cloudReaches), tableEnd};
    }
    // The estimate grows linearly beyond the table; Cloud is linear within
    // each of its tiers. Per tier, where the two lines meet.
    const double selfPerEvent = *perMillion / 1e6;
    const QList<CloudPriceTier> &tiers = m_pricing.tiers();
    for (qsizetype t = 0; t < tiers.size(); ++t) {
        const qint64 lo = std::max(beyond, m_pricing.firstEventOf(t));
        const qint64 hi = tiers[t].maxMonthlyEvents.value_or(std::numeric_limits<qint64>::max() / 4);
        if (lo > hi)
            continue;
        if (cheaper(lo))
            return {BreakEven::Kind::Exact, lo, tableEnd};
        if (!(tiers[t].usdPerEvent > selfPerEvent))
            continue;
        const CostPoint start = at(lo);
        const double n = std::ceil((start.selfHostedUsd - start.cloudUsd) / (tiers[t].usdPerEvent - selfPerEvent));
        if (n > double(hi - lo))
            continue;
        // Floating point may be an event off either way; settle on the exact one.
        qint64 events = lo + qint64(n);
        while (events <= hi && !cheaper(events))
            ++events;
        while (events > lo && cheaper(events - 1))
            --events;
        if (events <= hi)
            return {BreakEven::Kind::Exact, events, tableEnd};
    }
    return {BreakEven::Kind::Never, 0, tableEnd};
}

CostPoint CostComparison::at(qint64 monthlyEvents) const
{
    const Recommendation r = m_sizing.recommend(monthlyEvents);
    return {monthlyEvents, r.monthlyCostUsd, m_pricing.monthlyCost(monthlyEvents), r.costBasis};
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
        if (s.fromMonthlyEvents > 0)
            volumes << s.fromMonthlyEvents - 1 << s.fromMonthlyEvents;
    for (const CloudPriceTier &t : m_pricing.tiers())
        if (t.maxMonthlyEvents)
            volumes << *t.maxMonthlyEvents;
    if (const BreakEven b = breakEven(); b.kind != BreakEven::Kind::Never)
        volumes << b.monthlyEvents;
    std::sort(volumes.begin(), volumes.end());
    volumes.erase(std::unique(volumes.begin(), volumes.end()), volumes.end());
    QList<CostPoint> out;
    for (const qint64 v : std::as_const(volumes))
        if (v >= from && v <= to)
            out << at(v);
    return out;
}

} // namespace phc
