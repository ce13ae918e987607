#include "application.h"

#include "cli/cli.h"
#include "mainwindow.h"
#include "screenshots.h"
#include "dashboard/dashboardview.h"
#include "secrets/keychainsecretstore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

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

void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("posthog-console"));
    QCoreApplication::setOrganizationName(QStringLiteral("posthog-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PHC_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("PostHog Admin Console"));
    // The installed .desktop file's name: lets the desktop match windows to its launcher.
    QGuiApplication::setDesktopFileName(QStringLiteral(PHC_APP_ID));
    // The icon theme's copy (installed to hicolor) first, so a theme can restyle it.
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral(PHC_APP_ID),
                                                 QIcon(QStringLiteral(":/icons/app/posthog-console.svg"))));
}

QString installTranslations(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    QLocale::setDefault(locale);
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("posthog-console"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return own->isEmpty() ? QStringLiteral("en") : own->language();
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
    setApplicationIdentity();

    QCommandLineParser parser;
    parser.addOptions(Cli::desktopOptions());
    const QString lang = QStringLiteral("lang");
    const QString noKeychain = QStringLiteral("no-keychain");
    const QString screenshots = QStringLiteral("screenshots");
    const QString demo = QStringLiteral("demo");
    parser.addPositionalArgument(QStringLiteral("PROFILE"), QStringLiteral("A profile to open."), QStringLiteral("[PROFILE]"));
    if (!parser.parse(QCoreApplication::arguments())) {
        std::fprintf(stderr, "posthog-console: %s\n", qPrintable(parser.errorText()));
        return 2;
    }
    installTranslations(app, parser.value(lang));

    KeychainSecretStore keychain;
    MainWindow window(parser.isSet(noKeychain) ? nullptr : &keychain);
    if (!parser.positionalArguments().isEmpty())
        window.openProfile(parser.positionalArguments().constFirst());
    if (parser.isSet(demo)) {
        window.showDashboard();
        if (!window.dashboard()->startDemo())
            return 1;
    }
    window.show();
    if (parser.isSet(screenshots))
        return Screenshots::capture(window, parser.value(screenshots)) ? 0 : 1;
    return QApplication::exec();
}

} // namespace phc
