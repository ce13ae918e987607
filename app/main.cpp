// posthog-console: with a command, the CLI (no display needed); without
// one, the desktop application.
#include "cli/cli.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

#ifdef PHC_WITH_GUI
#include "shell/application.h"
#endif

int main(int argc, char *argv[])
{
    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (phc::Cli::isCliInvocation(arguments)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("posthog-console"));
        QTextStream out(stdout);
        QTextStream err(stderr);
        return phc::Cli::run(arguments, out, err);
    }
#ifdef PHC_WITH_GUI
    return phc::runGui(argc, argv);
#else
    std::fputs("posthog-console was built without the GUI; run 'posthog-console --help' for the commands.\n", stderr);
    return 2;
#endif
}
