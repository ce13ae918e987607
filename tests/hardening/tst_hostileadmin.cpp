// Hostile admin API: a local server streams an endless body on every admin
// endpoint at once. Each answer is cut at what PostHog can send there
// (AdminClient's caps), the system status says so, and the heap's peak, as
// the allocator counts it (allocationcounter.cpp), stays under twice the sum
// of the caps in flight. Time is guarded by QTEST_FUNCTION_TIMEOUT only.
#include "hardeningsupport.h"
#include "nettestsupport.h"

#include "admin/adminclient.h"

using namespace phc;
using namespace phctest;

namespace {

constexpr qint64 mebibyte = 1024 * 1024;
// Each stream stops here at the latest: endless for the client, which cuts
// long before, bounded for the test.
constexpr qint64 streamLimit = 1024 * mebibyte;

// An endless JSON array of PostHog-looking rows, chunked, as fast as the
// client reads: a few chunks in flight, never more held.
void streamEndless(QTcpSocket *socket)
{
    static const QByteArray rows = repeated(R"({"key":"x","metric":"padding","value":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"},)", 1024);
    socket->write(httpResponseHead(200, {{"Content-Type", "application/json"}, {"Transfer-Encoding", "chunked"}}, -1, false));
    socket->write("1\r\n[\r\n");
    auto sent = std::make_shared<qint64>(0);
    auto feed = [socket, sent] {
        while (*sent < streamLimit && socket->bytesToWrite() < 4 * rows.size()) {
            socket->write(QByteArray::number(rows.size(), 16) + "\r\n" + rows + "\r\n");
            *sent += rows.size();
        }
    };
    QObject::connect(socket, &QTcpSocket::bytesWritten, socket, feed);
    feed();
}

// A page of `failed` errored migrations (status 3), each with errors to read.
QByteArray failedMigrationsPage(int failed)
{
    QByteArray results;
    for (int i = 1; i <= failed; ++i) {
        if (i > 1)
            results += ',';
        results += R"({"id": )" + QByteArray::number(i) + R"(, "name": "00)" + QByteArray::number(10 + i)
            + R"(_hostile", "description": "d", "progress": 10, "status": 3, "current_operation_index": 1,)"
              R"( "current_query_id": "", "celery_task_id": "", "started_at": "2024-01-01T00:00:00Z",)"
              R"( "finished_at": null, "posthog_max_version": "1.99.99", "posthog_min_version": "1.0.0",)"
              R"( "parameters": {}, "error_count": 3, "parameter_definitions": {}})";
    }
    return R"({"count": )" + QByteArray::number(failed) + R"(, "next": null, "previous": null, "results": [)" + results
        + "]}";
}

struct Run
{
    std::optional<AdminSnapshot> snapshot;
    qint64 peakMiB = 0;
    qsizetype requests = 0;
};

// One snapshot against `server`, the heap's peak measured around it alone.
Run snapshotOf(MiniHttpServer &server)
{
    Run run;
    HttpFetcher fetcher; // its own cap stays the general one: the admin client's are lower
    fetcher.setOptions({60000, defaultMaxResponseBytes, {}, 5});
    fetcher.setCredentials(server.url(), "phx_hostile_test_key");
    AdminClient client(&fetcher);
    client.setBaseUrl(server.url());
    PeakMemory memory;
    bool done = false;
    client.fetchSnapshot(&client, [&](const AdminSnapshot &s) {
        run.snapshot = s;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 120000))
        run.snapshot.reset(); // a hang: no snapshot, the test says so
    run.peakMiB = memory.growthMiB();
    run.requests = server.requests().size();
    return run;
}

} // namespace

class TestHostileAdmin : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void endlessBodyOnEveryEndpoint()
    {
        MiniHttpServer server([](const HttpRequest &) { return HttpResponse::text(500, "unused"); });
        server.setRawHandler([](const HttpRequest &, QTcpSocket *socket) {
            streamEndless(socket);
            return true;
        });
        QVERIFY(server.listen()); // 127.0.0.1

        const Run run = snapshotOf(server);
        QVERIFY2(run.snapshot, "no snapshot");
        const AdminSnapshot &s = *run.snapshot;
        QCOMPARE(run.requests, 3); // instance_status, its queries and the migration list, all at once

        QCOMPARE(s.error.failure, AdminFailure::Unreadable);
        QVERIFY2(s.error.message.contains(QStringLiteral("larger than 4 MiB (4194304 bytes)")), qPrintable(s.error.message));
        QVERIFY2(s.error.message.contains(QStringLiteral("not PostHog's answer")), qPrintable(s.error.message));
        QVERIFY2(s.queriesError.message.contains(QStringLiteral("larger than 16 MiB (16777216 bytes)")),
                 qPrintable(s.queriesError.message));
        QVERIFY2(s.migrationsError.message.contains(QStringLiteral("larger than 1 MiB (1048576 bytes)")),
                 qPrintable(s.migrationsError.message));
        QVERIFY(!s.overview && !s.queries && !s.migrations);

        const qint64 bound = 2 * AdminClient::snapshotMaxBytesInFlight / mebibyte;
        qInfo("heap peak %lld MiB, bound %lld MiB (twice the %lld MiB of caps in flight)", run.peakMiB, bound,
              AdminClient::snapshotMaxBytesInFlight / mebibyte);
        QVERIFY2(run.peakMiB < bound, qPrintable(QStringLiteral("%1 MiB").arg(run.peakMiB)));
    }

    // The migration list is fine, but names many failed migrations, and each
    // of their error lists is endless: they are read a few at a time, so the
    // bound does not grow with the list.
    void endlessErrorListsOfManyFailedMigrations()
    {
        constexpr int failed = 40;
        const QByteArray page = failedMigrationsPage(failed);
        MiniHttpServer server([page](const HttpRequest &) { return HttpResponse::json(200, page); });
        server.setRawHandler([](const HttpRequest &request, QTcpSocket *socket) {
            if (request.path() == "/api/async_migrations")
                return false; // the list is answered whole, by the handler above
            streamEndless(socket);
            return true;
        });
        QVERIFY(server.listen());

        const Run run = snapshotOf(server);
        QVERIFY2(run.snapshot, "no snapshot");
        const AdminSnapshot &s = *run.snapshot;
        QVERIFY2(s.migrationsError.ok(), qPrintable(s.migrationsError.message));
        QVERIFY(s.migrations);
        QCOMPARE(s.migrations->size(), failed);
        for (const AsyncMigration &m : *s.migrations)
            QVERIFY(m.lastError.isEmpty()); // every error list was cut, none read
        QCOMPARE(run.requests, 3 + failed);
        QCOMPARE(s.error.failure, AdminFailure::Unreadable);

        const qint64 bound = 2 * AdminClient::snapshotMaxBytesInFlight / mebibyte;
        qInfo("heap peak %lld MiB with %d endless error lists, bound %lld MiB", run.peakMiB, failed, bound);
        QVERIFY2(run.peakMiB < bound, qPrintable(QStringLiteral("%1 MiB").arg(run.peakMiB)));
    }
};

QTEST_GUILESS_MAIN(TestHostileAdmin)
#include "tst_hostileadmin.moc"
