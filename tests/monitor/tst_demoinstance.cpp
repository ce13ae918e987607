#include "nettestsupport.h"

#include "metrics/metricssnapshot.h"
#include "monitor/demoinstance.h"
#include "monitor/healthprober.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <cmath>

using namespace phc;
using namespace phctest;

namespace {

QUrl at(const DemoInstance &demo, const QString &path)
{
    QUrl u = demo.baseUrl();
    u.setPath(path);
    return u;
}

// The one series of a family without labels.
const MetricSeries &only(const MetricsSnapshot &snap, const char *family)
{
    const MetricFamily *f = snap.family(family);
    if (!f || f->series.size() != 1)
        qFatal("family %s missing from the demo's metrics", family);
    return f->series.first();
}

} // namespace

class TestDemoInstance : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listensOnLoopbackAtAFreePort()
    {
        DemoInstance a, b;
        QVERIFY(a.start());
        QVERIFY(b.start());
        QCOMPARE(a.baseUrl().host(), QStringLiteral("127.0.0.1"));
        QVERIFY(a.baseUrl().port() > 0);
        QVERIFY(a.baseUrl().port() != b.baseUrl().port());
        const ConnectionSettings s = a.connectionSettings();
        QVERIFY(s.validate().isEmpty());
        QVERIFY(s.probePaths.contains(QStringLiteral("/_preflight")));
        QCOMPARE(s.metricsUrl, a.metricsUrl());
    }

    void probesAnswer()
    {
        ManualClock clock;
        DemoInstance demo;
        demo.setClock(clock.clock());
        QVERIFY(demo.start());
        HttpFetcher fetcher;

        const FetchResult health = fetchAndWait(fetcher, get(at(demo, QStringLiteral("/_health"))));
        QCOMPARE(health.httpCode, 200);
        QCOMPARE(health.body, QByteArray("ok"));

        const FetchResult livez = fetchAndWait(fetcher, get(at(demo, QStringLiteral("/_livez"))));
        QCOMPARE(QJsonDocument::fromJson(livez.body).object().value(u"http").toBool(), true);

        const FetchResult readyz = fetchAndWait(fetcher, get(at(demo, QStringLiteral("/_readyz"))));
        QCOMPARE(readyz.httpCode, 200);
        const QJsonObject ready = QJsonDocument::fromJson(readyz.body).object();
        for (const char *key : {"clickhouse", "postgres", "postgres_migrations_uptodate", "kafka_connected",
                                "celery_broker", "cache"})
            QVERIFY2(ready.value(QLatin1StringView(key)).toBool(), key);

        const FetchResult preflight = fetchAndWait(fetcher, get(at(demo, QStringLiteral("/_preflight"))));
        const ProbeResult p = HealthProber::interpret(QStringLiteral("/_preflight"), preflight);
        QCOMPARE(p.status, ProbeStatus::Up);
        QCOMPARE(p.components.size(), 8);

        const FetchResult missing = fetchAndWait(fetcher, get(at(demo, QStringLiteral("/nope"))));
        QCOMPARE(missing.httpCode, 404);
        QCOMPARE(demo.requestCount(), 5);
    }

    void apiKeyAccepted()
    {
        DemoInstance demo;
        QVERIFY(demo.start());
        HttpFetcher fetcher;
        const QUrl me = at(demo, QStringLiteral("/api/users/@me/"));
        QCOMPARE(fetchAndWait(fetcher, get(me)).httpCode, 401);
        fetcher.setCredentials(demo.baseUrl(), "phx_wrong");
        QCOMPARE(fetchAndWait(fetcher, get(me, true)).httpCode, 401);
        fetcher.setCredentials(demo.baseUrl(), DemoInstance::apiKey());
        QCOMPARE(fetchAndWait(fetcher, get(me, true)).httpCode, 200);
    }

    void metricsAreValidPrometheusText()
    {
        // Debian's promtool (from the prometheus package) lints the exposition.
        ManualClock clock;
        DemoSimulation sim(clock.now());
        sim.advanceTo(clock.now() + 600'000);
        QProcess promtool;
        promtool.start(QStringLiteral("promtool"), {QStringLiteral("check"), QStringLiteral("metrics")});
        QVERIFY2(promtool.waitForStarted(10000), "promtool (Debian package prometheus) is needed");
        promtool.write(sim.metricsText());
        promtool.closeWriteChannel();
        QVERIFY(promtool.waitForFinished(30000));
        const QByteArray complaints = promtool.readAllStandardOutput() + promtool.readAllStandardError();
        // Exit 1 is a format error; 3 only lint, which flags names real PostHog
        // pods use (a counter without _total, camelCase ClickHouse and Kafka
        // names): the demo keeps those names on purpose.
        QVERIFY2(promtool.exitCode() == 0 || promtool.exitCode() == 3, complaints.constData());
        for (const QByteArray &line : complaints.split('\n')) {
            if (line.trimmed().isEmpty())
                continue;
            const bool realName = line.startsWith("event_processed_and_ingested ") || line.startsWith("ClickHouse")
                || line.startsWith("latest_processed_timestamp_ms ");
            QVERIFY2(realName, line.constData());
        }
    }

    void deterministicUnderTheSameClock()
    {
        DemoSimulation a(1722470400000), b(1722470400000), c(1722470400000, 7);
        a.advanceTo(1722470400000 + 900'000);
        b.advanceTo(1722470400000 + 300'000);
        b.advanceTo(1722470400000 + 900'000);
        c.advanceTo(1722470400000 + 900'000);
        QCOMPARE(a.metricsText(), b.metricsText());
        QVERIFY(a.metricsText() != c.metricsText());
        QCOMPARE(a.elapsedSeconds(), 900);
        a.advanceTo(1722470400000); // the past is ignored
        QCOMPARE(a.elapsedSeconds(), 900);
    }

    void metricsEvolveOverHalfAnHour()
    {
        // Thirty simulated minutes scraped every 10 s through HTTP.
        ManualClock clock;
        DemoInstance demo;
        demo.setClock(clock.clock());
        QVERIFY(demo.start());
        HttpFetcher fetcher;

        double lastIngested = -1, lastChCount = -1, lastApiCount = -1;
        double maxQueue = 0, queueAfterPeak = 1e18, firstIngested = -1;
        bool sawBurst = false, sawDegraded = false, recovered = false;
        for (int step = 0; step <= 180; ++step) {
            const FetchResult scrape = fetchAndWait(fetcher, get(demo.metricsUrl()));
            QVERIFY2(scrape.ok(), qPrintable(scrape.errorText));
            QCOMPARE(scrape.header("Content-Type"), QByteArray("text/plain; version=0.0.4; charset=utf-8"));
            const MetricsSnapshot snap = MetricsSnapshot::parse(scrape.body);
            QVERIFY2(snap.issues().isEmpty(), qPrintable(formatIssues(snap.issues(), QStringLiteral("metrics"))));

            const double ingested = only(snap, "posthog_events_ingested_total").value;
            QVERIFY2(ingested >= lastIngested, "a counter never goes down");
            if (firstIngested < 0)
                firstIngested = ingested;
            lastIngested = ingested;
            QCOMPARE(only(snap, "event_processed_and_ingested").value, ingested);

            const double queue = only(snap, "posthog_events_processing_queue_size").value;
            QVERIFY(queue >= 0);
            if (queue > maxQueue)
                maxQueue = queue, queueAfterPeak = queue;
            queueAfterPeak = std::min(queueAfterPeak, queue);
            sawBurst = sawBurst || demo.simulation()->inBurst();

            const MetricSeries &ch = only(snap, "posthog_clickhouse_query_duration_seconds");
            QVERIFY(ch.count >= lastChCount);
            lastChCount = ch.count;
            QCOMPARE(ch.buckets.size(), 12);
            QVERIFY(std::isinf(ch.buckets.last().upperBound));
            QCOMPARE(ch.buckets.last().count, ch.count);
            for (qsizetype i = 1; i < ch.buckets.size(); ++i) // cumulative
                QVERIFY(ch.buckets[i].count >= ch.buckets[i - 1].count);

            const double apiCount = only(snap, "posthog_api_response_time_seconds").count;
            QVERIFY(apiCount >= lastApiCount);
            lastApiCount = apiCount;
            const MetricFamily *django = snap.family("django_http_requests_latency_seconds_by_view_method");
            QVERIFY(django);
            QCOMPARE(django->series.size(), 3);
            QVERIFY(django->find(LabelSet::fromPairs({{"method", "POST"}, {"view", "capture"}})));

            const FetchResult readyz = fetchAndWait(fetcher, get(at(demo, QStringLiteral("/_readyz"))));
            const ProbeResult probe = HealthProber::interpret(QStringLiteral("/_readyz"), readyz);
            if (demo.simulation()->inIncident()) {
                QCOMPARE(readyz.httpCode, 503);
                QCOMPARE(probe.status, ProbeStatus::Degraded);
                QCOMPARE(probe.failing(), QStringList{QStringLiteral("kafka_connected")});
                sawDegraded = true;
            } else {
                QCOMPARE(probe.status, ProbeStatus::Up);
                recovered = recovered || sawDegraded;
            }
            clock.advance(10'000);
        }
        QCOMPARE(demo.simulation()->elapsedSeconds(), 1800);
        // ~40 events/s on average over 30 minutes, bursts included.
        const double perSecond = (lastIngested - firstIngested) / 1800.0;
        QVERIFY2(perSecond > 25 && perSecond < 120, qPrintable(QString::number(perSecond)));
        QVERIFY(sawBurst);
        QVERIFY2(maxQueue > 1000, "a burst builds the queue");
        QVERIFY2(queueAfterPeak < 200, "and it drains");
        QVERIFY(sawDegraded);
        QVERIFY(recovered);
        QVERIFY(lastChCount > 1800 * 3);
    }

    void corsPreflight()
    {
        DemoInstance demo;
        demo.setCorsOrigins({QStringLiteral("https://app.distill.app")});
        QVERIFY(demo.start());
        HttpFetcher fetcher;
        FetchRequest req = get(at(demo, QStringLiteral("/decide/")));
        req.method = "OPTIONS";
        req.headers = {{"Origin", "https://app.distill.app"}, {"Access-Control-Request-Method", "POST"}};
        FetchResult r = fetchAndWait(fetcher, req);
        QCOMPARE(r.httpCode, 200);
        QCOMPARE(r.header("Access-Control-Allow-Origin"), QByteArray("https://app.distill.app"));
        req.headers = {{"Origin", "https://evil.example"}, {"Access-Control-Request-Method", "POST"}};
        r = fetchAndWait(fetcher, req);
        QCOMPARE(r.httpCode, 200);
        QVERIFY(r.header("Access-Control-Allow-Origin").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDemoInstance)
#include "tst_demoinstance.moc"
