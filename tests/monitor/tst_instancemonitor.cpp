#include "nettestsupport.h"

#include "monitor/demoinstance.h"
#include "monitor/demosimulation.h"
#include "monitor/instancemonitor.h"
#include "monitor/minihttpserver.h"
#include "sizing/cloudpricing.h"

#include <QJsonArray>
#include <QSignalSpy>

#include <cmath>

using namespace phc;
using namespace phctest;

namespace {

// Runs one round and waits for it; the status it finished with.
InstanceStatus round(InstanceMonitor &monitor)
{
    QSignalSpy finished(&monitor, &InstanceMonitor::roundFinished);
    if (!monitor.roundOnce())
        qFatal("a round was still out");
    if (!finished.wait(20000))
        qFatal("no round finished within 20 s");
    return finished.constFirst().constFirst().value<InstanceStatus>();
}

MetricPresets withQueueThreshold(std::optional<double> warn, std::optional<double> critical)
{
    MetricPresets presets = MetricPresets::builtIn();
    MetricThreshold t;
    t.key = KeyMetric::QueueSize;
    t.warn = warn;
    t.critical = critical;
    presets.setThreshold(t);
    return presets;
}

// The demo instance on a manual clock, watched by a monitor on the same clock.
struct Watched
{
    ManualClock clock;
    DemoInstance demo;
    HttpFetcher fetcher;
    InstanceMonitor monitor {&fetcher};

    bool start()
    {
        demo.setClock(clock.clock());
        monitor.setClock(clock.clock());
        if (!demo.start())
            return false;
        monitor.setSettings(demo.connectionSettings());
        return true;
    }
};

} // namespace

