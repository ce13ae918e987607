#pragma once

#include "compat/version.h"
#include "compat/versionrange.h"
#include "core/issue.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace phc {

// Whether PostHog runs a migration: is_required() of its definition.
enum class MigrationRequirement {
    WhenNeeded, // it reads the database: taken as required
    Never,      // a no-op: the migrate job marks it completed once its dependency is
    CloudOnly,  // is_cloud(): a no-op on a self-hosted instance
};

// One async migration as PostHog's source defines it, in the releases
// `posthog` names (empty: every release that ships it).
struct AsyncMigrationDefinition
{
    QString name;
    QString dependsOn;
    VersionRange posthog;
    QString posthogMinVersion = QStringLiteral("0.0.0"); // PostHog's defaults
    QString posthogMaxVersion = QStringLiteral("10000.0.0");
    MigrationRequirement required = MigrationRequirement::WhenNeeded;
    bool numberedRelease = true; // false: only images built after 1.43 ship it
    QMap<QString, QString> services; // service -> version range in PostHog's notation
    QString source;

    // Required on a self-hosted instance.
    bool requiredSelfHosted() const { return required == MigrationRequirement::WhenNeeded; }
};

// PostHog's runbook: the release to stop at for some migrations, and the
// chart version that carries it.
struct AsyncMigrationStop
{
    QStringList migrations;
    QString posthog; // "1.41.4"
    QString chart;   // "29.0.11"
    bool imageTag = false; // the chart's default app is another release: set image.tag
};

// Every async migration PostHog shipped, in its order: the built-in
// resources/data/async-migrations.yaml or a user's copy.
class AsyncMigrationCatalog
{
public:
    static Result<AsyncMigrationCatalog> parse(const QByteArray &yaml);
    static Result<AsyncMigrationCatalog> loadFile(const QString &path);
    static const AsyncMigrationCatalog &builtIn();

    // The names, in PostHog's order.
    QStringList names() const;
    // The definition release `posthog` ships under that name; a null version
    // gives the newest. nullptr when the catalog has none for it.
    const AsyncMigrationDefinition *find(const QString &name, const Version &posthog = Version()) const;
    const QList<AsyncMigrationStop> &stops() const { return m_stops; }
    const AsyncMigrationStop *stopFor(const QString &name) const;
    // The chart version that carries PostHog `posthog` as its app, where the stops name one.
    QString chartFor(const Version &posthog) const;

private:
    QList<AsyncMigrationDefinition> m_definitions; // every definition of every name, in order
    QList<AsyncMigrationStop> m_stops;
};

} // namespace phc
