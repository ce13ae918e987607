#include "clirun.h"
#include "testsupport.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>
#include <QTcpServer>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace {

using namespace clitest;

// A scrape of the chart's services: the plugin server's counter, Kafka's
// lag and Django's latency histogram, with two malformed lines (7 and 10).
const QByteArray chartScrape = "# HELP event_processed_and_ingested Events ingested.\n"
                               "# TYPE event_processed_and_ingested counter\n"
                               "event_processed_and_ingested 5410\n"
                               "# TYPE kafka_consumergroup_lag gauge\n"
                               "kafka_consumergroup_lag{topic=\"events_plugin_ingestion\",partition=\"0\"} 30\n"
                               "kafka_consumergroup_lag{topic=\"events_plugin_ingestion\",partition=\"1\"} 12\n"
                               "kafka_consumergroup_lag{topic=\"events_plugin_ingestion\" 99\n"
                               "# TYPE django_http_requests_latency_seconds_by_view_method histogram\n"
                               "django_http_requests_latency_seconds_by_view_method_bucket{view=\"a\",le=\"0.1\"} 6\n"
                               "django_http_requests_latency_seconds_by_view_method_bucket{view=\"a\",le=\"0.5\"} NotANumber\n"
                               "django_http_requests_latency_seconds_by_view_method_bucket{view=\"a\",le=\"0.5\"} 9\n"
                               "django_http_requests_latency_seconds_by_view_method_bucket{view=\"a\",le=\"+Inf\"} 10\n"
                               "django_http_requests_latency_seconds_by_view_method_count{view=\"a\"} 10\n"
                               "process_cpu_seconds_total 3.5\n";

