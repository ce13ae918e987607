#include "metrics/promtextparser.h"

#include <QRandomGenerator>
#include <QTest>

#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>

using namespace phc;

namespace {

struct Family
{
    QByteArray name;
    MetricType type;
    QByteArray help;
    QByteArray unit;
    int line;
};

struct Sample
{
    QByteArray name;
    QByteArray family;
    MetricType type;
    SampleSuffix suffix;
    QList<std::pair<QByteArray, QByteArray>> labels;
    double value;
    double bound;
    std::optional<qint64> timestampMs;
    bool hasExemplar;
    double exemplarValue;
    int line;
};

// Copies what the parser hands out, so the test can look at it afterwards.
class Recorder : public PromVisitor
{
public:
    void family(const PromFamilyHeader &h) override
    {
        families.append({h.name.toByteArray(), h.type, h.help.toByteArray(), h.unit.toByteArray(), h.line});
    }
    void sample(const PromSample &s) override
    {
        Sample c {s.name.toByteArray(), s.family.toByteArray(), s.type, s.suffix, {}, s.value, s.bound,
                  s.timestampMs, s.hasExemplar, s.exemplarValue, s.line};
        for (const PromLabel &l : s.labels)
            c.labels.append({l.name.toByteArray(), l.value.toByteArray()});
        samples.append(c);
    }
    QList<Family> families;
    QList<Sample> samples;
};

struct Parsed
{
    Recorder rec;
    PromParseStats stats;
};

Parsed parse(const QByteArray &text, PromParseLimits limits = {}, ExpositionFormat format = ExpositionFormat::Auto)
{
    Parsed p;
    PromTextParser parser(limits);
    p.stats = parser.parse(text, p.rec, format);
    return p;
}

QByteArray labelOf(const Sample &s, const QByteArray &name)
{
    for (const auto &[n, v] : s.labels)
        if (n == name)
            return v;
    return QByteArray();
}

} // namespace

class TestPromTextParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void counter004()
    {
        const auto p = parse("# HELP http_requests_total The total number of HTTP requests.\n"
                             "# TYPE http_requests_total counter\n"
                             "http_requests_total{method=\"post\",code=\"200\"} 1027 1395066363000\n"
                             "http_requests_total{method=\"post\",code=\"400\"}    3 1395066363000\n");
        QCOMPARE(p.stats.format, ExpositionFormat::Prometheus004);
        QCOMPARE(p.stats.malformedLines, 0);
        QCOMPARE(p.rec.families.size(), 1);
        QCOMPARE(p.rec.families[0].name, QByteArray("http_requests_total"));
        QCOMPARE(p.rec.families[0].type, MetricType::Counter);
        QCOMPARE(p.rec.families[0].help, QByteArray("The total number of HTTP requests."));
        QCOMPARE(p.rec.families[0].line, 1);
        QCOMPARE(p.rec.samples.size(), 2);
        const Sample &s = p.rec.samples[1];
        QCOMPARE(s.family, QByteArray("http_requests_total"));
        QCOMPARE(s.suffix, SampleSuffix::None);
        QCOMPARE(s.value, 3.0);
        QCOMPARE(s.timestampMs, std::optional<qint64>(1395066363000));
        QCOMPARE(labelOf(s, "code"), QByteArray("400"));
        QCOMPARE(s.line, 4);
        QCOMPARE(p.stats.samples, 2);
        QCOMPARE(p.stats.lines, 4);
    }

    void gaugeAndUntyped()
    {
        const auto p = parse("# TYPE queue gauge\nqueue 12\nno_type_at_all{x=\"1\"} -3.5\nanother 7\n");
        QCOMPARE(p.rec.families.size(), 3);
        QCOMPARE(p.rec.families[0].type, MetricType::Gauge);
        QCOMPARE(p.rec.families[1].name, QByteArray("no_type_at_all"));
        QCOMPARE(p.rec.families[1].type, MetricType::Untyped);
        QCOMPARE(p.rec.families[1].line, 3);
        QCOMPARE(p.rec.samples[1].value, -3.5);
        QCOMPARE(p.rec.samples[2].family, QByteArray("another"));
        QCOMPARE(p.rec.samples[2].type, MetricType::Untyped);
    }

    void histogram()
    {
        const auto p = parse("# TYPE http_request_duration_seconds histogram\n"
                             "http_request_duration_seconds_bucket{le=\"0.05\"} 24054\n"
                             "http_request_duration_seconds_bucket{le=\"0.1\"} 33444\n"
                             "http_request_duration_seconds_bucket{le=\"+Inf\"} 144320\n"
                             "http_request_duration_seconds_sum 53423\n"
                             "http_request_duration_seconds_count 144320\n"
                             "http_request_duration_seconds_created 1395066363.5\n");
        QCOMPARE(p.stats.malformedLines, 0);
        QCOMPARE(p.rec.families.size(), 1);
        QCOMPARE(p.rec.samples.size(), 6);
        QCOMPARE(p.rec.samples[0].suffix, SampleSuffix::Bucket);
        QCOMPARE(p.rec.samples[0].bound, 0.05);
        QCOMPARE(p.rec.samples[2].bound, std::numeric_limits<double>::infinity());
        QCOMPARE(p.rec.samples[3].suffix, SampleSuffix::Sum);
        QCOMPARE(p.rec.samples[4].suffix, SampleSuffix::Count);
        QCOMPARE(p.rec.samples[5].suffix, SampleSuffix::Created);
        for (const Sample &s : p.rec.samples) {
            QCOMPARE(s.family, QByteArray("http_request_duration_seconds"));
            QCOMPARE(s.type, MetricType::Histogram);
        }
    }

    void summary()
    {
        const auto p = parse("# TYPE rpc_duration_seconds summary\n"
                             "rpc_duration_seconds{quantile=\"0.01\"} 3102\n"
                             "rpc_duration_seconds{quantile=\"0.99\"} 76656\n"
                             "rpc_duration_seconds_sum 1.7560473e+07\n"
                             "rpc_duration_seconds_count 2693\n");
        QCOMPARE(p.stats.malformedLines, 0);
        QCOMPARE(p.rec.samples.size(), 4);
        QCOMPARE(p.rec.samples[1].suffix, SampleSuffix::None);
        QCOMPARE(p.rec.samples[1].bound, 0.99);
        QCOMPARE(p.rec.samples[2].value, 1.7560473e+07);
        QCOMPARE(p.rec.samples[3].suffix, SampleSuffix::Count);
    }

    // OpenMetrics: _total/_created counters, exemplars, seconds timestamps,
    // UNIT, info, stateset, gaugehistogram, "unknown" and # EOF.
    void openMetrics()
    {
        const auto p = parse("# TYPE acme_http_router_request_seconds counter\n"
                             "# UNIT acme_http_router_request_seconds seconds\n"
                             "# HELP acme_http_router_request_seconds Total \\\"time\\\".\n"
                             "acme_http_router_request_seconds_total{path=\"/api/v1\"} 15.0 1520879607.789 # {trace_id=\"KOO5S4vxi0o\"} 0.67 1520879607.7\n"
                             "acme_http_router_request_seconds_created{path=\"/api/v1\"} 1520430000.123\n"
                             "# TYPE build info\n"
                             "build_info{version=\"1.2\"} 1\n"
                             "# TYPE state stateset\n"
                             "state{state=\"a\"} 1\nstate{state=\"b\"} 0\n"
                             "# TYPE waiting gaugehistogram\n"
                             "waiting_bucket{le=\"1\"} 3\nwaiting_bucket{le=\"+Inf\"} 4\nwaiting_gsum 2\nwaiting_gcount 4\n"
                             "# TYPE mystery unknown\nmystery 1\n"
                             "# EOF\n");
        QCOMPARE(p.stats.format, ExpositionFormat::OpenMetrics100);
        QVERIFY(p.stats.sawEof);
        QCOMPARE(p.stats.malformedLines, 0);
        QCOMPARE(p.stats.warnings, 0);
        QCOMPARE(p.rec.families.size(), 5);
        const Family &counter = p.rec.families[0];
        QCOMPARE(counter.name, QByteArray("acme_http_router_request_seconds"));
        QCOMPARE(counter.type, MetricType::Counter);
        QCOMPARE(counter.unit, QByteArray("seconds"));
        QCOMPARE(counter.help, QByteArray("Total \"time\"."));
        const Sample &total = p.rec.samples[0];
        QCOMPARE(total.family, counter.name);
        QCOMPARE(total.suffix, SampleSuffix::Total);
        QCOMPARE(total.value, 15.0);
        QCOMPARE(total.timestampMs, std::optional<qint64>(1520879607789));
        QVERIFY(total.hasExemplar);
        QCOMPARE(total.exemplarValue, 0.67);
        QCOMPARE(labelOf(total, "path"), QByteArray("/api/v1"));
        QCOMPARE(p.rec.samples[1].suffix, SampleSuffix::Created);
        QCOMPARE(p.rec.samples[1].value, 1520430000.123);
        QCOMPARE(p.rec.samples[2].type, MetricType::Info);
        QCOMPARE(p.rec.samples[2].suffix, SampleSuffix::Info);
        QCOMPARE(p.rec.samples[3].type, MetricType::StateSet);
        QCOMPARE(labelOf(p.rec.samples[4], "state"), QByteArray("b"));
        QCOMPARE(p.rec.samples[6].bound, std::numeric_limits<double>::infinity());
        QCOMPARE(p.rec.samples[7].suffix, SampleSuffix::GSum);
        QCOMPARE(p.rec.samples[8].suffix, SampleSuffix::GCount);
        QCOMPARE(p.rec.samples[8].type, MetricType::GaugeHistogram);
        QCOMPARE(p.rec.families[4].type, MetricType::Untyped); // OpenMetrics' "unknown"
        QCOMPARE(p.rec.samples[9].family, QByteArray("mystery"));
    }

    // OpenMetrics 1.0: "an underscore and the unit MUST be the suffix" (read all the same).
    void unitMustEndTheName()
    {
        const auto p = parse("# TYPE latency gauge\n# UNIT latency seconds\nlatency 1\n# EOF\n");
        QCOMPARE(p.stats.malformedLines, 0);
        QCOMPARE(p.stats.violations, 1);
        QCOMPARE(p.stats.issues[0].line, 2);
        QCOMPARE(p.stats.issues[0].column, 16);
        QCOMPARE(p.rec.families[0].unit, QByteArray("seconds"));
        QCOMPARE(p.rec.samples.size(), 1);
    }

    void metadataOrderInOpenMetrics()
    {
        const auto p = parse("# TYPE a counter\n# HELP a Help.\n# UNIT a_seconds seconds\na_total 1\n# EOF");
        QCOMPARE(p.stats.malformedLines, 0);
        QCOMPARE(p.rec.families.size(), 3); // a, a_seconds (metadata only), then a_total (untyped)
        QCOMPARE(p.rec.families[0].help, QByteArray("Help."));
        QCOMPARE(p.rec.families[2].name, QByteArray("a_total"));
        QVERIFY(p.stats.sawEof);
    }

    void labelEscapes()
    {
        const auto p = parse("msdos_file_access_time_seconds{path=\"C:\\\\DIR\\\\FILE.TXT\",error=\"Cannot find file:\\n\\\"FILE.TXT\\\"\"} 1.458255915e9\n"
                             "odd{v=\"tab\\tstays\"} 1\n"
                             "# HELP h line\\nbreak and \\\\ backslash\n"
                             "h 1\n");
        QCOMPARE(p.stats.malformedLines, 0);
        QCOMPARE(labelOf(p.rec.samples[0], "path"), QByteArray("C:\\DIR\\FILE.TXT"));
        QCOMPARE(labelOf(p.rec.samples[0], "error"), QByteArray("Cannot find file:\n\"FILE.TXT\""));
        QCOMPARE(p.rec.samples[0].value, 1.458255915e9);
        QCOMPARE(labelOf(p.rec.samples[1], "v"), QByteArray("tab\\tstays")); // unknown escapes stay as written
        QCOMPARE(p.rec.families[2].help, QByteArray("line\nbreak and \\ backslash"));
    }

    void specialValues_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<double>("value");
        const double inf = std::numeric_limits<double>::infinity();
        QTest::newRow("NaN") << QByteArray("NaN") << std::numeric_limits<double>::quiet_NaN();
        QTest::newRow("+Inf") << QByteArray("+Inf") << inf;
        QTest::newRow("-Inf") << QByteArray("-Inf") << -inf;
        QTest::newRow("Inf") << QByteArray("Inf") << inf;
        QTest::newRow("exponent") << QByteArray("1.5e3") << 1500.0;
        QTest::newRow("negative exponent") << QByteArray("-2E-2") << -0.02;
        QTest::newRow("plus sign") << QByteArray("+3") << 3.0;
        QTest::newRow("integer") << QByteArray("18446744073709551616") << 18446744073709551616.0;
        QTest::newRow("fraction") << QByteArray(".5") << 0.5;
    }

    void specialValues()
    {
        QFETCH(QByteArray, text);
        QFETCH(double, value);
        const auto p = parse("m " + text + "\n");
        QCOMPARE(p.stats.malformedLines, 0);
        QCOMPARE(p.rec.samples.size(), 1);
        if (std::isnan(value))
            QVERIFY(std::isnan(p.rec.samples[0].value));
        else
            QCOMPARE(p.rec.samples[0].value, value);
    }

    // Short plain decimals take a shortcut past std::from_chars: the same
    // double, bit for bit, for every length up to where the shortcut stops
    // (15 digits) and beyond; "1." and "-0" keep their meaning.
    void decimalsParseAsFromChars()
    {
        QRandomGenerator rng(7);
        QByteArray text;
        QList<QByteArray> values {"0", "-0", "1.", "-0.0", "007", "0.1", "0.3", "123456789012345", "1234567890123456",
                                  "0.000000000000001", "9.99999999999999", "-999999999999999.9"};
        for (int i = 0; i < 20000; ++i) {
            const int digits = 1 + int(rng.bounded(18));
            QByteArray v = rng.bounded(4) == 0 ? "-" : "";
            const int point = int(rng.bounded(digits + 1));
            for (int d = 0; d < digits; ++d) {
                if (d == point && d > 0)
                    v += '.';
                v += char('0' + rng.bounded(10));
            }
            values.append(v);
        }
        for (const QByteArray &v : values)
            text += "m " + v + '\n';
        const auto p = parse(text);
        QCOMPARE(p.stats.malformedLines, 0);
        QCOMPARE(p.rec.samples.size(), values.size());
        for (qsizetype i = 0; i < values.size(); ++i) {
            double expected = 0;
            std::from_chars(values[i].constData(), values[i].constData() + values[i].size(), expected);
            const double got = p.rec.samples[i].value;
            QVERIFY2(std::memcmp(&got, &expected, sizeof got) == 0,
                     qPrintable(QStringLiteral("%1: %2, not %3").arg(QString::fromLatin1(values[i])).arg(got, 0, 'g', 17).arg(expected, 0, 'g', 17)));
        }
    }

    // Blanks, tabs, CRLF, trailing commas, empty braces, comments, a last line without newline.
    void tolerantWhitespace()
    {
        const auto p = parse("\n  # a comment\n#no space comment\n\tm1{a=\"1\",} 1\r\nm2{} 2\r\nm3 { a = \"x\" , b=\"y\" }\t3  \n\nm4 4");
        QCOMPARE(p.stats.malformedLines, 0);
        QCOMPARE(p.rec.samples.size(), 4);
        QCOMPARE(p.rec.samples[0].labels.size(), 1);
        QCOMPARE(p.rec.samples[1].labels.size(), 0);
        QCOMPARE(labelOf(p.rec.samples[2], "b"), QByteArray("y"));
        QCOMPARE(p.rec.samples[2].value, 3.0);
        QCOMPARE(p.rec.samples[3].value, 4.0);
        QCOMPARE(p.rec.samples[3].line, 8);
    }

    void familyWithoutSamples()
    {
        const auto p = parse("# HELP idle Nothing observed yet.\n# TYPE idle counter\n# TYPE next gauge\nnext 1\n");
        QCOMPARE(p.rec.families.size(), 2);
        QCOMPARE(p.rec.families[0].name, QByteArray("idle"));
        QCOMPARE(p.rec.families[0].type, MetricType::Counter);
        QCOMPARE(p.stats.families, 2);
    }

    void metadataAfterSamplesIsAWarning()
    {
        const auto p = parse("m 1\n# TYPE m counter\nm 2\n");
        QCOMPARE(p.stats.malformedLines, 0);
        QCOMPARE(p.stats.warnings, 1);
        QCOMPARE(p.stats.issues.size(), 1);
        QCOMPARE(p.stats.issues[0].line, 2);
        QCOMPARE(p.stats.issues[0].severity, Severity::Warning);
        QCOMPARE(p.rec.samples.size(), 2);
        QCOMPARE(p.rec.samples[1].type, MetricType::Untyped);
    }

    // Each malformed line is reported with its line and column, skipped, and
    // the good line after it is still read.
    void malformed_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::newRow("labels not closed") << QByteArray("foo{a=\"b\" 1") << 11 << "expected ',' or '}'";
        QTest::newRow("unquoted value") << QByteArray("foo{a=b} 1") << 7 << "double quotes";
        QTest::newRow("bad label name") << QByteArray("foo{1a=\"b\"} 1") << 5 << "expected a label name";
        QTest::newRow("missing =") << QByteArray("foo{a \"b\"} 1") << 7 << "expected '='";
        QTest::newRow("unterminated value") << QByteArray("foo{a=\"b} 1") << 7 << "not terminated";
        QTest::newRow("duplicate label") << QByteArray("foo{a=\"1\",a=\"2\"} 1") << 11 << "duplicate label";
        QTest::newRow("no value") << QByteArray("foo") << 4 << "expected a blank and a value";
        QTest::newRow("no blank before value") << QByteArray("foo{a=\"b\"}1") << 11 << "expected a blank";
        QTest::newRow("not a number") << QByteArray("foo abc") << 5 << "'abc' is not a number";
        QTest::newRow("double sign") << QByteArray("foo +-1") << 5 << "not a number";
        QTest::newRow("trailing text") << QByteArray("foo 1 2 3") << 9 << "unexpected text";
        QTest::newRow("float timestamp in 0.0.4") << QByteArray("foo 1 12.5") << 7 << "whole milliseconds";
        QTest::newRow("no metric name") << QByteArray("{a=\"b\"} 1") << 1 << "expected a metric name";
        QTest::newRow("name starts with digit") << QByteArray("9foo 1") << 1 << "expected a metric name";
        QTest::newRow("unknown type") << QByteArray("# TYPE foo bogus") << 12 << "unknown metric type 'bogus'";
        QTest::newRow("TYPE without name") << QByteArray("# TYPE") << 7 << "expected a metric name";
        QTest::newRow("TYPE bad name") << QByteArray("# TYPE 9foo counter") << 8 << "expected a metric name";
        QTest::newRow("TYPE extra text") << QByteArray("# TYPE foo counter extra") << 20 << "unexpected text";
        QTest::newRow("bad exemplar") << QByteArray("foo 1 # nonsense") << 7 << "exemplar";
        QTest::newRow("exemplar without value") << QByteArray("foo 1 # {a=\"b\"}") << 16 << "exemplar needs";
        QTest::newRow("EOF with text") << QByteArray("# EOF now") << 6 << "after '# EOF'";
    }

    void malformed()
    {
        QFETCH(QByteArray, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        const auto p = parse("good_before 1\n" + line + "\ngood_after{x=\"1\"} 2\n");
        QCOMPARE(p.stats.malformedLines, 1);
        QCOMPARE(p.stats.issues.size(), 1);
        const Issue &i = p.stats.issues[0];
        QCOMPARE(i.line, 2);
        QCOMPARE(i.column, column);
        QCOMPARE(i.severity, Severity::Error);
        QVERIFY2(i.message.contains(message), qPrintable(i.message));
        QCOMPARE(p.rec.samples.size(), 2);
        QCOMPARE(p.rec.samples[1].name, QByteArray("good_after"));
        QCOMPARE(p.rec.samples[1].line, 3);
    }

    void malformedByType_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        QTest::newRow("bucket without le") << QByteArray("# TYPE h histogram\nh_bucket{x=\"1\"} 1\n") << 2 << "'le'";
        QTest::newRow("bucket with bad le") << QByteArray("# TYPE h histogram\nh_bucket{le=\"x\"} 1\n") << 2 << "'le'";
        QTest::newRow("bare histogram sample") << QByteArray("# TYPE h histogram\nh 1\n") << 2 << "h_bucket";
        QTest::newRow("summary without quantile") << QByteArray("# TYPE s summary\ns 1\n") << 2 << "'quantile'";
        QTest::newRow("second TYPE") << QByteArray("# TYPE c counter\n# TYPE c gauge\nc 1\n") << 2 << "second TYPE";
        QTest::newRow("second HELP") << QByteArray("# HELP c a\n# HELP c b\nc 1\n") << 2 << "second HELP";
        QTest::newRow("after EOF") << QByteArray("a 1\n# EOF\nb 2\n") << 3 << "after '# EOF'";
    }

    void malformedByType()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(QString, message);
        const auto p = parse(text, {}, ExpositionFormat::Prometheus004);
        QCOMPARE(p.stats.malformedLines, 1);
        QCOMPARE(p.stats.issues.size(), 1);
        QCOMPARE(p.stats.issues[0].line, line);
        QVERIFY2(p.stats.issues[0].message.contains(message), qPrintable(p.stats.issues[0].message));
    }

    void openMetricsTimestampsAreSeconds()
    {
        const auto p = parse("a 1 1.5\nb 2 1700000000\nc 3 -1\n# EOF\n");
        QCOMPARE(p.stats.malformedLines, 0);
        QCOMPARE(p.rec.samples[0].timestampMs, std::optional<qint64>(1500));
        QCOMPARE(p.rec.samples[1].timestampMs, std::optional<qint64>(1700000000000));
        QCOMPARE(p.rec.samples[2].timestampMs, std::optional<qint64>(-1000));
        const auto bad = parse("a 1 NaN\n# EOF\n");
        QCOMPARE(bad.stats.malformedLines, 1);
    }

    void detectFormat_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("openMetrics");
        QTest::newRow("0.0.4") << QByteArray("a 1\n") << false;
        QTest::newRow("EOF") << QByteArray("a 1\n# EOF") << true;
        QTest::newRow("EOF newline") << QByteArray("a 1\n# EOF\n") << true;
        QTest::newRow("EOF CRLF") << QByteArray("a 1\r\n# EOF\r\n") << true;
        QTest::newRow("only EOF") << QByteArray("# EOF\n") << true;
        QTest::newRow("EOF in a comment") << QByteArray("a 1\n## EOF\n") << false;
        QTest::newRow("EOF not last") << QByteArray("# EOF\na 1\n") << false;
        QTest::newRow("empty") << QByteArray() << false;
    }

    void detectFormat()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, openMetrics);
        QCOMPARE(PromTextParser::detectFormat(text) == ExpositionFormat::OpenMetrics100, openMetrics);
    }

    // OpenMetrics by its content type but without "# EOF": a broken rule, the sample still read.
    void forcedOpenMetricsWithoutEofIsAViolation()
    {
        const auto p = parse("a 1\n", {}, ExpositionFormat::OpenMetrics100);
        QCOMPARE(p.stats.malformedLines, 0);
        QCOMPARE(p.stats.violations, 1);
        QCOMPARE(p.stats.issues[0].severity, Severity::Error);
        QVERIFY(p.stats.issues[0].message.contains(QStringLiteral("EOF")));
        QCOMPARE(p.rec.samples.size(), 1);
    }

    // Hostile input: the bounds hold and are reported as issues.
    void lineLengthLimit()
    {
        PromParseLimits limits;
        limits.maxLineBytes = 1024;
        const QByteArray longLine = "huge{v=\"" + QByteArray(5000, 'x') + "\"} 1";
        const auto p = parse("a 1\n" + longLine + "\nb 2\n", limits);
        QCOMPARE(p.stats.malformedLines, 1);
        QCOMPARE(p.stats.issues[0].line, 2);
        QVERIFY(p.stats.issues[0].message.contains(QStringLiteral("1024")));
        QCOMPARE(p.rec.samples.size(), 2);
        QCOMPARE(p.rec.samples[1].line, 3);
    }

    void defaultLineLimitIsOneMiB()
    {
        QCOMPARE(PromParseLimits().maxLineBytes, qsizetype(1024 * 1024));
        const QByteArray longLine = "huge " + QByteArray(1024 * 1024, '1');
        const auto p = parse(longLine + "\nb 2");
        QCOMPARE(p.stats.malformedLines, 1);
        QCOMPARE(p.rec.samples.size(), 1);
    }

    void labelCountLimit()
    {
        PromParseLimits limits;
        limits.maxLabelsPerSample = 3;
        const auto ok = parse("m{a=\"1\",b=\"2\",c=\"3\"} 1\n", limits);
        QCOMPARE(ok.stats.malformedLines, 0);
        const auto p = parse("m{a=\"1\",b=\"2\",c=\"3\",d=\"4\"} 1\n", limits);
        QCOMPARE(p.stats.malformedLines, 1);
        QVERIFY2(p.stats.issues[0].message.contains(QStringLiteral("limit of 3")), qPrintable(p.stats.issues[0].message));
        QCOMPARE(p.rec.samples.size(), 0);
    }

    void issueListIsCapped()
    {
        PromParseLimits limits;
        limits.maxIssues = 10;
        QByteArray text;
        for (int i = 0; i < 5000; ++i)
            text += "not valid at all {\n";
        const auto p = parse(text + "ok 1\n", limits);
        QCOMPARE(p.stats.malformedLines, 5000);
        QCOMPARE(p.stats.issues.size(), 10);
        QCOMPARE(p.stats.droppedIssues, 4990);
        QCOMPARE(p.stats.issues.last().line, 10);
        QCOMPARE(p.rec.samples.size(), 1);
    }

    // Random bytes, NULs and truncations: no crash, every line accounted for.
    void garbage()
    {
        QRandomGenerator rng(20240801);
        const QByteArray valid = "# TYPE h histogram\nh_bucket{le=\"1\",a=\"x\\\"y\"} 1 1000\nh_bucket{le=\"+Inf\"} 2\n"
                                 "h_sum 3\nh_count 2\n# EOF\n";
        for (int round = 0; round < 2000; ++round) {
            QByteArray text = valid;
            const int edits = 1 + int(rng.bounded(8));
            for (int e = 0; e < edits; ++e) {
                const int at = int(rng.bounded(text.size()));
                switch (rng.bounded(3)) {
                case 0: text[at] = char(rng.bounded(256)); break;
                case 1: text.remove(at, 1 + int(rng.bounded(5))); break;
                default: text.truncate(at); break;
                }
                if (text.isEmpty())
                    break;
            }
            const auto p = parse(text);
            QVERIFY(p.stats.samples == p.rec.samples.size());
            QVERIFY(p.stats.lines <= text.count('\n') + 1);
            for (const Issue &i : p.stats.issues) {
                QVERIFY(i.line >= 1 && i.line <= p.stats.lines + 1);
                QVERIFY(i.column >= 1);
            }
        }
        QByteArray noise(256 * 1024, '\0');
        for (char &c : noise)
            c = char(rng.bounded(256));
        const auto p = parse(noise);
        QVERIFY(p.stats.malformedLines > 0);
    }
};

QTEST_GUILESS_MAIN(TestPromTextParser)
#include "tst_promtextparser.moc"
