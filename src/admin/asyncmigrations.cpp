#include "asyncmigrations.h"

#include "admin/jsonfields.h"
#include "core/jsondocument.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace phc {

namespace {

// This file's messages, in one translation context: lupdate files Text::tr()
// calls under it from any function, tr() calls from the class it is named after.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(phc::AsyncMigrationReader)
};

QString tr(const char *text) { return Text::tr(text); }

std::optional<AsyncMigration> readMigration(JsonFields &f, const QJsonValue &v, const QString &path)
{
    if (!v.isObject()) {
        f.error(path, Text::tr("must be an object"));
        return std::nullopt;
    }
    const QJsonObject obj = v.toObject();
    const int before = int(f.issues().size());
    AsyncMigration m;
    const auto id = f.integer(obj, QStringLiteral("id"), path, true);
    const auto name = f.string(obj, QStringLiteral("name"), path, true);
    const auto status = f.integer(obj, QStringLiteral("status"), path, true);
    const auto progress = f.integer(obj, QStringLiteral("progress"), path, true);
    if (status && (*status < 0 || *status > 6))
        f.error(JsonFields::join(path, QStringLiteral("status")),
                Text::tr("%1 is not a status PostHog knows (0 to 6)").arg(*status));
    if (progress && (*progress < 0 || *progress > 100))
        f.error(JsonFields::join(path, QStringLiteral("progress")), Text::tr("must be a percentage (0 to 100)"));
    m.description = f.nullableString(obj, QStringLiteral("description"), path).value_or(QString());
    m.currentOperationIndex = int(f.integer(obj, QStringLiteral("current_operation_index"), path, false).value_or(0));
    m.startedAt = f.nullableString(obj, QStringLiteral("started_at"), path).value_or(QString());
    m.finishedAt = f.nullableString(obj, QStringLiteral("finished_at"), path).value_or(QString());
    m.posthogMinVersion = f.nullableString(obj, QStringLiteral("posthog_min_version"), path).value_or(QString());
    m.posthogMaxVersion = f.nullableString(obj, QStringLiteral("posthog_max_version"), path).value_or(QString());
    if (const auto errors = f.integer(obj, QStringLiteral("error_count"), path, false))
        m.errorCount = int(*errors);
    bool bad = false;
    for (qsizetype i = before; i < f.issues().size(); ++i)
        bad = bad || f.issues().at(i).severity == Severity::Error;
    if (bad || !id || !name || !status || !progress)
        return std::nullopt;
    m.id = *id;
    m.name = *name;
    m.status = MigrationStatus(*status);
    m.progress = int(*progress);
    return m;
}

} // namespace

QString migrationStatusName(MigrationStatus status)
{
    switch (status) {
    case MigrationStatus::NotStarted: return QStringLiteral("NotStarted");
    case MigrationStatus::Running: return QStringLiteral("Running");
    case MigrationStatus::Completed: return QStringLiteral("Completed");
    case MigrationStatus::Errored: return QStringLiteral("Errored");
    case MigrationStatus::RolledBack: return QStringLiteral("RolledBack");
    case MigrationStatus::Starting: return QStringLiteral("Starting");
    case MigrationStatus::FailedAtStartup: return QStringLiteral("FailedAtStartup");
    }
    return QString();
}

bool migrationFailed(MigrationStatus status)
{
    return status == MigrationStatus::Errored || status == MigrationStatus::RolledBack
        || status == MigrationStatus::FailedAtStartup;
}

QString migrationActionPath(MigrationAction action)
{
    switch (action) {
    case MigrationAction::Trigger: return QStringLiteral("trigger");
    case MigrationAction::Resume: return QStringLiteral("resume");
    case MigrationAction::Rollback: return QStringLiteral("rollback");
    case MigrationAction::ForceStop: return QStringLiteral("force_stop");
    case MigrationAction::ForceStopWithoutRollback: return QStringLiteral("force_stop_without_rollback");
    case MigrationAction::ForceRollback: return QStringLiteral("force_rollback");
    }
    return QString();
}

// The preconditions of posthog/api/async_migration.py (PostHog/posthog
// 326f2e836f6efbd71b41f3a80dba70d9e1f3dc64, the 1.4x releases): resume and
// rollback refuse unless Errored, _force_stop unless Running, force_rollback
// unless CompletedSuccessfully. trigger checks no status; the statuses are
// those PostHog's page offers Run or Restart for
// (frontend/src/scenes/instance/AsyncMigrations/AsyncMigrations.tsx,
// 00842c665584de8f8a7c184632b94cb5f6afb950).
bool migrationActionAllowed(MigrationAction action, MigrationStatus status)
{
    switch (action) {
    case MigrationAction::Trigger:
        return status == MigrationStatus::NotStarted || status == MigrationStatus::FailedAtStartup
            || status == MigrationStatus::RolledBack;
    case MigrationAction::Resume:
    case MigrationAction::Rollback: return status == MigrationStatus::Errored;
    case MigrationAction::ForceStop:
    case MigrationAction::ForceStopWithoutRollback: return status == MigrationStatus::Running;
    case MigrationAction::ForceRollback: return status == MigrationStatus::Completed;
    }
    return false;
}

