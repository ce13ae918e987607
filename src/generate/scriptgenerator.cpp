#include "generators.h"

#include "shellscript.h"

namespace phc {

namespace {

QByteArray postgresBackup(const GeneratorContext &ctx)
{
    const DeploymentProfile &p = ctx.profile;
    const QString dest = p.backups.destination;
    ShellScript s(ctx);
    s.comment(QStringLiteral(
        "Dumps PostHog's PostgreSQL database (pg_dump custom format) to a file named\n"
        "after the time, then uploads it to BACKUP_DESTINATION. The same script runs in\n"
        "the CronJob of k8s/postgres-backup.yaml, from cron on the Compose host, or by hand.\n"
        "\n"
        "  postgres-backup.sh [dump|upload|all]     (default: all)\n"
        "\n"
        "From the environment:\n"
        "  PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD  the server (libpq's variables;\n"
        "                                   a ~/.pgpass entry may replace PGPASSWORD)\n"
        "  BACKUP_DIR          where dumps are written (default: the bundle's backups/)\n"
        "  BACKUP_DESTINATION  s3:// or gs:// folder%1\n"
        "  upload to s3:// needs the aws CLI and its credentials (AWS_ACCESS_KEY_ID,\n"
        "  AWS_SECRET_ACCESS_KEY); gs:// needs gcloud (CLOUDSDK_AUTH_CREDENTIAL_FILE_OVERRIDE).\n"
        "\n"
        "Restore into an empty database (README.md, Backups):\n"
        "  pg_restore --no-owner --dbname=DATABASE FILE.dump")
                  .arg(dest.isEmpty() ? QStringLiteral("; empty: the dump stays in BACKUP_DIR")
                                      : QStringLiteral(" (default: %1; empty: keep the dump only)").arg(dest)));
    s.preamble({});
    s.line(QStringLiteral("phase=${1:-all}"));
    s.line(QStringLiteral("case \"$phase\" in dump|upload|all) ;; *) die \"usage: $0 [dump|upload|all]\";; esac"));
    s.line(QStringLiteral("backup_dir=${BACKUP_DIR:-$BUNDLE/backups}"));
    s.line(QStringLiteral("destination=${BACKUP_DESTINATION-%1}").arg(ShellScript::quote(dest)));
    s.line(QStringLiteral("umask 077"));
    s.line(QStringLiteral("mkdir -p \"$backup_dir\""));
    s.blank();
    s.line(QStringLiteral("if [ \"$phase\" != upload ]; then"));
    s.line(QStringLiteral("  need pg_dump"));
    s.line(QStringLiteral("  : \"${PGHOST:?set PGHOST}\" \"${PGUSER:?set PGUSER}\" \"${PGDATABASE:?set PGDATABASE}\""));
    s.comment(QStringLiteral("  A new name every run: the time, and a counter should two runs share a second."));
    s.line(QStringLiteral("  stamp=$(date -u +%Y%m%dT%H%M%SZ)"));
    s.line(QStringLiteral("  file=\"$backup_dir/posthog_${PGDATABASE}_$stamp.dump\""));
    s.line(QStringLiteral("  n=1"));
    s.line(QStringLiteral("  while [ -e \"$file\" ]; do file=\"$backup_dir/posthog_${PGDATABASE}_$stamp-$n.dump\"; n=$((n + 1)); done"));
    s.comment(QStringLiteral("  Written under a temporary name, renamed once complete: a failed dump leaves no\n"
                             "  file that looks like a backup."));
    s.line(QStringLiteral("  pg_dump --format=custom --no-owner --no-password --file=\"$file.partial\""));
    s.line(QStringLiteral("  mv \"$file.partial\" \"$file\""));
    s.line(QStringLiteral("  echo \"wrote $file\""));
    s.line(QStringLiteral("fi"));
    s.blank();
    s.line(QStringLiteral("if [ \"$phase\" != dump ] && [ -n \"$destination\" ]; then"));
    s.line(QStringLiteral("  case \"$destination\" in"));
    s.line(QStringLiteral("    s3://*) need aws; upload() { aws s3 cp --only-show-errors \"$1\" \"$2\"; } ;;"));
    s.line(QStringLiteral("    gs://*) need gcloud; upload() { gcloud storage cp \"$1\" \"$2\"; } ;;"));
    s.line(QStringLiteral("    *) die \"BACKUP_DESTINATION must be an s3:// or gs:// folder, not $destination\" ;;"));
    s.line(QStringLiteral("  esac"));
    s.comment(QStringLiteral("  Each dump once: a marker file records what was uploaded."));
    s.line(QStringLiteral("  for f in \"$backup_dir\"/posthog_*.dump; do"));
    s.line(QStringLiteral("    [ -e \"$f\" ] || continue"));
    s.line(QStringLiteral("    [ -e \"$f.uploaded\" ] && continue"));
    s.line(QStringLiteral("    upload \"$f\" \"${destination%/}/$(basename \"$f\")\""));
    s.line(QStringLiteral("    : >\"$f.uploaded\""));
    s.line(QStringLiteral("    echo \"uploaded $(basename \"$f\") to ${destination%/}/\""));
    s.line(QStringLiteral("  done"));
    s.line(QStringLiteral("fi"));
    return s.text().toUtf8();
}

} // namespace

GeneratedFiles Generators::scripts(const GeneratorContext &ctx)
{
    return {
        {QStringLiteral("backup/postgres-backup.sh"), postgresBackup(ctx), GeneratedFile::Kind::Script,
         QStringLiteral("dumps PostgreSQL to a timestamped file%1").arg(ctx.profile.backups.destination.isEmpty()
                                                                         ? QString()
                                                                         : QStringLiteral(" and uploads it"))},
    };
}

} // namespace phc
