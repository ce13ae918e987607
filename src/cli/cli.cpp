#include "cli.h"
#include "admincommands.h"
#include "clisupport.h"
#include "metricscommand.h"
#include "probecommand.h"
#include "setcommand.h"

#include "core/atomicwriter.h"
#include "core/yamlreader.h"
#include "generate/bundle.h"
#include "generate/bundlewriter.h"
#include "profile/profileio.h"
#include "profile/profilevalidator.h"
#include "sizing/sizingmodel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>

#include <functional>

namespace phc {

namespace {

using namespace CliSupport;

struct Verb
{
    QString name;
    QString summary;
    std::function<int(const QStringList &, QTextStream &, QTextStream &)> run;
};

int runInit(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption outOpt(QStringLiteral("out"), Text::tr("Where to write the starter profile."), QStringLiteral("PROFILE.yaml"));
    const QCommandLineOption force(QStringLiteral("force"), Text::tr("Overwrite the file if it exists."));
    parser.addOptions({outOpt, force});
    int code = 0;
    if (!parseVerb(parser, args, QStringLiteral("init"), Text::tr("Write a commented starter profile."), out, err, code))
        return code;
    if (!requireOption(parser, outOpt, err))
        return Cli::Usage;
    const QString path = parser.value(outOpt);
    if (QFileInfo::exists(path) && !parser.isSet(force)) {
        err << Text::tr("%1 exists; use --force to overwrite").arg(path) << u'\n';
        return Cli::IoError;
    }
    // The writer creates missing folders, as generate does; the output says which.
    const QString folder = QFileInfo(path).absolutePath();
    const bool newFolder = !QFileInfo::exists(folder);
    const QString error = AtomicWriter::writeFile(path, ProfileIO::starterProfile(), 0644);
    if (!error.isEmpty()) {
        err << error << u'\n';
        return Cli::IoError;
    }
    if (newFolder)
        out << Text::tr("created the folder %1").arg(QDir::toNativeSeparators(folder)) << u'\n';
    out << Text::tr("wrote %1").arg(path) << u'\n';
    return Cli::Ok;
}

int runValidate(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption profileOpt(QStringLiteral("profile"), Text::tr("The profile to check."), QStringLiteral("PROFILE.yaml"));
    parser.addOption(profileOpt);
    int code = 0;
    if (!parseVerb(parser, args, QStringLiteral("validate"), Text::tr("Check a profile; print every problem."), out, err, code))
        return code;
    if (!requireOption(parser, profileOpt, err))
        return Cli::Usage;
    const QString path = parser.value(profileOpt);
    if (!checkReadable(path, err))
        return Cli::IoError;
    if (!loadValid(path, err))
        return Cli::Invalid;
    out << Text::tr("%1: valid").arg(path) << u'\n';
    return Cli::Ok;
}

int runGenerate(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption profileOpt(QStringLiteral("profile"), Text::tr("The profile to generate from."), QStringLiteral("PROFILE.yaml"));
    const QCommandLineOption outOpt(QStringLiteral("out"), Text::tr("Folder to write the files to."), QStringLiteral("DIR"));
    const QCommandLineOption force(QStringLiteral("force"), Text::tr("Overwrite files that exist."));
    parser.addOptions({profileOpt, outOpt, force, sizingOption()});
    int code = 0;
    if (!parseVerb(parser, args, QStringLiteral("generate"),
                   Text::tr("Generate every file for a profile. Validates first; writes nothing on error."), out, err, code))
        return code;
    if (!requireOption(parser, profileOpt, err) || !requireOption(parser, outOpt, err))
        return Cli::Usage;
    const QString path = parser.value(profileOpt);
    if (!checkReadable(path, err))
        return Cli::IoError;
    const auto sizing = loadSizing(parser, err, &code);
    if (!sizing)
        return code;
    const auto profile = loadValid(path, err);
    if (!profile)
        return Cli::Invalid;
    const auto bundle = Bundle::generate(*profile, *sizing);
    if (!bundle.ok()) {
        err << formatIssues(bundle.issues(), path);
        return Cli::Invalid;
    }
    const auto written = BundleWriter::write(bundle.value(), parser.value(outOpt),
                                             parser.isSet(force) ? BundleWriter::Overwrite::Allow
                                                                 : BundleWriter::Overwrite::Refuse);
    if (!written.ok()) {
        for (const Issue &issue : written.issues())
            err << issue.message << u'\n';
        err << Text::tr("nothing was written") << u'\n';
        return Cli::IoError;
    }
    const QDir base(parser.value(outOpt));
    for (const QString &file : written.value())
        out << base.relativeFilePath(file) << u'\n';
    out << Text::tr("%n file(s) written to %1", nullptr, int(written.value().size())).arg(parser.value(outOpt)) << u'\n';
    return Cli::Ok;
}

int runSize(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption events(QStringLiteral("events"), Text::tr("Monthly events."), QStringLiteral("N"));
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print JSON."));
    parser.addOptions({events, json, sizingOption()});
    int code = 0;
    if (!parseVerb(parser, args, QStringLiteral("size"),
                   Text::tr("Resource tier, scaling row, replicas and cost for a monthly event count."), out, err, code))
        return code;
    if (!requireOption(parser, events, err))
        return Cli::Usage;
    QString text = parser.value(events);
    text.remove(u'_').remove(u',');
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    if (!ok || n < 0) {
        err << Text::tr("--events: '%1' is not a whole number >= 0").arg(parser.value(events)) << u'\n';
        return Cli::Usage;
    }
    const auto sizing = loadSizing(parser, err, &code);
    if (!sizing)
        return code;
    const Recommendation rec = sizing->recommend(n);
    if (parser.isSet(json))
        out << QJsonDocument(rec.toJson()).toJson(QJsonDocument::Indented);
    else
        out << rec.toText();
    return Cli::Ok;
}

const QList<Verb> &verbTable()
{
    static const QList<Verb> table {
        {QStringLiteral("init"), QStringLiteral("write a commented starter profile"), runInit},
        {QStringLiteral("validate"), QStringLiteral("check a profile and list every problem"), runValidate},
        {QStringLiteral("set"), QStringLiteral("change values of a profile in place, keeping its comments"), Cli::runSet},
        {QStringLiteral("generate"), QStringLiteral("write every file for a profile"), runGenerate},
        {QStringLiteral("size"), QStringLiteral("tier, replicas and cost for a monthly event count"), runSize},
        {QStringLiteral("metrics"), QStringLiteral("summarise a Prometheus metrics payload"), Cli::runMetrics},
        {QStringLiteral("probe"), QStringLiteral("check a running instance: probes, key metrics, cost"), Cli::runProbe},
        {QStringLiteral("status"), QStringLiteral("PostHog's own system status, as checks"), Cli::runStatus},
        {QStringLiteral("migrations"), QStringLiteral("list PostHog's async migrations, or act on one"), Cli::runMigrations},
        {QStringLiteral("upgrade-check"), QStringLiteral("can the instance be upgraded to a version, and how"), Cli::runUpgradeCheck},
    };
    return table;
}

QString topLevelHelp(const QString &program)
{
    QString text = Text::tr("Usage: %1 [OPTIONS] [PROFILE]       start the desktop application\n"
                      "       %1 COMMAND [OPTIONS]         run a command without a display\n\n"
                      "PostHog Admin Console: deployment files and a live dashboard for self-hosted PostHog.\n\nOptions:\n")
                       .arg(program);
    QList<std::pair<QString, QString>> options;
    for (const QCommandLineOption &o : Cli::desktopOptions())
        if (!(o.flags() & QCommandLineOption::HiddenFromHelp))
            options.append({u"--" + o.names().constFirst() + (o.valueName().isEmpty() ? QString() : u' ' + o.valueName()),
                            o.description()});
    options.append({QStringLiteral("-h, --help"), Text::tr("Show this help; after a command, that command's options.")});
    options.append({QStringLiteral("-v, --version"), Text::tr("Show the version.")});
    for (const auto &[names, description] : options)
        text += QStringLiteral("  %1  %2\n").arg(names, -15).arg(description);
    text += Text::tr("\nCommands:\n");
    for (const Verb &v : verbTable())
        text += QStringLiteral("  %1  %2\n").arg(v.name, -10).arg(v.summary);
    text += Text::tr("\nRun '%1 COMMAND --help' for a command's options.\n\n").arg(program);
    text += exitCodeHelp();
    text += Text::tr("\n'probe' exits as monitoring plugins do: 0 healthy, 1 degraded, 2 down, 3 no verdict (wrong\n"
               "arguments included); see '%1 probe --help'.\n")
                .arg(program);
    return text;
}

} // namespace

QStringList Cli::verbs()
{
    QStringList names;
    for (const Verb &v : verbTable())
        names << v.name;
    return names;
}

QList<QCommandLineOption> Cli::desktopOptions()
{
    QCommandLineOption screenshots(QStringLiteral("screenshots"), tr("Save a PNG of each wizard page and dashboard tab into DIR and quit."),
                                   QStringLiteral("DIR"));
    // For the README's pictures, not for users.
    screenshots.setFlags(QCommandLineOption::HiddenFromHelp);
    return {
        QCommandLineOption(QStringLiteral("lang"), tr("Language of the interface (en, de)."), QStringLiteral("CODE")),
        QCommandLineOption(QStringLiteral("no-keychain"), tr("Keep secrets in memory for this run; do not use the keychain.")),
        QCommandLineOption(QStringLiteral("demo"), tr("Start a simulated PostHog instance on 127.0.0.1 and open the "
                                                      "dashboard on it, labelled \"Demo data\".")),
        screenshots,
    };
}

bool Cli::isCliInvocation(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString first = arguments.at(1);
    if (first.startsWith(u'-'))
        return first == u"--help" || first == u"-h" || first == u"--version" || first == u"-v";
    return verbs().contains(first) || first == u"help" || !profileArgumentProblem(first).isEmpty();
}

QString Cli::profileArgumentProblem(const QString &argument)
{
    const QFileInfo info(argument);
    if (info.isFile())
        return QString();
    if (verbs().contains(argument))
        return tr("'%1' is a command; it goes first, before any option").arg(argument);
    const QString hint = MapReader::closestMatch(argument, verbs());
    if (!hint.isEmpty())
        return tr("unknown command '%1' (did you mean '%2'?)").arg(argument, hint);
    if (info.isDir())
        return tr("%1: is a folder, not a profile").arg(argument);
    // A word is a command mistyped; anything with a dot or a slash is a file.
    if (!argument.contains(u'.') && !argument.contains(u'/'))
        return tr("unknown command '%1'").arg(argument);
    return tr("%1: no such file").arg(argument);
}

int Cli::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString program = QFileInfo(arguments.value(0, QStringLiteral("posthog-console"))).fileName();
    const QString first = arguments.value(1);
    if (first == u"--version" || first == u"-v") {
        out << QStringLiteral("posthog-console ") << QStringLiteral(PHC_VERSION) << u'\n';
        return Ok;
    }
    if (first.isEmpty() || first == u"--help" || first == u"-h" || first == u"help") {
        out << topLevelHelp(program);
        return Ok;
    }
    for (const Verb &v : verbTable())
        if (v.name == first)
            return v.run(arguments, out, err);
    err << program << QStringLiteral(": ") << profileArgumentProblem(first) << u'\n'
        << tr("Run '%1 --help' for the commands.").arg(program) << u'\n';
    return Usage;
}

} // namespace phc
