// Metrics engine: parser throughput on a generated, realistic 10 MB scrape,
// the same payload through Debian's python3-prometheus-client parser for
// comparison, and the memory of 24 h of history for the four key metrics.
// Reports numbers; asserts only that the work was done.
#include "testpaths.h"
#include "metrics/decimator.h"
#include "metrics/metricssnapshot.h"
#include "metrics/promtextparser.h"
#include "metrics/ringbuffer.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <malloc.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <functional>
#include <vector>

using namespace phc;

namespace {

constexpr qsizetype targetBytes = 10'000'000;

// What the web pods, the plugin server, Kafka's exporter and ClickHouse
// expose together, repeated for as many pods as it takes to reach 10 MB:
// histograms with 15 buckets and several labels, labelled counters and
// gauges, summaries, unlabelled ClickHouse counters, some escaped values.
QByteArray generatePayload(int pods, quint32 seed)
{
    QRandomGenerator rng(seed);
    QByteArray out;
    out.reserve(targetBytes + targetBytes / 10);
    const QList<QByteArray> views {"api/projects/events", "api/projects/insights/trend", "decide", "capture",
                                   "api/person", "api/feature_flag", "api/dashboard", "batch", "e", "s",
                                   "api/projects/session_recordings", "api/organizations/members", "health",
                                   "api/projects/cohorts", "api/projects/actions", "admin/login"};
    const QList<QByteArray> methods {"GET", "POST", "PATCH"};
    const QList<QByteArray> buckets {"0.005", "0.01", "0.025", "0.05", "0.075", "0.1", "0.25", "0.5", "0.75",
                                     "1.0", "2.5", "5.0", "7.5", "10.0", "+Inf"};
    auto pod = [](int p) -> QByteArray {
        return "instance=\"10.0." + QByteArray::number(p / 250) + '.' + QByteArray::number(p % 250)
               + ":8001\",pod=\"posthog-web-7d9c8b6f5-" + QByteArray::number(100000 + p * 7919, 36) + '"';
    };
    auto number = [&rng]() -> QByteArray {
        switch (rng.bounded(4)) {
        case 0: return QByteArray::number(rng.bounded(100000));
        case 1: return QByteArray::number(rng.generateDouble() * 1000, 'f', 3);
        case 2: return QByteArray::number(rng.generateDouble() * 1e9, 'e', 6);
        default: return QByteArray::number(rng.bounded(1000)) + ".0";
        }
    };

    out += "# HELP django_http_requests_latency_seconds_by_view_method Histogram of request processing time labelled by view.\n"
           "# TYPE django_http_requests_latency_seconds_by_view_method histogram\n";
    for (int p = 0; p < pods; ++p)
        for (const QByteArray &view : views)
            for (const QByteArray &method : methods) {
                const QByteArray labels = pod(p) + ",method=\"" + method + "\",view=\"" + view + '"';
                double count = 0;
                for (const QByteArray &le : buckets) {
                    count += rng.bounded(50);
                    out += "django_http_requests_latency_seconds_by_view_method_bucket{" + labels + ",le=\"" + le + "\"} "
                           + QByteArray::number(count) + ".0\n";
                }
                out += "django_http_requests_latency_seconds_by_view_method_count{" + labels + "} " + QByteArray::number(count) + ".0\n";
                out += "django_http_requests_latency_seconds_by_view_method_sum{" + labels + "} " + number() + '\n';
            }

    out += "# HELP django_http_responses_total_by_status_view_method_total Count of responses by status, view, method.\n"
           "# TYPE django_http_responses_total_by_status_view_method_total counter\n";
    for (int p = 0; p < pods; ++p)
        for (const QByteArray &view : views)
            for (const char *status : {"200", "201", "400", "404", "500"})
                out += "django_http_responses_total_by_status_view_method_total{" + pod(p) + ",method=\"GET\",status=\""
                       + status + "\",view=\"" + view + "\"} " + number() + '\n';

    out += "# HELP kafka_consumergroup_lag Current Approximate Lag of a ConsumerGroup at Topic/Partition\n"
           "# TYPE kafka_consumergroup_lag gauge\n";
    for (int p = 0; p < pods; ++p)
        for (const char *topic : {"events_plugin_ingestion", "session_recording_events", "clickhouse_events_json"})
            for (int partition = 0; partition < 4; ++partition)
                out += QByteArray("kafka_consumergroup_lag{consumergroup=\"clickhouse-ingestion\",partition=\"")
                       + QByteArray::number(p * 4 + partition) + "\",topic=\"" + topic + "\"} " + number() + '\n';

    out += "# HELP posthog_celery_task_duration_seconds Task duration.\n# TYPE posthog_celery_task_duration_seconds summary\n";
    for (int p = 0; p < pods; ++p)
        for (const char *task : {"posthog.tasks.calculate_cohort", "posthog.tasks.send_email", "ee.tasks.\\\"quoted\\\" task"}) {
            for (const char *q : {"0.5", "0.9", "0.99"})
                out += QByteArray("posthog_celery_task_duration_seconds{") + pod(p) + ",quantile=\"" + q + "\",task=\"" + task
                       + "\"} " + number() + '\n';
            out += QByteArray("posthog_celery_task_duration_seconds_sum{") + pod(p) + ",task=\"" + task + "\"} " + number() + '\n';
            out += QByteArray("posthog_celery_task_duration_seconds_count{") + pod(p) + ",task=\"" + task + "\"} " + number() + '\n';
        }

    for (int e = 0; e < 40; ++e) {
        const QByteArray name = "ClickHouseProfileEvents_Event" + QByteArray::number(e);
        out += "# HELP " + name + " Number of times event " + QByteArray::number(e) + " happened.\n# TYPE " + name + " counter\n";
        for (int p = 0; p < pods; ++p)
            out += name + "{instance=\"chi-posthog-" + QByteArray::number(p % 3) + ":9363\",path=\"C:\\\\data\\\\" + QByteArray::number(p)
                   + "\"} " + number() + '\n';
    }
    out += "# HELP process_start_time_seconds Start time of the process since unix epoch in seconds.\n"
           "# TYPE process_start_time_seconds gauge\nprocess_start_time_seconds 1.7229e+09\n";
    return out;
}

QByteArray realisticPayload()
{
    static const QByteArray payload = [] {
        const qsizetype onePod = generatePayload(1, 1).size();
        int pods = int(targetBytes / onePod);
        QByteArray text = generatePayload(pods, 1);
        while (text.size() < targetBytes)
            text = generatePayload(++pods, 1);
        return text;
    }();
    return payload;
}


// The whole-process comparison's payload, about 20 MB and 175,000 lines:
// label values with escapes and quotes, a timestamp on every sample,
// counters, gauges, 12-bucket histograms and summaries. Deterministic.
QByteArray scrapePayload20MB()
{
    static const QByteArray payload = [] {
        QRandomGenerator rng(20);
        QByteArray out;
        out.reserve(21'000'000);
        const QList<QByteArray> routes {"api/projects/:id/insights/trend", "api/event/?limit=\\\"100\\\"", "decide",
                                        "capture", "e", "s", "batch", "api/person/:id", "api/dashboard/\\\"home\\\"",
                                        "api/feature_flag/local_evaluation"};
        const QList<QByteArray> les {"0.005", "0.01", "0.025", "0.05", "0.1", "0.25", "0.5", "1.0", "2.5", "5.0", "10.0", "+Inf"};
        const qint64 ts = 1764547200000;
        int pod = 0;
        while (out.size() < 20'000'000) {
            const QByteArray p = "pod=\"web-" + QByteArray::number(100000 + pod * 7919, 36) + '"';
            const QByteArray t = ' ' + QByteArray::number(ts + pod) + '\n';
            out += "# HELP posthog_http_request_duration_seconds Request time by route.\n"
                   "# TYPE posthog_http_request_duration_seconds histogram\n";
            for (const QByteArray &route : routes)
                for (const char *method : {"GET", "POST"}) {
                    const QByteArray labels = p + ",method=\"" + method + "\",route=\"" + route + '"';
                    double count = 0;
                    for (const QByteArray &le : les) {
                        count += rng.bounded(40);
                        out += "posthog_http_request_duration_seconds_bucket{" + labels + ",le=\"" + le + "\"} "
                               + QByteArray::number(count) + t;
                    }
                    out += "posthog_http_request_duration_seconds_sum{" + labels + "} "
                           + QByteArray::number(rng.generateDouble() * count, 'f', 4) + t;
                    out += "posthog_http_request_duration_seconds_count{" + labels + "} " + QByteArray::number(count) + t;
                }
            out += "# HELP posthog_events_ingested_total Events ingested.\n# TYPE posthog_events_ingested_total counter\n";
            for (int team = 0; team < 20; ++team)
                out += "posthog_events_ingested_total{" + p + ",team_id=\"" + QByteArray::number(team)
                       + "\",source=\"C:\\\\ingest\\n\\\"plugin\\\"\"} " + QByteArray::number(rng.bounded(1 << 30)) + t;
            out += "# TYPE kafka_consumergroup_lag gauge\n";
            for (int part = 0; part < 16; ++part)
                out += "kafka_consumergroup_lag{consumergroup=\"clickhouse-ingestion\",partition=\"" + QByteArray::number(part)
                       + "\",topic=\"events_plugin_ingestion\"," + p + "} " + QByteArray::number(rng.bounded(5000)) + t;
            out += "# TYPE posthog_celery_task_duration_seconds summary\n";
            for (const char *task : {"posthog.tasks.calculate_cohort", "ee.tasks.\\\"quoted\\\" task"}) {
                for (const char *q : {"0.5", "0.9", "0.99"})
                    out += QByteArray("posthog_celery_task_duration_seconds{") + p + ",quantile=\"" + q + "\",task=\"" + task
                           + "\"} " + QByteArray::number(rng.generateDouble() * 10, 'e', 5) + t;
                out += QByteArray("posthog_celery_task_duration_seconds_sum{") + p + ",task=\"" + task + "\"} "
                       + QByteArray::number(rng.generateDouble() * 1000, 'f', 3) + t;
                out += QByteArray("posthog_celery_task_duration_seconds_count{") + p + ",task=\"" + task + "\"} "
                       + QByteArray::number(rng.bounded(100000)) + t;
            }
            ++pod;
        }
        return out;
    }();
    return payload;
}

struct ProcessRun
{
    double ms = 0;
    qint64 maxRssKiB = 0;
    int exitCode = -1;
};

QByteArray readAllOf(const QString &path);

// Runs argv with stdin from `input` (or /dev/null) and stdout to `output`,
// through the small `measure` program (measure.cpp), which times it from
// fork to exit and reads its own peak resident size from wait4.
ProcessRun runMeasured(const QStringList &argv, const QString &input, const QString &output)
{
    const QString report = output + QStringLiteral(".measure");
    std::vector<QByteArray> bytes {QByteArray(PHC_MEASURE), report.toLocal8Bit()};
    for (const QString &a : argv)
        bytes.push_back(a.toLocal8Bit());
    std::vector<char *> args;
    for (QByteArray &b : bytes)
        args.push_back(b.data());
    args.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    const QByteArray in = input.isEmpty() ? QByteArray("/dev/null") : input.toLocal8Bit();
    const QByteArray out = output.toLocal8Bit();
    posix_spawn_file_actions_addopen(&actions, 0, in.constData(), O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, out.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    ProcessRun r;
    pid_t pid = -1;
    if (posix_spawn(&pid, args[0], &actions, nullptr, args.data(), environ) == 0) {
        int status = 0;
        if (waitpid(pid, &status, 0) == pid && WIFEXITED(status) && WEXITSTATUS(status) == 0) {
            const QList<QByteArray> fields = readAllOf(report).trimmed().split(' ');
            if (fields.size() == 3) {
                r.ms = fields[0].toDouble();
                r.maxRssKiB = fields[1].toLongLong();
                r.exitCode = fields[2].toInt();
            }
        }
    }
    posix_spawn_file_actions_destroy(&actions);
    return r;
}

template <typename T>
T median(std::vector<T> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? T() : v[v.size() / 2];
}

class Counter : public PromVisitor
{
public:
    void sample(const PromSample &s) override
    {
        ++samples;
        labels += qsizetype(s.labels.size());
    }
    qsizetype samples = 0;
    qsizetype labels = 0;
};

double megabytesPerSecond(qsizetype bytes, qint64 nanoseconds) { return double(bytes) / 1e6 / (double(nanoseconds) / 1e9); }

// Best of `rounds` runs, in nanoseconds.
qint64 bestOf(int rounds, const std::function<void()> &work)
{
    qint64 best = std::numeric_limits<qint64>::max();
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        best = std::min(best, t.nsecsElapsed());
    }
    return best;
}

int rounds() { return qEnvironmentVariableIsSet("PHC_BENCH_ROUNDS") ? qEnvironmentVariableIntValue("PHC_BENCH_ROUNDS") : 10; }

QString writePayload(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("payload.txt"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(realisticPayload()) != realisticPayload().size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QByteArray readAllOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString pythonWithPrometheusClient()
{
    // Debian's interpreter first: the distribution's python3-prometheus-client lives there.
    for (const QString &candidate : {QStringLiteral("/usr/bin/python3"), QStandardPaths::findExecutable(QStringLiteral("python3"))}) {
        if (candidate.isEmpty())
            continue;
        QProcess p;
        p.start(candidate, {QStringLiteral("-c"), QStringLiteral("import prometheus_client.parser")});
        if (p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
            return candidate;
    }
    return QString();
}

} // namespace

class BenchMetrics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        const QByteArray &payload = realisticPayload();
        Counter c;
        PromTextParser parser;
        const PromParseStats stats = parser.parse(payload, c);
        QCOMPARE(stats.malformedLines, 0);
        m_samples = c.samples;
        qInfo("payload: %lld bytes, %d lines, %lld samples, %lld families, %lld labels",
              qlonglong(payload.size()), stats.lines, qlonglong(c.samples), qlonglong(stats.families), qlonglong(c.labels));
    }

    // The parser alone, samples handed to a visitor that counts them.
    void parserThroughput()
    {
        const QByteArray &payload = realisticPayload();
        PromTextParser parser;
        qsizetype samples = 0;
        const qint64 ns = bestOf(rounds(), [&] {
            Counter c;
            parser.parse(payload, c);
            samples = c.samples;
        });
        QCOMPARE(samples, m_samples);
        m_parserMBps = megabytesPerSecond(payload.size(), ns);
        qInfo("parser (visitor): %.1f MB/s, %.2f ms per 10 MB payload", m_parserMBps, double(ns) / 1e6);
        QTest::setBenchmarkResult(m_parserMBps * 1e6, QTest::BytesPerSecond);
    }

    // The same payload read as OpenMetrics: every line also checked against
    // the specification's ABNF and its metric-type rules.
    void parserThroughputOpenMetricsChecks()
    {
        const QByteArray payload = realisticPayload() + "# EOF\n";
        PromTextParser parser;
        qsizetype samples = 0;
        int violations = 0;
        const qint64 ns = bestOf(rounds(), [&] {
            Counter c;
            violations = parser.parse(payload, c, ExpositionFormat::OpenMetrics100).violations;
            samples = c.samples;
        });
        QCOMPARE(samples, m_samples);
        qInfo("parser, OpenMetrics with its rules checked: %.1f MB/s, %.2f ms per 10 MB payload (%d rules broken)",
              megabytesPerSecond(payload.size(), ns), double(ns) / 1e6, violations);
    }

    // Parser plus the families -> series -> values snapshot consumers use.
    void snapshotThroughput()
    {
        const QByteArray &payload = realisticPayload();
        qsizetype series = 0;
        const qint64 ns = bestOf(rounds(), [&] { series = MetricsSnapshot::parse(payload).seriesCount(); });
        QVERIFY(series > 0);
        qInfo("parser + snapshot: %.1f MB/s, %.2f ms, %lld series", megabytesPerSecond(payload.size(), ns),
              double(ns) / 1e6, qlonglong(series));
        QTest::setBenchmarkResult(megabytesPerSecond(payload.size(), ns) * 1e6, QTest::BytesPerSecond);
    }

    void parserIteration()
    {
        const QByteArray &payload = realisticPayload();
        PromTextParser parser;
        Counter c;
        QBENCHMARK {
            parser.parse(payload, c);
        }
        QVERIFY(c.samples > 0);
    }

    // Debian's python3-prometheus-client on the same payload, timed inside Python.
    void pythonReference()
    {
        const QString python = pythonWithPrometheusClient();
        if (python.isEmpty())
            QFAIL("python3 with prometheus_client is missing: run packaging/setup-debian.sh (python3-prometheus-client)");
        QTemporaryDir dir;
        const QString path = writePayload(dir);
        const char *script = "import sys, time\n"
                             "from prometheus_client.parser import text_string_to_metric_families\n"
                             "text = open(sys.argv[1], encoding='utf-8').read()\n"
                             "best = None\n"
                             "for _ in range(int(sys.argv[2])):\n"
                             "    t0 = time.perf_counter()\n"
                             "    n = 0\n"
                             "    for family in text_string_to_metric_families(text):\n"
                             "        n += len(family.samples)\n"
                             "    dt = time.perf_counter() - t0\n"
                             "    best = dt if best is None or dt < best else best\n"
                             "print(best, n)\n";
        QProcess p;
        const int pythonRounds = std::max(1, std::min(3, rounds()));
        p.start(python, {QStringLiteral("-c"), QString::fromUtf8(script), path, QString::number(pythonRounds)});
        QVERIFY(p.waitForFinished(280000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const QList<QByteArray> fields = p.readAllStandardOutput().trimmed().split(' ');
        QCOMPARE(fields.size(), 2);
        const double seconds = fields[0].toDouble();
        QCOMPARE(fields[1].toLongLong(), qlonglong(m_samples)); // both read every sample
        const double pythonMBps = double(realisticPayload().size()) / 1e6 / seconds;
        qInfo("python3-prometheus-client %s: %.2f MB/s, %.0f ms per 10 MB payload", qPrintable(python), pythonMBps,
              seconds * 1000);
        if (m_parserMBps > 0)
            qInfo("ratio parser / python: %.0fx", m_parserMBps / pythonMBps);
    }

    // `posthog-console metrics FILE` as a whole process: start, read, parse, summarise.
    void cliWholeProcess()
    {
        QTemporaryDir dir;
        const QString path = writePayload(dir);
        QByteArray output;
        const qint64 ns = bestOf(std::max(1, std::min(5, rounds())), [&] {
            QProcess p;
            p.start(phctest::cliPath(), {QStringLiteral("metrics"), path, QStringLiteral("--json")});
            p.waitForFinished(120000);
            output = p.readAllStandardOutput();
        });
        QVERIFY(output.contains("\"malformedLines\": 0"));
        qInfo("posthog-console metrics FILE: %.0f ms for 10 MB (%.1f MB/s including process start)", double(ns) / 1e6,
              megabytesPerSecond(realisticPayload().size(), ns));
    }

    // The 20 MB scrape through three whole processes, in one run, each
    // several times: `posthog-console metrics FILE --json`, Debian's
    // python3-prometheus-client (text_string_to_metric_families, interpreter
    // start included) and `promtool check metrics < FILE`. Medians of wall
    // time and of the peak resident size (wait4).
    void wholeProcessAgainstPeers()
    {
        const QByteArray &payload = scrapePayload20MB();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("scrape-20mb.txt"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly) && f.write(payload) == payload.size());
        }
        // PHC_BENCH_SAVE_PAYLOAD=FILE keeps a copy, for profiling the CLI on it.
        if (const QString keep = qEnvironmentVariable("PHC_BENCH_SAVE_PAYLOAD"); !keep.isEmpty()) {
            QFile::remove(keep);
            QVERIFY(QFile::copy(path, keep));
        }
        Counter c;
        const PromParseStats stats = PromTextParser().parse(payload, c);
        QCOMPARE(stats.malformedLines, 0);
        qInfo("20 MB payload: %lld bytes, %d lines, %lld samples", qlonglong(payload.size()), stats.lines, qlonglong(c.samples));

        const QString python = pythonWithPrometheusClient();
        if (python.isEmpty())
            QFAIL("python3 with prometheus_client is missing: run packaging/setup-debian.sh (python3-prometheus-client)");
        const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
        if (promtool.isEmpty())
            QFAIL("promtool is missing: run packaging/setup-debian.sh (prometheus)");
        const QString script = QStringLiteral(
            "import sys\n"
            "from prometheus_client.parser import text_string_to_metric_families\n"
            "n = 0\n"
            "for family in text_string_to_metric_families(open(sys.argv[1], encoding='utf-8').read()):\n"
            "    n += len(family.samples)\n"
            "print(n)\n");
        struct Peer
        {
            const char *name;
            QStringList argv;
            QString input;
        };
        const QList<Peer> peers {
            {"posthog-console metrics --json", {phctest::cliPath(), QStringLiteral("metrics"), path, QStringLiteral("--json")}, QString()},
            {"python3-prometheus-client", {python, QStringLiteral("-c"), script, path}, QString()},
            {"promtool check metrics", {promtool, QStringLiteral("check"), QStringLiteral("metrics")}, path},
        };
        const int reps = std::max(3, std::min(7, rounds()));
        std::vector<std::vector<double>> ms(size_t(peers.size()));
        std::vector<std::vector<qint64>> rss(size_t(peers.size()));
        const QString out = dir.filePath(QStringLiteral("out.txt"));
        // Interleaved, so that a busy moment of the machine hits every peer alike.
        for (int rep = 0; rep < reps; ++rep)
            for (qsizetype i = 0; i < peers.size(); ++i) {
                const ProcessRun r = runMeasured(peers[i].argv, peers[i].input, out);
                QVERIFY2(r.exitCode >= 0, peers[i].name);
                if (i == 0) {
                    QCOMPARE(r.exitCode, 0);
                    const QByteArray json = readAllOf(out);
                    const QByteArray samples = "\"samples\": " + QByteArray::number(c.samples);
                    QVERIFY2(json.contains(samples), json.left(2000).constData());
                } else if (i == 1) {
                    QCOMPARE(readAllOf(out).trimmed().toLongLong(), qlonglong(c.samples));
                }
                ms[size_t(i)].push_back(r.ms);
                rss[size_t(i)].push_back(r.maxRssKiB);
            }
        const double ours = median(ms[0]);
        for (qsizetype i = 0; i < peers.size(); ++i) {
            const double m = median(ms[size_t(i)]);
            const qint64 kib = median(rss[size_t(i)]);
            qInfo("%-32s median %7.1f ms of %d (min %.1f, max %.1f), peak RSS %6.1f MiB = %.2fx the payload%s",
                  peers[i].name, m, reps, *std::min_element(ms[size_t(i)].begin(), ms[size_t(i)].end()),
                  *std::max_element(ms[size_t(i)].begin(), ms[size_t(i)].end()), double(kib) / 1024,
                  double(kib) * 1024 / double(payload.size()),
                  i == 0 ? "" : qPrintable(QStringLiteral(", %1x our time").arg(m / ours, 0, 'f', 1)));
        }
    }

    // Four key metrics, 24 h at one point every 5 s, as the dashboard keeps them.
    void historyMemory()
    {
        const size_t before = mallinfo2().uordblks;
        {
            std::vector<RingBuffer<TimePoint>> history;
            history.reserve(4);
            for (int i = 0; i < 4; ++i)
                history.emplace_back(dayAt5sPoints);
            const size_t allocated = mallinfo2().uordblks;
            for (RingBuffer<TimePoint> &r : history)
                for (qint64 t = 0; t < 2 * dayAt5sPoints; ++t)
                    r.push({t * 5000, double(t)});
            const size_t filled = mallinfo2().uordblks;
            qsizetype storage = 0;
            for (const RingBuffer<TimePoint> &r : history)
                storage += r.storageBytes();
            qInfo("24 h history of 4 key metrics: %lld bytes of points (4 x %lld x %d), %zu bytes on the heap; "
                  "after 48 h of pushes: %zu bytes",
                  qlonglong(storage), qlonglong(dayAt5sPoints), int(sizeof(TimePoint)), allocated - before, filled - before);
            QCOMPARE(filled, allocated); // pushing never allocates
        }
    }

private:
    qsizetype m_samples = 0;
    double m_parserMBps = 0;
};

QTEST_GUILESS_MAIN(BenchMetrics)
#include "bench_metrics.moc"
