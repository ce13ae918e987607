#include "yamledit.h"

#include "yamlreader.h"
#include "yamlwriter.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <functional>

namespace phc {

namespace {

// This file's messages, in one translation context: lupdate files Text::tr() calls under it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(phc::YamlEdit)
};

struct Entry
{
    QString path;
    QString parent;
    qsizetype keyOffset = 0; // first byte of the key
    int keyColumn = 0;       // 0-based
    YAML::Node value;
    bool inFlow = false;     // inside a flow mapping or list
};

// The document as lines and as key entries with their byte positions.
class Document
{
public:
    explicit Document(const QByteArray &text) : m_text(text)
    {
        m_lineStarts.append(0);
        for (qsizetype i = 0; i < text.size(); ++i)
            if (text[i] == '\n')
                m_lineStarts.append(i + 1);
        m_newline = text.contains("\r\n") ? QByteArrayLiteral("\r\n") : QByteArrayLiteral("\n");
    }

    bool parse(Issues &issues)
    {
        const auto root = parseYaml(m_text, issues);
        if (!root)
            return false;
        m_root = *root;
        walk(m_root, QString(), false);
        return true;
    }

    const QByteArray &text() const { return m_text; }
    const QByteArray &newline() const { return m_newline; }
    const YAML::Node &root() const { return m_root; }

    const Entry *find(const QString &path) const
    {
        const auto it = m_byPath.constFind(path);
        return it == m_byPath.cend() ? nullptr : &m_entries[*it];
    }
    QList<const Entry *> children(const QString &path) const
    {
        QList<const Entry *> out;
        for (int i : m_children.value(path))
            out << &m_entries[i];
        return out;
    }

