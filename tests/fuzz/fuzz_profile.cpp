// Fuzz target: the profile loader. Any input gives a profile or issues; a
// profile that loads is validated and generated from, and what it saves to
// loads again and saves to the same text (saving never loses or breaks a
// profile).
#include "fuzzsupport.h"

#include "generate/bundle.h"
#include "profile/profilevalidator.h"

#include <cstdint>

using namespace phc;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray yaml(reinterpret_cast<const char *>(data), qsizetype(size));
    auto loaded = ProfileIO::parse(yaml);
    if (!loaded.ok())
        return 0;
    ProfileValidator::validate(loaded.value());
    Bundle::generate(loaded.value());
    phcfuzz::requireSavesAndReloads(loaded.value(), "fuzz_profile");
    return 0;
}
