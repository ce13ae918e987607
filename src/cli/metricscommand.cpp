#include "metricscommand.h"

#include "cli.h"
#include "clisupport.h"

#include "metrics/keymetrics.h"
#include "metrics/metricpresets.h"
#include "metrics/metricssnapshot.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

#include <cstdio>

namespace phc::Cli {

namespace {

using namespace CliSupport;

MetricsFetcher &fetcher()
{
    static MetricsFetcher installed;
    return installed;
}

QString exitHelp()
{
    return tr("Exit codes:\n"
              "  0  the payload was read without malformed lines\n"
              "  1  malformed lines were found (each printed as FILE:LINE:COL: metric: message),\n"
              "     or the --presets file has problems\n"
              "  2  wrong arguments, or a URL where live fetching is not available\n"
              "  3  the payload could not be read or is larger than %1 MiB\n")
        .arg(defaultMaxPayloadBytes / (1024 * 1024));
}

// Reads at most `limit` + 1 bytes, so that a larger input is recognised without reading it all.
std::optional<QByteArray> readLimited(QFile &f, qsizetype limit, QString &error)
{
    QByteArray data;
    for (;;) {
        const QByteArray chunk = f.read(std::min<qsizetype>(limit + 1 - data.size(), 4 * 1024 * 1024));
        if (chunk.isEmpty()) {
            if (f.error() != QFileDevice::NoError) {
                error = f.errorString();
                return std::nullopt;
            }
            return data;
        }
        data += chunk;
        if (data.size() > limit)
            return data;
    }
}

std::optional<QByteArray> readSource(const QString &source, QString &error, int &code)
{
    code = Cli::IoError;
    const QUrl url(source);
    const bool isUrl = url.scheme() == u"http" || url.scheme() == u"https";
    std::optional<QByteArray> data;
    if (isUrl) {
        if (!fetcher()) {
            code = Cli::Usage;
            error = tr("reading a URL needs live fetching, which this build does not have; save the payload "
                       "first (curl -s URL > metrics.txt) and pass the file");
            return std::nullopt;
        }
        data = fetcher()(url, defaultMaxPayloadBytes, error);
    } else {
        QFile f;
        if (source == u"-") {
            if (!f.open(stdin, QIODevice::ReadOnly)) {
                error = f.errorString();
                return std::nullopt;
            }
        } else {
            f.setFileName(source);
            if (!f.open(QIODevice::ReadOnly)) {
                error = f.errorString();
                return std::nullopt;
            }
        }
        data = readLimited(f, defaultMaxPayloadBytes, error);
    }
    if (data && data->size() > defaultMaxPayloadBytes) {
        error = tr("larger than the limit of %1 MiB").arg(defaultMaxPayloadBytes / (1024 * 1024));
        return std::nullopt;
    }
    return data;
}

QString formatName(ExpositionFormat f)
{
    return f == ExpositionFormat::OpenMetrics100 ? QStringLiteral("openmetrics-1.0.0") : QStringLiteral("prometheus-0.0.4");
}

QString valueText(const KeyMetricReading &r)
{
    return r.value ? QString::number(*r.value, 'g', 6) : QStringLiteral("-");
}

QJsonObject toJson(const QString &source, const MetricsSnapshot &snap, const MetricPreset *preset, bool chosen,
                   const KeyMetrics &km)
{
    const PromParseStats &st = snap.stats();
    QJsonObject byType;
    const auto counts = snap.familiesByType();
    for (int t = 0; t < metricTypeCount; ++t)
        byType.insert(metricTypeName(MetricType(t)), counts[size_t(t)]);
    QJsonArray readings;
    for (const KeyMetricReading &r : km.readings)
        readings.append(QJsonObject {
            {QStringLiteral("key"), keyMetricName(r.key)},
            {QStringLiteral("metric"), r.metric.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.metric)},
            {QStringLiteral("kind"), r.metric.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                        : QJsonValue(MetricSource::kindName(r.kind))},
            {QStringLiteral("value"), r.value ? QJsonValue(*r.value) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("cumulative"), r.cumulative},
            {QStringLiteral("note"), r.note},
        });
    QJsonArray issues;
    for (const Issue &i : st.issues)
        issues.append(QJsonObject {
            {QStringLiteral("line"), i.line},
            {QStringLiteral("column"), i.column},
            {QStringLiteral("severity"), i.severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning")},
            {QStringLiteral("metric"), i.path},
            {QStringLiteral("message"), i.message},
        });
    return QJsonObject {
        {QStringLiteral("source"), source},
        {QStringLiteral("bytes"), double(st.bytes)},
        {QStringLiteral("format"), formatName(st.format)},
        {QStringLiteral("lines"), st.lines},
        {QStringLiteral("families"), snap.families().size()},
        {QStringLiteral("familiesByType"), byType},
        {QStringLiteral("series"), double(snap.seriesCount())},
        {QStringLiteral("samples"), double(st.samples)},
        {QStringLiteral("preset"), preset ? QJsonValue(preset->name) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("presetSelection"), chosen ? QStringLiteral("chosen") : QStringLiteral("auto")},
        {QStringLiteral("metrics"), preset ? km.toJson() : KeyMetrics().toJson()},
        {QStringLiteral("keyMetrics"), readings},
        {QStringLiteral("malformedLines"), st.malformedLines},
        {QStringLiteral("warnings"), st.warnings},
        {QStringLiteral("issues"), issues},
        {QStringLiteral("issuesOmitted"), st.droppedIssues},
    };
}

QString toText(const QString &source, const MetricsSnapshot &snap, const MetricPreset *preset, bool chosen,
               const KeyMetrics &km)
{
    const PromParseStats &st = snap.stats();
    const QLocale c = QLocale::c();
    QString out;
    out += tr("%1: %2 bytes, %3 lines, %4\n")
               .arg(source, c.toString(st.bytes), c.toString(st.lines),
                    st.format == ExpositionFormat::OpenMetrics100 ? QStringLiteral("OpenMetrics 1.0.0")
                                                                  : QStringLiteral("Prometheus text 0.0.4"));
    QStringList types;
    const auto counts = snap.familiesByType();
    for (int t = 0; t < metricTypeCount; ++t)
        if (counts[size_t(t)] > 0)
            types << QStringLiteral("%1 %2").arg(metricTypeName(MetricType(t))).arg(counts[size_t(t)]);
    out += tr("Families:    %1%2\n")
               .arg(snap.families().size())
               .arg(types.isEmpty() ? QString() : QStringLiteral(" (") + types.join(QStringLiteral(", ")) + u')');
    out += tr("Series:      %1 (%2 samples)\n").arg(c.toString(snap.seriesCount()), c.toString(st.samples));
    if (!preset) {
        out += tr("Key metrics: none of the presets' metrics are present\n");
    } else {
        out += (chosen ? tr("Key metrics (preset %1):\n") : tr("Key metrics (preset %1, picked by the names present):\n"))
                   .arg(preset->name);
        for (const KeyMetricReading &r : km.readings) {
            QString detail = r.metric.isEmpty() ? r.note : r.metric;
            if (!r.metric.isEmpty() && !r.note.isEmpty())
                detail += QStringLiteral(": ") + r.note;
            if (r.value && r.cumulative)
                detail += tr(" (since the process started)");
            out += QStringLiteral("  %1 %2 %3\n").arg(keyMetricName(r.key), -26).arg(valueText(r), -10).arg(detail);
        }
    }
    out += tr("Malformed lines: %1\n").arg(st.malformedLines);
    if (st.warnings > 0)
        out += tr("Warnings:    %1\n").arg(st.warnings);
    return out;
}

} // namespace

void setMetricsFetcher(MetricsFetcher f) { fetcher() = std::move(f); }

int runMetrics(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption presetOpt(QStringLiteral("preset"),
                                       tr("Key-metric preset to use instead of picking one by the names present."),
                                       QStringLiteral("NAME"));
    const QCommandLineOption presetsOpt(QStringLiteral("presets"),
                                        tr("Key-metric presets file to use instead of the built-in one."),
                                        QStringLiteral("FILE"));
    parser.addOptions({json, presetOpt, presetsOpt});
    parser.addPositionalArgument(QStringLiteral("source"),
                                 tr("A Prometheus or OpenMetrics text payload: a file, - for standard input, or a URL."),
                                 QStringLiteral("FILE|URL|-"));
    int code = 0;
    if (!parseVerb(parser, args, QStringLiteral("metrics"),
                   tr("Parse a metrics payload; summarise its families, series, key metrics and malformed lines."),
                   out, err, code, 1, exitHelp()))
        return code;
    if (parser.positionalArguments().isEmpty()) {
        err << tr("missing the payload: a FILE, a URL or - for standard input") << u'\n';
        return Cli::Usage;
    }
    const QString source = parser.positionalArguments().constFirst();

    std::optional<MetricPresets> loaded;
    if (parser.isSet(presetsOpt)) {
        auto result = MetricPresets::loadFile(parser.value(presetsOpt));
        err << formatIssues(result.issues(), parser.value(presetsOpt));
        if (!result.ok())
            return Cli::Invalid;
        loaded = result.take();
    }
    const MetricPresets &presets = loaded ? *loaded : MetricPresets::builtIn();
    const MetricPreset *chosen = nullptr;
    if (parser.isSet(presetOpt)) {
        chosen = presets.find(parser.value(presetOpt));
        if (!chosen) {
            QStringList names;
            for (const MetricPreset &p : presets.presets())
                names << p.name;
            err << tr("unknown preset '%1'; one of: %2").arg(parser.value(presetOpt), names.join(QStringLiteral(", ")))
                << u'\n';
            return Cli::Usage;
        }
    }

    QString error;
    const auto payload = readSource(source, error, code);
    if (!payload) {
        err << source << QStringLiteral(": ") << error << u'\n';
        return code;
    }
    const MetricsSnapshot snap = MetricsSnapshot::parse(*payload);
    const MetricPreset *preset = chosen ? chosen : presets.pick(snap);
    const KeyMetrics km = preset ? KeyMetrics::compute(*preset, snap) : KeyMetrics();
    const QString name = source == u"-" ? QStringLiteral("stdin") : source;

    if (parser.isSet(json)) {
        out << QJsonDocument(toJson(name, snap, preset, chosen, km)).toJson(QJsonDocument::Indented);
    } else {
        out << toText(name, snap, preset, chosen, km);
        err << formatIssues(snap.issues(), name);
        if (snap.stats().droppedIssues > 0)
            err << tr("%1: %2 more problems not listed").arg(name).arg(snap.stats().droppedIssues) << u'\n';
    }
    return snap.stats().malformedLines > 0 || hasErrors(snap.issues()) ? Cli::Invalid : Cli::Ok;
}

} // namespace phc::Cli
