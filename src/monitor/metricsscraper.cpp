#include "metricsscraper.h"

#include <QTimer>

namespace phc {

MetricsFormat metricsFormatOf(const QByteArray &contentType)
{
    const QByteArray mime = contentType.split(';').first().trimmed().toLower();
    if (mime == "application/openmetrics-text")
        return MetricsFormat::OpenMetrics;
    if (mime == "text/plain")
        return MetricsFormat::PrometheusText;
    return MetricsFormat::Unknown;
}

MetricsScraper::MetricsScraper(HttpFetcher *fetcher, QObject *parent)
    : QObject(parent), m_fetcher(fetcher), m_timer(new QTimer(this))
{
    qRegisterMetaType<ScrapeResult>();
    m_timer->setInterval(10000);
    connect(m_timer, &QTimer::timeout, this, [this] { scrapeOnce(); });
}

MetricsScraper::~MetricsScraper()
{
    if (m_pending && m_fetcher)
        m_fetcher->cancel(std::exchange(m_pending, 0));
}

QByteArray MetricsScraper::acceptHeader()
{
    return "application/openmetrics-text;version=1.0.0,text/plain;version=0.0.4;q=0.5,*/*;q=0.1";
}

void MetricsScraper::setUrl(const QUrl &url)
{
    if (m_pending && m_fetcher)
        m_fetcher->cancel(std::exchange(m_pending, 0));
    m_url = url;
}

void MetricsScraper::setInterval(int ms)
{
    m_timer->setInterval(ms);
}

bool MetricsScraper::scrapeOnce()
{
    if (m_pending || !m_fetcher)
        return false;
    FetchRequest req;
    req.url = m_url;
    req.headers = {{"Accept", acceptHeader()}};
    const qint64 started = m_clock();
    // A canceled scrape is not reported: setUrl() and the destructor cancel on purpose.
    m_pending = m_fetcher->fetch(req, this, [this, started](const FetchResult &r) {
        m_pending = 0;
        if (r.error == FetchError::Canceled)
            return;
        ScrapeResult s;
        s.fetch = r;
        s.startedAtMs = started;
        s.format = metricsFormatOf(r.header("Content-Type"));
        Q_EMIT scraped(s);
    });
    return true;
}

void MetricsScraper::start()
{
    scrapeOnce();
    m_timer->start();
}

void MetricsScraper::stop()
{
    m_timer->stop();
}

bool MetricsScraper::isRunning() const
{
    return m_timer->isActive();
}

} // namespace phc
