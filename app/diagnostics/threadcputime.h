#pragma once

#include <QtGlobal>

#include <time.h>

namespace pm {

/// CPU time consumed by the calling thread so far, in nanoseconds (0 where unsupported).
/// Timing a request with it shows what the worker itself spent, apart from waiting for I/O.
inline qint64 threadCpuTimeNs()
{
#if defined(CLOCK_THREAD_CPUTIME_ID)
    timespec ts{};
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts) == 0)
        return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
#endif
    return 0;
}

} // namespace pm
