#pragma once

// Shared by every command of the CLI: option parsing, help, loading.

#include "metrics/keymetrics.h"
#include "metrics/metricpresets.h"
#include "monitor/httpfetcher.h"
#include "profile/deploymentprofile.h"
#include "sizing/sizingmodel.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QString>

#include <optional>

class QCommandLineParser;
class QTextStream;

namespace phc::CliSupport {

// The command line's messages, in one context: lupdate files Text::tr()
// calls under it from any function; tr() serves the phc::Cli functions.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(phc::Cli)
};

QString tr(const char *text, int n = -1);

QString exitCodeHelp();

// Parses the verb's options; returns false (with exit code set) when the
// verb should stop: --help printed, or a usage error. At most
// maxPositionals positional arguments are accepted.
bool parseVerb(QCommandLineParser &parser, const QStringList &args, const QString &verb, const QString &summary,
               QTextStream &out, QTextStream &err, int &exitCode, int maxPositionals = 0,
               const QString &extraHelp = QString());

bool requireOption(const QCommandLineParser &parser, const QCommandLineOption &opt, QTextStream &err);

// True when path is a file that opens for reading; otherwise prints
// "[--OPTION ]PATH: why" and returns false, and the command exits with
// Cli::IoError (a file that cannot be read).
bool checkReadable(const QString &path, QTextStream &err, const QString &option = QString());

// Built on use, so its help text is translated once the application exists.
QCommandLineOption sizingOption();

// Built-in tables, or the user's file; nullopt after printing its problems,
// with *exitCode (when given) set to Cli::IoError for a file that cannot be
// read and Cli::Invalid for one with problems.
std::optional<SizingModel> loadSizing(const QCommandLineParser &parser, QTextStream &err, int *exitCode = nullptr);

// Loads and validates; prints every problem. Returns the profile when it
// has no errors.
std::optional<DeploymentProfile> loadValid(const QString &path, QTextStream &err);

// --preset NAME and --presets FILE, for the commands that read key metrics.
QCommandLineOption presetOption();
QCommandLineOption presetsOption();
// The --presets file, else the built-in presets; nullopt after printing the
// file's problems, *exitCode set as loadSizing() does.
std::optional<MetricPresets> loadPresets(const QCommandLineParser &parser, QTextStream &err, int *exitCode = nullptr);
// False after naming the presets there are when --preset names none of them.
bool checkPresetChoice(const QCommandLineParser &parser, const MetricPresets &presets, QTextStream &err);

// --timeout SECONDS and --ca-file FILE, for the commands that fetch.
QCommandLineOption timeoutOption();
QCommandLineOption caFileOption();

// "eventsIngestedPerSecond  41.2/s  posthog_events_ingested_total": a key
// metric's name, its value with the unit ("-" when unknown) and where it
// came from or why it is unknown. Indented, no newline.
QString keyMetricLine(const KeyMetricReading &reading);

// An option given in seconds (decimals allowed) in milliseconds, `fallback`
// when it is absent; nullopt after naming the option when it is not a
// number. Ranges are the caller's to check.
std::optional<qint64> millisecondsOption(const QCommandLineParser &parser, const QCommandLineOption &opt,
                                         qint64 fallback, QTextStream &err);

// Sends `request` and runs a local event loop until its answer: the fetcher
// bounds every exchange by its timeout.
FetchResult fetchAndWait(HttpFetcher &fetcher, const FetchRequest &request);

} // namespace phc::CliSupport