    int lineCount() const { return int(m_lineStarts.size()); }
    qsizetype lineStart(int line) const { return m_lineStarts[line]; }
    qsizetype nextLineStart(int line) const { return line + 1 < lineCount() ? m_lineStarts[line + 1] : m_text.size(); }
    qsizetype lineEnd(int line) const
    {
        qsizetype end = line + 1 < lineCount() ? m_lineStarts[line + 1] - 1 : m_text.size();
        if (end > lineStart(line) && m_text[end - 1] == '\r')
            --end;
        return end;
    }
    int lineOfOffset(qsizetype offset) const
    {
        return int(std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), offset) - m_lineStarts.cbegin()) - 1;
    }
    qsizetype offsetOf(const YAML::Node &node) const
    {
        const YAML::Mark m = node.Mark();
        if (m.is_null() || m.line < 0 || m.line >= lineCount())
            return -1;
        return std::min(lineStart(m.line) + m.column, lineEnd(m.line));
    }
    int indentOf(int line) const
    {
        int n = 0;
        for (qsizetype i = lineStart(line); i < lineEnd(line) && m_text[i] == ' '; ++i)
            ++n;
        return n;
    }
    bool isBlankOrComment(int line) const
    {
        const QByteArray content = m_text.mid(lineStart(line), lineEnd(line) - lineStart(line)).trimmed();
        return content.isEmpty() || content.startsWith('#');
    }
    bool isComment(int line) const
    {
        return m_text.mid(lineStart(line), lineEnd(line) - lineStart(line)).trimmed().startsWith('#');
    }

    // Where a scalar that starts at `start` ends.
    qsizetype scalarEnd(qsizetype start, bool flow) const
    {
        const qsizetype n = m_text.size();
        const char c = start < n ? m_text[start] : '\n';
        if (c == '"') {
            for (qsizetype i = start + 1; i < n; ++i) {
                if (m_text[i] == '\\')
                    ++i;
                else if (m_text[i] == '"')
                    return i + 1;
            }
            return n;
        }
        if (c == '\'') {
            for (qsizetype i = start + 1; i < n; ++i) {
                if (m_text[i] != '\'')
                    continue;
                if (i + 1 < n && m_text[i + 1] == '\'')
                    ++i;
                else
                    return i + 1;
            }
            return n;
        }
        qsizetype last = start;
        for (qsizetype i = start; i < n && m_text[i] != '\n' && m_text[i] != '\r'; ++i) {
            const char ch = m_text[i];
            if (ch == '#' && i > start && (m_text[i - 1] == ' ' || m_text[i - 1] == '\t'))
                break;
            if (flow && (ch == ',' || ch == ']' || ch == '}'))
                break;
            if (ch != ' ' && ch != '\t')
                last = i + 1;
        }
        return last;
    }
    // Where a flow collection that opens at `start` closes.
    qsizetype flowEnd(qsizetype start) const
    {
        int depth = 0;
        for (qsizetype i = start; i < m_text.size(); ++i) {
            const char c = m_text[i];
            if (c == '"' || c == '\'') {
                i = scalarEnd(i, true) - 1;
            } else if (c == '#' && i > 0 && (m_text[i - 1] == ' ' || m_text[i - 1] == '\t')) {
                while (i < m_text.size() && m_text[i] != '\n')
                    ++i;
            } else if (c == '[' || c == '{') {
                ++depth;
            } else if ((c == ']' || c == '}') && --depth == 0) {
                return i + 1;
            }
        }
        return m_text.size();
    }
    // Just past the ':' that follows an entry's key.
    qsizetype afterColon(const Entry &e) const
    {
        qsizetype i = e.keyOffset;
        if (i < m_text.size() && (m_text[i] == '"' || m_text[i] == '\''))
            i = scalarEnd(i, e.inFlow);
        for (; i < m_text.size(); ++i)
            if (m_text[i] == ':' && (i + 1 == m_text.size() || QByteArrayView(" \t\r\n,]}").contains(m_text[i + 1])))
                return i + 1;
        return m_text.size();
    }
    // Where the value of a block entry starts when it starts on the key's line, else -1.
    qsizetype inlineValueStart(const Entry &e) const
    {
        const qsizetype at = offsetOf(e.value);
        const int keyLine = lineOfOffset(e.keyOffset);
        if (at < 0 || lineOfOffset(at) != keyLine || at < afterColon(e))
            return -1;
        return at;
    }
    // End of an entry's last content line: the key line and every line
    // indented deeper than the key (or a list's "- " at the key's column).
    qsizetype regionEnd(const Entry &e) const
    {
        const int keyLine = lineOfOffset(e.keyOffset);
        qsizetype end = lineEnd(keyLine);
        const qsizetype start = inlineValueStart(e);
        int line = keyLine;
        if (start >= 0 && (e.value.IsScalar() || e.value.Style() == YAML::EmitterStyle::Flow)) {
            const qsizetype valueEnd = e.value.IsScalar() ? scalarEnd(start, e.inFlow) : flowEnd(start);
            line = lineOfOffset(std::max(valueEnd - 1, start));
            end = std::max(end, lineEnd(line));
        }
        const bool blockList = e.value.IsSequence() && e.value.Style() != YAML::EmitterStyle::Flow;
        for (int l = line + 1; l < lineCount(); ++l) {
            if (isBlankOrComment(l))
                continue;
            const int indent = indentOf(l);
            const bool dash = m_text.mid(lineStart(l) + indent, 2) == "- " || m_text.mid(lineStart(l) + indent).trimmed() == "-";
            if (indent > e.keyColumn || (blockList && indent == e.keyColumn && dash))
                end = lineEnd(l);
            else
                break;
        }
        return end;
    }
    // The file's indentation step: the smallest one seen, else 2.
    int indentStep() const
    {
        int step = 0;
        for (const Entry &e : m_entries) {
            const Entry *parent = find(e.parent);
            if (parent && !e.inFlow && e.keyColumn > parent->keyColumn)
                step = step == 0 ? e.keyColumn - parent->keyColumn : std::min(step, e.keyColumn - parent->keyColumn);
        }
        return step > 0 ? step : 2;
    }

