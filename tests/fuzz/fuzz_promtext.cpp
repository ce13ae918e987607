// Fuzz target: the Prometheus text / OpenMetrics parser and the snapshot
// built from its samples, with the default bounds and with tiny ones (so the
// limit paths run too). The payload is handed over as the exact-size buffer:
// any read past its end is a finding.
#include "fuzzsupport.h"
#include "snapshotdump.h"

#include "metrics/metricssnapshot.h"

#include <cstdint>

using namespace phc;

namespace {

void check(bool condition, const char *what) { phcfuzz::require(condition, "fuzz_promtext", what); }

void parseAndCheck(QByteArrayView payload, const PromParseLimits &limits, ExpositionFormat format, qsizetype cutNear)
{
    const MetricsSnapshot snapshot = MetricsSnapshot::parse(payload, limits, format, SnapshotSplit {-1, -1});
    // In two parts wherever a cut is found near `cutNear`: the same snapshot.
    const MetricsSnapshot parts = MetricsSnapshot::parse(payload, limits, format, SnapshotSplit {0, cutNear});
    check(phctest::dump(parts) == phctest::dump(snapshot), "two parts joined differ from one pass");
    qsizetype series = 0;
    for (const MetricFamily &family : snapshot.families())
        series += family.series.size();
    check(series == snapshot.seriesCount(), "series count differs from the families' series");
    check(snapshot.seriesCount() <= limits.maxSeries, "more series than the limit");
    check(snapshot.families().size() <= limits.maxFamilies, "more families than the limit");
    check(snapshot.issues().size() <= limits.maxIssues, "more issues than the limit");
    for (const Issue &issue : snapshot.issues())
        check(issue.line >= 0 && issue.column >= 0, "negative issue position");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView payload(reinterpret_cast<const char *>(data), qsizetype(size));
    const PromParseLimits defaults;
    PromParseLimits tiny;
    tiny.maxLineBytes = 64;
    tiny.maxLabelsPerSample = 2;
    tiny.maxSeries = 4;
    tiny.maxFamilies = 3;
    tiny.maxIssues = 5;
    // Where to look for a cut, from the input itself so that the fuzzer steers it.
    const qsizetype cutNear = size > 0 ? qsizetype(size * data[0] / 256) : 0;
    parseAndCheck(payload, defaults, ExpositionFormat::Auto, cutNear);
    parseAndCheck(payload, defaults, ExpositionFormat::Prometheus004, size / 2);
    parseAndCheck(payload, defaults, ExpositionFormat::OpenMetrics100, cutNear);
    parseAndCheck(payload, tiny, ExpositionFormat::Auto, cutNear);
    return 0;
}
