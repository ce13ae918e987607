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

Version versionOr(const QString &text, const Version &fallback)
{
    return Version::parse(text).value_or(fallback);
}

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
    return kind == UpgradeBlocker::Kind::ServiceVersion ? QStringLiteral("serviceVersion")
                                                        : QStringLiteral("asyncMigration");
}

QJsonObject UpgradePlan::toJson() const
{
    QJsonArray b;
    for (const UpgradeBlocker &x : blockers)
        b.append(QJsonObject {{QStringLiteral("kind"), upgradeBlockerKindName(x.kind)},
                              {QStringLiteral("name"), x.name},
                              {QStringLiteral("message"), x.message}});
    return {{QStringLiteral("target"), target},
            {QStringLiteral("current"), current},
            {QStringLiteral("verdict"), go() ? QStringLiteral("go") : QStringLiteral("blocked")},
            {QStringLiteral("blockers"), b},
            {QStringLiteral("steps"), QJsonArray::fromStringList(steps)},
            {QStringLiteral("notes"), QJsonArray::fromStringList(notes)}};
}

QString UpgradePlan::toText() const
{
    QString out = Text::tr("upgrade %1 -> %2: %3\n").arg(current, target, go() ? Text::tr("go") : Text::tr("blocked"));
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

UpgradePlan UpgradePlanner::plan(const Input &input, const AsyncMigrationCatalog &catalog,
                                 const ServiceRequirements &requirements)
{
    UpgradePlan p;
    const Version current = versionOr(input.current, Version({1, 43, 0}));
    const std::optional<Version> target = Version::parse(input.target);
    p.current = current.toString(3);
    p.target = target ? target->toString(3) : input.target;
    if (!target) {
        // The callers check the target first; this keeps a bad one from reading "go".
        p.blockers.append({UpgradeBlocker::Kind::AsyncMigration, input.target,
                           tr("'%1' is not a PostHog version such as 1.44.0 or release-1.44.0").arg(input.target)});
        return p;
    }

    QStringList nowSteps;
    QSet<QString> live;
    for (const AsyncMigration &m : input.migrations) {
        live.insert(m.name);
        if (m.status == MigrationStatus::Completed)
            continue;
        const std::optional<Version> max = Version::parse(m.posthogMaxVersion);
        const bool failed = migrationFailed(m.status);
        if (!failed && !(max && *max < *target))
            continue;
        QString message = tr("%1 is %2").arg(m.name, migrationStatusName(m.status));
        if (m.status == MigrationStatus::Running || m.status == MigrationStatus::Starting)
            message += tr(" (%1%)").arg(m.progress);
        if (!m.lastError.isEmpty())
            message += tr(", last error: %1").arg(m.lastError.left(200));
        message += max && *max < *target
            ? tr("; it must complete before any release after %1: %2 first").arg(m.posthogMaxVersion, actionFor(m.status))
            : tr("; a failed migration blocks every upgrade: %1 first").arg(actionFor(m.status));
        p.blockers.append({UpgradeBlocker::Kind::AsyncMigration, m.name, message});
        nowSteps.append(tr("at %1 (now): %2 %3").arg(p.current, actionFor(m.status), m.name));
    }

    // Migrations of releases between now and the target that must run before it.
    struct Stop
    {
        Version at;
        Version until;
        QStringList names;
    };
    QList<Stop> stops;
    for (const AsyncMigrationDefinition &d : catalog.migrations()) {
        if (live.contains(d.name))
            continue;
        const Version min = versionOr(d.posthogMinVersion, Version());
        const Version max = versionOr(d.posthogMaxVersion, Version());
        // Older than this instance (it ran or never needed it), or not needed before the target.
        if (max < current || !(max < *target) || min <= current)
            continue;
        if (!stops.isEmpty() && stops.last().until >= min) {
            Stop &s = stops.last();
            s.at = std::max(s.at, min);
            s.until = std::min(s.until, max);
            s.names.append(d.name);
        } else {
            stops.append({min, max, {d.name}});
        }
        p.blockers.append({UpgradeBlocker::Kind::AsyncMigration, d.name,
                           tr("ships with PostHog %1 and must complete before any release after %2: stop at %1 "
                              "and run it there")
                               .arg(d.posthogMinVersion, d.posthogMaxVersion)});
    }
    p.steps = nowSteps;
    for (const Stop &s : stops) {
        p.steps.append(tr("upgrade to %1 and stop there").arg(s.at.toString(3)));
        p.steps.append(tr("at %1: run %2, in this order, until each is Completed")
                           .arg(s.at.toString(3), s.names.join(QStringLiteral(", "))));
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
    p.steps.append(tr("upgrade to %1").arg(p.target));
    return p;
}

} // namespace phc
