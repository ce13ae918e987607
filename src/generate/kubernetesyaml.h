#pragma once

#include "generatorcontext.h"

#include <QString>

namespace phc {

class YamlWriter;

// What every manifest under k8s/ starts with, shared by their generators.
namespace KubernetesYaml {

// The generated-file lines, then `what` as a comment.
void header(YamlWriter &w, const GeneratorContext &ctx, const QString &what);
// metadata: name, the profile's namespace and `labels`.
void metadata(YamlWriter &w, const GeneratorContext &ctx, const QString &name,
              const QList<std::pair<QString, QString>> &labels);

} // namespace KubernetesYaml

} // namespace phc
