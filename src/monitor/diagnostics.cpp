#include "diagnostics.h"

#include <QDateTime>
#include <QHostAddress>
#include <QHostInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslSocket>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace phc {

namespace {

QString ms(double value)
{
    return QString::number(value, 'f', 1) + QStringLiteral(" ms");
}

QString joined(const QStringList &list)
{
    return list.join(QStringLiteral(", "));
}

QString certificateNames(const QSslCertificate &cert)
{
    QStringList names;
    const auto alt = cert.subjectAlternativeNames();
    for (auto it = alt.cbegin(); it != alt.cend(); ++it)
        names.append(it.value());
    return joined(names);
}

} // namespace

QString checkOutcomeName(CheckOutcome outcome)
{
    switch (outcome) {
    case CheckOutcome::Pass: return QStringLiteral("pass");
    case CheckOutcome::Warn: return QStringLiteral("warn");
    case CheckOutcome::Fail: return QStringLiteral("fail");
    case CheckOutcome::Skipped: break;
    }
    return QStringLiteral("skipped");
}

Diagnostics::Diagnostics(HttpFetcher *fetcher, QObject *parent) : QObject(parent), m_fetcher(fetcher)
{
    qRegisterMetaType<DiagnosticCheck>();
}

Diagnostics::~Diagnostics()
{
    cancel();
}

void Diagnostics::cancel()
{
    ++m_run; // late answers of this run are dropped
    m_outstanding = 0;
    for (quint64 id : std::exchange(m_fetches, {}))
        if (m_fetcher)
            m_fetcher->cancel(id);
    for (int id : std::exchange(m_lookups, {}))
        QHostInfo::abortHostLookup(id);
    for (const QPointer<QSslSocket> &s : std::exchange(m_sockets, {}))
        if (s) {
            s->disconnect(this);
            s->abort();
            s->deleteLater();
        }
}

bool Diagnostics::run(const ConnectionSettings &settings)
{
    if (isRunning() || !m_fetcher)
        return false;
    cancel();
    m_settings = settings;
    m_results.clear();
    m_startedMs.clear();
    m_completed.clear();

    const int dns = add(QStringLiteral("dns"), tr("Host name resolves"));
    const int tls = add(QStringLiteral("tls"), tr("TLS certificate"));
    QList<std::pair<int, QString>> cors;
    for (const QString &origin : settings.corsOrigins)
        cors.append({add(QStringLiteral("cors:") + origin, tr("CORS preflight from %1").arg(origin)), origin});
    const int probes = add(QStringLiteral("probes"), tr("Health probes answer"));
    const int apiKey = add(QStringLiteral("api-key"), tr("Personal API key accepted"));
    const int latency = add(QStringLiteral("latency"), tr("Latency"));
    m_outstanding = int(m_results.size());

    startDns(dns);
    startTls(tls);
    for (const auto &[index, origin] : cors)
        startCors(index, origin);
    startProbes(probes);
    startApiKey(apiKey);
    startLatency(latency, {});
    return true;
}

int Diagnostics::add(const QString &id, const QString &title)
{
    DiagnosticCheck c;
    c.id = id;
    c.title = title;
    c.summary = tr("running");
    m_results.append(c);
    m_startedMs.append(QDateTime::currentMSecsSinceEpoch());
    m_completed.append(false);
    return int(m_results.size()) - 1;
}

void Diagnostics::complete(int index, quint64 run, DiagnosticCheck check)
{
    // Once per check: a timeout may race the answer it was waiting for.
    if (run != m_run || index >= m_results.size() || m_outstanding == 0 || m_completed[index])
        return;
    m_completed[index] = true;
    check.id = m_results[index].id;
    check.title = m_results[index].title;
    check.durationMs = double(QDateTime::currentMSecsSinceEpoch() - m_startedMs[index]);
    m_results[index] = check;
    Q_EMIT checkFinished(check);
    if (--m_outstanding == 0) {
        m_fetches.clear();
        m_lookups.clear();
        Q_EMIT finished(m_results);
    }
}

void Diagnostics::completeLater(int index, DiagnosticCheck check)
{
    QMetaObject::invokeMethod(this, [this, index, run = m_run, check] { complete(index, run, check); },
                              Qt::QueuedConnection);
}

