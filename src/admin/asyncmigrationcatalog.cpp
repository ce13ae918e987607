#include "asyncmigrationcatalog.h"

#include "compat/servicerequirements.h"
#include "core/datafile.h"

#include <QCoreApplication>
#include <QSet>

namespace phc {

namespace {

// This file's messages, in one translation context: lupdate files Text::tr()
// calls under it from any function.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(phc::AsyncMigrationCatalog)
};

// The keys one definition may give, at the migration's level or in one of its `releases`.
void readDefinition(MapReader &m, AsyncMigrationDefinition &d)
{
    for (const char *key : {"posthogMinVersion", "posthogMaxVersion"}) {
        QString &v = qstrcmp(key, "posthogMinVersion") == 0 ? d.posthogMinVersion : d.posthogMaxVersion;
        if (m.string(key, v) && !Version::parse(v))
            m.error(key, Text::tr("'%1' is not a version such as 1.43.0").arg(v));
    }
    QString required;
    if (m.choice("required", {QStringLiteral("whenNeeded"), QStringLiteral("never"), QStringLiteral("cloudOnly")},
                 required))
        d.required = required == u"never"       ? MigrationRequirement::Never
                   : required == u"cloudOnly" ? MigrationRequirement::CloudOnly
                                                : MigrationRequirement::WhenNeeded;
    m.boolean("numberedRelease", d.numberedRelease);
    m.string("source", d.source);
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
}

} // namespace

Result<AsyncMigrationCatalog> AsyncMigrationCatalog::parse(const QByteArray &yaml)
{
    return DataFile::parse<AsyncMigrationCatalog>(yaml, [](MapReader &top, AsyncMigrationCatalog &out, Issues &) {
        QSet<QString> seen;
        for (MapReader m : top.mapList("migrations", true)) {
            AsyncMigrationDefinition base;
            if (m.string("name", base.name, true)) {
                if (seen.contains(base.name))
                    m.error("name", Text::tr("%1 is listed twice").arg(base.name));
                seen.insert(base.name);
            }
            if (m.string("dependsOn", base.dependsOn) && !seen.contains(base.dependsOn))
                m.error("dependsOn", Text::tr("%1 is not listed before it").arg(base.dependsOn));
            readDefinition(m, base);
            if (m.has("releases")) {
                for (MapReader r : m.mapList("releases", true)) {
                    AsyncMigrationDefinition d = base;
                    QString spec;
                    if (r.string("posthog", spec, true)) {
                        QString why;
                        if (const auto range = VersionRange::parse(spec, &why))
                            d.posthog = *range;
                        else
                            r.error("posthog", why);
                    }
                    readDefinition(r, d);
                    r.finish();
                    out.m_definitions.append(d);
                }
            } else {
                out.m_definitions.append(base);
            }
            m.finish();
        }
        for (MapReader s : top.mapList("stops")) {
            AsyncMigrationStop stop;
            if (s.stringList("migrations", stop.migrations, true))
                for (const QString &name : stop.migrations)
                    if (!seen.contains(name))
                        s.error("migrations", Text::tr("%1 is not one of the migrations above").arg(name));
            for (const char *key : {"posthog", "chart"}) {
                QString &v = qstrcmp(key, "posthog") == 0 ? stop.posthog : stop.chart;
                if (s.string(key, v, true) && !Version::parse(v))
                    s.error(key, Text::tr("'%1' is not a version such as 1.43.0").arg(v));
            }
            s.boolean("imageTag", stop.imageTag);
            s.finish();
            out.m_stops.append(stop);
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

QStringList AsyncMigrationCatalog::names() const
{
    QStringList out;
    for (const AsyncMigrationDefinition &d : m_definitions)
        if (out.isEmpty() || out.last() != d.name)
            out.append(d.name);
    return out;
}

const AsyncMigrationDefinition *AsyncMigrationCatalog::find(const QString &name, const Version &posthog) const
{
    const AsyncMigrationDefinition *newest = nullptr;
    for (const AsyncMigrationDefinition &d : m_definitions) {
        if (d.name != name)
            continue;
        if (!posthog.isNull() && (d.posthog.isEmpty() || d.posthog.contains(posthog)))
            return &d;
        newest = &d;
    }
    return posthog.isNull() ? newest : nullptr;
}

const AsyncMigrationStop *AsyncMigrationCatalog::stopFor(const QString &name) const
{
    for (const AsyncMigrationStop &s : m_stops)
        if (s.migrations.contains(name))
            return &s;
    return nullptr;
}

QString AsyncMigrationCatalog::chartFor(const Version &posthog) const
{
    for (const AsyncMigrationStop &s : m_stops)
        if (!s.imageTag && Version::parse(s.posthog) == posthog)
            return s.chart;
    return QString();
}

} // namespace phc
