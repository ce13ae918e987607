#include "generators.h"

#include "shellscript.h"

namespace phc {

namespace {

QByteArray postgresBackup(const GeneratorContext &ctx)
{
    const DeploymentProfile &p = ctx.profile;
    const auto &pg = p.databases.postgres;
    const QString dest = p.backups.destination;
    ShellScript s(ctx);
    s.comment(QStringLiteral("Dumps PostHog's PostgreSQL database to backups/posthog_<time>.sql.gz%1.")
                  .arg(dest.isEmpty() ? QString() : QStringLiteral(" and uploads it to ") + dest));
    QStringList tools {QStringLiteral("gzip")};
    if (pg.mode == ServiceMode::External) {
        s.comment(QStringLiteral("Needs PGPASSWORD in the environment (or a ~/.pgpass entry)."));
        tools << QStringLiteral("pg_dump");
    } else if (p.hasTarget(Target::Helm)) {
        s.comment(QStringLiteral("Runs pg_dump inside the chart's PostgreSQL pod."));
        tools << QStringLiteral("kubectl");
    } else {
        s.comment(QStringLiteral("Runs pg_dump inside the Compose stack's db service."));
        tools << QStringLiteral("docker-compose");
    }
    if (dest.startsWith(QStringLiteral("s3://")))
        tools << QStringLiteral("aws");
    else if (dest.startsWith(QStringLiteral("gs://")))
        tools << QStringLiteral("gsutil");
    s.preamble(tools);
    s.line(QStringLiteral("umask 077"));
    s.line(QStringLiteral("mkdir -p \"$BUNDLE/backups\""));
    s.line(QStringLiteral("file=\"$BUNDLE/backups/posthog_$(date -u +%Y%m%d_%H%M%S).sql.gz\""));
    if (pg.mode == ServiceMode::External) {
        s.line(QStringLiteral("[ -n \"${PGPASSWORD:-}\" ] || [ -f \"$HOME/.pgpass\" ] || die \"set PGPASSWORD (or write ~/.pgpass)\""));
        s.line(QStringLiteral("pg_dump --host=%1 --port=%2 --username=%3 --no-password %4 | gzip >\"$file\"")
                   .arg(ShellScript::quote(pg.host)).arg(pg.port)
                   .arg(ShellScript::quote(pg.username), ShellScript::quote(pg.database)));
    } else if (p.hasTarget(Target::Helm)) {
        // The chart names the bitnami StatefulSet "<release>-posthog-postgresql".
        const QString pod = p.cluster.releaseName + QStringLiteral("-posthog-postgresql-0");
        s.line(QStringLiteral("# shellcheck disable=SC2016 # $POSTGRES_PASSWORD is the pod's, expanded there"));
        s.line(QStringLiteral("kubectl -n %1 exec %2 -- sh -c 'PGPASSWORD=\"$POSTGRES_PASSWORD\" pg_dump -U postgres posthog' \\")
                   .arg(ShellScript::quote(p.cluster.namespaceName), ShellScript::quote(pod)));
        s.line(QStringLiteral("  | gzip >\"$file\""));
    } else {
        s.line(QStringLiteral("docker-compose -f \"$BUNDLE/compose/docker-compose.yml\" exec -T db \\"));
        s.line(QStringLiteral("  pg_dump -U %1 %2 | gzip >\"$file\"")
                   .arg(ShellScript::quote(pg.username), ShellScript::quote(pg.database)));
    }
    s.line(QStringLiteral("echo \"wrote $file\""));
    if (dest.startsWith(QStringLiteral("s3://")))
        s.line(QStringLiteral("aws s3 cp \"$file\" %1").arg(ShellScript::quote(dest)));
    else if (dest.startsWith(QStringLiteral("gs://")))
        s.line(QStringLiteral("gsutil cp \"$file\" %1").arg(ShellScript::quote(dest)));
    return s.text().toUtf8();
}

} // namespace

GeneratedFiles Generators::scripts(const GeneratorContext &ctx)
{
    return {
        {QStringLiteral("backup/postgres-backup.sh"), postgresBackup(ctx), GeneratedFile::Kind::Script,
         QStringLiteral("dumps PostgreSQL, gzipped%1").arg(ctx.profile.backups.destination.isEmpty()
                                                              ? QString()
                                                              : QStringLiteral(", and uploads it"))},
    };
}

} // namespace phc
