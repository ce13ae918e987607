// k8s/prometheus-rules.yaml: promtool accepts every rule, promtool's unit
// tests (tests/data/alert-rules/) make each alert fire on a series that
// crosses it and stay quiet on one that does not, and every metric a rule
// reads comes from a component the rendered chart runs and a generated
// PodMonitor scrapes (or from the cluster's kube-state-metrics and kubelet).
#include "testsupport.h"
#include "core/yamledit.h"
#include "metrics/metricpresets.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <yaml-cpp/yaml.h>

#include <algorithm>

using namespace phctest;

namespace {

// Reference profiles with the Prometheus Operator, and the all-external one
// with it turned on: rules for bundled and external Redis and ClickHouse.
QList<std::pair<QString, QByteArray>> operatorProfiles()
{
    QList<std::pair<QString, QByteArray>> out;
    for (const auto &[name, yaml] : referenceProfiles()) {
        const phc::DeploymentProfile p = profileFrom(yaml);
        if (!p.hasTarget(phc::Target::Helm))
            continue;
        if (p.monitoring.prometheusOperator)
            out.append({name, yaml});
        else
            out.append({name + QStringLiteral("+operator"),
                        phc::YamlEdit::apply(yaml, {{QStringLiteral("spec.monitoring.prometheusOperator"),
                                                     phc::YamlValue::plain(QStringLiteral("true"))}})
                            .take()});
    }
    return out;
}

QString tool(const QString &name, const QString &package)
{
    QString path = QStandardPaths::findExecutable(name);
    if (name == u"helm") {
        const QString cache = qEnvironmentVariable("XDG_CACHE_HOME", QDir::homePath() + QStringLiteral("/.cache"));
        const QString cached = qEnvironmentVariable("PHC_TOOLS_DIR", cache + QStringLiteral("/posthog-console/tools"))
                               + QStringLiteral("/helm");
        if (QFileInfo(cached).isExecutable())
            path = cached;
    }
    if (path.isEmpty())
        qWarning("%s is missing: install %s (packaging/setup-debian.sh)", qPrintable(name), qPrintable(package));
    return path;
}

struct Run
{
    int code = -1;
    QByteArray output;
};

Run run(const QString &program, const QStringList &args, const QString &dir = QString())
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(120000))
        return {-1, "timed out: " + p.readAll()};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAll()};
}

YAML::Node rulesOf(const QByteArray &profileYaml)
{
    const phc::GeneratedFiles files = bundleFor(profileYaml);
    const phc::GeneratedFile *f = findFile(files, QStringLiteral("k8s/prometheus-rules.yaml"));
    return f ? yamlOf(*f) : YAML::Node();
}

// The PrometheusRule's spec as the rules file promtool reads.
QString writeRulesFile(const YAML::Node &rule, const QString &path)
{
    YAML::Emitter out;
    out << rule["spec"];
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(out.c_str()) < 0)
        return QStringLiteral("cannot write ") + path;
    return QString();
}

QString str(const YAML::Node &n) { return QString::fromStdString(n.as<std::string>()); }

// Metric names in a PromQL expression: identifiers outside label matchers,
// strings, "by (...)" lists, durations and function calls.
QSet<QString> metricNames(QString expr)
{
    static const QRegularExpression strings(QStringLiteral("'[^']*'|\"[^\"]*\""));
    static const QRegularExpression braces(QStringLiteral("\\{[^}]*\\}"));
    static const QRegularExpression ranges(QStringLiteral("\\[[^\\]]*\\]"));
    static const QRegularExpression grouping(QStringLiteral("\\b(by|without|on|ignoring)\\s*\\([^)]*\\)"));
    static const QRegularExpression identifier(QStringLiteral("\\b([a-zA-Z_:][a-zA-Z0-9_:]*)\\b(\\s*\\()?"));
    static const QSet<QString> keywords {QStringLiteral("and"), QStringLiteral("or"), QStringLiteral("unless"),
                                         QStringLiteral("bool"), QStringLiteral("offset")};
    expr.remove(strings).remove(braces).remove(ranges).remove(grouping);
    QSet<QString> names;
    for (const auto &m : identifier.globalMatch(expr)) {
        if (m.hasCaptured(2) && !m.captured(2).isEmpty())
            continue; // a function
        if (!keywords.contains(m.captured(1)) && !m.captured(1).front().isDigit())
            names.insert(m.captured(1));
    }
    return names;
}

