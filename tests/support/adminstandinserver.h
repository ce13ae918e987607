#pragma once

#include "admin/adminstandin.h"
#include "monitor/minihttpserver.h"

#include <functional>
#include <optional>

// PostHog's admin API on 127.0.0.1 (AdminStandIn behind a MiniHttpServer),
// with two migrations of the 1.4x releases: one completed, one errored.
namespace phctest {

class AdminStandInServer
{
public:
    AdminStandInServer()
        : m_server([this](const phc::HttpRequest &r) {
              if (m_before)
                  if (auto answer = m_before(r))
                      return *answer;
              if (auto answer = m_standIn.handle(r))
                  return *answer;
              return phc::HttpResponse::text(404, "not found");
          })
    {
        phc::AdminStandInState &s = m_standIn.state();
        s.lastEventIngested = QDateTime::currentDateTimeUtc().addSecs(-5);
        s.migrations = {
            migration(1, QStringLiteral("0007_persons_and_groups_on_events_backfill"), phc::MigrationStatus::Completed,
                      100, QStringLiteral("1.40.0"), QStringLiteral("1.41.99")),
            migration(2, QStringLiteral("0008_speed_up_kafka_timestamp_filters"), phc::MigrationStatus::Completed, 100,
                      QStringLiteral("1.42.0"), QStringLiteral("1.45.99")),
            migration(3, QStringLiteral("0009_minmax_indexes_for_materialized_columns"),
                      phc::MigrationStatus::NotStarted, 0, QStringLiteral("1.43.0"), QStringLiteral("1.49.99")),
        };
        if (!m_server.listen())
            qFatal("the admin stand-in cannot listen");
    }

    static phc::AsyncMigration migration(qint64 id, const QString &name, phc::MigrationStatus status, int progress,
                                         const QString &min, const QString &max)
    {
        phc::AsyncMigration m;
        m.id = id;
        m.name = name;
        m.status = status;
        m.progress = progress;
        m.posthogMinVersion = min;
        m.posthogMaxVersion = max;
        m.description = name;
        return m;
    }

    // Answers before the stand-in's (probes, another release's answers); nullopt: the stand-in answers.
    using Handler = std::function<std::optional<phc::HttpResponse>(const phc::HttpRequest &)>;
    void answerFirst(Handler handler) { m_before = std::move(handler); }

    phc::AdminStandInState &state() { return m_standIn.state(); }
    phc::AdminStandIn &standIn() { return m_standIn; }
    phc::MiniHttpServer &server() { return m_server; }
    QUrl url() const { return m_server.url(); }
    // Requests of one method, in order.
    QList<phc::HttpRequest> requests(const QByteArray &method) const
    {
        QList<phc::HttpRequest> out;
        for (const phc::HttpRequest &r : m_server.requests())
            if (r.method == method)
                out.append(r);
        return out;
    }

private:
    Handler m_before;
    phc::AdminStandIn m_standIn;
    phc::MiniHttpServer m_server;
};

} // namespace phctest
