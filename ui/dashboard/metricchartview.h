#pragma once

#include "metrics/decimator.h"
#include "metrics/metricpresets.h"
#include "metrics/ringbuffer.h"

#include <QChartView>

#include <functional>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace phc {

// One key metric (or another numeric history, such as a check of PostHog's
// System status) over the chosen window: its line, its warn and critical
// limits as dashed lines, the latest value in the title, and a frame
// coloured by the level the latest value is at. Draws at most about two
// points per pixel column (Decimator), whatever the history holds.
class MetricChartView : public QChartView
{
    Q_OBJECT
public:
    using Format = std::function<QString(double)>;

    explicit MetricChartView(KeyMetric key, QWidget *parent = nullptr);
    // A chart of any history: `formatValue` writes a value for the title, the
    // axis shows value * `scale` in `unit`.
    MetricChartView(const QString &name, const QString &chartTitle, Format formatValue, double scale, const QString &unit,
                    QWidget *parent = nullptr);

    KeyMetric key() const { return m_key; }
    void setThreshold(const MetricThreshold *threshold); // null: none
    void setLimits(std::optional<double> warn, std::optional<double> critical);
    // Time labels on the axis (5 by default); fewer for a narrow chart.
    void setTimeTicks(int count);
    // Shows [nowMs - windowMs, nowMs] of `history`; NaN values are gaps.
    void showHistory(const RingBuffer<TimePoint> &history, qint64 nowMs, qint64 windowMs);
    // The latest reading, and why it is unknown when it is.
    void setLatest(std::optional<double> value, const QString &note, MetricThreshold::Level level);
    void setDemo(bool demo);

    MetricThreshold::Level level() const { return m_level; }
    int plottedPoints() const; // points handed to the chart at the last repaint
    QString valueText() const { return m_valueText; }

    // "41.2 events/s", "12", "310 ms": the unit each key metric is read in.
    static QString format(KeyMetric key, double value);
    static QString title(KeyMetric key);

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateTitle();
    void applyColours(); // from the palette and the level
    void setLimitLine(QLineSeries *line, std::optional<double> limit, qint64 fromMs, qint64 toMs);
    double displayed(double value) const { return value * m_scale; }

    KeyMetric m_key = KeyMetric::QueueSize;
    QString m_title;
    Format m_format;
    double m_scale = 1;
    QLineSeries *m_series;
    QLineSeries *m_warnLine;
    QLineSeries *m_criticalLine;
    QDateTimeAxis *m_timeAxis;
    QValueAxis *m_valueAxis;
    std::optional<double> m_warn;
    std::optional<double> m_critical;
    MetricThreshold::Level m_level = MetricThreshold::Level::Ok;
    QString m_valueText;
    QString m_note;
    bool m_demo = false;
};

} // namespace phc