// The chart's objects with a pod template.
struct Workload
{
    QString kind;
    QString name;
    YAML::Node pod;
};

QList<Workload> workloads(const QByteArray &rendered)
{
    QList<Workload> out;
    for (const YAML::Node &doc : YAML::LoadAll(rendered.toStdString())) {
        if (!doc.IsMap() || !doc["kind"])
            continue;
        const QString kind = str(doc["kind"]);
        if (kind == u"Deployment" || kind == u"StatefulSet")
            out.append({kind, str(doc["metadata"]["name"]), doc["spec"]["template"]});
    }
    return out;
}

bool selects(const YAML::Node &matchLabels, const YAML::Node &pod)
{
    for (const auto &kv : matchLabels) {
        const YAML::Node v = pod["metadata"]["labels"][kv.first.as<std::string>()];
        if (!v || v.as<std::string>() != kv.second.as<std::string>())
            return false;
    }
    return true;
}

bool hasPort(const YAML::Node &pod, const YAML::Node &endpoint)
{
    for (const YAML::Node &c : pod["spec"]["containers"])
        for (const YAML::Node &port : c["ports"]) {
            if (endpoint["port"] && port["name"] && port["name"].as<std::string>() == endpoint["port"].as<std::string>())
                return true;
            if (endpoint["targetPort"] && port["containerPort"].as<int>() == endpoint["targetPort"].as<int>())
                return true;
        }
    return false;
}

} // namespace

class TestAlertRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void profiles_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        for (const auto &[name, yaml] : operatorProfiles())
            QTest::newRow(qPrintable(name)) << yaml;
    }

    void onlyWithThePrometheusOperator()
    {
        for (const auto &[name, yaml] : referenceProfiles()) {
            const bool expected = profileFrom(yaml).monitoring.prometheusOperator;
            QVERIFY2(bool(findFile(bundleFor(yaml), QStringLiteral("k8s/prometheus-rules.yaml"))) == expected, qPrintable(name));
        }
    }

    void labelledLikeThePodMonitors_data() { profiles_data(); }
    void labelledLikeThePodMonitors()
    {
        QFETCH(QByteArray, yaml);
        const phc::GeneratedFiles files = bundleFor(yaml);
        const YAML::Node rule = yamlOf(*findFile(files, QStringLiteral("k8s/prometheus-rules.yaml")));
        QCOMPARE(str(rule["kind"]), QStringLiteral("PrometheusRule"));
        const std::string labels = YAML::Dump(rule["metadata"]["labels"]);
        for (const YAML::Node &monitor : YAML::LoadAll(findFile(files, QStringLiteral("k8s/pod-monitor.yaml"))->content.toStdString()))
            QCOMPARE(YAML::Dump(monitor["metadata"]["labels"]), labels);
        QCOMPARE(str(rule["metadata"]["namespace"]), profileFrom(yaml).cluster.namespaceName);
    }

    // The dashboard's limits, from the same data, in the rules.
    void thresholdsFromThePresets()
    {
        const YAML::Node rule = rulesOf(guideExample());
        QStringList found;
        for (const YAML::Node &g : rule["spec"]["groups"])
            for (const YAML::Node &r : g["rules"])
                found << str(r["alert"]) + u'/' + str(r["labels"]["severity"]) + u' ' + str(r["expr"]);
        for (const phc::MetricThreshold &t : phc::MetricPresets::builtIn().thresholds()) {
            if (t.key == phc::KeyMetric::ClickhouseQueryP95Seconds)
                continue; // ClickHouse's endpoint is not scraped; the file says so
            QString name = phc::keyMetricName(t.key);
            name[0] = name[0].toUpper();
            for (const auto &[limit, severity] : {std::pair {t.warn, "warning"}, std::pair {t.critical, "critical"}}) {
                const QString prefix = QStringLiteral("PostHog%1/%2 ").arg(name, QLatin1StringView(severity));
                const QString suffix = QStringLiteral(") > %1").arg(*limit);
                QVERIFY2(std::any_of(found.cbegin(), found.cend(),
                                     [&](const QString &f) { return f.startsWith(prefix) && f.endsWith(suffix); }),
                         qPrintable(prefix + suffix + QStringLiteral(" not in\n") + found.join(u'\n')));
            }
        }
    }

    void promtoolChecksRules_data() { profiles_data(); }
    void promtoolChecksRules()
    {
        QFETCH(QByteArray, yaml);
        const QString promtool = tool(QStringLiteral("promtool"), QStringLiteral("prometheus"));
        if (promtool.isEmpty())
            QFAIL("promtool is missing: install prometheus (apt-get install prometheus)");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rules.yaml"));
        const QString error = writeRulesFile(rulesOf(yaml), path);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const Run r = run(promtool, {QStringLiteral("check"), QStringLiteral("rules"), path});
        QVERIFY2(r.code == 0, r.output.constData());
        QVERIFY2(r.output.contains("SUCCESS"), r.output.constData());
    }

    // tests/data/alert-rules/: for every alert, a series that crosses it
    // (the alert fires) and one that does not (it stays quiet).
    void promtoolUnitTests()
    {
        const QString promtool = tool(QStringLiteral("promtool"), QStringLiteral("prometheus"));
        if (promtool.isEmpty())
            QFAIL("promtool is missing: install prometheus (apt-get install prometheus)");
        const YAML::Node rule = rulesOf(guideExample());
        QTemporaryDir dir;
        const QString error = writeRulesFile(rule, dir.filePath(QStringLiteral("prometheus-rules.yaml")));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString testFile = testDataDir() + QStringLiteral("/alert-rules/prometheus-rules-test.yaml");
        QVERIFY(QFile::copy(testFile, dir.filePath(QStringLiteral("test.yaml"))));

        // Every alert of the file has a firing and a quiet case.
        QSet<QString> alerts;
        for (const YAML::Node &g : rule["spec"]["groups"])
            for (const YAML::Node &r : g["rules"])
                alerts.insert(str(r["alert"]));
        QSet<QString> fires, quiet;
        for (const YAML::Node &t : YAML::LoadFile(testFile.toStdString())["tests"])
            for (const YAML::Node &a : t["alert_rule_test"])
                (a["exp_alerts"] && a["exp_alerts"].size() > 0 ? fires : quiet).insert(str(a["alertname"]));
        for (const QString &a : alerts) {
            QVERIFY2(fires.contains(a), qPrintable(a + QStringLiteral(" has no case where it fires")));
            QVERIFY2(quiet.contains(a), qPrintable(a + QStringLiteral(" has no case where it stays quiet")));
        }

        const Run r = run(promtool, {QStringLiteral("test"), QStringLiteral("rules"), QStringLiteral("test.yaml")}, dir.path());
        QVERIFY2(r.code == 0, r.output.constData());
        QVERIFY2(r.output.contains("SUCCESS"), r.output.constData());
    }

    // Each metric a rule reads, from what the rendered chart runs with the
    // generated values, through a generated PodMonitor.
    void metricsComeFromWhatTheChartRuns_data() { profiles_data(); }
    void metricsComeFromWhatTheChartRuns()
    {
        QFETCH(QByteArray, yaml);
        const QString helm = tool(QStringLiteral("helm"), QStringLiteral("helm 3.17"));
        if (helm.isEmpty())
            QFAIL("helm is missing: run packaging/setup-debian.sh (installs helm 3.17)");
        const QString chart = sharedReferenceDir() + QStringLiteral("/posthog-chart/posthog-30.46.0.tgz");
        if (!QFile::exists(chart)) {
            if (qEnvironmentVariableIsSet("CI"))
                QFAIL(qPrintable(chart + QStringLiteral(" is missing")));
            QSKIP("the chart is not beside the checkout (../shared/reference/posthog-chart)");
        }
        const phc::DeploymentProfile profile = profileFrom(yaml);
        const phc::GeneratedFiles files = bundleFor(yaml);
        QTemporaryDir dir;
        const QString values = dir.filePath(QStringLiteral("values.yaml"));
        {
            QFile f(values);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(findFile(files, QStringLiteral("helm/values.yaml"))->content);
        }
        const Run rendered = run(helm, {QStringLiteral("template"), profile.cluster.releaseName, chart, QStringLiteral("--namespace"),
                                        profile.cluster.namespaceName, QStringLiteral("-f"), values});
        QVERIFY2(rendered.code == 0, rendered.output.constData());
        const QList<Workload> pods = workloads(rendered.output);

        QHash<QString, YAML::Node> monitors; // by name
        for (const YAML::Node &m : YAML::LoadAll(findFile(files, QStringLiteral("k8s/pod-monitor.yaml"))->content.toStdString()))
            monitors.insert(str(m["metadata"]["name"]), m);
        const QString full = profile.cluster.releaseName.contains(QStringLiteral("posthog"))
                                 ? profile.cluster.releaseName
                                 : profile.cluster.releaseName + QStringLiteral("-posthog");
        // Which PodMonitor scrapes a metric, by its exporter's prefix; the
        // cluster's own exporters are not the chart's.
        const QList<std::pair<QString, QString>> sources {
            {QStringLiteral("django_"), full + QStringLiteral("-web")},
            {QStringLiteral("kafka_"), full + QStringLiteral("-kafka-exporter")},
            {QStringLiteral("posthog_celery_"), full + QStringLiteral("-pushgateway")},
            {QStringLiteral("redis_"), full + QStringLiteral("-redis-exporter")},
            {QStringLiteral("kube_pod_"), QStringLiteral("cluster: kube-state-metrics")},
            {QStringLiteral("kubelet_volume_stats_"), QStringLiteral("cluster: kubelet")},
        };
        const YAML::Node rule = rulesOf(yaml);
        int checked = 0;
        for (const YAML::Node &g : rule["spec"]["groups"])
            for (const YAML::Node &r : g["rules"]) {
                const QString alert = str(r["alert"]);
                const QSet<QString> names = metricNames(str(r["expr"]));
                QVERIFY2(!names.isEmpty(), qPrintable(alert));
                for (const QString &metric : names) {
                    const auto source = std::find_if(sources.cbegin(), sources.cend(),
                                                     [&](const auto &s) { return metric.startsWith(s.first); });
                    QVERIFY2(source != sources.cend(), qPrintable(alert + QStringLiteral(": nothing exposes ") + metric));
                    if (source->second.startsWith(u"cluster: "))
                        continue;
                    QVERIFY2(monitors.contains(source->second),
                             qPrintable(alert + QStringLiteral(": no PodMonitor ") + source->second + QStringLiteral(" for ") + metric));
                    const YAML::Node m = monitors.value(source->second);
                    const YAML::Node endpoint = m["spec"]["podMetricsEndpoints"][0];
                    const bool found = std::any_of(pods.cbegin(), pods.cend(), [&](const Workload &w) {
                        return selects(m["spec"]["selector"]["matchLabels"], w.pod) && hasPort(w.pod, endpoint);
                    });
                    QVERIFY2(found, qPrintable(alert + QStringLiteral(": the chart runs no pod that PodMonitor ") + source->second
                                               + QStringLiteral(" selects, with its port, for ") + metric));
                    ++checked;
                }
            }
        QVERIFY(checked >= 5);
        // Celery pushes to the Pushgateway only when the workers know its address.
        static const QRegularExpression pushgateway(QStringLiteral("PROM_PUSHGATEWAY_ADDRESS\\s+value: \"([^\":]+):9091\""));
        const auto address = pushgateway.match(QString::fromUtf8(rendered.output));
        QVERIFY2(address.hasMatch(), "the workers are not given the Pushgateway's address");
        QVERIFY2(std::any_of(pods.cbegin(), pods.cend(), [&](const Workload &w) { return w.name == address.captured(1); }),
                 qPrintable(address.captured(1)));
        // The ClickHouse disk rule's claims: the chart's ClickHouseInstallation and its volume claim template.
        if (profile.databases.clickhouse.mode == phc::ServiceMode::Bundled) {
            QVERIFY(rendered.output.contains("kind: \"ClickHouseInstallation\"\nmetadata:\n  name: \"posthog\""));
            QVERIFY(rendered.output.contains("volumeClaimTemplates:\n      - name: data-volumeclaim-template"));
        }
    }

    void promqlMetricNames()
    {
        QCOMPARE(metricNames(QStringLiteral("sum(rate(a_total{status=~'5..'}[5m])) / sum by (le) (b{x=\"y\"}) > 0.05")),
                 (QSet<QString> {QStringLiteral("a_total"), QStringLiteral("b")}));
        QCOMPARE(metricNames(QStringLiteral("x / (y > 0) > 0.9 and predict_linear(z[6h], 4 * 24 * 3600) < 0")),
                 (QSet<QString> {QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z")}));
    }

private:
    static QByteArray guideExample() { return referenceProfiles().constFirst().second; }
};

QTEST_GUILESS_MAIN(TestAlertRules)
#include "tst_alertrules.moc"
