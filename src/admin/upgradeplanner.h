#pragma once

#include "admin/asyncmigrationcatalog.h"
#include "admin/asyncmigrations.h"
#include "admin/instancestatus.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace phc {

class ServiceRequirements;

struct UpgradeBlocker
{
    enum class Kind { AsyncMigration, ServiceVersion };
    Kind kind = Kind::AsyncMigration;
    QString name;    // the migration, or "postgresql" / "redis"
    QString message; // what is wrong and what to do
};
QString upgradeBlockerKindName(UpgradeBlocker::Kind kind); // "asyncMigration", "serviceVersion"

struct UpgradePlan
{
    QString current; // the version in force, "1.41.0"
    QString target;  // "1.44.0"
    QList<UpgradeBlocker> blockers;
    QStringList steps; // in order: what to run where, the versions to stop at, then the target
    QStringList notes; // what the data cannot judge: services to check by hand, unknown gates

    bool go() const { return blockers.isEmpty(); }
    QJsonObject toJson() const; // {"target", "verdict", "current", "blockers", "steps", "notes"}
    QString toText() const;
};

// What an upgrade from the live instance to a target version needs:
//  - every migration the instance lists that is not Completed and whose
//    maximum version is below the target blocks it (it must complete or be
//    resumed first); an Errored, RolledBack or FailedAtStartup one always does;
//  - migrations a later release ships (from the catalog) whose maximum is
//    below the target need a stop at a version that runs them: a blocker for
//    the direct jump, with the stop in the steps;
//  - live PostgreSQL or Redis outside the target's gates block it; ClickHouse,
//    whose version PostHog 1.4x does not report, is a note to check by hand.
// The live list wins over the catalog where both name a migration.
class UpgradePlanner
{
public:
    struct Input
    {
        QString current;                       // the version in force
        QString target;                        // "1.44.0" or "release-1.44.0"
        QList<AsyncMigration> migrations;      // the instance's own list
        std::optional<InstanceOverview> overview; // for the live service versions
    };

    static UpgradePlan plan(const Input &input, const AsyncMigrationCatalog &catalog,
                            const ServiceRequirements &requirements);
};

} // namespace phc
