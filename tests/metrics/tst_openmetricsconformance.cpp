#include "metrics/metricssnapshot.h"
#include "metrics/promtextparser.h"

#include "testpaths.h"

#include <QFile>
#include <QTest>

#include <cmath>

using namespace phc;

namespace {

// Undoes the escapes of conformance.tsv: \n \t \r \\ \xHH.
QByteArray unescape(QByteArrayView text)
{
    QByteArray out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != '\\' || i + 1 >= text.size()) {
            out += text[i];
            continue;
        }
        const char c = text[++i];
        if (c == 'n')
            out += '\n';
        else if (c == 't')
            out += '\t';
        else if (c == 'r')
            out += '\r';
        else if (c == 'x' && i + 2 < text.size()) {
            out += char(QByteArray(text.sliced(i + 1, 2).toByteArray()).toInt(nullptr, 16));
            i += 2;
        } else
            out += c;
    }
    return out;
}

struct Verdict
{
    bool valid = false;
    QString firstProblem;
};

Verdict verdictOf(const MetricsSnapshot &s)
{
    Verdict v;
    const PromParseStats &st = s.stats();
    v.valid = st.malformedLines == 0 && st.violations == 0 && !hasErrors(st.issues);
    for (const Issue &i : st.issues)
        if (i.severity == Severity::Error) {
            v.firstProblem = QStringLiteral("%1:%2: %3").arg(i.line).arg(i.column).arg(i.message);
            break;
        }
    return v;
}

} // namespace

