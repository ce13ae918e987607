#pragma once

#include "core/issue.h"
#include "versionrange.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

namespace phc {

// What one range of PostHog releases demands of the services it uses: it
// exits at start when PostgreSQL, Redis or ClickHouse reports a version
// outside these (SERVICE_VERSION_REQUIREMENTS).
class ServiceGates
{
public:
    // The PostHog releases these gates hold for.
    const VersionRange &posthog() const { return m_posthog; }
    // "postgresql", "redis" or "clickhouse" (every row has all three); an
    // empty range for any other name.
    VersionRange range(const QString &service) const { return m_services.value(service); }
    QStringList services() const { return m_services.keys(); }
    // The ClickHouse server image tag these releases ran with, e.g.
    // "22.8.11.15"; always inside the row's ClickHouse gate.
    QString clickhouseImageTag() const { return m_clickhouseImageTag; }
    // Where the gates were read from (PostHog's source of the release).
    QString source() const { return m_source; }

private:
    friend class ServiceRequirements;
    VersionRange m_posthog;
    QMap<QString, VersionRange> m_services;
    QString m_clickhouseImageTag;
    QString m_source;
};

// The table of gates per PostHog release, loaded from data
// (resources/data/service-requirements.yaml or a user's copy).
class ServiceRequirements
{
public:
    static Result<ServiceRequirements> parse(const QByteArray &yaml);
    static Result<ServiceRequirements> loadFile(const QString &path);
    static const ServiceRequirements &builtIn();

    // The services PostHog checks, in the order it checks them.
    static QStringList knownServices();

    // The gates of the release `posthog` (an image tag's version, e.g. from
    // "release-1.43.0"); nullptr when the table does not know the release.
    const ServiceGates *forPosthogVersion(const Version &posthog) const;
    const QList<ServiceGates> &releases() const { return m_releases; }

private:
    QList<ServiceGates> m_releases;
};

} // namespace phc
