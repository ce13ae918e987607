#include "metrics/metricssnapshot.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace phc;

namespace {

LabelSet labels(const QList<std::pair<QByteArray, QByteArray>> &pairs) { return LabelSet::fromPairs(pairs); }

} // namespace

class TestMetricsSnapshot : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void familiesSeriesValues()
    {
        const auto s = MetricsSnapshot::parse(
            "# HELP req Requests.\n# TYPE req counter\n"
            "req{code=\"200\",method=\"GET\"} 10\n"
            "req{method=\"GET\",code=\"500\"} 2\n"
            "# TYPE lat histogram\n"
            "lat_bucket{view=\"a\",le=\"0.1\"} 1\nlat_bucket{view=\"a\",le=\"1\"} 3\nlat_bucket{view=\"a\",le=\"+Inf\"} 4\n"
            "lat_sum{view=\"a\"} 2.5\nlat_count{view=\"a\"} 4\nlat_created{view=\"a\"} 1700000000\n"
            "lat_bucket{view=\"b\",le=\"0.1\"} 0\nlat_bucket{view=\"b\",le=\"+Inf\"} 1\nlat_sum{view=\"b\"} 0.2\nlat_count{view=\"b\"} 1\n"
            "# TYPE rpc summary\nrpc{quantile=\"0.5\"} 0.2\nrpc{quantile=\"0.9\"} 0.7\nrpc_sum 9\nrpc_count 20\n"
            "# TYPE g gauge\ng 5 1700000000000\n");
        QVERIFY(s.issues().isEmpty());
        QCOMPARE(s.families().size(), 4);
        QCOMPARE(s.seriesCount(), 6);

        const MetricFamily *req = s.family("req");
        QVERIFY(req);
        QCOMPARE(req->help, QByteArray("Requests."));
        QCOMPARE(req->series.size(), 2);
        // Labels are canonical: the order they were written in does not matter.
        const MetricSeries *ok = req->find(labels({{"method", "GET"}, {"code", "200"}}));
        QVERIFY(ok);
        QCOMPARE(ok->value, 10.0);
        QCOMPARE(req->series[1].labels.toString(), QStringLiteral("{code=\"500\",method=\"GET\"}"));

        const MetricFamily *lat = s.family("lat");
        QCOMPARE(lat->type, MetricType::Histogram);
        QCOMPARE(lat->series.size(), 2);
        const MetricSeries &a = lat->series[0];
        QCOMPARE(a.labels.toString(), QStringLiteral("{view=\"a\"}")); // le is not part of the series
        QCOMPARE(a.buckets.size(), 3);
        QCOMPARE(a.buckets[1], (HistogramBucket {1.0, 3.0}));
        QCOMPARE(a.buckets[2].upperBound, std::numeric_limits<double>::infinity());
        QCOMPARE(a.sum, 2.5);
        QCOMPARE(a.count, 4.0);
        QCOMPARE(a.created, 1700000000.0);
        QVERIFY(std::isnan(a.value));
        QVERIFY(std::isnan(lat->series[1].created));

        const MetricFamily *rpc = s.family("rpc");
        QCOMPARE(rpc->series.size(), 1);
        QCOMPARE(rpc->series[0].quantiles.size(), 2);
        QCOMPARE(rpc->series[0].quantiles[1].quantile, 0.9);
        QCOMPARE(rpc->series[0].quantiles[1].value, 0.7);
        QCOMPARE(rpc->series[0].count, 20.0);

        QCOMPARE(s.family("g")->series[0].timestampMs, std::optional<qint64>(1700000000000));

        const auto byType = s.familiesByType();
        QCOMPARE(byType[size_t(MetricType::Counter)], 1);
        QCOMPARE(byType[size_t(MetricType::Histogram)], 1);
        QCOMPARE(byType[size_t(MetricType::Summary)], 1);
        QCOMPARE(byType[size_t(MetricType::Gauge)], 1);
        QCOMPARE(byType[size_t(MetricType::Untyped)], 0);
    }

    // 0.0.4 names a counter "x_total"; OpenMetrics names the family "x" and its sample "x_total".
    void counterNamesWithAndWithoutTotal()
    {
        const auto om = MetricsSnapshot::parse("# TYPE events counter\nevents_total 5\nevents_created 17\n# EOF\n");
        QVERIFY(om.family("events"));
        QCOMPARE(om.family("events_total"), om.family("events"));
        QCOMPARE(om.family("events")->series[0].value, 5.0);
        QCOMPARE(om.family("events")->series[0].created, 17.0);

        const auto text = MetricsSnapshot::parse("# TYPE events_total counter\nevents_total 5\n");
        QVERIFY(text.family("events_total"));
        QCOMPARE(text.family("events"), text.family("events_total"));

        const auto gauge = MetricsSnapshot::parse("# TYPE g gauge\ng 1\n# TYPE h_total gauge\nh_total 1\n");
        QVERIFY(!gauge.family("g_total")); // only counters answer to the other name
        QVERIFY(!gauge.family("h"));
        QVERIFY(!gauge.family("absent"));
    }

    // Prometheus treats a label with an empty value as absent.
    void emptyLabelValuesAreAbsent()
    {
        const auto s = MetricsSnapshot::parse("m{a=\"1\",b=\"\"} 1\nm{a=\"1\"} 2\n");
        QCOMPARE(s.family("m")->series.size(), 1);
        QCOMPARE(s.family("m")->series[0].value, 2.0);
    }

    void splitFamilyIsMergedWithAWarning()
    {
        const auto s = MetricsSnapshot::parse("# TYPE a counter\na{x=\"1\"} 1\n# TYPE b gauge\nb 2\n# TYPE a counter\na{x=\"2\"} 3\n");
        QCOMPARE(s.families().size(), 2);
        QCOMPARE(s.family("a")->series.size(), 2);
        QCOMPARE(s.stats().warnings, 1);
        QCOMPARE(s.issues().size(), 1);
        QCOMPARE(s.issues()[0].line, 5);
        QCOMPARE(s.issues()[0].path, QStringLiteral("a"));
    }

    void familyAgainWithAnotherTypeIsAnError()
    {
        const auto s = MetricsSnapshot::parse("# TYPE a counter\na 1\n# TYPE b gauge\nb 2\n# TYPE a gauge\na 3\n");
        QCOMPARE(s.family("a")->type, MetricType::Counter);
        QCOMPARE(s.family("a")->series[0].value, 1.0);
        QVERIFY(hasErrors(s.issues()));
        QCOMPARE(s.issues()[0].line, 5);
    }

    void seriesLimit()
    {
        PromParseLimits limits;
        limits.maxSeries = 100;
        QByteArray text;
        for (int i = 0; i < 1000; ++i)
            text += "m{i=\"" + QByteArray::number(i) + "\"} 1\n";
        const auto s = MetricsSnapshot::parse(text, limits);
        QCOMPARE(s.seriesCount(), 100);
        QCOMPARE(s.issues().size(), 1); // reported once
        QCOMPARE(s.issues()[0].line, 101);
        QVERIFY(s.issues()[0].message.contains(QStringLiteral("100")));
        QCOMPARE(s.stats().samples, 1000);
    }

    void familyLimit()
    {
        PromParseLimits limits;
        limits.maxFamilies = 10;
        QByteArray text;
        for (int i = 0; i < 50; ++i)
            text += "# HELP f" + QByteArray::number(i) + " nothing\n";
        const auto s = MetricsSnapshot::parse(text, limits);
        QCOMPARE(s.families().size(), 10);
        QCOMPARE(s.issues().size(), 1);
        QCOMPARE(s.issues()[0].line, 11);
    }

    void issuesAreInLineOrder()
    {
        const auto s = MetricsSnapshot::parse("# TYPE a counter\na 1\n# TYPE b gauge\nb 2\n# TYPE a counter\na 3\nbad\n");
        QCOMPARE(s.issues().size(), 2);
        QCOMPARE(s.issues()[0].line, 5);
        QCOMPARE(s.issues()[1].line, 7);
    }

    void labelSetOperations()
    {
        const LabelSet l = labels({{"pod", "web-1"}, {"view", "a\"b\\c\nd"}, {"instance", "10.0.0.1:8001"}});
        QCOMPARE(l.size(), 3);
        QCOMPARE(l.value("pod").value_or(QByteArrayView()), QByteArrayView("web-1"));
        QVERIFY(!l.value("absent"));
        QCOMPARE(l.toString(), QStringLiteral("{instance=\"10.0.0.1:8001\",pod=\"web-1\",view=\"a\\\"b\\\\c\\nd\"}"));
        QCOMPARE(l.without({"pod", "instance"}), labels({{"view", "a\"b\\c\nd"}}));
        QCOMPARE(l.keepOnly({"pod"}), labels({{"pod", "web-1"}}));
        QVERIFY(l.keepOnly({}).isEmpty());
        QCOMPARE(LabelSet().toString(), QStringLiteral("{}"));
        QVERIFY(l.matches({{"pod", "web-1"}}));
        QVERIFY(!l.matches({{"pod", "web-2"}}));
        QVERIFY(l.matches({{"absent", ""}}));
        QVERIFY(!l.matches({{"absent", "x"}}));
        QCOMPARE(l.toPairs().size(), 3);
        QCOMPARE(l.toPairs()[0].first, QByteArray("instance"));
    }
};

QTEST_GUILESS_MAIN(TestMetricsSnapshot)
#include "tst_metricssnapshot.moc"
