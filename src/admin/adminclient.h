#pragma once

#include "admin/asyncmigrations.h"
#include "admin/instancestatus.h"
#include "monitor/connectionsettings.h"
#include "monitor/httpfetcher.h"

#include <QObject>
#include <QPointer>

#include <algorithm>
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

    // What PostHog can send on each endpoint, with room to spare: an answer
    // past its cap is not PostHog's, and is cut there instead of held whole
    // (several are read at once). Sources in adminclient.cpp.
    static constexpr qint64 instanceStatusMaxBytes = 4LL * 1024 * 1024;
    static constexpr qint64 queriesMaxBytes = 16LL * 1024 * 1024;
    static constexpr qint64 migrationsPageMaxBytes = 1LL * 1024 * 1024;
    static constexpr qint64 migrationErrorsMaxBytes = 2LL * 1024 * 1024;
    static constexpr qint64 actionAnswerMaxBytes = 64LL * 1024;
    // The error lists of failed migrations read at once; the rest wait their turn.
    static constexpr int errorListsInFlight = 2;
    // The most a snapshot holds in answers at once: what bounds its memory.
    static constexpr qint64 snapshotMaxBytesInFlight = instanceStatusMaxBytes + queriesMaxBytes
        + std::max(migrationsPageMaxBytes, errorListsInFlight * migrationErrorsMaxBytes);

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
    // names the request ("the system status"), `role` the role it needs,
    // `maxBytes` the cap the request was held to.
    static AdminError classify(const FetchResult &r, const QString &what, const QString &role, qint64 maxBytes = 0);

private:
    struct Listing;
    struct SnapshotRound;
    void fetchPage(const std::shared_ptr<Listing> &listing, const QUrl &url);
    void fetchNextErrors(const std::shared_ptr<SnapshotRound> &round);
    FetchRequest request(const QUrl &url, qint64 maxBytes) const;

    QPointer<HttpFetcher> m_fetcher;
    ConnectionSettings m_settings;
};

} // namespace phc
