#include "builtinhighlighter.h"

#include "common/palettecolors.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QTextDocument>

namespace phc {

namespace {

constexpr int nameProperty = QTextFormat::UserProperty + 1;

} // namespace

BuiltinHighlighter::Language BuiltinHighlighter::languageFor(const QString &fileName)
{
    const QFileInfo info(fileName);
    const QString suffix = info.suffix().toLower();
    const QString name = info.fileName();
    if (suffix == u"yaml" || suffix == u"yml")
        return Language::Yaml;
    if (suffix == u"env" || suffix == u"local" || name == u".env.example" || name.startsWith(QLatin1StringView(".env")))
        return Language::Env;
    if (suffix == u"sql")
        return Language::Sql;
    if (suffix == u"sh")
        return Language::Shell;
    if (suffix == u"xml")
        return Language::Xml;
    if (suffix == u"md")
        return Language::Markdown;
    if (name == u"Caddyfile")
        return Language::Caddyfile;
    if (suffix == u"diff" || suffix == u"patch")
        return Language::Diff;
    return Language::Plain;
}

QString BuiltinHighlighter::formatName(const QTextCharFormat &format)
{
    return format.property(nameProperty).toString();
}

QTextCharFormat BuiltinHighlighter::makeFormat(const QString &name, const QColor &colour, bool bold, bool italic) const
{
    QTextCharFormat f;
    f.setForeground(colour);
    if (bold)
        f.setFontWeight(QFont::Bold);
    f.setFontItalic(italic);
    f.setProperty(nameProperty, name);
    return f;
}

void BuiltinHighlighter::addRule(const QString &pattern, const QTextCharFormat &format, int group,
                                 QRegularExpression::PatternOptions options)
{
    Rule rule {QRegularExpression(pattern, options), format, group};
    rule.pattern.optimize();
    m_rules.append(rule);
}

BuiltinHighlighter::BuiltinHighlighter(Language language, QTextDocument *document)
    : QSyntaxHighlighter(document), m_language(language)
{
    const QPalette palette = QGuiApplication::palette();
    const bool dark = PaletteColors::isDark(palette);
    const QColor keyColour = dark ? QColor(0x82, 0xaa, 0xff) : QColor(0x1a, 0x4d, 0xa1);
    const QColor stringColour = dark ? QColor(0xc3, 0xe8, 0x8d) : QColor(0x2e, 0x7d, 0x32);
    const QColor numberColour = dark ? QColor(0xf7, 0x8c, 0x6c) : QColor(0xa6, 0x4b, 0x00);
    const QColor commentColour = dark ? QColor(0x90, 0x90, 0x90) : QColor(0x6a, 0x6a, 0x6a);
    const QColor keywordColour = dark ? QColor(0xc7, 0x92, 0xea) : QColor(0x7b, 0x1f, 0xa2);

    const auto key = makeFormat(QStringLiteral("key"), keyColour, true);
    const auto string = makeFormat(QStringLiteral("string"), stringColour);
    const auto number = makeFormat(QStringLiteral("number"), numberColour);
    const auto comment = makeFormat(QStringLiteral("comment"), commentColour, false, true);
    const auto keyword = makeFormat(QStringLiteral("keyword"), keywordColour, true);
    const auto variable = makeFormat(QStringLiteral("variable"), numberColour);

    // Later rules win where they overlap: comments and strings come last.
    switch (language) {
    case Language::Yaml:
        addRule(QStringLiteral(R"(^\s*(?:-\s+)?([^\s#:'"][^:#]*?):(?=\s|$))"), key, 1);
        addRule(QStringLiteral(R"(:\s+(-?\d+(?:\.\d+)?)\s*$)"), number, 1);
        addRule(QStringLiteral(R"(\b(true|false|null|yes|no)\b)"), keyword, 1);
        addRule(QStringLiteral(R"("(?:[^"\\]|\\.)*"|'[^']*')"), string);
        addRule(QStringLiteral(R"((?:^|\s)(#.*)$)"), comment, 1);
        break;
    case Language::Env:
        addRule(QStringLiteral(R"(^\s*([A-Za-z_][A-Za-z0-9_]*)=)"), key, 1);
        addRule(QStringLiteral(R"(=(.*)$)"), string, 1);
        addRule(QStringLiteral(R"(^\s*#.*$)"), comment);
        break;
    case Language::Sql:
        addRule(QStringLiteral("\\b(ALTER|TABLE|ON|CLUSTER|MODIFY|TTL|INTERVAL|DAY|SELECT|FROM|WHERE|AND|OR|AS|BACKUP|TO|CREATE|"
                               "DROP|INSERT|INTO|SETTINGS|IF|EXISTS|NOT|DATABASE|ALL|toDate)\\b"),
                keyword, 1, QRegularExpression::CaseInsensitiveOption);
        addRule(QStringLiteral(R"(\b\d+\b)"), number);
        addRule(QStringLiteral(R"('(?:[^'\\]|\\.)*')"), string);
        addRule(QStringLiteral(R"(--.*$)"), comment);
        break;
    case Language::Shell:
        addRule(QStringLiteral(R"(\b(if|then|else|elif|fi|for|while|do|done|case|esac|in|function|return|exit|local|set|export|readonly)\b)"),
                keyword, 1);
        addRule(QStringLiteral(R"(\$\{?[A-Za-z_][A-Za-z0-9_]*\}?|\$[0-9@#?*])"), variable);
        addRule(QStringLiteral(R"("(?:[^"\\]|\\.)*"|'[^']*')"), string);
        addRule(QStringLiteral(R"((?:^|\s)(#.*)$)"), comment, 1);
        break;
    case Language::Xml:
        addRule(QStringLiteral(R"(</?([A-Za-z_][\w.-]*))"), key, 1);
        addRule(QStringLiteral(R"("[^"]*")"), string);
        addRule(QStringLiteral(R"(<!--.*-->)"), comment);
        break;
    case Language::Markdown:
        addRule(QStringLiteral(R"(^#+ .*$)"), key);
        addRule(QStringLiteral(R"(`[^`]+`)"), string);
        break;
    case Language::Caddyfile:
        addRule(QStringLiteral(R"(^\s*([a-z_]+))"), keyword, 1);
        addRule(QStringLiteral(R"(\{\$?[A-Za-z_.]+\})"), variable);
        addRule(QStringLiteral(R"((?:^|\s)(#.*)$)"), comment, 1);
        break;
    case Language::Diff:
        addRule(QStringLiteral(R"(^\+.*$)"), makeFormat(QStringLiteral("added"), PaletteColors::good(palette)));
        addRule(QStringLiteral(R"(^-.*$)"), makeFormat(QStringLiteral("removed"), PaletteColors::problem(palette)));
        addRule(QStringLiteral(R"(^@@.*@@)"), makeFormat(QStringLiteral("hunk"), keywordColour, true));
        break;
    case Language::Plain:
        break;
    }
}

void BuiltinHighlighter::highlightBlock(const QString &text)
{
    for (const Rule &rule : std::as_const(m_rules)) {
        auto it = rule.pattern.globalMatch(text);
        while (it.hasNext()) {
            const auto match = it.next();
            if (match.capturedStart(rule.group) < 0)
                continue;
            setFormat(int(match.capturedStart(rule.group)), int(match.capturedLength(rule.group)), rule.format);
        }
    }
}

} // namespace phc
