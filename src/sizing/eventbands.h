#pragma once

// Tables whose rows each cover monthly events up to an inclusive
// maxMonthlyEvents, the last row open-ended: the sizing tables and the
// cloud price tiers. Row types have `std::optional<qint64> maxMonthlyEvents`.

#include "core/issue.h"
#include "core/yamlreader.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace phc::EventBands {

inline void readMax(MapReader &r, std::optional<qint64> &out)
{
    qint64 v = 0;
    if (r.integer("maxMonthlyEvents", v))
        out = v;
}

// Rows must cover 0..infinity in increasing order with an open last row.
template <typename Row>
void check(const QList<Row> &rows, const QString &path, Issues &issues)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("phc::SizingModel", text); };
    if (rows.isEmpty()) {
        issues.append({path, 0, 0, Severity::Error, tr("needs at least one row")});
        return;
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const bool last = i == rows.size() - 1;
        if (last && rows[i].maxMonthlyEvents)
            issues.append({path, 0, 0, Severity::Error, tr("the last row must not have maxMonthlyEvents")});
        if (!last && !rows[i].maxMonthlyEvents)
            issues.append({path, 0, 0, Severity::Error, tr("row %1 needs maxMonthlyEvents").arg(i)});
        if (rows[i].maxMonthlyEvents && *rows[i].maxMonthlyEvents < 0)
            issues.append({path, 0, 0, Severity::Error, tr("maxMonthlyEvents must not be negative")});
        if (i > 0 && rows[i].maxMonthlyEvents && rows[i - 1].maxMonthlyEvents
            && *rows[i].maxMonthlyEvents <= *rows[i - 1].maxMonthlyEvents)
            issues.append({path, 0, 0, Severity::Error, tr("maxMonthlyEvents must increase from row to row")});
    }
}

// The row covering `events`.
template <typename Row>
int indexFor(const QList<Row> &rows, qint64 events)
{
    for (qsizetype i = 0; i < rows.size(); ++i)
        if (!rows[i].maxMonthlyEvents || events <= *rows[i].maxMonthlyEvents)
            return int(i);
    return int(rows.size() - 1);
}

// The fewest monthly events row `index` covers.
template <typename Row>
qint64 firstOf(const QList<Row> &rows, qsizetype index)
{
    return index == 0 ? 0 : *rows[index - 1].maxMonthlyEvents + 1;
}

} // namespace phc::EventBands