QByteArray withoutMalformedLines(const QByteArray &text)
{
    QList<QByteArray> lines = text.split('\n');
    lines.removeAt(9);
    lines.removeAt(6);
    return lines.join('\n');
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void version()
    {
        const Run r = cli({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("posthog-console ")));
    }

    void helpPerCommand_data()
    {
        QTest::addColumn<QString>("verb");
        QTest::addColumn<QString>("option");
        QTest::newRow("init") << "init" << "--out";
        QTest::newRow("validate") << "validate" << "--profile";
        QTest::newRow("generate") << "generate" << "--force";
        QTest::newRow("size") << "size" << "--json";
        QTest::newRow("metrics") << "metrics" << "--preset";
        QTest::newRow("probe") << "probe" << "--watch";
        QTest::newRow("status") << "status" << "--json";
        QTest::newRow("migrations") << "migrations" << "--yes";
        QTest::newRow("upgrade-check") << "upgrade-check" << "--to";
    }

    void helpPerCommand()
    {
        QFETCH(QString, verb);
        QFETCH(QString, option);
        const Run r = cli({verb, QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        // The usage line names the program as installed and the command.
        QVERIFY2(r.out.startsWith(QStringLiteral("Usage: posthog-console ") + verb + QStringLiteral(" [options]")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(option), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("Exit codes")));
        QVERIFY(cli({QStringLiteral("--help")}).out.contains(QStringLiteral("\n  %1 ").arg(verb)));
    }

    void usageErrors()
    {
        QCOMPARE(cli({QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("generate"), QStringLiteral("--profile"), QStringLiteral("x.yaml")}).exitCode, 2);
        const Run r = cli({QStringLiteral("size"), QStringLiteral("--events"), QStringLiteral("many")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("--events")));
    }

    void initThenValidate()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.yaml"));
        QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--out"), path}).exitCode, 0);
        QCOMPARE(phctest::readFile(path), phc::ProfileIO::starterProfile());
        const Run again = cli({QStringLiteral("init"), QStringLiteral("--out"), path});
        QCOMPARE(again.exitCode, 3);
        QVERIFY(again.err.contains(QStringLiteral("--force")));
        const Run v = cli({QStringLiteral("validate"), QStringLiteral("--profile"), path});
        QCOMPARE(v.exitCode, 0);
        QVERIFY(v.out.contains(QStringLiteral("valid")));
    }

    void validateReportsEveryProblemWithPosition()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.yaml"));
        QByteArray yaml = phc::ProfileIO::exampleProfile();
        yaml.replace("    namespace: posthog\n", "    namespace: Post_Hog\n");
        yaml.replace("      port: 5432\n", "      port: 99999\n");
        writeText(path, yaml);
        const Run r = cli({QStringLiteral("validate"), QStringLiteral("--profile"), path});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(path + QStringLiteral(":11:16: spec.cluster.namespace: 'Post_Hog' is not a DNS-1123 label")), qPrintable(r.err));
        QVERIFY2(r.err.contains(path + QStringLiteral(":31:13: spec.databases.postgres.port: 99999 is not a TCP port")), qPrintable(r.err));
    }

    void generateWritesNothingOnError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.yaml"));
        writeText(path, QByteArray(phc::ProfileIO::exampleProfile()).replace("cloud: aws", "cloud: azure-ish"));
        const QString out = dir.filePath(QStringLiteral("out"));
        const Run r = cli({QStringLiteral("generate"), QStringLiteral("--profile"), path, QStringLiteral("--out"), out});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("spec.cluster.cloud")));
        QVERIFY(!QFileInfo::exists(out));
    }

    // The CLI writes exactly the engine's bundle, and refuses to overwrite.
    void generateMatchesTheEngine()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.yaml"));
        writeText(path, phc::ProfileIO::exampleProfile());
        const QString out = dir.filePath(QStringLiteral("out"));
        const Run r = cli({QStringLiteral("generate"), QStringLiteral("--profile"), path, QStringLiteral("--out"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const phc::GeneratedFiles files = phctest::bundleFor(phc::ProfileIO::exampleProfile());
        for (const phc::GeneratedFile &f : files)
            QCOMPARE(phctest::readFile(out + u'/' + f.relativePath), f.content);
        const Run again = cli({QStringLiteral("generate"), QStringLiteral("--profile"), path, QStringLiteral("--out"), out});
        QCOMPARE(again.exitCode, 3);
        QVERIFY(again.err.contains(QStringLiteral("nothing was written")));
        const Run forced = cli({QStringLiteral("generate"), QStringLiteral("--profile"), path, QStringLiteral("--out"), out,
                                QStringLiteral("--force")});
        QCOMPARE(forced.exitCode, 0);
    }

    void sizeJson()
    {
        const Run r = cli({QStringLiteral("size"), QStringLiteral("--events"), QStringLiteral("25000000"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("tier")).toString(), QStringLiteral("Enterprise"));
        QCOMPARE(o.value(QStringLiteral("webReplicas")).toInt(), 10);
        QCOMPARE(o.value(QStringLiteral("workerReplicas")).toInt(), 16);
        QCOMPARE(o.value(QStringLiteral("clickhouseNodes")).toInt(), 3);
        QCOMPARE(o.value(QStringLiteral("clickhouseCluster")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("costSize")).toString(), QStringLiteral("Large"));
        QCOMPARE(o.value(QStringLiteral("monthlyCostUsd")).toDouble(), 3700.0);
    }

    // Every boundary of the three tables: a band includes its lower bound.
    void sizeBoundaries_data()
    {
        QTest::addColumn<QString>("events");
        QTest::addColumn<QString>("tier");
        QTest::addColumn<QString>("row");
        QTest::addColumn<QString>("costSize");
        QTest::addColumn<QString>("basis");
        QTest::newRow("9,999") << "9999" << "Minimum" << "< 100K" << "Small" << "table";
        QTest::newRow("10,000") << "10000" << "Recommended" << "< 100K" << "Small" << "table";
        QTest::newRow("99,999") << "99999" << "Recommended" << "< 100K" << "Small" << "table";
        QTest::newRow("100,000") << "100000" << "Recommended" << "100K - 1M" << "Small" << "table";
        QTest::newRow("999,999") << "999999" << "Recommended" << "100K - 1M" << "Small" << "table";
        QTest::newRow("1,000,000") << "1000000" << "Enterprise" << "1M - 10M" << "Medium" << "table";
        QTest::newRow("9,999,999") << "9999999" << "Enterprise" << "1M - 10M" << "Medium" << "table";
        QTest::newRow("10,000,000") << "10000000" << "Enterprise" << "> 10M" << "Large" << "table";
        QTest::newRow("10,000,001") << "10000001" << "Enterprise" << "> 10M" << "Large" << "at-least";
    }

    void sizeBoundaries()
    {
        QFETCH(QString, events);
        QFETCH(QString, tier);
        QFETCH(QString, row);
        QFETCH(QString, costSize);
        QFETCH(QString, basis);
        const Run r = cli({QStringLiteral("size"), QStringLiteral("--events"), events, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(u"tier").toString(), tier);
        QCOMPARE(o.value(u"scalingRow").toString(), row);
        QCOMPARE(o.value(u"costSize").toString(), costSize);
        QCOMPARE(o.value(u"monthlyCostBasis").toString(), basis);
    }

    // A copy in the old style is refused at its line:column with what to write.
    void sizeWithOldStyleTables()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sizing.yaml"));
        writeText(path, "tiers:\n  - {name: Small, maxMonthlyEvents: 10000}\n  - {name: Big, fromMonthlyEvents: 10001}\n"
                        "scaling: [{label: all, fromMonthlyEvents: 0, webReplicas: 7, workerReplicas: 1, clickhouseNodes: 1}]\n"
                        "cost: {sizes: [{name: Flat, fromMonthlyEvents: 0, components: [{name: VM, usd: 10}]}]}\n");
        const Run r = cli({QStringLiteral("size"), QStringLiteral("--events"), QStringLiteral("5"), QStringLiteral("--sizing"), path});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u":2:37: tiers[0].maxMonthlyEvents: bands are declared by their lower bound now: replace "
                                "'maxMonthlyEvents: 10000' with 'fromMonthlyEvents: 0'"),
                 qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void sizeText()
    {
        const Run r = cli({QStringLiteral("size"), QStringLiteral("--events"), QStringLiteral("500,000")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("Recommended")));
        QVERIFY(r.out.contains(QStringLiteral("100K - 1M [100,000 – 999,999]")));
        QVERIFY(r.out.contains(QStringLiteral("Recommended [10,000 – 999,999]")));
        QVERIFY(r.out.contains(QStringLiteral("~$370/mo")));
    }

    void sizeWithOwnTables()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sizing.yaml"));
        writeText(path, "tiers: [{name: All, fromMonthlyEvents: 0}]\nscaling: [{label: all, fromMonthlyEvents: 0, webReplicas: 7, workerReplicas: 1, clickhouseNodes: 1}]\n"
                        "cost: {sizes: [{name: Flat, fromMonthlyEvents: 0, components: [{name: VM, usd: 10}]}]}\n");
        const Run r = cli({QStringLiteral("size"), QStringLiteral("--events"), QStringLiteral("5"), QStringLiteral("--json"),
                           QStringLiteral("--sizing"), path});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("webReplicas")).toInt(), 7);
        writeText(path, "tiers: []\n");
        QCOMPARE(cli({QStringLiteral("size"), QStringLiteral("--events"), QStringLiteral("5"), QStringLiteral("--sizing"), path}).exitCode, 1);
    }

    void metricsText()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("scrape.txt"));
        writeText(path, chartScrape);
        const Run r = cli({QStringLiteral("metrics"), path});
        QCOMPARE(r.exitCode, 1); // malformed lines
        QVERIFY2(r.out.contains(QStringLiteral("Families:    4 (untyped 1, counter 1, gauge 1, histogram 1)")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Series:      5")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("preset posthog-chart, picked")));
        QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("queueSize +42 +kafka_consumergroup_lag"))), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("needs two scrapes")));
        QVERIFY(r.out.contains(QStringLiteral("Malformed lines: 2")));
        QVERIFY2(r.err.contains(path + QStringLiteral(":7:")), qPrintable(r.err));
        QVERIFY2(r.err.contains(path + QStringLiteral(":10:79: django_http_requests_latency_seconds_by_view_method_bucket: "
                                                      "'NotANumber' is not a number")),
                 qPrintable(r.err));
    }

    void metricsJson()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("scrape.txt"));
        writeText(path, withoutMalformedLines(chartScrape));
        const Run r = cli({QStringLiteral("metrics"), path, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.isEmpty());
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("format")).toString(), QStringLiteral("prometheus-0.0.4"));
        QCOMPARE(o.value(QStringLiteral("lines")).toInt(), 12);
        QCOMPARE(o.value(QStringLiteral("families")).toInt(), 4);
        QCOMPARE(o.value(QStringLiteral("series")).toInt(), 5);
        QCOMPARE(o.value(QStringLiteral("samples")).toInt(), 8);
        const QJsonObject byType = o.value(QStringLiteral("familiesByType")).toObject();
        QCOMPARE(byType.value(QStringLiteral("histogram")).toInt(), 1);
        QCOMPARE(byType.value(QStringLiteral("untyped")).toInt(), 1);
        QCOMPARE(byType.value(QStringLiteral("summary")).toInt(), 0);
        QCOMPARE(o.value(QStringLiteral("preset")).toString(), QStringLiteral("posthog-chart"));
        QCOMPARE(o.value(QStringLiteral("presetSelection")).toString(), QStringLiteral("auto"));
        const QJsonObject metrics = o.value(QStringLiteral("metrics")).toObject();
        QVERIFY(metrics.value(QStringLiteral("eventsIngestedPerSecond")).isNull());
        QCOMPARE(metrics.value(QStringLiteral("queueSize")).toDouble(), 42.0);
        QVERIFY(metrics.value(QStringLiteral("clickhouseQueryP95Seconds")).isNull());
        // 6, 9, 10 since start: rank 9.5 -> bucket +Inf -> 0.5
        QCOMPARE(metrics.value(QStringLiteral("apiResponseP95Seconds")).toDouble(), 0.5);
        QCOMPARE(o.value(QStringLiteral("malformedLines")).toInt(), 0);
        QVERIFY(o.value(QStringLiteral("issues")).toArray().isEmpty());
        const QJsonArray readings = o.value(QStringLiteral("keyMetrics")).toArray();
        QCOMPARE(readings.size(), 4);
        QCOMPARE(readings[3].toObject().value(QStringLiteral("cumulative")).toBool(), true);
    }

    void metricsJsonListsMalformedLines()
    {
        const Run r = cli({QStringLiteral("metrics"), QStringLiteral("-"), QStringLiteral("--json")}, QString(), chartScrape);
        QCOMPARE(r.exitCode, 1);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("source")).toString(), QStringLiteral("stdin"));
        QCOMPARE(o.value(QStringLiteral("malformedLines")).toInt(), 2);
        const QJsonArray issues = o.value(QStringLiteral("issues")).toArray();
        QCOMPARE(issues.size(), 2);
        QCOMPARE(issues[0].toObject().value(QStringLiteral("line")).toInt(), 7);
        QCOMPARE(issues[1].toObject().value(QStringLiteral("line")).toInt(), 10);
        QCOMPARE(issues[1].toObject().value(QStringLiteral("column")).toInt(), 79);
        QCOMPARE(issues[1].toObject().value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
    }

    void metricsChosenPreset()
    {
        const Run r = cli({QStringLiteral("metrics"), QStringLiteral("-"), QStringLiteral("--json"), QStringLiteral("--preset"),
                           QStringLiteral("guide")},
                          QString(), withoutMalformedLines(chartScrape));
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("preset")).toString(), QStringLiteral("guide"));
        QCOMPARE(o.value(QStringLiteral("presetSelection")).toString(), QStringLiteral("chosen"));
        QVERIFY(o.value(QStringLiteral("metrics")).toObject().value(QStringLiteral("queueSize")).isNull());
    }

    void metricsOwnPresets()
    {
        QTemporaryDir dir;
        const QString presets = dir.filePath(QStringLiteral("presets.yaml"));
        writeText(presets, "presets:\n  - name: cpu\n    metrics:\n      queueSize:\n        - {kind: gauge, metric: process_cpu_seconds_total}\n");
        const Run r = cli({QStringLiteral("metrics"), QStringLiteral("-"), QStringLiteral("--json"), QStringLiteral("--presets"), presets},
                          QString(), withoutMalformedLines(chartScrape));
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("preset")).toString(), QStringLiteral("cpu"));
        QCOMPARE(o.value(QStringLiteral("metrics")).toObject().value(QStringLiteral("queueSize")).toDouble(), 3.5);

        writeText(presets, "presets:\n  - name: cpu\n    metrics:\n      queueSize:\n        - {kind: gage, metric: x}\n");
        const Run bad = cli({QStringLiteral("metrics"), QStringLiteral("-"), QStringLiteral("--presets"), presets}, QString(), "up 1\n");
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(presets + QStringLiteral(":5:18: presets[0].metrics.queueSize[0].kind: 'gage' is not one of")),
                 qPrintable(bad.err));
    }

    void metricsErrors()
    {
        QTemporaryDir dir;
        const Run none = cli({QStringLiteral("metrics")});
        QCOMPARE(none.exitCode, 2);
        QVERIFY(none.err.contains(QStringLiteral("FILE")));
        QCOMPARE(cli({QStringLiteral("metrics"), QStringLiteral("a"), QStringLiteral("b")}).exitCode, 2);
        const Run preset = cli({QStringLiteral("metrics"), QStringLiteral("-"), QStringLiteral("--preset"), QStringLiteral("nope")});
        QCOMPARE(preset.exitCode, 2);
        QVERIFY(preset.err.contains(QStringLiteral("guide, posthog-chart")));
        // Nothing listens there: fetched, and refused.
        QTcpServer bound;
        QVERIFY(bound.listen(QHostAddress::LocalHost));
        const QString closed = QStringLiteral("http://127.0.0.1:%1/metrics").arg(bound.serverPort());
        bound.close();
        const Run url = cli({QStringLiteral("metrics"), closed});
        QCOMPARE(url.exitCode, 3);
        QVERIFY2(url.err.startsWith(closed + QStringLiteral(": ")), qPrintable(url.err));
        const Run timeout = cli({QStringLiteral("metrics"), closed, QStringLiteral("--timeout"), QStringLiteral("soon")});
        QCOMPARE(timeout.exitCode, 2);
        QVERIFY2(timeout.err.contains(QStringLiteral("--timeout")), qPrintable(timeout.err));
        const Run maxBytes = cli({QStringLiteral("metrics"), closed, QStringLiteral("--max-bytes"), QStringLiteral("0")});
        QCOMPARE(maxBytes.exitCode, 2);
        QVERIFY2(maxBytes.err.contains(QStringLiteral("--max-bytes")), qPrintable(maxBytes.err));
        const Run missing = cli({QStringLiteral("metrics"), dir.filePath(QStringLiteral("absent.txt"))});
        QCOMPARE(missing.exitCode, 3);
        // Larger than 64 MiB: refused without parsing (a sparse file, quick to make).
        const QString big = dir.filePath(QStringLiteral("big.txt"));
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(64 * 1024 * 1024 + 1));
        f.close();
        const Run tooLarge = cli({QStringLiteral("metrics"), big});
        QCOMPARE(tooLarge.exitCode, 3);
        QVERIFY2(tooLarge.err.contains(QStringLiteral("larger than the limit of 64 MiB")), qPrintable(tooLarge.err));
    }

    void metricsHelpListsExitCodes()
    {
        const Run r = cli({QStringLiteral("metrics"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("malformed lines were found")));
        QVERIFY(r.out.contains(QStringLiteral("FILE|URL|-")));
        QVERIFY(cli({QStringLiteral("--help")}).out.contains(QStringLiteral("metrics")));
    }

    // The desktop application's options are listed by --help (and so in the
    // man page), except the one for making the README's screenshots.
    void helpListsDesktopOptions()
    {
        const QString help = cli({QStringLiteral("--help")}).out;
        QVERIFY2(help.contains(QStringLiteral("\n  --lang CODE ")), qPrintable(help));
        QVERIFY2(help.contains(QStringLiteral("\n  --no-keychain ")), qPrintable(help));
        QVERIFY2(!help.contains(QStringLiteral("--screenshots")), qPrintable(help));
    }

    // Every command's exit codes, as the README states them: each row names
    // the README's words for its code, and runs the program without a display.
    void exitCodesAsTheReadmeStates_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("expected");
        QTest::addColumn<QString>("readme");
        const QString ok = QStringLiteral("0 success");
        const QString invalid = QStringLiteral("1 the profile or input has problems");
        const QString usage = QStringLiteral("2 wrong arguments");
        const QString io = QStringLiteral("3 a file could not be read or written (or exists and `--force` was not given");
        const auto row = [](const char *name, const QString &args, int code, const QString &readme) {
            QTest::newRow(name) << args.split(u' ') << code << readme;
        };
        row("init", QStringLiteral("init --out @/new/p.yaml"), 0, ok);
        row("init without --out", QStringLiteral("init"), 2, usage);
        row("init unknown option", QStringLiteral("init --out @/x.yaml --bogus"), 2, usage);
        row("init over a file", QStringLiteral("init --out @/valid.yaml"), 3, io);
        row("init below a file", QStringLiteral("init --out @/valid.yaml/p.yaml"), 3, io);
        row("validate", QStringLiteral("validate --profile @/valid.yaml"), 0, ok);
        row("validate invalid", QStringLiteral("validate --profile @/invalid.yaml"), 1, invalid);
        row("validate without --profile", QStringLiteral("validate"), 2, usage);
        row("validate missing", QStringLiteral("validate --profile @/missing.yaml"), 3, io);
        row("validate a folder", QStringLiteral("validate --profile @"), 3, io);
        row("generate", QStringLiteral("generate --profile @/valid.yaml --out @/out"), 0, ok);
        row("generate invalid", QStringLiteral("generate --profile @/invalid.yaml --out @/out-invalid"), 1, invalid);
        row("generate bad --sizing", QStringLiteral("generate --profile @/valid.yaml --out @/out-s --sizing @/sizing.yaml"), 1,
            invalid);
        row("generate without --out", QStringLiteral("generate --profile @/valid.yaml"), 2, usage);
        row("generate missing", QStringLiteral("generate --profile @/missing.yaml --out @/out-m"), 3, io);
        row("generate missing --sizing",
            QStringLiteral("generate --profile @/valid.yaml --out @/out-ms --sizing @/missing.yaml"), 3, io);
        row("generate over files", QStringLiteral("generate --profile @/valid.yaml --out @/existing"), 3, io);
        row("size", QStringLiteral("size --events 5"), 0, ok);
        row("size bad --sizing", QStringLiteral("size --events 5 --sizing @/sizing.yaml"), 1, invalid);
        row("size without --events", QStringLiteral("size"), 2, usage);
        row("size --events many", QStringLiteral("size --events many"), 2, usage);
        row("size missing --sizing", QStringLiteral("size --events 5 --sizing @/missing.yaml"), 3, io);
        row("size folder --sizing", QStringLiteral("size --events 5 --sizing @"), 3, io);
        row("metrics", QStringLiteral("metrics @/clean.txt"), 0, QStringLiteral("0 parsed cleanly"));
        row("metrics malformed", QStringLiteral("metrics @/malformed.txt"), 1,
            QStringLiteral("1 malformed lines or an invalid presets file"));
        row("metrics bad --presets", QStringLiteral("metrics @/clean.txt --presets @/presets.yaml"), 1,
            QStringLiteral("1 malformed lines or an invalid presets file"));
        row("metrics without a payload", QStringLiteral("metrics"), 2, QStringLiteral("2 usage"));
        row("metrics missing", QStringLiteral("metrics @/missing.txt"), 3, QStringLiteral("3 unreadable or over 64 MiB"));
        row("metrics missing --presets", QStringLiteral("metrics @/clean.txt --presets @/missing.yaml"), 3,
            QStringLiteral("3 unreadable or over 64 MiB"));
        row("probe nothing answers", QStringLiteral("probe --url http://127.0.0.1:1 --probe /_health"), 2,
            QStringLiteral("2 down (no probe answered)"));
        row("probe without --url", QStringLiteral("probe"), 3, QStringLiteral("3 no verdict (wrong arguments)"));
        row("probe missing --profile", QStringLiteral("probe --url http://127.0.0.1:1 --profile @/missing.yaml"), 3,
            QStringLiteral("3 no verdict (wrong arguments)"));
        row("unknown command", QStringLiteral("valdiate --profile @/valid.yaml"), 2, usage);
    }

    void exitCodesAsTheReadmeStates()
    {
        QFETCH(QStringList, args);
        QFETCH(int, expected);
        QFETCH(QString, readme);
        const QString said = QString::fromUtf8(phctest::readFile(phctest::sourceDir() + QStringLiteral("/README.md"))).simplified();
        QVERIFY2(said.contains(readme), qPrintable(QStringLiteral("README.md no longer says \"%1\"").arg(readme)));

        QTemporaryDir dir;
        writeText(dir.filePath(QStringLiteral("valid.yaml")), phc::ProfileIO::exampleProfile());
        writeText(dir.filePath(QStringLiteral("invalid.yaml")),
                  QByteArray(phc::ProfileIO::exampleProfile()).replace("cloud: aws", "cloud: azure-ish"));
        writeText(dir.filePath(QStringLiteral("sizing.yaml")), "tiers: []\n");
        writeText(dir.filePath(QStringLiteral("presets.yaml")), "presets: 3\n");
        writeText(dir.filePath(QStringLiteral("clean.txt")), withoutMalformedLines(chartScrape));
        writeText(dir.filePath(QStringLiteral("malformed.txt")), chartScrape);
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("existing")));
        writeText(dir.filePath(QStringLiteral("existing/README.md")), "mine\n");
        for (QString &a : args)
            a.replace(u'@', dir.path());

        const Run r = cli(args);
        QVERIFY2(r.exitCode == expected, qPrintable(QStringLiteral("exit %1, expected %2; stderr:\n%3")
                                                        .arg(r.exitCode).arg(expected).arg(r.err)));
        // A failure says why on stderr; probe's verdicts are its report, on stdout.
        const bool verdict = args.constFirst() == u"probe" && expected != 3;
        if (expected != 0)
            QVERIFY2(!(verdict ? r.out : r.err).isEmpty(), "the reason is printed");
    }

    // A mistyped command is one, display or not: never a profile for the window.
    void unknownCommandSuggestsTheClosest_data()
    {
        QTest::addColumn<bool>("display");
        QTest::newRow("no display") << false;
        QTest::newRow("offscreen display") << true;
    }

    void unknownCommandSuggestsTheClosest()
    {
        QFETCH(bool, display);
        const QProcessEnvironment env = display ? environment({{QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen")}})
                                                : environment();
        const Run r = cli({QStringLiteral("valdiate"), QStringLiteral("--profile"), QStringLiteral("p.yaml")}, QString(), {}, env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(QStringLiteral("posthog-console: unknown command 'valdiate' (did you mean 'validate'?)\n")),
                 qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        const Run far = cli({QStringLiteral("frobnicate")}, QString(), {}, env);
        QCOMPARE(far.exitCode, 2);
        QVERIFY2(far.err.startsWith(QStringLiteral("posthog-console: unknown command 'frobnicate'\n")), qPrintable(far.err));
    }

    // The window's arguments are checked before any window exists: the process
    // ends with code 2 and the reason, with a display to open one on.
    void guiArgumentErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("--lang xx") << QStringList {QStringLiteral("--lang"), QStringLiteral("xx")}
                                   << "posthog-console: --lang xx: unknown language; available: de, en\n";
        QTest::newRow("missing profile first") << QStringList {QStringLiteral("@/missing.yaml")}
                                               << "posthog-console: @/missing.yaml: no such file\n";
        QTest::newRow("missing profile after an option")
            << QStringList {QStringLiteral("--no-keychain"), QStringLiteral("@/missing.yaml")}
            << "posthog-console: @/missing.yaml: no such file\n";
        QTest::newRow("a folder") << QStringList {QStringLiteral("--no-keychain"), QStringLiteral("@")}
                                  << "posthog-console: @: is a folder, not a profile\n";
        QTest::newRow("mistyped command after an option")
            << QStringList {QStringLiteral("--no-keychain"), QStringLiteral("genrate")}
            << "posthog-console: unknown command 'genrate' (did you mean 'generate'?)\n";
        QTest::newRow("known language, missing profile")
            << QStringList {QStringLiteral("--lang"), QStringLiteral("de_AT"), QStringLiteral("@/missing.yaml")}
            << "posthog-console: @/missing.yaml: no such file\n";
        QTest::newRow("both problems at once")
            << QStringList {QStringLiteral("--lang"), QStringLiteral("xx"), QStringLiteral("@/missing.yaml")}
            << "posthog-console: --lang xx: unknown language; available: de, en\nposthog-console: @/missing.yaml: no such file\n";
    }

    void guiArgumentErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QTemporaryDir dir;
        for (QString &a : args)
            a.replace(u'@', dir.path());
        message.replace(u'@', dir.path());
        const Run r = cli(args, QString(), {}, environment({{QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen")}}));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void initCreatesFoldersAndSaysSo()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("no/such"));
        const QString path = folder + QStringLiteral("/p.yaml");
        const Run r = cli({QStringLiteral("init"), QStringLiteral("--out"), path});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("created the folder %1\nwrote %2\n").arg(folder, path));
        QCOMPARE(phctest::readFile(path), phc::ProfileIO::starterProfile());
        const Run again = cli({QStringLiteral("init"), QStringLiteral("--out"), folder + QStringLiteral("/q.yaml")});
        QCOMPARE(again.out, QStringLiteral("wrote %1/q.yaml\n").arg(folder));
    }

    // No display: one clear line instead of Qt's platform-plugin abort.
    void guiWithoutDisplaySaysSo()
    {
        const Run r = cli({});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.count(u'\n'), 1);
        QVERIFY(r.err.contains(QStringLiteral("no display")));
        QVERIFY(r.err.contains(QStringLiteral("xvfb-run")));
        QVERIFY(r.err.contains(QStringLiteral("--help")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
