#include "adminstandinserver.h"
#include "nettestsupport.h"

#include "admin/adminclient.h"

using namespace phc;
using namespace phctest;

namespace {

AdminSnapshot snapshot(AdminClient &client)
{
    auto r = waitForCallback<AdminSnapshot>([&](QObject *context, auto done) { client.fetchSnapshot(context, done); });
    if (!r)
        qFatal("no snapshot");
    return *r;
}

MigrationActionOutcome act(AdminClient &client, qint64 id, MigrationAction action)
{
    auto r = waitForCallback<MigrationActionOutcome>(
        [&](QObject *context, auto done) { client.runAction(id, action, context, done); });
    if (!r)
        qFatal("no answer to the action");
    return *r;
}

} // namespace

class TestAdminClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void healthySnapshot()
    {
        AdminStandInServer standIn;
        HttpFetcher fetcher;
        fetcher.setCredentials(standIn.url(), standIn.state().apiKey);
        AdminClient client(&fetcher);
        client.setBaseUrl(standIn.url());
        const AdminSnapshot s = snapshot(client);
        QVERIFY2(s.error.ok(), qPrintable(s.error.message));
        QVERIFY(s.overview);
        QCOMPARE(s.overview->flag(u"plugin_sever_alive"), std::optional<bool>(true));
        QVERIFY(s.queries);
        QCOMPARE(s.queries->clickhouseSlowLog.size(), 1);
        QVERIFY(s.migrations);
        QCOMPARE(s.migrations->size(), 3);
        for (const HttpRequest &r : standIn.server().requests())
            QCOMPARE(r.header("Authorization"), "Bearer " + standIn.state().apiKey);
    }

    void paginationFollowsOwnOriginOnly()
    {
        AdminStandInServer standIn;
        standIn.state().pageSize = 1;
        HttpFetcher fetcher;
        fetcher.setCredentials(standIn.url(), standIn.state().apiKey);
        AdminClient client(&fetcher);
        client.setBaseUrl(standIn.url());
        auto list = waitForCallback<QList<AsyncMigration>>([&](QObject *context, auto done) {
            client.fetchMigrations(context, [done](const QList<AsyncMigration> &l, const AdminError &) { done(l); });
        });
        QVERIFY(list);
        QCOMPARE(list->size(), 3);
        QCOMPARE(list->at(2).name, u"0009_minmax_indexes_for_materialized_columns"_qs);

        // DRF writes the Host a proxy sent: another origin. The key must not follow it.
        standIn.server().clearRecorded();
        standIn.state().nextOrigin = QStringLiteral("http://posthog.internal:8000");
        list = waitForCallback<QList<AsyncMigration>>([&](QObject *context, auto done) {
            client.fetchMigrations(context, [done](const QList<AsyncMigration> &l, const AdminError &e) {
                QVERIFY2(e.ok(), qPrintable(e.message));
                done(l);
            });
        });
        QVERIFY(list);
        QCOMPARE(list->size(), 3);
        const QList<HttpRequest> gets = standIn.requests("GET");
        QCOMPARE(gets.size(), 3);
        QCOMPARE(gets.at(1).target, QByteArray("/api/async_migrations?limit=100&offset=1"));
        QCOMPARE(gets.at(2).target, QByteArray("/api/async_migrations?limit=100&offset=2"));
    }

    void lastErrorOfFailedMigration()
    {
        AdminStandInServer standIn;
        standIn.state().migrations[1].status = MigrationStatus::Errored;
        standIn.state().migrationErrors[2] = {u"Code: 241. DB::Exception: Memory limit (total) exceeded"_qs,
                                              u"older"_qs};
        HttpFetcher fetcher;
        fetcher.setCredentials(standIn.url(), standIn.state().apiKey);
        AdminClient client(&fetcher);
        client.setBaseUrl(standIn.url());
        const AdminSnapshot s = snapshot(client);
        QVERIFY(s.migrations);
        QCOMPARE(s.migrations->at(1).lastError, u"Code: 241. DB::Exception: Memory limit (total) exceeded"_qs);
        QCOMPARE(s.migrations->at(0).lastError, QString());
    }

    void refusedKeys()
    {
        AdminStandInServer standIn;
        HttpFetcher fetcher;
        fetcher.setCredentials(standIn.url(), "phx_wrong");
        AdminClient client(&fetcher);
        client.setBaseUrl(standIn.url());
        AdminSnapshot s = snapshot(client);
        QCOMPARE(s.error.failure, AdminFailure::KeyRefused);
        QCOMPARE(s.error.httpCode, 401);
        QVERIFY2(s.error.message.contains(u"Personal API key found in request Authorization header is invalid."),
                 qPrintable(s.error.message));

        // A key of a user who is not staff reads the status but not the migrations.
        fetcher.setCredentials(standIn.url(), standIn.state().apiKey);
        standIn.state().keyUserIsStaff = false;
        s = snapshot(client);
        QVERIFY(s.error.ok());
        QCOMPARE(s.migrationsError.failure, AdminFailure::KeyRefused);
        QCOMPARE(s.migrationsError.httpCode, 403);
        QVERIFY2(s.migrationsError.message.contains(u"staff user"), qPrintable(s.migrationsError.message));
    }

    void keyNeverLeavesItsOrigin()
    {
        AdminStandInServer standIn;
        HttpFetcher fetcher;
        // Credentials for another origin: nothing is sent with them.
        fetcher.setCredentials(QUrl(u"https://posthog.example.com"_qs), standIn.state().apiKey);
        AdminClient client(&fetcher);
        client.setBaseUrl(standIn.url());
        const AdminSnapshot s = snapshot(client);
        QCOMPARE(s.error.failure, AdminFailure::KeyMissing);
        QCOMPARE(standIn.server().requests().size(), 0);
    }

    void unreachableAndUnreadable()
    {
        HttpFetcher fetcher;
        const QUrl closed(QStringLiteral("http://127.0.0.1:%1").arg(closedPort()));
        fetcher.setCredentials(closed, "phx_x");
        AdminClient client(&fetcher);
        client.setBaseUrl(closed);
        QCOMPARE(snapshot(client).error.failure, AdminFailure::Unreachable);

        MiniHttpServer other([](const HttpRequest &) { return HttpResponse::json(200, R"({"status": "ok"})"); });
        QVERIFY(other.listen());
        fetcher.setCredentials(other.url(), "phx_x");
        client.setBaseUrl(other.url());
        const AdminSnapshot s = snapshot(client);
        QCOMPARE(s.error.failure, AdminFailure::Unreadable);
        QVERIFY2(s.error.message.contains(u"results"), qPrintable(s.error.message));
    }

    void actions()
    {
        AdminStandInServer standIn;
        HttpFetcher fetcher;
        fetcher.setCredentials(standIn.url(), standIn.state().apiKey);
        AdminClient client(&fetcher);
        client.setBaseUrl(standIn.url());
        MigrationActionOutcome out = act(client, 3, MigrationAction::Trigger);
        QVERIFY2(out.error.ok(), qPrintable(out.error.message));
        QVERIFY(out.answer && out.answer->success);
        QCOMPARE(standIn.standIn().acceptedActions(), QStringList {u"3/trigger"_qs});
        const QList<HttpRequest> posts = standIn.requests("POST");
        QCOMPARE(posts.size(), 1);
        QCOMPARE(posts.first().target, QByteArray("/api/async_migrations/3/trigger/"));

        // PostHog's refusal is an answer, with its reason.
        out = act(client, 1, MigrationAction::Resume);
        QVERIFY(out.error.ok());
        QVERIFY(out.answer && !out.answer->success);
        QCOMPARE(out.answer->error, u"Can't resume a migration that isn't in errored state"_qs);
    }
};

QTEST_GUILESS_MAIN(TestAdminClient)
#include "tst_adminclient.moc"
