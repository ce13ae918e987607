#include "nettestsupport.h"

#include "monitor/demoinstance.h"
#include "monitor/diagnostics.h"

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace phc;
using namespace phctest;

Q_DECLARE_METATYPE(phc::CheckOutcome)

namespace {

QList<DiagnosticCheck> runAndWait(Diagnostics &d, const ConnectionSettings &s)
{
    QSignalSpy done(&d, &Diagnostics::finished);
    if (!d.run(s))
        qFatal("diagnostics did not start");
    if (!done.wait(30000))
        qFatal("diagnostics did not finish");
    return done.first().first().value<QList<DiagnosticCheck>>();
}

const DiagnosticCheck &byId(const QList<DiagnosticCheck> &checks, const QString &id)
{
    for (const DiagnosticCheck &c : checks)
        if (c.id == id)
            return c;
    qFatal("no check %s", qPrintable(id));
}

QString describe(const DiagnosticCheck &c)
{
    return c.id + QStringLiteral(": ") + checkOutcomeName(c.outcome) + QStringLiteral(": ") + c.summary
        + QStringLiteral(" | ") + c.evidence.join(QStringLiteral(" | "));
}

FetchResult preflightAnswer(int code, const HttpHeaders &headers)
{
    FetchResult r;
    r.httpCode = code;
    r.headers = headers;
    r.finalUrl = QUrl(QStringLiteral("https://ph.example/decide/"));
    if (code < 200 || code >= 300)
        r.error = FetchError::Http;
    return r;
}

} // namespace

