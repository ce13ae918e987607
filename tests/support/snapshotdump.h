#pragma once

// Everything a MetricsSnapshot holds, as text: two snapshots compare as a
// whole and a difference shows where it is (tst_snapshotparts); and the same
// comparison without the text (fuzz_promtext).
#include "metrics/metricssnapshot.h"

#include <QString>

#include <cmath>

namespace phctest {

using namespace phc;

inline QString dumpNumber(double v) { return std::isnan(v) ? QStringLiteral("nan") : QString::number(v, 'g', 17); }

inline QString dump(const phc::MetricsSnapshot &s)
{
    QString out;
    const PromParseStats &st = s.stats();
    out += QStringLiteral("format %1 bytes %2 lines %3 samples %4 families %5 malformed %6 warnings %7 eof %8 dropped %9 violations %10\n")
               .arg(int(st.format))
               .arg(st.bytes)
               .arg(st.lines)
               .arg(st.samples)
               .arg(st.families)
               .arg(st.malformedLines)
               .arg(st.warnings)
               .arg(st.sawEof)
               .arg(st.droppedIssues)
               .arg(st.violations);
    out += QStringLiteral("series %1\n").arg(s.seriesCount());
    for (const Issue &i : st.issues)
        out += QStringLiteral("issue %1:%2 %3 [%4] %5\n").arg(i.line).arg(i.column).arg(int(i.severity)).arg(i.path, i.message);
    for (const MetricFamily &f : s.families()) {
        out += QStringLiteral("family %1 %2 line %3 help '%4' unit '%5'\n")
                   .arg(QString::fromUtf8(f.name), metricTypeName(f.type))
                   .arg(f.line)
                   .arg(QString::fromUtf8(f.help), QString::fromUtf8(f.unit));
        for (const MetricSeries &m : f.series) {
            out += QStringLiteral("  %1 value %2 sum %3 count %4 created %5 ts %6")
                       .arg(m.labels.toString(), dumpNumber(m.value), dumpNumber(m.sum), dumpNumber(m.count), dumpNumber(m.created),
                            m.timestampMs ? QString::number(*m.timestampMs) : QStringLiteral("-"));
            for (const HistogramBucket &b : m.buckets)
                out += QStringLiteral(" b%1=%2").arg(dumpNumber(b.upperBound), dumpNumber(b.count));
            for (const SummaryQuantile &q : m.quantiles)
                out += QStringLiteral(" q%1=%2").arg(dumpNumber(q.quantile), dumpNumber(q.value));
            // Each series is found by its labels.
            out += f.find(m.labels) == &m ? QStringLiteral("\n") : QStringLiteral(" NOT FOUND BY ITS LABELS\n");
        }
    }
    return out;
}

// The same comparison as dump(a) == dump(b), without writing the text: for
// the fuzzer, which compares on every input.
inline bool sameSnapshot(const phc::MetricsSnapshot &a, const phc::MetricsSnapshot &b)
{
    const auto same = [](double x, double y) { return x == y || (std::isnan(x) && std::isnan(y)); };
    const PromParseStats &x = a.stats(), &y = b.stats();
    if (x.format != y.format || x.bytes != y.bytes || x.lines != y.lines || x.samples != y.samples
        || x.families != y.families || x.malformedLines != y.malformedLines || x.warnings != y.warnings
        || x.violations != y.violations || x.sawEof != y.sawEof || x.droppedIssues != y.droppedIssues || a.seriesCount() != b.seriesCount()
        || x.issues.size() != y.issues.size() || a.families().size() != b.families().size())
        return false;
    for (qsizetype i = 0; i < x.issues.size(); ++i) {
        const Issue &p = x.issues[i], &q = y.issues[i];
        if (p.path != q.path || p.line != q.line || p.column != q.column || p.severity != q.severity || p.message != q.message)
            return false;
    }
    for (qsizetype i = 0; i < a.families().size(); ++i) {
        const MetricFamily &f = a.families()[i], &g = b.families()[i];
        if (f.name != g.name || f.type != g.type || f.help != g.help || f.unit != g.unit || f.line != g.line
            || f.series.size() != g.series.size())
            return false;
        for (qsizetype j = 0; j < f.series.size(); ++j) {
            const MetricSeries &m = f.series[j], &n = g.series[j];
            if (m.labels != n.labels || !same(m.value, n.value) || !same(m.sum, n.sum) || !same(m.count, n.count)
                || !same(m.created, n.created) || m.timestampMs != n.timestampMs || m.buckets.size() != n.buckets.size()
                || m.quantiles.size() != n.quantiles.size() || f.find(m.labels) != &m)
                return false;
            for (qsizetype k = 0; k < m.buckets.size(); ++k)
                if (!same(m.buckets[k].upperBound, n.buckets[k].upperBound) || !same(m.buckets[k].count, n.buckets[k].count))
                    return false;
            for (qsizetype k = 0; k < m.quantiles.size(); ++k)
                if (!same(m.quantiles[k].quantile, n.quantiles[k].quantile) || !same(m.quantiles[k].value, n.quantiles[k].value))
                    return false;
        }
    }
    return true;
}

} // namespace phctest
