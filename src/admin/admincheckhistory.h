#pragma once

#include "admin/adminchecks.h"
#include "metrics/decimator.h"
#include "metrics/ringbuffer.h"

#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace phc {

// The warn and fail limits of a numeric check, for its chart's limit lines.
struct AdminCheckLimits
{
    std::optional<double> warn;
    std::optional<double> fail;
    bool below = false; // the check warns when the value falls under the limits (free disk)
};

// The history of the numeric checks (AdminChecks::numericIds()), one ring
// buffer each with the same bounded storage as a key metric's history: one
// point per round, NaN where the round could not tell the value, so a chart
// shows a gap and never a zero nobody measured.
class AdminCheckHistory
{
public:
    explicit AdminCheckHistory(qsizetype capacity = dayAt5sPoints);

    // One point per numeric check at `atMs`.
    void push(const AdminStatus &status, qint64 atMs);
    void clear();

    const QStringList &ids() const { return m_ids; }
    // Null for an id that is not a numeric check.
    const RingBuffer<TimePoint> *history(QStringView id) const;
    qsizetype capacity() const { return m_capacity; }
    // Heap bytes the ring buffers hold.
    qsizetype storageBytes() const;

    static AdminCheckLimits limits(QStringView id, const AdminThresholds &thresholds);

private:
    QStringList m_ids;
    qsizetype m_capacity;
    std::vector<std::unique_ptr<RingBuffer<TimePoint>>> m_rings; // in m_ids order
};

} // namespace phc