class TestOpenMetricsConformance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void conformance_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<bool>("valid");
        QFile f(phctest::testDataDir() + QStringLiteral("/openmetrics/conformance.tsv"));
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
        int cases = 0;
        for (const QByteArray &line : f.readAll().split('\n')) {
            if (line.isEmpty())
                continue;
            const QList<QByteArray> fields = line.split('\t');
            QCOMPARE(fields.size(), 3);
            QTest::newRow(fields[1].constData()) << unescape(fields[2]) << (fields[0] == "valid");
            ++cases;
        }
        QVERIFY(cases > 200);
    }

    // Parsed as application/openmetrics-text: valid exactly when the case is.
    void conformance()
    {
        QFETCH(QByteArray, payload);
        QFETCH(bool, valid);
        const MetricsSnapshot s = MetricsSnapshot::parse(payload, {}, ExpositionFormat::OpenMetrics100);
        const Verdict v = verdictOf(s);
        QVERIFY2(v.valid == valid, valid ? qPrintable(QStringLiteral("refused: ") + v.firstProblem) : "accepted");
        for (const Issue &i : s.issues()) {
            QVERIFY(i.line >= 1);
            QVERIFY(i.column >= 1);
            QVERIFY(!i.message.isEmpty());
        }
    }

    // A lenient read, a strict report: the rules broken are issues at their
    // line and column, and the values are there all the same.
    void violationsKeepTheValues()
    {
        const QByteArray payload("# TYPE a counter\n"
                                 "a_total{x=\"1\"} -1\n"
                                 "# TYPE h histogram\n"
                                 "h_bucket{le=\"2\"} 5\n"
                                 "h_bucket{le=\"1\"} 3\n"
                                 "h_count 5\n"
                                 "h_sum 1\n"
                                 "# TYPE g gauge\n"
                                 "g 1 # {t=\"x\"} 1\n"
                                 "# EOF\n");
        const MetricsSnapshot s = MetricsSnapshot::parse(payload);
        QCOMPARE(s.stats().format, ExpositionFormat::OpenMetrics100);
        QCOMPARE(s.stats().malformedLines, 0);
        QVERIFY(s.stats().violations >= 4);
        const MetricFamily *a = s.family("a");
        QVERIFY(a);
        QCOMPARE(a->series.size(), 1);
        QCOMPARE(a->series[0].value, -1.0);
        const MetricFamily *h = s.family("h");
        QVERIFY(h);
        QCOMPARE(h->series[0].buckets.size(), 2);
        QCOMPARE(h->series[0].count, 5.0);
        QCOMPARE(s.family("g")->series[0].value, 1.0);
        const auto at = [&](int line) {
            QStringList messages;
            for (const Issue &i : s.issues())
                if (i.line == line)
                    messages << QStringLiteral("%1 %2").arg(i.column).arg(i.message);
            return messages.join(u'|');
        };
        QVERIFY2(at(2).startsWith(QStringLiteral("16 ")) && at(2).contains(QStringLiteral("negative")), qPrintable(at(2)));
        QVERIFY2(at(5).contains(QStringLiteral("increasing order")), qPrintable(at(5)));
        QVERIFY2(at(5).contains(QStringLiteral("cumulative")), qPrintable(at(5)));
        QVERIFY2(at(7).contains(QStringLiteral("+Inf")), qPrintable(at(7)));
        QVERIFY2(at(9).startsWith(QStringLiteral("5 ")) && at(9).contains(QStringLiteral("exemplar")), qPrintable(at(9)));
    }

    void syntaxColumns_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<int>("column");
        QTest::newRow("two spaces") << QByteArray("a  1") << 3;
        QTest::newRow("trailing comma") << QByteArray("a{b=\"1\",} 1") << 9;
        QTest::newRow("blank in labels") << QByteArray("a{b = \"1\"} 1") << 4;
        QTest::newRow("tab") << QByteArray("a\t1") << 2;
        QTest::newRow("comment") << QByteArray("# just a comment") << 1;
        QTest::newRow("untyped") << QByteArray("# TYPE a untyped") << 10;
        QTest::newRow("hex value") << QByteArray("a 0x10") << 3;
        QTest::newRow("leading blank") << QByteArray(" a 1") << 1;
    }

    void syntaxColumns()
    {
        QFETCH(QByteArray, line);
        QFETCH(int, column);
        const MetricsSnapshot s = MetricsSnapshot::parse(QByteArray("ok 1\n" + line + "\n# EOF\n"), {}, ExpositionFormat::OpenMetrics100);
        QVERIFY(!s.issues().isEmpty());
        const Issue &i = s.issues().constFirst();
        QCOMPARE(i.line, 2);
        QCOMPARE(i.column, column);
        QCOMPARE(i.severity, Severity::Error);
    }

    // Prometheus 0.0.4 keeps its own rules: what OpenMetrics refuses here is fine there.
    void prometheusTextIsNotHeldToOpenMetrics()
    {
        const QByteArray payload("# TYPE a counter\na -1\n\n# TYPE h histogram\nh_bucket{le=\"2\"} 1\nh_bucket{le=\"1\"} 3\n"
                                 "b  1\nc{x = \"1\",} 2\n# a comment\n");
        const MetricsSnapshot s = MetricsSnapshot::parse(payload);
        QCOMPARE(s.stats().format, ExpositionFormat::Prometheus004);
        QCOMPARE(s.stats().violations, 0);
        QCOMPARE(s.stats().malformedLines, 0);
        QVERIFY(s.issues().isEmpty());
    }

    // Rules checked when the last family ends are reported without "# EOF" too.
    void lastFamilyCheckedAtTheEnd()
    {
        const MetricsSnapshot s = MetricsSnapshot::parse("# TYPE h histogram\nh_bucket{le=\"1\"} 1\n", {},
                                                         ExpositionFormat::OpenMetrics100);
        QStringList messages;
        for (const Issue &i : s.issues())
            messages << i.message;
        QVERIFY2(messages.join(u'|').contains(QStringLiteral("+Inf")), qPrintable(messages.join(u'|')));
        QVERIFY2(messages.join(u'|').contains(QStringLiteral("EOF")), qPrintable(messages.join(u'|')));
    }

    // A timestamp too large for milliseconds is valid: the sample is read without it.
    void hugeTimestampIsValid()
    {
        const MetricsSnapshot s = MetricsSnapshot::parse("# TYPE a gauge\na 1 12345678901234567890.5\n# EOF\n");
        QVERIFY(verdictOf(s).valid);
        QCOMPARE(s.family("a")->series[0].value, 1.0);
        QVERIFY(!s.family("a")->series[0].timestampMs);
    }
};

QTEST_GUILESS_MAIN(TestOpenMetricsConformance)
#include "tst_openmetricsconformance.moc"
