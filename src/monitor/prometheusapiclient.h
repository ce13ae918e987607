#pragma once

#include "monitor/httpfetcher.h"
#include "monitor/promapireader.h"

#include <QObject>
#include <QPointer>

namespace phc {

struct PromQueryResult
{
    FetchResult fetch;
    std::optional<PromApiResponse> response; // when the body was a readable API answer (errors included)
    Issues issues;                           // why the body could not be read, and reader warnings

    // A successful query whose answer was read.
    bool ok() const { return response && response->success; }
    // One line for the user: the API's error, the reader's, or the transport's.
    QString errorText() const;
};

// Queries a Prometheus server's HTTP API: instant queries and range queries,
// over the shared fetcher (GET, the PromQL percent-encoded, '+' included).
// A non-2xx answer with an API error body (400 bad_data, 422 execution,
// 503 timeout) is read too, so the user sees Prometheus' own message.
class PrometheusApiClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const PromQueryResult &)>;

    explicit PrometheusApiClient(HttpFetcher *fetcher, QObject *parent = nullptr);

    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }
    QUrl baseUrl() const { return m_baseUrl; }

    // `atMs`: evaluation time, or Prometheus' "now" when empty. `done` is
    // called as HttpFetcher::fetch calls back (later, only while `context` lives).
    quint64 query(const QString &promql, std::optional<qint64> atMs, QObject *context, Callback done);
    quint64 queryRange(const QString &promql, qint64 startMs, qint64 endMs, double stepSeconds, QObject *context,
                       Callback done);
    void cancel(quint64 id);

    static QUrl queryUrl(const QUrl &base, const QString &promql, std::optional<qint64> atMs);
    static QUrl queryRangeUrl(const QUrl &base, const QString &promql, qint64 startMs, qint64 endMs, double stepSeconds);
    static PromQueryResult read(const FetchResult &fetch);

private:
    quint64 send(const QUrl &url, QObject *context, Callback done);

    QPointer<HttpFetcher> m_fetcher;
    QUrl m_baseUrl;
};

} // namespace phc
