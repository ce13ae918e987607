#include "profilevalidator.h"

#include "compat/servicerequirements.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace phc {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("phc::ProfileValidator", text); }

bool matches(const QString &pattern, const QString &s)
{
    // Patterns are few and fixed; compile each once per thread (the GUI
    // validates off the GUI thread too).
    thread_local QHash<QString, QRegularExpression> cache;
    auto it = cache.find(pattern);
    if (it == cache.end())
        it = cache.insert(pattern, QRegularExpression(pattern));
    return it->match(s).hasMatch();
}

class Checker
{
    // Its messages in the validator's translation context, where lupdate finds them.
    Q_DECLARE_TR_FUNCTIONS(phc::ProfileValidator)

public:
    Checker(const DeploymentProfile &p, const Issues &loadIssues) : m_profile(p)
    {
        for (const Issue &issue : loadIssues)
            if (issue.severity == Severity::Error)
                m_unreadable << issue.path;
    }

    // False when a key a rule needs did not read.
    bool readable(const QString &path) const
    {
        return std::none_of(m_unreadable.cbegin(), m_unreadable.cend(),
                            [&](const QString &u) { return isPathUnder(path, u) || isPathUnder(u, path); });
    }

    void error(const QString &path, const QString &message) { add(path, Severity::Error, message); }
    void warning(const QString &path, const QString &message) { add(path, Severity::Warning, message); }

    void require(const QString &path, const QString &value)
    {
        if (value.trimmed().isEmpty())
            error(path, tr("is required"));
    }
    void dnsLabel(const QString &path, const QString &value, int maxLength = 63)
    {
        if (value.isEmpty())
            error(path, tr("is required"));
        else if (!ProfileValidator::isDnsLabel(value, maxLength))
            error(path, tr("'%1' is not a DNS-1123 label (lower-case letters, digits and '-', "
                           "starting and ending with a letter or digit, at most %2 characters)")
                            .arg(value).arg(maxLength));
    }
    void secretName(const QString &path, const QString &value)
    {
        if (value.isEmpty())
            error(path, tr("is required: name of a Kubernetes Secret"));
        else if (!ProfileValidator::isDnsSubdomain(value))
            error(path, tr("'%1' is not a valid Kubernetes object name").arg(value));
    }
    void secretKey(const QString &path, const QString &value)
    {
        if (!matches(QStringLiteral("^[-._a-zA-Z0-9]{1,253}$"), value))
            error(path, tr("'%1' is not a valid Secret key (letters, digits, '-', '_', '.')").arg(value));
    }
    void port(const QString &path, int value)
    {
        if (value < 1 || value > 65535)
            error(path, tr("%1 is not a TCP port (1-65535)").arg(value));
    }
    void range(const QString &path, qint64 value, qint64 lo, qint64 hi)
    {
        if (value < lo || value > hi)
            error(path, tr("%1 is out of range (%2-%3)").arg(value).arg(lo).arg(hi));
    }
    void host(const QString &path, const QString &value)
    {
        if (value.isEmpty())
            error(path, tr("is required when mode is external"));
        else if (!ProfileValidator::isHostname(value))
            error(path, tr("'%1' is not a valid host name").arg(value));
    }
    void onlyWhenExternal(const QString &path, bool bundled, const QString &value, const QString &defaultValue = {})
    {
        if (bundled && !value.isEmpty() && value != defaultValue)
            error(path, tr("applies only with mode: external; the chart refuses a bundled "
                           "service together with an external one"));
    }

    // The version an external service reports, against the gates of the
    // PostHog release the profile runs (nullptr: a release the table does
    // not know, warned about once elsewhere).
    void serviceVersion(const QString &path, const QString &service, const QString &what, const QString &version,
                        const ServiceGates *gates)
    {
        const VersionRange range = gates ? gates->range(service) : VersionRange();
        if (version.isEmpty()) {
            if (!range.isEmpty())
                warning(path, tr("not given: PostHog %1 starts only with %2 %3 (%4); give the server's version "
                                 "to have it checked")
                                  .arg(m_profile.cluster.imageTag, what, range.text(), range.spec()));
            return;
        }
        const auto v = Version::parse(version);
        if (!v) {
            error(path, tr("'%1' is not a version such as 14.1").arg(version));
            return;
        }
        if (!range.isEmpty() && !range.contains(*v))
            error(path, tr("%1 %2 is outside what PostHog %3 accepts (%4, %5): it exits at start")
                            .arg(what, version, m_profile.cluster.imageTag, range.text(), range.spec()));
    }

