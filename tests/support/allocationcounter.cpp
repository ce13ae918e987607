// Linked into the tests that bound memory: counts the bytes the process
// holds in heap blocks, and their peak, for every thread, through the C
// allocator itself. Resident size (VmRSS, VmHWM) also counts what the
// allocator keeps after a free, how the kernel backs it and what other
// processes leave of the page cache; it moved by 100 MiB and more between
// runs of the same binary. The heap's own count does not.
//
// glibc: malloc and friends are replaced, each calling glibc's own
// (__libc_malloc ...), as glibc documents for replacing the allocator.
// AddressSanitizer: its allocator reports each block through the hooks of
// its allocator interface.
#include "memorytestsupport.h"

#include <atomic>
#include <cstddef>

namespace {

std::atomic<long long> g_live {0};
std::atomic<long long> g_peak {0};

void added(long long bytes)
{
    const long long now = g_live.fetch_add(bytes, std::memory_order_relaxed) + bytes;
    long long peak = g_peak.load(std::memory_order_relaxed);
    while (now > peak && !g_peak.compare_exchange_weak(peak, now, std::memory_order_relaxed)) {
    }
}

void removed(long long bytes)
{
    g_live.fetch_sub(bytes, std::memory_order_relaxed);
}

} // namespace

#ifdef PHC_TEST_ASAN

// From AddressSanitizer's runtime (sanitizer/allocator_interface.h, which
// gcc does not install).
extern "C" {
int __sanitizer_install_malloc_and_free_hooks(void (*malloc_hook)(const volatile void *, size_t),
                                              void (*free_hook)(const volatile void *));
size_t __sanitizer_get_allocated_size(const volatile void *p);
}

namespace {

void onMalloc(const volatile void *, size_t size)
{
    added(static_cast<long long>(size));
}

void onFree(const volatile void *ptr)
{
    if (ptr)
        removed(static_cast<long long>(__sanitizer_get_allocated_size(ptr)));
}

const bool g_hooked = __sanitizer_install_malloc_and_free_hooks(onMalloc, onFree) != 0;

} // namespace

// Freed memory waits in a quarantine before it is reused; a small one keeps
// the whole suite's footprint modest (the counts above ignore it). Options
// in ASAN_OPTIONS still win.
extern "C" const char *__asan_default_options()
{
    return "quarantine_size_mb=8";
}

#else

#include <malloc.h>

extern "C" {
void *__libc_malloc(size_t size);
void *__libc_calloc(size_t count, size_t size);
void *__libc_realloc(void *ptr, size_t size);
void *__libc_memalign(size_t alignment, size_t size);
void *__libc_valloc(size_t size);
void *__libc_pvalloc(size_t size);
void __libc_free(void *ptr);
}

namespace {

const bool g_hooked = true;

void *counted(void *p)
{
    if (p)
        added(static_cast<long long>(malloc_usable_size(p)));
    return p;
}

void uncount(void *p)
{
    if (p)
        removed(static_cast<long long>(malloc_usable_size(p)));
}

} // namespace

extern "C" {

void *malloc(size_t size)
{
    return counted(__libc_malloc(size));
}

void *calloc(size_t count, size_t size)
{
    return counted(__libc_calloc(count, size));
}

void *realloc(void *ptr, size_t size)
{
    const long long before = ptr ? static_cast<long long>(malloc_usable_size(ptr)) : 0;
    void *p = __libc_realloc(ptr, size);
    if (p) {
        removed(before);
        counted(p);
    } else if (size == 0) {
        removed(before); // realloc(p, 0) freed p
    }
    return p;
}

void *memalign(size_t alignment, size_t size)
{
    return counted(__libc_memalign(alignment, size));
}

void *aligned_alloc(size_t alignment, size_t size)
{
    return counted(__libc_memalign(alignment, size));
}

int posix_memalign(void **out, size_t alignment, size_t size)
{
    if (alignment % sizeof(void *) != 0 || (alignment & (alignment - 1)) != 0)
        return 22; // EINVAL
    void *p = __libc_memalign(alignment, size);
    if (!p)
        return 12; // ENOMEM
    *out = counted(p);
    return 0;
}

void *valloc(size_t size)
{
    return counted(__libc_valloc(size));
}

void *pvalloc(size_t size)
{
    return counted(__libc_pvalloc(size));
}

void free(void *ptr)
{
    uncount(ptr);
    __libc_free(ptr);
}

} // extern "C"

#endif

namespace phctest::heap {

bool counting()
{
    return g_hooked;
}

qint64 liveBytes()
{
    return g_live.load(std::memory_order_relaxed);
}

qint64 peakBytes()
{
    return g_peak.load(std::memory_order_relaxed);
}

void resetPeak()
{
    g_peak.store(g_live.load(std::memory_order_relaxed), std::memory_order_relaxed);
}

} // namespace phctest::heap
