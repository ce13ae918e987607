#include "prometheusserver.h"

#include "monitor/demoinstance.h"
#include "monitor/healthprober.h"
#include "monitor/prometheusapiclient.h"

#include <QSignalSpy>

#include <cmath>

using namespace phc;
using namespace phctest;

// Against a real Prometheus (Debian's package) started by the test: the API
// client's answers are compared with what a direct scrape of the same
// targets shows. Until the metrics module's parser is in, the direct side is
// read by a plain text search for single samples (sampleValue).
class TestPrometheusIntegration : public QObject
{
    Q_OBJECT

    PromQueryResult query(const QString &promql)
    {
        auto r = waitForCallback<PromQueryResult>(
            [&](QObject *context, auto done) { m_client->query(promql, std::nullopt, context, done); });
        if (!r)
            qFatal("no answer to %s", qPrintable(promql));
        return *r;
    }

    // Queries until `ready` holds for the answer or the time is up.
    PromQueryResult queryUntil(const QString &promql, const std::function<bool(const PromQueryResult &)> &ready,
                               int maxMs = 60000)
    {
        QElapsedTimer t;
        t.start();
        PromQueryResult r = query(promql);
        while (!ready(r) && t.elapsed() < maxMs) {
            QTest::qWait(250);
            r = query(promql);
        }
        return r;
    }

    static std::optional<double> valueOf(const PromQueryResult &r, const QString &label = {}, const QString &value = {})
    {
        if (!r.ok() || r.response->resultType != PromResultType::Vector)
            return std::nullopt;
        for (const PromSeries &s : r.response->series)
            if (label.isEmpty() || s.label(label) == value)
                return s.points.value(0).value;
        return std::nullopt;
    }

    QByteArray scrape(const QUrl &url)
    {
        const FetchResult r = fetchAndWait(*m_fetcher, get(url));
        if (!r.ok())
            qFatal("scrape of %s failed: %s", qPrintable(url.toString()), qPrintable(r.errorText));
        return r.body;
    }

