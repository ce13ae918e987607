#include "profileio.h"

#include "core/yamlreader.h"
#include "core/yamlwriter.h"

#include <QCoreApplication>
#include <QFile>

namespace phc {

namespace {

// This file's messages, in one translation context: lupdate files Text::tr()
// calls under it from any function, tr() calls from the class it is named after.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(phc::ProfileIO)
};

QString tr(const char *text) { return Text::tr(text); }

template <typename E>
void readEnum(MapReader &r, const char *key, const QStringList &names,
              std::optional<E> (*fromString)(const QString &), E &out)
{
    QString text;
    if (r.choice(key, names, text))
        out = *fromString(text);
}

} // namespace

void ProfileIO::readResources(MapReader r, ResourceRequirements &out)
{
    auto readQuantities = [](MapReader q, ResourceQuantities &o) {
        q.string("cpu", o.cpu);
        q.string("memory", o.memory);
        q.finish();
    };
    readQuantities(r.map("requests"), out.requests);
    readQuantities(r.map("limits"), out.limits);
    r.finish();
}

namespace {

void readReplicas(MapReader &r, const char *key, ReplicaCount &out)
{
    if (!r.has(key)) {
        r.node(key);
        return;
    }
    const YAML::Node n = r.node(key);
    if (n.IsScalar() && n.Scalar() == "auto") {
        out.fixed.reset();
        return;
    }
    int count = 0;
    if (r.integer(key, count))
        out.fixed = count;
}

void readPostgres(MapReader r, PostgresSpec &p)
{
    readEnum(r, "mode", serviceModeNames(), serviceModeFromString, p.mode);
    r.string("host", p.host);
    r.integer("port", p.port);
    r.string("database", p.database);
    r.string("username", p.username);
    r.string("existingSecret", p.existingSecret);
    r.string("existingSecretPasswordKey", p.existingSecretPasswordKey);
    r.string("version", p.version);
    r.finish();
}

void readRedis(MapReader r, RedisSpec &p)
{
    readEnum(r, "mode", serviceModeNames(), serviceModeFromString, p.mode);
    r.string("host", p.host);
    r.integer("port", p.port);
    r.string("existingSecret", p.existingSecret);
    r.string("existingSecretPasswordKey", p.existingSecretPasswordKey);
    r.string("version", p.version);
    r.finish();
}

void readClickHouse(MapReader r, ClickHouseSpec &p)
{
    readEnum(r, "mode", serviceModeNames(), serviceModeFromString, p.mode);
    r.string("host", p.host);
    r.string("cluster", p.cluster);
    r.string("user", p.user);
    r.string("existingSecret", p.existingSecret);
    r.string("existingSecretPasswordKey", p.existingSecretPasswordKey);
    r.string("version", p.version);
    r.string("persistenceSize", p.persistenceSize);
    ProfileIO::readResources(r.map("resources"), p.resources);
    r.finish();
}

void readObjectStorage(MapReader r, ObjectStorageSpec &p)
{
    readEnum(r, "mode", serviceModeNames(), serviceModeFromString, p.mode);
    r.string("endpoint", p.endpoint);
    r.string("bucket", p.bucket);
    r.string("region", p.region);
    r.string("existingSecret", p.existingSecret);
    r.finish();
}

void readKafka(MapReader r, KafkaSpec &p)
{
    readEnum(r, "mode", serviceModeNames(), serviceModeFromString, p.mode);
    r.stringList("brokers", p.brokers);
    r.finish();
}

void readSpec(MapReader spec, DeploymentProfile &p)
{
    QStringList targets;
    if (spec.stringList("targets", targets)) {
        p.targets.clear();
        for (int i = 0; i < targets.size(); ++i) {
            const auto t = targetFromString(targets[i]);
            if (!t) {
                const YAML::Node list = spec.node("targets");
                spec.errorAtNode(list[i], spec.pathOf("targets") + u'[' + QString::number(i) + u']',
                                 Text::tr("'%1' is not one of: %2").arg(targets[i], targetNames().join(QStringLiteral(", "))));
            } else if (!p.targets.contains(*t)) {
                p.targets << *t;
            }
        }
    }

    MapReader cluster = spec.map("cluster");
    readEnum(cluster, "cloud", cloudNames(), cloudFromString, p.cluster.cloud);
    cluster.string("namespace", p.cluster.namespaceName);
    cluster.string("releaseName", p.cluster.releaseName);
    cluster.string("chartVersion", p.cluster.chartVersion);
    cluster.string("imageTag", p.cluster.imageTag);
    cluster.string("storageClass", p.cluster.storageClass);
    cluster.string("ingressControllerNamespace", p.cluster.ingressControllerNamespace);
    cluster.stringList("podAndServiceCidrs", p.cluster.podAndServiceCidrs);
    cluster.finish();

    MapReader domain = spec.map("domain", true);
    domain.string("hostname", p.domain.hostname, true);
    MapReader tls = domain.map("tls");
    readEnum(tls, "mode", tlsModeNames(), tlsModeFromString, p.domain.tls.mode);
    tls.string("clusterIssuer", p.domain.tls.clusterIssuer);
    tls.string("secretName", p.domain.tls.secretName);
    tls.finish();
    domain.boolean("behindProxy", p.domain.behindProxy);
    domain.boolean("trustAllProxies", p.domain.trustAllProxies);
    domain.stringList("trustedProxies", p.domain.trustedProxies);
    domain.stringList("corsOrigins", p.domain.corsOrigins);
    domain.stringList("clientNamespaces", p.domain.clientNamespaces);
    domain.finish();

    MapReader databases = spec.map("databases");
    readPostgres(databases.map("postgres"), p.databases.postgres);
    readRedis(databases.map("redis"), p.databases.redis);
    readClickHouse(databases.map("clickhouse"), p.databases.clickhouse);
    readObjectStorage(databases.map("objectStorage"), p.databases.objectStorage);
    readKafka(databases.map("kafka"), p.databases.kafka);
    databases.finish();

    MapReader sizing = spec.map("sizing");
    sizing.integer("monthlyEvents", p.sizing.monthlyEvents);
    readReplicas(sizing, "webReplicas", p.sizing.webReplicas);
    readReplicas(sizing, "workerReplicas", p.sizing.workerReplicas);
    readReplicas(sizing, "eventsReplicas", p.sizing.eventsReplicas);
    readReplicas(sizing, "pluginsReplicas", p.sizing.pluginsReplicas);
    MapReader autoscaling = sizing.map("autoscaling");
    autoscaling.boolean("enabled", p.sizing.autoscaling.enabled);
    autoscaling.integer("minReplicas", p.sizing.autoscaling.minReplicas);
    autoscaling.integer("maxReplicas", p.sizing.autoscaling.maxReplicas);
    autoscaling.integer("cpuUtilization", p.sizing.autoscaling.cpuUtilization);
    int memory = 0;
    if (autoscaling.integer("memoryUtilization", memory))
        p.sizing.autoscaling.memoryUtilization = memory;
    autoscaling.finish();
    sizing.finish();

    MapReader retention = spec.map("retention");
    retention.integer("eventsDays", p.retention.eventsDays);
    retention.integer("recordingsDays", p.retention.recordingsDays);
    retention.finish();

    MapReader monitoring = spec.map("monitoring");
    monitoring.boolean("prometheusOperator", p.monitoring.prometheusOperator);
    monitoring.string("scrapeInterval", p.monitoring.scrapeInterval);
    const YAML::Node labels = monitoring.node("podMonitorLabels");
    if (labels && !labels.IsNull()) {
        const QString path = monitoring.pathOf("podMonitorLabels");
        if (!labels.IsMap()) {
            monitoring.errorAtNode(labels, path, Text::tr("expected a map of label names to values"));
        } else {
            for (const auto &kv : labels) {
                if (!kv.first.IsScalar() || !kv.second.IsScalar()) {
                    monitoring.errorAtNode(kv.first, path, Text::tr("each label needs a name and a text value"));
                    continue;
                }
                const QString key = QString::fromStdString(kv.first.Scalar());
                p.monitoring.podMonitorLabels.insert(key, QString::fromStdString(kv.second.Scalar()));
                p.positions.insert(path + u'.' + key, {kv.first.Mark().line + 1, kv.first.Mark().column + 1});
            }
        }
    }
    monitoring.finish();

    MapReader backups = spec.map("backups");
    backups.string("destination", p.backups.destination);
    backups.finish();

    MapReader compose = spec.map("compose");
    compose.integer("httpPort", p.compose.httpPort);
    compose.finish();

    spec.finish();
}

} // namespace

