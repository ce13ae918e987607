#pragma once

#include "monitor/clock.h"
#include "monitor/connectionsettings.h"
#include "monitor/healthprober.h"
#include "monitor/httpfetcher.h"

#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslError>

class QSslSocket;

namespace phc {

enum class CheckOutcome { Pass, Warn, Fail, Skipped };
QString checkOutcomeName(CheckOutcome outcome); // "pass", "warn", "fail", "skipped"

// One troubleshooting check and what it found.
struct DiagnosticCheck
{
    QString id;    // "dns", "tls", "cors:<origin>", "probes", "api-key", "latency"
    QString title; // translated
    CheckOutcome outcome = CheckOutcome::Skipped;
    QString summary;      // one line
    QStringList evidence; // what was seen: addresses, certificate fields, headers, timings
    double durationMs = 0;
};

struct DiagnosticsOptions
{
    int tlsExpiryWarnDays = 21; // Let's Encrypt renews 30 days ahead: under 3 weeks left, renewal is failing
    int latencySamples = 5;
    double latencyWarnMs = 300;  // median of the samples
    double latencyFailMs = 1000;
    QString apiKeyPath = QStringLiteral("/api/users/@me/");
    QString corsPath = QStringLiteral("/decide/"); // what posthog-js calls first from the browser
    QByteArray corsMethod = "POST";
};

// The production guide's "Common issues" as checks run against a live
// instance, all at once, each bounded by the timeout:
//  dns      the host name resolves (QHostInfo)
//  tls      the certificate is trusted, for this host name, and not close to expiry
//  cors:O   a CORS preflight from origin O is answered with O allowed
//  probes   the probe paths answer up
//  api-key  the personal API key is accepted (uses the fetcher's credentials)
//  latency  median and worst time of a few sequential requests
class Diagnostics : public QObject
{
    Q_OBJECT
public:
    explicit Diagnostics(HttpFetcher *fetcher, QObject *parent = nullptr);
    ~Diagnostics() override;

    void setOptions(const DiagnosticsOptions &options) { m_options = options; }
    const DiagnosticsOptions &options() const { return m_options; }
    void setClock(Clock clock) { m_clock = std::move(clock); }

    // False when a run is already going. Results arrive through the signals,
    // never inside this call.
    bool run(const ConnectionSettings &settings);
    void cancel();
    bool isRunning() const { return m_outstanding > 0; }
    // In a fixed order: dns, tls, cors per origin, probes, api-key, latency.
    QList<DiagnosticCheck> results() const { return m_results; }

    // The judgements, as pure functions of what was observed.
    static DiagnosticCheck evaluateCertificate(const QString &host, const QList<QSslCertificate> &chain,
                                               const QList<QSslError> &errors, qint64 nowMs, int warnDays);
    static DiagnosticCheck evaluateCors(const QString &origin, const QByteArray &method, const FetchResult &answer);
    static DiagnosticCheck evaluateProbes(const QList<ProbeResult> &probes);
    static DiagnosticCheck evaluateApiKey(const FetchResult &answer);
    // The api-key check's request (authenticated, to the settings' origin), for
    // callers that check the key without the other checks.
    static FetchRequest apiKeyRequest(const ConnectionSettings &settings, const DiagnosticsOptions &options = {});
    static DiagnosticCheck evaluateLatency(const QList<FetchResult> &samples, const DiagnosticsOptions &options);

Q_SIGNALS:
    void checkFinished(const phc::DiagnosticCheck &check);
    void finished(const QList<phc::DiagnosticCheck> &checks);

private:
    int add(const QString &id, const QString &title);
    void complete(int index, quint64 run, DiagnosticCheck check);
    void completeLater(int index, DiagnosticCheck check);
    void startDns(int index);
    void startTls(int index);
    void startCors(int index, const QString &origin);
    void startProbes(int index);
    void startApiKey(int index);
    void startLatency(int index, QList<FetchResult> samples);
    quint64 fetchFor(quint64 run, const FetchRequest &request, std::function<void(const FetchResult &)> done);

    QPointer<HttpFetcher> m_fetcher;
    DiagnosticsOptions m_options;
    Clock m_clock = systemClock();
    ConnectionSettings m_settings;
    QList<DiagnosticCheck> m_results;
    QList<qint64> m_startedMs;
    QList<bool> m_completed;
    QList<quint64> m_fetches;
    QList<int> m_lookups;
    QList<QPointer<QSslSocket>> m_sockets;
    int m_outstanding = 0;
    quint64 m_run = 0;
};

} // namespace phc

Q_DECLARE_METATYPE(phc::DiagnosticCheck)
