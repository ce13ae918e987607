// A payload parsed in two parts on two threads and joined must give the
// snapshot one pass gives, to the byte of every message, wherever the cut
// falls; and a file read in chunks the snapshot of the same bytes in memory.
#include "snapshotdump.h"
#include "testpaths.h"
#include "metrics/metricssnapshot.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace phc;

namespace {

constexpr SnapshotSplit onePass {-1, -1};

// Families that come back, with other types and repeated series, histograms
// and summaries, bad lines, escapes, blank and CRLF lines, metadata after samples.
QByteArray mixedPayload()
{
    return "# HELP http_requests_total Requests, by \\\"code\\\".\n"
           "# TYPE http_requests_total counter\n"
           "http_requests_total{code=\"200\",path=\"/a\\\\b\"} 10 1700000000000\n"
           "http_requests_total{code=\"500\",path=\"/q\\\"x\\\"\"} 2\n"
           "\n"
           "# TYPE lat histogram\n"
           "lat_bucket{view=\"a\",le=\"0.1\"} 1\r\n"
           "lat_bucket{view=\"a\",le=\"+Inf\"} 4\n"
           "lat_sum{view=\"a\"} 2.5\n"
           "lat_count{view=\"a\"} 4\n"
           "this line is not a sample\n"
           "# TYPE up gauge\n"
           "up{job=\"web\"} 1\n"
           "# HELP up again after its samples\n"
           "# TYPE http_requests_total counter\n"
           "http_requests_total{code=\"404\",path=\"/c\"} 7\n"
           "# TYPE rpc summary\n"
           "rpc{quantile=\"0.5\"} 0.2\nrpc{quantile=\"0.9\"} 0.7\nrpc_sum 9\nrpc_count 20\n"
           "# TYPE up counter\n"
           "up_total 3\n"
           "# TYPE lat histogram\n"
           "lat_bucket{view=\"b\",le=\"1\"} 0\nlat_bucket{view=\"b\",le=\"+Inf\"} 1\nlat_sum{view=\"b\"} 0.2\nlat_count{view=\"b\"} 1\n"
           "bad{x=\"unterminated} 1\n"
           "# HELP temp Temperature.\n# UNIT temp celsius\n# TYPE temp gauge\n"
           "temp{room=\"a\"} 21.5\n"
           "# TYPE http_requests_total counter\n"
           "http_requests_total{code=\"200\",path=\"/a\\\\b\"} 11\n"
           "# TYPE lat histogram\n"
           "lat_bucket{view=\"c\",le=\"+Inf\"} 2\nlat_count{view=\"c\"} 2\n"
           "# TYPE tail gauge\n"
           "tail 1";
}

// Many pods' worth of the same families, as a large scrape repeats them.
QByteArray repeatedPayload(int pods)
{
    QRandomGenerator rng(7);
    QByteArray out;
    for (int pod = 0; pod < pods; ++pod) {
        const QByteArray p = "pod=\"web-" + QByteArray::number(pod) + '"';
        out += "# HELP req_seconds Request time.\n# TYPE req_seconds histogram\n";
        for (const char *route : {"a", "b\\\"q\\\""}) {
            int count = 0;
            for (const char *le : {"0.1", "1", "+Inf"}) {
                count += int(rng.bounded(5));
                out += "req_seconds_bucket{" + p + ",route=\"" + route + "\",le=\"" + le + "\"} " + QByteArray::number(count)
                       + ' ' + QByteArray::number(1700000000000 + pod) + '\n';
            }
            out += "req_seconds_sum{" + p + ",route=\"" + route + "\"} 1.5\n";
            out += "req_seconds_count{" + p + ",route=\"" + route + "\"} " + QByteArray::number(count) + '\n';
        }
        out += "# TYPE lag gauge\nlag{" + p + ",partition=\"" + QByteArray::number(pod % 3) + "\"} "
               + QByteArray::number(rng.bounded(100)) + '\n';
        if (pod % 17 == 5)
            out += "lag{" + p + " broken\n";
    }
    return out;
}

QList<std::pair<QString, QByteArray>> corpus()
{
    QList<std::pair<QString, QByteArray>> payloads {
        {QStringLiteral("mixed"), mixedPayload()},
        {QStringLiteral("mixed, OpenMetrics"), mixedPayload() + "\n# EOF\n"},
        {QStringLiteral("EOF in the middle"), QByteArray("# TYPE a gauge\na 1\n# EOF\n# TYPE b gauge\nb 2\n")},
        {QStringLiteral("repeated families"), repeatedPayload(60)},
    };
    const QDir fuzz(phctest::sourceDir() + QStringLiteral("/tests/fuzz/corpus/promtext"));
    for (const QString &name : fuzz.entryList(QDir::Files, QDir::Name)) {
        QFile f(fuzz.filePath(name));
        if (f.open(QIODevice::ReadOnly))
            payloads.append({QStringLiteral("fuzz corpus ") + name, f.readAll()});
    }
    return payloads;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return QString();
    return path;
}

} // namespace

