#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <yaml-cpp/yaml.h>

// Kubernetes objects as the render tests read them: the chart's output and
// the generated k8s/ files, parsed into what the checks compare (kinds,
// names, labels, pod templates, containers, ports, env, resources, claims).
// Test-only code.
namespace phctest {

using Labels = QMap<QString, QString>;

struct ContainerPort
{
    int number = 0;
    QString name;
    QString protocol = QStringLiteral("TCP");
};

struct EnvVar
{
    QString name;
    QString value;       // empty when the value comes from a reference
    bool fromRef = false; // valueFrom: a Secret or ConfigMap key
};

struct Container
{
    QString name;
    QString image;
    QList<ContainerPort> ports;
    QList<EnvVar> env;
    QStringList args; // command and args, in order
    YAML::Node resources;
    bool hasPort(int number, const QString &protocol = QStringLiteral("TCP")) const;
};

struct K8sObject
{
    QString source; // "chart" or the generated file's path
    QString kind;
    QString name;
    QString ns;
    Labels labels;
    Labels annotations;
    YAML::Node node;

    // Workloads (Deployment, StatefulSet, DaemonSet, Job, CronJob) only.
    bool isWorkload = false;
    int replicas = 1;
    bool replicasSet = false; // false: left to an autoscaler, helm upgrade keeps the count
    Labels podLabels;
    QList<Container> containers; // init containers are not listed
    QList<YAML::Node> claimTemplates;

    bool hasPort(int number, const QString &protocol = QStringLiteral("TCP")) const;
};

// Kubernetes label selector semantics (matchLabels and matchExpressions;
// an absent or empty selector matches everything).
bool selectorMatches(const YAML::Node &selector, const Labels &labels);
Labels labelsOf(const YAML::Node &map);

// Parses a multi-document YAML stream; objects without a namespace get
// defaultNamespace. Returns false with *error set on a YAML error.
bool parseObjects(const QByteArray &yaml, const QString &source, const QString &defaultNamespace,
                  QList<K8sObject> &out, QString *error);

struct RenderedChart
{
    QList<K8sObject> objects;
    QString error; // empty on success

    QList<K8sObject> ofKind(const QString &kind) const;
    QList<K8sObject> workloads() const;
    const K8sObject *find(const QString &kind, const QString &name) const;
};

// helm 3 as packaging/setup-debian.sh installs it, else from PATH; empty
// when there is none.
QString helmExecutable();
QString chartArchive(); // the real chart, packaged, in the shared reference

// Renders the real chart with `values` as release `release` in namespace
// `ns` (helm template, offline, in a temporary HELM_* home).
RenderedChart renderChart(const QByteArray &values, const QString &release, const QString &ns);

} // namespace phctest
