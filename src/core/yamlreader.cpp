#include "yamlreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

#include <yaml-cpp/eventhandler.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <sstream>
#include <utility>
#include <numeric>
#include <vector>

namespace phc {

namespace {

// This file's messages, in one translation context: lupdate files Text::tr()
// calls under it from any function, tr() calls from the class it is named after.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(phc::MapReader)
};

QString tr(const char *text) { return Text::tr(text); }

QString describe(const YAML::Node &n)
{
    switch (n.Type()) {
    case YAML::NodeType::Map: return Text::tr("a mapping");
    case YAML::NodeType::Sequence: return Text::tr("a list");
    case YAML::NodeType::Null: return Text::tr("nothing (null)");
    case YAML::NodeType::Scalar: return QStringLiteral("'") + QString::fromStdString(n.Scalar()) + u'\'';
    case YAML::NodeType::Undefined: break;
    }
    return Text::tr("nothing");
}

// Counts the nodes of a document from the parser's events, building none,
// and stops (throws) at the first one past a bound.
class NodeCounter final : public YAML::EventHandler
{
public:
    struct TooMany
    {
        YAML::Mark mark;
        bool depth = false; // nested too deep, rather than too many nodes
    };

    void OnDocumentStart(const YAML::Mark &) override { }
    void OnDocumentEnd() override { }
    void OnNull(const YAML::Mark &mark, YAML::anchor_t) override { count(mark); }
    void OnAlias(const YAML::Mark &mark, YAML::anchor_t) override { count(mark); }
    void OnScalar(const YAML::Mark &mark, const std::string &, YAML::anchor_t, const std::string &) override
    {
        count(mark);
    }
    void OnSequenceStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t, YAML::EmitterStyle::value) override
    {
        open(mark);
    }
    void OnSequenceEnd() override { --m_depth; }
    void OnMapStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t, YAML::EmitterStyle::value) override
    {
        open(mark);
    }
    void OnMapEnd() override { --m_depth; }

private:
    void count(const YAML::Mark &mark)
    {
        if (++m_nodes > maxYamlNodes)
            throw TooMany {mark, false};
    }
    void open(const YAML::Mark &mark)
    {
        count(mark);
        if (++m_depth > maxYamlDepth)
            throw TooMany {mark, true};
    }

    qsizetype m_nodes = 0;
    int m_depth = 0;
};

// 1-based line and column of a byte offset; the column counts bytes, as yaml-cpp's positions do.
std::pair<int, int> lineAndColumn(QByteArrayView text, qsizetype offset)
{
    const QByteArrayView before = text.first(offset);
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    return {int(before.count('\n')) + 1, int(offset - lineStart) + 1};
}

int editDistance(const QString &a, const QString &b)
{
    std::vector<int> prev(b.size() + 1), cur(b.size() + 1);
    std::iota(prev.begin(), prev.end(), 0);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        cur[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int cost = a[i - 1].toLower() == b[j - 1].toLower() ? 0 : 1;
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
        }
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

} // namespace

qsizetype firstInvalidUtf8(QByteArrayView text)
{
    const auto *bytes = reinterpret_cast<const uchar *>(text.data());
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        const uchar b = bytes[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        // Allowed ranges of the second byte per lead byte (RFC 3629, table 3-7 of Unicode).
        int length = 0;
        uchar low = 0x80, high = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            length = 3;
            if (b == 0xE0)
                low = 0xA0; // overlong
            else if (b == 0xED)
                high = 0x9F; // surrogates
        } else if (b >= 0xF0 && b <= 0xF4) {
            length = 4;
            if (b == 0xF0)
                low = 0x90; // overlong
            else if (b == 0xF4)
                high = 0x8F; // past U+10FFFF
        } else {
            return i;
        }
        if (i + 1 >= size || bytes[i + 1] < low || bytes[i + 1] > high)
            return i;
        for (int k = 2; k < length; ++k)
            if (i + k >= size || (bytes[i + k] & 0xC0) != 0x80)
                return i;
        i += length;
    }
    return -1;
}

