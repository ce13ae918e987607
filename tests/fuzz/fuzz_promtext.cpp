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

// `cutNear` >= 0: also parsed in two parts, cut near there, which must give
// the same snapshot (compared only when a cut was found: else it was one pass).
void parseAndCheck(QByteArrayView payload, const PromParseLimits &limits, ExpositionFormat format, qsizetype cutNear = -1)
{
    const MetricsSnapshot snapshot = MetricsSnapshot::parse(payload, limits, format, SnapshotSplit {-1, -1});
    if (cutNear >= 0) {
        const MetricsSnapshot parts = MetricsSnapshot::parse(payload, limits, format, SnapshotSplit {0, cutNear});
        if (parts.parts() == 2)
            check(phctest::sameSnapshot(parts, snapshot), "two parts joined differ from one pass");
    }
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
    parseAndCheck(payload, defaults, ExpositionFormat::Prometheus004);
    parseAndCheck(payload, defaults, ExpositionFormat::OpenMetrics100);
    // A two-part parse starts a thread, the costliest step under ASan: with
    // the tiny limits (where the parts mostly fall back to one pass) one
    // input in four, so the fuzzer keeps most of its pace.
    parseAndCheck(payload, tiny, ExpositionFormat::Auto, size > 0 && data[0] % 4 == 0 ? cutNear : -1);
    return 0;
}
