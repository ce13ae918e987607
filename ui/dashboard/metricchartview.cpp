#include "metricchartview.h"

#include "common/palettecolors.h"

#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QValueAxis>

#include <cmath>

namespace phc {

namespace {

// Latencies are kept in seconds and read in milliseconds.
bool isLatency(KeyMetric key)
{
    return key == KeyMetric::ClickhouseQueryP95Seconds || key == KeyMetric::ApiResponseP95Seconds;
}

} // namespace

MetricChartView::MetricChartView(KeyMetric key, QWidget *parent)
    : MetricChartView(QStringLiteral("chart_") + keyMetricName(key), title(key),
                      [key](double value) { return format(key, value); }, isLatency(key) ? 1000.0 : 1.0,
                      isLatency(key) ? tr("ms") : QString(), parent)
{
    m_key = key;
}

MetricChartView::MetricChartView(const QString &name, const QString &chartTitle, Format formatValue, double scale,
                                 const QString &unit, QWidget *parent)
    : QChartView(new QChart, parent), // setChart() would orphan the default chart
      m_title(chartTitle),
      m_format(std::move(formatValue)),
      m_scale(scale),
      m_series(new QLineSeries),
      m_warnLine(new QLineSeries),
      m_criticalLine(new QLineSeries),
      m_timeAxis(new QDateTimeAxis),
      m_valueAxis(new QValueAxis)
{
    setObjectName(name);
    QChart *chart = this->chart();
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    // No animation: a live chart that slides would never be still.
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->addSeries(m_series);
    chart->addSeries(m_warnLine);
    chart->addSeries(m_criticalLine);
    m_timeAxis->setFormat(QStringLiteral("HH:mm"));
    m_timeAxis->setTickCount(5);
    m_valueAxis->setLabelFormat(QStringLiteral("%.6g"));
    m_valueAxis->setTitleText(unit);
    chart->addAxis(m_timeAxis, Qt::AlignBottom);
    chart->addAxis(m_valueAxis, Qt::AlignLeft);
    for (QLineSeries *s : {m_series, m_warnLine, m_criticalLine}) {
        s->attachAxis(m_timeAxis);
        s->attachAxis(m_valueAxis);
    }
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(280, 180);
    applyColours();
    updateTitle();
}

QString MetricChartView::title(KeyMetric key)
{
    switch (key) {
    case KeyMetric::EventsIngestedPerSecond: return tr("Events ingested per second");
    case KeyMetric::QueueSize: return tr("Processing queue");
    case KeyMetric::ClickhouseQueryP95Seconds: return tr("ClickHouse query p95");
    case KeyMetric::ApiResponseP95Seconds: return tr("API response p95");
    }
    return QString();
}

QString MetricChartView::format(KeyMetric key, double value)
{
    const QLocale locale;
    switch (key) {
    case KeyMetric::EventsIngestedPerSecond: return tr("%1 events/s").arg(locale.toString(value, 'f', 1));
    case KeyMetric::QueueSize: return locale.toString(qRound64(value));
    case KeyMetric::ClickhouseQueryP95Seconds:
    case KeyMetric::ApiResponseP95Seconds:
        return value < 1 ? tr("%1 ms").arg(locale.toString(value * 1000, 'f', 0))
                         : tr("%1 s").arg(locale.toString(value, 'f', 2));
    }
    return QString();
}

void MetricChartView::setThreshold(const MetricThreshold *threshold)
{
    setLimits(threshold ? threshold->warn : std::nullopt, threshold ? threshold->critical : std::nullopt);
}

void MetricChartView::setLimits(std::optional<double> warn, std::optional<double> critical)
{
    m_warn = warn;
    m_critical = critical;
}

void MetricChartView::setLimitLine(QLineSeries *line, std::optional<double> limit, qint64 fromMs, qint64 toMs)
{
    if (!limit) {
        line->clear();
        return;
    }
    const double y = displayed(*limit);
    line->replace(QList<QPointF> {{double(fromMs), y}, {double(toMs), y}});
}

void MetricChartView::showHistory(const RingBuffer<TimePoint> &history, qint64 nowMs, qint64 windowMs)
{
    const qint64 fromMs = nowMs - windowMs;
    const int columns = qMax(1, int(chart()->plotArea().width()));
    const QList<TimePoint> points = Decimator::decimate(history, fromMs, nowMs, columns);
    QList<QPointF> plotted;
    plotted.reserve(points.size());
    double lo = 0, hi = 0;
    bool any = false;
    for (const TimePoint &p : points) {
        // A line series cannot break; an unknown value is left out and the
        // line joins its neighbours.
        if (std::isnan(p.value))
            continue;
        const double y = displayed(p.value);
        plotted.append(QPointF(double(p.timeMs), y));
        if (p.timeMs >= fromMs) {
            lo = any ? std::min(lo, y) : y;
            hi = any ? std::max(hi, y) : y;
            any = true;
        }
    }
    m_series->replace(plotted);
    const std::optional<double> warn = m_warn;
    const std::optional<double> critical = m_critical;
    setLimitLine(m_warnLine, warn, fromMs, nowMs);
    setLimitLine(m_criticalLine, critical, fromMs, nowMs);
    // The limits are shown only when the data comes near them, so a quiet
    // metric is not flattened against the axis by a far-away line.
    const auto near = [&](std::optional<double> l) {
        return l && any && displayed(*l) <= std::max(hi, 1e-9) * 1.5 && displayed(*l) >= lo * 0.5;
    };
    m_warnLine->setVisible(near(warn));
    m_criticalLine->setVisible(near(critical));
    if (near(warn))
        hi = std::max(hi, displayed(*warn));
    if (near(critical))
        hi = std::max(hi, displayed(*critical));
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(fromMs), QDateTime::fromMSecsSinceEpoch(nowMs));
    m_timeAxis->setFormat(windowMs > 2 * 3600 * 1000 ? QStringLiteral("HH:mm") : QStringLiteral("HH:mm:ss"));
    m_valueAxis->setRange(std::min(0.0, lo), hi > 0 ? hi * 1.1 : 1.0);
    m_valueAxis->applyNiceNumbers();
}

