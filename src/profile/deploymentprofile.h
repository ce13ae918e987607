#pragma once

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace phc {

// The deployment profile: what an operator decides about one PostHog
// installation. A plain value type; defaults here are the documented
// defaults of the profile format (see resources/data/starter-profile.yaml).
// Secrets are never part of it.

enum class Target { Helm, Compose };
enum class Cloud { Aws, Gcp, Azure, Do, Other };
enum class TlsMode { CertManager, ExistingSecret, None };
enum class ServiceMode { Bundled, External };

struct ResourceQuantities
{
    QString cpu;
    QString memory;
    bool isEmpty() const { return cpu.isEmpty() && memory.isEmpty(); }
    friend bool operator==(const ResourceQuantities &, const ResourceQuantities &) = default;
};

struct ResourceRequirements
{
    ResourceQuantities requests;
    ResourceQuantities limits;
    bool isEmpty() const { return requests.isEmpty() && limits.isEmpty(); }
    friend bool operator==(const ResourceRequirements &, const ResourceRequirements &) = default;
};

struct ClusterSpec
{
    Cloud cloud = Cloud::Other;
    QString namespaceName = QStringLiteral("posthog");
    QString releaseName = QStringLiteral("posthog");
    QString chartVersion = QStringLiteral("30.46.0");
    QString imageTag = QStringLiteral("release-1.43.0");
    QString storageClass; // empty: the cluster's default class
    QString ingressControllerNamespace = QStringLiteral("ingress-nginx");
    // The cluster's own address ranges (pod and Service CIDRs): the
    // NetworkPolicy's egress to external hosts excepts them, so those ports
    // do not open every pod of the cluster. Empty: not known, not excepted.
    QStringList podAndServiceCidrs;
    friend bool operator==(const ClusterSpec &, const ClusterSpec &) = default;
};

struct TlsSpec
{
    TlsMode mode = TlsMode::CertManager;
    QString clusterIssuer = QStringLiteral("letsencrypt-prod");
    QString secretName = QStringLiteral("posthog-tls");
    friend bool operator==(const TlsSpec &, const TlsSpec &) = default;
};

struct DomainSpec
{
    QString hostname;
    TlsSpec tls;
    bool behindProxy = true;
    bool trustAllProxies = false;
    // Addresses of the proxies whose X-Forwarded-For PostHog believes
    // (TRUSTED_PROXIES): exact addresses, as PostHog 1.43 compares them.
    QStringList trustedProxies;
    QStringList corsOrigins;
    QStringList clientNamespaces;
    friend bool operator==(const DomainSpec &, const DomainSpec &) = default;
};

struct PostgresSpec
{
    ServiceMode mode = ServiceMode::Bundled;
    QString host;
    int port = 5432;
    QString database = QStringLiteral("posthog");
    QString username = QStringLiteral("posthog");
    QString existingSecret;
    QString existingSecretPasswordKey = QStringLiteral("password");
    QString version; // external: the server's version, checked against PostHog's gates
    friend bool operator==(const PostgresSpec &, const PostgresSpec &) = default;
};

struct RedisSpec
{
    ServiceMode mode = ServiceMode::Bundled;
    QString host;
    int port = 6379;
    QString existingSecret;
    QString existingSecretPasswordKey = QStringLiteral("password");
    QString version; // external: the server's version, checked against PostHog's gates
    friend bool operator==(const RedisSpec &, const RedisSpec &) = default;
};

struct ClickHouseSpec
{
    ServiceMode mode = ServiceMode::Bundled;
    // external
    QString host;
    QString cluster = QStringLiteral("posthog");
    QString user = QStringLiteral("posthog");
    QString existingSecret;
    QString existingSecretPasswordKey = QStringLiteral("password");
    QString version; // the server's version, checked against PostHog's gates
    // bundled
    QString persistenceSize = QStringLiteral("20Gi");
    ResourceRequirements resources;
    friend bool operator==(const ClickHouseSpec &, const ClickHouseSpec &) = default;
};

struct ObjectStorageSpec
{
    ServiceMode mode = ServiceMode::Bundled;
    QString endpoint;
    QString bucket = QStringLiteral("posthog");
    QString region;
    QString existingSecret;
    friend bool operator==(const ObjectStorageSpec &, const ObjectStorageSpec &) = default;
};

struct KafkaSpec
{
    ServiceMode mode = ServiceMode::Bundled;
    QStringList brokers; // external: host:port of each broker
    friend bool operator==(const KafkaSpec &, const KafkaSpec &) = default;
};

struct DatabasesSpec
{
    PostgresSpec postgres;
    RedisSpec redis;
    ClickHouseSpec clickhouse;
    ObjectStorageSpec objectStorage;
    KafkaSpec kafka;
    friend bool operator==(const DatabasesSpec &, const DatabasesSpec &) = default;
};

// `auto` (take the scaling table's row) or a fixed count.
struct ReplicaCount
{
    std::optional<int> fixed;
    bool isAuto() const { return !fixed.has_value(); }
    friend bool operator==(const ReplicaCount &, const ReplicaCount &) = default;
};

struct AutoscalingSpec
{
    bool enabled = false;
    int minReplicas = 2;
    int maxReplicas = 10;
    int cpuUtilization = 70;
    std::optional<int> memoryUtilization; // unset: scale on CPU only
    friend bool operator==(const AutoscalingSpec &, const AutoscalingSpec &) = default;
};

struct SizingSpec
{
    qint64 monthlyEvents = 100000;
    ReplicaCount webReplicas;
    ReplicaCount workerReplicas;
    ReplicaCount eventsReplicas;  // capture: /e, /batch, /decide, /s
    ReplicaCount pluginsReplicas; // the plugin server's ingestion consumers
    AutoscalingSpec autoscaling;
    friend bool operator==(const SizingSpec &, const SizingSpec &) = default;
};

struct RetentionSpec
{
    int eventsDays = 365;
    int recordingsDays = 30;
    friend bool operator==(const RetentionSpec &, const RetentionSpec &) = default;
};

struct MonitoringSpec
{
    bool prometheusOperator = false;
    QString scrapeInterval = QStringLiteral("30s");
    // Put on every generated monitor: kube-prometheus-stack selects them by
    // label (release: <its release> by default).
    QMap<QString, QString> podMonitorLabels;
    friend bool operator==(const MonitoringSpec &, const MonitoringSpec &) = default;
};

struct BackupSpec
{
    QString destination; // empty: backups stay on local disk
    friend bool operator==(const BackupSpec &, const BackupSpec &) = default;
};

struct ComposeSpec
{
    int httpPort = 8080;
    friend bool operator==(const ComposeSpec &, const ComposeSpec &) = default;
};

// Where each key was read from, by key path; empty for profiles not read
// from a file. Not part of a profile's value.
struct SourcePosition
{
    int line = 0;
    int column = 0;
};
using SourceMap = QHash<QString, SourcePosition>;

struct DeploymentProfile
{
    static inline const QString apiVersion = QStringLiteral("posthog-console/v1");
    static inline const QString kind = QStringLiteral("DeploymentProfile");

    QString name;
    QList<Target> targets {Target::Helm, Target::Compose};
    ClusterSpec cluster;
    DomainSpec domain;
    DatabasesSpec databases;
    SizingSpec sizing;
    RetentionSpec retention;
    MonitoringSpec monitoring;
    BackupSpec backups;
    ComposeSpec compose;

    SourceMap positions;

    bool hasTarget(Target t) const { return targets.contains(t); }
    bool tlsEnabled() const { return domain.tls.mode != TlsMode::None; }
    QString siteUrl() const;

    friend bool operator==(const DeploymentProfile &a, const DeploymentProfile &b)
    {
        return a.name == b.name && a.targets == b.targets && a.cluster == b.cluster
            && a.domain == b.domain && a.databases == b.databases && a.sizing == b.sizing
            && a.retention == b.retention && a.monitoring == b.monitoring
            && a.backups == b.backups && a.compose == b.compose;
    }
};

// Names used in the YAML format, one table per enum.
QString yamlName(Target v);
QString yamlName(Cloud v);
QString yamlName(TlsMode v);
QString yamlName(ServiceMode v);
QStringList targetNames();
QStringList cloudNames();
QStringList tlsModeNames();
QStringList serviceModeNames();
std::optional<Target> targetFromString(const QString &s);
std::optional<Cloud> cloudFromString(const QString &s);
std::optional<TlsMode> tlsModeFromString(const QString &s);
std::optional<ServiceMode> serviceModeFromString(const QString &s);

} // namespace phc
