#pragma once

#include "monitor/healthprober.h"

#include <QWidget>

namespace phc {

// A history in a line the height of a table row, from zero to its largest
// value: a probe's latency over the session, or a numeric check's values.
// Unknown points (unanswered checks, NaN values) are gaps, marked at the
// bottom edge.
class Sparkline : public QWidget
{
    Q_OBJECT
public:
    explicit Sparkline(QWidget *parent = nullptr);

    void setPoints(const QList<LatencyPoint> &points);
    // Oldest first; NaN is a gap.
    void setValues(const QList<double> &values, const QString &toolTip);
    const QList<double> &values() const { return m_values; }
    QSize sizeHint() const override { return {120, 22}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<double> m_values;
};

} // namespace phc
