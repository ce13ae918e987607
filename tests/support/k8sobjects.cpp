#include "k8sobjects.h"

#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace phctest {

namespace {

// n[k1][k2]..., or an undefined node when a key is missing (yaml-cpp throws
// when indexing through a missing key).
YAML::Node at(YAML::Node n, std::initializer_list<const char *> keys)
{
    for (const char *k : keys) {
        const YAML::Node &current = n;
        if (!current.IsMap() || !current[k])
            return YAML::Node(YAML::NodeType::Undefined);
        n.reset(current[k]);
    }
    return n;
}

QString str(const YAML::Node &n)
{
    return n && n.IsScalar() ? QString::fromStdString(n.Scalar()) : QString();
}

Container containerOf(const YAML::Node &c)
{
    Container out;
    out.name = str(c["name"]);
    out.image = str(c["image"]);
    for (const YAML::Node &p : c["ports"]) {
        ContainerPort port;
        port.number = p["containerPort"].as<int>(0);
        port.name = str(p["name"]);
        if (p["protocol"])
            port.protocol = str(p["protocol"]);
        out.ports.append(port);
    }
    for (const YAML::Node &e : c["env"])
        out.env.append({str(e["name"]), str(e["value"]), bool(e["valueFrom"])});
    for (const char *key : {"command", "args"})
        for (const YAML::Node &a : c[key])
            out.args << str(a);
    if (c["resources"])
        out.resources.reset(c["resources"]);
    return out;
}

// The pod template of a workload kind, or an undefined node.
YAML::Node podTemplate(const QString &kind, const YAML::Node &doc)
{
    if (kind == u"CronJob")
        return at(doc, {"spec", "jobTemplate", "spec", "template"});
    if (kind == u"Deployment" || kind == u"StatefulSet" || kind == u"DaemonSet" || kind == u"Job")
        return at(doc, {"spec", "template"});
    return YAML::Node(YAML::NodeType::Undefined);
}

} // namespace

bool Container::hasPort(int number, const QString &protocol) const
{
    return std::any_of(ports.cbegin(), ports.cend(),
                       [&](const ContainerPort &p) { return p.number == number && p.protocol == protocol; });
}

bool K8sObject::hasPort(int number, const QString &protocol) const
{
    return std::any_of(containers.cbegin(), containers.cend(),
                       [&](const Container &c) { return c.hasPort(number, protocol); });
}

Labels labelsOf(const YAML::Node &map)
{
    Labels out;
    if (map && map.IsMap())
        for (const auto &kv : map)
            out.insert(QString::fromStdString(kv.first.Scalar()), str(kv.second));
    return out;
}

bool selectorMatches(const YAML::Node &selector, const Labels &labels)
{
    if (!selector || selector.IsNull())
        return true;
    const Labels match = labelsOf(selector["matchLabels"]);
    for (auto it = match.cbegin(); it != match.cend(); ++it)
        if (labels.value(it.key(), QString()) != it.value() || !labels.contains(it.key()))
            return false;
    for (const YAML::Node &e : selector["matchExpressions"]) {
        const QString key = str(e["key"]), op = str(e["operator"]);
        QStringList values;
        for (const YAML::Node &v : e["values"])
            values << str(v);
        const bool has = labels.contains(key);
        if (op == u"In" && !(has && values.contains(labels.value(key))))
            return false;
        if (op == u"NotIn" && has && values.contains(labels.value(key)))
            return false;
        if (op == u"Exists" && !has)
            return false;
        if (op == u"DoesNotExist" && has)
            return false;
    }
    return true;
}

