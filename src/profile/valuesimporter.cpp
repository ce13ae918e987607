#include "valuesimporter.h"

#include "core/yamlreader.h"
#include "profileio.h"

#include <QCoreApplication>
#include <QSet>

namespace phc {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("phc::ValuesImporter", text); }

using Leaves = QList<std::pair<QString, YAML::Node>>;

// Collects the path of every leaf of the document: the keys to account for.
// False, with an issue, when the document passes a bound.
bool collectLeaves(const YAML::Node &node, const QString &path, Leaves &out, Issues &issues, int depth = 0)
{
    if (path.size() > ValuesImporter::maxKeyPathChars) {
        issues.append({path.left(80) + QStringLiteral("..."), lineOf(node), columnOf(node), Severity::Error,
                       tr("key path longer than %1 characters; this is not a chart values file")
                           .arg(ValuesImporter::maxKeyPathChars)});
        return false;
    }
    const bool inner = depth < ValuesImporter::maxDepth && (node.IsMap() || node.IsSequence()) && node.size() > 0;
    if (!inner) {
        if (out.size() >= ValuesImporter::maxLeaves) {
            issues.append({path, lineOf(node), columnOf(node), Severity::Error,
                           tr("more than %1 keys and list items (aliases counted each time they are used); "
                              "this is not a chart values file")
                               .arg(ValuesImporter::maxLeaves)});
            return false;
        }
        out.append({path, node});
        return true;
    }
    if (node.IsMap()) {
        for (const auto &kv : node) {
            const QString key = QString::fromStdString(kv.first.Scalar());
            if (!collectLeaves(kv.second, path.isEmpty() ? key : path + u'.' + key, out, issues, depth + 1))
                return false;
        }
    } else {
        int index = 0;
        for (const auto &item : node)
            if (!collectLeaves(item, path + u'[' + QString::number(index++) + u']', out, issues, depth + 1))
                return false;
    }
    return true;
}

// A scalar child of a mapping, by iterating (operator[] on a missing key
// gives a node that throws on use).
std::optional<QString> scalarChild(const YAML::Node &map, const char *key)
{
    if (!map.IsMap())
        return std::nullopt;
    for (const auto &kv : map)
        if (kv.first.IsScalar() && kv.first.Scalar() == key && kv.second.IsScalar())
            return QString::fromStdString(kv.second.Scalar());
    return std::nullopt;
}

ServiceMode modeOf(MapReader &r, const char *key)
{
    bool enabled = true;
    r.boolean(key, enabled);
    return enabled ? ServiceMode::Bundled : ServiceMode::External;
}

void readReplicasAndHpa(MapReader component, ReplicaCount &replicas, AutoscalingSpec &autoscaling)
{
    int count = 0;
    if (component.integer("replicacount", count))
        replicas.fixed = count;
    MapReader hpa = component.map("hpa");
    hpa.boolean("enabled", autoscaling.enabled);
    hpa.integer("minpods", autoscaling.minReplicas);
    hpa.integer("maxpods", autoscaling.maxReplicas);
    hpa.integer("cputhreshold", autoscaling.cpuUtilization);
    int memory = 0;
    if (hpa.integer("memthreshold", memory))
        autoscaling.memoryUtilization = memory;
}

void readEnvList(const YAML::Node &env, DomainSpec &domain, QSet<QString> &read, const QString &path)
{
    if (!env.IsSequence())
        return;
    int index = 0;
    for (const auto &item : env) {
        const QString itemPath = path + u'[' + QString::number(index++) + u']';
        const auto nameText = scalarChild(item, "name");
        const auto valueText = scalarChild(item, "value");
        if (!nameText || !valueText)
            continue;
        const QString name = *nameText;
        const QString value = valueText->toLower();
        bool *target = name == u"IS_BEHIND_PROXY" ? &domain.behindProxy
            : name == u"TRUST_ALL_PROXIES"        ? &domain.trustAllProxies
                                                  : nullptr;
        if (target && (value == u"true" || value == u"false")) {
            *target = value == u"true";
            read.insert(itemPath + QStringLiteral(".name"));
            read.insert(itemPath + QStringLiteral(".value"));
        }
    }
}

} // namespace

