// Fuzz target: the Prometheus HTTP API JSON reader. Any input gives a value
// or issues, never a crash; a successful answer holds only what its result
// type allows.
#include "fuzzsupport.h"

#include "monitor/promapireader.h"

#include <cstdint>

using namespace phc;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *target = "fuzz_promapi";
    const QByteArrayView json(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto result = PromApiReader::parse(json);
    if (!result.ok()) {
        phcfuzz::require(hasErrors(result.issues()), target, "a failure without an error");
        return 0;
    }
    const PromApiResponse &r = result.value();
    const bool seriesType = r.resultType == PromResultType::Vector || r.resultType == PromResultType::Matrix;
    phcfuzz::require(r.series.isEmpty() || seriesType, target, "series in an answer of another type",
                     promResultTypeName(r.resultType));
    for (const PromSeries &s : r.series)
        phcfuzz::require(r.resultType != PromResultType::Vector || s.points.size() == 1, target,
                         "a vector sample without exactly one point");
    return 0;
}
