#include "upgradeplanner.h"

#include "compat/servicerequirements.h"
#include "compat/version.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace phc {

namespace {

// This file's messages, in one translation context: lupdate files Text::tr()
// calls under it from any function, tr() calls from the class it is named after.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(phc::UpgradePlanner)
};

QString tr(const char *text) { return Text::tr(text); }

QString actionFor(MigrationStatus status)
{
    switch (status) {
    case MigrationStatus::Errored: return Text::tr("resume it (or roll it back and run it again)");
    case MigrationStatus::RolledBack:
    case MigrationStatus::FailedAtStartup: return Text::tr("run it again");
    case MigrationStatus::Running:
    case MigrationStatus::Starting: return Text::tr("let it complete");
    case MigrationStatus::NotStarted:
    case MigrationStatus::Completed: break;
    }
    return Text::tr("run it");
}

} // namespace

QString upgradeBlockerKindName(UpgradeBlocker::Kind kind)
{
    switch (kind) {
    case UpgradeBlocker::Kind::ServiceVersion: return QStringLiteral("serviceVersion");
    case UpgradeBlocker::Kind::Downgrade: return QStringLiteral("downgrade");
    case UpgradeBlocker::Kind::AsyncMigration: break;
    }
    return QStringLiteral("asyncMigration");
}

QString upgradeVerdictName(UpgradeVerdict verdict)
{
    switch (verdict) {
    case UpgradeVerdict::Go: return QStringLiteral("go");
    case UpgradeVerdict::Blocked: return QStringLiteral("blocked");
    case UpgradeVerdict::Unknown: break;
    }
    return QStringLiteral("unknown");
}

UpgradeVerdict UpgradePlan::verdict() const
{
    if (!blockers.isEmpty())
        return UpgradeVerdict::Blocked;
    return current.isEmpty() ? UpgradeVerdict::Unknown : UpgradeVerdict::Go;
}

QJsonObject UpgradePlan::toJson() const
{
    QJsonArray b;
    for (const UpgradeBlocker &x : blockers)
        b.append(QJsonObject {{QStringLiteral("kind"), upgradeBlockerKindName(x.kind)},
                              {QStringLiteral("name"), x.name},
                              {QStringLiteral("message"), x.message}});
    return {{QStringLiteral("target"), target},
            {QStringLiteral("current"), current.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(current)},
            {QStringLiteral("verdict"), upgradeVerdictName(verdict())},
            {QStringLiteral("blockers"), b},
            {QStringLiteral("steps"), QJsonArray::fromStringList(steps)},
            {QStringLiteral("notes"), QJsonArray::fromStringList(notes)}};
}

QString UpgradePlan::toText() const
{
    const UpgradeVerdict v = verdict();
    const QString verdictText = v == UpgradeVerdict::Go        ? Text::tr("go")
                              : v == UpgradeVerdict::Blocked ? Text::tr("blocked")
                                                               : Text::tr("no verdict");
    QString out = Text::tr("upgrade %1 -> %2: %3\n")
                      .arg(current.isEmpty() ? Text::tr("(version not known)") : current, target, verdictText);
    for (const UpgradeBlocker &b : blockers)
        out += Text::tr("  blocker (%1) %2: %3\n").arg(upgradeBlockerKindName(b.kind), b.name, b.message);
    if (!steps.isEmpty()) {
        out += Text::tr("Steps:\n");
        for (qsizetype i = 0; i < steps.size(); ++i)
            out += QStringLiteral("  %1. %2\n").arg(i + 1).arg(steps[i]);
    }
    for (const QString &n : notes)
        out += Text::tr("  note: %1\n").arg(n);
    return out;
}

namespace {

// The command that moves a Helm release to PostHog `app` with chart `chart`.
// The image tag is always set: values.yaml may name another release (the
// target's), and some runbook stops are not their chart's default app.
QString helmCommand(const QString &release, const QString &ns, const QString &chart, const QString &app)
{
    return QStringLiteral("helm upgrade %1 posthog/posthog --namespace %2 --version %3 -f helm/values.yaml "
                          "--set image.tag=release-%4 --wait --timeout 30m")
        .arg(release, ns, chart, app);
}

} // namespace

