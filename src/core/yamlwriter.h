#pragma once

#include <QString>
#include <QStringList>

namespace phc {

// Writes block-style YAML line by line, so generated files keep a fixed key
// order and can carry comments. Scalars are quoted whenever a YAML 1.1 or 1.2
// reader (PyYAML in docker-compose, Go's yaml in Helm) could read them as
// anything but the string meant.
class YamlWriter
{
public:
    static QString quoted(const QString &value);   // always double-quoted
    static QString scalar(const QString &value);   // plain when safe, else quoted
    static QString flowSequence(const QStringList &values); // "[a, b]"
    // y, yes, on, true, null, ~ and the like, which some reader takes for no string.
    static bool isReservedWord(const QString &value);

    void comment(const QString &text);             // "# text", one line per '\n'
    void blank();
    void line(const QString &rawText);             // verbatim at the current indent

    void beginMap(const QString &key);             // "key:" and indent
    void endMap();
    void beginList(const QString &key);            // "key:" for a block list
    void endList();
    void beginItem();                              // "- " before the next line
    void endItem();

    void string(const QString &key, const QString &value);
    void quotedString(const QString &key, const QString &value);
    void number(const QString &key, qint64 value);
    void boolean(const QString &key, bool value);
    void raw(const QString &key, const QString &rawValue);
    void flowList(const QString &key, const QStringList &values);
    void blockList(const QString &key, const QStringList &values);
    void item(const QString &value);               // "- value"

    const QString &text() const { return m_text; }

private:
    void emit(const QString &content);
    int m_indent = 0;
    int m_pendingDashes = 0;
    QString m_text;
};

} // namespace phc