private:
    void walk(const YAML::Node &node, const QString &path, bool flow)
    {
        const bool inFlow = flow || node.Style() == YAML::EmitterStyle::Flow;
        if (node.IsMap()) {
            for (const auto &kv : node) {
                if (!kv.first.IsScalar())
                    continue;
                const QString key = QString::fromStdString(kv.first.Scalar());
                const QString childPath = path.isEmpty() ? key : path + u'.' + key;
                if (m_byPath.contains(childPath))
                    continue; // a duplicate key: the reader reports it
                Entry e;
                e.path = childPath;
                e.parent = path;
                e.keyOffset = std::max<qsizetype>(0, offsetOf(kv.first));
                e.keyColumn = int(e.keyOffset - lineStart(lineOfOffset(e.keyOffset)));
                e.value = kv.second;
                e.inFlow = inFlow;
                m_byPath.insert(childPath, int(m_entries.size()));
                m_children[path].append(int(m_entries.size()));
                m_entries.append(e);
                walk(kv.second, childPath, inFlow);
            }
        } else if (node.IsSequence()) {
            int i = 0;
            for (const auto &element : node)
                walk(element, path + u'[' + QString::number(i++) + u']', inFlow);
        }
    }

    QByteArray m_text;
    QByteArray m_newline;
    QList<qsizetype> m_lineStarts;
    YAML::Node m_root;
    QList<Entry> m_entries;
    QHash<QString, int> m_byPath;
    QHash<QString, QList<int>> m_children;
};

enum class Quote { None, Double, Single };

Quote quoteAt(const QByteArray &text, qsizetype at)
{
    if (at < 0 || at >= text.size())
        return Quote::None;
    return text[at] == '"' ? Quote::Double : text[at] == '\'' ? Quote::Single : Quote::None;
}

// The new text of a scalar, in the style of the old one where the value allows.
QString styled(const YamlValue::Kind kind, const QString &value, Quote oldQuote, const std::optional<QString> &oldPlain)
{
    if (oldQuote == Quote::Double)
        return YamlWriter::quoted(value);
    if (oldQuote == Quote::Single) {
        const bool control = std::any_of(value.cbegin(), value.cend(), [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; });
        return control ? YamlWriter::quoted(value) : u'\'' + QString(value).replace(u'\'', QStringLiteral("''")) + u'\'';
    }
    if (kind == YamlValue::Kind::Plain)
        return value;
    const QString safe = YamlWriter::scalar(value);
    // The file already holds such values plain (a version such as 30.46.0): keep doing so.
    if (safe != value && oldPlain && YamlWriter::scalar(*oldPlain) != *oldPlain && YamlEdit::isPlainScalar(value)
        && YamlEdit::isPlainScalar(*oldPlain))
        return value;
    return safe;
}

QString newValueText(const YamlValue &v)
{
    if (v.kind == YamlValue::Kind::List)
        return YamlWriter::flowSequence(v.items);
    return styled(v.kind, v.text, Quote::None, std::nullopt);
}

struct Splice
{
    qsizetype from = 0;
    qsizetype to = 0;
    QByteArray with;
};

QByteArray applySplices(const QByteArray &text, QList<Splice> splices)
{
    std::sort(splices.begin(), splices.end(), [](const Splice &a, const Splice &b) { return a.from > b.from; });
    QByteArray out = text;
    for (const Splice &s : splices)
        out.replace(s.from, s.to - s.from, s.with);
    return out;
}

QStringList pathSegments(const QString &path) { return path.split(u'.'); }

class Editor
{
public:
    Editor(const Document &doc, const QStringList &order, Issues &issues) : m_doc(doc), m_order(order), m_issues(issues) { }

