#pragma once

#include <QtGlobal>

#include <functional>
#include <memory>

namespace phc {

// Milliseconds since the Unix epoch. Injected wherever time matters so that a
// test can run half an hour of simulated time in a fraction of a second.
using Clock = std::function<qint64()>;

Clock systemClock();

// A clock that moves only when told to; copies of clock() follow advance().
class ManualClock
{
public:
    explicit ManualClock(qint64 startMs = 1722470400000); // 2024-08-01T00:00:00Z
    Clock clock() const;
    qint64 now() const { return *m_now; }
    void advance(qint64 ms) { *m_now += ms; }
    void set(qint64 ms) { *m_now = ms; }

private:
    std::shared_ptr<qint64> m_now;
};

} // namespace phc
