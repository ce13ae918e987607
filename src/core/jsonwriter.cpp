#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace phc {

void JsonWriter::indent() { m_out.append(qsizetype(4 * m_empty.size()), ' '); }

// Commas, newlines and indentation before a value; none after a key.
void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_empty.empty())
        return;
    if (!m_empty.back())
        m_out += ",\n";
    m_empty.back() = false;
    indent();
}

void JsonWriter::open(char bracket)
{
    beforeValue();
    m_out += bracket;
    m_out += '\n';
    m_empty.push_back(true);
}

void JsonWriter::close(char bracket)
{
    const bool empty = m_empty.back();
    m_empty.pop_back();
    if (!empty)
        m_out += '\n';
    indent();
    m_out += bracket;
}

void JsonWriter::beginObject() { open('{'); }
void JsonWriter::endObject() { close('}'); }
void JsonWriter::beginArray() { open('['); }
void JsonWriter::endArray() { close(']'); }

void JsonWriter::key(QLatin1StringView name)
{
    beforeValue();
    string(QString(name));
    m_out += ": ";
    m_afterKey = true;
}

// As QJsonDocument escapes: ", \ and control characters; the rest as UTF-8.
void JsonWriter::string(QStringView text)
{
    static constexpr char hex[] = "0123456789abcdef";
    m_out += '"';
    qsizetype plain = 0; // a run of characters that need no escape, written at once
    const auto flush = [&](qsizetype upTo) {
        if (upTo > plain)
            m_out += text.sliced(plain, upTo - plain).toUtf8();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text[i].unicode();
        if (QChar::isSurrogate(u)) {
            if (QChar::isHighSurrogate(u) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
                ++i; // a pair: UTF-8 as it is
                continue;
            }
            // Alone it has no UTF-8 form: escaped, as QJsonDocument does.
            flush(i);
            plain = i + 1;
            m_out += "\\u";
            for (int shift = 12; shift >= 0; shift -= 4)
                m_out += hex[(u >> shift) & 0xf];
            continue;
        }
        if (u >= 0x20 && u != u'"' && u != u'\\')
            continue;
        flush(i);
        plain = i + 1;
        m_out += '\\';
        switch (u) {
        case u'"': m_out += '"'; break;
        case u'\\': m_out += '\\'; break;
        case 0x8: m_out += 'b'; break;
        case 0xc: m_out += 'f'; break;
        case 0xa: m_out += 'n'; break;
        case 0xd: m_out += 'r'; break;
        case 0x9: m_out += 't'; break;
        default:
            m_out += "u00";
            m_out += hex[u >> 4];
            m_out += hex[u & 0xf];
        }
    }
    flush(text.size());
    m_out += '"';
}

void JsonWriter::value(const QString &text)
{
    beforeValue();
    string(text);
}

void JsonWriter::value(QLatin1StringView text) { value(QString(text)); }

void JsonWriter::value(double number)
{
    beforeValue();
    if (std::isfinite(number))
        m_out += QByteArray::number(number, 'g', QLocale::FloatingPointShortest);
    else
        m_out += "null";
}

void JsonWriter::value(qint64 number)
{
    beforeValue();
    m_out += QByteArray::number(number);
}

void JsonWriter::value(bool flag)
{
    beforeValue();
    m_out += flag ? "true" : "false";
}

void JsonWriter::null()
{
    beforeValue();
    m_out += "null";
}

void JsonWriter::value(const QJsonValue &json)
{
    switch (json.type()) {
    case QJsonValue::Bool: value(json.toBool()); break;
    case QJsonValue::Double:
        // QJsonValue keeps whole numbers it was given as integers, and QJsonDocument writes them so.
        if (json.toVariant().typeId() == QMetaType::LongLong)
            value(json.toInteger());
        else
            value(json.toDouble());
        break;
    case QJsonValue::String: value(json.toString()); break;
    case QJsonValue::Array:
        beginArray();
        for (const QJsonValue &item : json.toArray())
            value(item);
        endArray();
        break;
    case QJsonValue::Object: {
        beginObject();
        const QJsonObject object = json.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            beforeValue();
            string(it.key());
            m_out += ": ";
            m_afterKey = true;
            value(it.value());
        }
        endObject();
        break;
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined: null(); break;
    }
}

} // namespace phc
