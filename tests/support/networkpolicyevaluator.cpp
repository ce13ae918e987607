#include "networkpolicyevaluator.h"

#include <QHostAddress>

namespace phctest {

Endpoint Endpoint::pod(const QString &ns, const Labels &labels, const QList<ContainerPort> &ports, const QString &ip)
{
    Endpoint e;
    e.ns = ns;
    e.podLabels = labels;
    e.ports = ports;
    e.ip = ip;
    return e;
}

Endpoint Endpoint::host(const QString &ip)
{
    Endpoint e;
    e.ip = ip;
    return e;
}

NetworkPolicyEvaluator::NetworkPolicyEvaluator(const QList<K8sObject> &policies, const QHash<QString, Labels> &namespaceLabels)
    : m_namespaceLabels(namespaceLabels)
{
    for (const K8sObject &o : policies)
        if (o.kind == u"NetworkPolicy")
            m_policies.append(o);
}

Labels NetworkPolicyEvaluator::namespaceLabels(const QString &ns) const
{
    Labels labels = m_namespaceLabels.value(ns);
    labels.insert(QStringLiteral("kubernetes.io/metadata.name"), ns);
    return labels;
}

bool NetworkPolicyEvaluator::ipInCidr(const QString &ip, const QString &cidr)
{
    const auto subnet = QHostAddress::parseSubnet(cidr);
    return subnet.second >= 0 && QHostAddress(ip).isInSubnet(subnet);
}

QList<const K8sObject *> NetworkPolicyEvaluator::selecting(const Endpoint &pod, Direction d) const
{
    QList<const K8sObject *> out;
    if (pod.external())
        return out;
    const QString type = d == Direction::Ingress ? QStringLiteral("Ingress") : QStringLiteral("Egress");
    for (const K8sObject &p : m_policies) {
        if (p.ns != pod.ns || !selectorMatches(p.node["spec"]["podSelector"], pod.podLabels))
            continue;
        const YAML::Node types = p.node["spec"]["policyTypes"];
        bool applies = false;
        if (types && types.size() > 0) {
            for (const YAML::Node &t : types)
                applies = applies || QString::fromStdString(t.Scalar()) == type;
        } else {
            // Without policyTypes: Ingress always, Egress when there are egress rules.
            applies = d == Direction::Ingress || bool(p.node["spec"]["egress"]);
        }
        if (applies)
            out.append(&p);
    }
    return out;
}

bool NetworkPolicyEvaluator::peerMatches(const YAML::Node &peer, const QString &policyNs, const Endpoint &other) const
{
    if (const YAML::Node block = peer["ipBlock"]) {
        if (other.ip.isEmpty() || !ipInCidr(other.ip, QString::fromStdString(block["cidr"].Scalar())))
            return false;
        for (const YAML::Node &except : block["except"])
            if (ipInCidr(other.ip, QString::fromStdString(except.Scalar())))
                return false;
        return true;
    }
    if (other.external())
        return false;
    const YAML::Node nsSel = peer["namespaceSelector"];
    if (nsSel) {
        if (!selectorMatches(nsSel, namespaceLabels(other.ns)))
            return false;
    } else if (other.ns != policyNs) {
        return false;
    }
    const YAML::Node podSel = peer["podSelector"];
    return !podSel || selectorMatches(podSel, other.podLabels);
}

bool NetworkPolicyEvaluator::portMatches(const YAML::Node &ports, const Endpoint &to, int port, const QString &protocol)
{
    if (!ports || ports.size() == 0)
        return true;
    for (const YAML::Node &p : ports) {
        const QString proto = p["protocol"] ? QString::fromStdString(p["protocol"].Scalar()) : QStringLiteral("TCP");
        if (proto != protocol)
            continue;
        const YAML::Node number = p["port"];
        if (!number)
            return true;
        bool isNumber = false;
        const int first = QString::fromStdString(number.Scalar()).toInt(&isNumber);
        if (isNumber) {
            const int last = p["endPort"] ? p["endPort"].as<int>() : first;
            if (port >= first && port <= last)
                return true;
            continue;
        }
        // A named port: the destination's container port of that name.
        const QString name = QString::fromStdString(number.Scalar());
        for (const ContainerPort &cp : to.ports)
            if (cp.name == name && cp.number == port && cp.protocol == protocol)
                return true;
    }
    return false;
}

QString NetworkPolicyEvaluator::refusal(const Endpoint &from, const Endpoint &to, int port, const QString &protocol) const
{
    const auto allowedBy = [&](Direction d) {
        const QList<const K8sObject *> policies = selecting(d == Direction::Egress ? from : to, d);
        if (policies.isEmpty())
            return true;
        const char *rulesKey = d == Direction::Egress ? "egress" : "ingress";
        const char *peersKey = d == Direction::Egress ? "to" : "from";
        const Endpoint &other = d == Direction::Egress ? to : from;
        for (const K8sObject *p : policies)
            for (const YAML::Node &rule : p->node["spec"][rulesKey]) {
                const YAML::Node peers = rule[peersKey];
                bool peerOk = !peers || peers.size() == 0;
                for (const YAML::Node &peer : peers)
                    peerOk = peerOk || peerMatches(peer, p->ns, other);
                if (peerOk && portMatches(rule["ports"], to, port, protocol))
                    return true;
            }
        return false;
    };
    if (!allowedBy(Direction::Egress))
        return QStringLiteral("the source's egress policies refuse it");
    if (!allowedBy(Direction::Ingress))
        return QStringLiteral("the destination's ingress policies refuse it");
    return QString();
}

bool NetworkPolicyEvaluator::allows(const Endpoint &from, const Endpoint &to, int port, const QString &protocol) const
{
    return refusal(from, to, port, protocol).isEmpty();
}

} // namespace phctest
