#include "nettestsupport.h"

#include "monitor/prometheusapiclient.h"

#include <QUrlQuery>

using namespace phc;
using namespace phctest;

namespace {

PromQueryResult query(PrometheusApiClient &client, const QString &promql)
{
    auto r = waitForCallback<PromQueryResult>(
        [&](QObject *context, auto done) { client.query(promql, std::nullopt, context, done); });
    if (!r)
        qFatal("no answer from the Prometheus API client");
    return *r;
}

} // namespace

class TestPrometheusApiClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void queryUrlEncodesPromQl()
    {
        const QUrl base(QStringLiteral("https://prom.example/prometheus/"));
        const QString promql = QStringLiteral("sum(rate(posthog_events_ingested_total{job=~\"web|plugins\"}[1m])) + 1 / 2 & x");
        const QUrl url = PrometheusApiClient::queryUrl(base, promql, 1722470400123);
        QCOMPARE(url.path(), QStringLiteral("/prometheus/api/v1/query"));
        const QByteArray encoded = url.toEncoded();
        QVERIFY2(encoded.contains("%2B"), encoded.constData()); // '+' must not read as a space
        QVERIFY(encoded.contains("%26"));                         // '&' must not split the query
        QVERIFY(encoded.contains("time=1722470400.123"));
        const QUrlQuery q(url);
        QCOMPARE(q.queryItemValue(QStringLiteral("query"), QUrl::FullyDecoded), promql);

        const QUrl range = PrometheusApiClient::queryRangeUrl(base, QStringLiteral("up"), 1000, 61500, 15);
        const QUrlQuery rq(range);
        QCOMPARE(range.path(), QStringLiteral("/prometheus/api/v1/query_range"));
        QCOMPARE(rq.queryItemValue(QStringLiteral("start")), QStringLiteral("1.000"));
        QCOMPARE(rq.queryItemValue(QStringLiteral("end")), QStringLiteral("61.500"));
        QCOMPARE(rq.queryItemValue(QStringLiteral("step")), QStringLiteral("15"));
        QVERIFY(!PrometheusApiClient::queryUrl(base, QStringLiteral("up"), std::nullopt).toEncoded().contains("time="));
    }

    void answersThroughTheFetcher()
    {
        MiniHttpServer server([](const HttpRequest &req) {
            const QUrlQuery q(QString::fromLatin1(req.query()));
            const QString promql = q.queryItemValue(QStringLiteral("query"), QUrl::FullyDecoded);
            if (req.path() != "/api/v1/query")
                return HttpResponse::text(404, "no");
            if (promql == u"sum(")
                return HttpResponse::json(400, R"({"status":"error","errorType":"bad_data","error":"parse error"})");
            if (promql == u"garbage")
                return HttpResponse::json(200, R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{}}]}})");
            if (promql == u"gateway")
                return HttpResponse::text(502, "<html>bad gateway</html>");
            return HttpResponse::json(200, R"({"status":"success","data":{"resultType":"vector","result":[)"
                                           R"({"metric":{"q":")" + promql.toUtf8() + R"("},"value":[1722470400,"41"]}]}})");
        });
        QVERIFY(server.listen());
        HttpFetcher fetcher;
        PrometheusApiClient client(&fetcher);
        client.setBaseUrl(server.url());

        PromQueryResult r = query(client, QStringLiteral("a + b"));
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        QCOMPARE(r.response->series.first().label(QStringLiteral("q")), QStringLiteral("a + b"));
        QCOMPARE(r.response->series.first().points.first().value, 41.0);
        QCOMPARE(server.requests().last().header("Accept"), QByteArray("application/json"));

        r = query(client, QStringLiteral("sum("));
        QVERIFY(!r.ok());
        QVERIFY(r.response.has_value());
        QCOMPARE(r.response->errorType, QStringLiteral("bad_data"));
        QCOMPARE(r.fetch.httpCode, 400);
        QVERIFY(r.errorText().contains(QStringLiteral("parse error")));

        r = query(client, QStringLiteral("garbage"));
        QVERIFY(!r.ok());
        QVERIFY(!r.response.has_value());
        QVERIFY(r.errorText().contains(QStringLiteral("data.result[0]")));

        r = query(client, QStringLiteral("gateway"));
        QVERIFY(!r.ok());
        QCOMPARE(r.fetch.httpCode, 502);
        QVERIFY(!r.errorText().isEmpty());
    }

    void unreachableServer()
    {
        HttpFetcher fetcher;
        PrometheusApiClient client(&fetcher);
        QUrl base(QStringLiteral("http://127.0.0.1"));
        base.setPort(closedPort());
        client.setBaseUrl(base);
        const PromQueryResult r = query(client, QStringLiteral("up"));
        QVERIFY(!r.ok());
        QCOMPARE(r.fetch.error, FetchError::Refused);
        QCOMPARE(r.errorText(), r.fetch.errorText);
    }
};

QTEST_GUILESS_MAIN(TestPrometheusApiClient)
#include "tst_prometheusapiclient.moc"
