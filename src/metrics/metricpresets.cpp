#include "metricpresets.h"

#include "core/atomicwriter.h"
#include "core/datafile.h"
#include "core/yamlreader.h"
#include "core/yamlwriter.h"
#include "metricssnapshot.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace phc {

namespace {

// This file's messages, in one translation context: lupdate files Text::tr()
// calls under it from any function, tr() calls from the class it is named after.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(phc::MetricPresets)
};

QString tr(const char *text) { return Text::tr(text); }

const QStringList kindNames {QStringLiteral("rate"), QStringLiteral("gauge"), QStringLiteral("quantile"),
                             QStringLiteral("mean")};

bool isMetricName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[a-zA-Z_:][a-zA-Z0-9_:]*$"));
    return re.match(name).hasMatch();
}

bool isLabelName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[a-zA-Z_][a-zA-Z0-9_]*$"));
    return re.match(name).hasMatch();
}

// Shortest text that reads back as the same double.
QString number(double v)
{
    for (int precision = 1; precision < 17; ++precision) {
        const QString text = QString::number(v, 'g', precision);
        if (text.toDouble() == v)
            return text;
    }
    return QString::number(v, 'g', 17);
}

QString selector(const QString &metric, const QList<LabelMatcher> &labels)
{
    if (labels.isEmpty())
        return metric;
    QStringList parts;
    for (const LabelMatcher &m : labels) {
        QString value = QString::fromUtf8(m.value);
        value.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
        parts << QString::fromUtf8(m.name) + QStringLiteral("=\"") + value + u'"';
    }
    return metric + u'{' + parts.join(u',') + u'}';
}

QList<LabelMatcher> readLabels(MapReader &r)
{
    QList<LabelMatcher> out;
    const YAML::Node node = r.node("labels");
    if (!node.IsDefined() || node.IsNull())
        return out;
    const QString path = r.pathOf("labels");
    if (!node.IsMap()) {
        r.errorAtNode(node, path, Text::tr("expected a mapping of label names to values"));
        return out;
    }
    for (const auto &entry : node) {
        const QString name = entry.first.IsScalar() ? QString::fromStdString(entry.first.Scalar()) : QString();
        if (!isLabelName(name)) {
            r.errorAtNode(entry.first, path, Text::tr("'%1' is not a label name").arg(name));
            continue;
        }
        if (!entry.second.IsScalar()) {
            r.errorAtNode(entry.second, path + u'.' + name, Text::tr("expected a label value"));
            continue;
        }
        out.append({name.toUtf8(), QByteArray::fromStdString(entry.second.Scalar())});
    }
    return out;
}

MetricSource readSource(MapReader &r)
{
    MetricSource s;
    QString kind;
    if (r.choice("kind", kindNames, kind, true))
        s.kind = MetricSource::Kind(kindNames.indexOf(kind));
    if (r.string("metric", s.metric, true) && !isMetricName(s.metric))
        r.error("metric", Text::tr("'%1' is not a Prometheus metric name").arg(s.metric));
    const bool mean = s.kind == MetricSource::Kind::Mean;
    if (r.string("countMetric", s.countMetric, mean) && !isMetricName(s.countMetric))
        r.error("countMetric", Text::tr("'%1' is not a Prometheus metric name").arg(s.countMetric));
    if (!mean && r.has("countMetric"))
        r.error("countMetric", Text::tr("only a 'mean' source has a countMetric"));
    if (r.real("quantile", s.quantile) && !(s.quantile > 0 && s.quantile < 1))
        r.error("quantile", Text::tr("a quantile lies between 0 and 1, exclusive"));
    if (s.kind != MetricSource::Kind::Quantile && r.has("quantile"))
        r.error("quantile", Text::tr("only a 'quantile' source has a quantile"));
    if (r.real("scale", s.scale) && !(s.scale > 0))
        r.error("scale", Text::tr("scale must be greater than 0"));
    s.labels = readLabels(r);
    r.string("promql", s.promql);
    r.string("note", s.note);
    r.finish();
    return s;
}