    std::optional<QByteArray> change(const YamlChange &c)
    {
        static const QRegularExpression keyPath(QStringLiteral("^[^.\\[\\]]+(\\.[^.\\[\\]]+)*$"));
        if (const Entry *e = m_doc.find(c.path)) {
            if (!c.value)
                return remove(*e);
            return replace(*e, *c.value);
        }
        if (!c.value)
            return m_doc.text();
        if (!keyPath.match(c.path).hasMatch()) {
            fail(c.path, Text::tr("only keys of mappings can be added, not list items"));
            return std::nullopt;
        }
        return insert(c.path, *c.value);
    }

private:
    void fail(const QString &path, const QString &message) { m_issues.append({path, 0, 0, Severity::Error, message}); }

    std::optional<QByteArray> replace(const Entry &e, const YamlValue &v)
    {
        const QByteArray &text = m_doc.text();
        const qsizetype start = m_doc.inlineValueStart(e);
        const YAML::Node &old = e.value;
        const bool flowValue = old.Style() == YAML::EmitterStyle::Flow;
        if (v.kind == YamlValue::Kind::List && old.IsSequence()) {
            QStringList oldItems;
            bool scalars = true;
            for (const auto &item : old) {
                scalars = scalars && item.IsScalar() && m_doc.offsetOf(item) >= 0;
                oldItems << (item.IsScalar() ? QString::fromStdString(item.Scalar()) : QString());
            }
            if (scalars && oldItems == v.items)
                return text;
            if (scalars && oldItems.size() == v.items.size())
                return replaceItems(e, v.items);
            if (scalars && !flowValue && !e.inFlow) {
                if (auto kept = growOrShrink(e, oldItems, v.items))
                    return *kept;
            }
            if (flowValue && start >= 0)
                return applySplices(text, {{start, m_doc.flowEnd(start), YamlWriter::flowSequence(v.items).toUtf8()}});
            if (!flowValue && !e.inFlow)
                return replaceBlockList(e, v.items);
        }
        if (old.IsScalar() && start >= 0) {
            const qsizetype end = m_doc.scalarEnd(start, e.inFlow);
            const Quote q = quoteAt(text, start);
            const QString oldText = QString::fromUtf8(text.mid(start, end - start));
            const QString oldValue = QString::fromStdString(old.Scalar());
            // A plain scalar continued on the lines below is replaced with its whole region further down.
            if (q != Quote::None || oldText == oldValue) {
                if (v.kind != YamlValue::Kind::List && oldValue == v.text && (v.kind == YamlValue::Kind::String || q == Quote::None))
                    return text;
                const QString newText = v.kind == YamlValue::Kind::List
                    ? YamlWriter::flowSequence(v.items)
                    : styled(v.kind, v.text, q, q == Quote::None ? std::optional(oldText) : std::nullopt);
                return applySplices(text, {{start, end, newText.toUtf8()}});
            }
        }
        if (e.inFlow) {
            fail(e.path, Text::tr("cannot change this value inside a flow mapping ({...}) in place; write it as a block mapping"));
            return std::nullopt;
        }
        const QByteArray newText = newValueText(v).toUtf8();
        if (flowValue && start >= 0)
            return applySplices(text, {{start, m_doc.flowEnd(start), newText}});
        const qsizetype colon = m_doc.afterColon(e);
        if (old.IsNull()) {
            qsizetype p = colon;
            while (p < text.size() && (text[p] == ' ' || text[p] == '\t'))
                ++p;
            const int keyLine = m_doc.lineOfOffset(e.keyOffset);
            // "key:" or "key: # comment": the value goes after the colon; "key: ~" replaces the "~".
            if (p >= m_doc.lineEnd(keyLine) || text[p] == '#')
                return applySplices(text, {{colon, colon, ' ' + newText}});
            return applySplices(text, {{p, m_doc.scalarEnd(p, false), newText}});
        }
        return applySplices(text, {{colon, m_doc.regionEnd(e), ' ' + newText}});
    }

