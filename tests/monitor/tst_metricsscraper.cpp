#include "nettestsupport.h"

#include "monitor/metricsscraper.h"

#include <QSignalSpy>

using namespace phc;
using namespace phctest;

class TestMetricsScraper : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void formats_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("format");
        QTest::newRow("0.0.4") << QByteArray("text/plain; version=0.0.4; charset=utf-8") << int(MetricsFormat::PrometheusText);
        QTest::newRow("bare text") << QByteArray("text/plain") << int(MetricsFormat::PrometheusText);
        QTest::newRow("openmetrics") << QByteArray("application/openmetrics-text; version=1.0.0; charset=utf-8")
                                     << int(MetricsFormat::OpenMetrics);
        QTest::newRow("case") << QByteArray("Application/OpenMetrics-Text") << int(MetricsFormat::OpenMetrics);
        QTest::newRow("html") << QByteArray("text/html") << int(MetricsFormat::Unknown);
        QTest::newRow("none") << QByteArray() << int(MetricsFormat::Unknown);
    }

    void formats()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(int, format);
        QCOMPARE(int(metricsFormatOf(contentType)), format);
    }

    void scrapesBytesWithTiming()
    {
        const QByteArray payload = "# TYPE a counter\na_total 1\n# EOF\n";
        MiniHttpServer server([&payload](const HttpRequest &) {
            return HttpResponse{200, {{"Content-Type", "application/openmetrics-text; version=1.0.0; charset=utf-8"}}, payload,
                                false};
        });
        QVERIFY(server.listen());
        ManualClock clock;
        HttpFetcher fetcher;
        MetricsScraper scraper(&fetcher);
        scraper.setClock(clock.clock());
        QUrl url = server.url();
        url.setPath(QStringLiteral("/metrics"));
        scraper.setUrl(url);
        QSignalSpy spy(&scraper, &MetricsScraper::scraped);
        QVERIFY(scraper.scrapeOnce());
        QVERIFY(!scraper.scrapeOnce()); // never two at once
        QVERIFY(spy.wait(10000));
        const auto result = spy.first().first().value<ScrapeResult>();
        QVERIFY(result.ok());
        QCOMPARE(result.body(), payload);
        QCOMPARE(result.format, MetricsFormat::OpenMetrics);
        QCOMPARE(result.startedAtMs, clock.now());
        QVERIFY(result.fetch.latencyMs > 0);
        QCOMPARE(server.requests().first().header("Accept"), MetricsScraper::acceptHeader());
        QVERIFY(MetricsScraper::acceptHeader().startsWith("application/openmetrics-text"));
        QVERIFY(MetricsScraper::acceptHeader().contains("text/plain;version=0.0.4"));
    }

    void failuresAreReported()
    {
        HttpFetcher fetcher;
        MetricsScraper scraper(&fetcher);
        QUrl url(QStringLiteral("http://127.0.0.1/metrics"));
        url.setPort(closedPort());
        scraper.setUrl(url);
        QSignalSpy spy(&scraper, &MetricsScraper::scraped);
        QVERIFY(scraper.scrapeOnce());
        QVERIFY(spy.wait(10000));
        QCOMPARE(spy.first().first().value<ScrapeResult>().fetch.error, FetchError::Refused);
    }

    void pollsEveryInterval()
    {
        MiniHttpServer server([](const HttpRequest &) { return HttpResponse::text(200, "a 1\n"); });
        QVERIFY(server.listen());
        HttpFetcher fetcher;
        MetricsScraper scraper(&fetcher);
        scraper.setUrl(server.url());
        scraper.setInterval(200);
        QSignalSpy spy(&scraper, &MetricsScraper::scraped);
        scraper.start();
        QTRY_VERIFY_WITH_TIMEOUT(spy.size() >= 3, 10000);
        scraper.stop();
        QVERIFY(!scraper.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestMetricsScraper)
#include "tst_metricsscraper.moc"
