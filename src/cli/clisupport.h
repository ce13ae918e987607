#pragma once

// Shared by every command of the CLI: option parsing, help, loading.

#include "profile/deploymentprofile.h"
#include "sizing/sizingmodel.h"

#include <QCommandLineOption>
#include <QString>

#include <optional>

class QCommandLineParser;
class QTextStream;

namespace phc::CliSupport {

QString tr(const char *text, int n = -1);

QString exitCodeHelp();

// Parses the verb's options; returns false (with exit code set) when the
// verb should stop: --help printed, or a usage error. At most
// maxPositionals positional arguments are accepted.
bool parseVerb(QCommandLineParser &parser, const QStringList &args, const QString &verb, const QString &summary,
               QTextStream &out, QTextStream &err, int &exitCode, int maxPositionals = 0,
               const QString &extraHelp = QString());

bool requireOption(const QCommandLineParser &parser, const QCommandLineOption &opt, QTextStream &err);

// Built on use, so its help text is translated once the application exists.
QCommandLineOption sizingOption();

// Built-in tables, or the user's file; nullopt after printing its problems.
std::optional<SizingModel> loadSizing(const QCommandLineParser &parser, QTextStream &err);

// Loads and validates; prints every problem. Returns the profile when it
// has no errors.
std::optional<DeploymentProfile> loadValid(const QString &path, QTextStream &err);

} // namespace phc::CliSupport
