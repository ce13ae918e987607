#include "sparkline.h"

#include "common/palettecolors.h"

#include <QPainter>
#include <QPainterPath>

namespace phc {

Sparkline::Sparkline(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void Sparkline::setPoints(const QList<LatencyPoint> &points)
{
    m_points = points;
    double worst = 0;
    for (const LatencyPoint &p : points)
        if (p.answered)
            worst = std::max(worst, p.latencyMs);
    setToolTip(points.isEmpty() ? QString() : tr("Latency of the last %n check(s); slowest %1 ms", nullptr, int(points.size()))
                                                  .arg(qRound(worst)));
    update();
}

void Sparkline::paintEvent(QPaintEvent *)
{
    if (m_points.isEmpty())
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF area = QRectF(rect()).adjusted(1, 2, -1, -2);
    double worst = 1;
    for (const LatencyPoint &p : m_points)
        if (p.answered)
            worst = std::max(worst, p.latencyMs);
    const qsizetype n = m_points.size();
    const auto xAt = [&](qsizetype i) { return area.left() + (n == 1 ? area.width() : area.width() * double(i) / double(n - 1)); };
    QPainterPath path;
    bool drawing = false;
    for (qsizetype i = 0; i < n; ++i) {
        const LatencyPoint &p = m_points[i];
        if (!p.answered) {
            drawing = false;
            continue;
        }
        const QPointF at(xAt(i), area.bottom() - area.height() * p.latencyMs / worst);
        if (drawing)
            path.lineTo(at);
        else
            path.moveTo(at);
        drawing = true;
    }
    painter.setPen(QPen(palette().color(QPalette::Highlight), 1.5));
    painter.drawPath(path);
    painter.setPen(QPen(PaletteColors::problem(palette()), 2));
    for (qsizetype i = 0; i < n; ++i)
        if (!m_points[i].answered)
            painter.drawLine(QPointF(xAt(i), area.bottom() - 3), QPointF(xAt(i), area.bottom()));
}

} // namespace phc
