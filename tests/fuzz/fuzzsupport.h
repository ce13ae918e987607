#pragma once

// Shared by the fuzz targets: a broken expectation aborts, which libFuzzer
// and the replay driver both report as a finding.

#include "profile/profileio.h"

#include <cstdio>
#include <cstdlib>

namespace phcfuzz {

inline void require(bool condition, const char *target, const char *what, const QString &detail = {})
{
    if (condition)
        return;
    std::fprintf(stderr, "%s: %s\n%s\n", target, what, qPrintable(detail));
    std::abort();
}

// Saving never breaks a profile: what it saves to loads again and saves to the same text.
inline void requireSavesAndReloads(const phc::DeploymentProfile &profile, const char *target)
{
    const QString saved = phc::ProfileIO::serialize(profile);
    const auto reloaded = phc::ProfileIO::parse(saved.toUtf8());
    require(reloaded.ok() && phc::ProfileIO::serialize(reloaded.value()) == saved, target,
            "the saved profile does not load back the same",
            phc::formatIssues(reloaded.issues(), QStringLiteral("saved")) + saved);
}

} // namespace phcfuzz
