#pragma once

#include "core/issue.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QLocale>
#include <QString>

#include <optional>

namespace phc {

// Each table's rows are bands declared by their lower bound: a row covers
// from its fromMonthlyEvents (inclusive) to the next row's (exclusive).

// Requests and memory limit of one PostHog process (Kubernetes quantities).
// A tier without them in the data gets these defaults.
struct ProcessResources
{
    QString cpu = QStringLiteral("500m");
    QString memory = QStringLiteral("1Gi");
    QString memoryLimit = QStringLiteral("2Gi");
};

struct ResourceTier
{
    QString name;
    qint64 fromMonthlyEvents = 0;
    int vcpus = 0;
    int memoryGiB = 0;
    int diskGiB = 0; // 0: not stated
    QString notes;
    // Per process: web, events (capture), worker, plugins (ingestion).
    ProcessResources web, events, worker, plugins;
};

struct ScalingRow
{
    QString label;
    qint64 fromMonthlyEvents = 0;
    int webReplicas = 0;
    int workerReplicas = 0;
    int eventsReplicas = 0;  // when the data has none: webReplicas
    int pluginsReplicas = 0; // when the data has none: workerReplicas
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
    qint64 fromMonthlyEvents = 0;
    QList<CostComponent> components;
    double totalUsd() const;
};

// How a self-hosted cost was reached. The cost table's last size is priced
// at its lower bound only: above it the table gives a floor, or, when the
// data has a cost per million events beyond it, an estimate.
enum class CostBasis { Table, AtLeast, Estimate };
QString costBasisName(CostBasis basis); // "table", "at-least", "estimate"

// What the tables say for one monthly event count.
struct Recommendation
{
    qint64 monthlyEvents = 0;
    ResourceTier tier;
    int tierIndex = 0;
    QString tierRange; // in figures, e.g. "10,000 – 999,999"
    ScalingRow row;
    int rowIndex = 0;
    QString rowRange;
    CostSize cost;
    int costIndex = 0;
    QString costRange;
    double monthlyCostUsd = 0; // the size's total, plus any estimate beyond the table
    CostBasis costBasis = CostBasis::Table;
    qint64 costTableEnd = 0; // the last size's lower bound: where the table's costs end

    // The cost as a sentence part: "$1,200 a month", "at least $3,700 a month
    // (the sizing table ends at 10,000,000+ events a month)", "about $3,750 a
    // month (an estimate beyond ...)".
    QString costText(const QLocale &locale) const;

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
    // The data's cost per million monthly events beyond the last size's lower
    // bound (an estimate the data may carry); unset: the table gives a floor.
    std::optional<double> usdPerMillionBeyond() const { return m_usdPerMillionBeyond; }

    // Row `index`'s range in figures: "0 – 9,999", "1,000,000 and more".
    QString tierRange(qsizetype index, const QLocale &locale) const;
    QString rowRange(qsizetype index, const QLocale &locale) const;
    QString costRange(qsizetype index, const QLocale &locale) const;

    // Figures as the generated files and the command line write them: the
    // C locale with digit grouping ("1,000,000").
    static QLocale figures();

private:
    QList<ResourceTier> m_tiers;
    QList<ScalingRow> m_rows;
    QList<CostSize> m_costs;
    std::optional<double> m_usdPerMillionBeyond;
};

} // namespace phc
