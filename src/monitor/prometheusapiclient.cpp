#include "prometheusapiclient.h"

#include <QCoreApplication>

namespace phc {

namespace {

// This file's messages, in one translation context: lupdate files Text::tr() calls under it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(phc::PrometheusApiClient)
};

// Seconds with millisecond precision, as the API accepts them.
QByteArray apiTime(qint64 ms)
{
    return QByteArray::number(double(ms) / 1000.0, 'f', 3);
}

QUrl apiUrl(const QUrl &base, const QString &endpoint, const QList<std::pair<QByteArray, QByteArray>> &params)
{
    QUrl url = base;
    QString path = url.path();
    if (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + endpoint);
    // Built by hand: QUrlQuery leaves '+' alone, which a Go server reads as a space.
    QByteArray query;
    for (const auto &[key, value] : params) {
        if (!query.isEmpty())
            query += '&';
        query += key + '=' + value.toPercentEncoding();
    }
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    return url;
}

} // namespace

QString PromQueryResult::errorText() const
{
    if (response && !response->success)
        return Text::tr("Prometheus: %1 (%2)").arg(response->error, response->errorType);
    if (ok())
        return QString();
    if (!fetch.ok() && (!fetch.answered() || fetch.body.isEmpty()))
        return fetch.errorText;
    for (const Issue &i : issues)
        if (i.severity == Severity::Error)
            return Text::tr("unreadable Prometheus answer: %1%2").arg(i.path.isEmpty() ? QString() : i.path + QStringLiteral(": "),
                                                                 i.message);
    return fetch.errorText;
}

PrometheusApiClient::PrometheusApiClient(HttpFetcher *fetcher, QObject *parent) : QObject(parent), m_fetcher(fetcher) { }

QUrl PrometheusApiClient::queryUrl(const QUrl &base, const QString &promql, std::optional<qint64> atMs)
{
    QList<std::pair<QByteArray, QByteArray>> params{{"query", promql.toUtf8()}};
    if (atMs)
        params.append({"time", apiTime(*atMs)});
    return apiUrl(base, QStringLiteral("/api/v1/query"), params);
}

QUrl PrometheusApiClient::queryRangeUrl(const QUrl &base, const QString &promql, qint64 startMs, qint64 endMs,
                                        double stepSeconds)
{
    return apiUrl(base, QStringLiteral("/api/v1/query_range"),
                  {{"query", promql.toUtf8()},
                   {"start", apiTime(startMs)},
                   {"end", apiTime(endMs)},
                   {"step", QByteArray::number(stepSeconds, 'g', 10)}});
}

PromQueryResult PrometheusApiClient::read(const FetchResult &fetch)
{
    PromQueryResult out;
    out.fetch = fetch;
    // An HTTP error with a body may still be an API error answer worth showing.
    const bool readable = fetch.ok() || (fetch.error == FetchError::Http && !fetch.body.isEmpty());
    if (!readable)
        return out;
    auto parsed = PromApiReader::parse(fetch.body);
    out.issues = parsed.issues();
    if (parsed.ok())
        out.response = parsed.take();
    return out;
}

quint64 PrometheusApiClient::query(const QString &promql, std::optional<qint64> atMs, QObject *context, Callback done)
{
    return send(queryUrl(m_baseUrl, promql, atMs), context, std::move(done));
}

quint64 PrometheusApiClient::queryRange(const QString &promql, qint64 startMs, qint64 endMs, double stepSeconds,
                                        QObject *context, Callback done)
{
    return send(queryRangeUrl(m_baseUrl, promql, startMs, endMs, stepSeconds), context, std::move(done));
}

void PrometheusApiClient::cancel(quint64 id)
{
    if (m_fetcher)
        m_fetcher->cancel(id);
}

quint64 PrometheusApiClient::send(const QUrl &url, QObject *context, Callback done)
{
    if (!m_fetcher)
        return 0;
    FetchRequest req;
    req.url = url;
    req.headers = {{"Accept", "application/json"}};
    return m_fetcher->fetch(req, context, [done = std::move(done)](const FetchResult &r) { done(read(r)); });
}

} // namespace phc
