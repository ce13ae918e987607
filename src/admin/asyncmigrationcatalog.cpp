#include "asyncmigrationcatalog.h"

#include "compat/servicerequirements.h"
#include "compat/version.h"
#include "compat/versionrange.h"
#include "core/datafile.h"

#include <QCoreApplication>
#include <QSet>

namespace phc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("phc::AsyncMigrationCatalog", text);
}

} // namespace

Result<AsyncMigrationCatalog> AsyncMigrationCatalog::parse(const QByteArray &yaml)
{
    return DataFile::parse<AsyncMigrationCatalog>(yaml, [](MapReader &top, AsyncMigrationCatalog &out, Issues &) {
        QSet<QString> seen;
        for (MapReader m : top.mapList("migrations", true)) {
            AsyncMigrationDefinition d;
            if (m.string("name", d.name, true)) {
                if (seen.contains(d.name))
                    m.error("name", tr("%1 is listed twice").arg(d.name));
                seen.insert(d.name);
            }
            if (m.string("dependsOn", d.dependsOn) && !seen.contains(d.dependsOn))
                m.error("dependsOn", tr("%1 is not listed before it").arg(d.dependsOn));
            for (const char *key : {"posthogMinVersion", "posthogMaxVersion"}) {
                QString &v = qstrcmp(key, "posthogMinVersion") == 0 ? d.posthogMinVersion : d.posthogMaxVersion;
                if (m.string(key, v, true) && !Version::parse(v))
                    m.error(key, tr("'%1' is not a version such as 1.43.0").arg(v));
            }
            MapReader services = m.map("services");
            for (const QString &service : ServiceRequirements::knownServices()) {
                const QByteArray key = service.toUtf8();
                QString spec;
                if (!services.string(key.constData(), spec))
                    continue;
                QString why;
                if (!VersionRange::parse(spec, &why))
                    services.error(key.constData(), why);
                d.services.insert(service, spec);
            }
            services.finish();
            m.finish();
            out.m_migrations.append(d);
        }
    });
}

Result<AsyncMigrationCatalog> AsyncMigrationCatalog::loadFile(const QString &path)
{
    return DataFile::load<AsyncMigrationCatalog>(path, parse);
}

const AsyncMigrationCatalog &AsyncMigrationCatalog::builtIn()
{
    static const AsyncMigrationCatalog catalog =
        DataFile::builtIn<AsyncMigrationCatalog>(QStringLiteral(":/posthog-console/data/async-migrations.yaml"), parse);
    return catalog;
}

const AsyncMigrationDefinition *AsyncMigrationCatalog::find(const QString &name) const
{
    for (const AsyncMigrationDefinition &d : m_migrations)
        if (d.name == name)
            return &d;
    return nullptr;
}

} // namespace phc
