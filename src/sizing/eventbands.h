#pragma once

// Tables whose rows each cover a range of monthly events.
//
// The sizing tables (tiers, scaling rows, cost sizes) declare each band by
// its lower bound: a row covers from its fromMonthlyEvents (inclusive) up to
// the next row's (exclusive); the first row starts at 0, the last is open.
// Row types have `qint64 fromMonthlyEvents`.
//
// The cloud price tiers are graduated: each covers events up to an inclusive
// maxMonthlyEvents, the last open. Row types have
// `std::optional<qint64> maxMonthlyEvents`.

#include "core/issue.h"
#include "core/yamlreader.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>

#include <optional>

namespace phc::EventBands {

// This file's messages, in one translation context: lupdate files Text::tr() calls under it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(phc::SizingModel)
};

// Reads the fromMonthlyEvents of one table's rows in order and checks them
// where they stand. A row in the old style (inclusive maxMonthlyEvents) is
// refused at that key with what to write instead.
class LowerBoundReader
{
public:
    void read(MapReader &r, qint64 &from)
    {
        const qint64 suggestion = m_next;
        qint64 max = 0;
        if (r.has("maxMonthlyEvents") && r.integer("maxMonthlyEvents", max)) {
            r.error("maxMonthlyEvents",
                    Text::tr("bands are declared by their lower bound now: replace 'maxMonthlyEvents: %1' with "
                       "'fromMonthlyEvents: %2' and give the next row 'fromMonthlyEvents: %3'")
                        .arg(max)
                        .arg(suggestion)
                        .arg(max + 1));
            m_oldStyle = true;
            m_next = max + 1;
            m_count++;
            return;
        }
        if (m_oldStyle && !r.has("fromMonthlyEvents")) {
            r.error("fromMonthlyEvents",
                    Text::tr("bands are declared by their lower bound now: write 'fromMonthlyEvents: %1' in this row").arg(suggestion));
            m_count++;
            return;
        }
        if (r.integer("fromMonthlyEvents", from, true)) {
            if (m_count == 0 && from != 0)
                r.error("fromMonthlyEvents", Text::tr("the first row must start at 0, not %1").arg(from));
            else if (m_count > 0 && m_previous && from <= *m_previous)
                r.error("fromMonthlyEvents",
                        Text::tr("%1 must be greater than the previous row's %2").arg(from).arg(*m_previous));
            m_previous = from;
        }
        m_count++;
    }

    // A table without rows.
    void finish(const QString &path, Issues &issues) const
    {
        if (m_count == 0)
            issues.append({path, 0, 0, Severity::Error, Text::tr("needs at least one row")});
    }

private:
    qsizetype m_count = 0;
    qint64 m_next = 0; // what the next row would start at, from the old style's maxima
    bool m_oldStyle = false;
    std::optional<qint64> m_previous;
};

// The row covering `events`: the last one starting at or below it.
template <typename Row>
int indexFor(const QList<Row> &rows, qint64 events)
{
    int index = 0;
    for (qsizetype i = 1; i < rows.size(); ++i)
        if (rows[i].fromMonthlyEvents <= events)
            index = int(i);
    return index;
}

// The first monthly event count after row `index` (exclusive); unset for the last row.
template <typename Row>
std::optional<qint64> endOf(const QList<Row> &rows, qsizetype index)
{
    if (index + 1 >= rows.size())
        return std::nullopt;
    return rows[index + 1].fromMonthlyEvents;
}

// Row `index`'s range in figures: "0 – 9,999", "10,000 – 999,999",
// "1,000,000 and more".
template <typename Row>
QString rangeText(const QList<Row> &rows, qsizetype index, const QLocale &locale)
{
    const QString from = locale.toString(rows[index].fromMonthlyEvents);
    const auto end = endOf(rows, index);
    return end ? Text::tr("%1 – %2").arg(from, locale.toString(*end - 1)) : Text::tr("%1 and more").arg(from);
}

// Graduated tiers (inclusive maxMonthlyEvents).

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
    if (rows.isEmpty()) {
        issues.append({path, 0, 0, Severity::Error, Text::tr("needs at least one row")});
        return;
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const bool last = i == rows.size() - 1;
        if (last && rows[i].maxMonthlyEvents)
            issues.append({path, 0, 0, Severity::Error, Text::tr("the last row must not have maxMonthlyEvents")});
        if (!last && !rows[i].maxMonthlyEvents)
            issues.append({path, 0, 0, Severity::Error, Text::tr("row %1 needs maxMonthlyEvents").arg(i)});
        if (rows[i].maxMonthlyEvents && *rows[i].maxMonthlyEvents < 0)
            issues.append({path, 0, 0, Severity::Error, Text::tr("maxMonthlyEvents must not be negative")});
        if (i > 0 && rows[i].maxMonthlyEvents && rows[i - 1].maxMonthlyEvents
            && *rows[i].maxMonthlyEvents <= *rows[i - 1].maxMonthlyEvents)
            issues.append({path, 0, 0, Severity::Error, Text::tr("maxMonthlyEvents must increase from row to row")});
    }
}

// The fewest monthly events graduated tier `index` covers.
template <typename Row>
qint64 firstOf(const QList<Row> &rows, qsizetype index)
{
    return index == 0 ? 0 : *rows[index - 1].maxMonthlyEvents + 1;
}

} // namespace phc::EventBands