std::optional<QByteArray> readYamlFile(const QString &path, Issues &issues)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        issues.append({QString(), 0, 0, Severity::Error, Text::tr("cannot read: %1").arg(f.errorString())});
        return std::nullopt;
    }
    // One byte past the limit tells a larger file; size() is 0 for devices and pipes.
    QByteArray text = f.read(maxYamlDocumentBytes + 1);
    if (f.error() != QFileDevice::NoError) {
        issues.append({QString(), 0, 0, Severity::Error, Text::tr("cannot read: %1").arg(f.errorString())});
        return std::nullopt;
    }
    if (text.size() > maxYamlDocumentBytes) {
        const qint64 size = f.size();
        issues.append({QString(), 0, 0, Severity::Error,
                       size > maxYamlDocumentBytes
                           ? Text::tr("the file is %1 bytes; a YAML document may be at most %2 bytes (4 MiB)")
                                 .arg(size).arg(maxYamlDocumentBytes)
                           : Text::tr("the file is longer than %1 bytes (4 MiB), the most a YAML document may be")
                                 .arg(maxYamlDocumentBytes)});
        return std::nullopt;
    }
    return text;
}

std::optional<YAML::Node> parseYaml(const QByteArray &text, Issues &issues)
{
    if (text.size() > maxYamlDocumentBytes) {
        issues.append({QString(), 0, 0, Severity::Error,
                       Text::tr("document is %1 bytes; the limit is %2 bytes (4 MiB)")
                           .arg(text.size()).arg(maxYamlDocumentBytes)});
        return std::nullopt;
    }
    if (const qsizetype bad = firstInvalidUtf8(text); bad >= 0) {
        // Refused rather than decoded with replacement characters, which saving would make permanent.
        const auto [line, column] = lineAndColumn(text, bad);
        issues.append({QString(), line, column, Severity::Error,
                       Text::tr("not valid UTF-8: byte 0x%1 cannot stand here; save the file as UTF-8")
                           .arg(uchar(text[bad]), 2, 16, QLatin1Char('0'))});
        return std::nullopt;
    }
    // yaml-cpp tokenizes a flow collection ("[a, b, ...]") whole before it
    // hands out the first node, so the node count comes too late there:
    // bound what a flow collection can hold first.
    qsizetype indicators = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if ((c == ',' || c == '[' || c == '{') && ++indicators > maxYamlNodes) {
            const auto [line, column] = lineAndColumn(text, i);
            issues.append({QString(), line, column, Severity::Error,
                           Text::tr("more than %1 of the characters ',', '[' and '{' (flow lists and mappings); "
                              "the limit keeps memory bounded")
                               .arg(maxYamlNodes)});
            return std::nullopt;
        }
    }
    try {
        const std::string document = text.toStdString();
        std::istringstream in(document);
        YAML::Parser parser(in);
        NodeCounter counter;
        parser.HandleNextDocument(counter);
        return YAML::Load(document);
    } catch (const NodeCounter::TooMany &e) {
        issues.append({QString(), e.mark.line + 1, e.mark.column + 1, Severity::Error,
                       e.depth ? Text::tr("nested deeper than %1 levels").arg(maxYamlDepth)
                               : Text::tr("more than %1 values (keys, list items, scalars); the limit keeps memory bounded")
                                     .arg(maxYamlNodes)});
    } catch (const YAML::Exception &e) {
        issues.append({QString(), e.mark.line + 1, e.mark.column + 1, Severity::Error,
                       Text::tr("YAML syntax error: %1").arg(QString::fromStdString(e.msg))});
    } catch (const std::exception &e) {
        issues.append({QString(), 0, 0, Severity::Error,
                       Text::tr("YAML could not be read: %1").arg(QString::fromUtf8(e.what()))});
    }
    return std::nullopt;
}

int lineOf(const YAML::Node &node) { return node.Mark().is_null() ? 0 : node.Mark().line + 1; }
int columnOf(const YAML::Node &node) { return node.Mark().is_null() ? 0 : node.Mark().column + 1; }

