#include "testpaths.h"
#include "clirun.h"
#include "nettestsupport.h"
#include "testsupport.h"

#include "monitor/demoinstance.h"
#include "monitor/minihttpserver.h"
#include "sizing/costcomparison.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <csignal>

using namespace clitest;
using namespace phc;

namespace {

QString url(const QUrl &u) { return u.toString(); }

QString closedUrl(const QString &path = QString())
{
    return QStringLiteral("http://127.0.0.1:%1%2").arg(phctest::closedPort()).arg(path);
}

// The demo's base URL and its direct scrape, two samples a second apart.
QStringList demoArgs(const DemoInstance &demo)
{
    return {QStringLiteral("probe"), QStringLiteral("--url"), url(demo.baseUrl()), QStringLiteral("--metrics-url"),
            url(demo.metricsUrl()), QStringLiteral("--sample-interval"), QStringLiteral("1")};
}

QJsonObject onlyLine(const Run &r)
{
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    if (lines.size() != 1)
        qFatal("expected one JSON line, got %lld:\n%s\n%s", qlonglong(lines.size()), qPrintable(r.out), qPrintable(r.err));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(lines.first().toUtf8(), &error);
    if (!doc.isObject())
        qFatal("not a JSON object (%s): %s", qPrintable(error.errorString()), qPrintable(lines.first()));
    return doc.object();
}

const std::array<const char *, 4> metricKeys {"eventsIngestedPerSecond", "queueSize", "clickhouseQueryP95Seconds",
                                              "apiResponseP95Seconds"};

// A metrics endpoint of its own: the guide's counter, one more event per scrape.
HttpResponse countingMetrics(int &scrapes)
{
    ++scrapes;
    return HttpResponse::text(200, QByteArray("# TYPE posthog_events_ingested_total counter\n"
                                              "posthog_events_ingested_total ")
                                       + QByteArray::number(1000 * scrapes)
                                       + "\n# TYPE posthog_events_processing_queue_size gauge\n"
                                         "posthog_events_processing_queue_size 7\n");
}

} // namespace

