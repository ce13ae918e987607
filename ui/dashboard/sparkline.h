#pragma once

#include "monitor/healthprober.h"

#include <QWidget>

namespace phc {

// A probe's latency over the session in a line the height of a table row;
// unanswered checks are gaps, marked at the bottom edge.
class Sparkline : public QWidget
{
    Q_OBJECT
public:
    explicit Sparkline(QWidget *parent = nullptr);

    void setPoints(const QList<LatencyPoint> &points);
    const QList<LatencyPoint> &points() const { return m_points; }
    QSize sizeHint() const override { return {120, 22}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<LatencyPoint> m_points;
};

} // namespace phc
