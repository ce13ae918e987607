// posthog-console: with a command, the CLI (no display needed); without
// one, the desktop application, loaded from its module (guimodule.cpp).
#include "cli/cli.h"
#include "guimodule.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <cstring>

#ifdef PHC_WITH_GUI
#include <dlfcn.h>
#include <unistd.h>

#include <climits>

namespace {

// Beside the program (a build tree), then where it is installed.
int runGuiModule(int argc, char *argv[])
{
    char dir[PATH_MAX] = ".";
    const ssize_t n = readlink("/proc/self/exe", dir, sizeof dir - 1);
    if (n > 0) {
        dir[n] = '\0';
        if (char *slash = std::strrchr(dir, '/'))
            *slash = '\0';
    }
    char candidates[2][PATH_MAX + 64];
    std::snprintf(candidates[0], sizeof candidates[0], "%s/%s", dir, PHC_GUI_MODULE_NAME);
    std::snprintf(candidates[1], sizeof candidates[1], "%s/%s/%s", dir, PHC_GUI_MODULE_FROM_BIN, PHC_GUI_MODULE_NAME);
    for (const char *path : candidates) {
        if (access(path, F_OK) != 0)
            continue;
        void *module = dlopen(path, RTLD_NOW | RTLD_LOCAL);
        if (!module) {
            std::fprintf(stderr, "posthog-console: cannot load the window's module: %s\n", dlerror());
            return 2;
        }
        using Entry = int (*)(int, char **);
        const auto entry = reinterpret_cast<Entry>(dlsym(module, PHC_STRINGIFY(PHC_GUI_ENTRY)));
        if (!entry) {
            std::fprintf(stderr, "posthog-console: %s has no entry point: %s\n", path, dlerror());
            return 2;
        }
        return entry(argc, argv);
    }
    std::fprintf(stderr, "posthog-console: the window's module is missing (looked for %s and %s); "
                         "the commands work without it: posthog-console --help\n",
                 candidates[0], candidates[1]);
    return 2;
}

} // namespace
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
    return runGuiModule(argc, argv);
#else
    std::fputs("posthog-console was built without the GUI; run 'posthog-console --help' for the commands.\n", stderr);
    return 2;
#endif
}