MetricThreshold readThreshold(MapReader &r, KeyMetric key)
{
    MetricThreshold t;
    t.key = key;
    double v = 0;
    if (r.real("warn", v))
        t.warn = v;
    if (r.real("critical", v))
        t.critical = v;
    r.boolean("below", t.below);
    if (!t.warn && !t.critical)
        r.error("warn", Text::tr("a threshold needs warn, critical or both"));
    else if (t.warn && t.critical && (t.below ? *t.critical > *t.warn : *t.critical < *t.warn))
        r.error("critical", t.below ? Text::tr("with below: true, critical must not be above warn")
                                    : Text::tr("critical must not be below warn"));
    r.finish();
    return t;
}

} // namespace

MetricThreshold::Level MetricThreshold::levelOf(std::optional<double> value) const
{
    if (!value || std::isnan(*value))
        return Level::Ok;
    const auto crossed = [this, &value](std::optional<double> limit) {
        return limit && (below ? *value < *limit : *value > *limit);
    };
    if (crossed(critical))
        return Level::Critical;
    if (crossed(warn))
        return Level::Warn;
    return Level::Ok;
}

QString thresholdLevelName(MetricThreshold::Level level)
{
    switch (level) {
    case MetricThreshold::Level::Ok: return QStringLiteral("ok");
    case MetricThreshold::Level::Warn: return QStringLiteral("warn");
    case MetricThreshold::Level::Critical: return QStringLiteral("critical");
    }
    return QString();
}

QString keyMetricName(KeyMetric key)
{
    switch (key) {
    case KeyMetric::EventsIngestedPerSecond: return QStringLiteral("eventsIngestedPerSecond");
    case KeyMetric::QueueSize: return QStringLiteral("queueSize");
    case KeyMetric::ClickhouseQueryP95Seconds: return QStringLiteral("clickhouseQueryP95Seconds");
    case KeyMetric::ApiResponseP95Seconds: return QStringLiteral("apiResponseP95Seconds");
    }
    return QString();
}

QString MetricSource::kindName(Kind kind) { return kindNames.value(int(kind)); }

QString MetricSource::defaultPromQL() const
{
    const QString sel = selector(metric, labels);
    QString expr;
    switch (kind) {
    case Kind::Rate: expr = QStringLiteral("sum(rate(%1[{window}]))").arg(sel); break;
    case Kind::Gauge: expr = QStringLiteral("sum(%1)").arg(sel); break;
    case Kind::Quantile:
        expr = QStringLiteral("histogram_quantile(%1, sum by (le) (rate(%2[{window}])))")
                   .arg(number(quantile), selector(metric + QStringLiteral("_bucket"), labels));
        break;
    case Kind::Mean:
        expr = QStringLiteral("sum(rate(%1[{window}])) / sum(rate(%2[{window}]))")
                   .arg(sel, selector(countMetric, labels));
        break;
    }
    if (scale != 1)
        expr = u'(' + expr + QStringLiteral(") * ") + number(scale);
    return expr;
}

QString MetricSource::promQL(const QString &window) const
{
    QString text = promql.isEmpty() ? defaultPromQL() : promql;
    return text.replace(QStringLiteral("{window}"), window);
}

bool MetricSource::presentIn(const std::function<bool(const QString &)> &exists) const
{
    const auto counterPresent = [&exists](const QString &name) {
        const QString total = QStringLiteral("_total");
        return exists(name) || (name.endsWith(total) ? exists(name.chopped(total.size())) : exists(name + total));
    };
    switch (kind) {
    case Kind::Rate: return counterPresent(metric);
    case Kind::Gauge: return exists(metric);
    case Kind::Quantile: return exists(metric) || exists(metric + QStringLiteral("_bucket"));
    case Kind::Mean: return counterPresent(metric) && counterPresent(countMetric);
    }
    return false;
}

const KeyMetricMapping *MetricPreset::mapping(KeyMetric key) const
{
    for (const KeyMetricMapping &m : metrics)
        if (m.key == key)
            return &m;
    return nullptr;
}

int MetricPreset::coverage(const std::function<bool(const QString &)> &exists) const
{
    return int(std::count_if(metrics.cbegin(), metrics.cend(),
                             [&exists](const KeyMetricMapping &m) { return m.sourceIn(exists) != nullptr; }));
}

