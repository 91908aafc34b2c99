#include "allocator.h"

#include <cstdlib>
#include <cstring>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace pm {

namespace {

constexpr std::size_t MiB = std::size_t(1) << 20;
// Above a 1M-product list (~100 MB held, ~80 MB encoded): every list-sized buffer is heap.
constexpr std::size_t MmapThreshold = 256 * MiB;
// Freed memory is kept up to twice that, so the next load of the same list finds it warm.
constexpr std::size_t TrimThreshold = 512 * MiB;
// The heap grows in steps of at least this much: fewer brk calls; untouched pages cost no RSS.
constexpr std::size_t TopPad = 16 * MiB;

/// True when the user's environment sets this malloc parameter: glibc reads GLIBC_TUNABLES
/// ("glibc.malloc.<name>=...") and the older MALLOC_<NAME>_ variables at start-up.
bool userSets(const char *tunable, const char *legacyVariable)
{
    if (const char *legacy = std::getenv(legacyVariable); legacy && *legacy)
        return true;
    const char *tunables = std::getenv("GLIBC_TUNABLES");
    if (!tunables)
        return false;
    const std::size_t length = std::strlen(tunable);
    for (const char *at = std::strstr(tunables, tunable); at; at = std::strstr(at + 1, tunable)) {
        const bool starts = at == tunables || at[-1] == ':';
        if (starts && at[length] == '=')
            return true;
    }
    return false;
}

QString mib(std::size_t bytes)
{
    return bytes % MiB == 0 ? QStringLiteral("%1 MiB").arg(bytes / MiB)
                            : QStringLiteral("%1 B").arg(bytes);
}

} // namespace

QString AllocatorSettings::describe() const
{
    const auto part = [](const char *name, std::size_t value, bool user) {
        return QStringLiteral("%1 %2").arg(QLatin1String(name),
                                           user ? QStringLiteral("set by the environment")
                                                   : value ? mib(value)
                                                           : QStringLiteral("glibc default"));
    };
    return QStringLiteral("glibc malloc: %1, %2, %3")
            .arg(part("mmap_threshold", mmapThreshold, userMmapThreshold),
                 part("trim_threshold", trimThreshold, userTrimThreshold),
                 part("top_pad", topPad, userTopPad));
}

AllocatorSettings allocatorSettings()
{
    AllocatorSettings s;
    s.userMmapThreshold = userSets("glibc.malloc.mmap_threshold", "MALLOC_MMAP_THRESHOLD_");
    s.userTrimThreshold = userSets("glibc.malloc.trim_threshold", "MALLOC_TRIM_THRESHOLD_");
    s.userTopPad = userSets("glibc.malloc.top_pad", "MALLOC_TOP_PAD_");
#if defined(__GLIBC__)
    s.mmapThreshold = s.userMmapThreshold ? 0 : MmapThreshold;
    s.trimThreshold = s.userTrimThreshold ? 0 : TrimThreshold;
    s.topPad = s.userTopPad ? 0 : TopPad;
#endif
    return s;
}

AllocatorSettings tuneAllocator()
{
    AllocatorSettings s = allocatorSettings();
#if defined(__GLIBC__)
    // mallopt answers 0 when it refuses a value: report the default then, not our wish.
    if (s.mmapThreshold && mallopt(M_MMAP_THRESHOLD, int(s.mmapThreshold)) != 1)
        s.mmapThreshold = 0;
    if (s.trimThreshold && mallopt(M_TRIM_THRESHOLD, int(s.trimThreshold)) != 1)
        s.trimThreshold = 0;
    if (s.topPad && mallopt(M_TOP_PAD, int(s.topPad)) != 1)
        s.topPad = 0;
#endif
    return s;
}

} // namespace pm
