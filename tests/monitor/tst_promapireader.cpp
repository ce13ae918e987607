#include "monitor/promapireader.h"

#include <QTest>

#include <cmath>
#include <random>

using namespace phc;

class TestPromApiReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void vector()
    {
        const auto r = PromApiReader::parse(R"({"status":"success","data":{"resultType":"vector","result":[
            {"metric":{"__name__":"up","job":"prometheus","instance":"127.0.0.1:9090"},"value":[1722470400.123,"1"]},
            {"metric":{},"value":[1722470400,"NaN"]},
            {"metric":{"le":"+Inf"},"value":[1722470400.5,"+Inf"]},
            {"metric":{"x":"y"},"value":[1722470400,"-Inf"]},
            {"metric":{"x":"z"},"value":[1722470400,"1.5e-3"]}]}})");
        QVERIFY2(r.ok(), qPrintable(formatIssues(r.issues(), QStringLiteral("json"))));
        const PromApiResponse &resp = r.value();
        QVERIFY(resp.success);
        QCOMPARE(resp.resultType, PromResultType::Vector);
        QCOMPARE(resp.series.size(), 5);
        const PromSeries &up = resp.series[0];
        QCOMPARE(up.metricName(), QStringLiteral("up"));
        QCOMPARE(up.label(QStringLiteral("job")), QStringLiteral("prometheus"));
        // Sorted by name.
        QCOMPARE(up.labels.first().first, QStringLiteral("__name__"));
        QCOMPARE(up.labels.last().first, QStringLiteral("job"));
        QCOMPARE(up.points, (QList<PromPoint>{{1722470400123, 1.0}}));
        QVERIFY(std::isnan(resp.series[1].points[0].value));
        QVERIFY(std::isinf(resp.series[2].points[0].value) && resp.series[2].points[0].value > 0);
        QCOMPARE(resp.series[2].points[0].timestampMs, 1722470400500);
        QVERIFY(std::isinf(resp.series[3].points[0].value) && resp.series[3].points[0].value < 0);
        QCOMPARE(resp.series[4].points[0].value, 0.0015);
    }

    void matrix()
    {
        const auto r = PromApiReader::parse(R"({"status":"success","data":{"resultType":"matrix","result":[
            {"metric":{"job":"a"},"values":[[1,"1"],[2,"2.5"],[3,"NaN"]]},
            {"metric":{"job":"b"},"values":[]}]},"warnings":["result may be incomplete"]})");
        QVERIFY(r.ok());
        QCOMPARE(r.value().resultType, PromResultType::Matrix);
        QCOMPARE(r.value().series.size(), 2);
        QCOMPARE(r.value().series[0].points.size(), 3);
        QCOMPARE(r.value().series[0].points[1], (PromPoint{2000, 2.5}));
        QCOMPARE(r.value().series[1].points.size(), 0);
        QCOMPARE(r.value().warnings, QStringList{QStringLiteral("result may be incomplete")});
    }

    void scalarAndString()
    {
        auto r = PromApiReader::parse(R"({"status":"success","data":{"resultType":"scalar","result":[1722470400.25,"2"]}})");
        QVERIFY(r.ok());
        QCOMPARE(r.value().resultType, PromResultType::Scalar);
        QCOMPARE(r.value().scalar, (PromPoint{1722470400250, 2.0}));

        r = PromApiReader::parse("{\"status\":\"success\",\"data\":{\"resultType\":\"string\",\"result\":[5,\"hello \\\"x\\\"\"]}}");
        QVERIFY(r.ok());
        QCOMPARE(r.value().resultType, PromResultType::String);
        QCOMPARE(r.value().stringValue, QStringLiteral("hello \"x\""));
        QCOMPARE(r.value().stringPoint.timestampMs, 5000);
    }

    void apiError()
    {
        const auto r = PromApiReader::parse(
            R"({"status":"error","errorType":"bad_data","error":"1:5: parse error: unclosed left parenthesis"})");
        QVERIFY(r.ok());
        QVERIFY(!r.value().success);
        QCOMPARE(r.value().errorType, QStringLiteral("bad_data"));
        QVERIFY(r.value().error.contains(QStringLiteral("unclosed")));
    }

    void nativeHistogramsSkipped()
    {
        const auto r = PromApiReader::parse(R"({"status":"success","data":{"resultType":"vector","result":[
            {"metric":{"a":"1"},"histogram":[1,{"count":"2","sum":"3","buckets":[]}]},
            {"metric":{"a":"2"},"value":[1,"4"]}]}})");
        QVERIFY(r.ok());
        QCOMPARE(r.value().series.size(), 1);
        QCOMPARE(r.issues().size(), 1);
        QCOMPARE(r.issues().first().severity, Severity::Warning);
        QCOMPARE(r.issues().first().path, QStringLiteral("data.result[0]"));
    }

    void rejected_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");
        QTest::newRow("empty") << QByteArray() << QString();
        QTest::newRow("not an object") << QByteArray("[1,2]") << QString();
        QTest::newRow("no status") << QByteArray(R"({"data":{}})") << QStringLiteral("status");
        QTest::newRow("status number") << QByteArray(R"({"status":1})") << QStringLiteral("status");
        QTest::newRow("unknown status") << QByteArray(R"({"status":"maybe"})") << QStringLiteral("status");
        QTest::newRow("error without type") << QByteArray(R"({"status":"error","error":"x"})") << QStringLiteral("errorType");
        QTest::newRow("no data") << QByteArray(R"({"status":"success"})") << QStringLiteral("data");
        QTest::newRow("data array") << QByteArray(R"({"status":"success","data":[]})") << QStringLiteral("data");
        QTest::newRow("no result type") << QByteArray(R"({"status":"success","data":{"result":[]}})")
                                        << QStringLiteral("data.resultType");
        QTest::newRow("unknown result type")
            << QByteArray(R"({"status":"success","data":{"resultType":"tensor","result":[]}})") << QStringLiteral("data.resultType");
        QTest::newRow("result missing") << QByteArray(R"({"status":"success","data":{"resultType":"vector"}})")
                                        << QStringLiteral("data.result");
        QTest::newRow("result object") << QByteArray(R"({"status":"success","data":{"resultType":"matrix","result":{}}})")
                                       << QStringLiteral("data.result");
        QTest::newRow("sample not object")
            << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[3]}})") << QStringLiteral("data.result[0]");
        QTest::newRow("metric missing")
            << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[{"value":[1,"1"]}]}})")
            << QStringLiteral("data.result[0].metric");
        QTest::newRow("label value number")
            << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{"a":1},"value":[1,"1"]}]}})")
            << QStringLiteral("data.result[0].metric.a");
        QTest::newRow("value number not string")
            << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1,1]}]}})")
            << QStringLiteral("data.result[0].value[1]");
        QTest::newRow("value garbage")
            << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1,"1.2.3"]}]}})")
            << QStringLiteral("data.result[0].value[1]");
        QTest::newRow("timestamp string")
            << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":["1","1"]}]}})")
            << QStringLiteral("data.result[0].value[0]");
        QTest::newRow("timestamp huge")
            << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1e300,"1"]}]}})")
            << QStringLiteral("data.result[0].value[0]");
        QTest::newRow("pair of three")
            << QByteArray(R"({"status":"success","data":{"resultType":"scalar","result":[1,"1",2]}})") << QStringLiteral("data.result");
        QTest::newRow("matrix bad point")
            << QByteArray(R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[[1,"1"],[2]]}]}})")
            << QStringLiteral("data.result[0].values[1]");
        QTest::newRow("string value number")
            << QByteArray(R"({"status":"success","data":{"resultType":"string","result":[1,2]}})") << QStringLiteral("data.result");
        QTest::newRow("warnings not strings")
            << QByteArray(R"({"status":"success","warnings":[1],"data":{"resultType":"scalar","result":[1,"1"]}})")
            << QStringLiteral("warnings[0]");
    }

    void rejected()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        const auto r = PromApiReader::parse(json);
        QVERIFY(!r.ok());
        QVERIFY(!r.issues().isEmpty());
        QCOMPARE(r.issues().first().path, path);
        QCOMPARE(r.issues().first().severity, Severity::Error);
        QVERIFY(!r.issues().first().message.isEmpty());
    }

    void syntaxErrorPosition()
    {
        const auto r = PromApiReader::parse("{\n  \"status\": \"success\",\n  \"data\": {,}\n}");
        QVERIFY(!r.ok());
        QCOMPARE(r.issues().first().line, 3);
        QVERIFY(r.issues().first().column >= 11 && r.issues().first().column <= 13);
    }

    void values_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<double>("value");
        QTest::newRow("int") << QStringLiteral("42") << true << 42.0;
        QTest::newRow("neg") << QStringLiteral("-3.5") << true << -3.5;
        QTest::newRow("plus") << QStringLiteral("+7") << true << 7.0;
        QTest::newRow("exp") << QStringLiteral("1e6") << true << 1e6;
        QTest::newRow("exp neg") << QStringLiteral("2.5E-3") << true << 2.5e-3;
        QTest::newRow("leading dot") << QStringLiteral(".5") << true << 0.5;
        QTest::newRow("trailing dot") << QStringLiteral("5.") << true << 5.0;
        QTest::newRow("big") << QStringLiteral("1.7976931348623157e308") << true << 1.7976931348623157e308;
        QTest::newRow("overflow") << QStringLiteral("1e400") << false << 0.0;
        QTest::newRow("empty") << QString() << false << 0.0;
        QTest::newRow("space") << QStringLiteral(" 1") << false << 0.0;
        QTest::newRow("hex") << QStringLiteral("0x10") << false << 0.0;
        QTest::newRow("inf lower") << QStringLiteral("inf") << false << 0.0;
        QTest::newRow("nan lower") << QStringLiteral("nan") << false << 0.0;
        QTest::newRow("just sign") << QStringLiteral("-") << false << 0.0;
        QTest::newRow("dot") << QStringLiteral(".") << false << 0.0;
        QTest::newRow("e alone") << QStringLiteral("1e") << false << 0.0;
        QTest::newRow("double sign") << QStringLiteral("--1") << false << 0.0;
        QTest::newRow("comma") << QStringLiteral("1,5") << false << 0.0;
        QTest::newRow("unicode digit") << QStringLiteral("\u0661") << false << 0.0;
    }

    void values()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(double, value);
        const auto v = PromApiReader::parseValue(text);
        QCOMPARE(v.has_value(), valid);
        if (valid)
            QCOMPARE(*v, value);
    }

    void hostileInputNeverCrashes()
    {
        // Every prefix of a valid answer, deep nesting, and random bytes and
        // mutations: each must give a value or issues.
        const QByteArray good = R"({"status":"success","warnings":["w"],"data":{"resultType":"matrix","result":[
            {"metric":{"__name__":"x","a":"b"},"values":[[1.5,"1"],[2,"NaN"],[3,"+Inf"]]}]}})";
        for (qsizetype n = 0; n < good.size(); ++n) {
            const auto r = PromApiReader::parse(QByteArrayView(good).first(n));
            QVERIFY(!r.ok());
            QVERIFY(!r.issues().isEmpty());
        }
        QVERIFY(PromApiReader::parse(good).ok());

        QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
        QVERIFY(!PromApiReader::parse(deep).ok());
        deep = R"({"status":"success","data":{"resultType":"vector","result":[{"metric":)" + QByteArray(5000, '[')
            + QByteArray(5000, ']') + "}]}}";
        QVERIFY(!PromApiReader::parse(deep).ok());

        std::mt19937 rng(42);
        for (int i = 0; i < 2000; ++i) {
            QByteArray mutated = good;
            const int edits = 1 + int(rng() % 8);
            for (int e = 0; e < edits; ++e)
                mutated[qsizetype(rng() % quint32(mutated.size()))] = char(rng() % 256);
            const auto r = PromApiReader::parse(mutated);
            QVERIFY(r.ok() || !r.issues().isEmpty());
        }
        for (int i = 0; i < 500; ++i) {
            QByteArray random(qsizetype(rng() % 512), '\0');
            for (char &c : random)
                c = char(rng() % 256);
            const auto r = PromApiReader::parse(random);
            QVERIFY(r.ok() || !r.issues().isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestPromApiReader)
#include "tst_promapireader.moc"