    QByteArray replaceItems(const Entry &e, const QStringList &items)
    {
        const QByteArray &text = m_doc.text();
        const bool flow = e.inFlow || e.value.Style() == YAML::EmitterStyle::Flow;
        QList<Splice> splices;
        int i = 0;
        for (const auto &item : e.value) {
            const QString want = items[i++];
            if (QString::fromStdString(item.Scalar()) == want)
                continue;
            const qsizetype start = m_doc.offsetOf(item);
            const qsizetype end = m_doc.scalarEnd(start, flow);
            const Quote q = quoteAt(text, start);
            QString written = styled(YamlValue::Kind::String, want, q,
                                     q == Quote::None ? std::optional(QString::fromUtf8(text.mid(start, end - start))) : std::nullopt);
            // A flow list's own indicators need quotes, as YamlWriter::flowSequence gives them.
            if (flow && q == Quote::None && written == want && YamlWriter::flowSequence({want}) != u'[' + want + u']')
                written = YamlWriter::quoted(want);
            splices.append({start, end, written.toUtf8()});
        }
        return applySplices(text, splices);
    }

    // Items appended to a block list, or some of its items removed: only those lines change.
    std::optional<QByteArray> growOrShrink(const Entry &e, const QStringList &oldItems, const QStringList &items)
    {
        const QByteArray &text = m_doc.text();
        const QByteArray &nl = m_doc.newline();
        QList<int> itemLines;
        for (const auto &item : e.value) {
            const qsizetype at = m_doc.offsetOf(item);
            const int line = m_doc.lineOfOffset(at);
            const int indent = m_doc.indentOf(line);
            // One item per line, "- item" and nothing before it.
            if (text.mid(m_doc.lineStart(line) + indent, 2) != "- " || m_doc.scalarEnd(at, false) > m_doc.lineEnd(line)
                || (!itemLines.isEmpty() && itemLines.last() == line))
                return std::nullopt;
            itemLines << line;
        }
        if (items.size() > oldItems.size() && items.mid(0, oldItems.size()) == oldItems) {
            const int dashIndent = m_doc.indentOf(itemLines.first());
            QByteArray block;
            for (const QString &item : items.mid(oldItems.size()))
                block += QByteArray(dashIndent, ' ') + "- " + YamlWriter::scalar(item).toUtf8() + nl;
            const int lastLine = m_doc.lineOfOffset(m_doc.regionEnd(e));
            const qsizetype at = m_doc.nextLineStart(lastLine);
            return applySplices(text, {{at, at, (at == text.size() && !text.endsWith('\n') ? nl : QByteArray()) + block}});
        }
        if (items.isEmpty() || items.size() >= oldItems.size())
            return std::nullopt;
        // Which old items stay, in order; the others lose their lines.
        QList<Splice> splices;
        qsizetype next = 0;
        for (int i = 0; i < oldItems.size(); ++i) {
            if (next < items.size() && oldItems[i] == items[next])
                ++next;
            else
                splices.append({m_doc.lineStart(itemLines[i]), m_doc.nextLineStart(itemLines[i]), {}});
        }
        if (next != items.size())
            return std::nullopt;
        return applySplices(text, splices);
    }

    QByteArray replaceBlockList(const Entry &e, const QStringList &items)
    {
        const QByteArray &nl = m_doc.newline();
        if (items.isEmpty())
            return applySplices(m_doc.text(), {{m_doc.afterColon(e), m_doc.regionEnd(e), QByteArrayLiteral(" []")}});
        int dashIndent = e.keyColumn + m_doc.indentStep();
        if (e.value.size() > 0) {
            const qsizetype first = m_doc.offsetOf(e.value[0]);
            if (first >= 0)
                dashIndent = m_doc.indentOf(m_doc.lineOfOffset(first));
        }
        QByteArray block;
        for (const QString &item : items)
            block += nl + QByteArray(dashIndent, ' ') + "- " + YamlWriter::scalar(item).toUtf8();
        return applySplices(m_doc.text(), {{m_doc.afterColon(e), m_doc.regionEnd(e), block}});
    }