    Issues take() { return std::move(m_issues); }

private:
    void add(const QString &path, Severity severity, const QString &message)
    {
        if (!readable(path))
            return;
        SourcePosition pos;
        QString p = path;
        while (!p.isEmpty()) {
            const auto it = m_profile.positions.constFind(p);
            if (it != m_profile.positions.cend()) {
                pos = *it;
                break;
            }
            const qsizetype cut = std::max(p.lastIndexOf(u'.'), p.lastIndexOf(u'['));
            p = cut > 0 ? p.left(cut) : QString();
        }
        m_issues.append({path, pos.line, pos.column, severity, message});
    }

    const DeploymentProfile &m_profile;
    QStringList m_unreadable;
    Issues m_issues;
};

} // namespace

bool ProfileValidator::isDnsLabel(const QString &s, int maxLength)
{
    return s.size() <= maxLength && matches(QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"), s);
}

bool ProfileValidator::isDnsSubdomain(const QString &s)
{
    return s.size() <= 253
        && matches(QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"), s);
}

bool ProfileValidator::isHostname(const QString &s)
{
    if (s.size() > 253 || s.endsWith(u'.'))
        return false;
    const QStringList labels = s.split(u'.');
    for (const QString &l : labels)
        if (l.size() > 63 || !matches(QStringLiteral("^[A-Za-z0-9]([-A-Za-z0-9]*[A-Za-z0-9])?$"), l))
            return false;
    return true;
}

bool ProfileValidator::isQuantity(const QString &s)
{
    return matches(QStringLiteral("^([0-9]+(\\.[0-9]+)?|\\.[0-9]+)(m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?$"), s);
}

bool ProfileValidator::isDuration(const QString &s)
{
    return matches(QStringLiteral("^([0-9]+(ms|s|m|h|d|w|y))+$"), s) && !matches(QStringLiteral("^0+[a-z]+$"), s);
}

bool ProfileValidator::isSemver(const QString &s)
{
    return matches(QStringLiteral("^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)"
                                  "(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?$"), s);
}

bool ProfileValidator::isImageTag(const QString &s)
{
    return matches(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$"), s);
}

bool ProfileValidator::isHostPort(const QString &s)
{
    const qsizetype colon = s.lastIndexOf(u':');
    if (colon <= 0)
        return false;
    bool ok = false;
    const int port = s.mid(colon + 1).toInt(&ok);
    return ok && port >= 1 && port <= 65535 && ProfileValidator::isHostname(s.left(colon));
}

bool ProfileValidator::isCorsOrigin(const QString &s)
{
    // scheme://host[:port], where the host may be '*' or start with '*.'
    return matches(QStringLiteral("^[a-z][a-z0-9+.-]*://(\\*|(\\*\\.)?[A-Za-z0-9]([-A-Za-z0-9.]*[A-Za-z0-9])?)(:[0-9]{1,5})?$"), s);
}

QString ProfileValidator::cidrProblem(const QString &s)
{
    const qsizetype slash = s.indexOf(u'/');
    QHostAddress address;
    if (slash <= 0 || !address.setAddress(s.left(slash)) || s.contains(u'%'))
        return tr("'%1' is not a network such as 10.96.0.0/12 or fd00:10:96::/112").arg(s);
    const int bits = address.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128;
    bool ok = false;
    const int prefix = s.mid(slash + 1).toInt(&ok);
    if (!ok || !matches(QStringLiteral("^[0-9]{1,3}$"), s.mid(slash + 1)) || prefix > bits)
        return tr("'%1' has no prefix length from 1 to %2 after the '/'").arg(s).arg(bits);
    // The NetworkPolicy excepts it from 0.0.0.0/0 or ::/0, which Kubernetes
    // accepts only for a strictly smaller network.
    if (prefix == 0)
        return tr("'%1' is every address: the cluster's own ranges are smaller networks").arg(s);
    const QHostAddress network = QHostAddress::parseSubnet(s).first;
    if (network != address)
        return tr("'%1' has bits set past its prefix: the network is %2/%3").arg(s, network.toString()).arg(prefix);
    return QString();
}

Issues ProfileValidator::validate(const DeploymentProfile &p) { return validate(p, {}); }

Issues ProfileValidator::everyIssue(const Result<DeploymentProfile> &loaded)
{
    Issues issues = loaded.issues();
    if (loaded.ok())
        issues += validate(loaded.value(), loaded.issues());
    return issues;
}

Issues ProfileValidator::validate(const DeploymentProfile &p, const Issues &loadIssues)
{
    Checker c(p, loadIssues);
    c.dnsLabel(QStringLiteral("metadata.name"), p.name);

    if (p.targets.isEmpty())
        c.error(QStringLiteral("spec.targets"), tr("needs at least one of: %1").arg(targetNames().join(QStringLiteral(", "))));

    const auto &cl = p.cluster;
    c.dnsLabel(QStringLiteral("spec.cluster.namespace"), cl.namespaceName);
    // Helm keeps release names to 53 characters.
    c.dnsLabel(QStringLiteral("spec.cluster.releaseName"), cl.releaseName, 53);
    if (!ProfileValidator::isSemver(cl.chartVersion))
        c.error(QStringLiteral("spec.cluster.chartVersion"), tr("'%1' is not a chart version such as 30.46.0").arg(cl.chartVersion));
    if (!ProfileValidator::isImageTag(cl.imageTag))
        c.error(QStringLiteral("spec.cluster.imageTag"), tr("'%1' is not a valid image tag").arg(cl.imageTag));
    if (!cl.storageClass.isEmpty() && !ProfileValidator::isDnsSubdomain(cl.storageClass))
        c.error(QStringLiteral("spec.cluster.storageClass"), tr("'%1' is not a valid storage class name").arg(cl.storageClass));
    c.dnsLabel(QStringLiteral("spec.cluster.ingressControllerNamespace"), cl.ingressControllerNamespace);
    QList<std::pair<QString, std::pair<QHostAddress, int>>> clusterRanges; // key path, network
    for (int i = 0; i < cl.podAndServiceCidrs.size(); ++i) {
        const QString path = QStringLiteral("spec.cluster.podAndServiceCidrs[%1]").arg(i);
        const QString &cidr = cl.podAndServiceCidrs[i];
        if (const QString problem = ProfileValidator::cidrProblem(cidr); !problem.isEmpty())
            c.error(path, problem);
        else if (cl.podAndServiceCidrs.indexOf(cidr) != i)
            c.error(path, tr("'%1' is listed twice").arg(cidr));
        else
            clusterRanges.append({path, QHostAddress::parseSubnet(cidr)});
    }

    const auto &d = p.domain;
    if (d.hostname.isEmpty())
        c.error(QStringLiteral("spec.domain.hostname"), tr("is required: the public host name of PostHog"));
    else if (!ProfileValidator::isHostname(d.hostname) || !d.hostname.contains(u'.'))
        c.error(QStringLiteral("spec.domain.hostname"), tr("'%1' is not a fully qualified host name (RFC 1123)").arg(d.hostname));
    const bool tlsKnown = c.readable(QStringLiteral("spec.domain.tls.mode"));
    if (tlsKnown && d.tls.mode == TlsMode::CertManager)
        c.dnsLabel(QStringLiteral("spec.domain.tls.clusterIssuer"), d.tls.clusterIssuer, 253);
    if (tlsKnown && d.tls.mode != TlsMode::None)
        c.secretName(QStringLiteral("spec.domain.tls.secretName"), d.tls.secretName);
    if (d.trustAllProxies && !d.behindProxy && c.readable(QStringLiteral("spec.domain.behindProxy")))
        c.error(QStringLiteral("spec.domain.trustAllProxies"), tr("needs behindProxy: true"));
    if (!d.trustedProxies.isEmpty() && !d.behindProxy)
        c.error(QStringLiteral("spec.domain.trustedProxies"), tr("needs behindProxy: true"));
    else if (!d.trustedProxies.isEmpty() && d.trustAllProxies)
        c.warning(QStringLiteral("spec.domain.trustedProxies"), tr("has no effect while trustAllProxies is true"));
    for (int i = 0; i < d.trustedProxies.size(); ++i) {
        const QString path = QStringLiteral("spec.domain.trustedProxies[%1]").arg(i);
        const QString &proxy = d.trustedProxies[i];
        if (proxy.contains(u'/'))
            c.error(path, tr("'%1' is a network: PostHog compares the proxy's address exactly, so list each "
                             "proxy's own address").arg(proxy));
        else if (QHostAddress address; !address.setAddress(proxy) || proxy.contains(u'%'))
            c.error(path, tr("'%1' is not an IP address").arg(proxy));
        else if (d.trustedProxies.indexOf(proxy) != i)
            c.error(path, tr("'%1' is listed twice").arg(proxy));
    }
    for (int i = 0; i < d.corsOrigins.size(); ++i) {
        const QString path = QStringLiteral("spec.domain.corsOrigins[%1]").arg(i);
        if (!ProfileValidator::isCorsOrigin(d.corsOrigins[i]))
            c.error(path, tr("'%1' is not an origin (scheme://host[:port], no path)").arg(d.corsOrigins[i]));
        else if (d.corsOrigins.indexOf(d.corsOrigins[i]) != i)
            c.error(path, tr("'%1' is listed twice").arg(d.corsOrigins[i]));
    }
    for (int i = 0; i < d.clientNamespaces.size(); ++i) {
        const QString path = QStringLiteral("spec.domain.clientNamespaces[%1]").arg(i);
        c.dnsLabel(path, d.clientNamespaces[i]);
        if (d.clientNamespaces[i] == cl.namespaceName && c.readable(QStringLiteral("spec.cluster.namespace")))
            c.warning(path, tr("is PostHog's own namespace, which the policy already allows"));
    }

    const QString db = QStringLiteral("spec.databases.");
    const auto posthogVersion = Version::parse(cl.imageTag);
    const ServiceGates *gates =
        posthogVersion ? ServiceRequirements::builtIn().forPosthogVersion(*posthogVersion) : nullptr;
    const auto &dbs = p.databases;
    const bool anyExternal = dbs.postgres.mode == ServiceMode::External || dbs.redis.mode == ServiceMode::External
                          || dbs.clickhouse.mode == ServiceMode::External;
    if (!gates && anyExternal)
        c.warning(QStringLiteral("spec.cluster.imageTag"),
                  tr("the service versions PostHog '%1' accepts are not known to this program: the versions of "
                     "external services are not checked").arg(cl.imageTag));
    const auto bundledVersion = [&c](const QString &path, const QString &version) {
        if (!version.isEmpty())
            c.error(path, tr("applies only with mode: external; the bundled server's version comes with "
                             "the generated files"));
    };
    const auto &pg = p.databases.postgres;
    const bool pgBundled = pg.mode == ServiceMode::Bundled;
    if (!c.readable(db + QStringLiteral("postgres.mode"))) {
        // Which rules apply depends on the mode, which did not read.
    } else if (pgBundled) {
        c.onlyWhenExternal(db + QStringLiteral("postgres.host"), true, pg.host);
        c.onlyWhenExternal(db + QStringLiteral("postgres.existingSecret"), true, pg.existingSecret);
    } else {
        c.host(db + QStringLiteral("postgres.host"), pg.host);
        c.port(db + QStringLiteral("postgres.port"), pg.port);
        if (!matches(QStringLiteral("^[A-Za-z_][A-Za-z0-9_$-]{0,62}$"), pg.database))
            c.error(db + QStringLiteral("postgres.database"), tr("'%1' is not a PostgreSQL database name").arg(pg.database));
        if (!matches(QStringLiteral("^[A-Za-z_][A-Za-z0-9_$.@-]{0,62}$"), pg.username))
            c.error(db + QStringLiteral("postgres.username"), tr("'%1' is not a PostgreSQL user name").arg(pg.username));
        c.secretName(db + QStringLiteral("postgres.existingSecret"), pg.existingSecret);
        c.secretKey(db + QStringLiteral("postgres.existingSecretPasswordKey"), pg.existingSecretPasswordKey);
        c.serviceVersion(db + QStringLiteral("postgres.version"), QStringLiteral("postgresql"),
                         QStringLiteral("PostgreSQL"), pg.version, gates);
    }
    if (pgBundled)
        bundledVersion(db + QStringLiteral("postgres.version"), pg.version);

    const auto &redis = p.databases.redis;
    if (!c.readable(db + QStringLiteral("redis.mode"))) {
        // Which rules apply depends on the mode, which did not read.
    } else if (redis.mode == ServiceMode::Bundled) {
        c.onlyWhenExternal(db + QStringLiteral("redis.host"), true, redis.host);
        c.onlyWhenExternal(db + QStringLiteral("redis.existingSecret"), true, redis.existingSecret);
    } else {
        c.host(db + QStringLiteral("redis.host"), redis.host);
        c.port(db + QStringLiteral("redis.port"), redis.port);
        c.secretName(db + QStringLiteral("redis.existingSecret"), redis.existingSecret);
        c.secretKey(db + QStringLiteral("redis.existingSecretPasswordKey"), redis.existingSecretPasswordKey);
        c.serviceVersion(db + QStringLiteral("redis.version"), QStringLiteral("redis"), QStringLiteral("Redis"),
                         redis.version, gates);
    }
    if (redis.mode == ServiceMode::Bundled)
        bundledVersion(db + QStringLiteral("redis.version"), redis.version);

    const auto &ch = p.databases.clickhouse;
    if (!c.readable(db + QStringLiteral("clickhouse.mode"))) {
        // Which rules apply depends on the mode, which did not read.
    } else if (ch.mode == ServiceMode::Bundled) {
        c.onlyWhenExternal(db + QStringLiteral("clickhouse.host"), true, ch.host);
        c.onlyWhenExternal(db + QStringLiteral("clickhouse.existingSecret"), true, ch.existingSecret);
        if (!ProfileValidator::isQuantity(ch.persistenceSize))
            c.error(db + QStringLiteral("clickhouse.persistenceSize"),
                    tr("'%1' is not a Kubernetes quantity such as 200Gi").arg(ch.persistenceSize));
        const auto quantity = [&c](const QString &path, const QString &value) {
            if (!value.isEmpty() && !ProfileValidator::isQuantity(value))
                c.error(path, tr("'%1' is not a Kubernetes quantity").arg(value));
        };
        const QString res = db + QStringLiteral("clickhouse.resources.");
        quantity(res + QStringLiteral("requests.cpu"), ch.resources.requests.cpu);
        quantity(res + QStringLiteral("requests.memory"), ch.resources.requests.memory);
        quantity(res + QStringLiteral("limits.cpu"), ch.resources.limits.cpu);
        quantity(res + QStringLiteral("limits.memory"), ch.resources.limits.memory);
    } else {
        c.host(db + QStringLiteral("clickhouse.host"), ch.host);
        c.require(db + QStringLiteral("clickhouse.cluster"), ch.cluster);
        c.require(db + QStringLiteral("clickhouse.user"), ch.user);
        c.secretName(db + QStringLiteral("clickhouse.existingSecret"), ch.existingSecret);
        c.secretKey(db + QStringLiteral("clickhouse.existingSecretPasswordKey"), ch.existingSecretPasswordKey);
        c.serviceVersion(db + QStringLiteral("clickhouse.version"), QStringLiteral("clickhouse"),
                         QStringLiteral("ClickHouse"), ch.version, gates);
    }
    if (ch.mode == ServiceMode::Bundled)
        bundledVersion(db + QStringLiteral("clickhouse.version"), ch.version);

    const auto &kafka = p.databases.kafka;
    if (kafka.mode == ServiceMode::Bundled) {
        if (!kafka.brokers.isEmpty())
            c.error(db + QStringLiteral("kafka.brokers"), tr("applies only with mode: external"));
        // ClickHouse's Kafka engine tables read the topics themselves; the
        // bundled broker's name resolves only inside the cluster or stack.
        if (ch.mode == ServiceMode::External)
            c.error(db + QStringLiteral("kafka.mode"),
                    tr("must be external when clickhouse.mode is external: PostHog's tables in ClickHouse "
                       "read the events from Kafka themselves, and the bundled Kafka is reachable only "
                       "inside the cluster or stack; give brokers that PostHog and ClickHouse both reach"));
    } else {
        if (kafka.brokers.isEmpty())
            c.error(db + QStringLiteral("kafka.brokers"), tr("is required when mode is external: host:port of each broker"));
        for (int i = 0; i < kafka.brokers.size(); ++i) {
            const QString path = db + QStringLiteral("kafka.brokers[%1]").arg(i);
            if (!ProfileValidator::isHostPort(kafka.brokers[i]))
                c.error(path, tr("'%1' is not host:port").arg(kafka.brokers[i]));
            else if (kafka.brokers.indexOf(kafka.brokers[i]) != i)
                c.error(path, tr("'%1' is listed twice").arg(kafka.brokers[i]));
        }
    }

    const auto &os = p.databases.objectStorage;
    if (!c.readable(db + QStringLiteral("objectStorage.mode"))) {
        // Which rules apply depends on the mode, which did not read.
    } else if (os.mode == ServiceMode::Bundled) {
        c.onlyWhenExternal(db + QStringLiteral("objectStorage.endpoint"), true, os.endpoint);
        c.onlyWhenExternal(db + QStringLiteral("objectStorage.existingSecret"), true, os.existingSecret);
    } else {
        const QUrl url(os.endpoint, QUrl::StrictMode);
        if (os.endpoint.isEmpty())
            c.error(db + QStringLiteral("objectStorage.endpoint"), tr("is required when mode is external"));
        else if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") || url.host().isEmpty())
            c.error(db + QStringLiteral("objectStorage.endpoint"), tr("'%1' is not an http(s) URL").arg(os.endpoint));
        if (!matches(QStringLiteral("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$"), os.bucket))
            c.error(db + QStringLiteral("objectStorage.bucket"), tr("'%1' is not a valid bucket name").arg(os.bucket));
        c.secretName(db + QStringLiteral("objectStorage.existingSecret"), os.existingSecret);
    }

    // The NetworkPolicy lets PostHog reach external services at any address
    // but the cluster's own ranges: one inside them is refused.
    QList<std::pair<QString, QString>> externalHosts; // key path, host
    if (pg.mode == ServiceMode::External)
        externalHosts.append({db + QStringLiteral("postgres.host"), pg.host});
    if (redis.mode == ServiceMode::External)
        externalHosts.append({db + QStringLiteral("redis.host"), redis.host});
    if (ch.mode == ServiceMode::External)
        externalHosts.append({db + QStringLiteral("clickhouse.host"), ch.host});
    if (kafka.mode == ServiceMode::External)
        for (int i = 0; i < kafka.brokers.size(); ++i)
            externalHosts.append({db + QStringLiteral("kafka.brokers[%1]").arg(i), kafka.brokers[i].section(u':', 0, -2)});
    if (os.mode == ServiceMode::External)
        externalHosts.append({db + QStringLiteral("objectStorage.endpoint"), QUrl(os.endpoint).host()});
    const bool helm = p.hasTarget(Target::Helm);
    if (helm && !externalHosts.isEmpty() && cl.podAndServiceCidrs.isEmpty())
        c.warning(QStringLiteral("spec.cluster.podAndServiceCidrs"),
                  tr("not given: the NetworkPolicy lets PostHog's pods reach the external services' ports at any "
                     "address, the pods of every other namespace included; list the cluster's pod and Service "
                     "CIDRs to keep those out"));
    const bool ipv6Ranges = std::any_of(clusterRanges.cbegin(), clusterRanges.cend(), [](const auto &r) {
        return r.second.first.protocol() == QAbstractSocket::IPv6Protocol;
    });
    for (const auto &[path, host] : externalHosts) {
        const QHostAddress address(host);
        if (!helm || address.isNull())
            continue;
        for (const auto &[rangePath, range] : clusterRanges)
            if (address.isInSubnet(range)) {
                c.error(path, tr("%1 is inside %2 (%3/%4), the cluster's own range, which the NetworkPolicy "
                                 "does not let PostHog reach: give the service's address outside the cluster")
                                  .arg(host, rangePath, range.first.toString()).arg(range.second));
                break;
            }
        if (address.protocol() == QAbstractSocket::IPv6Protocol && !clusterRanges.isEmpty() && !ipv6Ranges)
            c.error(path, tr("%1 is an IPv6 address, and spec.cluster.podAndServiceCidrs lists IPv4 ranges only: "
                             "the NetworkPolicy opens IPv6 only where it names the cluster's IPv6 ranges too")
                              .arg(host));
    }

    const auto &s = p.sizing;
    c.range(QStringLiteral("spec.sizing.monthlyEvents"), s.monthlyEvents, 0, 1'000'000'000'000LL);
    for (const auto &[key, count] : {std::pair {"webReplicas", s.webReplicas}, std::pair {"workerReplicas", s.workerReplicas},
                                     std::pair {"eventsReplicas", s.eventsReplicas}, std::pair {"pluginsReplicas", s.pluginsReplicas}})
        if (count.fixed)
            c.range(QStringLiteral("spec.sizing.") + QLatin1StringView(key), *count.fixed, 1, 1000);
    const auto &as = s.autoscaling;
    c.range(QStringLiteral("spec.sizing.autoscaling.minReplicas"), as.minReplicas, 1, 1000);
    c.range(QStringLiteral("spec.sizing.autoscaling.maxReplicas"), as.maxReplicas, 1, 1000);
    if (as.maxReplicas < as.minReplicas && c.readable(QStringLiteral("spec.sizing.autoscaling.minReplicas")))
        c.error(QStringLiteral("spec.sizing.autoscaling.maxReplicas"),
                tr("%1 is below minReplicas (%2)").arg(as.maxReplicas).arg(as.minReplicas));
    c.range(QStringLiteral("spec.sizing.autoscaling.cpuUtilization"), as.cpuUtilization, 1, 100);
    if (as.memoryUtilization)
        c.range(QStringLiteral("spec.sizing.autoscaling.memoryUtilization"), *as.memoryUtilization, 1, 100);

    c.range(QStringLiteral("spec.retention.eventsDays"), p.retention.eventsDays, 1, 36500);
    c.range(QStringLiteral("spec.retention.recordingsDays"), p.retention.recordingsDays, 1, 36500);

    if (!ProfileValidator::isDuration(p.monitoring.scrapeInterval))
        c.error(QStringLiteral("spec.monitoring.scrapeInterval"),
                tr("'%1' is not a Prometheus duration such as 30s or 1m").arg(p.monitoring.scrapeInterval));
    for (auto it = p.monitoring.podMonitorLabels.cbegin(); it != p.monitoring.podMonitorLabels.cend(); ++it) {
        const QString path = QStringLiteral("spec.monitoring.podMonitorLabels.") + it.key();
        // Kubernetes label syntax: an optional DNS-subdomain prefix and a name of up to 63 characters.
        const QString name = it.key().section(u'/', -1), prefix = it.key().contains(u'/') ? it.key().section(u'/', 0, -2) : QString();
        const QString nameRule = QStringLiteral("^([A-Za-z0-9]([A-Za-z0-9._-]{0,61}[A-Za-z0-9])?)$");
        if (!matches(nameRule, name) || (it.key().contains(u'/') && !ProfileValidator::isDnsSubdomain(prefix)))
            c.error(path, tr("'%1' is not a Kubernetes label name such as release or example.com/team").arg(it.key()));
        if (!it.value().isEmpty() && !matches(nameRule, it.value()))
            c.error(path, tr("'%1' is not a Kubernetes label value (up to 63 letters, digits, '-', '_' or '.')").arg(it.value()));
    }

    if (!p.backups.destination.isEmpty()
        && !matches(QStringLiteral("^(s3|gs)://[a-z0-9][a-z0-9._-]{1,221}[a-z0-9](/[^\\s'\"`$\\\\]*)?$"), p.backups.destination))
        c.error(QStringLiteral("spec.backups.destination"),
                tr("'%1' is not an s3:// or gs:// bucket URL").arg(p.backups.destination));
    // ClickHouse's BACKUP writes to S3 only; GCS's S3 interface would need HMAC
    // keys beside the service account key, and its multipart uploads differ.
    else if (p.backups.destination.startsWith(QStringLiteral("gs://")) && p.databases.clickhouse.mode == ServiceMode::Bundled)
        c.error(QStringLiteral("spec.backups.destination"),
                tr("'%1': the bundled ClickHouse backs up to s3:// only; use an s3:// bucket, or an external ClickHouse "
                   "whose backups you run yourself").arg(p.backups.destination));

    c.port(QStringLiteral("spec.compose.httpPort"), p.compose.httpPort);

    return c.take();
}

} // namespace phc
