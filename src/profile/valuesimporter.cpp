#include "valuesimporter.h"

#include "core/yamlreader.h"
#include "profileio.h"
#include "sizing/replicadrift.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace phc {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("phc::ValuesImporter", text); }
// The helpers' messages, in the same context (lupdate reads Text::tr so).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(phc::ValuesImporter)
};

using Leaves = QList<std::pair<QString, YAML::Node>>;

// Collects the path of every leaf of the document: the keys to account for.
// False, with an issue, when the document passes a bound.
bool collectLeaves(const YAML::Node &node, const QString &path, Leaves &out, Issues &issues, int depth = 0)
{
    if (path.size() > ValuesImporter::maxKeyPathChars) {
        issues.append({path.left(80) + QStringLiteral("..."), lineOf(node), columnOf(node), Severity::Error,
                       Text::tr("key path longer than %1 characters; this is not a chart values file")
                           .arg(ValuesImporter::maxKeyPathChars)});
        return false;
    }
    const bool inner = depth < ValuesImporter::maxDepth && (node.IsMap() || node.IsSequence()) && node.size() > 0;
    if (!inner) {
        if (out.size() >= ValuesImporter::maxLeaves) {
            issues.append({path, lineOf(node), columnOf(node), Severity::Error,
                           Text::tr("more than %1 keys and list items (aliases counted each time they are used); "
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

// One process' replicas and chart autoscaler. Each process' maxpods is the
// profile's maximum or, where higher, its own count
// (ConfiguredScale::autoscaleMaxFor): the profile's is the lowest of them.
void readReplicasAndHpa(MapReader component, ReplicaCount &replicas, AutoscalingSpec &autoscaling,
                        std::optional<int> &lowestMaxpods)
{
    int count = 0;
    if (component.integer("replicacount", count))
        replicas.fixed = count;
    MapReader hpa = component.map("hpa");
    bool enabled = false;
    if (hpa.boolean("enabled", enabled) && enabled)
        autoscaling.enabled = true;
    hpa.integer("minpods", autoscaling.minReplicas);
    int maxpods = 0;
    if (hpa.integer("maxpods", maxpods))
        lowestMaxpods = std::min(lowestMaxpods.value_or(maxpods), maxpods);
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
        // Set by the generated values when TLS is off, which ingress.https says too.
        if (name == u"DISABLE_SECURE_SSL_REDIRECT" && value == u"true") {
            read.insert(itemPath + QStringLiteral(".name"));
            read.insert(itemPath + QStringLiteral(".value"));
            continue;
        }
        if (name == u"TRUSTED_PROXIES") {
            domain.trustedProxies.clear();
            for (const QString &address : valueText->split(u',', Qt::SkipEmptyParts))
                domain.trustedProxies.append(address.trimmed());
            read.insert(itemPath + QStringLiteral(".name"));
            read.insert(itemPath + QStringLiteral(".value"));
            continue;
        }
        // PostHog 1.43 takes any non-empty TRUST_ALL_PROXIES as true, "false" included.
        if (name == u"TRUST_ALL_PROXIES" && !value.isEmpty()) {
            domain.trustAllProxies = true;
            read.insert(itemPath + QStringLiteral(".name"));
            read.insert(itemPath + QStringLiteral(".value"));
            continue;
        }
        bool *target = name == u"IS_BEHIND_PROXY" ? &domain.behindProxy : nullptr;
        if (target && (value == u"true" || value == u"false")) {
            *target = value == u"true";
            read.insert(itemPath + QStringLiteral(".name"));
            read.insert(itemPath + QStringLiteral(".value"));
        }
    }
}

// Keys the generated values derive from other fields (or always write the
// same way): read, so they count as mapped; their value comes back from
// the fields they follow when the profile is generated again.
void readDerived(MapReader r, std::initializer_list<const char *> keys)
{
    QString ignored;
    for (const char *key : keys)
        r.string(key, ignored);
}

// Keys the generated values always set to one value: read, and reported
// when a file holds another (the profile cannot carry it).
void readFixed(MapReader &r, const char *key, const QString &expected, QHash<QString, QString> &notCarried)
{
    QString value;
    if (r.string(key, value) && value != expected)
        notCarried.insert(r.pathOf(key), Text::tr("the generated values always set '%1' here; '%2' is not kept").arg(expected, value));
}

void readFixed(MapReader &r, const char *key, bool expected, QHash<QString, QString> &notCarried)
{
    bool value = expected;
    if (r.boolean(key, value) && value != expected)
        notCarried.insert(r.pathOf(key), Text::tr("the generated values always set %1 here; %2 is not kept")
                                             .arg(expected ? QStringLiteral("true") : QStringLiteral("false"),
                                                  value ? QStringLiteral("true") : QStringLiteral("false")));
}

// The Secrets the generated files create are named "<release name><suffix>":
// their names give the release name back.
void readReleaseSecret(MapReader &r, const char *key, const QString &suffix, std::optional<QString> &release,
                       QHash<QString, QString> &notCarried)
{
    QString name;
    if (!r.string(key, name))
        return;
    const QString prefix = name.endsWith(suffix) ? name.chopped(suffix.size()) : QString();
    if (prefix.isEmpty() || (release && *release != prefix)) {
        notCarried.insert(r.pathOf(key), Text::tr("the generated files name this Secret <release name>%1; '%2' is not kept")
                                             .arg(suffix, name));
        return;
    }
    release = prefix;
}

// Requests and limits follow the sizing tier of the profile's monthly events.
void readProcessResources(MapReader resources, const ProcessResources &tier, QHash<QString, QString> &notCarried)
{
    MapReader requests = resources.map("requests");
    readFixed(requests, "cpu", tier.cpu, notCarried);
    readFixed(requests, "memory", tier.memory, notCarried);
    MapReader limits = resources.map("limits");
    readFixed(limits, "memory", tier.memoryLimit, notCarried);
}

} // namespace

QStringList ValuesImporter::keptFromBase()
{
    return {QStringLiteral("metadata.name"), QStringLiteral("spec.cluster.chartVersion"),
            QStringLiteral("spec.cluster.ingressControllerNamespace"), QStringLiteral("spec.domain.tls.mode"),
            QStringLiteral("spec.domain.tls.clusterIssuer"), QStringLiteral("spec.sizing.monthlyEvents"),
            QStringLiteral("spec.sizing.autoscaling.enabled"), QStringLiteral("spec.sizing.autoscaling.memoryUtilization")};
}

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
    const DeploymentProfile before = out.profile;
    DeploymentProfile &p = out.profile;
    QSet<QString> read;
    QHash<QString, QString> notCarried; // read, but the profile cannot hold what the file says
    std::optional<QString> release;
    bool keptAutoscaling = false; // spec.sizing.autoscaling.enabled: from the profile, not the file
    const auto sink = [&read](const QString &path, int, int) { read.insert(path); };
    Issues readIssues;
    MapReader root(*doc, QString(), readIssues, sink);

    QString cloud;
    if (root.choice("cloud", cloudNames(), cloud))
        p.cluster.cloud = *cloudFromString(cloud);
    QString siteUrl;
    root.string("siteUrl", siteUrl); // derived from the hostname; read so it is not reported
    root.map("image").string("tag", p.cluster.imageTag);
    root.map("global").string("storageClass", p.cluster.storageClass);
    {
        MapReader secretKey = root.map("posthogSecretKey");
        readReleaseSecret(secretKey, "existingSecret", QStringLiteral("-secret-key"), release, notCarried);
        readFixed(secretKey, "existingSecretKey", QStringLiteral("posthog-secret"), notCarried);
    }

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
        // The file names the certificate's Secret, not who fills it: a
        // profile that has cert-manager fill it keeps doing so.
        if (before.domain.tls.mode != TlsMode::CertManager)
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
    readFixed(ingress, "type", QStringLiteral("nginx"), notCarried);
    MapReader nginx = ingress.map("nginx");
    readFixed(nginx, "enabled", false, notCarried);
    bool redirect = true;
    if (nginx.boolean("redirectToTLS", redirect) && !redirect && secretName.isEmpty())
        p.domain.tls.mode = TlsMode::None; // the generated values' way of saying "no TLS"
    readFixed(ingress, "enabled", true, notCarried);
    // The HTTPS redirect without a snippet annotation follows the TLS mode.
    if (scalarChild(annotations, "nginx.ingress.kubernetes.io/force-ssl-redirect"))
        read.insert(QStringLiteral("ingress.annotations.nginx.ingress.kubernetes.io/force-ssl-redirect"));
    // The budgets follow the web and events replicas; the exporters and the
    // Pushgateway follow monitoring.prometheusOperator.
    for (const char *key : {"web", "events"})
        readDerived(root.map(key).map("pdb"), {"enabled", "maxUnavailable"});
    readDerived(root.map("redis").map("metrics"), {"enabled"});
    readDerived(root.map("kafka").map("metrics").map("kafka"), {"enabled"});
    {
        // Turned on for the alert rules, which come with the Prometheus Operator.
        MapReader pushgateway = root.map("prometheus-pushgateway");
        bool enabled = false;
        if (pushgateway.boolean("enabled", enabled) && enabled)
            p.monitoring.prometheusOperator = true;
        readDerived(pushgateway, {"fullnameOverride"});
    }
    // ZooKeeper's quorum follows the ClickHouse replicas.
    readDerived(root.map("zookeeper"), {"replicaCount"});

    readEnvList(root.node("env"), p.domain, read, QStringLiteral("env"));

    // Replicas: "auto" stays auto when the file holds what the scaling table gives.
    const ResourceTier sizingTier = SizingModel::builtIn().recommend(p.sizing.monthlyEvents).tier;
    const std::array<std::pair<const char *, ReplicaCount *>, 4> counts {
        {{"web", &p.sizing.webReplicas}, {"events", &p.sizing.eventsReplicas},
         {"worker", &p.sizing.workerReplicas}, {"plugins", &p.sizing.pluginsReplicas}}};
    const ProcessResources *tierResources[] = {&sizingTier.web, &sizingTier.events, &sizingTier.worker, &sizingTier.plugins};
    const SizingSpec sizingBefore = p.sizing;
    // With the chart's autoscaler off, values.yaml cannot tell k8s/hpa.yaml's
    // autoscalers (replicacount is their minimum) from fixed counts: the
    // profile's own (CPU and memory) autoscaling is kept.
    const bool hadOwnHpa = p.sizing.autoscaling.enabled && p.sizing.autoscaling.memoryUtilization;
    p.sizing.autoscaling.enabled = false;
    bool anyCount = false;
    std::optional<int> lowestMaxpods;
    for (std::size_t i = 0; i < counts.size(); ++i) {
        MapReader component = root.map(counts[i].first);
        anyCount = anyCount || component.has("replicacount");
        *counts[i].second = {};
        readReplicasAndHpa(component, *counts[i].second, p.sizing.autoscaling, lowestMaxpods);
        readProcessResources(component.map("resources"), *tierResources[i], notCarried);
    }
    const bool chartHpa = p.sizing.autoscaling.enabled;
    if (lowestMaxpods)
        p.sizing.autoscaling.maxReplicas = *lowestMaxpods;
    if (chartHpa)
        p.sizing.autoscaling.memoryUtilization.reset();
    else
        p.sizing.autoscaling.enabled = hadOwnHpa;
    keptAutoscaling = !chartHpa && hadOwnHpa;
    if (!anyCount) {
        p.sizing.webReplicas = sizingBefore.webReplicas;
        p.sizing.eventsReplicas = sizingBefore.eventsReplicas;
        p.sizing.workerReplicas = sizingBefore.workerReplicas;
        p.sizing.pluginsReplicas = sizingBefore.pluginsReplicas;
        p.sizing.autoscaling.enabled = sizingBefore.autoscaling.enabled;
    }

    auto &pg = p.databases.postgres;
    {
        MapReader bundled = root.map("postgresql");
        pg.mode = modeOf(bundled, "enabled");
        readReleaseSecret(bundled, "existingSecret", QStringLiteral("-postgresql"), release, notCarried);
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
        // The bundled Redis' resources are the generator's own, above its maxmemory.
        MapReader master = bundled.map("master").map("resources");
        readDerived(master.map("requests"), {"cpu", "memory"});
        readDerived(master.map("limits"), {"memory"});
        MapReader ext = root.map("externalRedis");
        ext.string("host", redis.host);
        ext.integer("port", redis.port);
        ext.string("existingSecret", redis.existingSecret);
        ext.string("existingSecretPasswordKey", redis.existingSecretPasswordKey);
    }
    {
        auto &kafka = p.databases.kafka;
        MapReader bundled = root.map("kafka");
        kafka.mode = modeOf(bundled, "enabled");
        // Retention and volume are sized by the generator for PostHog's topics.
        readDerived(bundled, {"logRetentionBytes", "logSegmentBytes", "numPartitions"});
        readDerived(bundled.map("persistence"), {"size"});
        // The ZooKeeper Service follows the release name.
        MapReader zookeeper = bundled.map("externalZookeeper");
        QStringList servers;
        if (zookeeper.stringList("servers", servers))
            for (int i = 0; i < servers.size(); ++i)
                read.insert(zookeeper.pathOf("servers") + u'[' + QString::number(i) + u']');
        MapReader ext = root.map("externalKafka");
        if (ext.stringList("brokers", kafka.brokers))
            for (int i = 0; i < kafka.brokers.size(); ++i)
                read.insert(ext.pathOf("brokers") + u'[' + QString::number(i) + u']');
    }
    {
        auto &ch = p.databases.clickhouse;
        MapReader bundled = root.map("clickhouse");
        // The images follow the PostHog release (spec.cluster.imageTag).
        readDerived(bundled.map("image"), {"tag"});
        readDerived(bundled.map("client").map("image"), {"tag"});
        ch.mode = modeOf(bundled, "enabled");
        readReleaseSecret(bundled, "existingSecret", QStringLiteral("-clickhouse"), release, notCarried);
        readFixed(bundled, "existingSecretPasswordKey", QStringLiteral("password"), notCarried);
        MapReader persistence = bundled.map("persistence");
        persistence.string("size", ch.persistenceSize);
        persistence.string("storageClass", p.cluster.storageClass);
        if (bundled.has("resources"))
            ProfileIO::readResources(bundled.map("resources"), ch.resources);
        MapReader ext = root.map("externalClickhouse");
        ext.string("host", ch.host);
        ext.string("cluster", ch.cluster);
        ext.string("user", ch.user);
        readFixed(ext, "database", QStringLiteral("posthog"), notCarried);
        ext.string("existingSecret", ch.existingSecret);
        ext.string("existingSecretPasswordKey", ch.existingSecretPasswordKey);
    }
    {
        auto &os = p.databases.objectStorage;
        MapReader bundled = root.map("minio");
        os.mode = modeOf(bundled, "enabled");
        MapReader auth = bundled.map("auth");
        readReleaseSecret(auth, "existingSecret", QStringLiteral("-minio"), release, notCarried);
        // MinIO's Service name follows the release name.
        readDerived(bundled, {"fullnameOverride"});
        MapReader ext = root.map("externalObjectStorage");
        ext.string("endpoint", os.endpoint);
        ext.string("bucket", os.bucket);
        ext.string("region", os.region);
        ext.string("existingSecret", os.existingSecret);
    }

    if (release)
        p.cluster.releaseName = *release;
    // Values for the chart: whatever else the profile generates, it generates for Helm.
    if (!p.hasTarget(Target::Helm)) {
        p.targets.append(Target::Helm);
        std::sort(p.targets.begin(), p.targets.end());
    }
    {
        const Recommendation table = SizingModel::builtIn().recommend(p.sizing.monthlyEvents);
        const int tableCounts[] = {table.row.webReplicas, table.row.eventsReplicas, table.row.workerReplicas,
                                   table.row.pluginsReplicas};
        // While an autoscaler scales them, replicacount is its minimum: for
        // k8s/hpa.yaml's, the only place values.yaml carries it.
        const std::optional<int> first = counts.front().second->fixed;
        if (p.sizing.autoscaling.enabled && !chartHpa && first
            && std::all_of(counts.cbegin(), counts.cend(), [&first](const auto &c) { return c.second->fixed == first; }))
            p.sizing.autoscaling.minReplicas = *first;
        const std::optional<int> floor = p.sizing.autoscaling.enabled
            ? std::optional<int>(p.sizing.autoscaling.minReplicas) : std::nullopt;
        for (std::size_t i = 0; i < counts.size(); ++i) {
            ReplicaCount &count = *counts[i].second;
            if ((floor && count.fixed == floor) || count.fixed == tableCounts[i])
                count = {};
        }
    }
    // The ClickHouse layout comes from the scaling table; a file's own is not kept.
    if (p.databases.clickhouse.mode == ServiceMode::Bundled) {
        MapReader layout = root.map("clickhouse").map("layout");
        const int nodes = ConfiguredScale::of(p).clickhouseNodes;
        for (const auto &[key, expected] : {std::pair {"shardsCount", 1}, std::pair {"replicasCount", nodes}}) {
            int value = expected;
            if (layout.integer(key, value) && value != expected)
                notCarried.insert(layout.pathOf(key),
                                  tr("the scaling table gives %1 for %2 monthly events; the profile has no field for %3")
                                      .arg(expected)
                                      .arg(p.sizing.monthlyEvents)
                                      .arg(value));
        }
    }
    const auto keptValue = [&p, keptAutoscaling](const QString &path) -> QString {
        if (path == u"metadata.name")
            return p.name;
        if (path == u"spec.cluster.chartVersion")
            return p.cluster.chartVersion;
        if (path == u"spec.cluster.ingressControllerNamespace")
            return p.cluster.ingressControllerNamespace;
        if (path == u"spec.domain.tls.mode")
            return yamlName(p.domain.tls.mode);
        if (path == u"spec.domain.tls.clusterIssuer")
            return p.domain.tls.mode == TlsMode::CertManager ? p.domain.tls.clusterIssuer : QString();
        if (path == u"spec.sizing.monthlyEvents")
            return QString::number(p.sizing.monthlyEvents);
        if (path == u"spec.sizing.autoscaling.enabled")
            return keptAutoscaling ? QStringLiteral("true") : QString();
        if (path == u"spec.sizing.autoscaling.memoryUtilization")
            return p.sizing.autoscaling.enabled && p.sizing.autoscaling.memoryUtilization
                ? QString::number(*p.sizing.autoscaling.memoryUtilization) : QString();
        return {};
    };
    for (const QString &path : keptFromBase()) {
        const QString value = keptValue(path);
        if (!value.isEmpty())
            out.kept.append({path, 0, 0, Severity::Warning,
                             tr("not in values.yaml (at most in a comment): not imported, kept as %1").arg(value)});
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
        if (const auto note = notCarried.constFind(path); note != notCarried.cend()) {
            out.notMapped.append({path, lineOf(node), columnOf(node), Severity::Warning, *note});
            continue;
        }
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
