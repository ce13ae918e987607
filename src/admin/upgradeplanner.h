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
    enum class Kind { AsyncMigration, ServiceVersion, Downgrade };
    Kind kind = Kind::AsyncMigration;
    QString name;    // the migration, "postgresql" / "redis", or the target of a downgrade
    QString message; // what is wrong and what to do
};
QString upgradeBlockerKindName(UpgradeBlocker::Kind kind); // "asyncMigration", "serviceVersion", "downgrade"

enum class UpgradeVerdict { Go, Blocked, Unknown };
QString upgradeVerdictName(UpgradeVerdict verdict); // "go", "blocked", "unknown"

struct UpgradePlan
{
    QString current; // the version in force, "1.41.0"; empty when not known
    QString target;  // "1.44.0"
    QList<UpgradeBlocker> blockers;
    QStringList steps; // in order: what to run where, the versions to stop at, then the target
    QStringList notes; // what the data cannot judge: services to check by hand, unknown gates

    // Unknown when the version in force is not known: no verdict without it.
    UpgradeVerdict verdict() const;
    bool go() const { return verdict() == UpgradeVerdict::Go; }
    QJsonObject toJson() const; // {"target", "verdict", "current", "blockers", "steps", "notes"}
    QString toText() const;
};

// What an upgrade from the live instance to a target version needs, by the
// rules of PostHog's migrate job, which runs `run_async_migrations --check`
// in the target's image before the target starts (commit
// 073372a7a269ee6d0abeef66d2ee5c23bc5395e1, run_async_migrations.py):
//  - a Running or Starting migration blocks every upgrade, and so does an
//    Errored one;
//  - a migration that is not completed and that the target requires blocks
//    it when its maximum version is below the target (RolledBack and
//    FailedAtStartup included); one the target ships as a no-op does not: the
//    migrate job completes it (--complete-noop-migrations);
//  - migrations of releases between now and the target (from the catalog)
//    that must complete before it need a stop at a release that runs them,
//    the one PostHog's runbook names with its chart version;
//  - an older target is a downgrade: PostHog runs no async migration backwards;
//  - live PostgreSQL or Redis outside the target's gates block it; ClickHouse,
//    whose version PostHog 1.4x does not report, is a note to check by hand.
// The live list wins over the catalog for a migration's status.
class UpgradePlanner
{
public:
    struct Input
    {
        QString current;                       // the version in force; empty: not known
        QString target;                        // "1.44.0" or "release-1.44.0"
        QList<AsyncMigration> migrations;      // the instance's own list
        std::optional<InstanceOverview> overview; // for the live service versions and the Helm release
        QString helmNamespace;                 // for the commands; empty: <namespace>
    };

    static UpgradePlan plan(const Input &input, const AsyncMigrationCatalog &catalog,
                            const ServiceRequirements &requirements);
};

} // namespace phc
