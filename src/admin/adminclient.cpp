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

} // namespace

struct AdminClient::Listing
{
    QPointer<QObject> context;
    MigrationsCallback done;
    QList<AsyncMigration> migrations;
    int pages = 0;
};

AdminClient::AdminClient(HttpFetcher *fetcher, QObject *parent) : QObject(parent), m_fetcher(fetcher) { }

FetchRequest AdminClient::request(const QUrl &url) const
{
    FetchRequest req;
    req.url = url;
    req.authenticated = true;
    req.headers = {{"Accept", "application/json"}};
    return req;
}

AdminError AdminClient::classify(const FetchResult &r, const QString &what, const QString &role)
{
    AdminError e;
    e.httpCode = r.httpCode;
    const QString detail = AsyncMigrationReader::errorDetail(r.body);
    const QString posthogSays = detail.isEmpty() ? QString() : tr(" (PostHog: %1)").arg(detail);
    if (r.error == FetchError::CredentialsRefused) {
        e.failure = AdminFailure::KeyMissing;
        e.message = tr("%1 was not requested: %2").arg(what, r.errorText);
    } else if (!r.answered()) {
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
    struct Round
    {
        AdminSnapshot snapshot;
        int outstanding = 3;
        QPointer<QObject> context;
        SnapshotCallback done;
        void finishOne()
        {
            if (--outstanding == 0 && context)
                done(snapshot);
        }
    };
    auto round = std::make_shared<Round>();
    round->context = context;
    round->done = std::move(done);
    if (!m_fetcher) {
        round->snapshot.error = {AdminFailure::Unreachable, tr("no fetcher"), 0};
        QMetaObject::invokeMethod(this, [round] { round->outstanding = 1; round->finishOne(); }, Qt::QueuedConnection);
        return;
    }

    m_fetcher->fetch(request(url(QStringLiteral("/api/instance_status"))), this, [round](const FetchResult &r) {
        AdminError e = classify(r, tr("the system status"), statusRole());
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
    m_fetcher->fetch(request(url(QStringLiteral("/api/instance_status/queries"))), this, [round](const FetchResult &r) {
        AdminError e = classify(r, tr("the running queries"), statusRole());
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
        QList<qsizetype> failed;
        for (qsizetype i = 0; i < list.size(); ++i)
            if (migrationFailed(list[i].status) && list[i].errorCount.value_or(1) > 0)
                failed.append(i);
        round->outstanding += int(failed.size());
        for (const qsizetype i : failed) {
            const QUrl errorsUrl = url(QStringLiteral("/api/async_migrations/%1/errors").arg(list[i].id));
            m_fetcher->fetch(request(errorsUrl), this, [round, i](const FetchResult &r) {
                if (r.ok()) {
                    const auto errors = AsyncMigrationReader::parseErrors(r.body);
                    if (errors.ok() && !errors.value().isEmpty())
                        (*round->snapshot.migrations)[i].lastError = errors.value().first();
                }
                round->finishOne();
            });
        }
        round->finishOne();
    });
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
    m_fetcher->fetch(request(pageUrl), this, [this, listing](const FetchResult &r) {
        if (!listing->context)
            return;
        AdminError e = classify(r, tr("the async migrations"), staffRole());
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
    FetchRequest req = request(url(QStringLiteral("/api/async_migrations/%1/%2/").arg(id).arg(migrationActionPath(action))));
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
        out.error = classify(r, tr("the async migration action"), staffRole());
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
