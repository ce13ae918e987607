#include "clock.h"

#include <QDateTime>

#include <memory>

namespace phc {

Clock systemClock()
{
    return [] { return QDateTime::currentMSecsSinceEpoch(); };
}

ManualClock::ManualClock(qint64 startMs) : m_now(std::make_shared<qint64>(startMs)) { }

Clock ManualClock::clock() const
{
    return [now = m_now] { return *now; };
}

} // namespace phc
