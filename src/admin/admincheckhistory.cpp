#include "admincheckhistory.h"

#include <limits>

namespace phc {

AdminCheckHistory::AdminCheckHistory(qsizetype capacity)
    : m_ids(AdminChecks::numericIds()), m_capacity(qMax<qsizetype>(2, capacity))
{
    for (qsizetype i = 0; i < m_ids.size(); ++i)
        m_rings.push_back(std::make_unique<RingBuffer<TimePoint>>(m_capacity));
}

void AdminCheckHistory::push(const AdminStatus &status, qint64 atMs)
{
    for (qsizetype i = 0; i < m_ids.size(); ++i) {
        const AdminCheck *check = status.check(m_ids[i]);
        const double value = check && check->value ? *check->value : std::numeric_limits<double>::quiet_NaN();
        m_rings[size_t(i)]->push({atMs, value});
    }
}

void AdminCheckHistory::clear()
{
    for (const auto &ring : m_rings)
        ring->clear();
}

const RingBuffer<TimePoint> *AdminCheckHistory::history(QStringView id) const
{
    const qsizetype i = m_ids.indexOf(id);
    return i < 0 ? nullptr : m_rings[size_t(i)].get();
}

qsizetype AdminCheckHistory::storageBytes() const
{
    qsizetype bytes = 0;
    for (const auto &ring : m_rings)
        bytes += ring->storageBytes();
    return bytes;
}

AdminCheckLimits AdminCheckHistory::limits(QStringView id, const AdminThresholds &thresholds)
{
    if (id == u"clickhouseDiskFree")
        return {thresholds.diskFreeWarn, thresholds.diskFreeFail, true};
    if (id == u"ingestionLagSeconds")
        return {thresholds.lagWarnSeconds, thresholds.lagFailSeconds, false};
    // redisMaxmemory has no numeric limit: 0 (no limit) is what warns.
    return {};
}

} // namespace phc