quint64 Diagnostics::fetchFor(quint64 run, const FetchRequest &request, std::function<void(const FetchResult &)> done)
{
    const quint64 id = m_fetcher->fetch(request, this, [this, run, done = std::move(done)](const FetchResult &r) {
        if (run == m_run)
            done(r);
    });
    m_fetches.append(id);
    return id;
}

void Diagnostics::startDns(int index)
{
    const QString host = m_settings.baseUrl.host();
    DiagnosticCheck c;
    if (host.isEmpty()) {
        c.outcome = CheckOutcome::Fail;
        c.summary = tr("no host name in the base URL");
        completeLater(index, c);
        return;
    }
    if (!QHostAddress(host).isNull()) {
        c.outcome = CheckOutcome::Pass;
        c.summary = tr("%1 is an address: nothing to resolve").arg(host);
        completeLater(index, c);
        return;
    }
    const quint64 run = m_run;
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    const int lookup = QHostInfo::lookupHost(host, this, [this, index, run, host, timer](const QHostInfo &info) {
        timer->deleteLater();
        DiagnosticCheck r;
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
            r.outcome = CheckOutcome::Fail;
            r.summary = tr("%1 does not resolve: %2").arg(host, info.errorString());
        } else {
            r.outcome = CheckOutcome::Pass;
            QStringList addresses;
            for (const QHostAddress &a : info.addresses())
                addresses.append(a.toString());
            r.summary = tr("%1 resolves to %2").arg(host, joined(addresses));
            r.evidence = addresses;
        }
        complete(index, run, r);
    });
    m_lookups.append(lookup);
    connect(timer, &QTimer::timeout, this, [this, index, run, host, lookup, timer] {
        timer->deleteLater();
        QHostInfo::abortHostLookup(lookup);
        DiagnosticCheck r;
        r.outcome = CheckOutcome::Fail;
        r.summary = tr("no answer for %1 within %2 ms").arg(host).arg(m_settings.timeoutMs);
        complete(index, run, r);
    });
    timer->start(m_settings.timeoutMs);
}

void Diagnostics::startTls(int index)
{
    const QUrl &url = m_settings.baseUrl;
    DiagnosticCheck c;
    if (url.scheme().toLower() != u"https") {
        if (isLoopbackHost(url.host())) {
            c.outcome = CheckOutcome::Skipped;
            c.summary = tr("plain http to this computer: no TLS to check");
        } else {
            c.outcome = CheckOutcome::Warn;
            c.summary = tr("plain http: traffic is readable on the way and the API key is not sent; use https");
        }
        completeLater(index, c);
        return;
    }
    const QString host = url.host();
    const quint64 run = m_run;
    auto *socket = new QSslSocket(this);
    m_sockets.append(socket);
    socket->setSslConfiguration(m_fetcher->sslConfiguration());
    socket->setPeerVerifyName(host);
    auto *timer = new QTimer(socket);
    timer->setSingleShot(true);

    auto finish = [this, index, run, socket](const DiagnosticCheck &r) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
        complete(index, run, r);
    };
    connect(socket, &QSslSocket::encrypted, this, [this, host, socket, finish] {
        finish(evaluateCertificate(host, socket->peerCertificateChain(), {}, m_clock(), m_options.tlsExpiryWarnDays));
    });
    connect(socket, &QSslSocket::sslErrors, this, [this, host, socket, finish](const QList<QSslError> &errors) {
        // Judged, never ignored: the socket is closed right after.
        finish(evaluateCertificate(host, socket->peerCertificateChain(), errors, m_clock(), m_options.tlsExpiryWarnDays));
    });
    connect(socket, &QSslSocket::errorOccurred, this, [host, socket, finish](QAbstractSocket::SocketError) {
        DiagnosticCheck r;
        r.outcome = CheckOutcome::Fail;
        r.summary = tr("no TLS connection to %1: %2").arg(host, socket->errorString());
        finish(r);
    });
    connect(timer, &QTimer::timeout, this, [this, host, finish] {
        DiagnosticCheck r;
        r.outcome = CheckOutcome::Fail;
        r.summary = tr("no TLS handshake with %1 within %2 ms").arg(host).arg(m_settings.timeoutMs);
        finish(r);
    });
    timer->start(m_settings.timeoutMs);
    socket->connectToHostEncrypted(host, quint16(url.port(443)));
}

