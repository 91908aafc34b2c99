#pragma once

#include <array>
#include <cstddef>
#include <memory>

struct sqlite3;

namespace pm {

/**
 * Answers "has any connection, in any process, committed to this SQLite database since I last
 * looked?" without a read transaction.
 *
 * In WAL mode every commit rewrites the WAL-index header at the start of the `<db>-shm` file
 * (documented in SQLite's walformat.html: two 48-byte copies, written copy 1 then copy 0; the
 * header holds mxFrame, the salts and a checksum, so every commit and every WAL restart changes
 * it). SQLite's own readers compare that header with the one they saw last to decide whether
 * their page cache is still valid; this class does the same, read-only, through its own
 * mapping. A read transaction costs fcntl() lock syscalls (~1.5 µs, bench/FINDINGS.md); reading
 * the header costs a few loads.
 *
 * Why not SQLITE_FCNTL_DATA_VERSION or PRAGMA data_version: both report the pager's data
 * version, which SQLite refreshes only when a read transaction starts, so seeing another
 * process's commit still needs the transaction this class avoids.
 *
 * The header is read through the connection's OWN mapping of the WAL index (the VFS's
 * xShmMap), never through a descriptor of ours: closing any descriptor of a file drops every
 * POSIX lock the process holds on it, SQLite's included. The watch is valid while that
 * connection stays open in WAL mode (its shared lock keeps the -shm file from being deleted
 * or the journal mode from changing); destroy it before closing the connection. Any doubt (copies
 * differ while a writer updates them, unknown header version) is reported as "changed", which costs
 * a real probe, never a stale answer.
 */
class WalIndexWatch
{
public:
    using Stamp = std::array<unsigned char, 48>;

    /// Watches the WAL index of `db`'s main database; null unless that connection has its WAL
    /// index mapped already (WAL mode, after a first read) in a format this code understands.
    static std::unique_ptr<WalIndexWatch> open(sqlite3 *db);
    ~WalIndexWatch() = default;
    WalIndexWatch(const WalIndexWatch &) = delete;
    WalIndexWatch &operator=(const WalIndexWatch &) = delete;

    /// Copies the current header into `out`. False while a writer is changing it (the two
    /// copies differ) or when it is not initialised: treat as "changed".
    bool read(Stamp &out) const;

private:
    explicit WalIndexWatch(const volatile unsigned char *map)
        : m_map(map)
    { }
    const volatile unsigned char *m_map; ///< owned by the connection's VFS
};

} // namespace pm
