#include "adminclient.h"

#include <QCoreApplication>
#include <QUrlQuery>

namespace phc {

namespace {

// This file's messages outside the class, in its translation context: lupdate
// files Text::tr() calls under it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(phc::AdminClient)
};

QString statusRole()
{
    return Text::tr("a user of this instance (an organization admin when it has several organizations)");
}

QString staffRole()
{
    return Text::tr("a staff user (instance admin)");
}

QString issuesLine(const Issues &issues)
{
    QStringList parts;
    for (const Issue &i : issues) {
        if (i.severity != Severity::Error)
            continue;
        QString where = i.path;
        if (i.line > 0)
            where = QStringLiteral("%1:%2").arg(i.line).arg(i.column);
        parts.append(where.isEmpty() ? i.message : where + QStringLiteral(": ") + i.message);
        if (parts.size() == 3)
            break;
    }
    return parts.join(QStringLiteral("; "));
}

// Sizes as text: "4 MiB (4194304 bytes)".
QString sizeText(qint64 bytes)
{
    const QString exact = Text::tr("%1 bytes").arg(bytes);
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0)
        return Text::tr("%1 MiB (%2)").arg(bytes / (1024 * 1024)).arg(exact);
    if (bytes >= 1024 && bytes % 1024 == 0)
        return Text::tr("%1 KiB (%2)").arg(bytes / 1024).arg(exact);
    return exact;
}

} // namespace

// The caps of adminclient.h, from what PostHog builds on each endpoint:
//  instance_status   a list of overview rows, {"key", "metric", "value"}
//                    (posthog/api/instance_status.py, commit 0ee1a9470b36a99e4f8dbad4d15b9bc0a0a003e7);
//                    with ClickHouse, its table sizes and every row of
//                    system.asynchronous_metrics and system.metrics as subrows
//                    (ee/clickhouse/system_status.py, commit 18205acf3ecf49f808932be1704787766b7e3090):
//                    a few hundred rows of 100 to 200 bytes, some 100 KiB. Cap 4 MiB.
//  .../queries       Postgres's queries running over 3 s (pg_stat_activity cuts
//                    each at track_activity_query_size, 1 KiB by default),
//                    ClickHouse's running ones and its slow log, LIMIT 200,
//                    every column of system.query_log (same files). PostHog's
//                    queries are 2 to 20 KiB and the slow log's rows some 5 KiB
//                    more: 200 of them are about 5 MB. Cap 16 MiB.
//  async_migrations  a page of ?limit=100 rows of AsyncMigrationSerializer
//                    (posthog/api/async_migration.py, commit 326f2e836f6efbd71b41f3a80dba70d9e1f3dc64):
//                    a name of at most 50 characters, a description of at most
//                    400, versions, ids, parameters: under 1 KiB a row, 100 KiB
//                    a page. Cap 1 MiB.
//  .../<id>/errors   every error of one migration, unpaginated: {"id",
//                    "description", "created_at"}, the description an exception's
//                    text, one per failed run: a few KiB each, tens of them. Cap 2 MiB.
//  .../<id>/<action> {"success": ..., "error": "..."}: a line. Cap 64 KiB.

struct AdminClient::SnapshotRound
{
    AdminSnapshot snapshot;
    int outstanding = 3;
    QPointer<QObject> context;
    SnapshotCallback done;
    QList<qsizetype> errorsToRead; // indices into snapshot.migrations, not yet asked for
    int errorsInFlight = 0;
    void finishOne()
    {
        if (--outstanding == 0 && context)
            done(snapshot);
    }
};

struct AdminClient::Listing
{
    QPointer<QObject> context;
    MigrationsCallback done;
    QList<AsyncMigration> migrations;
    int pages = 0;
};

AdminClient::AdminClient(HttpFetcher *fetcher, QObject *parent) : QObject(parent), m_fetcher(fetcher) { }

FetchRequest AdminClient::request(const QUrl &url, qint64 maxBytes) const
{
    FetchRequest req;
    req.url = url;
    req.maxBytes = maxBytes;
    req.authenticated = true;
    req.headers = {{"Accept", "application/json"}};
    return req;
}

