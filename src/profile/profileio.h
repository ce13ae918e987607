#pragma once

#include "core/issue.h"
#include "deploymentprofile.h"

#include <QByteArray>
#include <QString>

namespace phc {

class MapReader;
class YamlWriter;

// Reading and writing profiles as YAML (format posthog-console/v1).
// Loading checks structure and types (unknown keys, wrong types, missing
// required keys); ProfileValidator checks the rules. Saving writes the
// canonical form: fixed key order, mode-specific keys only where they apply.
namespace ProfileIO {

Result<DeploymentProfile> parse(const QByteArray &yaml);
Result<DeploymentProfile> loadFile(const QString &path);
// Every field that reads, even when others do not (wrong type, unknown key):
// the value comes with all the loading errors, so the rules can still run on
// what did read (ProfileValidator::validate(profile, issues)). No value only
// when the text is no YAML mapping at all.
Result<DeploymentProfile> parseAll(const QByteArray &yaml);
Result<DeploymentProfile> loadFileAll(const QString &path);
QString serialize(const DeploymentProfile &profile);

// "resources:" with requests/limits as Kubernetes writes them; shared by the
// profile and the Helm values so both spell quantities alike.
void writeResources(YamlWriter &w, const ResourceRequirements &resources);
void readResources(MapReader r, ResourceRequirements &out);

// The commented starter profile written by `init`.
QByteArray starterProfile();
// The worked example of the production guide, as a profile.
QByteArray exampleProfile();
// The starter's defaults without its placeholders: the fields only the user
// can know (name, public host name) are empty, so validation asks for them.
DeploymentProfile blankProfile();

} // namespace ProfileIO

} // namespace phc
