#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QVariant>

#include <charconv>
#include <cstring>
#include <optional>

namespace pm {

/// True if `key` belongs to the namespace `namespacePrefix` (`keyPrefix + ':'`): it is exactly
/// `<keyPrefix>:<version>:<key>` with the version written as Cache::makeKey writes an int
/// (`0`, `7`, `-2`; never `01`, `+1`, `-0` or beyond the int range) and a key part that may be
/// empty. `:1` (no second colon), `:x:key`, `:session:abc` and `pfx:01:k` are a neighbour's keys
/// on a shared Redis, never ours: clear(), the inspector and the key listing skip them.
inline bool isNamespaceKey(QByteArrayView namespacePrefix, QByteArrayView key)
{
    if (!key.startsWith(namespacePrefix))
        return false;
    const char *digits = key.data() + namespacePrefix.size();
    const char *end = key.data() + key.size();
    const auto *colon = static_cast<const char *>(std::memchr(digits, ':', size_t(end - digits)));
    if (colon == nullptr || colon == digits)
        return false;
    int version = 0;
    const auto parsed = std::from_chars(digits, colon, version);
    if (parsed.ec != std::errc() || parsed.ptr != colon)
        return false;
    // Canonical only: the exact text makeKey would have written for this version.
    char canonical[16];
    const auto written = std::to_chars(canonical, canonical + sizeof canonical, version);
    return written.ptr - canonical == colon - digits
            && std::memcmp(canonical, digits, size_t(colon - digits)) == 0;
}

/// How long a value lives, already resolved by the Cache front end from the caller's timeout.
/// `infinite`: never expires. Otherwise `ms` milliseconds from now; `ms <= 0` means "expire at
/// once" (set removes the key, add returns true but nothing can be read back).
/// (Not named `forever`: Qt defines `forever` as a macro.)
struct Expiry
{
    bool infinite = false;
    qint64 ms = 0;
    static Expiry never() { return {true, 0}; }
    static Expiry inMs(qint64 ms) { return {false, ms}; }
    bool expiresAtOnce() const { return !infinite && ms <= 0; }
};

/// What the backend knows about a key's remaining life.
struct KeyTtl
{
    enum class State { Missing, Forever, Expiring };
    State state = State::Missing;
    qint64 ms = 0; ///< remaining milliseconds when Expiring
};

/// One key of our namespace as the inspector shows it.
struct KeyInfo
{
    QByteArray key; ///< the made key, prefix and version included
    QString type; ///< "int", "string", "bytes", "list", "map", "null", a registered object
                  ///< type such as "product_list", or the Redis type for foreign values
    qint64 sizeBytes = -1;
    KeyTtl ttl;
};

/// A page of a namespace scan. `cursor` is empty when the scan is complete.
struct KeyPage
{
    QList<KeyInfo> keys;
    QByteArray cursor;
};

/// Facts about one call that only the backend knows; the Cache front end records them.
struct CallFacts
{
    int hits = 0;
    int misses = 0;
    qint64 bytesIn = 0; ///< bytes read from the store
    qint64 bytesOut = 0; ///< bytes written to the store
    int decodeFailures = 0;
};

/// A storage engine for the Cache front end. Backends see made keys (prefix:version:key) and
/// values as QVariant:
///   - a stored null is QVariant::fromValue(nullptr) — a value, not a miss;
///   - integers are qlonglong and stored raw so that incr/decr are atomic;
///   - everything else goes through the value codec (Redis) or is kept as-is (memory, which
///     shares implicitly shared values instead of copying them).
/// Hit or miss is decided here and reported in CallFacts, never guessed by the caller.
/// Implementations are thread-safe.
class CacheBackend
{
public:
    virtual ~CacheBackend() = default;

    /// "memory" or "redis".
    virtual QString name() const = 0;

    virtual Result<std::optional<QVariant>> get(const QByteArray &key, CallFacts &facts) = 0;
    virtual Result<void> set(const QByteArray &key, const QVariant &value, Expiry expiry,
                             CallFacts &facts)
            = 0;
    /// True if stored; false if a live key exists (its value, TTL and LRU position untouched).
    virtual Result<bool> add(const QByteArray &key, const QVariant &value, Expiry expiry,
                             CallFacts &facts)
            = 0;
    /// True if something was removed.
    virtual Result<bool> remove(const QByteArray &key, CallFacts &facts) = 0;

    /// Present keys only (stored nulls included), in the order of `keys`. One round trip on
    /// Redis (MGET).
    virtual Result<QList<QPair<QByteArray, QVariant>>> getMany(const QList<QByteArray> &keys,
                                                               CallFacts &facts)
            = 0;
    /// Keys that failed (empty on success). One round trip on Redis (pipeline).
    virtual Result<QList<QByteArray>> setMany(const QList<QPair<QByteArray, QVariant>> &items,
                                              Expiry expiry, CallFacts &facts)
            = 0;
    /// Number removed. One round trip on Redis.
    virtual Result<int> removeMany(const QList<QByteArray> &keys, CallFacts &facts) = 0;

    virtual Result<bool> hasKey(const QByteArray &key, CallFacts &facts) = 0;
    /// True if a live key's expiry was reset.
    virtual Result<bool> touch(const QByteArray &key, Expiry expiry, CallFacts &facts) = 0;
    /// Atomic add of delta; NotFound on a missing key, Type on a non-integer; expiry unchanged.
    virtual Result<qint64> incr(const QByteArray &key, qint64 delta, CallFacts &facts) = 0;

    virtual Result<KeyTtl> ttl(const QByteArray &key, CallFacts &facts) = 0;
    /// Removes the expiry; false if the key is missing.
    virtual Result<bool> persist(const QByteArray &key, CallFacts &facts) = 0;
    /// Sets the expiry; false if the key is missing.
    virtual Result<bool> expire(const QByteArray &key, Expiry expiry, CallFacts &facts) = 0;

    /// Removes every key of the namespace (isNamespaceKey()) and nothing else (SCAN + UNLINK on
    /// Redis; never FLUSHDB, FLUSHALL or KEYS). Returns the count removed.
    virtual Result<qint64> clear(const QByteArray &namespacePrefix, CallFacts &facts) = 0;
    /// One page of the keys of the namespace (isNamespaceKey(); SCAN-paged on Redis, so a page
    /// may be empty while the cursor is not).
    virtual Result<KeyPage> scan(const QByteArray &namespacePrefix, const QByteArray &cursor,
                                 int pageSize, CallFacts &facts)
            = 0;

    /// Releases connections; the next call reconnects.
    virtual void close() = 0;
};

} // namespace pm
