#include "networkpolicyevaluator.h"

#include <QTest>

using namespace phctest;

namespace {

NetworkPolicyEvaluator evaluatorFor(const QByteArray &yaml)
{
    QList<K8sObject> objects;
    QString error;
    if (!parseObjects(yaml, QStringLiteral("test"), QStringLiteral("app"), objects, &error))
        qFatal("%s", qPrintable(error));
    return NetworkPolicyEvaluator(objects, {{QStringLiteral("mon"), {{QStringLiteral("team"), QStringLiteral("ops")}}}});
}

const Labels web {{QStringLiteral("role"), QStringLiteral("web")}};
const Labels db {{QStringLiteral("role"), QStringLiteral("db")}};

} // namespace

// The evaluator the render tests rely on, on hand-written policies whose
// answers follow from the Kubernetes documentation.
class TestNetworkPolicyEvaluator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void noPolicyAllowsEverything()
    {
        const NetworkPolicyEvaluator e = evaluatorFor("");
        QVERIFY(e.allows(Endpoint::pod(QStringLiteral("other"), {}), Endpoint::pod(QStringLiteral("app"), db), 5432));
    }

    void selectedPodIsIsolated_data()
    {
        QTest::addColumn<QString>("fromNs");
        QTest::addColumn<QString>("fromRole");
        QTest::addColumn<int>("port");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("web to db") << "app" << "web" << 5432 << true;
        QTest::newRow("web to db, other port") << "app" << "web" << 5433 << false;
        QTest::newRow("db to db") << "app" << "db" << 5432 << false;
        QTest::newRow("web of another namespace") << "other" << "web" << 5432 << false;
        QTest::newRow("monitoring namespace by label") << "mon" << "exporter" << 9187 << true;
        QTest::newRow("monitoring, not a metrics port") << "mon" << "exporter" << 5432 << false;
    }

    void selectedPodIsIsolated()
    {
        QFETCH(QString, fromNs);
        QFETCH(QString, fromRole);
        QFETCH(int, port);
        QFETCH(bool, allowed);
        const NetworkPolicyEvaluator e = evaluatorFor(R"(
kind: NetworkPolicy
metadata: {name: db}
spec:
  podSelector: {matchLabels: {role: db}}
  ingress:
    - from: [{podSelector: {matchExpressions: [{key: role, operator: In, values: [web, worker]}]}}]
      ports: [{port: 5432}]
    - from: [{namespaceSelector: {matchLabels: {team: ops}}}]
      ports: [{port: metrics}]
)");
        const Endpoint dst = Endpoint::pod(QStringLiteral("app"), db,
                                           {{5432, QStringLiteral("pg"), QStringLiteral("TCP")},
                                            {9187, QStringLiteral("metrics"), QStringLiteral("TCP")}});
        QCOMPARE(e.allows(Endpoint::pod(fromNs, {{QStringLiteral("role"), fromRole}}), dst, port), allowed);
        // Pods the policy does not select are not isolated.
        QVERIFY(e.allows(Endpoint::pod(QStringLiteral("other"), {}), Endpoint::pod(QStringLiteral("app"), web), 8000));
    }

    // Egress policies isolate the source; policyTypes decides which
    // directions a policy covers.
    void egressIsolation()
    {
        const NetworkPolicyEvaluator e = evaluatorFor(R"(
kind: NetworkPolicy
metadata: {name: out}
spec:
  podSelector: {}
  policyTypes: [Egress]
  egress:
    - ports: [{port: 53, protocol: UDP}]
    - to: [{ipBlock: {cidr: 0.0.0.0/0, except: [10.0.0.0/8]}}]
      ports: [{port: 5432}]
    - to: [{podSelector: {}}]
)");
        const Endpoint src = Endpoint::pod(QStringLiteral("app"), web);
        QVERIFY(e.allows(src, Endpoint::pod(QStringLiteral("kube-system"), {}), 53, QStringLiteral("UDP")));
        QVERIFY(!e.allows(src, Endpoint::pod(QStringLiteral("kube-system"), {}), 53, QStringLiteral("TCP")));
        QVERIFY(e.allows(src, Endpoint::host(QStringLiteral("203.0.113.5")), 5432));
        QVERIFY(!e.allows(src, Endpoint::host(QStringLiteral("10.1.2.3")), 5432));
        QVERIFY(!e.allows(src, Endpoint::host(QStringLiteral("203.0.113.5")), 5433));
        // ipBlock does not match pods; the pod selector matches this namespace only.
        QVERIFY(!e.allows(src, Endpoint::pod(QStringLiteral("other"), db), 5432));
        QVERIFY(e.allows(src, Endpoint::pod(QStringLiteral("app"), db), 1234));
        QVERIFY(!e.refusal(src, Endpoint::pod(QStringLiteral("other"), db), 5432).isEmpty());
        // Ingress is not covered by an Egress-only policy.
        QVERIFY(e.allows(Endpoint::pod(QStringLiteral("other"), {}), Endpoint::pod(QStringLiteral("app"), db), 5432));
    }

    // ipBlock matches pods by their address as well as hosts (what the
    // Kubernetes conformance tests check), so egress to 0.0.0.0/0 reaches
    // other namespaces' pods unless it excepts their range. IPv4 and IPv6
    // blocks match their own family only.
    void ipBlockMatchesPodAddresses()
    {
        const NetworkPolicyEvaluator e = evaluatorFor(R"(
kind: NetworkPolicy
metadata: {name: out}
spec:
  podSelector: {}
  policyTypes: [Egress]
  egress:
    - to: [{ipBlock: {cidr: 0.0.0.0/0, except: [10.244.0.0/16, 10.96.0.0/12]}}, {ipBlock: {cidr: "::/0", except: ["fd00:10:244::/56"]}}]
      ports: [{port: 6379}]
    - to: [{ipBlock: {cidr: 0.0.0.0/0}}]
      ports: [{port: 443}]
)");
        const Endpoint src = Endpoint::pod(QStringLiteral("app"), web);
        const Endpoint podInRange = Endpoint::pod(QStringLiteral("other"), db, {}, QStringLiteral("10.244.3.7"));
        QVERIFY(!e.allows(src, podInRange, 6379));
        QVERIFY(!e.allows(src, Endpoint::pod(QStringLiteral("other"), db, {}, QStringLiteral("fd00:10:244::17")), 6379));
        QVERIFY(!e.allows(src, Endpoint::host(QStringLiteral("10.100.0.1")), 6379));
        QVERIFY(e.allows(src, Endpoint::host(QStringLiteral("10.0.0.5")), 6379));
        QVERIFY(e.allows(src, Endpoint::host(QStringLiteral("2001:db8::5")), 6379));
        // Without an except, 0.0.0.0/0 is every pod too; an IPv4 block no IPv6 address.
        QVERIFY(e.allows(src, podInRange, 443));
        QVERIFY(!e.allows(src, Endpoint::host(QStringLiteral("2001:db8::5")), 443));
        // A pod given no address never matches an ipBlock.
        QVERIFY(!e.allows(src, Endpoint::pod(QStringLiteral("other"), db), 443));
    }

    // Any of several policies selecting a pod may allow a connection.
    void policiesAdd()
    {
        const NetworkPolicyEvaluator e = evaluatorFor(R"(
kind: NetworkPolicy
metadata: {name: deny-all}
spec:
  podSelector: {}
---
kind: NetworkPolicy
metadata: {name: web-in}
spec:
  podSelector: {matchLabels: {role: web}}
  ingress:
    - from: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: ingress}}, podSelector: {matchLabels: {app: nginx}}}]
      ports: [{port: 8000, endPort: 8001}]
)");
        const Endpoint dst = Endpoint::pod(QStringLiteral("app"), web);
        const Labels nginx {{QStringLiteral("app"), QStringLiteral("nginx")}};
        QVERIFY(e.allows(Endpoint::pod(QStringLiteral("ingress"), nginx), dst, 8000));
        QVERIFY(e.allows(Endpoint::pod(QStringLiteral("ingress"), nginx), dst, 8001));
        QVERIFY(!e.allows(Endpoint::pod(QStringLiteral("ingress"), nginx), dst, 8002));
        QVERIFY(!e.allows(Endpoint::pod(QStringLiteral("ingress"), {}), dst, 8000));
        QVERIFY(!e.allows(Endpoint::pod(QStringLiteral("app"), nginx), dst, 8000));
        QVERIFY(!e.allows(Endpoint::pod(QStringLiteral("app"), web), Endpoint::pod(QStringLiteral("app"), db), 5432));
    }
};

QTEST_GUILESS_MAIN(TestNetworkPolicyEvaluator)
#include "tst_networkpolicyevaluator.moc"
