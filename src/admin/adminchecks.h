#pragma once

#include "admin/adminclient.h"
#include "core/issue.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace phc {

enum class AdminCheckLevel { Pass, Warn, Fail, Unknown };
QString adminCheckLevelName(AdminCheckLevel level); // "pass", "warn", "fail", "unknown"

// One check of the instance's own System status.
struct AdminCheck
{
    QString id; // "postgresAlive", "clickhouseDiskFree", ...
    AdminCheckLevel level = AdminCheckLevel::Unknown;
    std::optional<double> value; // the numeric checks and the booleans (1 / 0)
    QString message;             // one line with the evidence
};

// The limits of the numeric checks: resources/data/admin-checks.yaml or the user's copy.
struct AdminThresholds
{
    double diskFreeWarn = 0.2;
    double diskFreeFail = 0.1;
    double lagWarnSeconds = 600;
    double lagFailSeconds = 1800;
    bool redisMaxmemoryRequired = true;

    static Result<AdminThresholds> parse(const QByteArray &yaml);
    static Result<AdminThresholds> loadFile(const QString &path);
    static const AdminThresholds &builtIn();

    friend bool operator==(const AdminThresholds &, const AdminThresholds &) = default;
};

// Which versions of a service the PostHog version in force accepts.
struct ServiceGate
{
    QString service;   // "postgresql", "redis"
    QString posthogVersion;
    QString range;     // as the data spells it, for messages (">=11.0.0,<=14.X")
    std::function<std::optional<bool>(const QString &version)> accepts; // nullopt: not a version
};

enum class AdminVerdict { Healthy, Degraded, Down, NoVerdict };
QString adminVerdictName(AdminVerdict verdict); // "healthy", "degraded", "down", "unknown"

struct AdminStatus
{
    AdminVerdict verdict = AdminVerdict::NoVerdict;
    QList<AdminCheck> checks;
    QString error; // why there is no verdict, or why the instance is down

    const AdminCheck *check(QStringView id) const;
    qsizetype unknownCount() const;
};

// The checks in a fixed order, evaluated from one snapshot:
// postgresAlive, redisAlive, clickhouseAlive, pluginServerAlive,
// asyncMigrationsOk, deadLetterQueueRatioOk, objectStorageHealthy,
// clickhouseDiskFree, ingestionLagSeconds, redisMaxmemory, postgresVersion,
// redisVersion. Rows the instance does not send make a check unknown.
// The verdict: no verdict when not one check could be evaluated; degraded
// when any check warns, fails or is unknown (unknown ones listed first);
// healthy only when every check passed.
class AdminChecks
{
public:
    static QStringList ids();
    // The ids whose value is a number worth a chart.
    static QStringList numericIds();

    // The PostHog version in force: the one the instance reports where it
    // has such a row (PostHog 1.4x), else the profile's imageTag
    // ("release-1.43.0" reads 1.43.0); empty when neither names a version
    // (images built after mid-2023 have no row).
    static QString versionInForce(const AdminSnapshot &snapshot, const QString &profileImageTag);
    // The PostgreSQL and Redis gates of the version in force, from the
    // built-in service requirements; empty when they do not know the version.
    static QList<ServiceGate> gatesFor(const AdminSnapshot &snapshot, const QString &profileImageTag);

    static AdminStatus evaluate(const AdminSnapshot &snapshot, const AdminThresholds &thresholds,
                                const QDateTime &now, const QList<ServiceGate> &gates);
};

} // namespace phc