    ManualClock m_clock;
    qint64 m_firstUpMs = 0;
    std::unique_ptr<DemoInstance> m_demo;
    std::unique_ptr<PrometheusServer> m_prometheus;
    std::unique_ptr<HttpFetcher> m_fetcher;
    std::unique_ptr<PrometheusApiClient> m_client;

private Q_SLOTS:
    void initTestCase()
    {
        // The demo's clock stands still, so its numbers do not move between
        // Prometheus' scrape and ours.
        m_demo = std::make_unique<DemoInstance>();
        m_demo->setClock(m_clock.clock());
        QVERIFY(m_demo->start());
        m_clock.advance(600'000);

        m_prometheus = std::make_unique<PrometheusServer>();
        QString error;
        const QString demoTarget = QStringLiteral("127.0.0.1:%1").arg(m_demo->baseUrl().port());
        QVERIFY2(m_prometheus->start({{QStringLiteral("demo"), demoTarget}}, &error), qPrintable(error));
        m_fetcher = std::make_unique<HttpFetcher>();
        m_client = std::make_unique<PrometheusApiClient>(m_fetcher.get());
        m_client->setBaseUrl(m_prometheus->url());

        // Both targets scraped at least once.
        const PromQueryResult up = queryUntil(QStringLiteral("up"), [](const PromQueryResult &r) {
            return valueOf(r, QStringLiteral("job"), QStringLiteral("prometheus")) == 1.0
                && valueOf(r, QStringLiteral("job"), QStringLiteral("demo")) == 1.0;
        });
        QVERIFY2(up.ok(), qPrintable(up.errorText() + u'\n' + m_prometheus->log()));
        m_firstUpMs = QDateTime::currentMSecsSinceEpoch();
        QCOMPARE(up.response->series.size(), 2);
    }

    void cleanupTestCase()
    {
        m_client.reset();
        m_fetcher.reset();
        m_prometheus.reset(); // stops the server
        m_demo.reset();
    }

    void buildInfoMatchesDirectScrape()
    {
        const PromQueryResult r = query(QStringLiteral("prometheus_build_info"));
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        QCOMPARE(r.response->series.size(), 1);
        const PromSeries &s = r.response->series.first();
        QCOMPARE(s.points.first().value, 1.0);
        const QString version = s.label(QStringLiteral("version"));
        QVERIFY(!version.isEmpty());

        const QByteArray text = scrape(m_prometheus->url(QStringLiteral("/metrics")));
        QByteArray line;
        for (const QByteArray &l : text.split('\n'))
            if (l.startsWith("prometheus_build_info{"))
                line = l;
        QVERIFY(!line.isEmpty());
        const QByteArray expected = "version=\"" + version.toUtf8() + '"';
        QVERIFY2(line.contains(expected), line.constData());
    }

    void stableGaugeMatchesDirectScrape()
    {
        // Set once at start-up, so the stored sample and a fresh scrape agree exactly.
        const QString name = QStringLiteral("prometheus_config_last_reload_success_timestamp_seconds");
        const auto viaApi = valueOf(query(name));
        QVERIFY(viaApi.has_value());
        const auto direct = sampleValue(scrape(m_prometheus->url(QStringLiteral("/metrics"))), name.toUtf8());
        QVERIFY(direct.has_value());
        QCOMPARE(*viaApi, *direct);
        QVERIFY(*direct > 1.6e9);
    }

    void headSeriesAgree()
    {
        // Moves while the targets' series arrive; once they are all in, the
        // stored sample and a direct scrape show the same number.
        std::optional<double> viaApi, direct;
        QElapsedTimer t;
        t.start();
        do {
            if (viaApi)
                QTest::qWait(500);
            viaApi = valueOf(query(QStringLiteral("prometheus_tsdb_head_series")));
            direct = sampleValue(scrape(m_prometheus->url(QStringLiteral("/metrics"))), "prometheus_tsdb_head_series");
        } while (viaApi != direct && t.elapsed() < 60000);
        QVERIFY(viaApi && direct);
        QCOMPARE(*viaApi, *direct);
        QVERIFY(*viaApi > 100); // Prometheus' own series and the demo's
    }

    void demoMetricsThroughPrometheus_data()
    {
        QTest::addColumn<QString>("series");
        QTest::newRow("counter") << QStringLiteral("posthog_events_ingested_total");
        QTest::newRow("gauge") << QStringLiteral("posthog_events_processing_queue_size");
        QTest::newRow("histogram count") << QStringLiteral("posthog_clickhouse_query_duration_seconds_count");
        QTest::newRow("histogram sum") << QStringLiteral("posthog_clickhouse_query_duration_seconds_sum");
        QTest::newRow("bucket") << QStringLiteral("posthog_api_response_time_seconds_bucket{le=\"0.1\"}");
        QTest::newRow("chart name") << QStringLiteral("event_processed_and_ingested");
        QTest::newRow("labelled") << QStringLiteral(
            "django_http_requests_latency_seconds_by_view_method_count{method=\"POST\",view=\"capture\"}");
    }

    void demoMetricsThroughPrometheus()
    {
        QFETCH(QString, series);
        const auto direct = sampleValue(scrape(m_demo->metricsUrl()), series.toUtf8());
        QVERIFY(direct.has_value());
        QString promql = series;
        promql.insert(promql.contains(u'{') ? promql.indexOf(u'{') + 1 : promql.size(),
                      promql.contains(u'{') ? QStringLiteral("job=\"demo\",") : QStringLiteral("{job=\"demo\"}"));
        const PromQueryResult r = query(promql);
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        QCOMPARE(r.response->series.size(), 1);
        QCOMPARE(r.response->series.first().points.first().value, *direct);
    }

    void quantileOfTheDemoHistogram()
    {
        // Prometheus' own histogram_quantile over the demo's (still) buckets:
        // within the bucket the demo's counts put it in.
        const PromQueryResult r =
            query(QStringLiteral("histogram_quantile(0.95, posthog_clickhouse_query_duration_seconds_bucket{job=\"demo\"})"));
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        const double p95 = r.response->series.first().points.first().value;
        const SimHistogram &h = m_demo->simulation()->clickhouseQueryDuration();
        const double rank = 0.95 * double(h.count());
        qsizetype bucket = 0;
        while (double(h.cumulativeCount(bucket)) < rank)
            ++bucket;
        const double upper = h.upperBounds().value(bucket, INFINITY);
        const double lower = bucket == 0 ? 0.0 : h.upperBounds()[bucket - 1];
        QVERIFY2(p95 >= lower && p95 <= upper, qPrintable(QStringLiteral("%1 not in [%2, %3]").arg(p95).arg(lower).arg(upper)));
    }

    void scalarStringAndPlusSign()
    {
        PromQueryResult r = query(QStringLiteral("1 + 1"));
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        QCOMPARE(r.response->resultType, PromResultType::Scalar);
        QCOMPARE(r.response->scalar.value, 2.0);

        r = query(QStringLiteral("\"hello\""));
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        QCOMPARE(r.response->resultType, PromResultType::String);
        QCOMPARE(r.response->stringValue, QStringLiteral("hello"));

        r = query(QStringLiteral("vector(1) / 0"));
        QVERIFY(r.ok());
        QVERIFY(std::isinf(r.response->series.first().points.first().value));
        r = query(QStringLiteral("vector(0) / 0"));
        QVERIFY(r.ok());
        QVERIFY(std::isnan(r.response->series.first().points.first().value));
    }

    void rangeQuery()
    {
        // A few seconds of history since both targets were first up.
        const qint64 wanted = m_firstUpMs + 4000;
        QTest::qWait(int(std::max<qint64>(0, wanted - QDateTime::currentMSecsSinceEpoch())));
        const auto result = waitForCallback<PromQueryResult>([&](QObject *context, auto done) {
            m_client->queryRange(QStringLiteral("up{job=\"prometheus\"}"), m_firstUpMs,
                                 QDateTime::currentMSecsSinceEpoch(), 1, context, done);
        });
        QVERIFY(result && result->ok());
        QCOMPARE(result->response->resultType, PromResultType::Matrix);
        QCOMPARE(result->response->series.size(), 1);
        const QList<PromPoint> &points = result->response->series.first().points;
        QVERIFY2(points.size() >= 3, qPrintable(QString::number(points.size())));
        for (qsizetype i = 1; i < points.size(); ++i)
            QCOMPARE(points[i].timestampMs - points[i - 1].timestampMs, 1000);
        for (const PromPoint &p : points)
            QCOMPARE(p.value, 1.0);
    }
    void apiErrorIsRead()
    {
        const PromQueryResult r = query(QStringLiteral("sum("));
        QVERIFY(!r.ok());
        QCOMPARE(r.fetch.httpCode, 400);
        QVERIFY(r.response.has_value());
        QCOMPARE(r.response->errorType, QStringLiteral("bad_data"));
        QVERIFY(r.errorText().contains(QStringLiteral("bad_data")));
    }

    void probesOfPrometheusItself()
    {
        HealthProber prober(m_fetcher.get());
        ConnectionSettings s;
        s.baseUrl = m_prometheus->url();
        s.probePaths = {QStringLiteral("/-/healthy"), QStringLiteral("/-/ready"), QStringLiteral("/-/nonexistent")};
        prober.setSettings(s);
        QSignalSpy done(&prober, &HealthProber::roundFinished);
        QVERIFY(prober.probeOnce());
        QVERIFY(done.wait(20000));
        const QList<ProbeState> states = prober.states();
        QCOMPARE(states[0].last.status, ProbeStatus::Up);
        QCOMPARE(states[1].last.status, ProbeStatus::Up);
        QCOMPARE(states[2].last.status, ProbeStatus::Down);
        QCOMPARE(HealthProber::overall(states), InstanceHealth::Degraded);
    }
};

QTEST_GUILESS_MAIN(TestPrometheusIntegration)
#include "tst_prometheusintegration.moc"
