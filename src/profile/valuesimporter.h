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
};

namespace ValuesImporter {

// Starts from `base` (the blank profile by default) and overrides what the
// values set. Fails only when the text is not a YAML mapping.
Result<ValuesImport> import(const QByteArray &valuesYaml, DeploymentProfile base = {});

} // namespace ValuesImporter

} // namespace phc
