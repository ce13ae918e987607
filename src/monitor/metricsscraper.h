#pragma once

#include "monitor/clock.h"
#include "monitor/httpfetcher.h"

#include <QObject>
#include <QPointer>

class QTimer;

namespace phc {

enum class MetricsFormat { Unknown, PrometheusText, OpenMetrics };

// One scrape: the raw bytes and when they were taken. Parsing is the
// consumer's (the metrics module, off the GUI thread).
struct ScrapeResult
{
    FetchResult fetch;
    qint64 startedAtMs = 0; // the sample time for rates, as Prometheus uses the scrape start
    MetricsFormat format = MetricsFormat::Unknown;

    bool ok() const { return fetch.ok(); }
    const QByteArray &body() const { return fetch.body; }
};

// Which format a Content-Type names: "application/openmetrics-text; version=1.0.0"
// or "text/plain; version=0.0.4" (and a bare text/plain).
MetricsFormat metricsFormatOf(const QByteArray &contentType);

// GETs a Prometheus text endpoint (web's :8001/metrics, the plugin server's
// /_metrics) once or every interval; never two scrapes at once.
class MetricsScraper : public QObject
{
    Q_OBJECT
public:
    explicit MetricsScraper(HttpFetcher *fetcher, QObject *parent = nullptr);
    ~MetricsScraper() override;

    // Prometheus' own preference: OpenMetrics first, then text 0.0.4.
    static QByteArray acceptHeader();

    void setUrl(const QUrl &url);
    QUrl url() const { return m_url; }
    void setInterval(int ms);
    void setClock(Clock clock) { m_clock = std::move(clock); }

    bool scrapeOnce(); // false when one is already out
    void start();      // a scrape now, then every interval
    void stop();
    bool isRunning() const;
    bool scrapeInProgress() const { return m_pending != 0; }

Q_SIGNALS:
    void scraped(const phc::ScrapeResult &result);

private:
    QPointer<HttpFetcher> m_fetcher;
    Clock m_clock = systemClock();
    QUrl m_url;
    QTimer *m_timer;
    quint64 m_pending = 0;
};

} // namespace phc

Q_DECLARE_METATYPE(phc::ScrapeResult)
