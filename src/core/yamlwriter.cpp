#include "yamlwriter.h"

#include <QRegularExpression>

namespace phc {

bool YamlWriter::isReservedWord(const QString &v)
{
    static const QStringList words {QStringLiteral("y"),     QStringLiteral("n"),    QStringLiteral("yes"),
                                    QStringLiteral("no"),    QStringLiteral("on"),   QStringLiteral("off"),
                                    QStringLiteral("true"),  QStringLiteral("false"), QStringLiteral("null"),
                                    QStringLiteral("~")};
    return words.contains(v, Qt::CaseInsensitive);
}

QString YamlWriter::quoted(const QString &value)
{
    QString out;
    out.reserve(value.size() + 2);
    out += u'"';
    for (const QChar c : value) {
        switch (c.unicode()) {
        case '"': out += QStringLiteral("\\\""); break;
        case '\\': out += QStringLiteral("\\\\"); break;
        case '\n': out += QStringLiteral("\\n"); break;
        case '\t': out += QStringLiteral("\\t"); break;
        case '\r': out += QStringLiteral("\\r"); break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                out += QStringLiteral("\\x") + QString::number(c.unicode(), 16).rightJustified(2, u'0');
            else
                out += c;
        }
    }
    out += u'"';
    return out;
}

QString YamlWriter::scalar(const QString &value)
{
    // Words, paths, host names and URLs stay plain; so do Kubernetes
    // quantities and durations ("8Gi", "30s"). Anything that starts like a
    // number, holds ": " or " #", or is a YAML 1.1 boolean is quoted.
    static const QRegularExpression plainWord(
        QStringLiteral("^[A-Za-z_/.][A-Za-z0-9_./:@+=*-]*$"));
    static const QRegularExpression plainQuantity(
        QStringLiteral("^[0-9]+(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E|m|ms|s|h|d|w|y)$"));
    if (value.isEmpty() || isReservedWord(value) || value.endsWith(u':') || value.startsWith(u'.'))
        return quoted(value);
    if (plainWord.match(value).hasMatch() || plainQuantity.match(value).hasMatch())
        return value;
    return quoted(value);
}

void YamlWriter::emit(const QString &content)
{
    if (m_pendingDashes > 0) {
        m_text += QString(m_indent - 2 * m_pendingDashes, u' ');
        for (int i = 0; i < m_pendingDashes; ++i)
            m_text += QStringLiteral("- ");
        m_pendingDashes = 0;
    } else {
        m_text += QString(m_indent, u' ');
    }
    m_text += content;
    m_text += u'\n';
}

void YamlWriter::comment(const QString &text)
{
    // A comment before a pending "- " goes above the item, at its indent.
    const QString indent(m_indent - 2 * m_pendingDashes, u' ');
    for (const QString &l : text.split(u'\n'))
        m_text += indent + (l.isEmpty() ? QStringLiteral("#") : QStringLiteral("# ") + l) + u'\n';
}

void YamlWriter::blank() { m_text += u'\n'; }
void YamlWriter::line(const QString &rawText) { emit(rawText); }

void YamlWriter::beginMap(const QString &key)
{
    emit(key + u':');
    m_indent += 2;
}

void YamlWriter::endMap() { m_indent -= 2; }
void YamlWriter::beginList(const QString &key) { beginMap(key); }
void YamlWriter::endList() { endMap(); }

void YamlWriter::beginItem()
{
    m_indent += 2;
    ++m_pendingDashes;
}

void YamlWriter::endItem()
{
    m_indent -= 2;
    m_pendingDashes = 0;
}

void YamlWriter::string(const QString &key, const QString &value) { emit(key + QStringLiteral(": ") + scalar(value)); }
void YamlWriter::quotedString(const QString &key, const QString &value) { emit(key + QStringLiteral(": ") + quoted(value)); }
void YamlWriter::number(const QString &key, qint64 value) { emit(key + QStringLiteral(": ") + QString::number(value)); }
void YamlWriter::boolean(const QString &key, bool value)
{
    emit(key + (value ? QStringLiteral(": true") : QStringLiteral(": false")));
}
void YamlWriter::raw(const QString &key, const QString &rawValue) { emit(key + QStringLiteral(": ") + rawValue); }

QString YamlWriter::flowSequence(const QStringList &values)
{
    QStringList parts;
    for (const QString &v : values)
        parts << (v.contains(u',') || v.contains(u'[') || v.contains(u']') || v.contains(u'*') ? quoted(v) : scalar(v));
    return u'[' + parts.join(QStringLiteral(", ")) + u']';
}

void YamlWriter::flowList(const QString &key, const QStringList &values)
{
    emit(key + QStringLiteral(": ") + flowSequence(values));
}

void YamlWriter::blockList(const QString &key, const QStringList &values)
{
    if (values.isEmpty()) {
        emit(key + QStringLiteral(": []"));
        return;
    }
    beginList(key);
    for (const QString &v : values)
        item(v);
    endList();
}

void YamlWriter::item(const QString &value) { emit(QStringLiteral("- ") + scalar(value)); }

} // namespace phc