DiagnosticCheck Diagnostics::evaluateCertificate(const QString &host, const QList<QSslCertificate> &chain,
                                                 const QList<QSslError> &errors, qint64 nowMs, int warnDays)
{
    DiagnosticCheck c;
    if (chain.isEmpty()) {
        c.outcome = CheckOutcome::Fail;
        c.summary = tr("%1 presented no certificate").arg(host);
        return c;
    }
    const QSslCertificate &leaf = chain.first();
    const QDateTime expiry = leaf.expiryDate();
    const qint64 msLeft = expiry.toMSecsSinceEpoch() - nowMs;
    const qint64 daysLeft = qint64(std::floor(double(msLeft) / 86400000.0));
    c.evidence << tr("subject: %1").arg(leaf.subjectDisplayName())
               << tr("names: %1").arg(certificateNames(leaf))
               << tr("issuer: %1").arg(leaf.issuerDisplayName())
               << tr("valid from %1 to %2").arg(leaf.effectiveDate().toUTC().toString(Qt::ISODate),
                                                expiry.toUTC().toString(Qt::ISODate))
               << tr("days to expiry: %1").arg(daysLeft);

    bool wrongName = false;
    QStringList problems;
    for (const QSslError &e : errors) {
        wrongName = wrongName || e.error() == QSslError::HostNameMismatch;
        problems.append(e.errorString());
        c.evidence.append(tr("error: %1").arg(e.errorString()));
    }
    if (wrongName) {
        c.outcome = CheckOutcome::Fail;
        c.summary = tr("the certificate is for %1, not %2").arg(certificateNames(leaf), host);
    } else if (daysLeft < 0) {
        c.outcome = CheckOutcome::Fail;
        c.summary = tr("the certificate expired %1 days ago").arg(-daysLeft);
    } else if (!problems.isEmpty()) {
        c.outcome = CheckOutcome::Fail;
        c.summary = tr("the certificate is not trusted: %1").arg(problems.join(QStringLiteral("; ")));
    } else if (daysLeft < warnDays) {
        c.outcome = CheckOutcome::Warn;
        c.summary = tr("valid, but expires in %1 days (renewal may be failing)").arg(daysLeft);
    } else {
        c.outcome = CheckOutcome::Pass;
        c.summary = tr("valid for %1 and %2 more days").arg(host).arg(daysLeft);
    }
    return c;
}

void Diagnostics::startCors(int index, const QString &origin)
{
    if (origin.contains(u'*')) {
        DiagnosticCheck c;
        c.outcome = CheckOutcome::Skipped;
        c.summary = tr("%1 is a pattern; a browser never sends it as an Origin").arg(origin);
        completeLater(index, c);
        return;
    }
    FetchRequest req;
    req.url = m_settings.resolve(m_options.corsPath);
    req.method = "OPTIONS";
    req.headers = {{"Origin", origin.toUtf8()},
                   {"Access-Control-Request-Method", m_options.corsMethod},
                   {"Access-Control-Request-Headers", "content-type"}};
    const QByteArray method = m_options.corsMethod;
    fetchFor(m_run, req, [this, index, origin, method, run = m_run](const FetchResult &r) {
        complete(index, run, evaluateCors(origin, method, r));
    });
}

DiagnosticCheck Diagnostics::evaluateCors(const QString &origin, const QByteArray &method, const FetchResult &answer)
{
    DiagnosticCheck c;
    if (!answer.answered() || (answer.error != FetchError::None && answer.error != FetchError::Http)) {
        c.outcome = CheckOutcome::Fail;
        c.summary = tr("no answer to the preflight: %1").arg(answer.errorText);
        return c;
    }
    const QString allowOrigin = QString::fromUtf8(answer.header("Access-Control-Allow-Origin")).trimmed();
    const QByteArray allowMethods = answer.header("Access-Control-Allow-Methods");
    c.evidence << tr("OPTIONS %1 answered HTTP %2").arg(answer.finalUrl.path()).arg(answer.httpCode)
               << QStringLiteral("Access-Control-Allow-Origin: ") + allowOrigin
               << QStringLiteral("Access-Control-Allow-Methods: ") + QString::fromUtf8(allowMethods)
               << QStringLiteral("Access-Control-Allow-Headers: ")
            + QString::fromUtf8(answer.header("Access-Control-Allow-Headers"));

    QStringList methods;
    for (const QByteArray &m : allowMethods.split(','))
        methods.append(QString::fromLatin1(m.trimmed().toUpper()));
    const bool originAllowed = allowOrigin == origin || allowOrigin == u"*";
    const bool methodAllowed = allowMethods.isEmpty() || methods.contains(QString::fromLatin1(method.toUpper()))
        || methods.contains(QStringLiteral("*"));

    if (allowOrigin.isEmpty()) {
        c.outcome = CheckOutcome::Fail;
        c.summary = tr("%1 is not allowed: browsers block the web app's requests (add it to CORS_ALLOWED_ORIGINS)").arg(origin);
    } else if (!originAllowed) {
        c.outcome = CheckOutcome::Fail;
        c.summary = tr("the answer allows %1, not %2").arg(allowOrigin, origin);
    } else if (answer.httpCode < 200 || answer.httpCode >= 300) {
        c.outcome = CheckOutcome::Fail;
        c.summary = tr("the preflight answered HTTP %1; browsers need a 2xx").arg(answer.httpCode);
    } else if (!methodAllowed) {
        c.outcome = CheckOutcome::Warn;
        c.summary = tr("%1 is allowed, but not the %2 method").arg(origin, QString::fromLatin1(method));
    } else {
        c.outcome = CheckOutcome::Pass;
        c.summary = allowOrigin == u"*" ? tr("every origin is allowed") : tr("%1 is allowed").arg(origin);
    }
    return c;
}

