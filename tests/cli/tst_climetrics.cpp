#include "clirun.h"
#include "nettestsupport.h"

#include "monitor/demoinstance.h"
#include "monitor/metricsscraper.h"
#include "monitor/minihttpserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace clitest;
using namespace phc;

// `posthog-console metrics URL`: a live payload, fetched with the monitor's
// HTTP client and its limits.
class TestCliMetrics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void demoJson()
    {
        DemoInstance demo;
        QVERIFY(demo.start());
        const QString source = demo.metricsUrl().toString();
        const Run r = cli({QStringLiteral("metrics"), source, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(u"source").toString(), source);
        QCOMPARE(o.value(u"preset").toString(), QStringLiteral("guide"));
        QCOMPARE(o.value(u"malformedLines").toInt(), 0);
        QVERIFY(o.value(u"families").toInt() > 0);
        const QJsonObject metrics = o.value(u"metrics").toObject();
        QVERIFY(metrics.value(u"queueSize").isDouble());
        // One payload: no rate.
        QVERIFY(metrics.value(u"eventsIngestedPerSecond").isNull());
        QCOMPARE(demo.requestCount(), 1);
    }

    void asksForOpenMetricsFirst()
    {
        MiniHttpServer server([](const HttpRequest &) { return HttpResponse::text(200, "up 1\n"); });
        QVERIFY(server.listen());
        const Run r = cli({QStringLiteral("metrics"), server.url().toString() + QStringLiteral("/metrics")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(server.requests().first().header("Accept"), MetricsScraper::acceptHeader());
        QVERIFY(server.requests().first().header("Authorization").isEmpty());
    }

    // The cap decides, for URLs and files alike.
    void largerThanTheCap()
    {
        const QByteArray payload = "# TYPE up gauge\n" + QByteArray(4096, '#') + "\nup 1\n";
        MiniHttpServer server([&payload](const HttpRequest &) { return HttpResponse::text(200, payload); });
        QVERIFY(server.listen());
        const QString source = server.url().toString() + QStringLiteral("/metrics");
        const Run tooLarge = cli({QStringLiteral("metrics"), source, QStringLiteral("--max-bytes"), QStringLiteral("1024")});
        QCOMPARE(tooLarge.exitCode, 3);
        QVERIFY2(tooLarge.err.contains(QStringLiteral("larger than the limit of 1024 bytes")), qPrintable(tooLarge.err));
        QCOMPARE(cli({QStringLiteral("metrics"), source, QStringLiteral("--max-bytes"), QStringLiteral("8192")}).exitCode, 0);

        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("payload.txt"));
        writeText(file, payload);
        const Run fileTooLarge = cli({QStringLiteral("metrics"), file, QStringLiteral("--max-bytes"), QStringLiteral("1024")});
        QCOMPARE(fileTooLarge.exitCode, 3);
        QVERIFY2(fileTooLarge.err.contains(QStringLiteral("larger than the limit of 1024 bytes")), qPrintable(fileTooLarge.err));
    }

    // A payload in OpenMetrics form that breaks the specification: exit 1,
    // each broken rule at its line and column, the values still summarised.
    void openMetricsRulesAreChecked()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("om.txt"));
        writeText(file, "# TYPE a counter\na_total -1\n# TYPE g gauge\ng 1 # {t=\"x\"} 1\n# EOF\n");
        const Run r = cli({QStringLiteral("metrics"), file});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(file + QStringLiteral(":2:9:")), qPrintable(r.err));
        QVERIFY2(r.err.contains(file + QStringLiteral(":4:5:")), qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Series:      2")), qPrintable(r.out));
        const Run json = cli({QStringLiteral("metrics"), file, QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 1);
        const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(o.value(u"malformedLines").toInt(), 0);
        QCOMPARE(o.value(u"violations").toInt(), 2);
        writeText(file, "# TYPE a counter\na_total 1\n# EOF\n");
        QCOMPARE(cli({QStringLiteral("metrics"), file}).exitCode, 0);
    }

    // The Content-Type says OpenMetrics: held to its rules without "# EOF" at the end.
    void openMetricsByContentType()
    {
        MiniHttpServer server([](const HttpRequest &) {
            HttpResponse r = HttpResponse::text(200, "# TYPE a gauge\na 1\n");
            r.headers = {{"Content-Type", "application/openmetrics-text; version=1.0.0; charset=utf-8"}};
            return r;
        });
        QVERIFY(server.listen());
        const Run r = cli({QStringLiteral("metrics"), server.url().toString() + QStringLiteral("/metrics")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("EOF")), qPrintable(r.err));
    }

    void httpErrorIsAReadError()
    {
        MiniHttpServer server([](const HttpRequest &) { return HttpResponse::text(404, "not found\n"); });
        QVERIFY(server.listen());
        const Run r = cli({QStringLiteral("metrics"), server.url().toString() + QStringLiteral("/nope")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("HTTP 404")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    // A server that takes the request and never answers: --timeout ends it.
    void timeout()
    {
        MiniHttpServer server([](const HttpRequest &) { return HttpResponse::text(200, "up 1\n"); });
        server.setRawHandler([](const HttpRequest &, QTcpSocket *) { return true; });
        QVERIFY(server.listen());
        const Run r = cli({QStringLiteral("metrics"), server.url().toString() + QStringLiteral("/metrics"),
                           QStringLiteral("--timeout"), QStringLiteral("0.5")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("within 500 ms")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliMetrics)
#include "tst_climetrics.moc"
