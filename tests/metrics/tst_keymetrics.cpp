#include "metrics/keymetrics.h"
#include "metrics/metricssnapshot.h"

#include <QJsonObject>
#include <QTest>

using namespace phc;

namespace {

const MetricPreset &preset(const char *name) { return *MetricPresets::builtIn().find(QString::fromUtf8(name)); }

// Two scrapes of an instance exposing the guide's names, 10 s apart.
const QByteArray guideBefore =
    "# TYPE posthog_events_ingested_total counter\n"
    "posthog_events_ingested_total{pod=\"a\"} 1000\n"
    "posthog_events_ingested_total{pod=\"b\"} 500\n"
    "# TYPE posthog_events_processing_queue_size gauge\n"
    "posthog_events_processing_queue_size{pod=\"a\"} 10\n"
    "posthog_events_processing_queue_size{pod=\"b\"} 2\n"
    "# TYPE posthog_clickhouse_query_duration_seconds histogram\n"
    "posthog_clickhouse_query_duration_seconds_bucket{le=\"0.1\"} 100\n"
    "posthog_clickhouse_query_duration_seconds_bucket{le=\"0.5\"} 150\n"
    "posthog_clickhouse_query_duration_seconds_bucket{le=\"1\"} 190\n"
    "posthog_clickhouse_query_duration_seconds_bucket{le=\"+Inf\"} 190\n"
    "posthog_clickhouse_query_duration_seconds_count 190\n"
    "# TYPE posthog_api_response_time_seconds histogram\n"
    "posthog_api_response_time_seconds_bucket{pod=\"a\",le=\"0.05\"} 50\n"
    "posthog_api_response_time_seconds_bucket{pod=\"a\",le=\"0.1\"} 80\n"
    "posthog_api_response_time_seconds_bucket{pod=\"a\",le=\"0.25\"} 95\n"
    "posthog_api_response_time_seconds_bucket{pod=\"a\",le=\"+Inf\"} 100\n"
    "posthog_api_response_time_seconds_bucket{pod=\"b\",le=\"0.05\"} 10\n"
    "posthog_api_response_time_seconds_bucket{pod=\"b\",le=\"0.1\"} 20\n"
    "posthog_api_response_time_seconds_bucket{pod=\"b\",le=\"0.25\"} 25\n"
    "posthog_api_response_time_seconds_bucket{pod=\"b\",le=\"+Inf\"} 30\n";

const QByteArray guideAfter =
    "# TYPE posthog_events_ingested_total counter\n"
    "posthog_events_ingested_total{pod=\"a\"} 1300\n"
    "posthog_events_ingested_total{pod=\"b\"} 100\n" // pod b restarted
    "# TYPE posthog_events_processing_queue_size gauge\n"
    "posthog_events_processing_queue_size{pod=\"a\"} 7\n"
    "posthog_events_processing_queue_size{pod=\"b\"} 5\n"
    "# TYPE posthog_clickhouse_query_duration_seconds histogram\n"
    "posthog_clickhouse_query_duration_seconds_bucket{le=\"0.1\"} 110\n"
    "posthog_clickhouse_query_duration_seconds_bucket{le=\"0.5\"} 170\n"
    "posthog_clickhouse_query_duration_seconds_bucket{le=\"1\"} 215\n"
    "posthog_clickhouse_query_duration_seconds_bucket{le=\"+Inf\"} 216\n"
    "posthog_clickhouse_query_duration_seconds_count 216\n"
    "# TYPE posthog_api_response_time_seconds histogram\n"
    "posthog_api_response_time_seconds_bucket{pod=\"a\",le=\"0.05\"} 90\n"
    "posthog_api_response_time_seconds_bucket{pod=\"a\",le=\"0.1\"} 140\n"
    "posthog_api_response_time_seconds_bucket{pod=\"a\",le=\"0.25\"} 171\n"
    "posthog_api_response_time_seconds_bucket{pod=\"a\",le=\"+Inf\"} 178\n"
    "posthog_api_response_time_seconds_bucket{pod=\"b\",le=\"0.05\"} 10\n"
    "posthog_api_response_time_seconds_bucket{pod=\"b\",le=\"0.1\"} 30\n"
    "posthog_api_response_time_seconds_bucket{pod=\"b\",le=\"0.25\"} 39\n"
    "posthog_api_response_time_seconds_bucket{pod=\"b\",le=\"+Inf\"} 44\n";

const KeyMetricReading &reading(const KeyMetrics &k, KeyMetric key) { return k.readings[int(key)]; }

} // namespace