void Diagnostics::startProbes(int index)
{
    if (m_settings.probePaths.isEmpty()) {
        DiagnosticCheck c;
        c.outcome = CheckOutcome::Skipped;
        c.summary = tr("no probe paths configured");
        completeLater(index, c);
        return;
    }
    // Results land in their own slots; the check completes when the last one does.
    auto results = std::make_shared<QList<ProbeResult>>(m_settings.probePaths.size());
    auto left = std::make_shared<int>(int(m_settings.probePaths.size()));
    for (int i = 0; i < m_settings.probePaths.size(); ++i) {
        const QString path = m_settings.probePaths[i];
        FetchRequest req;
        req.url = m_settings.resolve(path);
        fetchFor(m_run, req, [this, index, i, path, results, left, run = m_run](const FetchResult &r) {
            (*results)[i] = HealthProber::interpret(path, r);
            if (--*left == 0)
                complete(index, run, evaluateProbes(*results));
        });
    }
}

DiagnosticCheck Diagnostics::evaluateProbes(const QList<ProbeResult> &probes)
{
    DiagnosticCheck c;
    int up = 0, down = 0;
    QStringList notUp;
    for (const ProbeResult &p : probes) {
        up += p.status == ProbeStatus::Up;
        down += p.status == ProbeStatus::Down;
        if (p.status != ProbeStatus::Up)
            notUp.append(p.path);
        c.evidence.append(tr("%1: %2, HTTP %3, %4: %5")
                              .arg(p.path, probeStatusName(p.status))
                              .arg(p.httpCode)
                              .arg(ms(p.latencyMs), p.summary));
    }
    if (probes.isEmpty()) {
        c.outcome = CheckOutcome::Skipped;
        c.summary = tr("no probe paths configured");
    } else if (up == probes.size()) {
        c.outcome = CheckOutcome::Pass;
        c.summary = tr("all %1 probes up").arg(probes.size());
    } else if (down == 0) {
        c.outcome = CheckOutcome::Warn;
        c.summary = tr("degraded: %1").arg(joined(notUp));
    } else {
        c.outcome = CheckOutcome::Fail;
        c.summary = tr("not up: %1").arg(joined(notUp));
    }
    return c;
}

void Diagnostics::startApiKey(int index)
{
    if (!m_fetcher->hasCredentials()) {
        DiagnosticCheck c;
        c.outcome = CheckOutcome::Skipped;
        c.summary = tr("no personal API key given");
        completeLater(index, c);
        return;
    }
    fetchFor(m_run, apiKeyRequest(m_settings, m_options),
             [this, index, run = m_run](const FetchResult &r) { complete(index, run, evaluateApiKey(r)); });
}

FetchRequest Diagnostics::apiKeyRequest(const ConnectionSettings &settings, const DiagnosticsOptions &options)
{
    FetchRequest req;
    req.url = settings.resolve(options.apiKeyPath);
    req.authenticated = true;
    req.headers = {{"Accept", "application/json"}};
    return req;
}

