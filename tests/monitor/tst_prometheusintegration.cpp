#include "prometheusserver.h"

#include "metrics/histogramquantile.h"
#include "metrics/metricssnapshot.h"
#include "monitor/demoinstance.h"
#include "monitor/healthprober.h"
#include "monitor/instancemonitor.h"
#include "monitor/prometheusapiclient.h"

#include <QSignalSpy>

#include <cmath>

using namespace phc;
using namespace phctest;

// Against a real Prometheus (Debian's package) started by the test: the API
// client's answers are compared with what a direct scrape of the same
// targets shows, read by the metrics module's parser. The demo target's
// clock stands still, so every one of its series is compared exactly.
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

    // The value a parsed scrape holds for one series Prometheus returned:
    // plain samples, and a histogram's _bucket{le}, _sum and _count.
    static std::optional<double> parsedValue(const MetricsSnapshot &snap, const PromSeries &series)
    {
        const QByteArray name = series.metricName().toUtf8();
        QList<std::pair<QByteArray, QByteArray>> labels;
        QByteArray le;
        for (const auto &[key, value] : series.labels) {
            if (key == u"__name__" || key == u"job" || key == u"instance")
                continue;
            if (key == u"le")
                le = value.toUtf8();
            else
                labels.append({key.toUtf8(), value.toUtf8()});
        }
        const LabelSet set = LabelSet::fromPairs(labels);
        for (const char *suffix : {"_bucket", "_sum", "_count"}) {
            if (!name.endsWith(suffix))
                continue;
            const MetricFamily *f = snap.family(name.chopped(qstrlen(suffix)));
            if (!f || f->type != MetricType::Histogram)
                continue;
            const MetricSeries *m = f->find(set);
            if (!m)
                return std::nullopt;
            if (qstrcmp(suffix, "_sum") == 0)
                return m->sum;
            if (qstrcmp(suffix, "_count") == 0)
                return m->count;
            const auto bound = PromApiReader::parseValue(QString::fromUtf8(le));
            for (const HistogramBucket &b : m->buckets)
                if (bound && b.upperBound == *bound)
                    return b.count;
            return std::nullopt;
        }
        const MetricFamily *f = snap.family(name);
        const MetricSeries *m = f ? f->find(set) : nullptr;
        return m ? std::optional<double>(m->value) : std::nullopt;
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

    void prometheusOwnMetricsParse()
    {
        // The console reads Prometheus' own exposition cleanly.
        const MetricsSnapshot snap = MetricsSnapshot::parse(scrape(m_prometheus->url(QStringLiteral("/metrics"))));
        QVERIFY2(snap.issues().isEmpty(), qPrintable(formatIssues(snap.issues(), QStringLiteral("/metrics"))));
        QCOMPARE(snap.stats().malformedLines, 0);
        QVERIFY(snap.families().size() > 50);
        const auto types = snap.familiesByType();
        QVERIFY(types[int(MetricType::Counter)] > 0 && types[int(MetricType::Gauge)] > 0);
        QVERIFY(types[int(MetricType::Histogram)] > 0 && types[int(MetricType::Summary)] > 0);
    }

    void buildInfoMatchesDirectScrape()
    {
        const PromQueryResult r = query(QStringLiteral("prometheus_build_info"));
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        QCOMPARE(r.response->series.size(), 1);
        const PromSeries &viaApi = r.response->series.first();
        QCOMPARE(viaApi.points.first().value, 1.0);

        const MetricsSnapshot snap = MetricsSnapshot::parse(scrape(m_prometheus->url(QStringLiteral("/metrics"))));
        const MetricFamily *f = snap.family("prometheus_build_info");
        QVERIFY(f);
        QCOMPARE(f->series.size(), 1);
        for (const char *label : {"version", "revision", "branch", "goversion"}) {
            const auto parsed = f->series.first().labels.value(label);
            QVERIFY2(parsed.has_value(), label);
            QCOMPARE(QString::fromUtf8(*parsed), viaApi.label(QLatin1StringView(label)));
        }
        QCOMPARE(parsedValue(snap, viaApi), std::optional<double>(1.0));
    }

    void stableGaugeMatchesDirectScrape()
    {
        // Set once at start-up, so the stored sample and a fresh scrape agree exactly.
        const PromQueryResult r = query(QStringLiteral("prometheus_config_last_reload_success_timestamp_seconds"));
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        const MetricsSnapshot snap = MetricsSnapshot::parse(scrape(m_prometheus->url(QStringLiteral("/metrics"))));
        const auto direct = parsedValue(snap, r.response->series.first());
        QVERIFY(direct.has_value());
        QCOMPARE(r.response->series.first().points.first().value, *direct);
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
            const PromQueryResult r = query(QStringLiteral("prometheus_tsdb_head_series"));
            viaApi = valueOf(r);
            if (r.ok() && !r.response->series.isEmpty())
                direct = parsedValue(MetricsSnapshot::parse(scrape(m_prometheus->url(QStringLiteral("/metrics")))),
                                     r.response->series.first());
        } while (viaApi != direct && t.elapsed() < 60000);
        QVERIFY(viaApi && direct);
        QCOMPARE(*viaApi, *direct);
        QVERIFY(*viaApi > 100); // Prometheus' own series and the demo's
    }

    void everyDemoSeriesMatchesTheParsedScrape()
    {
        const MetricsSnapshot snap = MetricsSnapshot::parse(scrape(m_demo->metricsUrl()));
        QVERIFY(snap.issues().isEmpty());
        const PromQueryResult r = query(QStringLiteral("{job=\"demo\"}"));
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        int compared = 0;
        for (const PromSeries &series : r.response->series) {
            const QString name = series.metricName();
            if (name == u"up" || name.startsWith(u"scrape_"))
                continue; // Prometheus' own series about the scrape
            const auto parsed = parsedValue(snap, series);
            QVERIFY2(parsed.has_value(), qPrintable(name));
            QCOMPARE(series.points.first().value, *parsed);
            ++compared;
        }
        // Each sample of the scrape came back through the API, no more, no less.
        QCOMPARE(qsizetype(compared), snap.stats().samples);
        QCOMPARE(valueOf(query(QStringLiteral("scrape_samples_scraped{job=\"demo\"}"))),
                 std::optional<double>(double(snap.stats().samples)));
        QVERIFY(compared > 100);
    }

    void quantilesMatchPrometheus_data()
    {
        QTest::addColumn<QString>("family");
        QTest::addColumn<double>("q");
        for (const char *family : {"posthog_clickhouse_query_duration_seconds", "posthog_api_response_time_seconds",
                                   "django_http_requests_latency_seconds_by_view_method"})
            for (double q : {0.5, 0.95, 0.99})
                QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(QLatin1StringView(family)).arg(q)))
                    << QString::fromLatin1(family) << q;
    }

    void quantilesMatchPrometheus()
    {
        // The metrics module's histogramQuantile on the parsed buckets against
        // Prometheus' histogram_quantile on the stored ones, series by series.
        QFETCH(QString, family);
        QFETCH(double, q);
        const MetricsSnapshot snap = MetricsSnapshot::parse(scrape(m_demo->metricsUrl()));
        const MetricFamily *f = snap.family(family.toUtf8());
        QVERIFY(f);
        const PromQueryResult r = query(QStringLiteral("histogram_quantile(%1, %2_bucket{job=\"demo\"})").arg(q).arg(family));
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        QCOMPARE(r.response->series.size(), f->series.size());
        for (const PromSeries &series : r.response->series) {
            QList<std::pair<QByteArray, QByteArray>> labels;
            for (const auto &[key, value] : series.labels)
                if (key != u"job" && key != u"instance")
                    labels.append({key.toUtf8(), value.toUtf8()});
            const MetricSeries *m = f->find(LabelSet::fromPairs(labels));
            QVERIFY(m);
            const double ours = histogramQuantile(q, m->buckets);
            const double theirs = series.points.first().value;
            QVERIFY2(std::fabs(ours - theirs) <= 1e-9 * std::max(1.0, std::fabs(theirs)),
                     qPrintable(QStringLiteral("%1 vs Prometheus %2").arg(ours, 0, 'g', 17).arg(theirs, 0, 'g', 17)));
        }
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

    void monitorReadsKeyMetricsThroughPrometheus()
    {
        // The same monitor the dashboard uses, with Prometheus as the
        // metrics source: the preset is picked by the names Prometheus has.
        ConnectionSettings s = m_demo->connectionSettings();
        s.metricsSource = MetricsSource::PrometheusServer;
        s.metricsUrl = m_prometheus->url();
        s.rateWindowSeconds = 30;
        // Two scrapes a second apart inside the window, so rate() has its two samples.
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentMSecsSinceEpoch() - m_firstUpMs > 2500, 10000);
        InstanceMonitor monitor(m_fetcher.get());
        monitor.setSettings(s);
        QSignalSpy finished(&monitor, &InstanceMonitor::roundFinished);
        QVERIFY(monitor.roundOnce());
        QVERIFY(finished.wait(20000));
        const InstanceStatus status = finished.constFirst().constFirst().value<InstanceStatus>();
        QVERIFY2(status.metricsError.isEmpty(), qPrintable(status.metricsError));
        QCOMPARE(status.preset, QStringLiteral("guide"));
        QCOMPARE(*status.metrics.queueSize, m_demo->simulation()->queueSize());
        // The demo's clock stands still: its counter does not move, so the rate is exactly 0 ...
        QCOMPARE(*status.metrics.eventsIngestedPerSecond, 0.0);
        QVERIFY(status.projection);
        QCOMPARE(status.projection->monthlyEvents, 0);
        // ... and no bucket grows, so histogram_quantile has nothing to say: null, not 0.
        QVERIFY(!status.metrics.clickhouseQueryP95Seconds);
        QCOMPARE(status.overall(), InstanceHealth::Healthy);
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
