#include "highlighting.h"

#include "builtinhighlighter.h"

#include <QGuiApplication>
#include <QPalette>

#ifdef PHC_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

namespace phc {

#ifdef PHC_HAVE_KSYNTAXHIGHLIGHTING
namespace {

KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository repo;
    return repo;
}

} // namespace
#endif

QSyntaxHighlighter *Highlighting::attach(QTextDocument *document, const QString &fileName, bool diff)
{
#ifdef PHC_HAVE_KSYNTAXHIGHLIGHTING
    auto &repo = repository();
    const auto definition = diff ? repo.definitionForName(QStringLiteral("Diff")) : repo.definitionForFileName(fileName);
    if (definition.isValid()) {
        auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document);
        const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
        highlighter->setTheme(repo.defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                                     : KSyntaxHighlighting::Repository::LightTheme));
        highlighter->setDefinition(definition);
        return highlighter;
    }
#endif
    return new BuiltinHighlighter(diff ? BuiltinHighlighter::Language::Diff : BuiltinHighlighter::languageFor(fileName),
                                  document);
}

QString Highlighting::backendName()
{
#ifdef PHC_HAVE_KSYNTAXHIGHLIGHTING
    return QStringLiteral("KSyntaxHighlighting");
#else
    return QStringLiteral("built-in");
#endif
}

} // namespace phc
