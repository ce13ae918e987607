#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QString>

#include <vector>

namespace phc {

// Writes JSON as it goes, in the layout of QJsonDocument::Indented (four
// spaces, "key": value, the same escapes and number forms), for answers too
// large to build as a QJsonObject first. Keys are written in the order
// given: to match a QJsonObject's output, give them sorted.
class JsonWriter
{
public:
    explicit JsonWriter(QByteArray &out) : m_out(out) { }

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    // The next value's key, inside an object.
    void key(QLatin1StringView name);

    void value(const QString &text);
    void value(QLatin1StringView text);
    void value(double number);
    void value(qint64 number);
    void value(int number) { value(qint64(number)); }
    void value(bool flag);
    void null();
    // Any QJsonValue, objects and arrays included.
    void value(const QJsonValue &json);

    // A top-level value ends with a newline, as QJsonDocument::toJson's.
    void finish() { m_out += '\n'; }

private:
    void beforeValue();
    void indent();
    void open(char bracket);
    void close(char bracket);
    void string(QStringView text);

    QByteArray &m_out;
    std::vector<bool> m_empty; // per open container: nothing in it yet
    bool m_afterKey = false;
};

} // namespace phc
