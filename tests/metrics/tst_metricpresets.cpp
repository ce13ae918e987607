#include "metrics/metricpresets.h"
#include "metrics/metricssnapshot.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace phc;

namespace {

const QByteArray minimal = "rateWindow: 1m\n"
                           "presets:\n"
                           "  - name: mine\n"
                           "    metrics:\n"
                           "      queueSize:\n"
                           "        - kind: gauge\n"
                           "          metric: q\n";

QStringList names(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *n : list)
        out << QString::fromUtf8(n);
    return out;
}

MetricsSnapshot scrape(const QStringList &names)
{
    QByteArray text;
    for (const QString &n : names)
        text += n.toUtf8() + " 1\n";
    return MetricsSnapshot::parse(text);
}

} // namespace

class TestMetricPresets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void builtInPresets()
    {
        const MetricPresets &p = MetricPresets::builtIn();
        QCOMPARE(p.rateWindow(), QStringLiteral("1m"));
        QCOMPARE(p.presets().size(), 2);
        const MetricPreset *guide = p.find(QStringLiteral("guide"));
        QVERIFY(guide);
        QCOMPARE(guide->metrics.size(), 4);
        const MetricSource &events = guide->mapping(KeyMetric::EventsIngestedPerSecond)->sources[0];
        QCOMPARE(events.kind, MetricSource::Kind::Rate);
        QCOMPARE(events.metric, QStringLiteral("posthog_events_ingested_total"));
        QCOMPARE(guide->mapping(KeyMetric::QueueSize)->sources[0].metric, QStringLiteral("posthog_events_processing_queue_size"));
        QCOMPARE(guide->mapping(KeyMetric::ClickhouseQueryP95Seconds)->sources[0].kind, MetricSource::Kind::Quantile);
        QCOMPARE(guide->mapping(KeyMetric::ApiResponseP95Seconds)->sources[0].metric, QStringLiteral("posthog_api_response_time_seconds"));

        const MetricPreset *chart = p.find(QStringLiteral("posthog-chart"));
        QVERIFY(chart);
        QCOMPARE(chart->mapping(KeyMetric::EventsIngestedPerSecond)->sources[0].metric, QStringLiteral("event_processed_and_ingested"));
        const auto &queue = chart->mapping(KeyMetric::QueueSize)->sources;
        QCOMPARE(queue.size(), 2);
        QCOMPARE(queue[0].metric, QStringLiteral("kafka_consumergroup_lag"));
        QCOMPARE(queue[0].labels, (QList<LabelMatcher> {{"topic", "events_plugin_ingestion"}}));
        QCOMPARE(queue[1].metric, QStringLiteral("posthog_celery_queue_depth"));
        const MetricSource &ch = chart->mapping(KeyMetric::ClickhouseQueryP95Seconds)->sources[0];
        QCOMPARE(ch.kind, MetricSource::Kind::Mean);
        QCOMPARE(ch.scale, 0.000001);
        QVERIFY(!ch.note.isEmpty());
        QCOMPARE(chart->mapping(KeyMetric::ApiResponseP95Seconds)->sources[0].metric,
                 QStringLiteral("django_http_requests_latency_seconds_by_view_method"));
        QVERIFY(!p.find(QStringLiteral("nope")));
    }

    // The data file spells out each PromQL; it must say what the source computes.
    void dataPromQLMatchesTheSources()
    {
        for (const MetricPreset &p : MetricPresets::builtIn().presets())
            for (const KeyMetricMapping &m : p.metrics)
                for (const MetricSource &s : m.sources) {
                    QVERIFY2(!s.promql.isEmpty(), qPrintable(s.metric));
                    QCOMPARE(s.promql, s.defaultPromQL());
                }
    }

    void promQLWithWindow()
    {
        const MetricPreset *guide = MetricPresets::builtIn().find(QStringLiteral("guide"));
        QCOMPARE(guide->mapping(KeyMetric::EventsIngestedPerSecond)->sources[0].promQL(QStringLiteral("5m")),
                 QStringLiteral("sum(rate(posthog_events_ingested_total[5m]))"));
        QCOMPARE(guide->mapping(KeyMetric::ClickhouseQueryP95Seconds)->sources[0].promQL(QStringLiteral("1m")),
                 QStringLiteral("histogram_quantile(0.95, sum by (le) (rate(posthog_clickhouse_query_duration_seconds_bucket[1m])))"));
        MetricSource s;
        s.kind = MetricSource::Kind::Quantile;
        s.metric = QStringLiteral("lat_ms");
        s.quantile = 0.99;
        s.scale = 0.001;
        s.labels = {{"view", "a\"b"}};
        QCOMPARE(s.promQL(QStringLiteral("30s")),
                 QStringLiteral("(histogram_quantile(0.99, sum by (le) (rate(lat_ms_bucket{view=\"a\\\"b\"}[30s])))) * 0.001"));
        s.kind = MetricSource::Kind::Gauge;
        QCOMPARE(s.defaultPromQL(), QStringLiteral("(sum(lat_ms{view=\"a\\\"b\"})) * 0.001"));
        s.promql = QStringLiteral("max(x[{window}]) + max(y[{window}])");
        QCOMPARE(s.promQL(QStringLiteral("2m")), QStringLiteral("max(x[2m]) + max(y[2m])"));
    }

    void pickBySnapshot_data()
    {
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QString>("preset");
        QTest::newRow("guide") << names({"posthog_events_ingested_total", "posthog_events_processing_queue_size"}) << "guide";
        QTest::newRow("chart") << names({"event_processed_and_ingested", "kafka_consumergroup_lag"}) << "posthog-chart";
        QTest::newRow("chart, celery only") << names({"posthog_celery_queue_depth"}) << "posthog-chart";
        QTest::newRow("more chart names win") << names({"posthog_events_ingested_total", "event_processed_and_ingested",
                                                              "posthog_celery_queue_depth"}) << "posthog-chart";
        QTest::newRow("tie: first listed") << names({"posthog_events_processing_queue_size", "event_processed_and_ingested"}) << "guide";
        QTest::newRow("mean needs both counters") << names({"ClickHouseProfileEvents_SelectQuery"}) << "";
        QTest::newRow("mean with both") << names({"ClickHouseProfileEvents_SelectQuery", "ClickHouseProfileEvents_SelectQueryTimeMicroseconds"}) << "posthog-chart";
        QTest::newRow("nothing known") << names({"process_cpu_seconds_total", "up"}) << "";
    }

    void pickBySnapshot()
    {
        QFETCH(QStringList, names);
        QFETCH(QString, preset);
        const MetricPreset *picked = MetricPresets::builtIn().pick(scrape(names));
        QCOMPARE(picked ? picked->name : QString(), preset);
    }

    // A Prometheus server lists series names: counters and histograms with their suffixes.
    void pickByServerNames()
    {
        const QSet<QString> names {QStringLiteral("event_processed_and_ingested_total"),
                                   QStringLiteral("django_http_requests_latency_seconds_by_view_method_bucket"),
                                   QStringLiteral("django_http_requests_latency_seconds_by_view_method_count"),
                                   QStringLiteral("posthog_events_ingested_total")};
        const MetricPreset *p = MetricPresets::builtIn().pick([&names](const QString &n) { return names.contains(n); });
        QVERIFY(p);
        QCOMPARE(p->name, QStringLiteral("posthog-chart"));
        QCOMPARE(p->coverage([&names](const QString &n) { return names.contains(n); }), 2);
    }

    void yamlRoundTrip()
    {
        const MetricPresets &builtIn = MetricPresets::builtIn();
        const QByteArray yaml = builtIn.toYaml();
        auto again = MetricPresets::parse(yaml);
        QVERIFY2(again.ok(), qPrintable(formatIssues(again.issues(), QStringLiteral("saved")) + QString::fromUtf8(yaml)));
        QVERIFY(again.value() == builtIn);
        QCOMPARE(again.value().toYaml(), yaml);
    }

    void saveAndLoadAnEditedCopy()
    {
        QTemporaryDir dir;
        MetricPresets edited = MetricPresets::builtIn();
        edited.setRateWindow(QStringLiteral("5m"));
        const QString path = dir.filePath(QStringLiteral("presets.yaml"));
        QCOMPARE(edited.saveFile(path), QString());
        auto loaded = MetricPresets::loadFile(path);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.value().rateWindow(), QStringLiteral("5m"));
        QVERIFY(loaded.value() == edited);
        QVERIFY(!MetricPresets::loadFile(dir.filePath(QStringLiteral("absent.yaml"))).ok());
    }

    void thresholdLevels()
    {
        const MetricThreshold *queue = MetricPresets::builtIn().threshold(KeyMetric::QueueSize);
        QVERIFY(queue && queue->warn && queue->critical);
        QCOMPARE(queue->levelOf(std::nullopt), MetricThreshold::Level::Ok);
        QCOMPARE(queue->levelOf(qQNaN()), MetricThreshold::Level::Ok);
        QCOMPARE(queue->levelOf(*queue->warn), MetricThreshold::Level::Ok); // at the limit is not past it
        QCOMPARE(queue->levelOf(*queue->warn + 1), MetricThreshold::Level::Warn);
        QCOMPARE(queue->levelOf(*queue->critical + 1), MetricThreshold::Level::Critical);
        MetricThreshold floor;
        floor.key = KeyMetric::EventsIngestedPerSecond;
        floor.warn = 10;
        floor.critical = 1;
        floor.below = true;
        QCOMPARE(floor.levelOf(20), MetricThreshold::Level::Ok);
        QCOMPARE(floor.levelOf(5), MetricThreshold::Level::Warn);
        QCOMPARE(floor.levelOf(0.5), MetricThreshold::Level::Critical);

        MetricPresets edited = MetricPresets::builtIn();
        edited.setThreshold(floor);
        QCOMPARE(edited.thresholds().first().key, KeyMetric::EventsIngestedPerSecond); // kept in KeyMetric order
        auto again = MetricPresets::parse(edited.toYaml());
        QVERIFY(again.ok());
        QVERIFY(*again.value().threshold(KeyMetric::EventsIngestedPerSecond) == floor);
        floor.warn.reset();
        floor.critical.reset();
        edited.setThreshold(floor); // neither limit: removed
        QVERIFY(!edited.threshold(KeyMetric::EventsIngestedPerSecond));
    }

    void minimalFile()
    {
        auto r = MetricPresets::parse(minimal);
        QVERIFY2(r.ok(), qPrintable(formatIssues(r.issues(), QStringLiteral("minimal"))));
        QCOMPARE(r.value().presets()[0].metrics.size(), 1);
        QVERIFY(!r.value().presets()[0].mapping(KeyMetric::EventsIngestedPerSecond));
    }

    // Every problem names its key path and position. Positions counted in
    // `minimal`: line 6 is "        - kind: gauge" (value at column 17),
    // line 7 "          metric: q" (value at column 19).
    void validation_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QByteArray y = minimal;
        QTest::newRow("unknown kind") << y.replace("kind: gauge", "kind: gage") << "presets[0].metrics.queueSize[0].kind" << 6 << 17
                                      << "did you mean 'gauge'";
        y = minimal;
        QTest::newRow("bad metric name") << y.replace("metric: q", "metric: 9q") << "presets[0].metrics.queueSize[0].metric" << 7
                                         << 19 << "not a Prometheus metric name";
        y = minimal;
        QTest::newRow("unknown source key") << y.replace("metric: q", "metric: q\n          metrc: x")
                                            << "presets[0].metrics.queueSize[0].metrc" << 8 << 11 << "unknown key";
        y = minimal;
        QTest::newRow("unknown key metric") << y.replace("queueSize:", "queueSzie:") << "presets[0].metrics.queueSzie" << 5 << 7
                                            << "did you mean 'queueSize'";
        y = minimal;
        QTest::newRow("quantile out of range")
            << y.replace("kind: gauge", "kind: quantile").replace("metric: q", "metric: q\n          quantile: 1.5")
            << "presets[0].metrics.queueSize[0].quantile" << 8 << 21 << "between 0 and 1";
        y = minimal;
        QTest::newRow("quantile on a gauge") << y.replace("metric: q", "metric: q\n          quantile: 0.5")
                                             << "presets[0].metrics.queueSize[0].quantile" << 8 << 21 << "only a 'quantile'";
        y = minimal;
        QTest::newRow("mean without countMetric") << y.replace("kind: gauge", "kind: mean")
                                                  << "presets[0].metrics.queueSize[0].countMetric" << 6 << 11 << "required key 'countMetric'";
        y = minimal;
        QTest::newRow("scale zero") << y.replace("metric: q", "metric: q\n          scale: 0")
                                    << "presets[0].metrics.queueSize[0].scale" << 8 << 18 << "greater than 0";
        y = minimal;
        QTest::newRow("labels not a map") << y.replace("metric: q", "metric: q\n          labels: [a]")
                                          << "presets[0].metrics.queueSize[0].labels" << 8 << 19 << "mapping of label names";
        y = minimal;
        QTest::newRow("bad label name") << y.replace("metric: q", "metric: q\n          labels: {9x: y}")
                                        << "presets[0].metrics.queueSize[0].labels" << 8 << 20 << "not a label name";
        y = minimal;
        QTest::newRow("bad window") << y.replace("rateWindow: 1m", "rateWindow: 1 minute") << "rateWindow" << 1 << 13
                                    << "not a Prometheus duration";
        y = minimal;
        QTest::newRow("bad preset name") << y.replace("name: mine", "name: My Preset") << "presets[0].name" << 3 << 11
                                         << "lower-case";
        y = minimal;
        QTest::newRow("duplicate preset") << y + "  - name: mine\n    metrics: {}\n" << "presets[1].name" << 8 << 11
                                          << "already named 'mine'";
        y = minimal;
        QTest::newRow("no sources") << y.replace("      queueSize:\n        - kind: gauge\n          metric: q\n", "      queueSize: []\n")
                                    << "presets[0].metrics.queueSize" << 5 << 18 << "at least one source";
        y = minimal;
        QTest::newRow("critical below warn") << y + "thresholds:\n  queueSize:\n    warn: 5\n    critical: 2\n"
                                             << "thresholds.queueSize.critical" << 11 << 15 << "must not be below warn";
        y = minimal;
        QTest::newRow("floor above warn") << y + "thresholds:\n  queueSize:\n    warn: 5\n    critical: 9\n    below: true\n"
                                          << "thresholds.queueSize.critical" << 11 << 15 << "must not be above warn";
        y = minimal;
        QTest::newRow("threshold of an unknown metric") << y + "thresholds:\n  queueSzie:\n    warn: 5\n"
                                                        << "thresholds.queueSzie" << 9 << 3 << "did you mean 'queueSize'";
        y = minimal;
        QTest::newRow("threshold without limits") << y + "thresholds:\n  queueSize:\n    below: true\n"
                                                  << "thresholds.queueSize.warn" << 10 << 5 << "warn, critical or both";
        QTest::newRow("no presets") << QByteArray("presets: []\n") << "presets" << 1 << 10 << "at least one preset";
        QTest::newRow("syntax error") << QByteArray("presets: [\n") << "" << 2 << 1 << "YAML syntax error";
    }

    void validation()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, path);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        const auto r = MetricPresets::parse(yaml);
        QVERIFY(!r.ok());
        const QString all = formatIssues(r.issues(), QStringLiteral("p.yaml"));
        QVERIFY2(r.issues().size() >= 1, qPrintable(all));
        const Issue &i = r.issues().constFirst();
        QCOMPARE(i.path, path);
        QCOMPARE(i.line, line);
        QCOMPARE(i.column, column);
        QVERIFY2(i.message.contains(message), qPrintable(all));
    }
};

QTEST_GUILESS_MAIN(TestMetricPresets)
#include "tst_metricpresets.moc"