AdminError AdminClient::classify(const FetchResult &r, const QString &what, const QString &role, qint64 maxBytes)
{
    AdminError e;
    e.httpCode = r.httpCode;
    // DRF's error bodies are a line: only a refusal's is read for its "detail",
    // and only when small (a JSON parse holds several times the bytes it reads).
    constexpr qint64 maxErrorBodyBytes = 64 * 1024;
    const QString detail = r.error == FetchError::Http && r.body.size() <= maxErrorBodyBytes
        ? AsyncMigrationReader::errorDetail(r.body)
        : QString();
    const QString posthogSays = detail.isEmpty() ? QString() : tr(" (PostHog: %1)").arg(detail);
    if (r.error == FetchError::CredentialsRefused) {
        e.failure = AdminFailure::KeyMissing;
        e.message = tr("%1 was not requested: %2").arg(what, r.errorText);
    } else if (r.error == FetchError::TooLarge) {
        // PostHog never sends this much there: whatever answers is not PostHog's admin API.
        e.failure = AdminFailure::Unreadable;
        e.message = maxBytes > 0
            ? tr("%1: not PostHog's answer, larger than %2, more than PostHog sends there (%3)")
                  .arg(what, sizeText(maxBytes), r.errorText)
            : tr("%1: not PostHog's answer (%2)").arg(what, r.errorText);
    } else if (!r.answered() || (r.error != FetchError::None && r.error != FetchError::Http)) {
        // Timed out, reset or refused, even after the status line: the answer never came whole.
        e.failure = AdminFailure::Unreachable;
        e.message = tr("%1 could not be read: %2").arg(what, r.errorText);
    } else if (r.httpCode == 401) {
        e.failure = AdminFailure::KeyRefused;
        e.message = tr("PostHog refused the personal API key for %1 (HTTP 401)%2: it is wrong, revoked or expired")
                        .arg(what, posthogSays);
    } else if (r.httpCode == 403) {
        e.failure = AdminFailure::KeyRefused;
        e.message = tr("the personal API key's user may not read %1 (HTTP 403)%2: it needs %3")
                        .arg(what, posthogSays, role);
    } else if (r.httpCode >= 500) {
        e.failure = AdminFailure::Unreachable;
        e.message = tr("%1: HTTP %2 %3%4: PostHog's web service does not answer")
                        .arg(what)
                        .arg(r.httpCode)
                        .arg(QString::fromLatin1(r.reason), posthogSays);
    } else if (!r.ok()) {
        e.failure = AdminFailure::Unreadable;
        e.message = tr("%1: HTTP %2 %3%4: is this PostHog's address?")
                        .arg(what)
                        .arg(r.httpCode)
                        .arg(QString::fromLatin1(r.reason), posthogSays);
    }
    return e;
}

void AdminClient::fetchSnapshot(QObject *context, SnapshotCallback done)
{
    auto round = std::make_shared<SnapshotRound>();
    round->context = context;
    round->done = std::move(done);
    if (!m_fetcher) {
        round->snapshot.error = {AdminFailure::Unreachable, tr("no fetcher"), 0};
        QMetaObject::invokeMethod(this, [round] { round->outstanding = 1; round->finishOne(); }, Qt::QueuedConnection);
        return;
    }

    m_fetcher->fetch(request(url(QStringLiteral("/api/instance_status")), instanceStatusMaxBytes), this,
                     [round](const FetchResult &r) {
        AdminError e = classify(r, tr("the system status"), statusRole(), instanceStatusMaxBytes);
        if (e.ok()) {
            auto parsed = InstanceStatusReader::parseOverview(r.body);
            if (parsed.ok())
                round->snapshot.overview = parsed.take();
            else
                e = {AdminFailure::Unreadable,
                     tr("the system status is not PostHog's answer: %1").arg(issuesLine(parsed.issues())), r.httpCode};
        }
        round->snapshot.error = e;
        round->finishOne();
    });
    m_fetcher->fetch(request(url(QStringLiteral("/api/instance_status/queries")), queriesMaxBytes), this,
                     [round](const FetchResult &r) {
        AdminError e = classify(r, tr("the running queries"), statusRole(), queriesMaxBytes);
        if (e.ok()) {
            auto parsed = InstanceStatusReader::parseQueries(r.body);
            if (parsed.ok())
                round->snapshot.queries = parsed.take();
            else
                e = {AdminFailure::Unreadable,
                     tr("the running queries are not PostHog's answer: %1").arg(issuesLine(parsed.issues())),
                     r.httpCode};
        }
        round->snapshot.queriesError = e;
        round->finishOne();
    });
    fetchMigrations(this, [this, round](const QList<AsyncMigration> &list, const AdminError &e) {
        round->snapshot.migrationsError = e;
        if (!e.ok() || !m_fetcher) {
            round->finishOne();
            return;
        }
        round->snapshot.migrations = list;
        // The last error of each failed migration, read beside the list.
        for (qsizetype i = 0; i < list.size(); ++i)
            if (migrationFailed(list[i].status) && list[i].errorCount.value_or(1) > 0)
                round->errorsToRead.append(i);
        round->outstanding += int(round->errorsToRead.size());
        fetchNextErrors(round);
        round->finishOne();
    });
}

