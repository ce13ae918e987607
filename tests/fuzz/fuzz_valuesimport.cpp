// Fuzz target: the chart values.yaml importer. Any input gives an import or
// issues; an imported profile saves to a document that loads again.
#include "profile/profileio.h"
#include "profile/valuesimporter.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace phc;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray yaml(reinterpret_cast<const char *>(data), qsizetype(size));
    auto imported = ValuesImporter::import(yaml);
    if (!imported.ok())
        return 0;
    const QString saved = ProfileIO::serialize(imported.value().profile);
    const auto reloaded = ProfileIO::parse(saved.toUtf8());
    if (!reloaded.ok()) {
        std::fprintf(stderr, "fuzz_valuesimport: the imported profile does not load again:\n%s\n%s\n",
                     qPrintable(formatIssues(reloaded.issues(), QStringLiteral("saved"))), qPrintable(saved));
        std::abort();
    }
    return 0;
}
