#include "profileeditor.h"

#include "profileio.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace phc {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("phc::ProfileEditor", text); }

QList<std::pair<QString, YamlValue>> canonicalLeaves(const DeploymentProfile &profile)
{
    return YamlEdit::leaves(ProfileIO::serialize(profile).toUtf8()).value_or(QList<std::pair<QString, YamlValue>>());
}

} // namespace

QList<YamlChange> ProfileEditor::changesBetween(const DeploymentProfile &before, const DeploymentProfile &after)
{
    QHash<QString, YamlValue> old;
    const auto beforeLeaves = canonicalLeaves(before);
    for (const auto &[path, value] : beforeLeaves)
        old.insert(path, value);
    QList<YamlChange> changes;
    QSet<QString> kept;
    for (const auto &[path, value] : canonicalLeaves(after)) {
        kept.insert(path);
        const auto it = old.constFind(path);
        if (it == old.cend() || *it != value)
            changes.append({path, value});
    }
    for (const auto &[path, value] : beforeLeaves)
        if (!kept.contains(path))
            changes.append({path, std::nullopt});
    return changes;
}

Result<QByteArray> ProfileEditor::edit(const QByteArray &text, const QList<YamlChange> &changes)
{
    static const QStringList order = YamlEdit::keyOrder(ProfileIO::starterProfile());
    return YamlEdit::apply(text, changes, order);
}

Result<QByteArray> ProfileEditor::save(const QByteArray &text, const DeploymentProfile &before, const DeploymentProfile &after)
{
    auto edited = edit(text, changesBetween(before, after));
    if (!edited.ok())
        return edited;
    const auto reread = ProfileIO::parse(edited.value());
    if (!reread.ok() || !(reread.value() == after))
        return Result<QByteArray>::failure(
            {{QString(), 0, 0, Severity::Error,
              tr("the file could not be edited in place so that it reads back as the profile; nothing was written")}});
    return edited;
}

} // namespace phc
