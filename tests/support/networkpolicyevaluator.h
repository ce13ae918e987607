#pragma once

#include "k8sobjects.h"

#include <QHash>

// Decides whether NetworkPolicies allow a connection, following Kubernetes'
// semantics: a pod selected by any policy of a direction is isolated for
// that direction, and then a connection is allowed when any rule of any
// policy selecting it allows it; both the source's egress and the
// destination's ingress must allow it. ipBlock peers match an endpoint's
// address: a host's, or a pod's when it is given one. Pod IPs are matched as
// well (the Kubernetes conformance tests check egress to a pod by its IP in
// an ipBlock, and the except clause), which is why egress to 0.0.0.0/0 must
// except the cluster's ranges. Test-only code.
namespace phctest {

struct Endpoint
{
    QString ns;                 // empty for a host outside the cluster
    Labels podLabels;
    QList<ContainerPort> ports; // a destination pod's ports, for named ports
    QString ip;                 // a host's address; a pod's when given (else ipBlock never matches it)

    bool external() const { return ns.isEmpty(); }
    static Endpoint pod(const QString &ns, const Labels &labels, const QList<ContainerPort> &ports = {},
                        const QString &ip = {});
    static Endpoint host(const QString &ip);
};

class NetworkPolicyEvaluator
{
public:
    // Namespaces carry the label kubernetes.io/metadata.name plus any given.
    explicit NetworkPolicyEvaluator(const QList<K8sObject> &policies, const QHash<QString, Labels> &namespaceLabels = {});

    bool allows(const Endpoint &from, const Endpoint &to, int port, const QString &protocol = QStringLiteral("TCP")) const;
    // Why a connection is refused, for a readable failure; empty when allowed.
    QString refusal(const Endpoint &from, const Endpoint &to, int port, const QString &protocol = QStringLiteral("TCP")) const;

    static bool ipInCidr(const QString &ip, const QString &cidr);

private:
    enum class Direction { Ingress, Egress };
    QList<const K8sObject *> selecting(const Endpoint &pod, Direction d) const;
    bool peerMatches(const YAML::Node &peer, const QString &policyNs, const Endpoint &other) const;
    static bool portMatches(const YAML::Node &ports, const Endpoint &to, int port, const QString &protocol);
    Labels namespaceLabels(const QString &ns) const;

    QList<K8sObject> m_policies;
    QHash<QString, Labels> m_namespaceLabels;
};

} // namespace phctest
