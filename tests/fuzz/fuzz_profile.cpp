// Fuzz target: the profile loader. Any input gives a profile or issues; a
// profile that loads is validated and generated from, and what it saves to
// loads again and saves to the same text (saving never loses or breaks a
// profile).
#include "generate/bundle.h"
#include "profile/profileio.h"
#include "profile/profilevalidator.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace phc;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray yaml(reinterpret_cast<const char *>(data), qsizetype(size));
    auto loaded = ProfileIO::parse(yaml);
    if (!loaded.ok())
        return 0;
    const DeploymentProfile &profile = loaded.value();
    ProfileValidator::validate(profile);
    Bundle::generate(profile);
    const QString saved = ProfileIO::serialize(profile);
    const auto reloaded = ProfileIO::parse(saved.toUtf8());
    if (!reloaded.ok() || ProfileIO::serialize(reloaded.value()) != saved) {
        std::fprintf(stderr, "fuzz_profile: the saved profile does not load back the same:\n%s\n%s\n",
                     qPrintable(formatIssues(reloaded.issues(), QStringLiteral("saved"))), qPrintable(saved));
        std::abort();
    }
    return 0;
}