class TestInstanceMonitor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void demoGivesProbesMetricsAndProjection()
    {
        Watched w;
        QVERIFY(w.start());
        auto &[clock, demo, fetcher, monitor] = w;
        QVERIFY(monitor.setSettings(demo.connectionSettings()).isEmpty());

        clock.advance(60'000);
        const InstanceStatus first = round(monitor);
        QCOMPARE(first.probeHealth, InstanceHealth::Healthy);
        QCOMPARE(first.probes.size(), demo.connectionSettings().probePaths.size());
        QCOMPARE(first.preset, QStringLiteral("guide"));
        QVERIFY(first.metricsError.isEmpty());
        // One scrape: no rate, so no projection; a gauge is there at once.
        QVERIFY(!first.metrics.eventsIngestedPerSecond);
        QVERIFY(!first.projection);
        QCOMPARE(*first.metrics.queueSize, demo.simulation()->queueSize());
        const double ingestedBefore = demo.simulation()->eventsIngested();

        clock.advance(10'000);
        const InstanceStatus second = round(monitor);
        const double expectedRate = (demo.simulation()->eventsIngested() - ingestedBefore) / 10.0;
        QVERIFY(second.metrics.eventsIngestedPerSecond);
        QCOMPARE(*second.metrics.eventsIngestedPerSecond, expectedRate);
        QVERIFY(second.metrics.clickhouseQueryP95Seconds);
        QVERIFY(second.metrics.apiResponseP95Seconds);
        QVERIFY(second.projection);
        const CostProjection expected = monitor.costComparison().project(expectedRate);
        QCOMPARE(second.projection->monthlyEvents, expected.monthlyEvents);
        QCOMPARE(second.projection->recommendation.tier.name, expected.recommendation.tier.name);
        QCOMPARE(second.overall(), InstanceHealth::Healthy);

        // History: one point per round, NaN where the rate was unknown.
        const RingBuffer<TimePoint> &rate = monitor.history(KeyMetric::EventsIngestedPerSecond);
        QCOMPARE(rate.size(), 2);
        QVERIFY(std::isnan(rate[0].value));
        QCOMPARE(rate[1].value, expectedRate);
        QCOMPARE(monitor.rounds(), 2);
    }

    void jsonKeepsTheContract()
    {
        Watched w;
        QVERIFY(w.start());
        auto &[clock, demo, fetcher, monitor] = w;
        const QJsonObject one = round(monitor).toJson(CloudPricing::builtIn());
        QCOMPARE(one.value(u"status").toString(), QStringLiteral("healthy"));
        // A rate from one scrape is unknown: null, not 0; so is the projection.
        QVERIFY(one.value(u"metrics").toObject().value(u"eventsIngestedPerSecond").isNull());
        QVERIFY(one.value(u"metrics").toObject().value(u"queueSize").isDouble());
        QVERIFY(one.value(u"projection").isNull());

        clock.advance(5'000);
        const QJsonObject two = round(monitor).toJson(CloudPricing::builtIn());
        const QJsonArray probes = two.value(u"probes").toArray();
        QCOMPARE(probes.size(), demo.connectionSettings().probePaths.size());
        const QJsonObject health = probes.first().toObject();
        QCOMPARE(health.value(u"path").toString(), QStringLiteral("/_health"));
        QCOMPARE(health.value(u"status").toString(), QStringLiteral("up"));
        QCOMPARE(health.value(u"httpCode").toInt(), 200);
        QVERIFY(health.value(u"latencyMs").isDouble());
        const QJsonObject metrics = two.value(u"metrics").toObject();
        for (const char *key : {"eventsIngestedPerSecond", "queueSize", "clickhouseQueryP95Seconds",
                                "apiResponseP95Seconds"})
            QVERIFY2(metrics.value(QLatin1StringView(key)).isDouble(), key);
        const QJsonObject projection = two.value(u"projection").toObject();
        for (const char *key : {"monthlyEvents", "tier", "webReplicas", "workerReplicas", "clickhouseNodes",
                                "monthlyCostUsd"})
            QVERIFY2(projection.contains(QLatin1StringView(key)), key);
        QCOMPARE(projection.value(u"monthlyEvents").toInteger(),
                 CostComparison::monthlyEventsFromRate(metrics.value(u"eventsIngestedPerSecond").toDouble()));
    }

    void criticalThresholdDegradesAndSignalsOnChange()
    {
        Watched w;
        QVERIFY(w.start());
        auto &[clock, demo, fetcher, monitor] = w;
        // The demo's queue is never negative: a critical limit of -1 is always crossed.
        monitor.setPresets(withQueueThreshold(std::nullopt, -1));
        QSignalSpy changed(&monitor, &InstanceMonitor::thresholdChanged);

        const InstanceStatus crossed = round(monitor);
        QCOMPARE(crossed.crossings.size(), 1);
        QCOMPARE(crossed.crossings.first().key, KeyMetric::QueueSize);
        QCOMPARE(crossed.crossings.first().level, MetricThreshold::Level::Critical);
        QCOMPARE(crossed.crossings.first().limit, -1.0);
        QCOMPARE(crossed.probeHealth, InstanceHealth::Healthy);
        QCOMPARE(crossed.overall(), InstanceHealth::Degraded);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(1).value<MetricThreshold::Level>(), MetricThreshold::Level::Critical);

        // Still crossed: no new signal.
        clock.advance(1000);
        round(monitor);
        QCOMPARE(changed.size(), 1);

        // A warn-only limit crosses without degrading the instance.
        monitor.setPresets(withQueueThreshold(-1, std::nullopt));
        clock.advance(1000);
        const InstanceStatus warned = round(monitor);
        QCOMPARE(warned.crossings.first().level, MetricThreshold::Level::Warn);
        QCOMPARE(warned.overall(), InstanceHealth::Healthy);
        QCOMPARE(changed.size(), 2);

        monitor.setPresets(withQueueThreshold(std::nullopt, std::nullopt));
        clock.advance(1000);
        QVERIFY(round(monitor).crossings.isEmpty());
        QCOMPARE(changed.size(), 3);
        QCOMPARE(changed.last().at(1).value<MetricThreshold::Level>(), MetricThreshold::Level::Ok);
    }

    void unreachableInstanceIsDownWithNullMetrics()
    {
        ConnectionSettings s;
        const quint16 port = closedPort();
        s.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        s.metricsSource = MetricsSource::DirectScrape;
        s.metricsUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/metrics").arg(port));
        HttpFetcher fetcher;
        InstanceMonitor monitor(&fetcher);
        monitor.setSettings(s);
        const InstanceStatus status = round(monitor);
        QCOMPARE(status.overall(), InstanceHealth::Down);
        QVERIFY(!status.metricsError.isEmpty());
        const QJsonObject json = status.toJson(CloudPricing::builtIn());
        QCOMPARE(json.value(u"status").toString(), QStringLiteral("down"));
        for (const QJsonValue v : json.value(u"metrics").toObject())
            QVERIFY(v.isNull());
        QVERIFY(json.value(u"metricsError").isString());
    }

    void garbageMetricsDegradeAHealthyInstance()
    {
        ManualClock clock;
        DemoInstance demo;
        demo.setClock(clock.clock());
        QVERIFY(demo.start());
        MiniHttpServer garbage([](const HttpRequest &) {
            HttpResponse r;
            r.body = QByteArray("<html><body>Bad gateway page</body></html>\n{{{\n");
            return r;
        });
        QVERIFY(garbage.listen());
        ConnectionSettings s = demo.connectionSettings();
        s.metricsUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/metrics").arg(garbage.port()));
        HttpFetcher fetcher;
        InstanceMonitor monitor(&fetcher);
        monitor.setClock(clock.clock());
        monitor.setSettings(s);
        const InstanceStatus status = round(monitor);
        QCOMPARE(status.probeHealth, InstanceHealth::Healthy);
        QVERIFY2(status.metricsError.contains(QStringLiteral("malformed")), qPrintable(status.metricsError));
        QCOMPARE(status.overall(), InstanceHealth::Degraded);
    }

    void unknownChosenPresetIsAnError()
    {
        DemoInstance demo;
        QVERIFY(demo.start());
        HttpFetcher fetcher;
        InstanceMonitor monitor(&fetcher);
        monitor.setSettings(demo.connectionSettings());
        monitor.setPresetChoice(QStringLiteral("no-such-preset"));
        const InstanceStatus status = round(monitor);
        QVERIFY(status.metricsError.contains(QStringLiteral("no-such-preset")));
    }

    void historyIsBounded()
    {
        Watched w;
        QVERIFY(w.start());
        auto &[clock, demo, fetcher, monitor] = w;
        monitor.setHistoryCapacity(5);
        const qsizetype bytes = monitor.historyBytes();
        for (int i = 0; i < 8; ++i) {
            clock.advance(1000);
            round(monitor);
        }
        for (const KeyMetric key : allKeyMetrics)
            QCOMPARE(monitor.history(key).size(), 5);
        QCOMPARE(monitor.history(KeyMetric::QueueSize).last().timeMs, clock.now());
        QCOMPARE(monitor.historyBytes(), bytes);
    }
};

QTEST_GUILESS_MAIN(TestInstanceMonitor)
#include "tst_instancemonitor.moc"
