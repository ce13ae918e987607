#include "application.h"

#include "mainwindow.h"

#include <QApplication>

#include <cstdio>
#include <cstdlib>

namespace phc {

bool displayAvailable()
{
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    if (!platform.isEmpty() && !platform.startsWith("xcb") && !platform.startsWith("wayland"))
        return true; // offscreen, vnc, eglfs...: the user chose a platform that needs no display
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

int runGui(int argc, char *argv[])
{
    if (!displayAvailable()) {
        std::fputs("posthog-console: no display found (DISPLAY and WAYLAND_DISPLAY are unset); "
                   "use the commands without a display (posthog-console --help) "
                   "or start the window under a virtual X server: xvfb-run -a posthog-console\n",
                   stderr);
        return 2;
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("posthog-console"));
    QApplication::setApplicationDisplayName(QStringLiteral("PostHog Admin Console"));
    QApplication::setOrganizationName(QStringLiteral("posthog-console"));
    QApplication::setApplicationVersion(QStringLiteral(PHC_VERSION));

    MainWindow window;
    window.show();
    return QApplication::exec();
}

} // namespace phc
