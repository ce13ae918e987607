#pragma once

#include <QString>

class QSyntaxHighlighter;
class QTextDocument;

namespace phc {

namespace Highlighting {

// Attaches a highlighter for `fileName`'s language to `document`: KDE's
// Syntax Highlighting when the build found it, the built-in one otherwise.
// `diff` highlights the document as a unified diff instead.
QSyntaxHighlighter *attach(QTextDocument *document, const QString &fileName, bool diff = false);

// "KSyntaxHighlighting" or "built-in", for the About box and tests.
QString backendName();

} // namespace Highlighting

} // namespace phc
