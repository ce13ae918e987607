#include "sparkline.h"

#include "common/palettecolors.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>
#include <limits>

namespace phc {

Sparkline::Sparkline(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void Sparkline::setPoints(const QList<LatencyPoint> &points)
{
    QList<double> values;
    values.reserve(points.size());
    double worst = 0;
    for (const LatencyPoint &p : points) {
        values.append(p.answered ? p.latencyMs : std::numeric_limits<double>::quiet_NaN());
        if (p.answered)
            worst = std::max(worst, p.latencyMs);
    }
    setValues(values, points.isEmpty() ? QString()
                                       : tr("Latency of the last %n check(s); slowest %1 ms", nullptr, int(points.size()))
                                             .arg(qRound(worst)));
}

void Sparkline::setValues(const QList<double> &values, const QString &toolTip)
{
    m_values = values;
    setToolTip(toolTip);
    update();
}

void Sparkline::paintEvent(QPaintEvent *)
{
    if (m_values.isEmpty())
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF area = QRectF(rect()).adjusted(1, 2, -1, -2);
    double worst = 0;
    for (double v : m_values)
        if (!std::isnan(v))
            worst = std::max(worst, v);
    if (worst <= 0)
        worst = 1;
    const qsizetype n = m_values.size();
    const auto xAt = [&](qsizetype i) { return area.left() + (n == 1 ? area.width() : area.width() * double(i) / double(n - 1)); };
    QPainterPath path;
    bool drawing = false;
    for (qsizetype i = 0; i < n; ++i) {
        const double v = m_values[i];
        if (std::isnan(v)) {
            drawing = false;
            continue;
        }
        const QPointF at(xAt(i), area.bottom() - area.height() * std::max(0.0, v) / worst);
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
        if (std::isnan(m_values[i]))
            painter.drawLine(QPointF(xAt(i), area.bottom() - 3), QPointF(xAt(i), area.bottom()));
}

} // namespace phc
