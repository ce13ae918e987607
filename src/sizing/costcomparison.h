#pragma once

#include "cloudpricing.h"
#include "sizingmodel.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace phc {

// Projections count a month as 30 days.
inline constexpr qint64 secondsPerMonth = 30LL * 24 * 60 * 60;

// What an observed ingestion rate means for a month: the sizing tables'
// recommendation (tier, replicas, self-hosted cost) and Cloud's price.
struct CostProjection
{
    double eventsPerSecond = 0;
    qint64 monthlyEvents = 0;
    Recommendation recommendation;
    double selfHostedMonthlyUsd = 0;
    double cloudMonthlyUsd = 0;

    // Recommendation::toJson() plus eventsPerSecond, cloudMonthlyCostUsd
    // and cloudPricingDate: the probe command's "projection" object.
    QJsonObject toJson(const CloudPricing &pricing) const;
};

struct CostPoint
{
    qint64 monthlyEvents = 0;
    double selfHostedUsd = 0;
    double cloudUsd = 0;
    CostBasis selfHostedBasis = CostBasis::Table; // beyond the cost table: a floor or an estimate
};

// Where self-hosting starts to cost no more than Cloud.
struct BreakEven
{
    enum class Kind {
        Exact,   // both costs known there (inside the table, or the data's estimate beyond it)
        AtLeast, // beyond the table, where self-hosting's cost is only a floor: not before monthlyEvents
        Never,   // Cloud is cheaper at every volume
    };
    Kind kind = Kind::Never;
    qint64 monthlyEvents = 0;
    qint64 tableEnd = 0; // the cost table's last lower bound, for the reason of a bound

    bool operator==(const BreakEven &) const = default;
};

// Self-hosting (the sizing tables' cost) against PostHog Cloud.
class CostComparison
{
public:
    CostComparison(SizingModel sizing, CloudPricing pricing);

    // rate x 30 days, rounded; a negative or non-finite rate counts as 0.
    static qint64 monthlyEventsFromRate(double eventsPerSecond);

    CostProjection project(double eventsPerSecond) const;
    CostProjection projectMonthly(qint64 monthlyEvents) const;

    // The fewest monthly events at which self-hosting costs no more than
    // Cloud. Beyond the cost table without an estimate, self-hosting costs at
    // least the last size: Cloud reaching that floor is a lower bound.
    BreakEven breakEven() const;

    // Both costs at `samples` volumes spaced evenly on a log scale from
    // `from` to `to`, plus each side of every step of the self-hosted cost,
    // every Cloud tier boundary and the break-even inside the range; sorted,
    // without repeats.
    QList<CostPoint> curve(qint64 from, qint64 to, int samples) const;

    const SizingModel &sizing() const { return m_sizing; }
    const CloudPricing &pricing() const { return m_pricing; }

private:
    CostPoint at(qint64 monthlyEvents) const;
    SizingModel m_sizing;
    CloudPricing m_pricing;
};

} // namespace phc
