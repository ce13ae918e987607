#include "admincommands.h"

#include "cli.h"
#include "clisupport.h"

#include "admin/adminchecks.h"
#include "admin/adminclient.h"
#include "admin/upgradeplanner.h"
#include "compat/servicerequirements.h"
#include "compat/version.h"
#include "core/yamlreader.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

#include <limits>

namespace phc::Cli {

namespace {

using namespace CliSupport;

// The monitoring-plugin convention of `probe`. A refused key is "no verdict"
// here: without it there is no status at all.
enum AdminExit { Healthy = 0, Degraded = 1, Down = 2, NoVerdict = 3 };

const char apiKeyVariable[] = "POSTHOG_PERSONAL_API_KEY";

struct Connection
{
    HttpFetcher fetcher;
    AdminClient client {&fetcher};
    QUrl url;
};

QString keyHelp()
{
    return tr("The personal API key is read from the environment variable %1, never from the command line\n"
              "(where other users can see it). It is sent only to the origin of --url, over https or to this\n"
              "computer. Who may read what is PostHog's rule (posthog/permissions.py, posthog/api/async_migration.py).\n"
              "The system status (/api/instance_status) any logged-in user of a self-hosted instance\n"
              "(SingleTenancyOrAdmin; on PostHog Cloud staff only), the async migrations (/api/async_migrations)\n"
              "a staff user only (IsStaffUser; PostHog makes an instance's first user staff). Personal API keys\n"
              "of PostHog 1.4x have no scopes: a key can do all its user can, so keep it to this machine and\n"
              "revoke it in PostHog when it is no longer needed.\n")
        .arg(QLatin1StringView(apiKeyVariable));
}

// --url, --timeout, --ca-file and the key into `c`; false after saying why.
bool connect(const QCommandLineParser &parser, const QCommandLineOption &url, Connection &c, QTextStream &err)
{
    if (!requireOption(parser, url, err))
        return false;
    c.url = QUrl(parser.value(url), QUrl::StrictMode);
    if (!c.url.isValid() || c.url.host().isEmpty()
        || (c.url.scheme() != u"http" && c.url.scheme() != u"https")) {
        err << tr("--url %1: not an http or https URL").arg(parser.value(url)) << u'\n';
        return false;
    }
    FetchOptions options = c.fetcher.options();
    const QCommandLineOption timeout = timeoutOption();
    if (parser.optionNames().contains(timeout.names().constFirst())) {
        const auto ms = millisecondsOption(parser, timeout, options.timeoutMs, err);
        if (!ms)
            return false;
        if (*ms < 100 || *ms > 120000) {
            err << tr("--timeout %1: must be between 0.1 and 120 seconds").arg(parser.value(timeout)) << u'\n';
            return false;
        }
        options.timeoutMs = int(*ms);
    }
    options.extraCaFile = parser.value(caFileOption());
    const QString caProblem = c.fetcher.setOptions(options);
    if (!caProblem.isEmpty()) {
        err << QStringLiteral("--ca-file ") << options.extraCaFile << QStringLiteral(": ") << caProblem << u'\n';
        return false;
    }
    const QByteArray key = qgetenv(apiKeyVariable);
    if (key.isEmpty()) {
        err << tr("no verdict: %1 is not set; PostHog's admin API answers only with a personal API key")
                   .arg(QLatin1StringView(apiKeyVariable))
            << u'\n';
        return false;
    }
    c.fetcher.setCredentials(c.url, key);
    c.client.setBaseUrl(c.url);
    return true;
}

int exitOf(const AdminError &e)
{
    switch (e.failure) {
    case AdminFailure::None: return Healthy;
    case AdminFailure::Unreachable: return Down;
    case AdminFailure::KeyMissing:
    case AdminFailure::KeyRefused:
    case AdminFailure::Unreadable: break;
    }
    return NoVerdict;
}

QJsonValue number(std::optional<double> v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonArray migrationsJson(const QList<AsyncMigration> &list)
{
    QJsonArray out;
    for (const AsyncMigration &m : list) {
        QJsonObject o {{QStringLiteral("name"), m.name},
                       {QStringLiteral("status"), migrationStatusName(m.status)},
                       {QStringLiteral("progress"), m.progress},
                       {QStringLiteral("posthogMinVersion"), m.posthogMinVersion},
                       {QStringLiteral("posthogMaxVersion"), m.posthogMaxVersion}};
        o.insert(QStringLiteral("lastError"), m.lastError.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(m.lastError));
        out.append(o);
    }
    return out;
}

QJsonArray queriesJson(const QList<RunningQuery> &list)
{
    QJsonArray out;
    for (const RunningQuery &q : list) {
        QJsonObject o {{QStringLiteral("durationSeconds"), number(q.durationSeconds)}, {QStringLiteral("query"), q.query}};
        if (!q.state.isEmpty())
            o.insert(QStringLiteral("state"), q.state);
        out.append(o);
    }
    return out;
}

QString migrationLine(const AsyncMigration &m)
{
    QString line = QStringLiteral("  %1 %2 %3  %4-%5")
                       .arg(m.name, -46)
                       .arg(migrationStatusName(m.status), -15)
                       .arg(QStringLiteral("%1%").arg(m.progress), 4)
                       .arg(m.posthogMinVersion.isEmpty() ? QStringLiteral("?") : m.posthogMinVersion,
                            m.posthogMaxVersion.isEmpty() ? QStringLiteral("?") : m.posthogMaxVersion);
    if (!m.lastError.isEmpty())
        line += u'\n' + tr("      last error: %1").arg(m.lastError.left(300));
    return line + u'\n';
}

QString seconds(std::optional<double> s)
{
    return s ? QLocale::c().toString(*s, 'f', 1) + QStringLiteral(" s") : QStringLiteral("?");
}

// The Helm rows PostHog reports (HELM_INSTALL_INFO), as status shows them.
const QList<std::pair<QString, QString>> &helmKeys()
{
    static const QList<std::pair<QString, QString>> keys {{QStringLiteral("chart_version"), QStringLiteral("chartVersion")},
                                                          {QStringLiteral("release_name"), QStringLiteral("releaseName")},
                                                          {QStringLiteral("release_revision"), QStringLiteral("releaseRevision")}};
    return keys;
}

QString statusText(const QUrl &url, const AdminSnapshot &snap, const AdminStatus &status, const QString &version,
                   bool versionReported)
{
    QString out = tr("%1: %2 (%3)\n")
                      .arg(url.toDisplayString(), adminVerdictName(status.verdict),
                           QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (snap.overview) {
        out += version.isEmpty() ? tr("  PostHog version: not reported (images built after mid-2023 have no row)\n")
             : versionReported   ? tr("  PostHog version: %1\n").arg(version)
                                 : tr("  PostHog version: not reported; %1 from the profile\n").arg(version);
        const QString chart = snap.overview->helmValue(u"chart_version");
        if (chart.isEmpty())
            out += tr("  Helm: not reported (not installed with the chart, or an older chart)\n");
        else
            out += tr("  Helm: chart %1, release %2, revision %3\n")
                       .arg(chart, snap.overview->helmValue(u"release_name"), snap.overview->helmValue(u"release_revision"));
        if (status.unknownCount() > 0)
            out += status.unknownCount() == 1
                ? tr("  1 check could not read its input and counts against healthy:\n")
                : tr("  %1 checks could not read their input and count against healthy:\n").arg(status.unknownCount());
    }
    if (!status.error.isEmpty())
        out += QStringLiteral("  ") + status.error + u'\n';
    for (const AdminCheck &c : status.checks) {
        const QString value = c.value ? QString::number(*c.value, 'g', 6) : QStringLiteral("-");
        out += QStringLiteral("  %1 %2 %3 %4\n")
                   .arg(adminCheckLevelName(c.level), -7)
                   .arg(c.id, -22)
                   .arg(value, -12)
                   .arg(c.message);
    }
    if (snap.migrations) {
        out += tr("Async migrations:\n");
        for (const AsyncMigration &m : *snap.migrations)
            out += migrationLine(m);
    } else if (!snap.migrationsError.ok() && snap.error.ok()) {
        out += tr("Async migrations: %1\n").arg(snap.migrationsError.message);
    }
    if (snap.queries && !snap.queries->clickhouseSlowLog.isEmpty()) {
        out += tr("Slow ClickHouse queries (over 10 s, last 6 h):\n");
        for (const RunningQuery &q : snap.queries->clickhouseSlowLog.mid(0, 10))
            out += QStringLiteral("  %1  %2\n").arg(seconds(q.durationSeconds), 9).arg(q.query.simplified().left(120));
    }
    return out;
}

AdminSnapshot fetchSnapshot(Connection &c)
{
    AdminSnapshot result;
    QEventLoop loop;
    c.client.fetchSnapshot(&loop, [&](const AdminSnapshot &s) {
        result = s;
        loop.quit();
    });
    loop.exec();
    return result;
}

struct ActionChoice
{
    MigrationAction action;
    QString option;
};

} // namespace

int runStatus(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption url(QStringLiteral("url"), tr("The PostHog instance's base URL."), QStringLiteral("URL"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON object."));
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     tr("The deployment profile: its imageTag is the PostHog version when the instance "
                                        "does not report one."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption checks(QStringLiteral("checks"),
                                    tr("Limits of the checks to use instead of the built-in ones (admin-checks.yaml)."),
                                    QStringLiteral("FILE"));
    parser.addOptions({url, json, profile, timeoutOption(), caFileOption(), checks});
    int code = 0;
    const QString extra =
        tr("Reads PostHog's own System status (GET /api/instance_status, its queries and the async migrations)\n"
           "and judges it: services alive, async migrations, dead letter queue, object storage, ClickHouse disk,\n"
           "ingestion lag, Redis' memory limit, PostgreSQL and Redis versions against PostHog's gates.\n\n")
        + keyHelp()
        + tr("\nExit codes (those of monitoring plugins):\n"
             "  0  healthy\n"
             "  1  degraded: a check warns or fails\n"
             "  2  down: the instance does not answer\n"
             "  3  no verdict: wrong arguments, no key, the key refused, an answer that is not PostHog's, or\n"
             "     one in which no check could read its rows\n"
             "A check that cannot read its row is 'unknown', listed first, and makes the verdict degraded;\n"
             "healthy means every check ran and passed. PostHog caches /api/instance_status for 60 s, so\n"
             "the lag and disk values can be a minute old.\n");
    if (!parseVerb(parser, args, QStringLiteral("status"), tr("PostHog's own system status, as checks."), out, err, code,
                   0, extra))
        return code == Cli::Ok ? int(Healthy) : int(NoVerdict);

    AdminThresholds thresholds = AdminThresholds::builtIn();
    if (parser.isSet(checks)) {
        auto loaded = AdminThresholds::loadFile(parser.value(checks));
        err << formatIssues(loaded.issues(), parser.value(checks));
        if (!loaded.ok())
            return NoVerdict;
        thresholds = loaded.value();
    }
    QString profileTag;
    if (parser.isSet(profile)) {
        if (!QFileInfo(parser.value(profile)).isFile()) {
            err << tr("--profile: %1: no such file").arg(parser.value(profile)) << u'\n';
            return NoVerdict;
        }
        const auto p = loadValid(parser.value(profile), err);
        if (!p)
            return NoVerdict;
        profileTag = p->cluster.imageTag;
    }
    Connection c;
    if (!connect(parser, url, c, err))
        return NoVerdict;

    const AdminSnapshot snap = fetchSnapshot(c);
    const AdminStatus status = AdminChecks::evaluate(snap, thresholds, QDateTime::currentDateTimeUtc(),
                                                     AdminChecks::gatesFor(snap, profileTag));
    // What the instance itself reports, never the profile's guess.
    const QString reported = snap.overview ? snap.overview->posthogVersion() : QString();
    if (parser.isSet(json)) {
        QJsonArray checkList;
        for (const AdminCheck &ch : status.checks)
            checkList.append(QJsonObject {{QStringLiteral("id"), ch.id},
                                          {QStringLiteral("level"), adminCheckLevelName(ch.level)},
                                          {QStringLiteral("value"), number(ch.value)},
                                          {QStringLiteral("message"), ch.message}});
        QJsonObject queries;
        if (snap.queries) {
            queries.insert(QStringLiteral("postgresRunning"), queriesJson(snap.queries->postgresRunning));
            queries.insert(QStringLiteral("clickhouseRunning"), queriesJson(snap.queries->clickhouseRunning));
            queries.insert(QStringLiteral("clickhouseSlowLog"), queriesJson(snap.queries->clickhouseSlowLog));
        }
        QJsonObject helm;
        if (snap.overview)
            for (const auto &[key, name] : helmKeys()) {
                const QString value = snap.overview->helmValue(key);
                helm.insert(name, value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value));
            }
        QJsonObject o {{QStringLiteral("status"), adminVerdictName(status.verdict)},
                       {QStringLiteral("posthogVersion"), reported.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(reported)},
                       {QStringLiteral("helm"), snap.overview && !helm.value(u"chartVersion").isNull() ? QJsonValue(helm)
                                                                                                       : QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("checks"), checkList},
                       {QStringLiteral("asyncMigrations"), snap.migrations ? QJsonValue(migrationsJson(*snap.migrations))
                                                                           : QJsonValue(QJsonArray())},
                       {QStringLiteral("queries"), queries}};
        o.insert(QStringLiteral("error"), status.error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(status.error));
        out << QJsonDocument(o).toJson(QJsonDocument::Compact) << u'\n';
    } else {
        out << statusText(c.url, snap, status, AdminChecks::versionInForce(snap, profileTag), !reported.isEmpty());
    }
    if (!status.error.isEmpty())
        err << status.error << u'\n';
    switch (status.verdict) {
    case AdminVerdict::Healthy: return Healthy;
    case AdminVerdict::Degraded: return Degraded;
    case AdminVerdict::Down: return Down;
    case AdminVerdict::NoVerdict: break;
    }
    return NoVerdict;
}

int runMigrations(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption url(QStringLiteral("url"), tr("The PostHog instance's base URL."), QStringLiteral("URL"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption yes(QStringLiteral("yes"), tr("Really send the action (without it, only say what it would do)."));
    const QList<ActionChoice> choices {
        {MigrationAction::Trigger, QStringLiteral("trigger")},
        {MigrationAction::Resume, QStringLiteral("resume")},
        {MigrationAction::Rollback, QStringLiteral("rollback")},
        {MigrationAction::ForceStop, QStringLiteral("force-stop")},
    };
    QList<QCommandLineOption> actionOptions;
    for (const ActionChoice &a : choices)
        actionOptions.append(QCommandLineOption(a.option, tr("Send '%1' for the migration NAME.").arg(migrationActionPath(a.action)),
                                                QStringLiteral("NAME")));
    parser.addOptions({url, json, yes, timeoutOption(), caFileOption()});
    parser.addOptions(actionOptions);
    int code = 0;
    const QString extra =
        tr("Lists PostHog's async migrations (GET /api/async_migrations, every page), or sends one action\n"
           "(POST /api/async_migrations/<id>/<action>). The migration's name is checked against the instance's\n"
           "list first (with a did-you-mean). Without --yes an action sends nothing: it reads the list, says what\n"
           "it would do and exits 3.\n\n")
        + keyHelp()
        + tr("\nExit codes:\n"
             "  0  listed, or the action was accepted\n"
             "  1  PostHog refused the action (its reason is shown)\n"
             "  2  the instance does not answer\n"
             "  3  no verdict: wrong arguments, no key, the key refused, an unknown migration, no --yes\n");
    if (!parseVerb(parser, args, QStringLiteral("migrations"), tr("PostHog's async migrations: list them or act on one."),
                   out, err, code, 0, extra))
        return code == Cli::Ok ? int(Healthy) : int(NoVerdict);

    const ActionChoice *chosen = nullptr;
    for (qsizetype i = 0; i < choices.size(); ++i) {
        if (!parser.isSet(actionOptions[i]))
            continue;
        if (chosen) {
            err << tr("--%1 and --%2: give one action").arg(chosen->option, choices[i].option) << u'\n';
            return NoVerdict;
        }
        chosen = &choices[i];
    }
    const QString name = chosen ? parser.value(chosen->option) : QString();
    Connection c;
    if (!connect(parser, url, c, err))
        return NoVerdict;

    QList<AsyncMigration> list;
    AdminError listError;
    {
        QEventLoop loop;
        c.client.fetchMigrations(&loop, [&](const QList<AsyncMigration> &l, const AdminError &e) {
            list = l;
            listError = e;
            loop.quit();
        });
        loop.exec();
    }
    if (!listError.ok()) {
        err << listError.message << u'\n';
        return exitOf(listError);
    }
    if (!chosen) {
        if (parser.isSet(json)) {
            out << QJsonDocument(migrationsJson(list)).toJson(QJsonDocument::Compact) << u'\n';
        } else {
            if (list.isEmpty())
                out << tr("no async migrations\n");
            for (const AsyncMigration &m : list)
                out << migrationLine(m);
        }
        return Healthy;
    }

    // The name is checked before anything is sent or said to be sent.
    const auto it = std::find_if(list.begin(), list.end(), [&name](const AsyncMigration &m) { return m.name == name; });
    if (it == list.end()) {
        QStringList names;
        for (const AsyncMigration &m : list)
            names << m.name;
        QStringList prefixed;
        for (const QString &n : names)
            if (!name.isEmpty() && n.startsWith(name))
                prefixed << n;
        const QString hint = prefixed.size() == 1 ? prefixed.constFirst() : MapReader::closestMatch(name, names);
        err << (hint.isEmpty()
                    ? tr("--%1 %2: this instance has no such async migration; it has: %3")
                          .arg(chosen->option, name, names.isEmpty() ? tr("none") : names.join(QStringLiteral(", ")))
                    : tr("--%1 %2: this instance has no such async migration (did you mean '%3'?)")
                          .arg(chosen->option, name, hint))
            << u'\n';
        return NoVerdict;
    }
    if (!parser.isSet(yes)) {
        out << tr("would send '%1' for %2 (%3) to %4: %5\n")
                   .arg(migrationActionPath(chosen->action), name, migrationStatusName(it->status),
                        c.url.toDisplayString(), migrationActionConsequence(chosen->action));
        if (!migrationActionAllowed(chosen->action, it->status))
            out << tr("PostHog would refuse it: '%1' is not taken for a migration that is %2\n")
                       .arg(migrationActionPath(chosen->action), migrationStatusName(it->status));
        out << tr("nothing was sent; add --yes to send it\n");
        return NoVerdict;
    }
    MigrationActionOutcome outcome;
    {
        QEventLoop loop;
        c.client.runAction(it->id, chosen->action, &loop, [&](const MigrationActionOutcome &o) {
            outcome = o;
            loop.quit();
        });
        loop.exec();
    }
    if (!outcome.error.ok()) {
        err << outcome.error.message << u'\n';
        return exitOf(outcome.error);
    }
    if (!outcome.answer->success) {
        err << tr("PostHog refused '%1' for %2: %3")
                   .arg(migrationActionPath(chosen->action), name,
                        outcome.answer->error.isEmpty() ? tr("no reason given") : outcome.answer->error)
            << u'\n';
        return Degraded;
    }
    out << tr("PostHog accepted '%1' for %2\n").arg(migrationActionPath(chosen->action), name);
    return Healthy;
}

int runUpgradeCheck(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption url(QStringLiteral("url"), tr("The PostHog instance's base URL."), QStringLiteral("URL"));
    const QCommandLineOption to(QStringLiteral("to"), tr("The version to upgrade to: 1.44.0 or release-1.44.0."),
                                QStringLiteral("VERSION"));
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     tr("The deployment profile whose imageTag is the version to upgrade to."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption from(QStringLiteral("from"),
                                  tr("The version the instance runs, instead of the one it reports (images built "
                                     "after mid-2023 report none)."),
                                  QStringLiteral("VERSION"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON object."));
    parser.addOptions({url, to, profile, from, json, timeoutOption(), caFileOption()});
    int code = 0;
    const QString extra =
        tr("Checks whether the live instance can be upgraded to a version: async migrations that must complete\n"
           "first (the instance's own list, and those later releases ship, from PostHog's source), failed\n"
           "migrations, and PostgreSQL and Redis against the target's service gates. ClickHouse, whose version\n"
           "PostHog does not report, is a note to check by hand. Prints go or blocked with the steps: where to\n"
           "stop, what to run there, then the target.\n"
           "The rules are those of PostHog's migrate job (run_async_migrations --check): a Running, Starting or\n"
           "Errored migration blocks every upgrade; one that is not completed blocks a target past its maximum\n"
           "version unless that target ships it as a no-op. An older target is a downgrade, which PostHog does\n"
           "not support (async migrations do not run backwards): blocked. Each stop-over names the release and\n"
           "the chart version of PostHog's runbook, as a helm command.\n"
           "The version the instance runs is its posthog_version row (PostHog 1.4x); images built after\n"
           "mid-2023 report none: give it with --from VERSION (which wins over the row in every case).\n\n")
        + keyHelp()
        + tr("\nExit codes:\n"
             "  0  go\n"
             "  1  blocked (each blocker printed), a downgrade included\n"
             "  2  the instance does not answer\n"
             "  3  no verdict: wrong arguments, no key, the key refused, an answer that is not PostHog's, or\n"
             "     an instance that does not report its version (give --from VERSION)\n");
    if (!parseVerb(parser, args, QStringLiteral("upgrade-check"),
                   tr("Can the instance be upgraded to a version, and how."), out, err, code, 0, extra))
        return code == Cli::Ok ? int(Healthy) : int(NoVerdict);
    if (parser.isSet(to) == parser.isSet(profile)) {
        err << tr("give the target version with --to VERSION or --profile FILE (its imageTag), one of them") << u'\n';
        return NoVerdict;
    }
    QString target = parser.value(to);
    QString targetOption = QStringLiteral("--to");
    QString helmNamespace;
    if (parser.isSet(profile)) {
        targetOption = QStringLiteral("--profile");
        if (!QFileInfo(parser.value(profile)).isFile()) {
            err << tr("--profile: %1: no such file").arg(parser.value(profile)) << u'\n';
            return NoVerdict;
        }
        const auto p = loadValid(parser.value(profile), err);
        if (!p)
            return NoVerdict;
        target = p->cluster.imageTag;
        helmNamespace = p->cluster.namespaceName;
    }
    if (!Version::parse(target)) {
        err << tr("%1 %2: not a PostHog version such as 1.44.0 or release-1.44.0").arg(targetOption, target) << u'\n';
        return NoVerdict;
    }
    if (parser.isSet(from) && !Version::parse(parser.value(from))) {
        err << tr("--from %1: not a PostHog version such as 1.43.0 or release-1.43.0").arg(parser.value(from)) << u'\n';
        return NoVerdict;
    }
    Connection c;
    if (!connect(parser, url, c, err))
        return NoVerdict;
    const AdminSnapshot snap = fetchSnapshot(c);
    if (!snap.error.ok()) {
        err << snap.error.message << u'\n';
        return exitOf(snap.error);
    }
    if (!snap.migrations) {
        // Without the list the verdict would be a guess.
        err << snap.migrationsError.message << u'\n';
        return exitOf(snap.migrationsError);
    }
    UpgradePlanner::Input input;
    input.current = parser.isSet(from) ? parser.value(from) : AdminChecks::versionInForce(snap, QString());
    if (input.current.isEmpty()) {
        err << tr("no verdict: the instance does not report its PostHog version (images built after mid-2023 have "
                  "no posthog_version row); give the version it runs with --from VERSION")
            << u'\n';
        return NoVerdict;
    }
    input.target = target;
    input.migrations = *snap.migrations;
    input.overview = snap.overview;
    input.helmNamespace = helmNamespace;
    const UpgradePlan plan = UpgradePlanner::plan(input, AsyncMigrationCatalog::builtIn(), ServiceRequirements::builtIn());
    if (parser.isSet(json))
        out << QJsonDocument(plan.toJson()).toJson(QJsonDocument::Compact) << u'\n';
    else
        out << plan.toText();
    switch (plan.verdict()) {
    case UpgradeVerdict::Go: return Healthy;
    case UpgradeVerdict::Blocked: return Degraded;
    case UpgradeVerdict::Unknown: break;
    }
    return NoVerdict;
}

} // namespace phc::Cli
