// Differential test: generated and mutated OpenMetrics payloads through our
// parser and through Debian's prometheus_client OpenMetrics parser
// (omdifferential.py); the verdicts (valid / invalid) must agree, but for the
// listed cases where prometheus_client accepts what the specification's
// ABNF refuses.
#include "metrics/metricssnapshot.h"

#include "testpaths.h"

#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>
#include <optional>

using namespace phc;

namespace {

constexpr int caseCount = 4000;

QString pythonWithPrometheusClient()
{
    // Debian's interpreter first: the distribution's python3-prometheus-client lives there.
    for (const QString &candidate : {QStringLiteral("/usr/bin/python3"), QStandardPaths::findExecutable(QStringLiteral("python3"))}) {
        if (candidate.isEmpty())
            continue;
        QProcess p;
        p.start(candidate, {QStringLiteral("-c"), QStringLiteral("import prometheus_client.openmetrics.parser")});
        if (p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
            return candidate;
    }
    return QString();
}

template <typename T, size_t N>
const T &pick(QRandomGenerator &rng, const T (&items)[N])
{
    return items[rng.bounded(int(N))];
}

QByteArray number(QRandomGenerator &rng, bool whole)
{
    static const char *const values[] = {"0", "1", "2", "3", "17", "1.5", "0.25", "1e3", "2.0", "007"};
    QByteArray v = pick(rng, values);
    if (whole && (v.contains('.') || v.contains('e')))
        v = "4";
    return v;
}

QByteArray timestampText(QRandomGenerator &rng, int step)
{
    static const char *const forms[] = {"%1", "%1.5", "%1.0", "1.%1e3"};
    return QByteArray(pick(rng, forms)).replace("%1", QByteArray::number(1000 + step));
}

// A payload that is valid OpenMetrics, mostly.
QByteArray generate(QRandomGenerator &rng)
{
    static const char *const types[] = {"counter", "gauge", "histogram", "gaugehistogram", "summary",
                                        "info", "stateset", "unknown", ""};
    static const char *const names[] = {"a", "b", "c_seconds", "d_bytes", "e:f"};
    static const char *const helps[] = {"help", "", "he\\nlp", "back \\\\ slash", "quote \\\" here", "unicode \xe2\x98\x83"};
    QByteArray out;
    const int families = 1 + int(rng.bounded(3));
    QList<QByteArray> used;
    for (int f = 0; f < families; ++f) {
        QByteArray name = pick(rng, names);
        if (used.contains(name) && rng.bounded(4) != 0)
            continue;
        used.append(name);
        const QByteArray type = pick(rng, types);
        QList<QByteArray> meta;
        if (!type.isEmpty())
            meta << "# TYPE " + name + ' ' + type + '\n';
        if (rng.bounded(2))
            meta << "# HELP " + name + ' ' + pick(rng, helps) + '\n';
        if (rng.bounded(3) == 0 && type != "info" && type != "stateset") {
            const QByteArray unit = name.endsWith("_seconds") ? "seconds" : name.endsWith("_bytes") ? "bytes" : "";
            meta << "# UNIT " + name + ' ' + unit + '\n';
        }
        if (rng.bounded(3) == 0)
            std::reverse(meta.begin(), meta.end());
        for (const QByteArray &m : meta)
            out += m;
        const int series = int(rng.bounded(3));
        const bool timestamps = rng.bounded(4) == 0;
        for (int s = 0; s < series; ++s) {
            const QByteArray labels = rng.bounded(3) == 0 ? QByteArray() : "x=\"" + QByteArray::number(s) + '"';
            const auto braces = [&](const QByteArray &extra) {
                QByteArray all = labels;
                if (!extra.isEmpty())
                    all += (all.isEmpty() ? "" : ",") + extra;
                return all.isEmpty() && rng.bounded(2) ? QByteArray() : '{' + all + '}';
            };
            const QByteArray ts = timestamps ? ' ' + timestampText(rng, s) : QByteArray();
            const auto exemplar = [&] {
                return rng.bounded(3) == 0 ? QByteArray(" # {trace=\"t") + QByteArray::number(s) + "\"} 0.5" +
                                                 (rng.bounded(2) ? " 123.4" : "")
                                           : QByteArray();
            };
            if (type == "counter") {
                out += name + "_total" + braces({}) + ' ' + number(rng, false) + ts + exemplar() + '\n';
                if (rng.bounded(3) == 0)
                    out += name + "_created" + braces({}) + ' ' + "1700000000.5" + ts + '\n';
            } else if (type == "histogram" || type == "gaugehistogram") {
                const bool gauge = type == "gaugehistogram";
                int cumulative = int(rng.bounded(3));
                static const char *const bounds[] = {"-1.0", "0.5", "1.0", "10.0"};
                const bool negative = rng.bounded(4) == 0;
                for (int b = negative ? 0 : 1; b < 4; b += 1 + int(rng.bounded(2))) {
                    out += name + "_bucket" + braces("le=\"" + QByteArray(bounds[b]) + '"') + ' ' +
                           QByteArray::number(cumulative) + ts + exemplar() + '\n';
                    cumulative += int(rng.bounded(3));
                }
                out += name + "_bucket" + braces("le=\"+Inf\"") + ' ' + QByteArray::number(cumulative) + ts + '\n';
                // A histogram with negative buckets has no _sum (and so no _count).
                if (rng.bounded(4) != 0 && !(negative && !gauge)) {
                    out += name + (gauge ? "_gcount" : "_count") + braces({}) + ' ' + QByteArray::number(cumulative) + ts + '\n';
                    out += name + (gauge ? "_gsum" : "_sum") + braces({}) + ' ' + (negative ? "-2.5" : "2.5") + ts + '\n';
                }
            } else if (type == "summary") {
                for (const char *q : {"0.5", "0.99"})
                    if (rng.bounded(2))
                        out += name + braces("quantile=\"" + QByteArray(q) + '"') + ' ' + number(rng, false) + ts + '\n';
                out += name + "_count" + braces({}) + ' ' + number(rng, true) + ts + '\n';
                out += name + "_sum" + braces({}) + ' ' + number(rng, false) + ts + '\n';
            } else if (type == "info") {
                out += name + "_info" + braces("version=\"1." + QByteArray::number(s) + '"') + " 1" + ts + '\n';
            } else if (type == "stateset") {
                out += name + braces(name + "=\"on\"") + ' ' + (rng.bounded(2) ? "1" : "0") + ts + '\n';
                out += name + braces(name + "=\"off\"") + ' ' + (rng.bounded(2) ? "1" : "0") + ts + '\n';
            } else {
                out += name + braces({}) + ' ' + number(rng, false) + ts + '\n';
            }
        }
    }
    out += "# EOF\n";
    return out;
}

QByteArray mutate(QByteArray p, QRandomGenerator &rng)
{
    static const char alphabet[] = {' ', '\t', '#', '{', '}', '"', '=', ',', '\\', 'a', '_', '1', '0', '.', 'e', '-', '+', 'n', '\n', 'x'};
    static const char *const tokens[] = {"NaN", "-1", "+Inf", "-Inf", "1e3", "0.5", "2", "1.5e-3", "Inf", "0", "+INF", "nan"};
    const int mutations = 1 + int(rng.bounded(2));
    for (int m = 0; m < mutations && !p.isEmpty(); ++m) {
        QList<QByteArray> lines = p.split('\n');
        const qsizetype at = rng.bounded(int(p.size()));
        const int line = int(rng.bounded(int(lines.size())));
        switch (rng.bounded(9)) {
        case 0: p.remove(at, 1); break;
        case 1: p.insert(at, pick(rng, alphabet)); break;
        case 2: p[at] = pick(rng, alphabet); break;
        case 3: lines.insert(line, lines[line]); p = lines.join('\n'); break;
        case 4: lines.removeAt(line); p = lines.join('\n'); break;
        case 5:
            if (line + 1 < lines.size())
                lines.swapItemsAt(line, line + 1);
            p = lines.join('\n');
            break;
        case 6: { // a number replaced by another
            QByteArray &l = lines[line];
            const qsizetype space = l.lastIndexOf(' ');
            if (space > 0 && !l.startsWith('#'))
                l = l.left(space + 1) + pick(rng, tokens);
            p = lines.join('\n');
            break;
        }
        case 7: lines.insert(line, QByteArray()); p = lines.join('\n'); break;
        default: p.replace("# EOF", rng.bounded(2) ? "" : "# EOF\n"); break;
        }
    }
    return p;
}

bool ourVerdict(const QByteArray &payload)
{
    const MetricsSnapshot s = MetricsSnapshot::parse(payload, {}, ExpositionFormat::OpenMetrics100);
    const PromParseStats &st = s.stats();
    return st.malformedLines == 0 && st.violations == 0 && !hasErrors(st.issues);
}

// Where prometheus_client 0.16 and the OpenMetrics 1.0 specification part;
// each is an exception to the agreement, with its reason, found by looking
// at the payload. `pythonAccepts`: which way the two verdicts differ.
// Empty: none applies (a real disagreement).

// A sample line's timestamps as python-client holds them: (seconds,
// nanoseconds) for "S" and "S.F", nullopt for the exponent form it keeps
// as a float.
std::optional<std::pair<qint64, qint64>> pythonTimestamp(const QByteArray &text)
{
    if (text.contains('e') || text.contains('E'))
        return std::nullopt;
    const qsizetype dot = text.indexOf('.');
    const qint64 sec = text.left(dot < 0 ? text.size() : dot).toLongLong();
    const qint64 nsec = dot < 0 ? 0 : text.mid(dot + 1).left(9).leftJustified(9, '0').toLongLong();
    return std::pair(sec, nsec);
}

QString knownException(const QByteArray &payload, bool pythonAccepts)
{
    QList<QByteArray> timestamps; // of the sample lines, in order
    for (const QByteArray &line : payload.split('\n')) {
        if (line.startsWith('#')) {
            if (!pythonAccepts)
                continue;
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() >= 3 && parts[0] != "#" && (parts[1] == "HELP" || parts[1] == "TYPE" || parts[1] == "UNIT"))
                return QStringLiteral("a metadata line starting '#x ' (python-client never reads the first word)");
            if (!line.startsWith("# HELP "))
                continue;
            // escaped-string has no bare DQUOTE (normal-char excludes %x22), and a BS needs a character after it.
            const qsizetype text = line.indexOf(' ', 7);
            if (text > 0 && line.indexOf('"', text) > 0)
                return QStringLiteral("HELP text with an unescaped '\"' (python-client does not check HELP's escaping)");
            qsizetype backslashes = 0;
            for (qsizetype i = line.size() - 1; i > text && line[i] == '\\'; --i)
                ++backslashes;
            if (text > 0 && backslashes % 2 == 1)
                return QStringLiteral("HELP text ending in a lone backslash (python-client keeps it)");
            continue;
        }
        // A sample line: name, labels (quotes and escapes respected), then the rest.
        qsizetype i = 0;
        while (i < line.size() && line[i] != '{' && line[i] != ' ')
            ++i;
        bool unterminated = false;
        if (i < line.size() && line[i] == '{') {
            bool quoted = false;
            for (++i; i < line.size(); ++i) {
                if (quoted && line[i] == '\\')
                    ++i;
                else if (line[i] == '"')
                    quoted = !quoted;
                else if (!quoted && line[i] == '}')
                    break;
            }
            unterminated = i >= line.size();
            if (pythonAccepts && !unterminated && i + 1 < line.size() && line[i + 1] != ' ')
                return QStringLiteral("no space after the labels' '}' (python-client skips one character there unread)");
            ++i;
        }
        if (pythonAccepts && unterminated)
            return QStringLiteral("a label value whose closing quote is escaped (python-client takes all up to the last '}')");
        if (pythonAccepts) {
            static const QRegularExpression blankBound(QStringLiteral("(le|quantile)=\"[^\"]*\\s[^\"]*\""));
            if (blankBound.match(QString::fromLatin1(line)).hasMatch())
                return QStringLiteral("le or quantile with blanks in the number (Python's float() strips them)");
        }
        const QList<QByteArray> fields = line.mid(i).trimmed().split(' ');
        if (pythonAccepts && !fields.isEmpty() && (fields[0].toLower() == "+nan" || fields[0].toLower() == "-nan"))
            return QStringLiteral("a signed NaN (the ABNF has only \"nan\"; Python's float() takes a sign)");
        if (fields.size() >= 2 && fields[1] != "#")
            timestamps << fields[1];
    }
    if (pythonAccepts)
        return QString();
    // python-client keeps "1e3" as a float and "1000" as a Timestamp, and cannot compare the two ...
    const bool exponent = std::any_of(timestamps.begin(), timestamps.end(), [](const QByteArray &t) { return !pythonTimestamp(t); });
    if (exponent && timestamps.size() > 1)
        return QStringLiteral("timestamps in exponent form beside others (python-client compares a float with its Timestamp and fails)");
    // ... and its Timestamp's '>' is "seconds > or nanoseconds >": 1000.5 > 1001.0.
    for (qsizetype t = 1; t < timestamps.size(); ++t) {
        const auto a = pythonTimestamp(timestamps[t - 1]), b = pythonTimestamp(timestamps[t]);
        if (a && b && (a->first > b->first || a->second > b->second) && *a <= *b)
            return QStringLiteral("timestamps that go forward but python-client's Timestamp '>' (seconds or nanoseconds greater) says back");
    }
    return QString();
}

} // namespace