void ProfileIO::writeResources(YamlWriter &w, const ResourceRequirements &r)
{
    if (r.isEmpty())
        return;
    w.beginMap(QStringLiteral("resources"));
    auto writeQuantities = [&w](const QString &key, const ResourceQuantities &q) {
        if (q.isEmpty())
            return;
        w.beginMap(key);
        if (!q.cpu.isEmpty())
            w.quotedString(QStringLiteral("cpu"), q.cpu);
        if (!q.memory.isEmpty())
            w.string(QStringLiteral("memory"), q.memory);
        w.endMap();
    };
    writeQuantities(QStringLiteral("requests"), r.requests);
    writeQuantities(QStringLiteral("limits"), r.limits);
    w.endMap();
}

namespace {

void writeSecretRef(YamlWriter &w, const QString &secret, const QString &key)
{
    w.string(QStringLiteral("existingSecret"), secret);
    w.string(QStringLiteral("existingSecretPasswordKey"), key);
}

void writeVersion(YamlWriter &w, const QString &version)
{
    if (!version.isEmpty())
        w.quotedString(QStringLiteral("version"), version);
}

QString replicasText(const ReplicaCount &r)
{
    return r.isAuto() ? QStringLiteral("auto") : QString::number(*r.fixed);
}

QByteArray readResource(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("resource %s is missing from the build", qPrintable(path));
    return f.readAll();
}

} // namespace