const MetricSource *KeyMetricMapping::sourceIn(const std::function<bool(const QString &)> &exists) const
{
    for (const MetricSource &s : sources)
        if (s.presentIn(exists))
            return &s;
    return nullptr;
}

QStringList MetricPresets::candidateNames() const
{
    QStringList names;
    const auto add = [&names](const QString &name) {
        if (name.isEmpty())
            return;
        const QString total = QStringLiteral("_total");
        names << name << (name.endsWith(total) ? name.chopped(total.size()) : name + total)
              << name + QStringLiteral("_bucket");
    };
    for (const MetricPreset &p : m_presets)
        for (const KeyMetricMapping &m : p.metrics)
            for (const MetricSource &s : m.sources) {
                add(s.metric);
                add(s.countMetric);
            }
    names.removeDuplicates();
    return names;
}

bool MetricPresets::isValidWindow(const QString &window)
{
    static const QRegularExpression re(QStringLiteral("^([0-9]+(ms|s|m|h|d|w|y))+$"));
    return re.match(window).hasMatch();
}

Result<MetricPresets> MetricPresets::parse(const QByteArray &yaml)
{
    return DataFile::parse<MetricPresets>(yaml, [](MapReader &top, MetricPresets &out, Issues &issues) {
        if (top.string("rateWindow", out.m_rateWindow) && !isValidWindow(out.m_rateWindow))
            top.error("rateWindow", tr("'%1' is not a Prometheus duration such as 30s, 1m or 5m").arg(out.m_rateWindow));
        QSet<QString> names;
        for (MapReader p : top.mapList("presets", true)) {
            MetricPreset preset;
            static const QRegularExpression nameRe(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
            if (p.string("name", preset.name, true)) {
                if (!nameRe.match(preset.name).hasMatch())
                    p.error("name", tr("a preset name is lower-case letters, digits and '-'"));
                else if (names.contains(preset.name))
                    p.error("name", tr("another preset is already named '%1'").arg(preset.name));
                names.insert(preset.name);
            }
            p.string("title", preset.title);
            MapReader metrics = p.map("metrics", true);
            for (const KeyMetric key : allKeyMetrics) {
                const QByteArray keyName = keyMetricName(key).toUtf8();
                if (!metrics.has(keyName.constData())) {
                    metrics.node(keyName.constData()); // known, merely absent
                    continue;
                }
                KeyMetricMapping mapping;
                mapping.key = key;
                for (MapReader s : metrics.mapList(keyName.constData()))
                    mapping.sources.append(readSource(s));
                if (mapping.sources.isEmpty() && metrics.node(keyName.constData()).IsSequence())
                    metrics.error(keyName.constData(), tr("needs at least one source"));
                preset.metrics.append(mapping);
            }
            metrics.finish();
            p.finish();
            out.m_presets.append(preset);
        }
        if (top.has("presets") && out.m_presets.isEmpty() && !hasErrors(issues))
            top.error("presets", tr("needs at least one preset"));
        MapReader thresholds = top.map("thresholds");
        for (const KeyMetric key : allKeyMetrics) {
            const QByteArray keyName = keyMetricName(key).toUtf8();
            if (!thresholds.has(keyName.constData())) {
                thresholds.node(keyName.constData());
                continue;
            }
            MapReader t = thresholds.map(keyName.constData());
            out.m_thresholds.append(readThreshold(t, key));
        }
        thresholds.finish();
    });
}

Result<MetricPresets> MetricPresets::loadFile(const QString &path) { return DataFile::load<MetricPresets>(path, parse); }

const MetricPresets &MetricPresets::builtIn()
{
    static const MetricPresets presets =
        DataFile::builtIn<MetricPresets>(QStringLiteral(":/posthog-console/data/metric-presets.yaml"), parse);
    return presets;
}

QByteArray MetricPresets::toYaml() const
{
    YamlWriter w;
    w.comment(QStringLiteral("Key metrics of the PostHog Admin Console dashboard: where each comes from.\n"
                             "Sources of a key metric are tried in order; the first whose metric exists is used.\n"
                             "kind: rate (counter per second), gauge (summed), quantile (histogram_quantile),\n"
                             "mean (rate(metric) / rate(countMetric)). {window} in promql is the rate window."));
    w.string(QStringLiteral("rateWindow"), m_rateWindow);
    w.beginList(QStringLiteral("presets"));
    for (const MetricPreset &p : m_presets) {
        w.beginItem();
        w.string(QStringLiteral("name"), p.name);
        if (!p.title.isEmpty())
            w.quotedString(QStringLiteral("title"), p.title);
        w.beginMap(QStringLiteral("metrics"));
        for (const KeyMetricMapping &m : p.metrics) {
            w.beginList(keyMetricName(m.key));
            for (const MetricSource &s : m.sources) {
                w.beginItem();
                w.string(QStringLiteral("kind"), MetricSource::kindName(s.kind));
                w.string(QStringLiteral("metric"), s.metric);
                if (s.kind == MetricSource::Kind::Mean)
                    w.string(QStringLiteral("countMetric"), s.countMetric);
                if (s.kind == MetricSource::Kind::Quantile)
                    w.raw(QStringLiteral("quantile"), number(s.quantile));
                if (s.scale != 1)
                    w.raw(QStringLiteral("scale"), number(s.scale));
                if (!s.labels.isEmpty()) {
                    w.beginMap(QStringLiteral("labels"));
                    for (const LabelMatcher &l : s.labels)
                        w.quotedString(QString::fromUtf8(l.name), QString::fromUtf8(l.value));
                    w.endMap();
                }
                if (!s.promql.isEmpty())
                    w.quotedString(QStringLiteral("promql"), s.promql);
                if (!s.note.isEmpty())
                    w.quotedString(QStringLiteral("note"), s.note);
                w.endItem();
            }
            w.endList();
        }
        w.endMap();
        w.endItem();
    }
    w.endList();
    if (!m_thresholds.isEmpty()) {
        w.beginMap(QStringLiteral("thresholds"));
        for (const MetricThreshold &t : m_thresholds) {
            w.beginMap(keyMetricName(t.key));
            if (t.warn)
                w.raw(QStringLiteral("warn"), number(*t.warn));
            if (t.critical)
                w.raw(QStringLiteral("critical"), number(*t.critical));
            if (t.below)
                w.boolean(QStringLiteral("below"), true);
            w.endMap();
        }
        w.endMap();
    }
    return w.text().toUtf8();
}

const MetricThreshold *MetricPresets::threshold(KeyMetric key) const
{
    for (const MetricThreshold &t : m_thresholds)
        if (t.key == key)
            return &t;
    return nullptr;
}

void MetricPresets::setThreshold(const MetricThreshold &threshold)
{
    m_thresholds.removeIf([&threshold](const MetricThreshold &t) { return t.key == threshold.key; });
    if (!threshold.warn && !threshold.critical)
        return;
    const auto at = std::find_if(m_thresholds.begin(), m_thresholds.end(),
                                 [&threshold](const MetricThreshold &t) { return int(t.key) > int(threshold.key); });
    m_thresholds.insert(at, threshold);
}

QString MetricPresets::saveFile(const QString &path) const { return AtomicWriter::writeFile(path, toYaml(), 0644); }

const MetricPreset *MetricPresets::find(const QString &name) const
{
    for (const MetricPreset &p : m_presets)
        if (p.name == name)
            return &p;
    return nullptr;
}

const MetricPreset *MetricPresets::pick(const std::function<bool(const QString &)> &exists) const
{
    const MetricPreset *best = nullptr;
    int bestCoverage = 0;
    for (const MetricPreset &p : m_presets) {
        const int c = p.coverage(exists);
        if (c > bestCoverage) {
            best = &p;
            bestCoverage = c;
        }
    }
    return best;
}

const MetricPreset *MetricPresets::pick(const MetricsSnapshot &snapshot) const
{
    return pick([&snapshot](const QString &name) { return snapshot.family(name.toUtf8()) != nullptr; });
}

} // namespace phc
