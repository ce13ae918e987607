#include "setcommand.h"

#include "cli.h"
#include "clisupport.h"

#include "core/atomicwriter.h"
#include "core/yamledit.h"
#include "core/yamlreader.h"
#include "core/yamlwriter.h"
#include "profile/profileeditor.h"
#include "profile/profileio.h"
#include "profile/profilevalidator.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTextStream>

#include <limits>

namespace phc::Cli {

namespace {

using namespace CliSupport;

QString setHelp()
{
    return tr("Each VALUE is read as YAML: a single value, or a flow list such as\n"
              "[https://a.example, https://b.example]; quote it ('\"8080\"') to make it a string.\n"
              "KEY- removes an optional key. A key the file does not have yet is added where the\n"
              "starter profile places it. Only the lines of the keys given change; comments, blank\n"
              "lines, key order and quoting of the rest stay as they are. The result is validated\n"
              "first: with any problem nothing is written. Secrets are never stored in a profile.\n\n")
        + exitCodeHelp();
}

// Key names that would hold a secret's value; a Secret's name (existingSecret) is no secret.
bool isSecretKey(const QString &path)
{
    static const QRegularExpression secret(QStringLiteral("(password|passwd|token|apikey|api_key|secretkey|secret_key|privatekey)$"),
                                           QRegularExpression::CaseInsensitiveOption);
    return secret.match(path.section(u'.', -1)).hasMatch();
}

// VALUE as YAML: a quoted scalar is a string, a plain one is written as typed.
std::optional<YamlValue> readValue(const QString &key, const QString &text, QString &error)
{
    if (text.trimmed().isEmpty())
        return YamlValue::string(QString());
    Issues issues;
    const auto node = parseYaml(text.toUtf8(), issues);
    if (!node) {
        error = tr("%1: '%2' is not a YAML value: %3").arg(key, text, issues.value(0).message);
        return std::nullopt;
    }
    if (node->IsScalar()) {
        const QString s = QString::fromStdString(node->Scalar());
        const bool plain = node->Tag() != "!" && (YamlEdit::isPlainScalar(s) || YamlWriter::isReservedWord(s));
        return plain ? YamlValue::plain(s) : YamlValue::string(s);
    }
    if (node->IsSequence()) {
        QStringList items;
        for (const auto &item : *node) {
            if (!item.IsScalar()) {
                error = tr("%1: list items must be single values, as in [a, b]").arg(key);
                return std::nullopt;
            }
            items << QString::fromStdString(item.Scalar());
        }
        return YamlValue::list(items);
    }
    error = node->IsNull() ? tr("%1: '%2' is no value; write %1- to remove the key").arg(key, text)
                           : tr("%1: expected a single value or a flow list [a, b], found a mapping").arg(key);
    return std::nullopt;
}

int unixModeOf(const QString &path)
{
    const QFileDevice::Permissions p = QFileInfo(path).permissions();
    int mode = 0;
    const std::pair<QFileDevice::Permission, int> bits[] = {
        {QFileDevice::ReadOwner, 0400}, {QFileDevice::WriteOwner, 0200}, {QFileDevice::ExeOwner, 0100},
        {QFileDevice::ReadGroup, 040},  {QFileDevice::WriteGroup, 020},  {QFileDevice::ExeGroup, 010},
        {QFileDevice::ReadOther, 04},   {QFileDevice::WriteOther, 02},   {QFileDevice::ExeOther, 01},
    };
    for (const auto &[flag, bit] : bits)
        if (p & flag)
            mode |= bit;
    return mode;
}

bool problemsAt(const Issues &issues, const QString &key)
{
    return std::any_of(issues.cbegin(), issues.cend(), [&](const Issue &i) {
        return i.severity == Severity::Error && isPathUnder(i.path, key);
    });
}

} // namespace

int runSet(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption profileOpt(QStringLiteral("profile"), tr("The profile to edit in place."), QStringLiteral("FILE"));
    parser.addOption(profileOpt);
    parser.addPositionalArgument(QStringLiteral("KEY=VALUE"), tr("A key path and its new value, or KEY- to remove the key."),
                                 QStringLiteral("KEY=VALUE|KEY- [...]"));
    int code = 0;
    if (!parseVerb(parser, args, QStringLiteral("set"), tr("Change values of a profile in place, keeping its comments."),
                   out, err, code, std::numeric_limits<int>::max(), setHelp()))
        return code;
    if (!requireOption(parser, profileOpt, err))
        return Usage;
    const QStringList assignments = parser.positionalArguments();
    if (assignments.isEmpty()) {
        err << tr("nothing to set: give KEY=VALUE or KEY- (see 'set --help')") << u'\n';
        return Usage;
    }

    static const QRegularExpression keyPath(QStringLiteral("^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*$"));
    QList<YamlChange> changes;
    QStringList problems;
    for (const QString &a : assignments) {
        const qsizetype eq = a.indexOf(u'=');
        const bool removal = eq < 0 && a.endsWith(u'-');
        const QString key = eq >= 0 ? a.left(eq) : removal ? a.chopped(1) : a;
        if ((eq < 0 && !removal) || !keyPath.match(key).hasMatch()) {
            err << tr("'%1' is neither KEY=VALUE nor KEY- (KEY a path such as spec.cluster.imageTag)").arg(a) << u'\n';
            return Usage;
        }
        if (isSecretKey(key)) {
            problems << tr("%1: secrets are never stored in a profile; the wizard keeps them in the keychain, "
                           "install.sh and compose/.env read them from secrets.env").arg(key);
            continue;
        }
        if (removal) {
            changes.append({key, std::nullopt});
            continue;
        }
        QString error;
        if (const auto value = readValue(key, a.mid(eq + 1), error))
            changes.append({key, *value});
        else
            problems << error;
    }
    if (!problems.isEmpty()) {
        for (const QString &p : problems)
            err << p << u'\n';
        err << tr("nothing was written") << u'\n';
        return Invalid;
    }

    const QString path = parser.value(profileOpt);
    if (!QFileInfo(path).isFile()) {
        err << tr("%1: no such file").arg(path) << u'\n';
        return IoError;
    }
    Issues readIssues;
    const auto original = readYamlFile(path, readIssues);
    if (!original) {
        err << formatIssues(readIssues, path);
        return IoError;
    }

    QByteArray text = *original;
    for (const YamlChange &change : changes) {
        // The profile's schema types a plain VALUE: a string where the key reads one (quoted as
        // needed), else as typed (a number, true, auto). A quoted VALUE is a string.
        QList<YamlChange> tries {change};
        if (change.value && change.value->kind == YamlValue::Kind::Plain)
            tries.prepend({change.path, YamlValue::string(change.value->text)});
        for (const YamlChange &attempt : tries) {
            auto edited = ProfileEditor::edit(text, {attempt});
            if (!edited.ok()) {
                err << formatIssues(edited.issues(), path) << tr("nothing was written") << u'\n';
                return Invalid;
            }
            // When no form fits, the one as typed stays, and its problems are reported below.
            if (attempt == tries.last()
                || !problemsAt(ProfileValidator::everyIssue(ProfileIO::parseAll(edited.value())), change.path)) {
                text = edited.take();
                break;
            }
        }
    }

    const Issues issues = ProfileValidator::everyIssue(ProfileIO::parseAll(text));
    if (hasErrors(issues)) {
        err << formatIssues(issues, path) << tr("nothing was written") << u'\n';
        return Invalid;
    }
    err << formatIssues(issues, path); // warnings
    if (text == *original) {
        out << tr("%1: unchanged").arg(path) << u'\n';
        return Ok;
    }
    const QString error = AtomicWriter::writeFile(path, text, unixModeOf(path));
    if (!error.isEmpty()) {
        err << error << u'\n';
        return IoError;
    }
    out << tr("wrote %1").arg(path) << u'\n';
    return Ok;
}

} // namespace phc::Cli
