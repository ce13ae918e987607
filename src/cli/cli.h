#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QStringList>

class QTextStream;

namespace phc {

// The command-line face of the engine. Needs only a QCoreApplication.
namespace Cli {

enum ExitCode {
    Ok = 0,
    Invalid = 1,     // the profile or input has problems (listed on stderr)
    Usage = 2,       // wrong arguments
    IoError = 3,     // a file could not be read or written, or exists
};

// True when argv is for the CLI rather than the GUI: a verb, --help,
// --version, or a first argument that is neither an option nor an existing
// file (run() reports it as an unknown command).
bool isCliInvocation(const QStringList &arguments);

// Why a positional argument cannot be the profile the GUI opens: "unknown
// command 'valdiate' (did you mean 'validate'?)", "p.yaml: no such file";
// empty when it is an existing file.
QString profileArgumentProblem(const QString &argument);

// Runs the verb in arguments[1]; arguments[0] is the program name.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

QStringList verbs();

// The desktop application's options: the GUI parses them, --help (and so the
// man page) lists those not hidden.
QList<QCommandLineOption> desktopOptions();

} // namespace Cli

} // namespace phc