class TestDiagnostics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void againstTheDemoInstance()
    {
        DemoInstance demo;
        demo.setCorsOrigins({QStringLiteral("https://app.distill.app")});
        QVERIFY(demo.start());
        ConnectionSettings s = demo.connectionSettings();
        s.baseUrl.setHost(QStringLiteral("localhost")); // resolved from /etc/hosts, no network
        s.corsOrigins = {QStringLiteral("https://app.distill.app"), QStringLiteral("https://evil.example"),
                         QStringLiteral("chrome-extension://*")};
        HttpFetcher fetcher;
        fetcher.setCredentials(s.baseUrl, DemoInstance::apiKey());
        Diagnostics d(&fetcher);
        DiagnosticsOptions options;
        options.latencyWarnMs = 5000; // judged here is the plumbing, not this machine's speed
        options.latencyFailMs = 10000;
        d.setOptions(options);
        QSignalSpy each(&d, &Diagnostics::checkFinished);

        const QList<DiagnosticCheck> checks = runAndWait(d, s);
        QStringList ids;
        for (const DiagnosticCheck &c : checks)
            ids.append(c.id);
        QCOMPARE(ids, (QStringList{QStringLiteral("dns"), QStringLiteral("tls"), QStringLiteral("cors:https://app.distill.app"),
                                   QStringLiteral("cors:https://evil.example"), QStringLiteral("cors:chrome-extension://*"),
                                   QStringLiteral("probes"), QStringLiteral("api-key"), QStringLiteral("latency")}));
        QCOMPARE(each.size(), checks.size());
        for (const DiagnosticCheck &c : checks) {
            QVERIFY(!c.title.isEmpty());
            QVERIFY2(!c.summary.isEmpty(), qPrintable(c.id));
        }

        const DiagnosticCheck &dns = byId(checks, QStringLiteral("dns"));
        QCOMPARE(dns.outcome, CheckOutcome::Pass);
        QVERIFY2(dns.evidence.contains(QStringLiteral("127.0.0.1")), qPrintable(describe(dns)));
        QCOMPARE(byId(checks, QStringLiteral("tls")).outcome, CheckOutcome::Skipped);
        QCOMPARE(byId(checks, QStringLiteral("cors:https://app.distill.app")).outcome, CheckOutcome::Pass);
        const DiagnosticCheck &evil = byId(checks, QStringLiteral("cors:https://evil.example"));
        QCOMPARE(evil.outcome, CheckOutcome::Fail);
        QVERIFY(evil.summary.contains(QStringLiteral("CORS_ALLOWED_ORIGINS")));
        QCOMPARE(byId(checks, QStringLiteral("cors:chrome-extension://*")).outcome, CheckOutcome::Skipped);
        const DiagnosticCheck &probes = byId(checks, QStringLiteral("probes"));
        QVERIFY2(probes.outcome == CheckOutcome::Pass, qPrintable(describe(probes)));
        QCOMPARE(probes.evidence.size(), 5);
        QCOMPARE(byId(checks, QStringLiteral("api-key")).outcome, CheckOutcome::Pass);
        const DiagnosticCheck &latency = byId(checks, QStringLiteral("latency"));
        QCOMPARE(latency.outcome, CheckOutcome::Pass);
        QCOMPARE(latency.evidence.size(), 5);

        // The key never shows in what the checks report.
        for (const DiagnosticCheck &c : checks)
            QVERIFY(!describe(c).contains(QString::fromLatin1(DemoInstance::apiKey())));
        QCOMPARE(d.results().size(), checks.size());
    }

    void keyRejectedOrMissing()
    {
        DemoInstance demo;
        QVERIFY(demo.start());
        HttpFetcher fetcher;
        Diagnostics d(&fetcher);
        QList<DiagnosticCheck> checks = runAndWait(d, demo.connectionSettings());
        QCOMPARE(byId(checks, QStringLiteral("api-key")).outcome, CheckOutcome::Skipped);

        fetcher.setCredentials(demo.baseUrl(), "phx_not_the_key");
        checks = runAndWait(d, demo.connectionSettings());
        const DiagnosticCheck &key = byId(checks, QStringLiteral("api-key"));
        QCOMPARE(key.outcome, CheckOutcome::Fail);
        QVERIFY2(key.summary.contains(QStringLiteral("401")), qPrintable(key.summary));
        QVERIFY(key.summary.contains(QStringLiteral("credentials were not provided")));
    }

    void unreachableInstance()
    {
        ConnectionSettings s;
        s.baseUrl = QUrl(QStringLiteral("http://127.0.0.1"));
        s.baseUrl.setPort(closedPort());
        s.corsOrigins = {QStringLiteral("https://app.distill.app")};
        HttpFetcher fetcher;
        fetcher.setCredentials(s.baseUrl, "phx_x");
        Diagnostics d(&fetcher);
        const QList<DiagnosticCheck> checks = runAndWait(d, s);
        QCOMPARE(byId(checks, QStringLiteral("dns")).outcome, CheckOutcome::Pass);
        for (const char *id : {"cors:https://app.distill.app", "probes", "api-key", "latency"})
            QVERIFY2(byId(checks, QLatin1StringView(id)).outcome == CheckOutcome::Fail,
                     qPrintable(describe(byId(checks, QLatin1StringView(id)))));
        QVERIFY(byId(checks, QStringLiteral("probes")).summary.contains(QStringLiteral("/_health")));
    }

    void oneRunAtATime()
    {
        DemoInstance demo;
        QVERIFY(demo.start());
        HttpFetcher fetcher;
        Diagnostics d(&fetcher);
        QSignalSpy done(&d, &Diagnostics::finished);
        QVERIFY(d.run(demo.connectionSettings()));
        QVERIFY(d.isRunning());
        QVERIFY(!d.run(demo.connectionSettings()));
        d.cancel();
        QVERIFY(!d.isRunning());
        QTest::qWait(200);
        QCOMPARE(done.size(), 0);
        QVERIFY(d.run(demo.connectionSettings()));
        QVERIFY(done.wait(30000));
    }

    void tlsCertificate_data()
    {
        QTest::addColumn<QString>("commonName");
        QTest::addColumn<QStringList>("altNames");
        QTest::addColumn<int>("days");
        QTest::addColumn<bool>("trustCa");
        QTest::addColumn<qint64>("clockShiftDays");
        QTest::addColumn<CheckOutcome>("outcome");
        QTest::addColumn<QString>("summaryHas");
        const QStringList local{QStringLiteral("DNS:localhost")};
        QTest::newRow("valid") << QStringLiteral("localhost") << local << 90 << true << qint64(0) << CheckOutcome::Pass << QStringLiteral("89 more days");
        QTest::newRow("expiring soon") << QStringLiteral("localhost") << local << 10 << true << qint64(0) << CheckOutcome::Warn
                                       << QStringLiteral("expires in 9 days");
        QTest::newRow("expired by our clock") << QStringLiteral("localhost") << local << 90 << true << qint64(100) << CheckOutcome::Fail
                                              << QStringLiteral("expired");
        QTest::newRow("wrong name") << QStringLiteral("analytics.example.com") << QStringList{QStringLiteral("DNS:analytics.example.com")}
                                    << 90 << true << qint64(0) << CheckOutcome::Fail << QStringLiteral("analytics.example.com");
        QTest::newRow("untrusted") << QStringLiteral("localhost") << local << 90 << false << qint64(0) << CheckOutcome::Fail
                                   << QStringLiteral("not trusted");
    }

    void tlsCertificate()
    {
        QFETCH(QString, commonName);
        QFETCH(QStringList, altNames);
        QFETCH(int, days);
        QFETCH(bool, trustCa);
        QFETCH(qint64, clockShiftDays);
        QFETCH(CheckOutcome, outcome);
        QFETCH(QString, summaryHas);

        QTemporaryDir dir;
        const auto pki = TestPki::make(dir.path(), commonName, altNames, days);
        QVERIFY(pki);
        MiniHttpServer server([](const HttpRequest &) { return HttpResponse::text(200, "ok"); });
        server.setTlsConfiguration(pki->serverConfiguration());
        QVERIFY(server.listen());

        ConnectionSettings s;
        s.baseUrl = server.url();
        s.baseUrl.setHost(QStringLiteral("localhost"));
        s.probePaths = {QStringLiteral("/_health")};
        HttpFetcher fetcher;
        if (trustCa) {
            FetchOptions o;
            o.extraCaFile = pki->caPem;
            QCOMPARE(fetcher.setOptions(o), QString());
        }
        ManualClock clock(QDateTime::currentMSecsSinceEpoch() + clockShiftDays * 86400000);
        Diagnostics d(&fetcher);
        d.setClock(clock.clock());
        const QList<DiagnosticCheck> checks = runAndWait(d, s);
        const DiagnosticCheck &tls = byId(checks, QStringLiteral("tls"));
        QVERIFY2(tls.outcome == outcome, qPrintable(describe(tls)));
        QVERIFY2(tls.summary.contains(summaryHas), qPrintable(describe(tls)));
        QVERIFY(tls.evidence.join(u'\n').contains(QStringLiteral("days to expiry")));
        QVERIFY(tls.evidence.join(u'\n').contains(commonName));
        // The probes went through the same trust settings.
        QCOMPARE(byId(checks, QStringLiteral("probes")).outcome, trustCa && commonName == u"localhost"
                     ? CheckOutcome::Pass : CheckOutcome::Fail);
    }

    void cors_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QByteArray>("allowOrigin");
        QTest::addColumn<QByteArray>("allowMethods");
        QTest::addColumn<CheckOutcome>("outcome");
        const CheckOutcome pass = CheckOutcome::Pass, warn = CheckOutcome::Warn, fail = CheckOutcome::Fail;
        QTest::newRow("echoed") << 200 << QByteArray("https://app.example") << QByteArray("GET, POST, OPTIONS") << pass;
        QTest::newRow("star") << 204 << QByteArray("*") << QByteArray("POST") << pass;
        QTest::newRow("no methods header") << 200 << QByteArray("https://app.example") << QByteArray() << pass;
        QTest::newRow("method missing") << 200 << QByteArray("https://app.example") << QByteArray("GET") << warn;
        QTest::newRow("not allowed") << 200 << QByteArray() << QByteArray() << fail;
        QTest::newRow("another origin") << 200 << QByteArray("https://other.example") << QByteArray("POST") << fail;
        QTest::newRow("403 with headers") << 403 << QByteArray("https://app.example") << QByteArray("POST") << fail;
    }

    void cors()
    {
        QFETCH(int, code);
        QFETCH(QByteArray, allowOrigin);
        QFETCH(QByteArray, allowMethods);
        QFETCH(CheckOutcome, outcome);
        HttpHeaders headers;
        if (!allowOrigin.isEmpty())
            headers.append({"Access-Control-Allow-Origin", allowOrigin});
        if (!allowMethods.isEmpty())
            headers.append({"Access-Control-Allow-Methods", allowMethods});
        const DiagnosticCheck c =
            Diagnostics::evaluateCors(QStringLiteral("https://app.example"), "POST", preflightAnswer(code, headers));
        QCOMPARE(c.outcome, outcome);
        QVERIFY(c.evidence.first().contains(QString::number(code)));
    }

    void latencyMedian()
    {
        QList<FetchResult> samples;
        for (double t : {400.0, 10.0, 20.0, 30.0, 5000.0}) {
            FetchResult r;
            r.httpCode = 200;
            r.latencyMs = t;
            samples.append(r);
        }
        DiagnosticsOptions o;
        DiagnosticCheck c = Diagnostics::evaluateLatency(samples, o);
        QCOMPARE(c.outcome, CheckOutcome::Pass); // median 30 ms; one slow outlier does not decide
        QVERIFY2(c.summary.contains(QStringLiteral("30.0 ms")), qPrintable(c.summary));
        QVERIFY(c.summary.contains(QStringLiteral("5000.0 ms")));
        o.latencyWarnMs = 25;
        QCOMPARE(Diagnostics::evaluateLatency(samples, o).outcome, CheckOutcome::Warn);
        o.latencyFailMs = 30;
        QCOMPARE(Diagnostics::evaluateLatency(samples, o).outcome, CheckOutcome::Fail);
        samples[0].httpCode = 0;
        samples[0].error = FetchError::Timeout;
        QCOMPARE(Diagnostics::evaluateLatency(samples, DiagnosticsOptions()).outcome, CheckOutcome::Fail);
        QCOMPARE(Diagnostics::evaluateLatency({}, DiagnosticsOptions()).outcome, CheckOutcome::Fail);
    }

    void apiKeyVerdicts()
    {
        FetchResult refused;
        refused.error = FetchError::CredentialsRefused;
        refused.errorText = QStringLiteral("the API key is never sent over plain http");
        DiagnosticCheck c = Diagnostics::evaluateApiKey(refused);
        QCOMPARE(c.outcome, CheckOutcome::Fail);
        QVERIFY(c.summary.contains(QStringLiteral("plain http")));

        FetchResult forbidden;
        forbidden.httpCode = 403;
        forbidden.error = FetchError::Http;
        forbidden.body = R"({"detail":"API key missing required scope"})";
        c = Diagnostics::evaluateApiKey(forbidden);
        QCOMPARE(c.outcome, CheckOutcome::Fail);
        QVERIFY(c.summary.contains(QStringLiteral("required scope")));

        FetchResult missing;
        missing.httpCode = 404;
        missing.error = FetchError::Http;
        QCOMPARE(Diagnostics::evaluateApiKey(missing).outcome, CheckOutcome::Warn);

        // PostHog's answer: the key's user (fields as posthog/api/test/test_user.py's
        // test_retrieve_current_user reads them, commit 004ef32c0d4a62e787a326b913a904bb3543c721).
        FetchResult user;
        user.httpCode = 200;
        user.headers = {{"Content-Type", "application/json"}};
        user.body = R"({"date_joined":"2024-05-01T10:00:00Z","uuid":"018f3c2e-7b1a-7c2d-9e3f-4a5b6c7d8e9f",)"
                    R"("distinct_id":"7Hq2xK","first_name":"Ops","last_name":"","email":"ops@example.com",)"
                    R"("pending_email":null,"is_email_verified":true,"has_password":true,"id":7,"is_staff":false,)"
                    R"("team":{"id":1,"name":"Default project","api_token":"phc_token123"},)"
                    R"("organization":{"id":"018f3c2e-0000-0000-0000-000000000001","name":"Ops","membership_level":1},)"
                    R"("organizations":[]})";
        c = Diagnostics::evaluateApiKey(user);
        QCOMPARE(c.outcome, CheckOutcome::Pass);
        QCOMPARE(c.summary, QStringLiteral("the key is accepted"));
        QVERIFY(c.evidence.join(u'\n').contains(QStringLiteral("ops@example.com")));

        // The status line came, the body did not, whole.
        FetchResult cut = user;
        cut.error = FetchError::TooLarge;
        cut.errorText = QStringLiteral("the answer passed the limit of 100 bytes");
        cut.body = user.body.left(100);
        c = Diagnostics::evaluateApiKey(cut);
        QCOMPARE(c.outcome, CheckOutcome::Fail);
        QVERIFY2(c.summary.contains(QStringLiteral("passed the limit")), qPrintable(c.summary));
    }

    // A 200 that is not PostHog's user says nothing about the key: an SSO
    // proxy's sign-in page, a web server's welcome page, a cut-off body, JSON
    // of another shape. Never "accepted"; named by content type and first bytes.
    void apiKeyNotPostHogsAnswer_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("shown");
        QTest::newRow("sso sign-in page")
            << QByteArray("text/html; charset=utf-8")
            << QByteArray("<!DOCTYPE html>\n<html lang=\"en\" charset=\"utf-8\">\n<head>\n  <title>Sign In</title>\n"
                          "</head>\n<body><a href=\"/oauth2/start\">Sign in with Google</a></body>\n</html>\n")
            << QStringLiteral("<!DOCTYPE html> <html lang=\"en\" charset=\"utf-8\">");
        QTest::newRow("nginx welcome page")
            << QByteArray("text/html")
            << QByteArray("<!DOCTYPE html>\n<html>\n<head>\n<title>Welcome to nginx!</title>\n</head>\n</html>\n")
            << QStringLiteral("<!DOCTYPE html> <html> <head> <title>Welcome to");
        QTest::newRow("truncated user") << QByteArray("application/json") << QByteArray("{\"id\": 7, \"email\": \"ops@exa")
                                        << QStringLiteral("{\"id\": 7, \"email\": \"ops@exa");
        QTest::newRow("empty object") << QByteArray("application/json") << QByteArray("{}") << QStringLiteral("{}");
        QTest::newRow("a list, not the user") << QByteArray("application/json")
                                              << QByteArray(R"({"count": 0, "results": []})")
                                              << QStringLiteral(R"({"count": 0, "results": []})");
        QTest::newRow("no email") << QByteArray("application/json") << QByteArray(R"({"id": 7, "first_name": "Ops"})")
                                  << QStringLiteral(R"({"id": 7, "first_name": "Ops"})");
        QTest::newRow("empty body") << QByteArray() << QByteArray() << QString();
    }

    void apiKeyNotPostHogsAnswer()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(QString, shown);
        FetchResult r;
        r.httpCode = 200;
        r.body = body;
        if (!contentType.isEmpty())
            r.headers = {{"Content-Type", contentType}};
        const DiagnosticCheck c = Diagnostics::evaluateApiKey(r);
        QVERIFY2(c.outcome == CheckOutcome::Fail, qPrintable(describe(c)));
        QVERIFY2(!c.summary.contains(QStringLiteral("accepted")), qPrintable(c.summary));
        QVERIFY2(c.summary.startsWith(QStringLiteral("HTTP 200, not PostHog's answer: ")), qPrintable(c.summary));
        QVERIFY2(c.summary.contains(contentType.isEmpty() ? QStringLiteral("no content type")
                                                          : QString::fromLatin1(contentType)),
                 qPrintable(c.summary));
        if (shown.isEmpty())
            QVERIFY2(c.summary.endsWith(QStringLiteral("an empty body")), qPrintable(c.summary));
        else
            QVERIFY2(c.summary.contains(QStringLiteral("starting \"") + shown), qPrintable(c.summary));
    }
};

QTEST_GUILESS_MAIN(TestDiagnostics)
#include "tst_diagnostics.moc"
