// Fuzz target: the Prometheus HTTP API JSON reader. Any input gives a value
// or issues, never a crash; a successful answer holds only what its result
// type allows.
#include "monitor/promapireader.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace phc;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView json(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto result = PromApiReader::parse(json);
    if (!result.ok()) {
        if (!hasErrors(result.issues())) {
            std::fprintf(stderr, "fuzz_promapi: failure without an error\n");
            std::abort();
        }
        return 0;
    }
    const PromApiResponse &r = result.value();
    const bool seriesType = r.resultType == PromResultType::Vector || r.resultType == PromResultType::Matrix;
    if (!r.series.isEmpty() && !seriesType) {
        std::fprintf(stderr, "fuzz_promapi: series in a %s answer\n", qPrintable(promResultTypeName(r.resultType)));
        std::abort();
    }
    for (const PromSeries &s : r.series)
        if (r.resultType == PromResultType::Vector && s.points.size() != 1) {
            std::fprintf(stderr, "fuzz_promapi: a vector sample without exactly one point\n");
            std::abort();
        }
    return 0;
}