namespace {

// A value read with errors is no value.
Result<DeploymentProfile> refuseErrors(Result<DeploymentProfile> all)
{
    if (all.ok() && hasErrors(all.issues()))
        return Result<DeploymentProfile>::failure(all.issues());
    return all;
}

} // namespace

Result<DeploymentProfile> ProfileIO::parse(const QByteArray &yaml) { return refuseErrors(parseAll(yaml)); }

Result<DeploymentProfile> ProfileIO::parseAll(const QByteArray &yaml)
{
    Issues issues;
    const auto root = parseYaml(yaml, issues);
    if (!root)
        return Result<DeploymentProfile>::failure(issues);

    DeploymentProfile profile;
    auto sink = [&profile](const QString &path, int line, int column) {
        profile.positions.insert(path, {line, column});
    };
    MapReader top(*root, QString(), issues, sink);
    if (!top.isValid()) {
        if (issues.isEmpty())
            issues.append({QString(), 1, 1, Severity::Error, tr("the profile is empty")});
        return Result<DeploymentProfile>::failure(issues);
    }

    QString text;
    if (top.string("apiVersion", text, true) && text != DeploymentProfile::apiVersion)
        top.error("apiVersion", tr("unsupported apiVersion '%1'; this version reads '%2'")
                                    .arg(text, DeploymentProfile::apiVersion));
    if (top.string("kind", text, true) && text != DeploymentProfile::kind)
        top.error("kind", tr("kind must be '%1', found '%2'").arg(DeploymentProfile::kind, text));
    MapReader metadata = top.map("metadata", true);
    metadata.string("name", profile.name, true);
    metadata.finish();
    readSpec(top.map("spec", true), profile);
    top.finish();
    return Result<DeploymentProfile>(std::move(profile), issues);
}

Result<DeploymentProfile> ProfileIO::loadFile(const QString &path) { return refuseErrors(loadFileAll(path)); }

Result<DeploymentProfile> ProfileIO::loadFileAll(const QString &path)
{
    Issues issues;
    const auto text = readYamlFile(path, issues);
    if (!text)
        return Result<DeploymentProfile>::failure(issues);
    return parseAll(*text);
}

