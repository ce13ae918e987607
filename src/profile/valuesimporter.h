#pragma once

#include "core/issue.h"
#include "deploymentprofile.h"

#include <QByteArray>
#include <QStringList>

namespace phc {

// Reads an existing values.yaml of the PostHog chart into a profile: what it
// can map becomes profile fields, everything else is listed with its
// position so nothing is dropped without a word.
struct ValuesImport
{
    DeploymentProfile profile;
    QStringList mapped;   // chart key paths that became profile fields
    Issues notMapped;     // warnings: chart keys with no profile field, or values that did not fit
    Issues kept;          // profile fields a values.yaml cannot carry: the base's values, by profile key path
};

namespace ValuesImporter {

// Bounds for hostile files (the chart's own values.yaml has 1,438 leaves,
// 11 levels deep, key paths of up to 96 characters). Aliases are counted each time they are
// used, so an alias bomb is refused instead of being walked.
inline constexpr qsizetype maxLeaves = 50'000;      // keys and list items, after expanding aliases
inline constexpr qsizetype maxKeyPathChars = 512;   // "a.b[3].c" of one leaf
inline constexpr int maxDepth = 64;                 // deeper values are listed as one leaf

// Starts from `base` (the blank profile by default) and overrides what the
// values set. Fails only when the text is not a YAML mapping or passes a
// bound above.
Result<ValuesImport> import(const QByteArray &valuesYaml, DeploymentProfile base = {});

// Profile fields the generated values.yaml depends on but cannot carry (they
// appear at most in its comments): an import keeps the base's and says so.
QStringList keptFromBase();

} // namespace ValuesImporter

} // namespace phc