DiagnosticCheck Diagnostics::evaluateApiKey(const FetchResult &answer)
{
    DiagnosticCheck c;
    c.evidence.append(tr("GET %1: %2").arg(answer.url.path(), answer.answered() ? tr("HTTP %1").arg(answer.httpCode)
                                                                                : fetchErrorName(answer.error)));
    if (answer.error == FetchError::CredentialsRefused) {
        c.outcome = CheckOutcome::Fail;
        c.summary = tr("not sent: %1").arg(answer.errorText);
    } else if (!answer.answered()) {
        c.outcome = CheckOutcome::Fail;
        c.summary = tr("no answer: %1").arg(answer.errorText);
    } else if (answer.error != FetchError::None && answer.error != FetchError::Http
               && answer.error != FetchError::RedirectRefused) {
        // Cut off, reset or too large after the status line: no answer to read.
        c.outcome = CheckOutcome::Fail;
        c.summary = tr("no complete answer: %1").arg(answer.errorText);
    } else if (answer.httpCode >= 200 && answer.httpCode < 300) {
        // PostHog answers with the key's user, UserSerializer: "id", "uuid",
        // "email", ... (posthog/api/user.py, commit 000e575c5447bb53a6123047d0e0b1d0ba0e5352).
        // Any other 2xx came from something else: a proxy's sign-in page says nothing of the key.
        const QJsonObject user = QJsonDocument::fromJson(answer.body).object();
        if (user.value(u"id").isDouble() && user.value(u"email").isString()) {
            c.outcome = CheckOutcome::Pass;
            c.summary = tr("the key is accepted");
            c.evidence.append(tr("user: %1").arg(user.value(u"email").toString().left(200)));
        } else {
            c.outcome = CheckOutcome::Fail;
            c.summary = tr("HTTP %1, %2").arg(answer.httpCode).arg(HealthProber::notPostHogsAnswer(answer));
        }
    } else if (answer.httpCode == 401 || answer.httpCode == 403) {
        c.outcome = CheckOutcome::Fail;
        const QString detail = QJsonDocument::fromJson(answer.body).object().value(u"detail").toString();
        c.summary = tr("the key is rejected (HTTP %1)").arg(answer.httpCode)
            + (detail.isEmpty() ? QString() : QStringLiteral(": ") + detail.left(200));
    } else {
        c.outcome = CheckOutcome::Warn;
        c.summary = tr("could not tell: HTTP %1").arg(answer.httpCode);
    }
    return c;
}

void Diagnostics::startLatency(int index, QList<FetchResult> samples)
{
    // Sequential on purpose: parallel requests would measure queueing too.
    if (samples.size() >= m_options.latencySamples) {
        complete(index, m_run, evaluateLatency(samples, m_options));
        return;
    }
    FetchRequest req;
    req.url = m_settings.resolve(m_settings.probePaths.value(0, QStringLiteral("/")));
    fetchFor(m_run, req, [this, index, samples](const FetchResult &r) mutable {
        samples.append(r);
        startLatency(index, samples);
    });
}

DiagnosticCheck Diagnostics::evaluateLatency(const QList<FetchResult> &samples, const DiagnosticsOptions &options)
{
    DiagnosticCheck c;
    QList<double> times;
    for (qsizetype i = 0; i < samples.size(); ++i) {
        const FetchResult &s = samples[i];
        c.evidence.append(tr("request %1: %2 (%3)")
                              .arg(i + 1)
                              .arg(ms(s.latencyMs),
                                   s.answered() ? tr("HTTP %1").arg(s.httpCode) : fetchErrorName(s.error)));
        if (s.answered())
            times.append(s.latencyMs);
    }
    if (times.isEmpty()) {
        c.outcome = CheckOutcome::Fail;
        c.summary = samples.isEmpty() ? tr("nothing measured") : tr("no answers: %1").arg(samples.last().errorText);
        return c;
    }
    std::sort(times.begin(), times.end());
    const qsizetype n = times.size();
    const double median = n % 2 ? times[n / 2] : (times[n / 2 - 1] + times[n / 2]) / 2.0;
    const double worst = times.last();
    c.summary = tr("median %1, worst %2 over %3 requests").arg(ms(median), ms(worst)).arg(n);
    if (n < samples.size())
        c.summary += tr("; %1 unanswered").arg(samples.size() - n);
    if (median >= options.latencyFailMs || n < samples.size())
        c.outcome = CheckOutcome::Fail;
    else if (median >= options.latencyWarnMs)
        c.outcome = CheckOutcome::Warn;
    else
        c.outcome = CheckOutcome::Pass;
    return c;
}

} // namespace phc
