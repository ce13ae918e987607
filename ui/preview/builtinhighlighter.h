#pragma once

#include <QList>
#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace phc {

// A small highlighter for the languages of the generated files; used where
// KDE's Syntax Highlighting framework is not available.
class BuiltinHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    enum class Language { Plain, Yaml, Env, Sql, Shell, Xml, Markdown, Caddyfile, Diff };

    BuiltinHighlighter(Language language, QTextDocument *document);

    static Language languageFor(const QString &fileName);
    Language language() const { return m_language; }

    // The format a position was given, for tests: name of the rule or empty.
    static QString formatName(const QTextCharFormat &format);

protected:
    void highlightBlock(const QString &text) override;

private:
    struct Rule
    {
        QRegularExpression pattern;
        QTextCharFormat format;
        int group = 0;
    };
    void addRule(const QString &pattern, const QTextCharFormat &format, int group = 0,
                 QRegularExpression::PatternOptions options = QRegularExpression::NoPatternOption);
    QTextCharFormat makeFormat(const QString &name, const QColor &colour, bool bold = false, bool italic = false) const;

    Language m_language;
    QList<Rule> m_rules;
};

} // namespace phc