UpgradePlan UpgradePlanner::plan(const Input &input, const AsyncMigrationCatalog &catalog,
                                 const ServiceRequirements &requirements)
{
    UpgradePlan p;
    const std::optional<Version> currentVersion = Version::parse(input.current);
    const std::optional<Version> target = Version::parse(input.target);
    p.current = currentVersion ? currentVersion->toString(3) : QString();
    p.target = target ? target->toString(3) : input.target;
    if (!target) {
        // The callers check the target first; this keeps a bad one from reading "go".
        p.blockers.append({UpgradeBlocker::Kind::AsyncMigration, input.target,
                           tr("'%1' is not a PostHog version such as 1.44.0 or release-1.44.0").arg(input.target)});
        return p;
    }
    if (!currentVersion) {
        p.notes.append(tr("the instance does not report its PostHog version (images built after mid-2023 have no "
                          "posthog_version row): no verdict without it; give the version it runs"));
        return p;
    }
    const Version current = *currentVersion;
    if (*target < current) {
        p.blockers.append({UpgradeBlocker::Kind::Downgrade, p.target,
                           tr("%1 is older than the running %2: a downgrade. PostHog does not run async migrations "
                              "backwards (a rollback only undoes a migration that failed), so %1 would start on a "
                              "schema it does not know: restore the backups taken before the upgrade to %2 instead")
                               .arg(p.target, p.current)});
        return p;
    }
    const QString release = input.overview && !input.overview->helmValue(u"release_name").isEmpty()
        ? input.overview->helmValue(u"release_name")
        : QStringLiteral("<release>");
    const QString ns = input.helmNamespace.isEmpty() ? QStringLiteral("<namespace>") : input.helmNamespace;

    QStringList nowSteps;
    QSet<QString> live;
    for (const AsyncMigration &m : input.migrations) {
        live.insert(m.name);
        if (m.status == MigrationStatus::Completed)
            continue;
        // The target's code decides: its definition where the catalog has one, else the instance's row.
        const AsyncMigrationDefinition *d = catalog.find(m.name, *target);
        const std::optional<Version> max = Version::parse(d ? d->posthogMaxVersion : m.posthogMaxVersion);
        const bool pastMax = max && *max < *target;
        const bool running = m.status == MigrationStatus::Running || m.status == MigrationStatus::Starting;
        const bool errored = m.status == MigrationStatus::Errored;
        if (!running && !errored && pastMax && d && !d->requiredSelfHosted()) {
            p.notes.append(tr("%1 is %2, and a no-op in PostHog %3: the migrate job marks it completed once %4 is "
                              "(python manage.py run_async_migrations --complete-noop-migrations)")
                               .arg(m.name, migrationStatusName(m.status), p.target,
                                    d->dependsOn.isEmpty() ? tr("nothing else") : d->dependsOn));
            continue;
        }
        if (!running && !errored && !pastMax) {
            // PostHog's check does not stop on these inside the range; they still have to run.
            if (migrationFailed(m.status))
                p.notes.append(tr("%1 is %2: it does not block this upgrade, but it must complete before any "
                                  "release after %3: %4")
                                   .arg(m.name, migrationStatusName(m.status),
                                        max ? max->toString() : m.posthogMaxVersion, actionFor(m.status)));
            continue;
        }
        QString message = tr("%1 is %2").arg(m.name, migrationStatusName(m.status));
        if (running)
            message += tr(" (%1%)").arg(m.progress);
        if (!m.lastError.isEmpty())
            message += tr(", last error: %1").arg(m.lastError.left(200));
        if (running)
            message += tr("; PostHog's migrate job (run_async_migrations --check) stops every upgrade while a "
                          "migration runs: %1 first")
                           .arg(actionFor(m.status));
        else if (errored)
            message += tr("; PostHog's migrate job stops every upgrade while a migration is Errored: %1 first")
                           .arg(actionFor(m.status));
        else
            message += tr("; it must complete before any release after %1: %2 first")
                           .arg(max->toString(), actionFor(m.status));
        p.blockers.append({UpgradeBlocker::Kind::AsyncMigration, m.name, message});
        nowSteps.append(tr("at %1 (now): %2: %3").arg(p.current, m.name, actionFor(m.status)));
    }

    // Migrations of releases between now and the target that must run before it.
    struct Stop
    {
        Version at;
        Version until;
        QString chart;
        QStringList names;
    };
    QList<Stop> stops;
    for (const QString &name : catalog.names()) {
        if (live.contains(name))
            continue;
        // The definition of the release that would run it, else the newest.
        const AsyncMigrationDefinition *d = catalog.find(name, *target);
        if (!d)
            d = catalog.find(name);
        if (!d->requiredSelfHosted())
            continue;
        const Version min = Version::parse(d->posthogMinVersion).value_or(Version());
        const Version max = Version::parse(d->posthogMaxVersion).value_or(Version());
        // Older than this instance (it ran or never needed it), or not needed before the target.
        if (max < current || !(max < *target) || min <= current)
            continue;
        const AsyncMigrationStop *runbook = catalog.stopFor(name);
        const std::optional<Version> runbookAt = runbook ? Version::parse(runbook->posthog) : std::nullopt;
        // PostHog's runbook release where it lies in the migration's range, else its first release.
        const bool useRunbook = runbookAt && min <= *runbookAt && *runbookAt <= max && current < *runbookAt;
        const Version at = useRunbook ? *runbookAt : min;
        if (!stops.isEmpty() && stops.last().at == at) {
            stops.last().names.append(name);
        } else if (!stops.isEmpty() && !useRunbook && stops.last().chart.isEmpty() && stops.last().until >= min) {
            Stop &s = stops.last();
            s.at = std::max(s.at, min);
            s.until = std::min(s.until, max);
            s.names.append(name);
        } else {
            stops.append({at, max, useRunbook ? runbook->chart : QString(), {name}});
        }
        p.blockers.append({UpgradeBlocker::Kind::AsyncMigration, name,
                           tr("ships with PostHog %1 and must complete before any release after %2: stop at %3 "
                              "and run it there")
                               .arg(d->posthogMinVersion, d->posthogMaxVersion, at.toString(3))});
    }
    p.steps = nowSteps;
    for (const Stop &s : stops) {
        const QString at = s.at.toString(3);
        if (s.chart.isEmpty())
            p.steps.append(tr("upgrade to %1 and stop there (no chart version for it is known: the chart whose "
                              "appVersion is %1, or image.tag release-%1)")
                               .arg(at));
        else
            p.steps.append(tr("upgrade to %1 with chart %2 and stop there: %3")
                               .arg(at, s.chart, helmCommand(release, ns, s.chart, at)));
        p.steps.append(tr("at %1: run %2, in this order, until each is Completed")
                           .arg(at, s.names.join(QStringLiteral(", "))));
    }

    // The services the target accepts.
    const ServiceGates *gates = requirements.forPosthogVersion(*target);
    if (!gates) {
        p.notes.append(tr("the service requirements of PostHog %1 are not known: check PostgreSQL, Redis and "
                          "ClickHouse against its release notes by hand")
                           .arg(p.target));
    } else {
        struct Live
        {
            QString service;
            std::optional<QString> version;
        };
        const StatusRow *pg = input.overview ? input.overview->byKey(u"pg_version") : nullptr;
        const StatusRow *redis = input.overview ? input.overview->byMetric(u"Redis version") : nullptr;
        const QList<Live> services {
            {QStringLiteral("postgresql"), pg ? StatusValues::postgresVersion(pg->valueText()) : std::nullopt},
            {QStringLiteral("redis"), redis ? std::optional<QString>(redis->valueText()) : std::nullopt},
        };
        for (const Live &s : services) {
            const VersionRange range = gates->range(s.service);
            const std::optional<Version> v = s.version ? Version::parse(*s.version) : std::nullopt;
            if (!v) {
                p.notes.append(tr("the instance does not report its %1 version: check it against %2 by hand")
                                   .arg(s.service, range.text()));
                continue;
            }
            if (!range.contains(*v))
                p.blockers.append({UpgradeBlocker::Kind::ServiceVersion, s.service,
                                   tr("%1 %2 is outside PostHog %3's %4 (%5): PostHog %3 exits at start; move %1 "
                                      "into that range first")
                                       .arg(s.service, *s.version, p.target, range.text(), range.spec())});
        }
        p.notes.append(tr("PostHog does not report ClickHouse's version: check it by hand against %1 (%2)")
                           .arg(gates->range(QStringLiteral("clickhouse")).text(),
                                gates->range(QStringLiteral("clickhouse")).spec()));
    }
    if (*target == current) {
        p.steps.append(tr("PostHog %1 runs already: nothing to upgrade").arg(p.target));
        return p;
    }
    const QString chart = catalog.chartFor(*target);
    p.steps.append(chart.isEmpty() ? tr("upgrade to %1").arg(p.target)
                                   : tr("upgrade to %1 with chart %2: %3")
                                         .arg(p.target, chart, helmCommand(release, ns, chart, p.target)));
    return p;
}

} // namespace phc