MapReader::MapReader(const YAML::Node &node, QString path, Issues &issues, PositionSink sink)
    : m_node(node), m_path(std::move(path)), m_issues(&issues), m_sink(std::move(sink))
{
    if (!node.IsDefined() || node.IsNull())
        return; // an absent section: every key takes its default
    if (!node.IsMap()) {
        errorAtNode(node, m_path, tr("expected a mapping, found %1").arg(describe(node)));
        return;
    }
    m_valid = true;
    QSet<QString> seen;
    for (const auto &entry : node) {
        if (!entry.first.IsScalar()) {
            errorAtNode(entry.first, m_path, tr("keys must be plain strings"));
            continue;
        }
        const QString key = QString::fromStdString(entry.first.Scalar());
        if (seen.contains(key)) {
            const QString p = m_path.isEmpty() ? key : m_path + u'.' + key;
            errorAtNode(entry.first, p, tr("duplicate key '%1'").arg(key));
            m_reported.insert(key);
        }
        seen.insert(key);
    }
}

QString MapReader::pathOf(const char *key) const
{
    const QString k = QString::fromUtf8(key);
    return m_path.isEmpty() ? k : m_path + u'.' + k;
}

bool MapReader::has(const char *key) const
{
    return m_valid && std::as_const(m_node)[key].IsDefined() && !std::as_const(m_node)[key].IsNull();
}

void MapReader::record(const QString &path, const YAML::Node &node)
{
    if (m_sink)
        m_sink(path, lineOf(node), columnOf(node));
}

void MapReader::errorAtNode(const YAML::Node &node, const QString &path, const QString &message)
{
    m_issues->append({path, lineOf(node), columnOf(node), Severity::Error, message});
}

void MapReader::error(const char *key, const QString &message)
{
    const YAML::Node n = m_valid ? std::as_const(m_node)[key] : YAML::Node();
    errorAtNode(n.IsDefined() ? n : m_node, pathOf(key), message);
}

std::optional<YAML::Node> MapReader::lookup(const char *key, bool required)
{
    m_known << QString::fromUtf8(key);
    if (!m_valid) {
        if (required)
            errorAtNode(m_node, pathOf(key), tr("required key '%1' is missing").arg(QString::fromUtf8(key)));
        return std::nullopt;
    }
    const YAML::Node value = std::as_const(m_node)[key];
    if (!value.IsDefined() || value.IsNull()) {
        if (value.IsDefined())
            record(pathOf(key), value);
        if (required)
            errorAtNode(value.IsDefined() ? value : m_node, pathOf(key),
                        tr("required key '%1' is missing").arg(QString::fromUtf8(key)));
        return std::nullopt;
    }
    record(pathOf(key), value);
    return value;
}

std::optional<QString> MapReader::scalarText(const YAML::Node &value, const QString &path)
{
    if (!value.IsScalar()) {
        errorAtNode(value, path, tr("expected a single value, found %1").arg(describe(value)));
        return std::nullopt;
    }
    return QString::fromStdString(value.Scalar());
}

YAML::Node MapReader::node(const char *key)
{
    return lookup(key, false).value_or(YAML::Node());
}

std::optional<MapReader::Scalar> MapReader::scalar(const char *key, bool required)
{
    const auto value = lookup(key, required);
    if (!value)
        return std::nullopt;
    const auto text = scalarText(*value, pathOf(key));
    if (!text)
        return std::nullopt;
    // A quoted scalar ("8080", "true") is always a string.
    return Scalar {*value, *text, value->Tag() == "!"};
}

bool MapReader::string(const char *key, QString &out, bool required)
{
    const auto s = scalar(key, required);
    if (!s)
        return false;
    out = s->text;
    return true;
}

bool MapReader::integer(const char *key, qint64 &out, bool required)
{
    const auto s = scalar(key, required);
    if (!s)
        return false;
    // Plain digits only: 1_000 and 0x10 are strings to us.
    static const QRegularExpression digits(QStringLiteral("^-?[0-9]{1,18}$"));
    if (s->quoted || !digits.match(s->text).hasMatch()) {
        errorAtNode(s->node, pathOf(key), tr("expected a whole number, found %1").arg(describe(s->node)));
        return false;
    }
    out = s->text.toLongLong();
    return true;
}

bool MapReader::integer(const char *key, int &out, bool required)
{
    qint64 wide = 0;
    if (!integer(key, wide, required))
        return false;
    if (wide < std::numeric_limits<int>::min() || wide > std::numeric_limits<int>::max()) {
        error(key, tr("%1 is out of range").arg(wide));
        return false;
    }
    out = int(wide);
    return true;
}

