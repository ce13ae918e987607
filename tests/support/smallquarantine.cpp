// Linked into the tests that bound memory. Under AddressSanitizer, freed
// memory waits in a quarantine (256 MiB by default) before it is reused,
// and would count as growth; a small one keeps the bounds meaningful.
// Options in ASAN_OPTIONS still win.
#include "memorytestsupport.h"

#ifdef PHC_TEST_ASAN
extern "C" const char *__asan_default_options()
{
    return "quarantine_size_mb=8";
}
#endif
