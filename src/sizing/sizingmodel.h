#pragma once

#include "core/issue.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace phc {

struct ResourceTier
{
    QString name;
    std::optional<qint64> maxMonthlyEvents; // inclusive; unset for the last tier
    int vcpus = 0;
    int memoryGiB = 0;
    int diskGiB = 0; // 0: not stated
    QString notes;
};

struct ScalingRow
{
    QString label;
    std::optional<qint64> maxMonthlyEvents;
    int webReplicas = 0;
    int workerReplicas = 0;
    int clickhouseNodes = 0;
    bool clickhouseCluster = false;
};

struct CostComponent
{
    QString name;
    double usd = 0;
};

struct CostSize
{
    QString name;
    std::optional<qint64> maxMonthlyEvents;
    QList<CostComponent> components;
    double totalUsd() const;
};

// What the tables say for one monthly event count.
struct Recommendation
{
    qint64 monthlyEvents = 0;
    ResourceTier tier;
    int tierIndex = 0;
    ScalingRow row;
    int rowIndex = 0;
    CostSize cost;
    int costIndex = 0;

    QJsonObject toJson() const;
    QString toText() const;
};

// The seed guide's resource tiers, scaling rows and cost table, loaded from
// data (resources/data/sizing.yaml or a user's copy).
class SizingModel
{
public:
    static Result<SizingModel> parse(const QByteArray &yaml);
    static Result<SizingModel> loadFile(const QString &path);
    // The tables shipped with the program.
    static const SizingModel &builtIn();

    Recommendation recommend(qint64 monthlyEvents) const;

    const QList<ResourceTier> &tiers() const { return m_tiers; }
    const QList<ScalingRow> &scalingRows() const { return m_rows; }
    const QList<CostSize> &costSizes() const { return m_costs; }

private:
    QList<ResourceTier> m_tiers;
    QList<ScalingRow> m_rows;
    QList<CostSize> m_costs;
};

} // namespace phc