// In the terms of posthog/async_migrations/utils.py (trigger_migration,
// force_stop_migration, rollback_migration) of the same releases.
QString migrationActionConsequence(MigrationAction action)
{
    switch (action) {
    case MigrationAction::Trigger:
        return Text::tr("PostHog marks it Starting and hands it to a Celery worker, which runs its operations in order; it "
                  "may take hours. PostHog refuses while another async migration runs, or when its version is outside "
                  "the migration's minimum and maximum.");
    case MigrationAction::Resume:
        return Text::tr("PostHog hands it to a Celery worker again, which continues from the operation that errored, not "
                  "from the start.");
    case MigrationAction::Rollback:
        return Text::tr("WARNING: PostHog runs the rollback of every operation done so far, the last first: the work of the "
                  "migration is undone. It ends RolledBack, or Errored when a rollback fails.");
    case MigrationAction::ForceStop:
        return Text::tr("DANGER: PostHog revokes the migration's Celery task with terminate, which kills the worker process "
                  "(another task of that worker can be lost), records the error 'Force stopped by user' and rolls the "
                  "migration back.");
    case MigrationAction::ForceStopWithoutRollback:
        return Text::tr("DANGER: PostHog kills the worker process as a force stop does (another task of that worker can be "
                  "lost) and leaves the migration Errored, its operations as they are.");
    case MigrationAction::ForceRollback:
        return Text::tr("DANGER: PostHog rolls back a migration that completed successfully: every operation's rollback "
                  "runs, the last first.");
    }
    return QString();
}

Result<AsyncMigrationPage> AsyncMigrationReader::parsePage(QByteArrayView json)
{
    Issues issues;
    const auto root = parseJsonObject(json, issues);
    if (!root)
        return Result<AsyncMigrationPage>::failure(issues);
    JsonFields f(issues);
    AsyncMigrationPage page;
    const auto count = f.integer(*root, QStringLiteral("count"), QString(), true);
    const auto next = f.nullableString(*root, QStringLiteral("next"), QString());
    const auto results = f.array(*root, QStringLiteral("results"), QString(), true);
    if (count && *count < 0)
        f.error(QStringLiteral("count"), tr("must not be negative"));
    page.count = count.value_or(0);
    if (next && !next->isEmpty()) {
        page.next = QUrl(*next, QUrl::StrictMode);
        if (!page.next.isValid())
            f.error(QStringLiteral("next"), tr("is not a URL"));
    }
    if (results)
        for (qsizetype i = 0; i < results->size(); ++i)
            if (auto m = readMigration(f, results->at(i), JsonFields::index(QStringLiteral("results"), i)))
                page.results.append(*m);
    if (hasErrors(issues))
        return Result<AsyncMigrationPage>::failure(issues);
    return Result<AsyncMigrationPage>(std::move(page), issues);
}

Result<QStringList> AsyncMigrationReader::parseErrors(QByteArrayView json)
{
    Issues issues;
    // The answer is a bare list: wrap it so the object reader gives positions.
    const QByteArray wrapped = "{\"errors\":" + json.toByteArray() + '}';
    const auto root = parseJsonObject(wrapped, issues);
    if (!root) {
        for (Issue &issue : issues)
            if (issue.line == 1)
                issue.column = std::max(1, issue.column - 10);
        return Result<QStringList>::failure(issues);
    }
    JsonFields f(issues);
    QStringList out;
    if (const auto list = f.array(*root, QStringLiteral("errors"), QString(), true))
        for (qsizetype i = 0; i < list->size(); ++i) {
            const QString path = JsonFields::index(QString(), i);
            if (!list->at(i).isObject()) {
                f.error(path, tr("must be an object"));
                continue;
            }
            if (const auto d = f.string(list->at(i).toObject(), QStringLiteral("description"), path, true))
                out.append(*d);
        }
    if (hasErrors(issues))
        return Result<QStringList>::failure(issues);
    return Result<QStringList>(std::move(out), issues);
}

Result<MigrationActionAnswer> AsyncMigrationReader::parseActionAnswer(QByteArrayView json)
{
    Issues issues;
    const auto root = parseJsonObject(json, issues);
    if (!root)
        return Result<MigrationActionAnswer>::failure(issues);
    JsonFields f(issues);
    MigrationActionAnswer out;
    const auto success = f.boolean(*root, QStringLiteral("success"), QString(), true);
    out.success = success.value_or(false);
    out.error = f.nullableString(*root, QStringLiteral("error"), QString()).value_or(QString());
    if (hasErrors(issues))
        return Result<MigrationActionAnswer>::failure(issues);
    return Result<MigrationActionAnswer>(out, issues);
}

QString AsyncMigrationReader::errorDetail(QByteArrayView json)
{
    Issues ignored;
    const auto root = parseJsonObject(json, ignored);
    if (!root)
        return QString();
    const QJsonValue detail = root->value(u"detail");
    if (detail.isString())
        return detail.toString().left(500);
    const QJsonValue error = root->value(u"error");
    return error.isString() ? error.toString().left(500) : QString();
}

} // namespace phc
