#pragma once

#include <QString>

#include <cstddef>

namespace pm {

/// What tuneAllocator() left in effect, for logs and the benchmark report's header.
struct AllocatorSettings
{
    std::size_t mmapThreshold = 0; ///< 0: glibc's dynamic default (128 KiB up to 32 MiB)
    std::size_t trimThreshold = 0; ///< 0: glibc's default
    std::size_t topPad = 0; ///< 0: glibc's default
    bool userMmapThreshold = false; ///< set by the user's environment, left alone
    bool userTrimThreshold = false;
    bool userTopPad = false;

    /// One line, e.g. "glibc malloc: mmap_threshold 256 MiB, trim_threshold 512 MiB, ...".
    QString describe() const;
};

/// The malloc settings this program starts with (docs/performance-goals.md, "Allocation"):
/// buffers below 256 MiB (a whole list, a Redis reply, a title block) come from the heap and
/// freed memory up to 512 MiB stays there, so a repeated list load reuses warm pages instead of
/// a fresh mmap faulted in page by page and returned on free. A setting the user gave through
/// GLIBC_TUNABLES or MALLOC_*_ is not overridden. Call first thing in main(), before threads.
AllocatorSettings tuneAllocator();

/// The settings tuneAllocator() chose (or would choose), without applying anything.
AllocatorSettings allocatorSettings();

} // namespace pm