class TestKeyMetrics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void guideOverAnInterval()
    {
        const auto before = MetricsSnapshot::parse(guideBefore);
        const auto after = MetricsSnapshot::parse(guideAfter);
        const KeyMetrics k = KeyMetrics::compute(preset("guide"), after, &before, 10);
        QCOMPARE(k.preset, QStringLiteral("guide"));
        // pod a +300, pod b reset to 100: 400 events in 10 s
        QCOMPARE(k.eventsIngestedPerSecond, std::optional<double>(40.0));
        // 7 + 5
        QCOMPARE(k.queueSize, std::optional<double>(12.0));
        // Increases 0.1: 10, 0.5: 20, 1: 25, +Inf: 26. rank 0.95 * 26 = 24.7 -> bucket 1 (25):
        // 0.5 + 0.5 * (24.7 - 20) / (25 - 20) = 0.97
        QVERIFY(k.clickhouseQueryP95Seconds);
        QCOMPARE(*k.clickhouseQueryP95Seconds, 0.97);
        // Increases a: 40, 60, 76, 78; b: 0, 10, 14, 14; summed by le: 40, 70, 90, 92.
        // rank 0.95 * 92 = 87.4 -> bucket 0.25 (90): 0.1 + 0.15 * (87.4 - 70) / (90 - 70) = 0.2305
        QVERIFY(k.apiResponseP95Seconds);
        QCOMPARE(*k.apiResponseP95Seconds, 0.2305);
        for (const KeyMetricReading &r : k.readings)
            QVERIFY(!r.cumulative);
        QCOMPARE(reading(k, KeyMetric::QueueSize).metric, QStringLiteral("posthog_events_processing_queue_size"));
    }

    void oneScrape()
    {
        const auto after = MetricsSnapshot::parse(guideAfter);
        const KeyMetrics k = KeyMetrics::compute(preset("guide"), after);
        QCOMPARE(k.eventsIngestedPerSecond, std::nullopt);
        QVERIFY(reading(k, KeyMetric::EventsIngestedPerSecond).note.contains(QStringLiteral("two scrapes")));
        QCOMPARE(k.queueSize, std::optional<double>(12.0));
        // Since start: 110, 170, 215, 216. rank 205.2 -> bucket 1 (215): 0.5 + 0.5 * 35.2 / 45
        QVERIFY(k.clickhouseQueryP95Seconds);
        QCOMPARE(*k.clickhouseQueryP95Seconds, 0.5 + 0.5 * 35.2 / 45);
        QVERIFY(reading(k, KeyMetric::ClickhouseQueryP95Seconds).cumulative);
    }

    // Unknown is null, never 0.
    void missingIsNull()
    {
        const auto empty = MetricsSnapshot::parse("up 1\n");
        const KeyMetrics k = KeyMetrics::compute(preset("guide"), empty, &empty, 10);
        const QJsonObject o = k.toJson();
        QCOMPARE(o.size(), 4);
        for (const QString &key : {QStringLiteral("eventsIngestedPerSecond"), QStringLiteral("queueSize"),
                                   QStringLiteral("clickhouseQueryP95Seconds"), QStringLiteral("apiResponseP95Seconds")}) {
            QVERIFY2(o.contains(key), qPrintable(key));
            QVERIFY2(o.value(key).isNull(), qPrintable(key));
        }
        QCOMPARE(reading(k, KeyMetric::QueueSize).note, QStringLiteral("not exposed"));
        QVERIFY(reading(k, KeyMetric::QueueSize).metric.isEmpty());
    }

    void noObservationsInTheIntervalIsNull()
    {
        const auto s = MetricsSnapshot::parse(guideAfter);
        const KeyMetrics k = KeyMetrics::compute(preset("guide"), s, &s, 10);
        QCOMPARE(k.eventsIngestedPerSecond, std::optional<double>(0.0)); // a real zero: counted nothing
        QCOMPARE(k.apiResponseP95Seconds, std::nullopt);
        QVERIFY(reading(k, KeyMetric::ApiResponseP95Seconds).note.contains(QStringLiteral("no observations")));
        QCOMPARE(k.toJson().value(QStringLiteral("apiResponseP95Seconds")).type(), QJsonValue::Null);
    }

    void familyWithoutSeriesIsNull()
    {
        const auto s = MetricsSnapshot::parse("# TYPE posthog_events_processing_queue_size gauge\n");
        const KeyMetrics k = KeyMetrics::compute(preset("guide"), s);
        QCOMPARE(k.queueSize, std::nullopt);
        QCOMPARE(reading(k, KeyMetric::QueueSize).metric, QStringLiteral("posthog_events_processing_queue_size"));
    }

    void badIntervalIsNull()
    {
        const auto before = MetricsSnapshot::parse(guideBefore);
        const auto after = MetricsSnapshot::parse(guideAfter);
        QCOMPARE(KeyMetrics::compute(preset("guide"), after, &before, 0).eventsIngestedPerSecond, std::nullopt);
    }

    void wrongTypeIsNull()
    {
        const auto s = MetricsSnapshot::parse("# TYPE posthog_api_response_time_seconds summary\n"
                                              "posthog_api_response_time_seconds{quantile=\"0.95\"} 0.3\n");
        const KeyMetrics k = KeyMetrics::compute(preset("guide"), s);
        QCOMPARE(k.apiResponseP95Seconds, std::nullopt);
        QVERIFY(reading(k, KeyMetric::ApiResponseP95Seconds).note.contains(QStringLiteral("summary")));
    }

    // The chart's names: Kafka lag of the ingestion topic only, the mean from
    // ClickHouse's counters, a counter named without _total.
    void chartPreset()
    {
        const QByteArray common = "# TYPE kafka_consumergroup_lag gauge\n"
                                  "kafka_consumergroup_lag{consumergroup=\"clickhouse-ingestion\",topic=\"events_plugin_ingestion\",partition=\"0\"} 30\n"
                                  "kafka_consumergroup_lag{consumergroup=\"clickhouse-ingestion\",topic=\"events_plugin_ingestion\",partition=\"1\"} 12\n"
                                  "kafka_consumergroup_lag{consumergroup=\"session-recordings\",topic=\"session_recording_events\",partition=\"0\"} 9000\n";
        const auto withCommon = [&common](const char *rest) {
            QByteArray text = common;
            text += rest;
            return MetricsSnapshot::parse(text);
        };
        const auto before = withCommon("# TYPE event_processed_and_ingested counter\nevent_processed_and_ingested 5000\n"
                                                            "# TYPE ClickHouseProfileEvents_SelectQuery counter\nClickHouseProfileEvents_SelectQuery 100\n"
                                                            "# TYPE ClickHouseProfileEvents_SelectQueryTimeMicroseconds counter\nClickHouseProfileEvents_SelectQueryTimeMicroseconds 1000000\n");
        const auto after = withCommon("# TYPE event_processed_and_ingested counter\nevent_processed_and_ingested 5410\n"
                                                           "# TYPE ClickHouseProfileEvents_SelectQuery counter\nClickHouseProfileEvents_SelectQuery 130\n"
                                                           "# TYPE ClickHouseProfileEvents_SelectQueryTimeMicroseconds counter\nClickHouseProfileEvents_SelectQueryTimeMicroseconds 1600000\n");
        QCOMPARE(MetricPresets::builtIn().pick(after)->name, QStringLiteral("posthog-chart"));
        const KeyMetrics k = KeyMetrics::compute(preset("posthog-chart"), after, &before, 10);
        QCOMPARE(k.eventsIngestedPerSecond, std::optional<double>(41.0)); // 410 / 10
        QCOMPARE(k.queueSize, std::optional<double>(42.0));                // 30 + 12, not the recordings topic
        // (600,000 µs / 10 s) / (30 / 10 s) = 20,000 µs = 0.02 s per query
        QVERIFY(k.clickhouseQueryP95Seconds);
        QCOMPARE(*k.clickhouseQueryP95Seconds, 0.02);
        QCOMPARE(reading(k, KeyMetric::ClickhouseQueryP95Seconds).kind, MetricSource::Kind::Mean);
        QCOMPARE(k.apiResponseP95Seconds, std::nullopt);
        // One scrape: the mean since start, 1,600,000 / 130 µs
        const KeyMetrics once = KeyMetrics::compute(preset("posthog-chart"), after);
        QVERIFY(once.clickhouseQueryP95Seconds);
        QCOMPARE(*once.clickhouseQueryP95Seconds, 1600000.0 / 130 * 0.000001);
        QVERIFY(reading(once, KeyMetric::ClickhouseQueryP95Seconds).cumulative);
    }

    void secondSourceWhenTheFirstIsAbsent()
    {
        const auto s = MetricsSnapshot::parse("# TYPE posthog_celery_queue_depth gauge\n"
                                              "posthog_celery_queue_depth{queue=\"celery\"} 3\n"
                                              "posthog_celery_queue_depth{queue=\"email\"} 4\n");
        const KeyMetrics k = KeyMetrics::compute(preset("posthog-chart"), s);
        QCOMPARE(k.queueSize, std::optional<double>(7.0));
        QCOMPARE(reading(k, KeyMetric::QueueSize).metric, QStringLiteral("posthog_celery_queue_depth"));
    }

    // OpenMetrics exposes the guide's counter as family posthog_events_ingested.
    void openMetricsCounterName()
    {
        const auto before = MetricsSnapshot::parse("# TYPE posthog_events_ingested counter\nposthog_events_ingested_total 10\n# EOF\n");
        const auto after = MetricsSnapshot::parse("# TYPE posthog_events_ingested counter\nposthog_events_ingested_total 30\n# EOF\n");
        QCOMPARE(KeyMetrics::compute(preset("guide"), after, &before, 4).eventsIngestedPerSecond, std::optional<double>(5.0));
    }

    // A gauge histogram is a distribution as it is now: no increase between scrapes.
    void gaugeHistogram()
    {
        // 1: 2, 5: 6, +Inf: 8. rank 0.95 * 8 = 7.6 -> +Inf -> 5
        const auto s = MetricsSnapshot::parse("# TYPE posthog_api_response_time_seconds gaugehistogram\n"
                                              "posthog_api_response_time_seconds_bucket{le=\"1\"} 2\n"
                                              "posthog_api_response_time_seconds_bucket{le=\"5\"} 6\n"
                                              "posthog_api_response_time_seconds_bucket{le=\"+Inf\"} 8\n# EOF\n");
        const KeyMetrics k = KeyMetrics::compute(preset("guide"), s, &s, 10);
        QCOMPARE(k.apiResponseP95Seconds, std::optional<double>(5.0));
        QVERIFY(!reading(k, KeyMetric::ApiResponseP95Seconds).cumulative);
    }

    void scaleApplies()
    {
        auto presets = MetricPresets::parse("presets:\n  - name: ms\n    metrics:\n      apiResponseP95Seconds:\n"
                                            "        - {kind: quantile, metric: lat_ms, quantile: 0.5, scale: 0.001}\n");
        QVERIFY(presets.ok());
        // 100 ms: 4, 200 ms: 8, +Inf: 8. rank 4 -> bucket 100 (4): 0 + 100 * 4 / 4 = 100 ms = 0.1 s
        const auto s = MetricsSnapshot::parse("# TYPE lat_ms histogram\nlat_ms_bucket{le=\"100\"} 4\nlat_ms_bucket{le=\"200\"} 8\n"
                                              "lat_ms_bucket{le=\"+Inf\"} 8\n");
        const KeyMetrics k = KeyMetrics::compute(presets.value().presets()[0], s);
        QCOMPARE(k.apiResponseP95Seconds, std::optional<double>(0.1));
        QVERIFY(reading(k, KeyMetric::QueueSize).note.contains(QStringLiteral("not mapped")));
    }
};

QTEST_GUILESS_MAIN(TestKeyMetrics)
#include "tst_keymetrics.moc"
