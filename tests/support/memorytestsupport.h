#pragma once

// For tests that bound memory: the process's resident size and its peak,
// from /proc/self/status. Bounds are correctness bounds (nothing grows with
// the input or with time), stated generously; link smallquarantine.cpp so
// that they also hold under AddressSanitizer.

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

#ifdef PHC_TEST_ASAN
// Under AddressSanitizer the allocator's own bookkeeping (shadow pages,
// stack traces of allocations, per-size caches) adds megabytes of resident
// memory over a long run: flatness over time is measured in the other
// builds, and LeakSanitizer looks for leaks here.
inline constexpr bool residentSizeIsTheProgramsAlone = false;
#else
inline constexpr bool residentSizeIsTheProgramsAlone = true;
#endif

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

// Starts measuring at construction: the kernel's peak (VmHWM) is reset to
// the current size where Linux allows it (5 > /proc/self/clear_refs);
// otherwise growth counts only above the earlier peak.
class PeakMemory
{
public:
    PeakMemory()
    {
        QFile clear(QStringLiteral("/proc/self/clear_refs"));
        const bool reset = clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
        clear.close();
        m_startKiB = procStatusKiB(reset ? "VmRSS" : "VmHWM");
    }
    // Peak growth since construction, in MiB.
    qint64 growthMiB() const { return (procStatusKiB("VmHWM") - m_startKiB) / 1024; }

private:
    qint64 m_startKiB = 0;
};

} // namespace phctest