class TestOmDifferential : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void agreesWithPythonClient()
    {
        const QString python = pythonWithPrometheusClient();
        if (python.isEmpty())
            QFAIL("python3 with prometheus_client is missing: run packaging/setup-debian.sh (python3-prometheus-client)");
        QRandomGenerator rng(20); // deterministic: the same cases on every run
        QList<QByteArray> payloads;
        for (int i = 0; i < caseCount; ++i) {
            QByteArray p = generate(rng);
            if (rng.bounded(10) < 7)
                p = mutate(p, rng);
            payloads.append(p);
        }
        QByteArray input;
        for (const QByteArray &p : payloads)
            input += p.toHex() + '\n';
        QProcess py;
        py.start(python, {phctest::sourceDir() + QStringLiteral("/tests/metrics/omdifferential.py")});
        QVERIFY2(py.waitForStarted(30000), qPrintable(py.errorString()));
        py.write(input);
        py.closeWriteChannel();
        QVERIFY2(py.waitForFinished(300000), "python-client did not finish in 5 minutes");
        QVERIFY2(py.exitCode() == 0, qPrintable(QString::fromUtf8(py.readAllStandardError())));
        const QList<QByteArray> verdicts = py.readAllStandardOutput().trimmed().split('\n');
        QCOMPARE(verdicts.size(), payloads.size());

        int valid = 0, agreed = 0;
        QMap<QString, int> exceptions;
        QStringList disagreements;
        for (qsizetype i = 0; i < payloads.size(); ++i) {
            const bool ours = ourVerdict(payloads[i]);
            const bool theirs = verdicts[i] == "1";
            valid += ours ? 1 : 0;
            if (ours == theirs) {
                ++agreed;
                continue;
            }
            const QString reason = knownException(payloads[i], theirs);
            if (!reason.isEmpty())
                ++exceptions[reason];
            else
                disagreements << QStringLiteral("case %1 (we say %2, python-client %3): %4")
                                     .arg(i)
                                     .arg(ours ? QStringLiteral("valid") : QStringLiteral("invalid"),
                                          theirs ? QStringLiteral("valid") : QStringLiteral("invalid"),
                                          QString::fromLatin1(payloads[i].toPercentEncoding(" {}=\"#,_.:+-")));
        }
        for (const QString &d : disagreements)
            qWarning("%s", qPrintable(d)); // each one, whole: the failure message below is cut short
        qInfo("%d cases, %d valid by our verdict, %d agreed", int(payloads.size()), valid, agreed);
        for (auto it = exceptions.cbegin(); it != exceptions.cend(); ++it)
            qInfo("exception, %d cases: %s", it.value(), qPrintable(it.key()));
        QVERIFY2(disagreements.isEmpty(),
                 qPrintable(QStringLiteral("%1 disagreements (listed above), the first: %2")
                                .arg(disagreements.size())
                                .arg(disagreements.value(0))));
        // The generator is worth something only if both verdicts occur often.
        QVERIFY(valid > caseCount / 10);
        QVERIFY(valid < caseCount * 9 / 10);
    }
};

QTEST_GUILESS_MAIN(TestOmDifferential)
#include "tst_omdifferential.moc"
