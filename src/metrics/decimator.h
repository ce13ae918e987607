#pragma once

#include <QList>

#include <algorithm>
#include <cmath>
#include <limits>

namespace phc {

struct TimePoint
{
    qint64 timeMs = 0;
    double value = 0;
    friend bool operator==(const TimePoint &, const TimePoint &) = default;
};

// Reduces a time-ordered series to what a chart `pixelWidth` columns wide
// can show: per column the minimum and the maximum (in time order), so
// spikes survive and a repaint draws at most two points per column. The
// nearest point outside the range on each side is kept too, so the line
// enters and leaves the plot. NaN values are gaps: left out of min/max; a
// column with only NaNs yields one NaN point so the chart can break the line.
class Decimator
{
public:
    // `points`: anything with size() and operator[](qsizetype) returning a
    // TimePoint in increasing time (QList, RingBuffer).
    template <typename Points>
    static QList<TimePoint> decimate(const Points &points, qint64 fromMs, qint64 toMs, int pixelWidth)
    {
        QList<TimePoint> out;
        const qsizetype n = points.size();
        if (n == 0 || toMs < fromMs || pixelWidth <= 0)
            return out;
        const qsizetype first = lowerBound(points, fromMs);
        const qsizetype last = toMs == std::numeric_limits<qint64>::max() ? n : lowerBound(points, toMs + 1);
        out.reserve(2 * pixelWidth + 2);
        if (first > 0)
            out.append(points[first - 1]);
        const double span = double(toMs - fromMs) + 1;
        qsizetype i = first;
        while (i < last) {
            const int column = int((double(points[i].timeMs - fromMs) * pixelWidth) / span);
            qsizetype minAt = -1, maxAt = -1, nanAt = -1;
            for (; i < last && int((double(points[i].timeMs - fromMs) * pixelWidth) / span) == column; ++i) {
                const double v = points[i].value;
                if (std::isnan(v)) {
                    if (nanAt < 0)
                        nanAt = i;
                    continue;
                }
                if (minAt < 0 || v < points[minAt].value)
                    minAt = i;
                if (maxAt < 0 || v > points[maxAt].value)
                    maxAt = i;
            }
            if (minAt < 0) {
                out.append(points[nanAt]);
            } else {
                out.append(points[std::min(minAt, maxAt)]);
                if (minAt != maxAt)
                    out.append(points[std::max(minAt, maxAt)]);
            }
        }
        if (last < n)
            out.append(points[last]);
        return out;
    }

private:
    template <typename Points>
    static qsizetype lowerBound(const Points &points, qint64 timeMs)
    {
        qsizetype lo = 0, hi = points.size();
        while (lo < hi) {
            const qsizetype mid = lo + (hi - lo) / 2;
            if (points[mid].timeMs < timeMs)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }
};

} // namespace phc
