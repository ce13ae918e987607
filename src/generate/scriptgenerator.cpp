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

// ClickHouse's own BACKUP and RESTORE (22.8+), straight to S3, run through
// clickhouse-client from wherever it can reach the server: one command for
// the CronJob, the Compose host's cron and a restore by hand.
QByteArray clickhouseBackup(const GeneratorContext &ctx)
{
    const QString dest = ctx.profile.backups.destination;
    ShellScript s(ctx);
    s.comment(QStringLiteral(
        "Backs up PostHog's ClickHouse database with ClickHouse's BACKUP, straight to\n"
        "S3 under a new name every run (posthog_<UTC time>, in the destination's\n"
        "clickhouse/ folder), or restores one. The same script runs in the CronJob of\n"
        "k8s/clickhouse-backup.yaml, from cron on the Compose host, or by hand.\n"
        "\n"
        "  clickhouse-backup.sh [backup]\n"
        "  clickhouse-backup.sh restore NAME [--replace]\n"
        "\n"
        "RESTORE refuses tables that exist; --replace first drops database posthog on\n"
        "every node of the cluster (README.md, Backups: stop PostHog before).\n"
        "\n"
        "From the environment:\n"
        "  CLICKHOUSE_HOST, CLICKHOUSE_PORT (default 9000), CLICKHOUSE_USER, CLICKHOUSE_PASSWORD\n"
        "  CLICKHOUSE_CLUSTER   the cluster of PostHog's tables (default: %1)\n"
        "  BACKUP_DESTINATION   s3:// folder%2\n"
        "  AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY  a key that may write there (restore: read)\n"
        "\n"
        "The password reaches clickhouse-client through a 0600 file, the statement through\n"
        "its standard input: neither is on a command line. ClickHouse %3 does not mask the\n"
        "key inside the statement: the client keeps it out of system.query_log\n"
        "(log_queries=0), but ON CLUSTER hands the statement to the other nodes through\n"
        "ZooKeeper's DDL queue, so give it a key that may use this destination only.")
                  .arg(ctx.clickhouseCluster(),
                       dest.isEmpty() ? QString() : QStringLiteral(" (default: %1)").arg(dest), ctx.clickhouseImageTag));
    s.preamble({}, false);
    s.line(QStringLiteral("usage=\"usage: $0 [backup | restore NAME [--replace]]\""));
    s.line(QStringLiteral("action=${1:-backup}"));
    s.line(QStringLiteral("name="));
    s.line(QStringLiteral("replace="));
    s.line(QStringLiteral("case \"$action\" in"));
    s.line(QStringLiteral("  backup) [ $# -le 1 ] || die \"$usage\" ;;"));
    s.line(QStringLiteral("  restore)"));
    s.line(QStringLiteral("    if [ $# -lt 2 ] || [ $# -gt 3 ]; then die \"$usage\"; fi"));
    s.line(QStringLiteral("    name=$2"));
    s.line(QStringLiteral("    [[ $name =~ ^posthog_[0-9]{8}T[0-9]{6}Z$ ]] || die \"NAME is a backup's name such as posthog_20260101T034700Z, not $name\""));
    s.line(QStringLiteral("    if [ $# -eq 3 ]; then"));
    s.line(QStringLiteral("      [ \"$3\" = --replace ] || die \"unknown argument $3 ($usage)\""));
    s.line(QStringLiteral("      replace=1"));
    s.line(QStringLiteral("    fi"));
    s.line(QStringLiteral("    ;;"));
    s.line(QStringLiteral("  *) die \"$usage\" ;;"));
    s.line(QStringLiteral("esac"));
    s.line(QStringLiteral("need clickhouse-client"));
    s.line(QStringLiteral("destination=${BACKUP_DESTINATION-%1}").arg(ShellScript::quote(dest)));
    s.line(QStringLiteral("case \"$destination\" in"));
    s.line(QStringLiteral("  s3://?*) ;;"));
    s.line(QStringLiteral("  *) die \"BACKUP_DESTINATION must be an s3:// folder (ClickHouse's BACKUP writes to S3), not '$destination'\" ;;"));
    s.line(QStringLiteral("esac"));
    s.line(QStringLiteral("missing=()"));
    s.line(QStringLiteral("for var in CLICKHOUSE_HOST CLICKHOUSE_USER CLICKHOUSE_PASSWORD AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY; do"));
    s.line(QStringLiteral("  [ -n \"${!var:-}\" ] || missing+=(\"$var\")"));
    s.line(QStringLiteral("done"));
    s.line(QStringLiteral("[ ${#missing[@]} -eq 0 ] || die \"set ${missing[*]}\""));
    s.comment(QStringLiteral("AWS keys need no quoting inside the statement; anything else is refused."));
    s.line(QStringLiteral("[[ $AWS_ACCESS_KEY_ID =~ ^[A-Za-z0-9]+$ ]] || die \"AWS_ACCESS_KEY_ID is not an access key id (letters and digits)\""));
    s.line(QStringLiteral("[[ $AWS_SECRET_ACCESS_KEY =~ ^[A-Za-z0-9/+=]+$ ]] || die \"AWS_SECRET_ACCESS_KEY is not a secret access key (letters, digits, / + =)\""));
    s.line(QStringLiteral("cluster=${CLICKHOUSE_CLUSTER:-%1}").arg(ShellScript::quote(ctx.clickhouseCluster())));
    s.line(QStringLiteral("[[ $cluster =~ ^[A-Za-z0-9_.-]+$ ]] || die \"CLICKHOUSE_CLUSTER is not a cluster name: $cluster\""));
    s.line(QStringLiteral("path=${destination#s3://}"));
    s.line(QStringLiteral("bucket=${path%%/*}"));
    s.line(QStringLiteral("prefix=${path#\"$bucket\"}"));
    s.line(QStringLiteral("prefix=${prefix#/}"));
    s.line(QStringLiteral("prefix=${prefix%/}"));
    s.line(QStringLiteral("base=\"https://$bucket.s3.amazonaws.com/${prefix:+$prefix/}clickhouse\""));
    s.blank();
    s.line(QStringLiteral("umask 077"));
    s.line(QStringLiteral("work=$(mktemp -d)"));
    s.line(QStringLiteral("trap 'rm -rf \"$work\"' EXIT"));
    s.comment(QStringLiteral("printf is a builtin: the password is on no process' command line."));
    s.line(QStringLiteral("xml() { printf '%s' \"$1\" | sed -e 's/&/\\&amp;/g' -e 's/</\\&lt;/g' -e 's/>/\\&gt;/g'; }"));
    s.line(QStringLiteral("printf '<config>\\n  <user>%s</user>\\n  <password>%s</password>\\n</config>\\n' \\"));
    s.line(QStringLiteral("  \"$(xml \"$CLICKHOUSE_USER\")\" \"$(xml \"$CLICKHOUSE_PASSWORD\")\" >\"$work/client.xml\""));
    s.comment(QStringLiteral("A backup of a large database outlasts the 180 s ON CLUSTER statements get by default."));
    s.line(QStringLiteral("run_sql() {"));
    s.line(QStringLiteral("  printf '%s\\n' \"$1\" | clickhouse-client --config-file=\"$work/client.xml\" --host=\"$CLICKHOUSE_HOST\" \\"));
    s.line(QStringLiteral("    --port=\"${CLICKHOUSE_PORT:-9000}\" --log_queries=0 --distributed_ddl_task_timeout=21600"));
    s.line(QStringLiteral("}"));
    s.line(QStringLiteral("credentials=\"'$AWS_ACCESS_KEY_ID', '$AWS_SECRET_ACCESS_KEY'\""));
    s.blank();
    s.line(QStringLiteral("if [ \"$action\" = backup ]; then"));
    s.comment(QStringLiteral("  BACKUP refuses a name that exists: a new one every run."));
    s.line(QStringLiteral("  name=posthog_$(date -u +%Y%m%dT%H%M%SZ)"));
    s.line(QStringLiteral("  echo \"backing up database posthog (cluster $cluster) to $base/$name\""));
    s.line(QStringLiteral("  run_sql \"BACKUP DATABASE posthog ON CLUSTER '$cluster' TO S3('$base/$name', $credentials)\""));
    s.line(QStringLiteral("  echo \"backed up to $base/$name\""));
    s.line(QStringLiteral("else"));
    s.line(QStringLiteral("  if [ -n \"$replace\" ]; then"));
    s.line(QStringLiteral("    echo \"dropping database posthog on cluster $cluster\""));
    s.line(QStringLiteral("    run_sql \"DROP DATABASE IF EXISTS posthog ON CLUSTER '$cluster' SYNC\""));
    s.line(QStringLiteral("  fi"));
    s.line(QStringLiteral("  echo \"restoring database posthog (cluster $cluster) from $base/$name\""));
    s.line(QStringLiteral("  run_sql \"RESTORE DATABASE posthog ON CLUSTER '$cluster' FROM S3('$base/$name', $credentials)\""));
    s.line(QStringLiteral("  echo \"restored $name\""));
    s.line(QStringLiteral("fi"));
    return s.text().toUtf8();
}

} // namespace

GeneratedFiles Generators::scripts(const GeneratorContext &ctx)
{
    GeneratedFiles files {
        {QStringLiteral("backup/postgres-backup.sh"), postgresBackup(ctx), GeneratedFile::Kind::Script,
         QStringLiteral("dumps PostgreSQL to a timestamped file%1").arg(ctx.profile.backups.destination.isEmpty()
                                                                         ? QString()
                                                                         : QStringLiteral(" and uploads it"))},
    };
    if (ctx.profile.databases.clickhouse.mode == ServiceMode::Bundled)
        files.append({QStringLiteral("backup/clickhouse-backup.sh"), clickhouseBackup(ctx), GeneratedFile::Kind::Script,
                      QStringLiteral("ClickHouse BACKUP to S3 under a timestamped name, and RESTORE")});
    return files;
}

} // namespace phc