Result<ValuesImport> ValuesImporter::import(const QByteArray &valuesYaml, DeploymentProfile base)
{
    Issues issues;
    const auto doc = parseYaml(valuesYaml, issues);
    if (!doc)
        return Result<ValuesImport>::failure(issues);
    if (!doc->IsMap()) {
        issues.append({QString(), lineOf(*doc), columnOf(*doc), Severity::Error,
                       tr("a chart values file is a mapping of keys; this is not")});
        return Result<ValuesImport>::failure(issues);
    }

    ValuesImport out;
    out.profile = std::move(base);
    out.profile.positions.clear();
    DeploymentProfile &p = out.profile;
    QSet<QString> read;
    const auto sink = [&read](const QString &path, int, int) { read.insert(path); };
    Issues readIssues;
    MapReader root(*doc, QString(), readIssues, sink);

    QString cloud;
    if (root.choice("cloud", cloudNames(), cloud))
        p.cluster.cloud = *cloudFromString(cloud);
    QString siteUrl;
    root.string("siteUrl", siteUrl); // derived from the hostname; read so it is not reported
    root.map("image").string("tag", p.cluster.imageTag);

    MapReader ingress = root.map("ingress");
    ingress.string("hostname", p.domain.hostname);
    bool letsencrypt = false;
    ingress.boolean("letsencrypt", letsencrypt);
    bool certManager = false;
    root.map("cert-manager").boolean("enabled", certManager);
    QString secretName;
    bool https = true;
    ingress.boolean("https", https);
    if (ingress.string("secretName", secretName) && !secretName.isEmpty()) {
        p.domain.tls.secretName = secretName;
        p.domain.tls.mode = TlsMode::ExistingSecret;
    } else if (letsencrypt || certManager) {
        p.domain.tls.mode = TlsMode::CertManager;
    }
    // The usual way to ask cert-manager for the ingress certificate.
    const YAML::Node annotations = ingress.node("annotations");
    {
        if (const auto issuer = scalarChild(annotations, "cert-manager.io/cluster-issuer")) {
            p.domain.tls.mode = TlsMode::CertManager;
            p.domain.tls.clusterIssuer = *issuer;
            read.insert(QStringLiteral("ingress.annotations.cert-manager.io/cluster-issuer"));
        }
    }
    if (!https)
        p.domain.tls.mode = TlsMode::None;
    QString ingressType;
    ingress.string("type", ingressType);
    bool chartNginx = false;
    ingress.map("nginx").boolean("enabled", chartNginx);
    bool redirect = true;
    ingress.map("nginx").boolean("redirectToTLS", redirect);
    bool ingressEnabled = true;
    ingress.boolean("enabled", ingressEnabled);

    readEnvList(root.node("env"), p.domain, read, QStringLiteral("env"));

    readReplicasAndHpa(root.map("web"), p.sizing.webReplicas, p.sizing.autoscaling);
    readReplicasAndHpa(root.map("worker"), p.sizing.workerReplicas, p.sizing.autoscaling);

    auto &pg = p.databases.postgres;
    {
        MapReader bundled = root.map("postgresql");
        pg.mode = modeOf(bundled, "enabled");
        MapReader ext = root.map("externalPostgresql");
        ext.string("postgresqlHost", pg.host);
        ext.integer("postgresqlPort", pg.port);
        ext.string("postgresqlDatabase", pg.database);
        ext.string("postgresqlUsername", pg.username);
        ext.string("existingSecret", pg.existingSecret);
        ext.string("existingSecretPasswordKey", pg.existingSecretPasswordKey);
    }
    {
        auto &redis = p.databases.redis;
        MapReader bundled = root.map("redis");
        redis.mode = modeOf(bundled, "enabled");
        MapReader ext = root.map("externalRedis");
        ext.string("host", redis.host);
        ext.integer("port", redis.port);
        ext.string("existingSecret", redis.existingSecret);
        ext.string("existingSecretPasswordKey", redis.existingSecretPasswordKey);
    }
    {
        auto &ch = p.databases.clickhouse;
        MapReader bundled = root.map("clickhouse");
        ch.mode = modeOf(bundled, "enabled");
        MapReader persistence = bundled.map("persistence");
        persistence.string("size", ch.persistenceSize);
        persistence.string("storageClass", p.cluster.storageClass);
        if (bundled.has("resources"))
            ProfileIO::readResources(bundled.map("resources"), ch.resources);
        MapReader ext = root.map("externalClickhouse");
        ext.string("host", ch.host);
        ext.string("cluster", ch.cluster);
        ext.string("user", ch.user);
        QString database;
        ext.string("database", database);
        ext.string("existingSecret", ch.existingSecret);
        ext.string("existingSecretPasswordKey", ch.existingSecretPasswordKey);
    }
    {
        auto &os = p.databases.objectStorage;
        MapReader bundled = root.map("minio");
        os.mode = modeOf(bundled, "enabled");
        MapReader ext = root.map("externalObjectStorage");
        ext.string("endpoint", os.endpoint);
        ext.string("bucket", os.bucket);
        ext.string("region", os.region);
        ext.string("existingSecret", os.existingSecret);
    }

    // Type errors in keys the importer knows: reported, the default kept.
    for (Issue issue : std::as_const(readIssues)) {
        issue.severity = Severity::Warning;
        issue.message = tr("not imported: %1").arg(issue.message);
        out.notMapped.append(issue);
    }
    Leaves leaves;
    if (!collectLeaves(*doc, QString(), leaves, issues))
        return Result<ValuesImport>::failure(issues);
    for (const auto &[path, node] : leaves) {
        if (read.contains(path)) {
            out.mapped.append(path);
            continue;
        }
        out.notMapped.append({path, lineOf(node), columnOf(node), Severity::Warning,
                              tr("no profile field for this chart key; it is not in the generated values")});
    }
    return out;
}

} // namespace phc
