#pragma once

// For tests that bound memory: the bytes the process holds in heap blocks
// and their peak, counted by the allocator itself (link allocationcounter.cpp),
// and the resident size from /proc/self/status for information. Bounds are
// correctness bounds (nothing grows with the input or with time), stated
// generously, and judged on the heap's count alone: resident size also holds
// what the allocator keeps after a free, and moved by 100 MiB and more
// between runs of the same binary.

#include <QByteArray>
#include <QFile>
#include <QtGlobal>

#if defined(__SANITIZE_ADDRESS__)
#define PHC_TEST_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PHC_TEST_ASAN 1
#endif
#endif

namespace phctest {

namespace heap {
// False when allocationcounter.cpp could not hook the allocator.
bool counting();
// Bytes in heap blocks now, all threads together.
qint64 liveBytes();
// The most held at once since the last resetPeak().
qint64 peakBytes();
void resetPeak();
} // namespace heap

// A "Name:   1234 kB" line of /proc/self/status, in KiB; -1 when absent.
inline qint64 procStatusKiB(QByteArrayView name)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(name) && line.size() > name.size() && line[name.size()] == ':')
            return line.mid(name.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Starts measuring at construction: how far the heap rose above what it held
// then, whatever it held before.
class PeakMemory
{
public:
    PeakMemory()
    {
        if (!heap::counting())
            qFatal("the heap is not counted: link tests/support/allocationcounter.cpp");
        heap::resetPeak();
        m_startBytes = heap::liveBytes();
    }
    // Peak growth since construction, in MiB.
    qint64 growthMiB() const { return (heap::peakBytes() - m_startBytes) / (1024 * 1024); }

private:
    qint64 m_startBytes = 0;
};

} // namespace phctest