bool MapReader::boolean(const char *key, bool &out, bool required)
{
    const auto s = scalar(key, required);
    if (!s)
        return false;
    if (!s->quoted && (s->text == u"true" || s->text == u"false")) {
        out = s->text == u"true";
        return true;
    }
    errorAtNode(s->node, pathOf(key), tr("expected true or false, found %1").arg(describe(s->node)));
    return false;
}

bool MapReader::stringList(const char *key, QStringList &out, bool required)
{
    const auto value = lookup(key, required);
    if (!value)
        return false;
    if (!value->IsSequence()) {
        errorAtNode(*value, pathOf(key), tr("expected a list, found %1").arg(describe(*value)));
        return false;
    }
    QStringList items;
    bool ok = true;
    int index = 0;
    for (const auto &element : *value) {
        const QString itemPath = pathOf(key) + u'[' + QString::number(index++) + u']';
        record(itemPath, element);
        const auto text = scalarText(element, itemPath);
        if (text)
            items << *text;
        else
            ok = false;
    }
    if (ok)
        out = items;
    return ok;
}

bool MapReader::choice(const char *key, const QStringList &allowed, QString &out, bool required)
{
    QString text;
    if (!string(key, text, required))
        return false;
    if (!allowed.contains(text)) {
        QString message = tr("'%1' is not one of: %2").arg(text, allowed.join(QStringLiteral(", ")));
        const QString hint = closestMatch(text, allowed);
        if (!hint.isEmpty())
            message += tr(" (did you mean '%1'?)").arg(hint);
        error(key, message);
        return false;
    }
    out = text;
    return true;
}

bool MapReader::real(const char *key, double &out, bool required)
{
    const auto s = scalar(key, required);
    if (!s)
        return false;
    bool ok = false;
    const double d = s->text.toDouble(&ok);
    if (s->quoted || !ok || !std::isfinite(d)) {
        errorAtNode(s->node, pathOf(key), tr("expected a number, found %1").arg(describe(s->node)));
        return false;
    }
    out = d;
    return true;
}

QList<MapReader> MapReader::mapList(const char *key, bool required)
{
    QList<MapReader> out;
    const auto value = lookup(key, required);
    if (!value)
        return out;
    if (!value->IsSequence()) {
        errorAtNode(*value, pathOf(key), tr("expected a list, found %1").arg(describe(*value)));
        return out;
    }
    int index = 0;
    for (const auto &element : *value) {
        const QString itemPath = pathOf(key) + u'[' + QString::number(index++) + u']';
        record(itemPath, element);
        if (!element.IsMap())
            errorAtNode(element, itemPath, tr("expected a mapping, found %1").arg(describe(element)));
        else
            out.append(MapReader(element, itemPath, *m_issues, m_sink));
    }
    return out;
}

MapReader MapReader::map(const char *key, bool required)
{
    const auto value = lookup(key, required);
    return MapReader(value.value_or(YAML::Node()), pathOf(key), *m_issues, m_sink);
}

QString MapReader::closestMatch(const QString &word, const QStringList &candidates)
{
    QString best;
    int bestDistance = std::max<int>(2, int(word.size()) / 3) + 1;
    for (const QString &c : candidates) {
        // The length difference is a lower bound of the distance: a 4 MiB key costs nothing.
        if (std::abs(word.size() - c.size()) >= bestDistance)
            continue;
        const int d = editDistance(word, c);
        if (d < bestDistance) {
            bestDistance = d;
            best = c;
        }
    }
    return best;
}

void MapReader::finish()
{
    if (!m_valid)
        return;
    for (const auto &entry : m_node) {
        if (!entry.first.IsScalar())
            continue;
        const QString key = QString::fromStdString(entry.first.Scalar());
        if (m_known.contains(key) || m_reported.contains(key))
            continue;
        m_reported.insert(key);
        QString message = tr("unknown key '%1'").arg(key);
        const QString hint = closestMatch(key, m_known);
        if (!hint.isEmpty())
            message += tr(" (did you mean '%1'?)").arg(hint);
        else if (!m_known.isEmpty())
            message += tr("; expected one of: %1").arg(m_known.join(QStringLiteral(", ")));
        errorAtNode(entry.first, m_path.isEmpty() ? key : m_path + u'.' + key, message);
    }
}

} // namespace phc