void MetricChartView::setTimeTicks(int count) { m_timeAxis->setTickCount(count); }

int MetricChartView::plottedPoints() const { return int(m_series->count()); }

void MetricChartView::setLatest(std::optional<double> value, const QString &note, MetricThreshold::Level level)
{
    m_valueText = value ? m_format(*value) : QStringLiteral("–");
    m_note = value ? QString() : note;
    if (level != m_level) {
        m_level = level;
        applyColours();
    }
    updateTitle();
}

void MetricChartView::setDemo(bool demo)
{
    m_demo = demo;
    updateTitle();
}

void MetricChartView::updateTitle()
{
    QString text = m_title + QStringLiteral(": ") + m_valueText;
    if (!m_note.isEmpty())
        text += QStringLiteral(" (") + m_note + u')';
    if (m_level == MetricThreshold::Level::Warn)
        text += QStringLiteral(" · ") + tr("warning limit crossed");
    else if (m_level == MetricThreshold::Level::Critical)
        text += QStringLiteral(" · ") + tr("critical limit crossed");
    if (m_demo)
        text += QStringLiteral(" · ") + tr("Demo data");
    chart()->setTitle(text);
    setAccessibleName(text);
    setToolTip(text);
}

void MetricChartView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyColours();
}

void MetricChartView::applyColours()
{
    const QPalette p = palette();
    QChart *c = chart();
    c->setBackgroundBrush(p.color(QPalette::Base));
    c->setTitleBrush(p.color(QPalette::Text));
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(m_timeAxis), static_cast<QAbstractAxis *>(m_valueAxis)}) {
        axis->setLabelsColor(p.color(QPalette::Text));
        axis->setTitleBrush(p.color(QPalette::Text));
        axis->setGridLineColor(p.color(QPalette::Mid));
    }
    // A cosmetic pen one pixel wide takes the raster engine's fast path: a
    // thicker one is stroked as a polygon, ten times slower on long series.
    QPen line(p.color(QPalette::Highlight), 1);
    line.setCosmetic(true);
    if (m_level == MetricThreshold::Level::Warn)
        line.setColor(PaletteColors::warning(p));
    else if (m_level == MetricThreshold::Level::Critical)
        line.setColor(PaletteColors::problem(p));
    m_series->setPen(line);
    m_warnLine->setPen(QPen(PaletteColors::warning(p), 1, Qt::DashLine));
    m_criticalLine->setPen(QPen(PaletteColors::problem(p), 1, Qt::DashLine));
    viewport()->update();
}

void MetricChartView::paintEvent(QPaintEvent *event)
{
    QChartView::paintEvent(event);
    if (m_level == MetricThreshold::Level::Ok)
        return;
    // The frame says the level even to a glance from across the room.
    QPainter painter(viewport());
    const QColor c = m_level == MetricThreshold::Level::Critical ? PaletteColors::problem(palette())
                                                                  : PaletteColors::warning(palette());
    painter.setPen(QPen(c, 4));
    painter.drawRect(viewport()->rect().adjusted(2, 2, -2, -2));
}

} // namespace phc
