#pragma once

#include "core/issue.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace phc {

// posthog.models.async_migration.MigrationStatus, by number.
enum class MigrationStatus {
    NotStarted = 0,
    Running = 1,
    Completed = 2,
    Errored = 3,
    RolledBack = 4,
    Starting = 5,
    FailedAtStartup = 6,
};
// "NotStarted", "Running", "Completed", "Errored", "RolledBack", "Starting", "FailedAtStartup".
QString migrationStatusName(MigrationStatus status);
// Errored, RolledBack and FailedAtStartup: someone has to act.
bool migrationFailed(MigrationStatus status);

// One row of GET /api/async_migrations.
struct AsyncMigration
{
    qint64 id = 0;
    QString name;
    QString description;
    int progress = 0; // percent
    MigrationStatus status = MigrationStatus::NotStarted;
    int currentOperationIndex = 0;
    QString startedAt;  // ISO timestamps as sent; empty when null
    QString finishedAt;
    QString posthogMinVersion;
    QString posthogMaxVersion;
    std::optional<int> errorCount; // releases that report it
    QString lastError;             // the newest of /api/async_migrations/<id>/errors, when read

    friend bool operator==(const AsyncMigration &, const AsyncMigration &) = default;
};

// One page of Django REST framework's paginated list.
struct AsyncMigrationPage
{
    qint64 count = 0;
    QUrl next; // empty on the last page
    QList<AsyncMigration> results;
};

// What PostHog answered to an action (trigger, resume, ...): {"success", "error"}.
struct MigrationActionAnswer
{
    bool success = false;
    QString error;
};

// The actions of /api/async_migrations/<id>/<action>, as PostHog names them.
enum class MigrationAction { Trigger, Resume, Rollback, ForceStop, ForceStopWithoutRollback, ForceRollback };
QString migrationActionPath(MigrationAction action); // "trigger", "force_stop", ...
// Whether PostHog takes `action` for a migration in `status`: resume and
// rollback only Errored, the force stops only Running, force rollback only
// Completed, trigger what PostHog's page offers to run (NotStarted,
// FailedAtStartup, RolledBack). Trigger is also refused while another
// migration runs or when the version is outside the migration's range;
// that is PostHog's answer to read, not a state of this migration.
bool migrationActionAllowed(MigrationAction action, MigrationStatus status);
// What PostHog does on `action`, in its terms; "WARNING:" or "DANGER:" first
// where work is undone or a process is killed.
QString migrationActionConsequence(MigrationAction action);

// Strict readers of the async migration answers. Issues carry the JSON path
// ("results[2].status"); JSON syntax errors line and column.
class AsyncMigrationReader
{
public:
    static Result<AsyncMigrationPage> parsePage(QByteArrayView json);
    // /api/async_migrations/<id>/errors: the descriptions, newest first.
    static Result<QStringList> parseErrors(QByteArrayView json);
    static Result<MigrationActionAnswer> parseActionAnswer(QByteArrayView json);
    // The "detail" of a Django REST framework error body ({"detail": ...} or
    // PostHog's {"type", "code", "detail", "attr"}); empty when there is none.
    static QString errorDetail(QByteArrayView json);
};

} // namespace phc