QString ProfileIO::serialize(const DeploymentProfile &p)
{
    YamlWriter w;
    w.string(QStringLiteral("apiVersion"), DeploymentProfile::apiVersion);
    w.string(QStringLiteral("kind"), DeploymentProfile::kind);
    w.beginMap(QStringLiteral("metadata"));
    w.string(QStringLiteral("name"), p.name);
    w.endMap();
    w.beginMap(QStringLiteral("spec"));

    QStringList targets;
    for (Target t : p.targets)
        targets << yamlName(t);
    w.flowList(QStringLiteral("targets"), targets);

    w.beginMap(QStringLiteral("cluster"));
    w.string(QStringLiteral("cloud"), yamlName(p.cluster.cloud));
    w.string(QStringLiteral("namespace"), p.cluster.namespaceName);
    w.string(QStringLiteral("releaseName"), p.cluster.releaseName);
    w.string(QStringLiteral("chartVersion"), p.cluster.chartVersion);
    w.string(QStringLiteral("imageTag"), p.cluster.imageTag);
    if (!p.cluster.storageClass.isEmpty())
        w.string(QStringLiteral("storageClass"), p.cluster.storageClass);
    w.string(QStringLiteral("ingressControllerNamespace"), p.cluster.ingressControllerNamespace);
    if (!p.cluster.podAndServiceCidrs.isEmpty())
        w.flowList(QStringLiteral("podAndServiceCidrs"), p.cluster.podAndServiceCidrs);
    w.endMap();

    w.beginMap(QStringLiteral("domain"));
    w.string(QStringLiteral("hostname"), p.domain.hostname);
    w.beginMap(QStringLiteral("tls"));
    w.string(QStringLiteral("mode"), yamlName(p.domain.tls.mode));
    if (p.domain.tls.mode == TlsMode::CertManager)
        w.string(QStringLiteral("clusterIssuer"), p.domain.tls.clusterIssuer);
    if (p.domain.tls.mode != TlsMode::None)
        w.string(QStringLiteral("secretName"), p.domain.tls.secretName);
    w.endMap();
    w.boolean(QStringLiteral("behindProxy"), p.domain.behindProxy);
    w.boolean(QStringLiteral("trustAllProxies"), p.domain.trustAllProxies);
    if (!p.domain.trustedProxies.isEmpty())
        w.flowList(QStringLiteral("trustedProxies"), p.domain.trustedProxies);
    w.flowList(QStringLiteral("corsOrigins"), p.domain.corsOrigins);
    w.flowList(QStringLiteral("clientNamespaces"), p.domain.clientNamespaces);
    w.endMap();

    w.beginMap(QStringLiteral("databases"));
    const auto &pg = p.databases.postgres;
    w.beginMap(QStringLiteral("postgres"));
    w.string(QStringLiteral("mode"), yamlName(pg.mode));
    if (pg.mode == ServiceMode::External) {
        w.string(QStringLiteral("host"), pg.host);
        w.number(QStringLiteral("port"), pg.port);
        w.string(QStringLiteral("database"), pg.database);
        w.string(QStringLiteral("username"), pg.username);
        writeSecretRef(w, pg.existingSecret, pg.existingSecretPasswordKey);
        writeVersion(w, pg.version);
    }
    w.endMap();
    const auto &redis = p.databases.redis;
    w.beginMap(QStringLiteral("redis"));
    w.string(QStringLiteral("mode"), yamlName(redis.mode));
    if (redis.mode == ServiceMode::External) {
        w.string(QStringLiteral("host"), redis.host);
        w.number(QStringLiteral("port"), redis.port);
        writeSecretRef(w, redis.existingSecret, redis.existingSecretPasswordKey);
        writeVersion(w, redis.version);
    }
    w.endMap();
    const auto &ch = p.databases.clickhouse;
    w.beginMap(QStringLiteral("clickhouse"));
    w.string(QStringLiteral("mode"), yamlName(ch.mode));
    if (ch.mode == ServiceMode::External) {
        w.string(QStringLiteral("host"), ch.host);
        w.string(QStringLiteral("cluster"), ch.cluster);
        w.string(QStringLiteral("user"), ch.user);
        writeSecretRef(w, ch.existingSecret, ch.existingSecretPasswordKey);
        writeVersion(w, ch.version);
    } else {
        w.string(QStringLiteral("persistenceSize"), ch.persistenceSize);
        writeResources(w, ch.resources);
    }
    w.endMap();
    const auto &os = p.databases.objectStorage;
    w.beginMap(QStringLiteral("objectStorage"));
    w.string(QStringLiteral("mode"), yamlName(os.mode));
    if (os.mode == ServiceMode::External) {
        w.string(QStringLiteral("endpoint"), os.endpoint);
        w.string(QStringLiteral("bucket"), os.bucket);
        if (!os.region.isEmpty())
            w.string(QStringLiteral("region"), os.region);
        w.string(QStringLiteral("existingSecret"), os.existingSecret);
    }
    w.endMap();
    const auto &kafka = p.databases.kafka;
    if (kafka.mode == ServiceMode::External || !kafka.brokers.isEmpty()) {
        w.beginMap(QStringLiteral("kafka"));
        w.string(QStringLiteral("mode"), yamlName(kafka.mode));
        w.flowList(QStringLiteral("brokers"), kafka.brokers);
        w.endMap();
    }
    w.endMap();

    w.beginMap(QStringLiteral("sizing"));
    w.number(QStringLiteral("monthlyEvents"), p.sizing.monthlyEvents);
    w.raw(QStringLiteral("webReplicas"), replicasText(p.sizing.webReplicas));
    w.raw(QStringLiteral("workerReplicas"), replicasText(p.sizing.workerReplicas));
    w.raw(QStringLiteral("eventsReplicas"), replicasText(p.sizing.eventsReplicas));
    w.raw(QStringLiteral("pluginsReplicas"), replicasText(p.sizing.pluginsReplicas));
    const auto &as = p.sizing.autoscaling;
    w.beginMap(QStringLiteral("autoscaling"));
    w.boolean(QStringLiteral("enabled"), as.enabled);
    w.number(QStringLiteral("minReplicas"), as.minReplicas);
    w.number(QStringLiteral("maxReplicas"), as.maxReplicas);
    w.number(QStringLiteral("cpuUtilization"), as.cpuUtilization);
    if (as.memoryUtilization)
        w.number(QStringLiteral("memoryUtilization"), *as.memoryUtilization);
    w.endMap();
    w.endMap();

    w.beginMap(QStringLiteral("retention"));
    w.number(QStringLiteral("eventsDays"), p.retention.eventsDays);
    w.number(QStringLiteral("recordingsDays"), p.retention.recordingsDays);
    w.endMap();

    w.beginMap(QStringLiteral("monitoring"));
    w.boolean(QStringLiteral("prometheusOperator"), p.monitoring.prometheusOperator);
    w.string(QStringLiteral("scrapeInterval"), p.monitoring.scrapeInterval);
    if (!p.monitoring.podMonitorLabels.isEmpty()) {
        w.beginMap(QStringLiteral("podMonitorLabels"));
        for (auto it = p.monitoring.podMonitorLabels.cbegin(); it != p.monitoring.podMonitorLabels.cend(); ++it)
            w.string(it.key(), it.value());
        w.endMap();
    }
    w.endMap();

    if (!p.backups.destination.isEmpty()) {
        w.beginMap(QStringLiteral("backups"));
        w.string(QStringLiteral("destination"), p.backups.destination);
        w.endMap();
    }

    w.beginMap(QStringLiteral("compose"));
    w.number(QStringLiteral("httpPort"), p.compose.httpPort);
    w.endMap();

    w.endMap();
    return w.text();
}

QByteArray ProfileIO::starterProfile()
{
    return readResource(QStringLiteral(":/posthog-console/data/starter-profile.yaml"));
}

QByteArray ProfileIO::exampleProfile()
{
    return readResource(QStringLiteral(":/posthog-console/data/guide-example-profile.yaml"));
}

DeploymentProfile ProfileIO::blankProfile()
{
    DeploymentProfile profile = parse(starterProfile()).take();
    profile.name.clear();
    profile.domain.hostname.clear();
    profile.positions.clear();
    return profile;
}

} // namespace phc
