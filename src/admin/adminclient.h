#pragma once

#include "admin/asyncmigrations.h"
#include "admin/instancestatus.h"
#include "monitor/connectionsettings.h"
#include "monitor/httpfetcher.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace phc {

// Why an admin request gave no answer to read.
enum class AdminFailure {
    None,
    Unreachable, // no HTTP answer, or the server in front of PostHog answered 5xx
    KeyMissing,  // no key, or the key may not be sent there (nothing was sent)
    KeyRefused,  // 401 or 403
    Unreadable,  // an answer that is not PostHog's (another service, a changed API)
};

struct AdminError
{
    AdminFailure failure = AdminFailure::None;
    QString message; // one line, in the user's words, with PostHog's own detail when it sent one
    int httpCode = 0;

    bool ok() const { return failure == AdminFailure::None; }
};

// Everything one round reads from PostHog's admin API.
struct AdminSnapshot
{
    std::optional<InstanceOverview> overview;
    std::optional<InstanceQueries> queries;
    std::optional<QList<AsyncMigration>> migrations;
    AdminError error;           // the system status itself could not be read
    AdminError migrationsError; // only the migration list (e.g. the key's user is not staff)
    AdminError queriesError;
};

struct MigrationActionOutcome
{
    AdminError error;            // transport, key or unreadable answer
    std::optional<MigrationActionAnswer> answer; // PostHog's {"success", "error"}
};

// Reads PostHog's admin API over the shared fetcher: the key goes only as the
// fetcher allows (its origin, https or loopback). The async migration list
// is followed page by page: DRF's "next" when it points to the instance's own
// origin, else limit/offset on the configured base URL (DRF builds "next"
// from the Host header, which a proxy may rewrite).
class AdminClient : public QObject
{
    Q_OBJECT
public:
    static constexpr int pageLimit = 100;
    static constexpr int maxPages = 50;

    explicit AdminClient(HttpFetcher *fetcher, QObject *parent = nullptr);

    void setBaseUrl(const QUrl &url) { m_settings.baseUrl = url; }
    QUrl baseUrl() const { return m_settings.baseUrl; }

    using SnapshotCallback = std::function<void(const AdminSnapshot &)>;
    using MigrationsCallback = std::function<void(const QList<AsyncMigration> &, const AdminError &)>;
    using ActionCallback = std::function<void(const MigrationActionOutcome &)>;

    // Overview, queries and migrations (with the last error of each failed
    // one), all at once; `done` runs once, later.
    void fetchSnapshot(QObject *context, SnapshotCallback done);
    void fetchMigrations(QObject *context, MigrationsCallback done);
    // Exactly one POST to /api/async_migrations/<id>/<action>/.
    void runAction(qint64 id, MigrationAction action, QObject *context, ActionCallback done);

    QUrl url(const QString &path) const { return m_settings.resolve(path); }
    // Transport, key and HTTP status problems of an answer as one line; `what`
    // names the request ("the system status"), `role` the role it needs.
    static AdminError classify(const FetchResult &r, const QString &what, const QString &role);

private:
    struct Listing;
    void fetchPage(const std::shared_ptr<Listing> &listing, const QUrl &url);
    FetchRequest request(const QUrl &url) const;

    QPointer<HttpFetcher> m_fetcher;
    ConnectionSettings m_settings;
};

} // namespace phc
