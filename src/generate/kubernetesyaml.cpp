#include "kubernetesyaml.h"

#include "core/yamlwriter.h"

namespace phc {

void KubernetesYaml::header(YamlWriter &w, const GeneratorContext &ctx, const QString &what)
{
    w.line(ctx.headerLines(QStringLiteral("#")).trimmed());
    w.comment(what);
}

void KubernetesYaml::metadata(YamlWriter &w, const GeneratorContext &ctx, const QString &name,
                              const QList<std::pair<QString, QString>> &labels)
{
    w.beginMap(QStringLiteral("metadata"));
    w.string(QStringLiteral("name"), name);
    w.string(QStringLiteral("namespace"), ctx.profile.cluster.namespaceName);
    w.beginMap(QStringLiteral("labels"));
    for (const auto &[key, value] : labels)
        w.string(key, value);
    w.endMap();
    w.endMap();
}

} // namespace phc
