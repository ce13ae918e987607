#pragma once

#include "core/issue.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

namespace phc {

// One async migration as PostHog's source defines it.
struct AsyncMigrationDefinition
{
    QString name;
    QString dependsOn;
    QString posthogMinVersion;
    QString posthogMaxVersion;
    QMap<QString, QString> services; // service -> version range in PostHog's notation

    friend bool operator==(const AsyncMigrationDefinition &, const AsyncMigrationDefinition &) = default;
};

// Every async migration PostHog shipped, in its order: the built-in
// resources/data/async-migrations.yaml or a user's copy.
class AsyncMigrationCatalog
{
public:
    static Result<AsyncMigrationCatalog> parse(const QByteArray &yaml);
    static Result<AsyncMigrationCatalog> loadFile(const QString &path);
    static const AsyncMigrationCatalog &builtIn();

    const QList<AsyncMigrationDefinition> &migrations() const { return m_migrations; }
    const AsyncMigrationDefinition *find(const QString &name) const;

private:
    QList<AsyncMigrationDefinition> m_migrations;
};

} // namespace phc