class TestCliProbe : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The issue's contract: every key, numbers where the demo has them, the
    // rate from two scrapes and the projection from that rate.
    void onceJsonIsTheContract()
    {
        DemoInstance demo;
        QVERIFY(demo.start());
        const Run r = cli(demoArgs(demo) << QStringLiteral("--json"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        const QJsonObject o = onlyLine(r);
        QCOMPARE(o.value(u"status").toString(), QStringLiteral("healthy"));

        const QJsonArray probes = o.value(u"probes").toArray();
        QCOMPARE(probes.size(), ConnectionSettings::defaultProbePaths().size());
        for (qsizetype i = 0; i < probes.size(); ++i) {
            const QJsonObject p = probes.at(i).toObject();
            QCOMPARE(p.value(u"path").toString(), ConnectionSettings::defaultProbePaths().at(i));
            QCOMPARE(p.value(u"status").toString(), QStringLiteral("up"));
            QCOMPARE(p.value(u"httpCode").toInt(), 200);
            QVERIFY(p.value(u"latencyMs").isDouble());
        }

        const QJsonObject metrics = o.value(u"metrics").toObject();
        for (const char *key : metricKeys)
            QVERIFY2(metrics.value(QLatin1StringView(key)).isDouble(), key);
        QVERIFY(metrics.value(u"eventsIngestedPerSecond").toDouble() >= 0);

        const QJsonObject projection = o.value(u"projection").toObject();
        for (const char *key : {"monthlyEvents", "tier", "webReplicas", "workerReplicas", "clickhouseNodes",
                                "monthlyCostUsd", "cloudMonthlyCostUsd", "cloudPricingDate"})
            QVERIFY2(projection.contains(QLatin1StringView(key)), key);
        QCOMPARE(projection.value(u"monthlyEvents").toInteger(),
                 CostComparison::monthlyEventsFromRate(metrics.value(u"eventsIngestedPerSecond").toDouble()));
        QCOMPARE(projection.value(u"cloudPricingDate").toString(), QStringLiteral("2024-08-01"));
        QCOMPARE(o.value(u"preset").toString(), QStringLiteral("guide"));
        QVERIFY(o.value(u"metricsError").isNull());
        QVERIFY(o.value(u"thresholds").toArray().isEmpty());
        QVERIFY(!o.contains(u"apiKey"));
        // Two rounds: the default probes and a scrape each.
        QCOMPARE(demo.requestCount(), 2 * (ConnectionSettings::defaultProbePaths().size() + 1));
    }

    void onceText()
    {
        QTemporaryDir dir;
        const QString profile = dir.filePath(QStringLiteral("starter.yaml"));
        writeText(profile, ProfileIO::starterProfile());
        DemoInstance demo;
        QVERIFY(demo.start());
        const Run r = cli(demoArgs(demo) << QStringLiteral("--profile") << profile);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        qInfo().noquote() << "probe --once against the demo instance:\n" << r.out;
        const QStringList lines = r.out.split(u'\n');
        QVERIFY2(lines.first().startsWith(url(demo.baseUrl()) + QStringLiteral(": healthy (")), qPrintable(r.out));
        for (const QString &path : ConnectionSettings::defaultProbePaths())
            QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("\n  %1 +up +200 +[0-9.]+ ms\n")
                                                           .arg(QRegularExpression::escape(path)))),
                     qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Key metrics (preset guide, scrape of %1):").arg(url(demo.metricsUrl()))),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("\n  eventsIngestedPerSecond +[0-9.e+]+/s +posthog_events_ingested_total\n"))),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("\n  apiResponseP95Seconds +[0-9.e+-]+ s +posthog_api_response_time_seconds\n"))),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("\nProjection of ")));
        QVERIFY(r.out.contains(QStringLiteral("\n  Monthly events:   ")));
        QVERIFY(r.out.contains(QStringLiteral("\n  Web replicas:     ")));
        QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("\n  Monthly cost:     (~\\$[0-9]+/mo|at least \\$[0-9,]+ a month \\(the sizing table ends at 10,000,000\\+ events a month\\))\n"))),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QRegularExpression(QStringLiteral("\n  PostHog Cloud: +~\\$[0-9]+/mo \\(Product analytics, anonymous events, pricing of 2024-08-01\\)\n"))));
        QVERIFY(!r.out.contains(QStringLiteral("Thresholds crossed")));
        QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("\nDrift against %1:\n  web replicas +recommended [0-9]+, profile 3: ")
                                                       .arg(QRegularExpression::escape(profile)))),
                 qPrintable(r.out));
    }

    // A 404 is a probe down; the others are up: degraded.
    void failingProbeDegrades()
    {
        DemoInstance demo;
        QVERIFY(demo.start());
        const Run r = cli({QStringLiteral("probe"), QStringLiteral("--url"), url(demo.baseUrl()), QStringLiteral("--probe"),
                           QStringLiteral("/_health"), QStringLiteral("--probe"), QStringLiteral("/no-such-probe"),
                           QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject o = onlyLine(r);
        QCOMPARE(o.value(u"status").toString(), QStringLiteral("degraded"));
        const QJsonArray probes = o.value(u"probes").toArray();
        QCOMPARE(probes.size(), 2);
        QCOMPARE(probes.at(0).toObject().value(u"status").toString(), QStringLiteral("up"));
        const QJsonObject missing = probes.at(1).toObject();
        QCOMPARE(missing.value(u"path").toString(), QStringLiteral("/no-such-probe"));
        QCOMPARE(missing.value(u"status").toString(), QStringLiteral("down"));
        QCOMPARE(missing.value(u"httpCode").toInt(), 404);
        QVERIFY(missing.value(u"summary").isString());
        // No metrics source: one round, nothing measured, no projection.
        QCOMPARE(demo.requestCount(), 2);
        for (const char *key : metricKeys)
            QVERIFY(o.value(u"metrics").toObject().value(QLatin1StringView(key)).isNull());
        QVERIFY(o.value(u"projection").isNull());
        // The keys a metrics source fills are there all the same, null.
        QVERIFY(o.contains(u"preset") && o.value(u"preset").isNull());
        QVERIFY(o.contains(u"metricsError") && o.value(u"metricsError").isNull());
    }

    void closedPortIsDown()
    {
        const QString base = closedUrl();
        const Run r = cli({QStringLiteral("probe"), QStringLiteral("--url"), base, QStringLiteral("--metrics-url"),
                           base + QStringLiteral("/metrics"), QStringLiteral("--sample-interval"), QStringLiteral("1"),
                           QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 2);
        const QJsonObject o = onlyLine(r);
        QCOMPARE(o.value(u"status").toString(), QStringLiteral("down"));
        for (const QJsonValue p : o.value(u"probes").toArray())
            QCOMPARE(p.toObject().value(u"status").toString(), QStringLiteral("down"));
        for (const char *key : metricKeys)
            QVERIFY(o.value(u"metrics").toObject().value(QLatin1StringView(key)).isNull());
        QVERIFY(o.value(u"metricsError").isString());
        QVERIFY(o.value(u"projection").isNull());

        const Run text = cli({QStringLiteral("probe"), QStringLiteral("--url"), base});
        QCOMPARE(text.exitCode, 2);
        QVERIFY2(text.out.startsWith(base + QStringLiteral(": down (")), qPrintable(text.out));
    }

    // The probes answer, the Prometheus server does not.
    void unreachablePrometheusDegrades()
    {
        DemoInstance demo;
        QVERIFY(demo.start());
        const Run r = cli({QStringLiteral("probe"), QStringLiteral("--url"), url(demo.baseUrl()), QStringLiteral("--prometheus"),
                           closedUrl(), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject o = onlyLine(r);
        QCOMPARE(o.value(u"status").toString(), QStringLiteral("degraded"));
        for (const QJsonValue p : o.value(u"probes").toArray())
            QCOMPARE(p.toObject().value(u"status").toString(), QStringLiteral("up"));
        QVERIFY(o.value(u"metricsError").isString());
        QVERIFY(!o.value(u"metricsError").toString().isEmpty());
        // One round: the probes once.
        QCOMPARE(demo.requestCount(), ConnectionSettings::defaultProbePaths().size());
    }

    // The user's presets file: the demo's queue is never negative, so a
    // critical limit of -1 is always crossed.
    void criticalThresholdFromPresetsFile()
    {
        QTemporaryDir dir;
        const QString presets = dir.filePath(QStringLiteral("presets.yaml"));
        QByteArray yaml = phctest::readFile(phctest::sourceDir() + QStringLiteral("/resources/data/metric-presets.yaml"));
        const QByteArray limits = "  queueSize:\n    warn: 10000\n    critical: 100000\n";
        QVERIFY(yaml.contains(limits));
        yaml.replace(limits, "  queueSize:\n    critical: -1\n");
        writeText(presets, yaml);

        DemoInstance demo;
        QVERIFY(demo.start());
        const Run r = cli(demoArgs(demo) << QStringLiteral("--presets") << presets << QStringLiteral("--json"));
        QCOMPARE(r.exitCode, 1);
        const QJsonObject o = onlyLine(r);
        QCOMPARE(o.value(u"status").toString(), QStringLiteral("degraded"));
        for (const QJsonValue p : o.value(u"probes").toArray())
            QCOMPARE(p.toObject().value(u"status").toString(), QStringLiteral("up"));
        const QJsonArray crossings = o.value(u"thresholds").toArray();
        QCOMPARE(crossings.size(), 1);
        const QJsonObject c = crossings.first().toObject();
        QCOMPARE(c.value(u"metric").toString(), QStringLiteral("queueSize"));
        QCOMPARE(c.value(u"level").toString(), QStringLiteral("critical"));
        QCOMPARE(c.value(u"limit").toDouble(), -1.0);
        QCOMPARE(c.value(u"value").toDouble(), o.value(u"metrics").toObject().value(u"queueSize").toDouble());

        const Run text = cli(demoArgs(demo) << QStringLiteral("--presets") << presets);
        QCOMPARE(text.exitCode, 1);
        QVERIFY2(text.out.contains(QRegularExpression(QStringLiteral("\nThresholds crossed:\n  queueSize critical: [0-9.e+]+ past the limit -1\n"))),
                 qPrintable(text.out));

        // A presets file with problems: no verdict, each problem with its position.
        writeText(presets, "thresholds:\n  queueSize: {critical: lots}\n");
        const Run bad = cli(demoArgs(demo) << QStringLiteral("--presets") << presets);
        QCOMPARE(bad.exitCode, 3);
        QVERIFY2(bad.err.contains(presets + QStringLiteral(":2:")), qPrintable(bad.err));
    }

    void watchPrintsEveryRoundUntilStopped_data()
    {
        QTest::addColumn<int>("signal");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGINT") << int(SIGINT);
    }

    void watchPrintsEveryRoundUntilStopped()
    {
        QFETCH(int, signal);
        DemoInstance demo;
        QVERIFY(demo.start());
        QProcess p;
        start(p, {QStringLiteral("probe"), QStringLiteral("--url"), url(demo.baseUrl()), QStringLiteral("--metrics-url"),
                  url(demo.metricsUrl()), QStringLiteral("--watch"), QStringLiteral("1"), QStringLiteral("--json")});
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += p.readAllStandardOutput()).count('\n') >= 2, 30000);
        QVERIFY(p.state() == QProcess::Running);
        ::kill(pid_t(p.processId()), signal);
        const Run r = finish(p);
        QCOMPARE(r.exitCode, 0); // a clean exit, with the last round's code
        out += r.out.toUtf8();
        const QList<QByteArray> lines = out.trimmed().split('\n');
        QVERIFY(lines.size() >= 2);
        QList<QJsonObject> rounds;
        for (const QByteArray &line : lines) {
            const QJsonDocument doc = QJsonDocument::fromJson(line);
            QVERIFY2(doc.isObject(), line.constData());
            rounds << doc.object();
            QCOMPARE(rounds.last().value(u"status").toString(), QStringLiteral("healthy"));
        }
        // The first scrape has nothing to take a rate against: null, printed all the same.
        QVERIFY(rounds.first().value(u"metrics").toObject().value(u"eventsIngestedPerSecond").isNull());
        QVERIFY(rounds.first().value(u"projection").isNull());
        QVERIFY(rounds.at(1).value(u"metrics").toObject().value(u"eventsIngestedPerSecond").isDouble());
        QVERIFY(rounds.at(1).value(u"projection").isObject());
        // --watch 1 with the default 5-second timeout: said in the options' terms, once.
        QCOMPARE(r.err, QStringLiteral("warning: --watch 1: shorter than the time a request may take (5 seconds, "
                                       "--timeout): a round still waiting for answers makes the next one be skipped\n"));
    }

    // The starter profile plans 100K events a month ("auto": 3 web, 4 worker, 1
    // node); here with 12 web replicas fixed. The demo ingests tens of events a
    // second, which is the "> 10M" row: 10 web, 16 worker, 3 nodes.
    void profileDrift()
    {
        QTemporaryDir dir;
        const QString profile = dir.filePath(QStringLiteral("profile.yaml"));
        QByteArray yaml = ProfileIO::starterProfile();
        QVERIFY(yaml.contains("    webReplicas: auto\n"));
        yaml.replace("    webReplicas: auto\n", "    webReplicas: 12\n");
        writeText(profile, yaml);

        DemoInstance demo;
        QVERIFY(demo.start());
        // Two seconds between the scrapes: whatever the timing, at least one simulated second passes.
        QStringList args = demoArgs(demo) << QStringLiteral("--profile") << profile;
        args.replace(args.indexOf(QStringLiteral("--sample-interval")) + 1, QStringLiteral("2"));
        const Run r = cli(args + QStringList {QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = onlyLine(r);
        QCOMPARE(o.value(u"projection").toObject().value(u"scalingRow").toString(), QStringLiteral("> 10M"));
        const QJsonArray drift = o.value(u"drift").toArray();
        QCOMPARE(drift.size(), 5);
        const auto expect = [&drift](int i, const char *component, int recommended, int configured, const char *verdict) {
            const QJsonObject d = drift.at(i).toObject();
            QCOMPARE(d.value(u"component").toString(), QLatin1StringView(component));
            QCOMPARE(d.value(u"recommended").toInt(), recommended);
            QCOMPARE(d.value(u"configured").toInt(), configured);
            QCOMPARE(d.value(u"verdict").toString(), QLatin1StringView(verdict));
        };
        expect(0, "webReplicas", 10, 12, "too-many");
        expect(1, "workerReplicas", 16, 4, "too-few");
        expect(2, "clickhouseNodes", 3, 1, "too-few");
        expect(3, "eventsReplicas", 12, 3, "too-few"); // the starter's 100K - 1M row
        expect(4, "pluginsReplicas", 16, 4, "too-few");

        const Run text = cli(args);
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        QVERIFY2(text.out.contains(QStringLiteral("\nDrift against %1:\n"
                                                  "  web replicas       recommended 10, profile 12: 2 more than needed\n"
                                                  "  worker replicas    recommended 16, profile 4: 12 too few\n"
                                                  "  ClickHouse nodes   recommended 3, profile 1: 2 too few\n"
                                                  "  events replicas    recommended 12, profile 3: 9 too few\n"
                                                  "  plugins replicas   recommended 16, profile 4: 12 too few\n")
                                       .arg(profile)),
                 qPrintable(text.out));

        // An invalid profile: no verdict, its problems listed.
        yaml.replace("    webReplicas: 12\n", "    webReplicas: none\n");
        writeText(profile, yaml);
        const Run bad = cli(args);
        QCOMPARE(bad.exitCode, 3);
        QVERIFY2(bad.err.contains(profile + QStringLiteral(":")), qPrintable(bad.err));
    }

    // Wrong arguments are "no verdict" (3), never a code a health check could mean.
    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("named");
        const QString u = QStringLiteral("http://127.0.0.1:1");
        QTest::newRow("no --url") << QStringList {} << "--url";
        QTest::newRow("two sources") << QStringList {QStringLiteral("--url"), u, QStringLiteral("--metrics-url"), u,
                                                     QStringLiteral("--prometheus"), u}
                                     << "--prometheus";
        QTest::newRow("--once and --watch") << QStringList {QStringLiteral("--url"), u, QStringLiteral("--once"),
                                                            QStringLiteral("--watch"), QStringLiteral("5")}
                                            << "--watch";
        QTest::newRow("--watch 0") << QStringList {QStringLiteral("--url"), u, QStringLiteral("--watch"), QStringLiteral("0")}
                                   << "--watch 0: must be between 1 and 3600 seconds";
        QTest::newRow("--watch soon") << QStringList {QStringLiteral("--url"), u, QStringLiteral("--watch"), QStringLiteral("soon")}
                                      << "--watch";
        QTest::newRow("--sample-interval 0.5") << QStringList {QStringLiteral("--url"), u, QStringLiteral("--sample-interval"),
                                                               QStringLiteral("0.5")}
                                               << "--sample-interval 0.5: must be between 1 and 3600 seconds";
        QTest::newRow("--timeout 0") << QStringList {QStringLiteral("--url"), u, QStringLiteral("--timeout"), QStringLiteral("0")}
                                     << "--timeout 0: must be between 0.1 and 120 seconds";
        QTest::newRow("bad URL") << QStringList {QStringLiteral("--url"), QStringLiteral("posthog.example.com")}
                                 << "--url posthog.example.com: must be an http or https URL";
        QTest::newRow("bad metrics URL") << QStringList {QStringLiteral("--url"), u, QStringLiteral("--metrics-url"),
                                                         QStringLiteral("ftp://x/metrics")}
                                         << "--metrics-url ftp://x/metrics: must be an http or https URL";
        QTest::newRow("relative probe") << QStringList {QStringLiteral("--url"), u, QStringLiteral("--probe"), QStringLiteral("/_health"),
                                                        QStringLiteral("--probe"), QStringLiteral("_ready")}
                                        << "--probe _ready: must be a path starting with /";
        QTest::newRow("unreadable CA file") << QStringList {QStringLiteral("--url"), u, QStringLiteral("--ca-file"),
                                                            QStringLiteral("/nonexistent/ca.pem")}
                                            << "--ca-file /nonexistent/ca.pem: cannot be read";
        QTest::newRow("unknown preset") << QStringList {QStringLiteral("--url"), u, QStringLiteral("--preset"), QStringLiteral("nope")}
                                        << "guide, posthog-chart";
        QTest::newRow("missing profile") << QStringList {QStringLiteral("--url"), u, QStringLiteral("--profile"),
                                                         QStringLiteral("/nonexistent/p.yaml")}
                                         << "--profile /nonexistent/p.yaml: no such file";
        // The key is never an argument: argv is visible to every user in ps.
        QTest::newRow("--api-key") << QStringList {QStringLiteral("--url"), u, QStringLiteral("--api-key"), QStringLiteral("phx_x")}
                                   << "api-key";
        QTest::newRow("positional") << QStringList {QStringLiteral("--url"), u, QStringLiteral("extra")} << "extra";
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, named);
        const Run r = cli(QStringList {QStringLiteral("probe")} + args);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(named), qPrintable(r.err));
        // The options the user typed, never the settings' field names.
        static const QRegularExpression internal(
            QStringLiteral("baseUrl|metricsUrl|probePaths|timeoutMs|pollIntervalMs|extraCaFile"));
        QVERIFY2(!r.err.contains(internal), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    // The key goes to the --url origin (the demo accepts it at /api/users/@me/),
    // never to the metrics endpoint on another port.
    void apiKeyOnlyToItsOrigin()
    {
        DemoInstance demo;
        QVERIFY(demo.start());
        int scrapes = 0;
        MiniHttpServer metrics([&scrapes](const HttpRequest &) { return countingMetrics(scrapes); });
        QVERIFY(metrics.listen());
        const QStringList args {QStringLiteral("probe"), QStringLiteral("--url"), url(demo.baseUrl()),
                                QStringLiteral("--metrics-url"), url(metrics.url()) + QStringLiteral("/metrics"),
                                QStringLiteral("--sample-interval"), QStringLiteral("1"), QStringLiteral("--json")};
        const QString variable = QStringLiteral("POSTHOG_PERSONAL_API_KEY");

        const Run r = cli(args, {}, {}, environment({{variable, QString::fromLatin1(DemoInstance::apiKey())}}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = onlyLine(r);
        QCOMPARE(o.value(u"apiKey").toObject().value(u"outcome").toString(), QStringLiteral("pass"));
        // Two rounds, each with the probes and the key check; the scrapes go to the other server.
        QCOMPARE(demo.requestCount(), 2 * (ConnectionSettings::defaultProbePaths().size() + 1));
        QCOMPARE(scrapes, 2);
        QCOMPARE(o.value(u"metrics").toObject().value(u"queueSize").toDouble(), 7.0);
        QVERIFY(o.value(u"metrics").toObject().value(u"eventsIngestedPerSecond").toDouble() > 0);
        QCOMPARE(metrics.requests().size(), 2);
        for (const HttpRequest &request : metrics.requests())
            QVERIFY(request.header("Authorization").isEmpty());

        const Run wrong = cli(args, {}, {}, environment({{variable, QStringLiteral("phx_not_the_key")}}));
        const QJsonObject rejected = onlyLine(wrong).value(u"apiKey").toObject();
        QCOMPARE(rejected.value(u"outcome").toString(), QStringLiteral("fail"));
        QVERIFY2(rejected.value(u"summary").toString().contains(QStringLiteral("401")), qPrintable(wrong.out));
        // A refused key degrades an otherwise healthy instance, in the exit code and the JSON alike.
        QCOMPARE(wrong.exitCode, 1);
        QCOMPARE(onlyLine(wrong).value(u"status").toString(), QStringLiteral("degraded"));

        QStringList textArgs = args;
        textArgs.removeLast();
        const Run text = cli(textArgs, {}, {}, environment({{variable, QString::fromLatin1(DemoInstance::apiKey())}}));
        QVERIFY2(text.out.contains(QStringLiteral("\nAPI key: pass, the key is accepted\n")), qPrintable(text.out));
    }

    // An SSO proxy in front of the instance answers every path, the key check
    // included, with its sign-in page and 200; so does a bare nginx with its
    // welcome page. Neither is PostHog: every probe is down, the key is not
    // "accepted", and each says what answered instead.
    void pagesInFrontOfPostHogAreNotItsAnswer_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("page");
        QTest::addColumn<QString>("shown");
        QTest::newRow("sso sign-in")
            << QByteArray("text/html; charset=utf-8")
            << QByteArray("<!DOCTYPE html>\n<html lang=\"en\" charset=\"utf-8\">\n<head>\n  <title>Sign In</title>\n"
                          "</head>\n<body><a href=\"/oauth2/start\">Sign in with Google</a></body>\n</html>\n")
            << QStringLiteral("<!DOCTYPE html> <html lang=\"en\" charset=\"utf-8\">");
        QTest::newRow("nginx welcome")
            << QByteArray("text/html")
            << QByteArray("<!DOCTYPE html>\n<html>\n<head>\n<title>Welcome to nginx!</title>\n</head>\n</html>\n")
            << QStringLiteral("<!DOCTYPE html> <html> <head> <title>Welcome to");
    }
    void pagesInFrontOfPostHogAreNotItsAnswer()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, page);
        QFETCH(QString, shown);
        MiniHttpServer proxy([&](const HttpRequest &) {
            return HttpResponse {200, {{"Content-Type", contentType}}, page, false};
        });
        QVERIFY(proxy.listen());
        const QStringList args {QStringLiteral("probe"), QStringLiteral("--url"), url(proxy.url()),
                                QStringLiteral("--probe"), QStringLiteral("/_health"), QStringLiteral("--probe"),
                                QStringLiteral("/_readyz"), QStringLiteral("--probe"), QStringLiteral("/_preflight"),
                                QStringLiteral("--json")};
        const QProcessEnvironment env = environment({{QStringLiteral("POSTHOG_PERSONAL_API_KEY"), QStringLiteral("phx_key")}});

        const Run r = cli(args, {}, {}, env);
        QCOMPARE(r.exitCode, 2);
        const QJsonObject o = onlyLine(r);
        QCOMPARE(o.value(u"status").toString(), QStringLiteral("down"));
        const QJsonArray probes = o.value(u"probes").toArray();
        QCOMPARE(probes.size(), 3);
        for (const QJsonValue p : probes) {
            const QJsonObject probe = p.toObject();
            QCOMPARE(probe.value(u"status").toString(), QStringLiteral("down"));
            QCOMPARE(probe.value(u"httpCode").toInt(), 200);
            const QString summary = probe.value(u"summary").toString();
            QVERIFY2(summary.contains(QStringLiteral("not PostHog's answer: ") + QString::fromLatin1(contentType)),
                     qPrintable(summary));
            QVERIFY2(summary.contains(shown), qPrintable(summary));
        }
        const QJsonObject key = o.value(u"apiKey").toObject();
        QCOMPARE(key.value(u"outcome").toString(), QStringLiteral("fail"));
        QVERIFY2(key.value(u"summary").toString().contains(QStringLiteral("not PostHog's answer")), qPrintable(r.out));
        QVERIFY2(!key.value(u"summary").toString().contains(QStringLiteral("accepted")), qPrintable(r.out));

        QStringList textArgs = args;
        textArgs.removeLast();
        const Run text = cli(textArgs, {}, {}, env);
        QCOMPARE(text.exitCode, 2);
        QVERIFY2(!text.out.contains(QStringLiteral("accepted")), qPrintable(text.out));
        QVERIFY2(text.out.contains(QStringLiteral("API key: fail, HTTP 200, not PostHog's answer: ")), qPrintable(text.out));
        QVERIFY2(!text.out.contains(QRegularExpression(QStringLiteral("\\s+up\\s"))), qPrintable(text.out));
    }

    // Plain http to another computer: the fetcher refuses to send the key, the
    // CLI says so (192.0.2.1 is TEST-NET-1: nothing answers there).
    void apiKeyNeverOverPlainHttpToAnotherHost()
    {
        const Run r = cli({QStringLiteral("probe"), QStringLiteral("--url"), QStringLiteral("http://192.0.2.1"),
                           QStringLiteral("--probe"), QStringLiteral("/_health"), QStringLiteral("--timeout"),
                           QStringLiteral("1"), QStringLiteral("--json")},
                          {}, {}, environment({{QStringLiteral("POSTHOG_PERSONAL_API_KEY"), QStringLiteral("phx_secret")}}));
        QCOMPARE(r.exitCode, 2);
        const QJsonObject key = onlyLine(r).value(u"apiKey").toObject();
        QCOMPARE(key.value(u"outcome").toString(), QStringLiteral("fail"));
        QVERIFY2(key.value(u"summary").toString().contains(QStringLiteral("never sent over plain http")),
                 qPrintable(r.out));
        QVERIFY2(r.err.contains(QStringLiteral("warning: --url http://192.0.2.1: plain http")), qPrintable(r.err));
    }

    // --ca-file reaches the fetcher: without it the certificate is not trusted.
    void httpsWithExtraCa()
    {
        QTemporaryDir dir;
        const auto pki = phctest::TestPki::make(dir.path(), QStringLiteral("localhost"),
                                                {QStringLiteral("DNS:localhost"), QStringLiteral("IP:127.0.0.1")}, 30);
        QVERIFY(pki);
        MiniHttpServer server([](const HttpRequest &request) {
            if (request.path() == "/api/users/@me/")
                return request.header("Authorization") == "Bearer phx_tls_key"
                    ? HttpResponse::json(200, R"({"id":1,"uuid":"018f3c2e-7b1a-7c2d-9e3f-4a5b6c7d8e9f","email":"ops@example.com"})")
                    : HttpResponse::json(401, "{}");
            return HttpResponse::text(200, "ok");
        });
        server.setTlsConfiguration(pki->serverConfiguration());
        QVERIFY(server.listen());
        QUrl base = server.url();
        base.setHost(QStringLiteral("localhost"));
        const QStringList args {QStringLiteral("probe"), QStringLiteral("--url"), url(base), QStringLiteral("--probe"),
                                QStringLiteral("/_health"), QStringLiteral("--json")};
        const QProcessEnvironment env = environment({{QStringLiteral("POSTHOG_PERSONAL_API_KEY"), QStringLiteral("phx_tls_key")}});

        const Run untrusted = cli(args, {}, {}, env);
        QCOMPARE(untrusted.exitCode, 2);
        const Run trusted = cli(args + QStringList {QStringLiteral("--ca-file"), pki->caPem}, {}, {}, env);
        QVERIFY2(trusted.exitCode == 0, qPrintable(trusted.err + trusted.out));
        QCOMPARE(onlyLine(trusted).value(u"apiKey").toObject().value(u"outcome").toString(), QStringLiteral("pass"));

        // A file that is not a certificate: no verdict, said under the option.
        const QString notPem = dir.filePath(QStringLiteral("not.pem"));
        writeText(notPem, "not a certificate\n");
        const Run bad = cli(args + QStringList {QStringLiteral("--ca-file"), notPem}, {}, {}, env);
        QCOMPARE(bad.exitCode, 3);
        QVERIFY2(bad.err.startsWith(QStringLiteral("--ca-file ") + notPem), qPrintable(bad.err));
    }
};

QTEST_GUILESS_MAIN(TestCliProbe)
#include "tst_cliprobe.moc"