    std::optional<QByteArray> remove(const Entry &e)
    {
        const QByteArray &text = m_doc.text();
        const int keyLine = m_doc.lineOfOffset(e.keyOffset);
        if (e.inFlow || m_doc.indentOf(keyLine) != e.keyColumn) {
            fail(e.path, Text::tr("cannot remove this key in place: it is not on a line of its own (flow mapping or list item)"));
            return std::nullopt;
        }
        const int lastLine = m_doc.lineOfOffset(m_doc.regionEnd(e));
        return applySplices(text, {{m_doc.lineStart(keyLine), m_doc.nextLineStart(lastLine), {}}});
    }

    int rank(const QString &path) const
    {
        const qsizetype i = m_order.indexOf(path);
        return i < 0 ? -1 : int(i);
    }

    std::optional<QByteArray> insert(const QString &path, const YamlValue &v)
    {
        const QStringList segments = pathSegments(path);
        // The deepest existing ancestor.
        int have = 0;
        QString parentPath;
        while (have < segments.size() - 1) {
            const QString next = segments.mid(0, have + 1).join(u'.');
            if (!m_doc.find(next))
                break;
            parentPath = next;
            ++have;
        }
        const Entry *parent = parentPath.isEmpty() ? nullptr : m_doc.find(parentPath);
        if (parent && (parent->inFlow || parent->value.Style() == YAML::EmitterStyle::Flow || !(parent->value.IsMap() || parent->value.IsNull()))) {
            fail(path, parent->value.IsMap() ? Text::tr("cannot add a key inside a flow mapping ({...}) in place; write it as a block mapping")
                                             : Text::tr("'%1' is not a mapping").arg(parentPath));
            return std::nullopt;
        }
        if (!parent && !(m_doc.root().IsMap() || m_doc.root().IsNull())) {
            fail(path, Text::tr("the document is not a mapping"));
            return std::nullopt;
        }
        const QList<const Entry *> siblings = m_doc.children(parentPath);
        const int step = m_doc.indentStep();
        const int indent = !siblings.isEmpty() ? siblings.first()->keyColumn : parent ? parent->keyColumn + step : 0;
        const QByteArray &nl = m_doc.newline();
        const QByteArray &text = m_doc.text();

        QByteArray block;
        for (int i = have; i < segments.size(); ++i) {
            block += QByteArray(indent + step * (i - have), ' ') + YamlWriter::scalar(segments[i]).toUtf8() + ':';
            if (i + 1 == segments.size())
                block += ' ' + newValueText(v).toUtf8();
            block += nl;
        }

        // After the sibling ordered last before it, else before the first ordered after it.
        const QString firstNew = segments.mid(0, have + 1).join(u'.');
        const int myRank = rank(firstNew);
        const Entry *before = nullptr;
        const Entry *after = nullptr;
        for (const Entry *s : siblings) {
            const int r = rank(s->path);
            if (r < 0 || myRank < 0)
                continue;
            if (r < myRank && (!before || r > rank(before->path)))
                before = s;
            if (r > myRank && (!after || r < rank(after->path)))
                after = s;
        }
        if (!before && !after && !siblings.isEmpty())
            before = siblings.last();
        qsizetype at = 0;
        if (before) {
            const int lastLine = m_doc.lineOfOffset(m_doc.regionEnd(*before));
            at = m_doc.nextLineStart(lastLine);
            // A new section after a section that a blank line ends gets one too.
            if (have < segments.size() - 1 && before->value.IsMap() && lastLine + 1 < m_doc.lineCount()
                && m_doc.lineStart(lastLine + 1) == m_doc.lineEnd(lastLine + 1))
                block = nl + block;
        } else if (after) {
            int line = m_doc.lineOfOffset(after->keyOffset);
            while (line > 0 && m_doc.isComment(line - 1) && m_doc.indentOf(line - 1) == after->keyColumn)
                --line;
            at = m_doc.lineStart(line);
        } else if (parent) {
            // An empty mapping: below its key and the comments indented under it.
            int line = m_doc.lineOfOffset(parent->keyOffset);
            while (line + 1 < m_doc.lineCount() && m_doc.isComment(line + 1) && m_doc.indentOf(line + 1) > parent->keyColumn)
                ++line;
            at = m_doc.nextLineStart(line);
        } else {
            at = text.size();
        }
        if (at == text.size() && !text.isEmpty() && !text.endsWith('\n'))
            block = nl + block;
        return applySplices(text, {{at, at, block}});
    }