bool parseObjects(const QByteArray &yaml, const QString &source, const QString &defaultNamespace,
                  QList<K8sObject> &out, QString *error)
{
    std::vector<YAML::Node> docs;
    try {
        docs = YAML::LoadAll(yaml.toStdString());
    } catch (const YAML::Exception &e) {
        *error = source + QStringLiteral(": ") + QString::fromStdString(e.what());
        return false;
    }
    for (const YAML::Node &doc : docs) {
        if (!doc.IsMap() || !doc["kind"])
            continue;
        K8sObject o;
        o.source = source;
        o.node.reset(doc);
        o.kind = str(doc["kind"]);
        o.name = str(at(doc, {"metadata", "name"}));
        o.ns = at(doc, {"metadata", "namespace"}) ? str(at(doc, {"metadata", "namespace"})) : defaultNamespace;
        o.labels = labelsOf(at(doc, {"metadata", "labels"}));
        o.annotations = labelsOf(at(doc, {"metadata", "annotations"}));
        const YAML::Node tmpl = podTemplate(o.kind, doc);
        if (tmpl) {
            o.isWorkload = true;
            o.replicasSet = bool(at(doc, {"spec", "replicas"}));
            o.replicas = at(doc, {"spec", "replicas"}).as<int>(1);
            o.podLabels = labelsOf(at(tmpl, {"metadata", "labels"}));
            for (const YAML::Node &c : at(tmpl, {"spec", "containers"}))
                o.containers.append(containerOf(c));
            for (const YAML::Node &claim : at(doc, {"spec", "volumeClaimTemplates"}))
                o.claimTemplates.append(claim);
        }
        out.append(o);
    }
    return true;
}

QList<K8sObject> RenderedChart::ofKind(const QString &kind) const
{
    QList<K8sObject> out;
    for (const K8sObject &o : objects)
        if (o.kind == kind)
            out.append(o);
    return out;
}

QList<K8sObject> RenderedChart::workloads() const
{
    QList<K8sObject> out;
    for (const K8sObject &o : objects)
        if (o.isWorkload)
            out.append(o);
    return out;
}

const K8sObject *RenderedChart::find(const QString &kind, const QString &name) const
{
    for (const K8sObject &o : objects)
        if (o.kind == kind && o.name == name)
            return &o;
    return nullptr;
}

QString helmExecutable()
{
    const QString cache = qEnvironmentVariableIsEmpty("XDG_CACHE_HOME")
                              ? QDir::homePath() + QStringLiteral("/.cache")
                              : qEnvironmentVariable("XDG_CACHE_HOME");
    const QString installed = cache + QStringLiteral("/posthog-console/tools/helm");
    if (QFileInfo(installed).isExecutable())
        return installed;
    return QStandardPaths::findExecutable(QStringLiteral("helm"));
}

QString chartArchive()
{
    return sharedReferenceDir() + QStringLiteral("/posthog-chart/posthog-30.46.0.tgz");
}

RenderedChart renderChart(const QByteArray &values, const QString &release, const QString &ns)
{
    RenderedChart out;
    const QString helm = helmExecutable();
    if (helm.isEmpty()) {
        out.error = QStringLiteral("helm 3 is not installed: run packaging/setup-debian.sh");
        return out;
    }
    if (!QFile::exists(chartArchive())) {
        out.error = QStringLiteral("the chart is missing: ") + chartArchive();
        return out;
    }
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("values.yaml")));
    if (!f.open(QIODevice::WriteOnly) || f.write(values) != values.size()) {
        out.error = QStringLiteral("cannot write ") + f.fileName();
        return out;
    }
    f.close();
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *var : {"HELM_CACHE_HOME", "HELM_CONFIG_HOME", "HELM_DATA_HOME"})
        env.insert(QString::fromLatin1(var), dir.filePath(QString::fromLatin1(var)));
    p.setProcessEnvironment(env);
    p.start(helm, {QStringLiteral("template"), release, chartArchive(), QStringLiteral("--namespace"), ns,
                   QStringLiteral("--values"), f.fileName(),
                   QStringLiteral("--api-versions"), QStringLiteral("monitoring.coreos.com/v1"),
                   QStringLiteral("--api-versions"), QStringLiteral("cert-manager.io/v1"),
                   QStringLiteral("--api-versions"), QStringLiteral("policy/v1"),
                   QStringLiteral("--api-versions"), QStringLiteral("autoscaling/v2")});
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        out.error = QStringLiteral("helm template failed: ") + QString::fromUtf8(p.readAllStandardError());
        return out;
    }
    parseObjects(p.readAllStandardOutput(), QStringLiteral("chart"), ns, out.objects, &out.error);
    return out;
}

} // namespace phctest