class TestSnapshotParts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Every line start of every payload as the place to look for the cut,
    // with the default limits and with limits the parts must share.
    void twoPartsGiveOnePass_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<int>("maxIssues");
        QTest::addColumn<int>("maxSeries");
        QTest::addColumn<bool>("mustSplit"); // places that give a clean cut are known to exist
        for (const auto &[name, payload] : corpus()) {
            // OpenMetrics payloads are read in one pass (their rules look across the whole).
            const bool built = !name.startsWith(QStringLiteral("fuzz")) && payload.size() > 200
                               && PromTextParser::detectFormat(payload) != ExpositionFormat::OpenMetrics100;
            QTest::newRow(qPrintable(name)) << payload << 1000 << 500000 << built;
            QTest::newRow(qPrintable(name + QStringLiteral(", 3 issues kept"))) << payload << 3 << 500000 << built;
            // Over the limit the parts would disagree with one pass: never joined.
            QTest::newRow(qPrintable(name + QStringLiteral(", 20 series"))) << payload << 1000 << 20 << false;
        }
    }

    void twoPartsGiveOnePass()
    {
        QFETCH(QByteArray, payload);
        QFETCH(int, maxIssues);
        QFETCH(int, maxSeries);
        QFETCH(bool, mustSplit);
        PromParseLimits limits;
        limits.maxIssues = maxIssues;
        limits.maxSeries = maxSeries;
        const MetricsSnapshot one = MetricsSnapshot::parse(payload, limits, ExpositionFormat::Auto, onePass);
        const QString expected = phctest::dump(one);
        int split = 0, cuts = 0;
        for (qsizetype at = 0; at < payload.size(); at = payload.indexOf('\n', at) + 1) {
            ++cuts;
            const MetricsSnapshot s = MetricsSnapshot::parse(payload, limits, ExpositionFormat::Auto, {0, at});
            split += s.parts() == 2 ? 1 : 0;
            const QString got = phctest::dump(s);
            if (got != expected)
                QCOMPARE(got, expected); // shows the difference
            // The fuzzer's comparison agrees.
            QVERIFY(phctest::sameSnapshot(s, one));
            if (at == 0 && payload.indexOf('\n') < 0)
                break;
            if (payload.indexOf('\n', at) < 0)
                break;
        }
        qInfo("%d of %d places gave a cut", split, cuts);
        // The test says nothing if no place was ever cut.
        if (mustSplit)
            QVERIFY2(split > 0, "no place gave a two-part parse");
    }

    // The comparisons can fail: each difference a join could make is seen.
    void comparisonsSeeDifferences()
    {
        const QByteArray base("# TYPE a gauge\na{x=\"1\"} 1 5\n# TYPE h histogram\nh_bucket{le=\"1\"} 2\nh_count 2\nbad line\n");
        const MetricsSnapshot one = MetricsSnapshot::parse(base);
        const QList<QByteArray> others {
            QByteArray(base).replace("} 1 5", "} 2 5"),       // a value
            QByteArray(base).replace("} 1 5", "} 1 6"),       // a timestamp
            QByteArray(base).replace("x=\"1\"", "x=\"2\""), // labels
            QByteArray(base).replace("le=\"1\"", "le=\"2\""), // a bucket
            QByteArray(base).replace("bad line", "bad  line"), // an issue's text
            "\n" + base,                                        // line numbers
            base + "# TYPE z gauge\n",                            // a family
        };
        for (const QByteArray &other : others) {
            const MetricsSnapshot s = MetricsSnapshot::parse(other);
            QVERIFY2(!phctest::sameSnapshot(s, one), other.constData());
            QVERIFY2(phctest::dump(s) != phctest::dump(one), other.constData());
        }
        QVERIFY(phctest::sameSnapshot(MetricsSnapshot::parse(base), one));
    }

    // The cases where two parts would not read as one pass are parsed in one.
    void unsafeCutsFallBackToOnePass_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QByteArray>("cutAt");
        // A series in both parts: its values would have to be merged.
        QTest::newRow("series in both parts") << QByteArray("# TYPE a gauge\na{x=\"1\"} 1\n# TYPE b gauge\nb 1\n# TYPE a gauge\na{x=\"1\"} 2\n")
                                              << QByteArray("# TYPE b");
        // Another type after the cut: one pass skips those samples with an error.
        QTest::newRow("type changes") << QByteArray("# TYPE a gauge\na 1\n# TYPE b gauge\nb 1\n# TYPE a counter\na_total 2\n")
                                      << QByteArray("# TYPE b");
        // After "# EOF" every line is an error.
        QTest::newRow("after EOF") << QByteArray("# TYPE a gauge\na 1\n# EOF\nz 1\n# TYPE b gauge\nb 1\n") << QByteArray("# TYPE b");
        // The cut line continues the open family: HELP after TYPE.
        QTest::newRow("same family") << QByteArray("# TYPE a gauge\na 1\n# HELP a late\na 2\n") << QByteArray("# HELP a");
    }

    void unsafeCutsFallBackToOnePass()
    {
        QFETCH(QByteArray, payload);
        QFETCH(QByteArray, cutAt);
        const qsizetype at = payload.indexOf(cutAt);
        QVERIFY(at > 0);
        const MetricsSnapshot one = MetricsSnapshot::parse(payload, {}, ExpositionFormat::Auto, onePass);
        const MetricsSnapshot two = MetricsSnapshot::parse(payload, {}, ExpositionFormat::Auto, {0, at});
        QCOMPARE(two.parts(), 1);
        QCOMPARE(phctest::dump(two), phctest::dump(one));
    }

    // Chunks of 256 KiB: lines across their edges, a long line dropped
    // across several, the last line without its newline; in one part and in two.
    void fileReadInChunksGivesTheSameSnapshot_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<int>("maxLineBytes");
        const QByteArray big = repeatedPayload(6000); // about 3 MB
        QTest::newRow("large scrape") << big << 1024 * 1024;
        const qsizetype at = big.indexOf('\n', 700 * 1024) + 1;
        const QByteArray longLine = big.left(at) + "huge{v=\"" + QByteArray(600 * 1024, 'x') + "\"} 1\n" + big.mid(at);
        QTest::newRow("a 600 KiB line over 1 KiB") << longLine << 1024;
        QTest::newRow("a long last line without newline") << big + "last{v=\"" + QByteArray(300 * 1024, 'y') + "\"} 1" << 1024;
        QTest::newRow("last line without newline") << big + "last 1" << 1024 * 1024;
        QTest::newRow("empty") << QByteArray() << 1024 * 1024;
        QTest::newRow("OpenMetrics") << big + "# EOF\n" << 1024 * 1024;
        QTest::newRow("'# EOF' inside the last line") << big + "x{a=\"# EOF\"} 1 # EOF\n" << 1024 * 1024;
        QTest::newRow("'# EOF' and 10 KiB of blank lines") << big + "# EOF\n" + QByteArray(10 * 1024, '\n') << 1024 * 1024;
        QTest::newRow("only '# EOF'") << QByteArray("# EOF") << 1024 * 1024;
        QTest::newRow("'x# EOF'") << QByteArray("x# EOF\n") << 1024 * 1024;
    }

    void fileReadInChunksGivesTheSameSnapshot()
    {
        QFETCH(QByteArray, payload);
        QFETCH(int, maxLineBytes);
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("scrape.txt"), payload);
        QVERIFY(!path.isEmpty());
        PromParseLimits limits;
        limits.maxLineBytes = maxLineBytes;
        const QString expected = phctest::dump(MetricsSnapshot::parse(payload, limits, ExpositionFormat::Auto, onePass));
        for (const SnapshotSplit split : {onePass, SnapshotSplit {0, -1}}) {
            const SnapshotRead read = MetricsSnapshot::parseFile(path, defaultMaxPayloadBytes, limits, ExpositionFormat::Auto, split);
            QCOMPARE(int(read.read.status), int(PromDeviceRead::Status::Ok));
            QVERIFY(read.snapshot);
            QCOMPARE(read.read.bytes, qint64(payload.size()));
            QCOMPARE(phctest::dump(*read.snapshot), expected);
        }
        // The long line counts as one malformed line, and nothing after it is lost.
        if (payload.contains("huge{")) {
            const MetricsSnapshot without = MetricsSnapshot::parse(repeatedPayload(6000), limits, ExpositionFormat::Auto, onePass);
            const SnapshotRead read = MetricsSnapshot::parseFile(path, defaultMaxPayloadBytes, limits);
            QCOMPARE(read.snapshot->stats().malformedLines, without.stats().malformedLines + 1);
            QCOMPARE(read.snapshot->stats().samples, without.stats().samples);
            QCOMPARE(read.snapshot->stats().lines, without.stats().lines + 1);
        }
    }

    void fileErrors()
    {
        QTemporaryDir dir;
        const QByteArray payload = repeatedPayload(100);
        const QString path = writeFile(dir, QStringLiteral("scrape.txt"), payload);
        const SnapshotRead exact = MetricsSnapshot::parseFile(path, payload.size());
        QCOMPARE(int(exact.read.status), int(PromDeviceRead::Status::Ok));
        const SnapshotRead large = MetricsSnapshot::parseFile(path, payload.size() - 1);
        QCOMPARE(int(large.read.status), int(PromDeviceRead::Status::TooLarge));
        QVERIFY(!large.snapshot);
        const SnapshotRead missing = MetricsSnapshot::parseFile(dir.filePath(QStringLiteral("missing.txt")), 1 << 20);
        QCOMPARE(int(missing.read.status), int(PromDeviceRead::Status::ReadError));
        QVERIFY(!missing.read.error.isEmpty());
        QVERIFY(!missing.snapshot);
    }
};

QTEST_GUILESS_MAIN(TestSnapshotParts)
#include "tst_snapshotparts.moc"
