#include "httpfetcher.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <algorithm>

namespace phc {

namespace {
// How far ahead of the body the network thread may read (see setReadBufferSize).
constexpr qint64 readAheadBytes = 1024 * 1024;
constexpr qint64 minReadAheadBytes = 16 * 1024;
} // namespace

struct HttpFetcher::Job
{
    FetchRequest request;
    QPointer<QObject> context;
    Callback done;
    QPointer<QNetworkReply> reply;
    QTimer *timer = nullptr;
    QElapsedTimer clock;
    QByteArray body;
    qint64 cap = 0; // the body's limit: the request's when it set a lower one
    QUrl finalUrl;
    double headersMs = -1;
    int redirects = 0;
    QByteArray method;      // changes to GET after a 303
    QByteArray requestBody;
    FetchError abortReason = FetchError::None;
    QString abortText;
    QStringList tlsErrors;
};

QString fetchErrorName(FetchError error)
{
    switch (error) {
    case FetchError::None: return QStringLiteral("none");
    case FetchError::Timeout: return QStringLiteral("timeout");
    case FetchError::Refused: return QStringLiteral("refused");
    case FetchError::Dns: return QStringLiteral("dns");
    case FetchError::Tls: return QStringLiteral("tls");
    case FetchError::TooLarge: return QStringLiteral("too-large");
    case FetchError::RedirectRefused: return QStringLiteral("redirect-refused");
    case FetchError::Reset: return QStringLiteral("reset");
    case FetchError::Http: return QStringLiteral("http");
    case FetchError::Protocol: return QStringLiteral("protocol");
    case FetchError::CredentialsRefused: return QStringLiteral("credentials-refused");
    case FetchError::Canceled: return QStringLiteral("canceled");
    case FetchError::Other: break;
    }
    return QStringLiteral("other");
}

QByteArray headerValue(const HttpHeaders &headers, QByteArrayView name)
{
    for (const auto &[key, value] : headers)
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

HttpFetcher::HttpFetcher(QObject *parent) : HttpFetcher(nullptr, parent) { }

HttpFetcher::HttpFetcher(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent), m_nam(nam ? nam : new QNetworkAccessManager(this)),
      m_sslConfiguration(QSslConfiguration::defaultConfiguration())
{
    qRegisterMetaType<FetchResult>();
}

HttpFetcher::~HttpFetcher()
{
    // Pending callbacks are dropped: their owners are usually going away too.
    for (auto &[id, job] : m_jobs) {
        if (job->reply) {
            job->reply->disconnect(this);
            job->reply->abort();
            delete job->reply;
        }
        delete job->timer;
    }
    m_apiKey.fill('\0');
}

QString HttpFetcher::setOptions(const FetchOptions &options)
{
    // Qt reuses connections per host without comparing TLS settings: drop them
    // so that a changed CA file takes effect.
    if (options.extraCaFile != m_options.extraCaFile)
        m_nam->clearConnectionCache();
    m_options = options;
    m_extraCas.clear();
    m_caProblem.clear();
    if (!options.extraCaFile.isEmpty()) {
        m_extraCas = QSslCertificate::fromPath(options.extraCaFile, QSsl::Pem);
        if (m_extraCas.isEmpty())
            m_extraCas = QSslCertificate::fromPath(options.extraCaFile, QSsl::Der);
        if (m_extraCas.isEmpty())
            m_caProblem = tr("the extra CA file %1 could not be read or holds no certificate").arg(options.extraCaFile);
    }
    // Built once: the system's CA bundle is read from disk.
    m_sslConfiguration = QSslConfiguration::defaultConfiguration();
    if (!m_extraCas.isEmpty())
        m_sslConfiguration.setCaCertificates(QSslConfiguration::systemCaCertificates() + m_extraCas);
    return m_caProblem;
}

QSslConfiguration HttpFetcher::sslConfiguration() const
{
    return m_sslConfiguration;
}

void HttpFetcher::setCredentials(const QUrl &origin, const QByteArray &apiKey)
{
    m_apiKey.fill('\0');
    m_credentialsOrigin = Origin::of(origin);
    m_apiKey = apiKey;
}

void HttpFetcher::clearCredentials()
{
    m_apiKey.fill('\0');
    m_apiKey.clear();
    m_credentialsOrigin = {};
}

quint64 HttpFetcher::fetch(const FetchRequest &request, QObject *context, Callback done)
{
    const quint64 id = ++m_nextId;
    auto job = std::make_unique<Job>();
    job->request = request;
    job->context = context ? context : this;
    job->method = request.method;
    job->requestBody = request.body;
    job->done = std::move(done);
    job->finalUrl = request.url;
    job->cap = request.maxBytes > 0 ? std::min(request.maxBytes, m_options.maxBytes) : m_options.maxBytes;
    job->clock.start();
    m_jobs.emplace(id, std::move(job));

    const QString scheme = request.url.scheme().toLower();
    if (!request.url.isValid() || request.url.host().isEmpty() || (scheme != u"http" && scheme != u"https")) {
        failLater(id, FetchError::Other, tr("not an http or https URL: %1").arg(request.url.toDisplayString()));
        return id;
    }
    if (request.authenticated) {
        // Refused here, before a connection is even opened.
        if (!hasCredentials()) {
            failLater(id, FetchError::CredentialsRefused, tr("no personal API key is configured"));
            return id;
        }
        const QString why = credentialRefusal(request.url, m_credentialsOrigin);
        if (!why.isEmpty()) {
            failLater(id, FetchError::CredentialsRefused, why);
            return id;
        }
    }
    if (scheme == u"https" && !m_caProblem.isEmpty()) {
        failLater(id, FetchError::Tls, m_caProblem);
        return id;
    }

    startReply(id);
    Job *j = m_jobs.at(id).get();
    j->timer = new QTimer(this);
    j->timer->setSingleShot(true);
    connect(j->timer, &QTimer::timeout, this, [this, id] {
        abortJob(id, FetchError::Timeout, tr("no complete answer within %1 ms").arg(m_options.timeoutMs));
    });
    j->timer->start(m_options.timeoutMs);
    return id;
}

void HttpFetcher::startReply(quint64 id)
{
    Job *job = m_jobs.at(id).get();
    const FetchRequest &request = job->request;
    QNetworkRequest nr(job->finalUrl);
    // Redirects are followed here, not by Qt: 6.4 loses replies after two
    // redirects of its own, and this is where the same-origin rule lives.
    nr.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    nr.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    nr.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    nr.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    nr.setRawHeader("User-Agent", QByteArrayLiteral("posthog-console/" PHC_VERSION));
    for (const auto &[name, value] : request.headers)
        nr.setRawHeader(name, value);
    if (request.authenticated)
        nr.setRawHeader("Authorization", "Bearer " + m_apiKey);
    if (job->finalUrl.scheme().compare(u"https", Qt::CaseInsensitive) == 0)
        nr.setSslConfiguration(sslConfiguration());

    QNetworkReply *reply = job->method == "GET" && job->requestBody.isEmpty()
        ? m_nam->get(nr)
        : m_nam->sendCustomRequest(nr, job->method, job->requestBody);
    job->reply = reply;
    // Back-pressure: the network thread reads no further ahead than this, so
    // a fast sender fills a bounded buffer, not the heap; for a small cap no
    // more than the cap and the byte that passes it.
    reply->setReadBufferSize(std::min(readAheadBytes, std::max(job->cap + 1, minReadAheadBytes)));

    connect(reply, &QNetworkReply::metaDataChanged, this, [this, id] { onHeaders(id); });
    connect(reply, &QNetworkReply::readyRead, this, [this, id] { onReadyRead(id); });
    connect(reply, &QNetworkReply::finished, this, [this, id] { onFinished(id); });
    connect(reply, &QNetworkReply::sslErrors, this, [this, id](const QList<QSslError> &errors) {
        auto it = m_jobs.find(id);
        if (it == m_jobs.end())
            return;
        // Recorded, never ignored: the handshake then fails with these as the reason.
        for (const QSslError &e : errors)
            it->second->tlsErrors.append(e.errorString());
    });
}

// Follows the answer when it is a redirect within the origin: true when it did.
// A refused redirect sets the job's abort reason and returns false.
bool HttpFetcher::followRedirect(quint64 id, int httpCode, const QByteArray &location)
{
    if (location.isEmpty() || (httpCode != 301 && httpCode != 302 && httpCode != 303 && httpCode != 307 && httpCode != 308))
        return false;
    Job *job = m_jobs.at(id).get();
    const QUrl target = job->finalUrl.resolved(QUrl::fromEncoded(location));
    const QString shown = target.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    const Origin from = Origin::of(job->finalUrl);
    if (Origin::of(target) != from) {
        job->abortReason = FetchError::RedirectRefused;
        job->abortText = tr("redirect to %1 refused: only redirects within %2 are followed").arg(shown, from.toString());
        return false;
    }
    if (++job->redirects > m_options.maxRedirects) {
        job->abortReason = FetchError::RedirectRefused;
        job->abortText = tr("more than %1 redirects; the last pointed to %2").arg(m_options.maxRedirects).arg(shown);
        return false;
    }
    // As browsers do: 303, and 301/302 after a POST, continue with a GET.
    if (httpCode == 303 || ((httpCode == 301 || httpCode == 302) && job->method == "POST")) {
        job->method = "GET";
        job->requestBody.clear();
    }
    job->reply->disconnect(this);
    job->reply->deleteLater();
    job->reply = nullptr;
    job->finalUrl = target;
    job->body.clear();
    job->headersMs = -1;
    job->tlsErrors.clear();
    startReply(id);
    return true;
}

void HttpFetcher::cancel(quint64 id)
{
    abortJob(id, FetchError::Canceled, tr("canceled"));
}

void HttpFetcher::failLater(quint64 id, FetchError error, const QString &text)
{
    // Callers always get their answer from the event loop, never re-entrantly.
    QMetaObject::invokeMethod(this, [this, id, error, text] {
        auto it = m_jobs.find(id);
        if (it == m_jobs.end())
            return;
        FetchResult r;
        r.url = it->second->request.url;
        r.finalUrl = r.url;
        r.latencyMs = double(it->second->clock.nsecsElapsed()) / 1e6;
        r.error = error;
        r.errorText = text;
        finishJob(id, std::move(r));
    }, Qt::QueuedConnection);
}

void HttpFetcher::abortJob(quint64 id, FetchError reason, const QString &text)
{
    auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return;
    Job *job = it->second.get();
    if (job->abortReason != FetchError::None)
        return;
    job->abortReason = reason;
    job->abortText = text;
    if (job->reply)
        job->reply->abort(); // finished() follows and reports the reason
    else
        failLater(id, reason, text);
}

void HttpFetcher::onHeaders(quint64 id)
{
    auto it = m_jobs.find(id);
    if (it == m_jobs.end() || !it->second->reply)
        return;
    Job *job = it->second.get();
    if (job->headersMs < 0)
        job->headersMs = double(job->clock.nsecsElapsed()) / 1e6;
    bool known = false;
    const qint64 announced = job->reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
    if (known && announced > job->cap)
        abortJob(id, FetchError::TooLarge,
                 tr("the answer announces %1 bytes, more than the limit of %2").arg(announced).arg(job->cap));
}

void HttpFetcher::onReadyRead(quint64 id)
{
    auto it = m_jobs.find(id);
    if (it == m_jobs.end() || !it->second->reply)
        return;
    Job *job = it->second.get();
    if (job->abortReason == FetchError::None && !appendBody(job))
        abortJob(id, FetchError::TooLarge, tooLargeText(job->cap));
}

bool HttpFetcher::appendBody(Job *job) const
{
    const qint64 room = job->cap - job->body.size();
    // read(n) allocates n bytes first: ask for what has arrived, up to one byte past the cap.
    const QByteArray chunk = job->reply->read(std::min(room + 1, job->reply->bytesAvailable()));
    // Grow geometrically, but never past the cap and its one byte: doubling
    // a 40 MiB body under a 64 MiB cap would hold 80 MiB.
    const qint64 needed = job->body.size() + chunk.size();
    if (needed > job->body.capacity())
        job->body.reserve(std::min(std::max(needed, 2 * job->body.capacity()), job->cap + 1));
    job->body += chunk;
    if (job->body.size() <= job->cap)
        return true;
    job->body.truncate(job->cap);
    return false;
}

QString HttpFetcher::tooLargeText(qint64 cap)
{
    return tr("the answer passed the limit of %1 bytes").arg(cap);
}

void HttpFetcher::onFinished(quint64 id)
{
    auto it = m_jobs.find(id);
    if (it == m_jobs.end() || !it->second->reply)
        return;
    Job *job = it->second.get();
    QNetworkReply *reply = job->reply;
    if (job->abortReason == FetchError::None && !appendBody(job)) { // whatever is still buffered
        job->abortReason = FetchError::TooLarge;
        job->abortText = tooLargeText(job->cap);
    }
    if (job->abortReason == FetchError::None && reply->error() == QNetworkReply::NoError
        && followRedirect(id, reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                          reply->rawHeader("Location")))
        return;

    FetchResult r;
    r.url = job->request.url;
    r.finalUrl = job->finalUrl;
    r.httpCode = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        r.headers.append({name, value});
    r.body = job->body;
    r.latencyMs = double(job->clock.nsecsElapsed()) / 1e6;
    r.headersMs = job->headersMs;
    r.tlsErrors = job->tlsErrors;

    const QString host = job->finalUrl.host();
    const QNetworkReply::NetworkError err = reply->error();
    const int errCode = int(err);
    // Qt maps HTTP statuses to errors in these ranges: the exchange itself worked.
    const bool statusError = r.httpCode > 0
        && ((errCode >= 200 && errCode < 300) || (errCode >= 400 && errCode < 500)
            || err == QNetworkReply::ProtocolInvalidOperationError);

    if (job->abortReason != FetchError::None) {
        r.error = job->abortReason;
        r.errorText = job->abortText;
    } else if (err == QNetworkReply::NoError && truncated(r)) {
        // Qt 6.4 sometimes reports a reset mid-body as a normal end.
        r.error = FetchError::Reset;
        r.errorText = tr("%1 closed the connection after %2 of %3 bytes")
                          .arg(host)
                          .arg(r.body.size())
                          .arg(QString::fromLatin1(r.header("Content-Length")));
    } else if (err == QNetworkReply::NoError || statusError) {
        if (r.httpCode < 200 || r.httpCode >= 300) {
            r.error = r.httpCode > 0 ? FetchError::Http : FetchError::Protocol;
            r.errorText = r.httpCode > 0 ? tr("HTTP %1 %2").arg(r.httpCode).arg(QString::fromLatin1(r.reason))
                                         : tr("not a valid HTTP answer from %1").arg(host);
        }
    } else {
        switch (err) {
        case QNetworkReply::ConnectionRefusedError:
            r.error = FetchError::Refused;
            r.errorText = tr("connection refused by %1:%2 (nothing listens there?)").arg(host).arg(job->finalUrl.port(
                job->finalUrl.scheme() == u"https" ? 443 : 80));
            break;
        case QNetworkReply::HostNotFoundError:
            r.error = FetchError::Dns;
            r.errorText = tr("host name %1 not found").arg(host);
            break;
        case QNetworkReply::TimeoutError:
            r.error = FetchError::Timeout;
            r.errorText = tr("%1 did not answer in time").arg(host);
            break;
        case QNetworkReply::RemoteHostClosedError:
            r.error = FetchError::Reset;
            r.errorText = tr("%1 closed the connection before the answer was complete").arg(host);
            break;
        case QNetworkReply::SslHandshakeFailedError:
            r.error = FetchError::Tls;
            r.errorText = tr("TLS handshake with %1 failed: %2")
                              .arg(host, r.tlsErrors.isEmpty() ? reply->errorString() : r.tlsErrors.join(QStringLiteral("; ")));
            break;
        case QNetworkReply::OperationCanceledError:
            r.error = FetchError::Canceled;
            r.errorText = tr("canceled");
            break;
        case QNetworkReply::ProtocolFailure:
        case QNetworkReply::ProtocolUnknownError:
            r.error = FetchError::Protocol;
            r.errorText = tr("not a valid HTTP answer from %1: %2").arg(host, reply->errorString());
            break;
        default:
            r.error = FetchError::Other;
            r.errorText = reply->errorString();
            break;
        }
    }
    finishJob(id, std::move(r));
}

bool HttpFetcher::truncated(const FetchResult &r)
{
    bool known = false;
    const qint64 announced = r.header("Content-Length").toLongLong(&known);
    // A decoded (gzip) body has another length than the one announced.
    return known && r.header("Content-Encoding").isEmpty() && r.body.size() < announced;
}

void HttpFetcher::finishJob(quint64 id, FetchResult result)
{
    auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return;
    std::unique_ptr<Job> job = std::move(it->second);
    m_jobs.erase(it);
    if (job->timer) {
        job->timer->stop();
        job->timer->deleteLater();
    }
    if (job->reply) {
        job->reply->disconnect(this);
        job->reply->deleteLater();
    }
    if (job->context && job->done)
        job->done(result);
}

} // namespace phc
