#include "db/walindexwatch.h"

#include <sqlite3.h>

#include <atomic>
#include <cstdint>
#include <cstring>

namespace pm {

namespace {

// WalIndexHdr (sqlite/src/wal.c, walformat.html): u32 iVersion at 0, u8 isInit at 12; two
// copies of 48 bytes at the start of the first 32 KiB region of the WAL index.
constexpr std::size_t HeaderBytes = 48;
constexpr int RegionBytes = 32768; // WALINDEX_PGSZ
constexpr unsigned WalIndexVersion = 3007000; // WALINDEX_MAX_VERSION
constexpr std::size_t IsInitOffset = 12;

// Six 64-bit volatile loads (the mapping is page-aligned and both copies 8-byte aligned):
// byte by byte was a third of the probe's instructions.
void copyHeader(const volatile unsigned char *from, WalIndexWatch::Stamp &to)
{
    const auto *words = reinterpret_cast<const volatile std::uint64_t *>(from);
    for (std::size_t i = 0; i < HeaderBytes / 8; ++i) {
        const std::uint64_t w = words[i];
        std::memcpy(to.data() + 8 * i, &w, 8);
    }
}

} // namespace

std::unique_ptr<WalIndexWatch> WalIndexWatch::open(sqlite3 *db)
{
    sqlite3_file *file = nullptr;
    if (sqlite3_file_control(db, "main", SQLITE_FCNTL_FILE_POINTER, &file) != SQLITE_OK || !file
        || !file->pMethods || file->pMethods->iVersion < 2 || !file->pMethods->xShmMap)
        return nullptr;
    volatile void *region = nullptr;
    // bExtend = 0: only an existing mapping (the one the connection's WAL already uses).
    if (file->pMethods->xShmMap(file, 0, RegionBytes, 0, &region) != SQLITE_OK || !region)
        return nullptr;
    const auto *map = static_cast<const volatile unsigned char *>(region);
    unsigned version = 0; // native byte order, as SQLite writes it
    for (std::size_t i = 0; i < sizeof version; ++i)
        reinterpret_cast<unsigned char *>(&version)[i] = map[i];
    if (version != WalIndexVersion)
        return nullptr;
    return std::unique_ptr<WalIndexWatch>(new WalIndexWatch(map));
}

bool WalIndexWatch::read(Stamp &out) const
{
    // As SQLite's walIndexTryHdr(): copy 0, barrier, copy 1; equal copies are a consistent
    // header (a writer writes copy 1, barrier, copy 0).
    Stamp second;
    std::atomic_thread_fence(std::memory_order_seq_cst);
    copyHeader(m_map, out);
    std::atomic_thread_fence(std::memory_order_seq_cst);
    copyHeader(m_map + HeaderBytes, second);
    std::atomic_thread_fence(std::memory_order_seq_cst);
    return out == second && out[IsInitOffset] != 0;
}

} // namespace pm
