// Fuzz target: the chart values.yaml importer. Any input gives an import or
// issues; an imported profile saves to a document that loads again.
#include "fuzzsupport.h"

#include "profile/valuesimporter.h"

#include <cstdint>

using namespace phc;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray yaml(reinterpret_cast<const char *>(data), qsizetype(size));
    auto imported = ValuesImporter::import(yaml);
    if (imported.ok())
        phcfuzz::requireSavesAndReloads(imported.value().profile, "fuzz_valuesimport");
    return 0;
}
