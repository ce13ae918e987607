#include "deploymentsecrets.h"

#include <QCoreApplication>
#include <QRandomGenerator>

namespace phc {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("phc::DeploymentSecrets", text); }

bool bundled(ServiceMode mode) { return mode == ServiceMode::Bundled; }

} // namespace

QList<DeploymentSecret> DeploymentSecrets::forProfile(const DeploymentProfile &p)
{
    const auto &db = p.databases;
    QList<DeploymentSecret> out;
    out.append({QStringLiteral("POSTHOG_SECRET_KEY"), tr("PostHog's SECRET_KEY: signs sessions and tokens"), true});
    if (bundled(db.postgres.mode))
        out.append({QStringLiteral("POSTGRES_PASSWORD"), tr("password of the bundled PostgreSQL"), true});
    else
        out.append({QStringLiteral("POSTGRES_PASSWORD"), tr("password of the external PostgreSQL user"), false});
    if (!bundled(db.redis.mode))
        out.append({QStringLiteral("REDIS_PASSWORD"), tr("password of the external Redis"), false});
    if (bundled(db.clickhouse.mode))
        out.append({QStringLiteral("CLICKHOUSE_PASSWORD"), tr("password of the bundled ClickHouse"), true});
    else
        out.append({QStringLiteral("CLICKHOUSE_PASSWORD"), tr("password of the external ClickHouse user"), false});
    if (bundled(db.objectStorage.mode)) {
        out.append({QStringLiteral("OBJECT_STORAGE_ACCESS_KEY_ID"), tr("MinIO root user (PostHog's access key id)"), true, 8});
        out.append({QStringLiteral("OBJECT_STORAGE_SECRET_ACCESS_KEY"), tr("MinIO root password (PostHog's secret key)"), true});
    } else {
        out.append({QStringLiteral("OBJECT_STORAGE_ACCESS_KEY_ID"), tr("access key id of the bucket"), false});
        out.append({QStringLiteral("OBJECT_STORAGE_SECRET_ACCESS_KEY"), tr("secret access key of the bucket"), false});
    }
    return out;
}

QString DeploymentSecrets::randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    auto *generator = QRandomGenerator::system();
    for (char &c : raw)
        c = char(generator->bounded(256));
    return QString::fromLatin1(raw.toHex());
}

QByteArray DeploymentSecrets::envFile(const QList<DeploymentSecret> &secrets, const QHash<QString, QString> &values,
                                      QString *error)
{
    QByteArray out = "# Secrets of this deployment. Keep this file private (mode 0600).\n"
                     "# install.sh: set -a; . ./secrets.env; set +a\n"
                     "# docker-compose: cp secrets.env compose/.env\n";
    for (const auto &secret : secrets) {
        const QString value = values.value(secret.envVar);
        if (value.contains(u'\n') || value.contains(u'\r')) {
            if (error)
                *error = tr("%1: a value cannot contain a line break").arg(secret.envVar);
            return {};
        }
        out += secret.envVar.toUtf8() + '=' + value.toUtf8() + '\n';
    }
    return out;
}

QStringList DeploymentSecrets::missing(const QList<DeploymentSecret> &secrets, const QHash<QString, QString> &values)
{
    QStringList out;
    for (const auto &secret : secrets)
        if (values.value(secret.envVar).trimmed().isEmpty())
            out << secret.envVar;
    return out;
}

} // namespace phc
