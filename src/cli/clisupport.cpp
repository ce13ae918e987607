#include "clisupport.h"
#include "cli.h"

#include "profile/profileio.h"
#include "profile/profilevalidator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <algorithm>
#include <cmath>

namespace phc::CliSupport {

QString tr(const char *text, int n) { return Text::tr(text, nullptr, n); }

QString exitCodeHelp()
{
    return Text::tr("Exit codes:\n"
              "  0  success\n"
              "  1  the profile or input has problems (each printed as FILE:LINE:COL: key.path: message)\n"
              "  2  wrong arguments\n"
              "  3  a file could not be read or written, or exists and --force was not given\n");
}

bool parseVerb(QCommandLineParser &parser, const QStringList &args, const QString &verb, const QString &summary,
               QTextStream &out, QTextStream &err, int &exitCode, int maxPositionals, const QString &extraHelp)
{
    parser.setApplicationDescription(summary + u'\n' + (extraHelp.isEmpty() ? exitCodeHelp() : extraHelp));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, Text::tr("Show this help."));
    parser.addOption(help);
    QStringList argv = args;
    argv[0] = argv[0] + u' ' + verb;
    argv.removeAt(1);
    if (!parser.parse(argv)) {
        err << parser.errorText() << u'\n' << Text::tr("Try '%1 %2 --help'.").arg(QFileInfo(args[0]).fileName(), verb) << u'\n';
        exitCode = Cli::Usage;
        return false;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        // QCommandLineParser names the program as invoked, without the verb.
        const QString invoked = QCoreApplication::arguments().value(0);
        const qsizetype at = invoked.isEmpty() ? -1 : text.indexOf(invoked);
        if (at >= 0 && at < text.indexOf(u'\n'))
            text.replace(at, invoked.size(), QFileInfo(args[0]).fileName() + u' ' + verb);
        out << text;
        exitCode = Cli::Ok;
        return false;
    }
    if (parser.positionalArguments().size() > maxPositionals) {
        err << Text::tr("unexpected argument: %1").arg(parser.positionalArguments().at(maxPositionals)) << u'\n';
        exitCode = Cli::Usage;
        return false;
    }
    return true;
}

bool requireOption(const QCommandLineParser &parser, const QCommandLineOption &opt, QTextStream &err)
{
    if (parser.isSet(opt) && !parser.value(opt).isEmpty())
        return true;
    err << Text::tr("missing required option --%1").arg(opt.names().constLast()) << u'\n';
    return false;
}

bool checkReadable(const QString &path, QTextStream &err, const QString &option)
{
    const QString where = (option.isEmpty() ? QString() : QStringLiteral("--") + option + u' ') + path;
    const QFileInfo info(path);
    if (!info.exists()) {
        err << Text::tr("%1: no such file").arg(where) << u'\n';
        return false;
    }
    if (info.isDir()) {
        err << Text::tr("%1: is a folder, not a file").arg(where) << u'\n';
        return false;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        err << Text::tr("%1: cannot read: %2").arg(where, f.errorString()) << u'\n';
        return false;
    }
    return true;
}

QCommandLineOption sizingOption()
{
    return QCommandLineOption(QStringLiteral("sizing"), Text::tr("Sizing and cost tables to use instead of the built-in ones."),
                              QStringLiteral("FILE"));
}

namespace {

// T's built-in data, or the file the option names (T::builtIn(), T::loadFile()).
template <typename T>
std::optional<T> loadDataOption(const QCommandLineParser &parser, const QString &option, QTextStream &err, int *exitCode)
{
    if (!parser.isSet(option))
        return T::builtIn();
    const QString path = parser.value(option);
    if (!checkReadable(path, err, option)) {
        if (exitCode)
            *exitCode = Cli::IoError;
        return std::nullopt;
    }
    auto result = T::loadFile(path);
    err << formatIssues(result.issues(), path);
    if (!result.ok()) {
        if (exitCode)
            *exitCode = Cli::Invalid;
        return std::nullopt;
    }
    return result.take();
}

} // namespace

