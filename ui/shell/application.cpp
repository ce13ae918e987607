#include "application.h"

#include "cli/cli.h"
#include "mainwindow.h"
#include "screenshots.h"
#include "dashboard/dashboardview.h"
#include "secrets/keychainsecretstore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
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
    // A language without a catalogue (the C locale too) gets the English one,
    // which holds the plural forms: "1 problem", not "1 problem(s)".
    if (own->load(locale, QStringLiteral("posthog-console"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || own->load(QStringLiteral("posthog-console_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return own->isEmpty() ? QStringLiteral("en") : own->language();
}

QStringList availableLanguages()
{
    QStringList languages;
    const QString prefix = QStringLiteral("posthog-console_");
    for (const QString &file : QDir(QStringLiteral(":/i18n")).entryList({prefix + QStringLiteral("*.qm")}, QDir::Files))
        languages << file.mid(prefix.size()).chopped(3);
    return languages;
}

namespace {

// The arguments' problems, each a line, found before any window or display
// is needed: an unknown language, a profile that is not a file.
QStringList argumentProblems(const QCommandLineParser &parser)
{
    QStringList problems;
    const QString lang = parser.value(QStringLiteral("lang"));
    if (!lang.isEmpty()) {
        const QLocale::Language wanted = QLocale(lang).language();
        bool known = false;
        for (const QString &available : availableLanguages())
            known = known || (wanted != QLocale::C && QLocale(available).language() == wanted);
        if (!known)
            problems << QCoreApplication::translate("phc::Cli", "--lang %1: unknown language; available: %2")
                            .arg(lang, availableLanguages().join(QStringLiteral(", ")));
    }
    const QStringList positionals = parser.positionalArguments();
    if (positionals.size() > 1)
        problems << QCoreApplication::translate("phc::Cli", "one profile at most; also given: %1")
                        .arg(positionals.mid(1).join(QStringLiteral(" ")));
    if (!positionals.isEmpty()) {
        const QString problem = Cli::profileArgumentProblem(positionals.constFirst());
        if (!problem.isEmpty())
            problems << problem;
    }
    return problems;
}

} // namespace

int runGui(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QCommandLineParser parser;
    parser.addOptions(Cli::desktopOptions());
    const QString lang = QStringLiteral("lang");
    const QString noKeychain = QStringLiteral("no-keychain");
    const QString screenshots = QStringLiteral("screenshots");
    const QString demo = QStringLiteral("demo");
    parser.addPositionalArgument(QStringLiteral("PROFILE"), QStringLiteral("A profile to open."), QStringLiteral("[PROFILE]"));
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "posthog-console: %s\n", qPrintable(parser.errorText()));
        return 2;
    }
    const QStringList problems = argumentProblems(parser);
    for (const QString &problem : problems)
        std::fprintf(stderr, "posthog-console: %s\n", qPrintable(problem));
    if (!problems.isEmpty()) {
        std::fputs("Run 'posthog-console --help' for the options and commands.\n", stderr);
        return 2;
    }
    if (!displayAvailable()) {
        std::fputs("posthog-console: no display found (DISPLAY and WAYLAND_DISPLAY are unset); "
                   "use the commands without a display (posthog-console --help) "
                   "or start the window under a virtual X server: xvfb-run -a posthog-console\n",
                   stderr);
        return 2;
    }
    QApplication app(argc, argv);
    setApplicationIdentity();

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
