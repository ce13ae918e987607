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
        QTest::newRow("unrelated strings ignored")
            << health << 200 << QByteArray(R"({"version": "1.43.0", "commit": "abc"})") << none << ProbeStatus::Up
            << QStringList() << 0;
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
        QTest::newRow("2xx broken json") << readyz << 200 << QByteArray("{\"clickhouse\": tru") << none << ProbeStatus::Up
                                         << QStringList() << 0;
        QTest::newRow("json array") << readyz << 200 << QByteArray("[false, false]") << none << ProbeStatus::Up
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
