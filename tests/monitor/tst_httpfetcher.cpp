#include "nettestsupport.h"

#include "monitor/httpfetcher.h"
#include "monitor/minihttpserver.h"
#include "monitor/origin.h"

#include <QTemporaryDir>

using namespace phc;
using namespace phctest;

namespace {

const QByteArray apiKey = "phx_testkey0123456789";

HttpResponse okText(const HttpRequest &) { return HttpResponse::text(200, "hello\n"); }

QUrl at(const MiniHttpServer &server, const QString &path)
{
    QUrl u = server.url();
    u.setPath(path);
    return u;
}

} // namespace

class TestHttpFetcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void answers()
    {
        MiniHttpServer server(okText);
        QVERIFY(server.listen());
        HttpFetcher fetcher;
        const FetchResult r = fetchAndWait(fetcher, get(at(server, QStringLiteral("/x"))));
        QVERIFY2(r.ok(), qPrintable(r.errorText));
        QCOMPARE(r.httpCode, 200);
        QCOMPARE(r.body, QByteArray("hello\n"));
        QCOMPARE(r.header("content-type"), QByteArray("text/plain; charset=utf-8"));
        QVERIFY(r.latencyMs > 0);
        QVERIFY(r.headersMs >= 0 && r.headersMs <= r.latencyMs);
        QCOMPARE(server.requests().size(), 1);
        QVERIFY(server.requests().first().header("User-Agent").startsWith("posthog-console/"));
        QVERIFY(server.requests().first().header("Authorization").isEmpty());
    }

    void callbackIsNeverImmediate()
    {
        HttpFetcher fetcher;
        bool called = false;
        QObject context;
        fetcher.fetch(get(QUrl(QStringLiteral("ftp://example.invalid/"))), &context,
                      [&called](const FetchResult &) { called = true; });
        QVERIFY(!called);
        QTRY_VERIFY(called);
    }

    void destroyedContextIsNotCalled()
    {
        MiniHttpServer server(okText);
        QVERIFY(server.listen());
        HttpFetcher fetcher;
        bool called = false;
        auto *context = new QObject;
        fetcher.fetch(get(server.url()), context, [&called](const FetchResult &) { called = true; });
        delete context;
        QTRY_COMPARE(fetcher.pendingCount(), 0);
        QVERIFY(!called);
    }

    void down()
    {
        HttpFetcher fetcher;
        QUrl url(QStringLiteral("http://127.0.0.1"));
        url.setPort(closedPort());
        const FetchResult r = fetchAndWait(fetcher, get(url));
        QCOMPARE(r.error, FetchError::Refused);
        QCOMPARE(r.httpCode, 0);
        QVERIFY(r.errorText.contains(QStringLiteral("refused")));
        QCOMPARE(fetchErrorName(r.error), QStringLiteral("refused"));
    }

    void timeout()
    {
        MiniHttpServer server(okText);
        server.setRawHandler([](const HttpRequest &, QTcpSocket *) { return true; }); // never answers
        QVERIFY(server.listen());
        HttpFetcher fetcher;
        fetcher.setOptions({300, 1024 * 1024, {}, 5});
        const FetchResult r = fetchAndWait(fetcher, get(server.url()));
        QCOMPARE(r.error, FetchError::Timeout); // not the test's own limit
        QVERIFY(r.errorText.contains(QStringLiteral("300 ms")));
    }

    void slowBodyWithinTimeout()
    {
        MiniHttpServer server(okText);
        server.setRawHandler([](const HttpRequest &, QTcpSocket *socket) {
            socket->write(httpResponseHead(200, {}, 10 * 100, false));
            writeSlowly(socket, QByteArray(100, 'a'), 10, 30);
            return true;
        });
        QVERIFY(server.listen());
        HttpFetcher fetcher;
        fetcher.setOptions({5000, 1024 * 1024, {}, 5});
        const FetchResult r = fetchAndWait(fetcher, get(server.url()));
        QVERIFY2(r.ok(), qPrintable(r.errorText));
        QCOMPARE(r.body, QByteArray(1000, 'a'));
    }

    void slowBodyPastTimeout()
    {
        // Each piece arrives well within the timeout; the whole does not.
        MiniHttpServer server(okText);
        server.setRawHandler([](const HttpRequest &, QTcpSocket *socket) {
            socket->write(httpResponseHead(200, {}, 100 * 10, false));
            writeSlowly(socket, QByteArray(10, 'b'), 100, 100);
            return true;
        });
        QVERIFY(server.listen());
        HttpFetcher fetcher;
        fetcher.setOptions({600, 1024 * 1024, {}, 5});
        const FetchResult r = fetchAndWait(fetcher, get(server.url()));
        QCOMPARE(r.error, FetchError::Timeout);
        QVERIFY(r.body.size() < 1000);
    }

    void resetMidBody()
    {
        MiniHttpServer server(okText);
        server.setRawHandler([](const HttpRequest &, QTcpSocket *socket) {
            socket->write(httpResponseHead(200, {}, 100000, false));
            socket->write(QByteArray(1000, 'c'));
            socket->flush();
            QTimer::singleShot(100, socket, [socket] { resetConnection(socket); });
            return true;
        });
        QVERIFY(server.listen());
        HttpFetcher fetcher;
        const FetchResult r = fetchAndWait(fetcher, get(server.url()));
        QCOMPARE(r.error, FetchError::Reset);
        QCOMPARE(r.httpCode, 200);
        QVERIFY(!r.errorText.isEmpty());
    }

    void closedBeforeAnswer()
    {
        MiniHttpServer server(okText);
        server.setRawHandler([](const HttpRequest &, QTcpSocket *socket) {
            socket->disconnectFromHost();
            return true;
        });
        QVERIFY(server.listen());
        HttpFetcher fetcher;
        const FetchResult r = fetchAndWait(fetcher, get(server.url()));
        QCOMPARE(r.error, FetchError::Reset);
        QCOMPARE(r.httpCode, 0);
    }

    void oversizedAnnounced()
    {
        // Announces 2 MiB but sends only a little and keeps the connection open:
        // only refusing on the announcement ends this quickly.
        MiniHttpServer server(okText);
        server.setRawHandler([](const HttpRequest &, QTcpSocket *socket) {
            socket->write(httpResponseHead(200, {}, 2 * 1024 * 1024, false));
            socket->write(QByteArray(100, 'd'));
            return true;
        });
        QVERIFY(server.listen());
        HttpFetcher fetcher;
        fetcher.setOptions({10000, 1024 * 1024, {}, 5});
        const FetchResult r = fetchAndWait(fetcher, get(server.url()));
        QCOMPARE(r.error, FetchError::TooLarge); // not Timeout: refused on the Content-Length
        QVERIFY(r.errorText.contains(QStringLiteral("2097152")));
    }

    void oversizedStreamed_data()
    {
        QTest::addColumn<bool>("chunked");
        QTest::newRow("chunked") << true;
        QTest::newRow("until close") << false;
    }

    void oversizedStreamed()
    {
        QFETCH(bool, chunked);
        MiniHttpServer server(okText);
        const QByteArray piece(64 * 1024, 'e');
        server.setRawHandler([chunked, piece](const HttpRequest &, QTcpSocket *socket) {
            socket->write(httpResponseHead(200, chunked ? HttpHeaders{{"Transfer-Encoding", "chunked"}} : HttpHeaders{},
                                           -1, !chunked));
            const QByteArray chunk = chunked ? QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n" : piece;
            writeSlowly(socket, chunk, 64, 5); // 4 MiB in all, never announced
            return true;
        });
        QVERIFY(server.listen());
        HttpFetcher fetcher;
        fetcher.setOptions({20000, 1024 * 1024, {}, 5});
        const FetchResult r = fetchAndWait(fetcher, get(server.url()));
        QCOMPARE(r.error, FetchError::TooLarge);
        QCOMPARE(r.body.size(), 1024 * 1024);
    }

    // A request may lower the cap for itself (the admin endpoints' answers are
    // small), never raise it past the fetcher's.
    void requestCap_data()
    {
        QTest::addColumn<qint64>("requestCap");
        QTest::addColumn<qint64>("applied");
        QTest::newRow("lower") << qint64(100 * 1024) << qint64(100 * 1024);
        QTest::newRow("higher than the fetcher's") << qint64(64 * 1024 * 1024) << qint64(1024 * 1024);
        QTest::newRow("unset") << qint64(0) << qint64(1024 * 1024);
    }
    void requestCap()
    {
        QFETCH(qint64, requestCap);
        QFETCH(qint64, applied);
        MiniHttpServer server(okText);
        const QByteArray piece(64 * 1024, 'e');
        server.setRawHandler([piece](const HttpRequest &, QTcpSocket *socket) {
            socket->write(httpResponseHead(200, {{"Transfer-Encoding", "chunked"}}, -1, false));
            writeSlowly(socket, QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n", 64, 5);
            return true;
        });
        QVERIFY(server.listen());
        HttpFetcher fetcher;
        fetcher.setOptions({20000, 1024 * 1024, {}, 5});
        FetchRequest request = get(server.url());
        request.maxBytes = requestCap;
        const FetchResult r = fetchAndWait(fetcher, request);
        QCOMPARE(r.error, FetchError::TooLarge);
        QCOMPARE(r.body.size(), applied);
        QVERIFY2(r.errorText.contains(QString::number(applied)), qPrintable(r.errorText));

        // Announced: refused on the header at the request's cap too.
        MiniHttpServer announcing(okText);
        announcing.setRawHandler([](const HttpRequest &, QTcpSocket *socket) {
            socket->write(httpResponseHead(200, {}, 200 * 1024, false));
            socket->write(QByteArray(100, 'd'));
            return true;
        });
        QVERIFY(announcing.listen());
        FetchRequest small = get(announcing.url());
        small.maxBytes = 100 * 1024;
        const FetchResult refused = fetchAndWait(fetcher, small);
        QCOMPARE(refused.error, FetchError::TooLarge);
        QVERIFY2(refused.errorText.contains(QStringLiteral("more than the limit of 102400")), qPrintable(refused.errorText));
    }

    void http500()
    {
        MiniHttpServer server([](const HttpRequest &) { return HttpResponse::text(500, "boom\n"); });
        QVERIFY(server.listen());
        HttpFetcher fetcher;
        const FetchResult r = fetchAndWait(fetcher, get(server.url()));
        QCOMPARE(r.error, FetchError::Http);
        QCOMPARE(r.httpCode, 500);
        QCOMPARE(r.body, QByteArray("boom\n"));
        QVERIFY(r.errorText.contains(QStringLiteral("500")));
    }

    void garbage_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::newRow("not http") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n\r\nzzzz");
        QTest::newRow("bad status") << QByteArray("HTTP/1.1 abc OK\r\nContent-Length: 2\r\n\r\nhi");
        QTest::newRow("binary") << QByteArrayLiteral("\x00\x01\x02\xff\xfe garbage\r\n\r\n");
    }

    void garbage()
    {
        QFETCH(QByteArray, answer);
        MiniHttpServer server(okText);
        server.setRawHandler([answer](const HttpRequest &, QTcpSocket *socket) {
            socket->write(answer);
            socket->disconnectFromHost();
            return true;
        });
        QVERIFY(server.listen());
        HttpFetcher fetcher;
        const FetchResult r = fetchAndWait(fetcher, get(server.url()));
        QVERIFY2(!r.ok(), qPrintable(r.errorText));
        QVERIFY2(r.error == FetchError::Protocol || r.error == FetchError::Reset, qPrintable(fetchErrorName(r.error)));
        QVERIFY(!r.errorText.isEmpty());
    }

    void redirectToAnotherHostIsRefused()
    {
        // The second server is another host on the loopback range where the
        // system allows it, else another port: a different origin either way.
        MiniHttpServer other(okText);
        if (!other.listen(QHostAddress(QStringLiteral("127.0.0.2"))))
            QVERIFY(other.listen());
        MiniHttpServer first([&other](const HttpRequest &) {
            QUrl target = other.url();
            target.setPath(QStringLiteral("/steal"));
            return HttpResponse{302, {{"Location", target.toEncoded()}}, {}, false};
        });
        QVERIFY(first.listen());

        HttpFetcher fetcher;
        fetcher.setCredentials(first.url(), apiKey);
        const FetchResult r = fetchAndWait(fetcher, get(at(first, QStringLiteral("/api/projects/")), true));
        QCOMPARE(r.error, FetchError::RedirectRefused);
        QVERIFY(r.errorText.contains(QStringLiteral("/steal")));
        QCOMPARE(first.requests().size(), 1);
        QCOMPARE(first.requests().first().header("Authorization"), "Bearer " + apiKey);
        // What the other host received: nothing at all, so certainly not the key.
        QTest::qWait(200);
        QCOMPARE(other.connectionCount(), 0);
        QVERIFY(other.requests().isEmpty());
    }

    void redirectToAnotherPortIsRefused()
    {
        MiniHttpServer other(okText);
        QVERIFY(other.listen());
        MiniHttpServer first([&other](const HttpRequest &) {
            return HttpResponse{307, {{"Location", other.url().toEncoded() + "/x"}}, {}, false};
        });
        QVERIFY(first.listen());
        HttpFetcher fetcher;
        const FetchResult r = fetchAndWait(fetcher, get(first.url()));
        QCOMPARE(r.error, FetchError::RedirectRefused);
        QCOMPARE(other.connectionCount(), 0);
    }

    void sameOriginRedirectIsFollowed()
    {
        MiniHttpServer server([](const HttpRequest &req) {
            if (req.path() == "/old")
                return HttpResponse{301, {{"Location", "/new?x=1"}}, {}, false};
            return HttpResponse::text(200, "moved here " + req.target);
        });
        QVERIFY(server.listen());
        HttpFetcher fetcher;
        fetcher.setCredentials(server.url(), apiKey);
        const FetchResult r = fetchAndWait(fetcher, get(at(server, QStringLiteral("/old")), true));
        QVERIFY2(r.ok(), qPrintable(r.errorText));
        QCOMPARE(r.body, QByteArray("moved here /new?x=1"));
        QCOMPARE(r.finalUrl.path(), QStringLiteral("/new"));
        QCOMPARE(server.requests().size(), 2);
        for (const HttpRequest &req : server.requests())
            QCOMPARE(req.header("Authorization"), "Bearer " + apiKey);
    }

    void seeOtherContinuesWithGet()
    {
        MiniHttpServer server([](const HttpRequest &req) {
            if (req.path() == "/submit")
                return HttpResponse{303, {{"Location", "/result"}}, {}, false};
            return HttpResponse::text(200, req.method + ' ' + req.path() + ' ' + req.body);
        });
        QVERIFY(server.listen());
        HttpFetcher fetcher;
        FetchRequest req = get(at(server, QStringLiteral("/submit")));
        req.method = "POST";
        req.body = "payload";
        req.headers = {{"Content-Type", "text/plain"}};
        const FetchResult r = fetchAndWait(fetcher, req);
        QVERIFY2(r.ok(), qPrintable(r.errorText));
        QCOMPARE(r.body, QByteArray("GET /result "));
        QCOMPARE(server.requests().first().body, QByteArray("payload"));
    }

    void redirectLoopEnds()
    {
        MiniHttpServer server([](const HttpRequest &req) {
            const int n = req.path().mid(2).toInt();
            return HttpResponse{302, {{"Location", "/r" + QByteArray::number(n + 1)}}, {}, false};
        });
        QVERIFY(server.listen());
        HttpFetcher fetcher;
        const FetchResult r = fetchAndWait(fetcher, get(server.url()));
        QCOMPARE(r.error, FetchError::RedirectRefused);
        QVERIFY(r.errorText.contains(QStringLiteral("/r6")));
        QCOMPARE(server.requests().size(), 6); // the request and five redirects
    }

    void keyOverPlainHttpToRemoteHostIsRefusedBeforeSending_data()
    {
        QTest::addColumn<QUrl>("origin");
        QTest::addColumn<QUrl>("url");
        // Nothing here is contacted: the instrumented manager sees no request.
        QTest::newRow("http, private address") << QUrl(QStringLiteral("http://10.255.255.1:8000"))
                                               << QUrl(QStringLiteral("http://10.255.255.1:8000/api/projects/"));
        QTest::newRow("http, host name") << QUrl(QStringLiteral("http://posthog.example.invalid"))
                                         << QUrl(QStringLiteral("http://posthog.example.invalid/api/users/@me/"));
        QTest::newRow("another origin") << QUrl(QStringLiteral("https://posthog.example.invalid"))
                                        << QUrl(QStringLiteral("https://attacker.example.invalid/api/"));
        QTest::newRow("https origin, http url") << QUrl(QStringLiteral("https://posthog.example.invalid"))
                                                << QUrl(QStringLiteral("http://posthog.example.invalid/api/"));
    }

    void keyOverPlainHttpToRemoteHostIsRefusedBeforeSending()
    {
        QFETCH(QUrl, origin);
        QFETCH(QUrl, url);
        CountingNam nam;
        HttpFetcher fetcher(&nam);
        fetcher.setCredentials(origin, apiKey);
        const FetchResult r = fetchAndWait(fetcher, get(url, true));
        QCOMPARE(r.error, FetchError::CredentialsRefused);
        QVERIFY(!r.errorText.isEmpty());
        QVERIFY(!r.errorText.contains(QString::fromLatin1(apiKey)));
        QCOMPARE(nam.seen.size(), 0);

        // The instrument works: an unauthenticated request does reach it.
        fetchAndWait(fetcher, get(url, false));
        QCOMPARE(nam.seen.size(), 1);
        QVERIFY(!nam.seen.first().hasRawHeader("Authorization"));
    }

    void keyWithoutCredentialsIsRefused()
    {
        CountingNam nam;
        HttpFetcher fetcher(&nam);
        const FetchResult r = fetchAndWait(fetcher, get(QUrl(QStringLiteral("https://posthog.example.invalid/")), true));
        QCOMPARE(r.error, FetchError::CredentialsRefused);
        QCOMPARE(nam.seen.size(), 0);
    }

    void keyOverLoopbackHttpIsSent()
    {
        MiniHttpServer server(okText);
        QVERIFY(server.listen());
        HttpFetcher fetcher;
        fetcher.setCredentials(server.url(), apiKey);
        QVERIFY(fetchAndWait(fetcher, get(server.url(), true)).ok());
        QVERIFY(fetchAndWait(fetcher, get(server.url(), false)).ok());
        QCOMPARE(server.requests().size(), 2);
        QCOMPARE(server.requests().at(0).header("Authorization"), "Bearer " + apiKey);
        QVERIFY(server.requests().at(1).header("Authorization").isEmpty());
    }

    void credentialRefusalRules_data()
    {
        QTest::addColumn<QString>("origin");
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https same") << QStringLiteral("https://ph.example.com") << QStringLiteral("https://ph.example.com/api/") << true;
        QTest::newRow("https explicit default port") << QStringLiteral("https://ph.example.com") << QStringLiteral("https://ph.example.com:443/x") << true;
        QTest::newRow("https host case") << QStringLiteral("https://PH.example.com") << QStringLiteral("https://ph.EXAMPLE.com/x") << true;
        QTest::newRow("https other port") << QStringLiteral("https://ph.example.com") << QStringLiteral("https://ph.example.com:8443/x") << false;
        QTest::newRow("https subdomain") << QStringLiteral("https://example.com") << QStringLiteral("https://ph.example.com/x") << false;
        QTest::newRow("http localhost") << QStringLiteral("http://localhost:8000") << QStringLiteral("http://localhost:8000/x") << true;
        QTest::newRow("http 127.0.0.1") << QStringLiteral("http://127.0.0.1:8000") << QStringLiteral("http://127.0.0.1:8000/x") << true;
        QTest::newRow("http 127.1.2.3") << QStringLiteral("http://127.1.2.3") << QStringLiteral("http://127.1.2.3/x") << true;
        QTest::newRow("http ::1") << QStringLiteral("http://[::1]:8000") << QStringLiteral("http://[::1]:8000/x") << true;
        QTest::newRow("http private") << QStringLiteral("http://10.0.0.5") << QStringLiteral("http://10.0.0.5/x") << false;
        QTest::newRow("http name") << QStringLiteral("http://ph.internal") << QStringLiteral("http://ph.internal/x") << false;
        QTest::newRow("http localhost lookalike") << QStringLiteral("http://localhost.example.com") << QStringLiteral("http://localhost.example.com/") << false;
        QTest::newRow("http 128.0.0.1") << QStringLiteral("http://128.0.0.1") << QStringLiteral("http://128.0.0.1/") << false;
        QTest::newRow("no origin") << QStringLiteral("") << QStringLiteral("https://ph.example.com/") << false;
        QTest::newRow("ftp") << QStringLiteral("ftp://ph.example.com") << QStringLiteral("ftp://ph.example.com/") << false;
    }

    void credentialRefusalRules()
    {
        QFETCH(QString, origin);
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        const QString why = credentialRefusal(QUrl(url), Origin::of(QUrl(origin)));
        QCOMPARE(why.isEmpty(), allowed);
    }

    void loopbackHosts_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("loopback");
        QTest::newRow("localhost") << QStringLiteral("localhost") << true;
        QTest::newRow("LOCALHOST.") << QStringLiteral("LOCALHOST.") << true;
        QTest::newRow("127.0.0.1") << QStringLiteral("127.0.0.1") << true;
        QTest::newRow("127.255.0.9") << QStringLiteral("127.255.0.9") << true;
        QTest::newRow("::1") << QStringLiteral("::1") << true;
        QTest::newRow("[::1]") << QStringLiteral("[::1]") << true;
        QTest::newRow("mapped") << QStringLiteral("::ffff:127.0.0.1") << true;
        QTest::newRow("10.255.255.1") << QStringLiteral("10.255.255.1") << false;
        QTest::newRow("0.0.0.0") << QStringLiteral("0.0.0.0") << false;
        QTest::newRow("name") << QStringLiteral("my-localhost") << false;
        QTest::newRow("empty") << QStringLiteral("") << false;
    }

    void loopbackHosts()
    {
        QFETCH(QString, host);
        QFETCH(bool, loopback);
        QCOMPARE(isLoopbackHost(host), loopback);
    }

    void cancel()
    {
        MiniHttpServer server(okText);
        server.setRawHandler([](const HttpRequest &, QTcpSocket *) { return true; });
        QVERIFY(server.listen());
        HttpFetcher fetcher;
        std::optional<FetchResult> result;
        const quint64 id = fetcher.fetch(get(server.url()), this, [&result](const FetchResult &r) { result = r; });
        QTRY_COMPARE(server.requests().size(), 1);
        fetcher.cancel(id);
        QTRY_VERIFY(result.has_value());
        QCOMPARE(result->error, FetchError::Canceled);
        QCOMPARE(fetcher.pendingCount(), 0);
    }

    void tls()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto pki = TestPki::make(dir.path(), QStringLiteral("localhost"),
                                       {QStringLiteral("DNS:localhost"), QStringLiteral("IP:127.0.0.1")}, 30);
        QVERIFY(pki);
        MiniHttpServer server(okText);
        server.setTlsConfiguration(pki->serverConfiguration());
        QVERIFY(server.listen());
        QUrl url = server.url();
        url.setHost(QStringLiteral("localhost"));
        QCOMPARE(url.scheme(), QStringLiteral("https"));

        HttpFetcher fetcher;
        const FetchResult untrusted = fetchAndWait(fetcher, get(url));
        QCOMPARE(untrusted.error, FetchError::Tls);
        QVERIFY(!untrusted.tlsErrors.isEmpty());
        QVERIFY2(untrusted.errorText.contains(untrusted.tlsErrors.first()), qPrintable(untrusted.errorText));

        FetchOptions options;
        options.extraCaFile = pki->caPem;
        QCOMPARE(fetcher.setOptions(options), QString());
        const FetchResult trusted = fetchAndWait(fetcher, get(url));
        QVERIFY2(trusted.ok(), qPrintable(trusted.errorText));
        QCOMPARE(trusted.body, QByteArray("hello\n"));
    }

    void tlsWrongName()
    {
        QTemporaryDir dir;
        const auto pki = TestPki::make(dir.path(), QStringLiteral("analytics.example.com"),
                                       {QStringLiteral("DNS:analytics.example.com")}, 30);
        QVERIFY(pki);
        MiniHttpServer server(okText);
        server.setTlsConfiguration(pki->serverConfiguration());
        QVERIFY(server.listen());
        HttpFetcher fetcher;
        FetchOptions options;
        options.extraCaFile = pki->caPem;
        fetcher.setOptions(options);
        const FetchResult r = fetchAndWait(fetcher, get(server.url())); // https://127.0.0.1:port
        QCOMPARE(r.error, FetchError::Tls);
        QVERIFY2(r.errorText.contains(QStringLiteral("name"), Qt::CaseInsensitive), qPrintable(r.errorText));
    }

    void unreadableCaFile()
    {
        CountingNam nam;
        HttpFetcher fetcher(&nam);
        FetchOptions options;
        options.extraCaFile = QStringLiteral("/nonexistent/ca.pem");
        QVERIFY(!fetcher.setOptions(options).isEmpty());
        const FetchResult r = fetchAndWait(fetcher, get(QUrl(QStringLiteral("https://posthog.example.invalid/"))));
        QCOMPARE(r.error, FetchError::Tls);
        QVERIFY(r.errorText.contains(QStringLiteral("/nonexistent/ca.pem")));
        QCOMPARE(nam.seen.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestHttpFetcher)
#include "tst_httpfetcher.moc"
