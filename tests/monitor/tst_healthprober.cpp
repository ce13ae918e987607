#include "nettestsupport.h"

#include "monitor/healthprober.h"

#include <QSignalSpy>

using namespace phc;
using namespace phctest;

Q_DECLARE_METATYPE(phc::ProbeStatus)
Q_DECLARE_METATYPE(phc::FetchError)

namespace {

FetchResult answer(int code, const QByteArray &body, FetchError error = FetchError::None)
{
    FetchResult r;
    r.httpCode = code;
    r.body = body;
    r.error = error;
    if (error == FetchError::None && (code < 200 || code >= 300))
        r.error = FetchError::Http;
    if (r.error != FetchError::None)
        r.errorText = QStringLiteral("error text");
    r.latencyMs = 12.5;
    return r;
}

} // namespace

class TestHealthProber : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void interpret_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("code");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<FetchError>("error");
        QTest::addColumn<ProbeStatus>("status");
        QTest::addColumn<QStringList>("failing");
        QTest::addColumn<int>("components");

        const QString health = QStringLiteral("/_health");
        const QString readyz = QStringLiteral("/_readyz");
        const QString preflight = QStringLiteral("/_preflight");
        const FetchError none = FetchError::None;
        const QByteArray readyzOk = R"({"clickhouse": true, "postgres": true, "postgres_migrations_uptodate": true,
            "kafka_connected": true, "celery_broker": true, "cache": true})";
        const QByteArray readyzBad = R"({"clickhouse": false, "postgres": true, "postgres_migrations_uptodate": true,
            "kafka_connected": false, "celery_broker": true, "cache": true})";
        const QByteArray preflightOk = R"({"django": true, "redis": true, "plugins": true, "celery": true,
            "clickhouse": true, "kafka": true, "db": true, "initiated": true, "cloud": false, "demo": false,
            "realm": "hosted-clickhouse", "can_create_org": false, "object_storage": true,
            "available_social_auth_providers": {"github": false}})";
        QByteArray preflightKafkaDown = preflightOk;
        preflightKafkaDown.replace(R"("kafka": true)", R"("kafka": false)");

        QTest::newRow("web health ok") << health << 200 << QByteArray("ok") << none << ProbeStatus::Up << QStringList() << 0;
        QTest::newRow("web health migrations") << health << 503 << QByteArray("Migrations are not up to date") << none
                                               << ProbeStatus::Degraded << QStringList{QStringLiteral("migrations")} << 1;
        QTest::newRow("livez") << QStringLiteral("/_livez") << 200 << QByteArray(R"({"http": true})") << none
                               << ProbeStatus::Up << QStringList() << 1;
        QTest::newRow("readyz ok") << readyz << 200 << readyzOk << none << ProbeStatus::Up << QStringList() << 6;
        QTest::newRow("readyz 503 names failures")
            << readyz << 503 << readyzBad << none << ProbeStatus::Degraded
            << QStringList{QStringLiteral("clickhouse"), QStringLiteral("kafka_connected")} << 6;
        QTest::newRow("readyz 200 but a component false")
            << readyz << 200 << readyzBad << none << ProbeStatus::Degraded
            << QStringList{QStringLiteral("clickhouse"), QStringLiteral("kafka_connected")} << 6;
        QTest::newRow("preflight settings are not health")
            << preflight << 200 << preflightOk << none << ProbeStatus::Up << QStringList() << 8;
        QTest::newRow("preflight kafka down") << preflight << 200 << preflightKafkaDown << none << ProbeStatus::Degraded
                                              << QStringList{QStringLiteral("kafka")} << 8;
        QTest::newRow("plugin server ok")
            << health << 200 << QByteArray(R"({"status": "ok", "checks": {"kafka": "ok", "redis": "ok", "db": true}})")
            << none << ProbeStatus::Up << QStringList() << 4;
        QTest::newRow("plugin server failing")
            << health << 503
            << QByteArray(R"({"status": "error", "checks": {"kafka": "error: broker down", "redis": "ok"}})") << none
            << ProbeStatus::Degraded << QStringList{QStringLiteral("status"), QStringLiteral("kafka")} << 3;
        QTest::newRow("check object with status")
            << health << 200 << QByteArray(R"({"status": "ok", "checks": {"kafka": {"status": "degraded"}}})") << none
            << ProbeStatus::Degraded << QStringList{QStringLiteral("kafka")} << 2;
        QTest::newRow("ready ok") << QStringLiteral("/_ready") << 200 << QByteArray(R"({"status":"ok"})") << none
                                  << ProbeStatus::Up << QStringList() << 1;
        QTest::newRow("ready 503") << QStringLiteral("/_ready") << 503 << QByteArray(R"({"status":"error"})") << none
                                   << ProbeStatus::Degraded << QStringList{QStringLiteral("status")} << 1;
        QTest::newRow("plugin server health as an absolute URL")
            << QStringLiteral("http://plugins.internal:6738/_health") << 200
            << QByteArray(R"({"status":"ok","checks":{"kafka":"ok"}})") << none << ProbeStatus::Up << QStringList() << 2;
        QTest::newRow("another path, plain text") << QStringLiteral("/-/healthy") << 200
                                                  << QByteArray("Prometheus Server is Healthy.\n") << none
                                                  << ProbeStatus::Up << QStringList() << 0;
        QTest::newRow("500 without a body") << health << 500 << QByteArray() << none << ProbeStatus::Down << QStringList() << 0;
        QTest::newRow("502 html") << health << 502 << QByteArray("<html>Bad Gateway</html>") << none << ProbeStatus::Down
                                  << QStringList() << 0;
        QTest::newRow("503 json naming nothing") << readyz << 503 << QByteArray(R"({"detail": "unavailable"})") << none
                                                 << ProbeStatus::Down << QStringList() << 0;
        QTest::newRow("404 wrong path") << QStringLiteral("/_nope") << 404 << QByteArray("Not Found") << none
                                        << ProbeStatus::Down << QStringList() << 0;
        QTest::newRow("refused") << health << 0 << QByteArray() << FetchError::Refused << ProbeStatus::Down << QStringList()
                                 << 0;
        QTest::newRow("timeout") << health << 0 << QByteArray() << FetchError::Timeout << ProbeStatus::Down << QStringList()
                                 << 0;
        QTest::newRow("reset mid-body") << readyz << 200 << QByteArray(R"({"clickhouse": tr)") << FetchError::Reset
                                        << ProbeStatus::Down << QStringList() << 0;
        QTest::newRow("too large") << health << 200 << QByteArray("ok") << FetchError::TooLarge << ProbeStatus::Down
                                   << QStringList() << 0;
    }

    void interpret()
    {
        QFETCH(QString, path);
        QFETCH(int, code);
        QFETCH(QByteArray, body);
        QFETCH(FetchError, error);
        QFETCH(ProbeStatus, status);
        QFETCH(QStringList, failing);
        QFETCH(int, components);

        const ProbeResult r = HealthProber::interpret(path, answer(code, body, error));
        QCOMPARE(r.status, status);
        QStringList actual = r.failing();
        actual.sort();
        failing.sort();
        QCOMPARE(actual, failing);
        QCOMPARE(r.components.size(), components);
        QCOMPARE(r.httpCode, code);
        QCOMPARE(r.latencyMs, 12.5);
        QVERIFY(!r.summary.isEmpty());
        for (const QString &f : failing)
            QVERIFY2(r.summary.contains(f), qPrintable(r.summary));
    }

    // A 200 only says something answered. What is not PostHog's answer on
    // that path is down, named by its content type and first bytes, and never up.
    void notPostHogsAnswer_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("shown"); // the first bytes, as the summary shows them

        // An SSO proxy's sign-in page (oauth2-proxy's, abridged) and nginx's welcome page.
        const QByteArray html = "text/html; charset=utf-8";
        const QByteArray signIn = "<!DOCTYPE html>\n<html lang=\"en\" charset=\"utf-8\">\n<head>\n"
                                  "  <title>Sign In</title>\n</head>\n<body><form method=\"GET\" action=\"/oauth2/start\">"
                                  "<button type=\"submit\">Sign in with Google</button></form></body>\n</html>\n";
        const QByteArray nginx = "<!DOCTYPE html>\n<html>\n<head>\n<title>Welcome to nginx!</title>\n<style>\nhtml "
                                 "{ color-scheme: light dark; }\n</style>\n</head>\n<body>\n<h1>Welcome to nginx!</h1>\n"
                                 "</body>\n</html>\n";
        const QString signInShown = QStringLiteral("<!DOCTYPE html> <html lang=\"en\" charset=\"utf-8\">");
        const QString nginxShown = QStringLiteral("<!DOCTYPE html> <html> <head> <title>Welcome to") + QChar(0x2026);
        const QByteArray json = "application/json";
        const QStringList paths = {QStringLiteral("/_health"), QStringLiteral("/_ready"), QStringLiteral("/_livez"),
                                   QStringLiteral("/_readyz"), QStringLiteral("/_preflight"), QStringLiteral("/healthz")};
        for (const QString &path : paths) {
            QTest::addRow("sso sign-in %s", qPrintable(path)) << path << html << signIn << signInShown;
            QTest::addRow("nginx welcome %s", qPrintable(path)) << path << QByteArray("text/html") << nginx << nginxShown;
        }
        // The proxy's page without its content type: still a page.
        QTest::newRow("sign-in, no content type") << QStringLiteral("/_health") << QByteArray() << signIn << signInShown;

        QTest::newRow("truncated readyz") << QStringLiteral("/_readyz") << json
                                          << QByteArray(R"({"clickhouse": true, "postgres": tr)")
                                          << QStringLiteral(R"({"clickhouse": true, "postgres": tr)");
        QTest::newRow("truncated preflight") << QStringLiteral("/_preflight") << json
                                             << QByteArray(R"({"django": true, "redis": true, "plugins": tr)")
                                             << QStringLiteral(R"({"django": true, "redis": true, "plugins": tr)");
        QTest::newRow("truncated livez") << QStringLiteral("/_livez") << json << QByteArray(R"({"http": tr)")
                                         << QStringLiteral(R"({"http": tr)");
        QTest::newRow("truncated plugin server health")
            << QStringLiteral("/_health") << json << QByteArray("{\"status\":\"ok\",\"checks\":{\"kafka\":\"o")
            << QStringLiteral("{\"status\":\"ok\",\"checks\":{\"kafka\":\"o");
        QTest::newRow("truncated, another path") << QStringLiteral("/healthz") << json << QByteArray("{\"status\": \"o")
                                                 << QStringLiteral("{\"status\": \"o");

        QTest::newRow("health: another service's JSON") << QStringLiteral("/_health") << json
                                                        << QByteArray(R"({"version": "1.43.0", "commit": "abc"})")
                                                        << QStringLiteral(R"({"version": "1.43.0", "commit": "abc"})");
        QTest::newRow("health: other text") << QStringLiteral("/_health") << QByteArray("text/plain")
                                            << QByteArray("Healthy") << QStringLiteral("Healthy");
        QTest::newRow("health: empty") << QStringLiteral("/_health") << QByteArray("text/plain") << QByteArray()
                                       << QString();
        QTest::newRow("ready: no status") << QStringLiteral("/_ready") << json << QByteArray(R"({"ready": true})")
                                          << QStringLiteral(R"({"ready": true})");
        QTest::newRow("ready: text") << QStringLiteral("/_ready") << QByteArray("text/plain") << QByteArray("ok")
                                     << QStringLiteral("ok");
        QTest::newRow("livez: another key") << QStringLiteral("/_livez") << json << QByteArray(R"({"alive": true})")
                                            << QStringLiteral(R"({"alive": true})");
        QTest::newRow("readyz: a status, not booleans") << QStringLiteral("/_readyz") << json
                                                        << QByteArray(R"({"status": "ok"})")
                                                        << QStringLiteral(R"({"status": "ok"})");
        QTest::newRow("readyz: empty object") << QStringLiteral("/_readyz") << json << QByteArray("{}")
                                              << QStringLiteral("{}");
        QTest::newRow("readyz: array") << QStringLiteral("/_readyz") << json << QByteArray("[false, false]")
                                       << QStringLiteral("[false, false]");
        QTest::newRow("preflight: django alone") << QStringLiteral("/_preflight") << json
                                                 << QByteArray(R"({"django": true})") << QStringLiteral(R"({"django": true})");
        QTest::newRow("preflight: strings for booleans")
            << QStringLiteral("/_preflight") << json
            << QByteArray(R"({"django":"ok","redis":"ok","plugins":"ok","celery":"ok","db":"ok","initiated":"ok",)"
                          R"("cloud":"no","realm":"hosted-clickhouse"})")
            << QStringLiteral("{\"django\":\"ok\",\"redis\":\"ok\",\"plugins\":\"ok\",\"cele") + QChar(0x2026);
    }

    void notPostHogsAnswer()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(QString, shown);

        FetchResult fetch = answer(200, body);
        if (!contentType.isEmpty())
            fetch.headers = {{"Content-Type", contentType}};
        const ProbeResult r = HealthProber::interpret(path, fetch);
        QVERIFY2(r.status == ProbeStatus::Down, qPrintable(probeStatusName(r.status) + u' ' + r.summary));
        QVERIFY(r.components.isEmpty());
        QVERIFY2(r.summary.startsWith(QStringLiteral("HTTP 200, not PostHog's answer: ")), qPrintable(r.summary));
        const QString type = contentType.isEmpty() ? QStringLiteral("no content type") : QString::fromLatin1(contentType);
        QVERIFY2(r.summary.contains(type + QStringLiteral(", ")), qPrintable(r.summary));
        if (shown.isEmpty())
            QVERIFY2(r.summary.endsWith(QStringLiteral("an empty body")), qPrintable(r.summary));
        else
            QVERIFY2(r.summary.contains(QStringLiteral("starting \"") + shown), qPrintable(r.summary));
        QVERIFY2(!r.summary.contains(u'\n'), qPrintable(r.summary));
    }

    // PostHog's own answers, from its tests and handlers, are up.
    void postHogsAnswersAreUp_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");

        const QByteArray json = "application/json";
        // posthog/views.py health (commit 00172566196389877aa7cc461f9f98165660510b).
        QTest::newRow("web health") << QStringLiteral("/_health") << QByteArray("text/plain") << QByteArray("ok");
        QTest::newRow("web health, trailing slash") << QStringLiteral("/_health/") << QByteArray("text/plain")
                                                    << QByteArray("ok");
        // plugin-server/src/main/services/http-server.ts (commit 79ff7d3b7e1161852396387478701efe1142bc00).
        QTest::newRow("plugin server health")
            << QStringLiteral("http://127.0.0.1:6738/_health") << QByteArray("application/json; charset=utf-8")
            << QByteArray(R"({"status":"ok","checks":{"analytics-ingestion":"ok"}})");
        QTest::newRow("plugin server ready") << QStringLiteral("/_ready") << QByteArray("application/json; charset=utf-8")
                                             << QByteArray(R"({"status":"ok"})");
        // posthog/health.py (commit 0f580823f8e605b432302152d69b1a16cf723361).
        QTest::newRow("livez") << QStringLiteral("/_livez") << json << QByteArray(R"({"http": true})");
        QTest::newRow("readyz") << QStringLiteral("/_readyz") << json
                                << QByteArray(R"({"clickhouse": true, "postgres": true, "postgres_flags": true,)"
                                              R"( "postgres_migrations_uptodate": true, "kafka_connected": true,)"
                                              R"( "celery_broker": true, "cache": true})");
        QTest::newRow("readyz role=web") << QStringLiteral("/_readyz?role=web") << json
                                         << QByteArray(R"({"postgres": true, "cache": true})");
        // posthog/api/test/test_preflight.py preflight_dict (commit 000cf15a1f7f1bb5a3fec2f587ee4bb299ed757a),
        // with object storage available as in its test_preflight_request_with_object_storage_available.
        QTest::newRow("preflight") << QStringLiteral("/_preflight") << json
                                   << QByteArray(R"({"django": true, "redis": true, "plugins": true, "celery": true,)"
                                                 R"( "db": true, "initiated": true, "cloud": false, "demo": false,)"
                                                 R"( "clickhouse": true, "kafka": true, "realm": "hosted-clickhouse",)"
                                                 R"( "region": null, "available_social_auth_providers":)"
                                                 R"( {"google-oauth2": false, "github": false, "gitlab": false},)"
                                                 R"( "can_create_org": false, "email_service_available": false,)"
                                                 R"( "slack_service": {"available": false, "client_id": null},)"
                                                 R"( "object_storage": true})");
    }

    void postHogsAnswersAreUp()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        FetchResult fetch = answer(200, body);
        fetch.headers = {{"Content-Type", contentType}};
        const ProbeResult r = HealthProber::interpret(path, fetch);
        QVERIFY2(r.status == ProbeStatus::Up, qPrintable(probeStatusName(r.status) + u' ' + r.summary));
    }

    void overall_data()
    {
        QTest::addColumn<QList<ProbeStatus>>("statuses");
        QTest::addColumn<QString>("health");
        using S = ProbeStatus;
        QTest::newRow("none") << QList<S>{} << QStringLiteral("unknown");
        QTest::newRow("all up") << QList<S>{S::Up, S::Up} << QStringLiteral("healthy");
        QTest::newRow("one degraded") << QList<S>{S::Up, S::Degraded} << QStringLiteral("degraded");
        QTest::newRow("one down") << QList<S>{S::Up, S::Down} << QStringLiteral("degraded");
        QTest::newRow("all down") << QList<S>{S::Down, S::Down} << QStringLiteral("down");
        QTest::newRow("unchecked ignored") << QList<S>{S::Up, S::Unknown} << QStringLiteral("healthy");
    }

    void overall()
    {
        QFETCH(QList<ProbeStatus>, statuses);
        QFETCH(QString, health);
        QList<ProbeState> states;
        for (ProbeStatus s : statuses) {
            ProbeState st;
            st.checks = s == ProbeStatus::Unknown ? 0 : 1;
            st.last.status = s;
            states.append(st);
        }
        QCOMPARE(instanceHealthName(HealthProber::overall(states)), health);
    }

    void pollsAndKeepsHistory()
    {
        // The server's answers change between rounds as a test script says.
        int readyzCode = 200;
        MiniHttpServer server([&readyzCode](const HttpRequest &req) {
            if (req.path() == "/_readyz")
                return HttpResponse::json(readyzCode, readyzCode == 200 ? R"({"clickhouse": true})" : R"({"clickhouse": false})");
            if (req.path() == "/base/_health")
                return HttpResponse::text(200, "ok");
            return HttpResponse::text(404, "no");
        });
        QVERIFY(server.listen());

        ManualClock clock;
        HttpFetcher fetcher;
        HealthProber prober(&fetcher);
        prober.setClock(clock.clock());
        prober.setHistoryLimit(3);
        ConnectionSettings settings;
        settings.baseUrl = server.url();
        settings.baseUrl.setPath(QStringLiteral("/base/"));
        QUrl readyzUrl = server.url();
        readyzUrl.setPath(QStringLiteral("/_readyz"));
        settings.probePaths = {QStringLiteral("/_health"), readyzUrl.toString()};
        prober.setSettings(settings);
        QSignalSpy rounds(&prober, &HealthProber::roundFinished);
        QSignalSpy updates(&prober, &HealthProber::probeUpdated);

        const qint64 t0 = clock.now();
        const QList<int> script{200, 200, 503, 503, 200};
        for (int code : script) {
            readyzCode = code;
            QVERIFY(prober.probeOnce());
            QVERIFY2(!prober.probeOnce(), "no second round while one is out");
            QVERIFY(rounds.wait(10000));
            clock.advance(10'000);
        }
        QCOMPARE(rounds.size(), 5);
        QCOMPARE(updates.size(), 10);

        const QList<ProbeState> states = prober.states();
        QCOMPARE(states.size(), 2);
        const ProbeState &health = states[0];
        QCOMPARE(health.last.url.path(), QStringLiteral("/base/_health"));
        QCOMPARE(health.last.status, ProbeStatus::Up);
        QCOMPARE(health.lastChangeMs, t0);
        QCOMPARE(health.uptime(), std::optional<double>(1.0));

        const ProbeState &ready = states[1];
        QCOMPARE(ready.checks, 5);
        QCOMPARE(ready.upChecks, 3);
        QCOMPARE(ready.degradedChecks, 2);
        QCOMPARE(ready.uptime(), std::optional<double>(0.6));
        QCOMPARE(ready.last.status, ProbeStatus::Up);
        QCOMPARE(ready.lastChangeMs, t0 + 40'000); // back up in the fifth round
        QCOMPARE(ready.latencyHistory.size(), 3);
        QCOMPARE(ready.latencyHistory.first().atMs, t0 + 20'000);
        QCOMPARE(ready.latencyHistory.last().atMs, t0 + 40'000);
        QVERIFY(ready.latencyHistory.last().answered);
        QCOMPARE(HealthProber::overall(states), InstanceHealth::Healthy);
    }

    void downInstance()
    {
        ManualClock clock;
        HttpFetcher fetcher;
        HealthProber prober(&fetcher);
        prober.setClock(clock.clock());
        ConnectionSettings settings;
        settings.baseUrl = QUrl(QStringLiteral("http://127.0.0.1"));
        settings.baseUrl.setPort(closedPort());
        prober.setSettings(settings);
        QSignalSpy rounds(&prober, &HealthProber::roundFinished);
        QVERIFY(prober.probeOnce());
        QVERIFY(rounds.wait(10000));
        const QList<ProbeState> states = prober.states();
        QCOMPARE(states.size(), 4);
        for (const ProbeState &s : states) {
            QCOMPARE(s.last.status, ProbeStatus::Down);
            QCOMPARE(s.last.error, FetchError::Refused);
            QVERIFY(!s.latencyHistory.last().answered);
            QCOMPARE(s.uptime(), std::optional<double>(0.0));
        }
        QCOMPARE(HealthProber::overall(states), InstanceHealth::Down);
    }

    void timerDrivesRounds()
    {
        MiniHttpServer server([](const HttpRequest &) { return HttpResponse::text(200, "ok"); });
        QVERIFY(server.listen());
        HttpFetcher fetcher;
        HealthProber prober(&fetcher);
        ConnectionSettings settings;
        settings.baseUrl = server.url();
        settings.probePaths = {QStringLiteral("/_health")};
        settings.pollIntervalMs = 1000;
        prober.setSettings(settings);
        QSignalSpy rounds(&prober, &HealthProber::roundFinished);
        prober.start();
        QVERIFY(prober.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(rounds.size() >= 2, 10000);
        prober.stop();
        QVERIFY(!prober.isRunning());
    }

    void newSettingsDropTheRoundInFlight()
    {
        MiniHttpServer slow([](const HttpRequest &) { return HttpResponse::text(200, "ok"); });
        slow.setRawHandler([](const HttpRequest &, QTcpSocket *) { return true; }); // never answers
        QVERIFY(slow.listen());
        HttpFetcher fetcher;
        HealthProber prober(&fetcher);
        ConnectionSettings settings;
        settings.baseUrl = slow.url();
        prober.setSettings(settings);
        QSignalSpy updates(&prober, &HealthProber::probeUpdated);
        QVERIFY(prober.probeOnce());
        QTRY_COMPARE(slow.requests().size(), 4);
        settings.probePaths = {QStringLiteral("/_health")};
        prober.setSettings(settings);
        QCOMPARE(fetcher.pendingCount(), 0);
        QCOMPARE(updates.size(), 0);
        QCOMPARE(prober.states().size(), 1);
        QVERIFY(!prober.roundInProgress());
    }
};

QTEST_GUILESS_MAIN(TestHealthProber)
#include "tst_healthprober.moc"
