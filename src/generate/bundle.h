#pragma once

#include "core/issue.h"
#include "generatedfile.h"
#include "profile/deploymentprofile.h"
#include "sizing/sizingmodel.h"

namespace phc {

// Every file the profile asks for, in a fixed order. The only producer of
// file content: the CLI, the GUI preview and the GUI export all call it.
namespace Bundle {

// Validates first; a profile with errors yields no files.
Result<GeneratedFiles> generate(const DeploymentProfile &profile,
                                const SizingModel &sizing = SizingModel::builtIn());

} // namespace Bundle

} // namespace phc
