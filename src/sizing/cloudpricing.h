#pragma once

#include "core/issue.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace phc {

struct CloudPriceTier
{
    std::optional<qint64> maxMonthlyEvents; // inclusive; unset for the last tier
    double usdPerEvent = 0;
};

// PostHog Cloud's published per-event pricing with its date, loaded from
// data (resources/data/cloud-pricing.yaml or a user's copy).
class CloudPricing
{
public:
    static Result<CloudPricing> parse(const QByteArray &yaml);
    static Result<CloudPricing> loadFile(const QString &path);
    static const CloudPricing &builtIn();

    // Graduated: each tier's price applies to the events within it.
    double monthlyCost(qint64 monthlyEvents) const;
    // The fewest monthly events Cloud charges at least `usd` for; nullopt
    // when no volume costs that much.
    std::optional<qint64> eventsForCost(double usd) const;
    // Events free each month (the leading tiers priced at 0).
    qint64 freeEvents() const;
    // The first event tier `index` prices: events of a month are counted from 1.
    qint64 firstEventOf(qsizetype index) const;

    const QList<CloudPriceTier> &tiers() const { return m_tiers; }
    QString product() const { return m_product; }
    QDate effective() const { return m_effective; }
    QString source() const { return m_source; }
    QString eventKind() const { return m_eventKind; }
    QString notes() const { return m_notes; }

private:
    QString m_product;
    QDate m_effective;
    QString m_source;
    QString m_eventKind;
    QString m_notes;
    QList<CloudPriceTier> m_tiers;
};

} // namespace phc