std::optional<SizingModel> loadSizing(const QCommandLineParser &parser, QTextStream &err, int *exitCode)
{
    return loadDataOption<SizingModel>(parser, QStringLiteral("sizing"), err, exitCode);
}

std::optional<DeploymentProfile> loadValid(const QString &path, QTextStream &err)
{
    // Every problem at once: the rules run on whatever did read.
    auto loaded = ProfileIO::loadFileAll(path);
    const Issues issues = ProfileValidator::everyIssue(loaded);
    err << formatIssues(issues, path);
    if (!loaded.ok() || hasErrors(issues))
        return std::nullopt;
    return loaded.take();
}

QCommandLineOption presetOption()
{
    return QCommandLineOption(QStringLiteral("preset"),
                              Text::tr("Key-metric preset to use instead of picking one by the names present."),
                              QStringLiteral("NAME"));
}

QCommandLineOption presetsOption()
{
    return QCommandLineOption(QStringLiteral("presets"),
                              Text::tr("Key-metric presets and thresholds file to use instead of the built-in one."),
                              QStringLiteral("FILE"));
}

std::optional<MetricPresets> loadPresets(const QCommandLineParser &parser, QTextStream &err, int *exitCode)
{
    return loadDataOption<MetricPresets>(parser, QStringLiteral("presets"), err, exitCode);
}

bool checkPresetChoice(const QCommandLineParser &parser, const MetricPresets &presets, QTextStream &err)
{
    const QString name = parser.value(QStringLiteral("preset"));
    if (!parser.isSet(QStringLiteral("preset")) || presets.find(name))
        return true;
    QStringList names;
    for (const MetricPreset &p : presets.presets())
        names << p.name;
    err << Text::tr("--preset: unknown preset '%1'; one of: %2").arg(name, names.join(QStringLiteral(", "))) << u'\n';
    return false;
}

QCommandLineOption timeoutOption()
{
    return QCommandLineOption(QStringLiteral("timeout"), Text::tr("Seconds a request may take, connect to last byte (default 5)."),
                              QStringLiteral("SECONDS"));
}

QCommandLineOption caFileOption()
{
    return QCommandLineOption(QStringLiteral("ca-file"),
                              Text::tr("A CA certificate (PEM or DER) to trust for https besides the system's."),
                              QStringLiteral("FILE"));
}

QString keyMetricLine(const KeyMetricReading &r)
{
    QString value = QStringLiteral("-");
    if (r.value) {
        value = QString::number(*r.value, 'g', 6);
        if (r.key == KeyMetric::EventsIngestedPerSecond)
            value += QStringLiteral("/s");
        else if (r.key != KeyMetric::QueueSize)
            value += QStringLiteral(" s");
    }
    QString detail = r.metric.isEmpty() ? r.note : r.metric;
    if (!r.metric.isEmpty() && !r.note.isEmpty())
        detail += QStringLiteral(": ") + r.note;
    if (r.value && r.cumulative)
        detail += Text::tr(" (since the process started)");
    return QStringLiteral("  %1 %2 %3").arg(keyMetricName(r.key), -26).arg(value, -12).arg(detail);
}

std::optional<qint64> millisecondsOption(const QCommandLineParser &parser, const QCommandLineOption &opt,
                                         qint64 fallback, QTextStream &err)
{
    if (!parser.isSet(opt))
        return fallback;
    bool ok = false;
    const double seconds = parser.value(opt).toDouble(&ok);
    if (!ok || !std::isfinite(seconds)) {
        err << Text::tr("--%1: '%2' is not a number of seconds").arg(opt.names().constLast(), parser.value(opt)) << u'\n';
        return std::nullopt;
    }
    // Clamped far outside any accepted range, so that the range check names it.
    return qint64(std::llround(std::clamp(seconds * 1000, -1e12, 1e12)));
}

FetchResult fetchAndWait(HttpFetcher &fetcher, const FetchRequest &request)
{
    FetchResult result;
    QEventLoop loop;
    fetcher.fetch(request, &loop, [&result, &loop](const FetchResult &r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    return result;
}

} // namespace phc::CliSupport
