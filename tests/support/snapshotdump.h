#pragma once

// Everything a MetricsSnapshot holds, as text: two snapshots compare as a
// whole and a difference shows where it is (tst_snapshotparts, fuzz_promtext).
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
    out += QStringLiteral("format %1 bytes %2 lines %3 samples %4 families %5 malformed %6 warnings %7 eof %8 dropped %9\n")
               .arg(int(st.format))
               .arg(st.bytes)
               .arg(st.lines)
               .arg(st.samples)
               .arg(st.families)
               .arg(st.malformedLines)
               .arg(st.warnings)
               .arg(st.sawEof)
               .arg(st.droppedIssues);
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

} // namespace phctest
