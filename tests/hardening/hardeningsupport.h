#pragma once

// Shared by the hostile-input suites: how much the process's peak resident
// memory grew while a piece of work ran. Memory bounds are correctness
// bounds (nothing grows with the hostile input), stated generously.

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

#ifdef PHC_TEST_ASAN
// Freed memory waits in ASan's quarantine (256 MiB by default) and would
// count as growth; a small quarantine keeps the bounds meaningful there too.
extern "C" const char *__asan_default_options() { return "quarantine_size_mb=8"; }
#endif

namespace phctest {

// `piece` `times` times over: hostile input of any size, built once.
inline QByteArray repeated(QByteArrayView piece, qsizetype times)
{
    QByteArray out;
    out.reserve(piece.size() * times);
    for (qsizetype i = 0; i < times; ++i)
        out += piece;
    return out;
}

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
