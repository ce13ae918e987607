// JsonWriter writes what QJsonDocument::Indented writes for the same value.
#include "core/jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <limits>

using namespace phc;

class TestJsonWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameAsQJsonDocument_data()
    {
        QTest::addColumn<QJsonValue>("value");
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const double inf = std::numeric_limits<double>::infinity();
        QTest::newRow("empty object") << QJsonValue(QJsonObject());
        QTest::newRow("empty array") << QJsonValue(QJsonArray());
        QTest::newRow("nested empties") << QJsonValue(QJsonObject {{QStringLiteral("a"), QJsonObject()},
                                                                   {QStringLiteral("b"), QJsonArray()},
                                                                   {QStringLiteral("c"), QJsonArray {QJsonObject(), QJsonArray()}}});
        QJsonArray numbers;
        for (const qint64 n : {qint64(0), qint64(-1), qint64(42), qint64(1) << 53, std::numeric_limits<qint64>::max()})
            numbers.append(n);
        for (const int n : {0, -7})
            numbers.append(n);
        for (const double d : {0.0, 0.1, -2.5, 1e300, 1.5e-7, 20008184.0, 1e21, 9007199254740993.0, nan, inf, -inf})
            numbers.append(d);
        QTest::newRow("numbers") << QJsonValue(numbers);
        QTest::newRow("strings") << QJsonValue(QJsonArray {
            QString(), QStringLiteral("plain"), QStringLiteral("quote \" backslash \\ slash /"),
            QStringLiteral("\b\f\n\r\t"), QString(QString(QChar(0x01)) + QChar(0x1f) + QChar(0x7f)),
            QStringLiteral("Größe 😀"), QString(QString(QChar(0xd800)) + QStringLiteral("lone surrogate")),
            QString(QStringLiteral("low first ") + QChar(0xdc00) + QChar(0xd800))});
        QTest::newRow("keys") << QJsonValue(QJsonObject {{QStringLiteral("z\"q"), true},
                                                         {QStringLiteral("ä"), false},
                                                         {QStringLiteral("a"), QJsonValue::Null}});
        QTest::newRow("deep") << QJsonValue(QJsonObject {
            {QStringLiteral("issues"), QJsonArray {QJsonObject {{QStringLiteral("line"), 3}, {QStringLiteral("message"), QStringLiteral("x")}},
                                                   QJsonObject {{QStringLiteral("line"), 4}}}},
            {QStringLiteral("n"), 1}});
    }

    void sameAsQJsonDocument()
    {
        QFETCH(QJsonValue, value);
        QByteArray written;
        JsonWriter w(written);
        w.value(value);
        w.finish();
        const QByteArray expected = value.isObject() ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented)
                                                     : QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented);
        QCOMPARE(written, expected);
    }

    // Streaming calls give the layout of the value built first.
    void streamingMatchesValues()
    {
        QByteArray written;
        JsonWriter w(written);
        w.beginObject();
        w.key(QLatin1StringView("a"));
        w.beginArray();
        w.value(1);
        w.value(QStringLiteral("two"));
        w.beginObject();
        w.endObject();
        w.endArray();
        w.key(QLatin1StringView("b"));
        w.null();
        w.key(QLatin1StringView("c"));
        w.value(2.5);
        w.endObject();
        w.finish();
        const QJsonObject same {{QStringLiteral("a"), QJsonArray {1, QStringLiteral("two"), QJsonObject()}},
                                {QStringLiteral("b"), QJsonValue::Null},
                                {QStringLiteral("c"), 2.5}};
        QCOMPARE(written, QJsonDocument(same).toJson(QJsonDocument::Indented));
    }
};

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
