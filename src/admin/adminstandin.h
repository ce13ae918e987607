#pragma once

#include "admin/asyncmigrations.h"
#include "monitor/minihttpserver.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace phc {

// What the stand-in reports, in the terms of PostHog's own System status.
struct AdminStandInState
{
    // PostHog 1.4x lists its VERSION first; empty: an image built after
    // mid-2023, which has no such row (PostHog PR 16722).
    QString posthogVersionRow = QStringLiteral("1.43.0");
    // HELM_INSTALL_INFO as the chart renders it; empty: not installed with the chart.
    QList<std::pair<QString, QJsonValue>> helmInfo {
        {QStringLiteral("chart_version"), QStringLiteral("30.3.1")}, {QStringLiteral("cloud"), QStringLiteral("aws")},
        {QStringLiteral("deployment_type"), QStringLiteral("helm")}, {QStringLiteral("hostname"), QJsonValue::Null},
        {QStringLiteral("ingress_type"), QStringLiteral("nginx")},   {QStringLiteral("kube_version"), QStringLiteral("v1.27.3")},
        {QStringLiteral("operation"), QStringLiteral("upgrade")},    {QStringLiteral("release_name"), QStringLiteral("posthog")},
        {QStringLiteral("release_revision"), 14}};
    bool pluginServerAlive = true;
    bool postgresAlive = true;
    QString pgVersion = QStringLiteral("12.0.13"); // as PostHog prints it
    bool asyncMigrationsOk = true;
    bool clickhouseAlive = true;
    QList<std::pair<double, double>> disks {{120.0 * (1LL << 30), 200.0 * (1LL << 30)}}; // free, total bytes
    QDateTime lastEventIngested;     // invalid: the epoch (no event in the last hour)
    bool timestampWithOffset = false; // later releases add "+00:00"
    qint64 deadLetterQueueSize = 0;
    qint64 deadLetterQueueLastDay = 0;
    bool deadLetterQueueRatioOk = true;
    bool redisAlive = true;
    QString redisVersion = QStringLiteral("6.2.7");
    QString redisMaxmemory = QStringLiteral("400.00MB"); // "0BB": no limit
    bool objectStorageEnabled = true;
    bool objectStorageHealthy = true;
    QList<QJsonObject> extraRows; // rows of another release, sent as they are
    // A body sent instead of the overview (a server that is not PostHog), with its content type.
    std::optional<QByteArray> overviewBody;
    QByteArray overviewContentType = QByteArrayLiteral("application/json");

    QList<AsyncMigration> migrations;
    QHash<qint64, QStringList> migrationErrors; // newest first

    QByteArray apiKey = QByteArrayLiteral("phx_standin");
    bool keyUserIsStaff = true;
    int pageSize = 100;
    // The host DRF writes into "next" (from the Host header); empty: the request's.
    QString nextOrigin;
};

// PostHog 1.4x's admin API in its own shapes, serving a state the caller
// changes: the rows without keys, sizes as strings, the plugin_sever typo,
// DRF's pagination, its 401/403 bodies and PostHog's 400 answers to
// actions. The demo instance mounts it; the tests drive it.
//   GET  /api/instance_status, /api/instance_status/queries, /api/instance_status/navigation
//   GET  /api/async_migrations[?limit&offset], /api/async_migrations/<id>/errors
//   POST /api/async_migrations/<id>/<action>
class AdminStandIn
{
public:
    AdminStandInState &state() { return m_state; }
    const AdminStandInState &state() const { return m_state; }

    // nullopt when the request is not for the admin API.
    std::optional<HttpResponse> handle(const HttpRequest &request);

    // Actions PostHog accepted, "<id>/<action>", oldest first.
    const QStringList &acceptedActions() const { return m_actions; }

    static QByteArray overviewJson(const AdminStandInState &state);

private:
    HttpResponse action(qint64 id, const QString &name);
    HttpResponse migrationsPage(const HttpRequest &request) const;

    AdminStandInState m_state;
    QStringList m_actions;
};

} // namespace phc