    const Document &m_doc;
    const QStringList &m_order;
    Issues &m_issues;
};

} // namespace

bool YamlEdit::isPlainScalar(const QString &value)
{
    if (value.isEmpty() || value != value.trimmed() || value.contains(u'\n') || value.contains(QStringLiteral(" #"))
        || YamlWriter::isReservedWord(value))
        return false;
    try {
        const YAML::Node n = YAML::Load(value.toStdString());
        return n.IsScalar() && n.Tag() == "?" && QString::fromStdString(n.Scalar()) == value;
    } catch (const YAML::Exception &) {
        return false;
    }
}

Result<QByteArray> YamlEdit::apply(const QByteArray &text, const QList<YamlChange> &changes, const QStringList &keyOrder)
{
    QByteArray current = text;
    Issues issues;
    for (const YamlChange &c : changes) {
        Document doc(current);
        if (!doc.parse(issues))
            return Result<QByteArray>::failure(issues);
        const auto next = Editor(doc, keyOrder, issues).change(c);
        if (next)
            current = *next;
    }
    if (hasErrors(issues))
        return Result<QByteArray>::failure(issues);
    return current;
}

QStringList YamlEdit::keyOrder(const QByteArray &text)
{
    static const QRegularExpression keyLine(QStringLiteral("^( *)(# )?([A-Za-z_][A-Za-z0-9_-]*):( |$)"));
    QStringList out;
    QList<std::pair<int, QString>> stack; // indent, key
    for (const QByteArray &raw : text.split('\n')) {
        const auto m = keyLine.match(QString::fromUtf8(raw).remove(u'\r'));
        if (!m.hasMatch())
            continue;
        const int indent = int(m.capturedLength(1));
        while (!stack.isEmpty() && stack.last().first >= indent)
            stack.removeLast();
        QStringList parts;
        for (const auto &[i, k] : stack)
            parts << k;
        parts << m.captured(3);
        out << parts.join(u'.');
        // A commented-out key opens no section: what follows at a deeper indent is its comment.
        if (m.capturedLength(2) == 0)
            stack.append({indent, m.captured(3)});
    }
    return out;
}

std::optional<QList<std::pair<QString, YamlValue>>> YamlEdit::leaves(const QByteArray &text)
{
    Issues issues;
    const auto root = parseYaml(text, issues);
    if (!root)
        return std::nullopt;
    QList<std::pair<QString, YamlValue>> out;
    std::function<void(const YAML::Node &, const QString &)> walk = [&](const YAML::Node &node, const QString &path) {
        if (node.IsMap()) {
            for (const auto &kv : node)
                if (kv.first.IsScalar()) {
                    const QString key = QString::fromStdString(kv.first.Scalar());
                    walk(kv.second, path.isEmpty() ? key : path + u'.' + key);
                }
        } else if (node.IsSequence()) {
            QStringList items;
            for (const auto &item : node)
                items << (item.IsScalar() ? QString::fromStdString(item.Scalar()) : QString());
            out.append({path, YamlValue::list(items)});
        } else if (node.IsScalar()) {
            const QString s = QString::fromStdString(node.Scalar());
            out.append({path, node.Tag() == "!" ? YamlValue::string(s) : YamlValue::plain(s)});
        }
    };
    walk(*root, QString());
    return out;
}

} // namespace phc
