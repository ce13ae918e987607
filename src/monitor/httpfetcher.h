#pragma once

#include "monitor/origin.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>
#include <unordered_map>
#include <utility>

class QNetworkAccessManager;
class QNetworkReply;

namespace phc {

// Why a fetch produced no usable answer. Http means an answer arrived with a
// status outside 2xx: its code and body are still in the result.
enum class FetchError {
    None,
    Timeout,            // the whole exchange took longer than the timeout
    Refused,            // nothing listens there (connection refused)
    Dns,                // host name not found
    Tls,                // handshake failed; FetchResult::tlsErrors says why
    TooLarge,           // Content-Length or the streamed body passed the cap
    RedirectRefused,    // redirect to another origin, or too many
    Reset,              // the connection closed or reset before the answer was complete
    Http,               // status outside 2xx
    Protocol,           // not an HTTP answer (garbage)
    CredentialsRefused, // not sent: the API key may not go there (nothing was sent)
    Canceled,           // cancel() or the fetcher went away
    Other,
};

// Stable names for logs and JSON: "none", "timeout", "refused", "dns", "tls",
// "too-large", "redirect-refused", "reset", "http", "protocol",
// "credentials-refused", "canceled", "other".
QString fetchErrorName(FetchError error);

using HttpHeaders = QList<std::pair<QByteArray, QByteArray>>;

// First value of a header, case-insensitively; empty when absent.
QByteArray headerValue(const HttpHeaders &headers, QByteArrayView name);

// The response body cap unless a connection sets another: the most the
// metrics parser is given (defaultMaxPayloadBytes), far above a real scrape.
inline constexpr qint64 defaultMaxResponseBytes = 64LL * 1024 * 1024;

struct FetchOptions
{
    int timeoutMs = 5000;               // the whole exchange, connect to last byte
    qint64 maxBytes = defaultMaxResponseBytes; // response body cap
    QString extraCaFile;                // PEM or DER, trusted in addition to the system's CAs
    int maxRedirects = 5;               // same-origin redirects followed

    friend bool operator==(const FetchOptions &, const FetchOptions &) = default;
};

struct FetchRequest
{
    QUrl url;
    QByteArray method = "GET";
    HttpHeaders headers;
    QByteArray body;
    // Send the API key (Authorization: Bearer ...). Only to the credentials'
    // origin, over https or plain http to a loopback host; otherwise the
    // request is refused before anything is sent.
    bool authenticated = false;
    // This request's body cap, when lower than the fetcher's (0: the
    // fetcher's): an endpoint whose answers are known to be small.
    qint64 maxBytes = 0;
};

// A finished exchange as a plain value.
struct FetchResult
{
    QUrl url;          // as requested
    QUrl finalUrl;     // after same-origin redirects
    int httpCode = 0;  // 0: no HTTP answer
    QByteArray reason; // HTTP reason phrase
    HttpHeaders headers;
    QByteArray body;   // what arrived, at most the cap
    double latencyMs = 0;      // start to last byte, or to the failure
    double headersMs = -1;     // start to response headers; -1 when none came
    FetchError error = FetchError::None;
    QString errorText;         // user-visible, translated; empty when ok()
    QStringList tlsErrors;     // each certificate problem Qt reported

    bool ok() const { return error == FetchError::None; }
    bool answered() const { return httpCode > 0; }
    QByteArray header(QByteArrayView name) const { return headerValue(headers, name); }
};

// The one HTTP client of the monitor: asynchronous (never blocks), a total
// timeout per request, a response size cap, same-origin redirects only, TLS
// errors reported (never ignored; an extra CA may be trusted) and the API key
// confined to its origin. Lives on, and calls back on, the thread it was
// created on.
class HttpFetcher : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const FetchResult &)>;

    explicit HttpFetcher(QObject *parent = nullptr);
    // Uses `nam` (not owned), e.g. a test's instrumented one.
    explicit HttpFetcher(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~HttpFetcher() override;

    // Problems reading the extra CA file come back as text (empty when fine);
    // requests to https then fail with FetchError::Tls until it is fixed.
    QString setOptions(const FetchOptions &options);
    const FetchOptions &options() const { return m_options; }
    // System CAs plus the extra CA file's certificates.
    QSslConfiguration sslConfiguration() const;

    // The key is held in memory only, sent only to `origin`.
    void setCredentials(const QUrl &origin, const QByteArray &apiKey);
    void clearCredentials();
    bool hasCredentials() const { return !m_apiKey.isEmpty(); }
    Origin credentialsOrigin() const { return m_credentialsOrigin; }

    // Starts a request. `done` runs exactly once, later (never inside this
    // call), on this object's thread, unless `context` is destroyed first or
    // the fetcher is destroyed. Returns an id for cancel().
    quint64 fetch(const FetchRequest &request, QObject *context, Callback done);
    void cancel(quint64 id);
    int pendingCount() const { return int(m_jobs.size()); }

private:
    struct Job;
    void finishJob(quint64 id, FetchResult result);
    void failLater(quint64 id, FetchError error, const QString &text);
    void abortJob(quint64 id, FetchError reason, const QString &text);
    void startReply(quint64 id);
    bool followRedirect(quint64 id, int httpCode, const QByteArray &location);
    void onHeaders(quint64 id);
    void onReadyRead(quint64 id);
    void onFinished(quint64 id);
    bool appendBody(Job *job) const;
    static QString tooLargeText(qint64 cap);
    static bool truncated(const FetchResult &r);

    QNetworkAccessManager *m_nam = nullptr;
    FetchOptions m_options;
    QList<QSslCertificate> m_extraCas;
    QSslConfiguration m_sslConfiguration;
    QString m_caProblem;
    Origin m_credentialsOrigin;
    QByteArray m_apiKey;
    quint64 m_nextId = 0;
    std::unordered_map<quint64, std::unique_ptr<Job>> m_jobs;
};

} // namespace phc

Q_DECLARE_METATYPE(phc::FetchResult)
