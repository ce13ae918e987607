#pragma once

#include "core/issue.h"
#include "monitor/httpfetcher.h"

#include <QStringList>
#include <QUrl>

class QSettings;

namespace phc {

enum class MetricsSource {
    None,
    DirectScrape,     // metricsUrl is a Prometheus text endpoint (e.g. web's :8001/metrics)
    PrometheusServer, // metricsUrl is a Prometheus server's base URL (/api/v1/...)
};

QString metricsSourceName(MetricsSource source); // "none", "scrape", "prometheus"
std::optional<MetricsSource> metricsSourceFromName(const QString &name);

// How to reach and watch one PostHog instance. A plain value; the personal
// API key is not part of it (it lives in the SecretStore and is handed to
// HttpFetcher::setCredentials), so saving this never writes a secret.
struct ConnectionSettings
{
    QUrl baseUrl;
    QStringList probePaths = defaultProbePaths(); // paths under baseUrl, or absolute URLs (plugin server)
    MetricsSource metricsSource = MetricsSource::None;
    QUrl metricsUrl;
    int timeoutMs = 5000;
    int pollIntervalMs = 10000;
    qint64 maxResponseBytes = defaultMaxResponseBytes;
    QString extraCaFile;
    int rateWindowSeconds = 60;  // rate(...[window]) with a Prometheus server; rate span for direct scrapes
    QStringList corsOrigins;     // origins the web app calls from, checked by Diagnostics

    static QStringList defaultProbePaths();

    static constexpr int minTimeoutMs = 100;
    static constexpr int maxTimeoutMs = 120000;
    static constexpr int minPollIntervalMs = 1000;
    static constexpr int maxPollIntervalMs = 3600000;

    // Bounds: timeout and poll interval as above, size cap 1 KiB..1 GiB,
    // rate window 10 s..1 h.
    Issues validate() const;
    FetchOptions fetchOptions() const;
    // baseUrl joined with a probe path (path prefix kept, query allowed) or
    // the path itself when it is an absolute URL.
    QUrl resolve(const QString &pathOrUrl) const;

    // QSettings group "monitor/connections/<profile>". Keys that are absent
    // or unreadable take their defaults; the issues say which.
    void save(QSettings &settings, const QString &profile) const;
    static Result<ConnectionSettings> load(QSettings &settings, const QString &profile);
    static QStringList savedProfiles(QSettings &settings);
    static void remove(QSettings &settings, const QString &profile);

    friend bool operator==(const ConnectionSettings &, const ConnectionSettings &) = default;
};

} // namespace phc
