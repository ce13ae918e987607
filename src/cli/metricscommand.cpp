#include "metricscommand.h"

#include "cli.h"
#include "clisupport.h"

#include "metrics/keymetrics.h"
#include "metrics/metricpresets.h"
#include "metrics/metricssnapshot.h"
#include "monitor/httpfetcher.h"
#include "monitor/metricsscraper.h"
#include "core/jsonwriter.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

namespace phc::Cli {

namespace {

using namespace CliSupport;

QString limitText(qint64 limit)
{
    const qint64 mib = 1024 * 1024;
    return limit % mib == 0 ? tr("%1 MiB").arg(limit / mib) : tr("%1 bytes").arg(limit);
}

QString exitHelp()
{
    return tr("Exit codes:\n"
              "  0  the payload was read without malformed lines (and, in OpenMetrics form, breaks\n"
              "     none of the OpenMetrics 1.0 rules)\n"
              "  1  malformed lines were found, or a payload in OpenMetrics form breaks its rules\n"
              "     (each printed as FILE:LINE:COL: metric: message), or the --presets file has problems\n"
              "  2  wrong arguments\n"
              "  3  the payload could not be read or fetched, or is larger than --max-bytes (default %1);\n"
              "     or the --presets file could not be read\n")
        .arg(limitText(defaultMaxPayloadBytes));
}

// Reads a stream (standard input, a pipe) to its end or to `limit` + 1
// bytes, so that a larger input is recognised without reading it all.
std::optional<QByteArray> readLimited(QFile &f, qint64 limit, QString &error)
{
    QByteArray data;
    for (;;) {
        const QByteArray chunk = f.read(std::min<qint64>(limit + 1 - data.size(), 4 * 1024 * 1024));
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

struct ReadOptions
{
    qint64 maxBytes = defaultMaxPayloadBytes;
    int timeoutMs = 5000;
    QString caFile;
};

// `format`: OpenMetrics when the response's Content-Type names it, else Auto.
std::optional<QByteArray> fetchUrl(const QUrl &url, const ReadOptions &options, QString &error, ExpositionFormat &format)
{
    HttpFetcher fetcher;
    FetchOptions fo;
    fo.timeoutMs = options.timeoutMs;
    fo.maxBytes = options.maxBytes;
    fo.extraCaFile = options.caFile;
    error = fetcher.setOptions(fo);
    if (!error.isEmpty())
        return std::nullopt;
    FetchRequest request;
    request.url = url;
    request.headers = {{"Accept", MetricsScraper::acceptHeader()}};
    const FetchResult r = fetchAndWait(fetcher, request);
    if (r.error == FetchError::TooLarge) {
        error = tr("larger than the limit of %1").arg(limitText(options.maxBytes));
        return std::nullopt;
    }
    if (!r.ok()) {
        error = r.errorText;
        return std::nullopt;
    }
    // text/plain or nothing said: the payload's last line decides, as for a file.
    format = metricsFormatOf(r.header("Content-Type")) == MetricsFormat::OpenMetrics ? ExpositionFormat::OpenMetrics100
                                                                                      : ExpositionFormat::Auto;
    return r.body;
}

// Fetches or reads the payload and parses it. A regular file is parsed as
// it is read, in chunks, so that memory is the snapshot's and not the file's.
std::optional<MetricsSnapshot> readSnapshot(const QString &source, const ReadOptions &options, QString &error)
{
    const QString tooLarge = tr("larger than the limit of %1").arg(limitText(options.maxBytes));
    std::optional<QByteArray> data;
    ExpositionFormat format = ExpositionFormat::Auto;
    const QUrl url(source);
    if (url.scheme() == u"http" || url.scheme() == u"https") {
        data = fetchUrl(url, options, error, format);
    } else {
        QFile f;
        const bool opened = source == u"-" ? f.open(stdin, QIODevice::ReadOnly)
                                           : (f.setFileName(source), f.open(QIODevice::ReadOnly));
        if (!opened) {
            error = f.errorString();
            return std::nullopt;
        }
        if (!f.isSequential()) {
            f.close();
            SnapshotRead parsed = MetricsSnapshot::parseFile(source, options.maxBytes);
            if (parsed.read.status == PromDeviceRead::Status::TooLarge)
                error = tooLarge;
            else if (parsed.read.status == PromDeviceRead::Status::ReadError)
                error = parsed.read.error;
            return std::move(parsed.snapshot);
        }
        data = readLimited(f, options.maxBytes, error);
        if (data && data->size() > options.maxBytes) {
            error = tooLarge;
            return std::nullopt;
        }
    }
    if (!data)
        return std::nullopt;
    return MetricsSnapshot::parse(*data, {}, format);
}

QString formatName(ExpositionFormat f)
{
    return f == ExpositionFormat::OpenMetrics100 ? QStringLiteral("openmetrics-1.0.0") : QStringLiteral("prometheus-0.0.4");
}

// The answer as JSON, written as it goes (a payload may have a thousand
// issues): keys in the order a QJsonObject would print them.
QByteArray toJson(const QString &source, const MetricsSnapshot &snap, const MetricPreset *preset, bool chosen,
                  const KeyMetrics &km)
{
    const PromParseStats &st = snap.stats();
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
    QByteArray out;
    out.reserve(256 * (st.issues.size() + 16));
    JsonWriter w(out);
    w.beginObject();
    w.key(QLatin1StringView("bytes"));
    w.value(double(st.bytes));
    w.key(QLatin1StringView("families"));
    w.value(qint64(snap.families().size()));
    w.key(QLatin1StringView("familiesByType"));
    {
        // Sorted by name, as an object's keys are.
        QList<std::pair<QLatin1StringView, int>> byType;
        const auto counts = snap.familiesByType();
        for (int t = 0; t < metricTypeCount; ++t)
            byType.append({metricTypeName(MetricType(t)), counts[size_t(t)]});
        std::sort(byType.begin(), byType.end());
        w.beginObject();
        for (const auto &[type, count] : byType) {
            w.key(type);
            w.value(count);
        }
        w.endObject();
    }
    w.key(QLatin1StringView("format"));
    w.value(formatName(st.format));
    w.key(QLatin1StringView("issues"));
    w.beginArray();
    for (const Issue &i : st.issues) {
        w.beginObject();
        w.key(QLatin1StringView("column"));
        w.value(i.column);
        w.key(QLatin1StringView("line"));
        w.value(i.line);
        w.key(QLatin1StringView("message"));
        w.value(i.message);
        w.key(QLatin1StringView("metric"));
        w.value(i.path);
        w.key(QLatin1StringView("severity"));
        w.value(i.severity == Severity::Error ? QLatin1StringView("error") : QLatin1StringView("warning"));
        w.endObject();
    }
    w.endArray();
    w.key(QLatin1StringView("issuesOmitted"));
    w.value(st.droppedIssues);
    w.key(QLatin1StringView("keyMetrics"));
    w.value(QJsonValue(readings));
    w.key(QLatin1StringView("lines"));
    w.value(st.lines);
    w.key(QLatin1StringView("malformedLines"));
    w.value(st.malformedLines);
    w.key(QLatin1StringView("metrics"));
    w.value(QJsonValue(preset ? km.toJson() : KeyMetrics().toJson()));
    w.key(QLatin1StringView("preset"));
    if (preset)
        w.value(preset->name);
    else
        w.null();
    w.key(QLatin1StringView("presetSelection"));
    w.value(chosen ? QLatin1StringView("chosen") : QLatin1StringView("auto"));
    w.key(QLatin1StringView("samples"));
    w.value(double(st.samples));
    w.key(QLatin1StringView("series"));
    w.value(double(snap.seriesCount()));
    w.key(QLatin1StringView("source"));
    w.value(source);
    w.key(QLatin1StringView("violations"));
    w.value(st.violations);
    w.key(QLatin1StringView("warnings"));
    w.value(st.warnings);
    w.endObject();
    w.finish();
    return out;
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
        for (const KeyMetricReading &r : km.readings)
            out += keyMetricLine(r) + u'\n';
    }
    out += tr("Malformed lines: %1\n").arg(st.malformedLines);
    if (st.violations > 0)
        out += tr("OpenMetrics rules broken: %1 (the values were read all the same)\n").arg(st.violations);
    if (st.warnings > 0)
        out += tr("Warnings:    %1\n").arg(st.warnings);
    return out;
}

} // namespace

int runMetrics(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption presetOpt = presetOption();
    const QCommandLineOption presetsOpt = presetsOption();
    const QCommandLineOption timeoutOpt = timeoutOption();
    const QCommandLineOption caFileOpt = caFileOption();
    const QCommandLineOption maxBytesOpt(QStringLiteral("max-bytes"),
                                         tr("Largest payload accepted, in bytes (default %1).")
                                             .arg(limitText(defaultMaxPayloadBytes)),
                                         QStringLiteral("N"));
    parser.addOptions({json, presetOpt, presetsOpt, timeoutOpt, caFileOpt, maxBytesOpt});
    parser.addPositionalArgument(QStringLiteral("source"),
                                 tr("A Prometheus or OpenMetrics text payload: a file, - for standard input, or an "
                                    "http(s) URL, fetched with the Accept header Prometheus sends."),
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
    ReadOptions readOptions;
    readOptions.caFile = parser.value(caFileOpt);
    const auto timeoutMs = millisecondsOption(parser, timeoutOpt, readOptions.timeoutMs, err);
    if (!timeoutMs)
        return Cli::Usage;
    if (*timeoutMs <= 0 || *timeoutMs > 3600 * 1000) {
        err << tr("--timeout %1: must be more than 0 and at most 3600 seconds").arg(parser.value(timeoutOpt)) << u'\n';
        return Cli::Usage;
    }
    readOptions.timeoutMs = int(*timeoutMs);
    if (parser.isSet(maxBytesOpt)) {
        bool ok = false;
        readOptions.maxBytes = parser.value(maxBytesOpt).toLongLong(&ok);
        if (!ok || readOptions.maxBytes < 1) {
            err << tr("--max-bytes: '%1' is not a whole number >= 1").arg(parser.value(maxBytesOpt)) << u'\n';
            return Cli::Usage;
        }
    }

    const std::optional<MetricPresets> presets = loadPresets(parser, err, &code);
    if (!presets)
        return code;
    if (!checkPresetChoice(parser, *presets, err))
        return Cli::Usage;
    const MetricPreset *chosen = parser.isSet(presetOpt) ? presets->find(parser.value(presetOpt)) : nullptr;

    QString error;
    const std::optional<MetricsSnapshot> parsed = readSnapshot(source, readOptions, error);
    if (!parsed) {
        err << source << QStringLiteral(": ") << error << u'\n';
        return Cli::IoError;
    }
    const MetricsSnapshot &snap = *parsed;
    const MetricPreset *preset = chosen ? chosen : presets->pick(snap);
    const KeyMetrics km = preset ? KeyMetrics::compute(*preset, snap) : KeyMetrics();
    const QString name = source == u"-" ? QStringLiteral("stdin") : source;

    if (parser.isSet(json)) {
        out << toJson(name, snap, preset, chosen, km);
    } else {
        out << toText(name, snap, preset, chosen, km);
        err << formatIssues(snap.issues(), name);
        if (snap.stats().droppedIssues > 0)
            err << tr("%1: %2 more problems not listed").arg(name).arg(snap.stats().droppedIssues) << u'\n';
    }
    const PromParseStats &st = snap.stats();
    return st.malformedLines > 0 || st.violations > 0 || hasErrors(snap.issues()) ? Cli::Invalid : Cli::Ok;
}

} // namespace phc::Cli