void AdminClient::fetchNextErrors(const std::shared_ptr<SnapshotRound> &round)
{
    // A few at a time: a list of many failed migrations must not open as many answers at once.
    while (m_fetcher && round->errorsInFlight < errorListsInFlight && !round->errorsToRead.isEmpty()) {
        const qsizetype i = round->errorsToRead.takeFirst();
        ++round->errorsInFlight;
        const QUrl errorsUrl = url(QStringLiteral("/api/async_migrations/%1/errors").arg((*round->snapshot.migrations)[i].id));
        m_fetcher->fetch(request(errorsUrl, migrationErrorsMaxBytes), this, [this, round, i](const FetchResult &r) {
            if (r.ok()) {
                const auto errors = AsyncMigrationReader::parseErrors(r.body);
                if (errors.ok() && !errors.value().isEmpty())
                    (*round->snapshot.migrations)[i].lastError = errors.value().first();
            }
            --round->errorsInFlight;
            fetchNextErrors(round);
            round->finishOne();
        });
    }
}

void AdminClient::fetchMigrations(QObject *context, MigrationsCallback done)
{
    auto listing = std::make_shared<Listing>();
    listing->context = context;
    listing->done = std::move(done);
    QUrl first = url(QStringLiteral("/api/async_migrations"));
    first.setQuery(QStringLiteral("limit=%1").arg(pageLimit));
    fetchPage(listing, first);
}

void AdminClient::fetchPage(const std::shared_ptr<Listing> &listing, const QUrl &pageUrl)
{
    if (!m_fetcher)
        return;
    m_fetcher->fetch(request(pageUrl, migrationsPageMaxBytes), this, [this, listing](const FetchResult &r) {
        if (!listing->context)
            return;
        AdminError e = classify(r, tr("the async migrations"), staffRole(), migrationsPageMaxBytes);
        if (!e.ok()) {
            listing->done({}, e);
            return;
        }
        auto page = AsyncMigrationReader::parsePage(r.body);
        if (!page.ok()) {
            listing->done({}, {AdminFailure::Unreadable,
                               tr("the async migrations are not PostHog's answer: %1").arg(issuesLine(page.issues())),
                               r.httpCode});
            return;
        }
        listing->migrations += page.value().results;
        ++listing->pages;
        const bool more = !page.value().next.isEmpty() && !page.value().results.isEmpty()
            && listing->migrations.size() < page.value().count;
        if (!more) {
            listing->done(listing->migrations, {});
            return;
        }
        if (listing->pages >= maxPages) {
            listing->done({}, {AdminFailure::Unreadable,
                               tr("the async migrations did not end after %1 pages").arg(maxPages), r.httpCode});
            return;
        }
        QUrl next = r.finalUrl.resolved(page.value().next);
        if (Origin::of(next) != Origin::of(baseUrl())) {
            // DRF wrote the Host it was given: page on the address we were configured with instead.
            next = url(QStringLiteral("/api/async_migrations"));
            next.setQuery(QStringLiteral("limit=%1&offset=%2").arg(pageLimit).arg(listing->migrations.size()));
        }
        fetchPage(listing, next);
    });
}

void AdminClient::runAction(qint64 id, MigrationAction action, QObject *context, ActionCallback done)
{
    QPointer<QObject> guard(context);
    if (!m_fetcher)
        return;
    FetchRequest req = request(url(QStringLiteral("/api/async_migrations/%1/%2/").arg(id).arg(migrationActionPath(action))),
                               actionAnswerMaxBytes);
    req.method = "POST";
    req.headers.append(std::pair<QByteArray, QByteArray>("Content-Type", "application/json"));
    req.body = "{}";
    m_fetcher->fetch(req, this, [guard, done = std::move(done)](const FetchResult &r) {
        if (!guard)
            return;
        MigrationActionOutcome out;
        // PostHog refuses an action with 400 and {"success": false, "error": ...}: that is its answer, not a failure.
        if (r.httpCode == 400) {
            const auto answer = AsyncMigrationReader::parseActionAnswer(r.body);
            if (answer.ok()) {
                out.answer = answer.value();
                done(out);
                return;
            }
        }
        out.error = classify(r, tr("the async migration action"), staffRole(), actionAnswerMaxBytes);
        if (out.error.ok()) {
            const auto answer = AsyncMigrationReader::parseActionAnswer(r.body);
            if (answer.ok())
                out.answer = answer.value();
            else
                out.error = {AdminFailure::Unreadable,
                             tr("the answer to the action is not PostHog's: %1").arg(issuesLine(answer.issues())),
                             r.httpCode};
        }
        done(out);
    });
}

} // namespace phc
