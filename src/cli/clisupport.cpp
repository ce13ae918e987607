#include "clisupport.h"
#include "cli.h"

#include "profile/profileio.h"
#include "profile/profilevalidator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

namespace phc::CliSupport {

QString tr(const char *text, int n) { return QCoreApplication::translate("phc::Cli", text, nullptr, n); }


QString exitCodeHelp()
{
    return tr("Exit codes:\n"
              "  0  success\n"
              "  1  the profile or input has problems (each printed as FILE:LINE:COL: key.path: message)\n"
              "  2  wrong arguments\n"
              "  3  a file could not be read or written, or exists and --force was not given\n");
}

bool parseVerb(QCommandLineParser &parser, const QStringList &args, const QString &verb, const QString &summary,
               QTextStream &out, QTextStream &err, int &exitCode, int maxPositionals, const QString &extraHelp)
{
    parser.setApplicationDescription(summary + u'\n' + (extraHelp.isEmpty() ? exitCodeHelp() : extraHelp));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOption(help);
    QStringList argv = args;
    argv[0] = argv[0] + u' ' + verb;
    argv.removeAt(1);
    if (!parser.parse(argv)) {
        err << parser.errorText() << u'\n' << tr("Try '%1 %2 --help'.").arg(QFileInfo(args[0]).fileName(), verb) << u'\n';
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
        err << tr("unexpected argument: %1").arg(parser.positionalArguments().at(maxPositionals)) << u'\n';
        exitCode = Cli::Usage;
        return false;
    }
    return true;
}

bool requireOption(const QCommandLineParser &parser, const QCommandLineOption &opt, QTextStream &err)
{
    if (parser.isSet(opt) && !parser.value(opt).isEmpty())
        return true;
    err << tr("missing required option --%1").arg(opt.names().constLast()) << u'\n';
    return false;
}

QCommandLineOption sizingOption()
{
    return QCommandLineOption(QStringLiteral("sizing"), tr("Sizing and cost tables to use instead of the built-in ones."),
                              QStringLiteral("FILE"));
}

std::optional<SizingModel> loadSizing(const QCommandLineParser &parser, QTextStream &err)
{
    if (!parser.isSet(QStringLiteral("sizing")))
        return SizingModel::builtIn();
    const QString path = parser.value(QStringLiteral("sizing"));
    auto result = SizingModel::loadFile(path);
    err << formatIssues(result.issues(), path);
    if (!result.ok())
        return std::nullopt;
    return result.take();
}

std::optional<DeploymentProfile> loadValid(const QString &path, QTextStream &err)
{
    auto loaded = ProfileIO::loadFile(path);
    Issues issues = loaded.issues();
    if (loaded.ok())
        issues += ProfileValidator::validate(loaded.value());
    err << formatIssues(issues, path);
    if (!loaded.ok() || hasErrors(issues))
        return std::nullopt;
    return loaded.take();
}

} // namespace phc::CliSupport
