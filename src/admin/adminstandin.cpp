#include "adminstandin.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QUrlQuery>

#include <cmath>

namespace phc {

namespace {

QJsonObject row(const QString &key, const QString &metric, const QJsonValue &value)
{
    QJsonObject o {{QStringLiteral("metric"), metric}, {QStringLiteral("value"), value}};
    if (!key.isEmpty())
        o.insert(QStringLiteral("key"), key);
    return o;
}

// ClickHouse's formatReadableSize.
QString readableSize(double bytes)
{
    static const char *units[] = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
    int i = 0;
    while (bytes >= 1024 && i < 6) {
        bytes /= 1024;
        ++i;
    }
    return QLocale::c().toString(bytes, 'f', 2) + u' ' + QLatin1StringView(units[i]);
}

HttpResponse jsonAnswer(int status, const QJsonObject &body)
{
    return HttpResponse::json(status, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpResponse drfError(int status, const QString &type, const QString &code, const QString &detail)
{
    return jsonAnswer(status, {{QStringLiteral("type"), type},
                               {QStringLiteral("code"), code},
                               {QStringLiteral("detail"), detail},
                               {QStringLiteral("attr"), QJsonValue::Null}});
}

QJsonObject migrationJson(const AsyncMigration &m, const AdminStandInState &state)
{
    auto nullable = [](const QString &s) { return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s); };
    return {{QStringLiteral("id"), m.id},
            {QStringLiteral("name"), m.name},
            {QStringLiteral("description"), m.description},
            {QStringLiteral("progress"), m.progress},
            {QStringLiteral("status"), int(m.status)},
            {QStringLiteral("current_operation_index"), m.currentOperationIndex},
            {QStringLiteral("current_query_id"), QString()},
            {QStringLiteral("celery_task_id"), QString()},
            {QStringLiteral("started_at"), nullable(m.startedAt)},
            {QStringLiteral("finished_at"), nullable(m.finishedAt)},
            {QStringLiteral("posthog_max_version"), m.posthogMaxVersion},
            {QStringLiteral("posthog_min_version"), m.posthogMinVersion},
            {QStringLiteral("parameters"), QJsonObject()},
            {QStringLiteral("error_count"), int(state.migrationErrors.value(m.id).size())},
            {QStringLiteral("parameter_definitions"), QJsonObject()}};
}

} // namespace

QByteArray AdminStandIn::overviewJson(const AdminStandInState &s)
{
    QJsonArray rows;
    if (!s.posthogVersionRow.isEmpty())
        rows.append(row(QStringLiteral("posthog_version"), QStringLiteral("PostHog version"), s.posthogVersionRow));
    rows.append(row(QStringLiteral("posthog_git_sha"), QStringLiteral("PostHog Git SHA"), QStringLiteral("5cb3bd9e")));
    // PostHog lists the row only when HELM_INSTALL_INFO is set: {"rows": list(helm_info.items())}.
    if (!s.helmInfo.isEmpty()) {
        QJsonArray helmRows;
        for (const auto &[key, value] : s.helmInfo)
            helmRows.append(QJsonArray {key, value});
        QJsonObject helm = row(QStringLiteral("helm"), QStringLiteral("Helm Info"), QString());
        helm.insert(QStringLiteral("subrows"),
                    QJsonObject {{QStringLiteral("columns"), QJsonArray {QStringLiteral("key"), QStringLiteral("value")}},
                                 {QStringLiteral("rows"), helmRows}});
        rows.append(helm);
    }
    rows.append(row(QStringLiteral("plugin_sever_alive"), QStringLiteral("Plugin server alive"), s.pluginServerAlive));
    rows.append(row(QStringLiteral("plugin_sever_version"), QStringLiteral("Plugin server version"),
                    s.pluginServerAlive ? QStringLiteral("1.43.0") : QStringLiteral("unknown")));
    rows.append(row(QStringLiteral("db_alive"), QStringLiteral("Postgres database alive"), s.postgresAlive));
    if (s.postgresAlive) {
        rows.append(row(QStringLiteral("pg_version"), QStringLiteral("Postgres version"), s.pgVersion));
        rows.append(row(QStringLiteral("async_migrations_ok"), QStringLiteral("Async migrations up-to-date"),
                        s.asyncMigrationsOk));
    }
    rows.append(row(QStringLiteral("clickhouse_alive"), QStringLiteral("Clickhouse database alive"), s.clickhouseAlive));
    if (s.clickhouseAlive) {
        rows.append(row(QStringLiteral("clickhouse_event_count"), QStringLiteral("Events in ClickHouse"), 48211034));
        for (qsizetype i = 0; i < s.disks.size(); ++i) {
            const QString metric = s.disks.size() == 1 ? QStringLiteral("Clickhouse disk")
                                                       : QStringLiteral("Clickhouse disk %1").arg(i);
            rows.append(row(QStringLiteral("clickhouse_disk_%1_free_space").arg(i), metric + QStringLiteral(" free space"),
                            readableSize(s.disks[i].first)));
            rows.append(row(QStringLiteral("clickhouse_disk_%1_total_space").arg(i),
                            metric + QStringLiteral(" total space"), readableSize(s.disks[i].second)));
        }
        QJsonObject sizes = row(QStringLiteral("clickhouse_table_sizes"), QStringLiteral("Clickhouse table sizes"), QString());
        sizes.insert(QStringLiteral("subrows"),
                     QJsonObject {{QStringLiteral("columns"),
                                   QJsonArray {QStringLiteral("Table"), QStringLiteral("Size"), QStringLiteral("Rows")}},
                                  {QStringLiteral("rows"),
                                   QJsonArray {QJsonArray {QStringLiteral("sharded_events"), QStringLiteral("31.02 GiB"), 48211034},
                                               QJsonArray {QStringLiteral("person"), QStringLiteral("120.44 MiB"), 310221}}}});
        rows.append(sizes);
        const QDateTime at = s.lastEventIngested.isValid() ? s.lastEventIngested.toUTC()
                                                           : QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
        QString stamp = at.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'000'"));
        if (s.timestampWithOffset || !s.lastEventIngested.isValid())
            stamp += QStringLiteral("+00:00");
        rows.append(row(QStringLiteral("last_event_ingested_timestamp"), QStringLiteral("Last event ingested"), stamp));
        rows.append(row(QStringLiteral("dead_letter_queue_size"), QStringLiteral("Dead letter queue size"),
                        double(s.deadLetterQueueSize)));
        rows.append(row(QStringLiteral("dead_letter_queue_events_last_day"),
                        QStringLiteral("Events sent to dead letter queue in the last 24h"),
                        double(s.deadLetterQueueLastDay)));
        rows.append(row(QStringLiteral("dead_letter_queue_ratio_ok"), QStringLiteral("Dead letter queue ratio healthy"),
                        s.deadLetterQueueRatioOk));
    }
    rows.append(row(QStringLiteral("redis_alive"), QStringLiteral("Redis alive"), s.redisAlive));
    if (s.redisAlive) {
        rows.append(row(QString(), QStringLiteral("Redis version"), s.redisVersion));
        rows.append(row(QString(), QStringLiteral("Redis current queue depth"), QStringLiteral("0")));
        rows.append(row(QString(), QStringLiteral("Redis memory used"), QStringLiteral("12.31MB")));
        rows.append(row(QString(), QStringLiteral("Redis 'maxmemory' setting"), s.redisMaxmemory));
        rows.append(row(QString(), QStringLiteral("Redis 'maxmemory-policy' setting"), QStringLiteral("allkeys-lru")));
    }
    rows.append(row(QStringLiteral("object_storage"), QStringLiteral("Object Storage enabled"), s.objectStorageEnabled));
    if (s.objectStorageEnabled)
        rows.append(row(QStringLiteral("object_storage"), QStringLiteral("Object Storage healthy"), s.objectStorageHealthy));
    for (const QJsonObject &extra : s.extraRows)
        rows.append(extra);
    return QJsonDocument(QJsonObject {{QStringLiteral("results"), QJsonObject {{QStringLiteral("overview"), rows}}}})
        .toJson(QJsonDocument::Compact);
}

std::optional<HttpResponse> AdminStandIn::handle(const HttpRequest &request)
{
    QString path = QString::fromUtf8(request.path());
    if (!path.startsWith(u"/api/instance_status") && !path.startsWith(u"/api/async_migrations"))
        return std::nullopt;
    if (path.size() > 1 && path.endsWith(u'/'))
        path.chop(1);
    const QByteArray auth = request.header("Authorization");
    if (auth.isEmpty())
        return drfError(401, QStringLiteral("authentication_error"), QStringLiteral("not_authenticated"),
                        QStringLiteral("Authentication credentials were not provided."));
    if (auth != "Bearer " + m_state.apiKey)
        return drfError(401, QStringLiteral("authentication_error"), QStringLiteral("authentication_failed"),
                        QStringLiteral("Personal API key found in request Authorization header is invalid."));

    if (path.startsWith(u"/api/instance_status")) {
        if (request.method != "GET")
            return drfError(405, QStringLiteral("invalid_request"), QStringLiteral("method_not_allowed"),
                            QStringLiteral("Method \"%1\" not allowed.").arg(QString::fromLatin1(request.method)));
        if (path == u"/api/instance_status") {
            if (m_state.overviewBody) {
                HttpResponse r = HttpResponse::json(200, *m_state.overviewBody);
                r.headers = {{"Content-Type", m_state.overviewContentType}};
                return r;
            }
            return HttpResponse::json(200, overviewJson(m_state));
        }
        if (path == u"/api/instance_status/navigation")
            return jsonAnswer(200, {{QStringLiteral("system_status_ok"),
                                     m_state.redisAlive && m_state.postgresAlive && m_state.pluginServerAlive
                                         && m_state.deadLetterQueueRatioOk},
                                    {QStringLiteral("async_migrations_ok"), m_state.asyncMigrationsOk}});
        if (path == u"/api/instance_status/queries")
            return jsonAnswer(
                200, {{QStringLiteral("results"),
                       QJsonObject {{QStringLiteral("postgres_running"),
                                     QJsonArray {QJsonObject {{QStringLiteral("duration"), QStringLiteral("00:00:04.100000")},
                                                              {QStringLiteral("state"), QStringLiteral("active")},
                                                              {QStringLiteral("query"), QStringLiteral("SELECT * FROM posthog_cohort")},
                                                              {QStringLiteral("query_start"), QStringLiteral("2022-11-03T10:00:00Z")}}}},
                                    {QStringLiteral("clickhouse_running"), QJsonArray()},
                                    {QStringLiteral("clickhouse_slow_log"),
                                     QJsonArray {QJsonObject {{QStringLiteral("duration"), 45210},
                                                              {QStringLiteral("query"), QStringLiteral("SELECT uniq(person_id) FROM events WHERE team_id = 2")},
                                                              {QStringLiteral("query_id"), QStringLiteral("q0")}}}}}}});
        return drfError(404, QStringLiteral("invalid_request"), QStringLiteral("not_found"), QStringLiteral("Not found."));
    }

    if (!m_state.keyUserIsStaff)
        return drfError(403, QStringLiteral("authentication_error"), QStringLiteral("permission_denied"),
                        QStringLiteral("You do not have permission to perform this action."));
    const QStringList parts = path.mid(int(qstrlen("/api/async_migrations"))).split(u'/', Qt::SkipEmptyParts);
    if (parts.isEmpty() && request.method == "GET")
        return migrationsPage(request);
    bool isId = false;
    const qint64 id = parts.value(0).toLongLong(&isId);
    const bool known = isId && std::any_of(m_state.migrations.begin(), m_state.migrations.end(),
                                           [id](const AsyncMigration &m) { return m.id == id; });
    if (!known || parts.size() != 2)
        return drfError(404, QStringLiteral("invalid_request"), QStringLiteral("not_found"), QStringLiteral("Not found."));
    if (parts[1] == u"errors" && request.method == "GET") {
        QJsonArray list;
        int n = 0;
        for (const QString &e : m_state.migrationErrors.value(id))
            list.append(QJsonObject {{QStringLiteral("id"), ++n},
                                     {QStringLiteral("description"), e},
                                     {QStringLiteral("created_at"), QStringLiteral("2022-11-02T08:40:00Z")}});
        return HttpResponse::json(200, QJsonDocument(list).toJson(QJsonDocument::Compact));
    }
    if (request.method == "POST")
        return action(id, parts[1]);
    return drfError(405, QStringLiteral("invalid_request"), QStringLiteral("method_not_allowed"),
                    QStringLiteral("Method \"%1\" not allowed.").arg(QString::fromLatin1(request.method)));
}

HttpResponse AdminStandIn::migrationsPage(const HttpRequest &request) const
{
    const QUrlQuery query(QString::fromUtf8(request.query()));
    const int limit = std::clamp(query.queryItemValue(QStringLiteral("limit")).toInt(), 1, m_state.pageSize);
    const int offset = std::max(0, query.queryItemValue(QStringLiteral("offset")).toInt());
    QList<AsyncMigration> sorted = m_state.migrations;
    std::sort(sorted.begin(), sorted.end(), [](const AsyncMigration &a, const AsyncMigration &b) { return a.name < b.name; });
    QJsonArray results;
    for (qsizetype i = offset; i < sorted.size() && i < offset + limit; ++i)
        results.append(migrationJson(sorted[i], m_state));
    const QString origin = m_state.nextOrigin.isEmpty()
        ? QStringLiteral("http://") + QString::fromLatin1(request.header("Host"))
        : m_state.nextOrigin;
    QJsonValue next = QJsonValue::Null;
    if (offset + limit < sorted.size())
        next = QStringLiteral("%1/api/async_migrations?limit=%2&offset=%3").arg(origin).arg(limit).arg(offset + limit);
    return jsonAnswer(200, {{QStringLiteral("count"), int(sorted.size())},
                            {QStringLiteral("next"), next},
                            {QStringLiteral("previous"), QJsonValue::Null},
                            {QStringLiteral("results"), results}});
}

HttpResponse AdminStandIn::action(qint64 id, const QString &name)
{
    AsyncMigration *m = nullptr;
    for (AsyncMigration &candidate : m_state.migrations)
        if (candidate.id == id)
            m = &candidate;
    auto refuse = [](const QString &why) {
        return jsonAnswer(400, {{QStringLiteral("success"), false}, {QStringLiteral("error"), why}});
    };
    // PostHog's own preconditions (posthog/api/async_migration.py).
    if (name == u"trigger") {
        for (const AsyncMigration &other : m_state.migrations)
            if (other.status == MigrationStatus::Running || other.status == MigrationStatus::Starting)
                return refuse(QStringLiteral("No more than 1 async migration can run at once."));
        m->status = MigrationStatus::Starting;
    } else if (name == u"resume" || name == u"rollback") {
        if (m->status != MigrationStatus::Errored)
            return refuse(name == u"resume" ? QStringLiteral("Can't resume a migration that isn't in errored state")
                                            : QStringLiteral("Can't rollback a migration that isn't in errored state."));
        m->status = name == u"resume" ? MigrationStatus::Running : MigrationStatus::RolledBack;
    } else if (name == u"force_stop" || name == u"force_stop_without_rollback") {
        if (m->status != MigrationStatus::Running)
            return refuse(QStringLiteral("Can't stop a migration that isn't running."));
        m->status = name == u"force_stop" ? MigrationStatus::RolledBack : MigrationStatus::Errored;
    } else if (name == u"force_rollback") {
        if (m->status != MigrationStatus::Completed)
            return refuse(QStringLiteral("Can't force rollback a migration that did not complete successfully."));
        m->status = MigrationStatus::RolledBack;
    } else {
        return drfError(404, QStringLiteral("invalid_request"), QStringLiteral("not_found"), QStringLiteral("Not found."));
    }
    m_actions.append(QStringLiteral("%1/%2").arg(id).arg(name));
    return jsonAnswer(200, {{QStringLiteral("success"), true}});
}

} // namespace phc
