#pragma once

#include "cache/cachebackend.h"
#include "cache/valuecodec.h"

#include <QHash>

#include <list>
#include <mutex>

namespace pm {

class Clock;

/// Options of the memory backend (`memory://?max_entries=N&cull_frequency=N`).
struct MemoryBackendOptions
{
    /// Entries kept before culling.
    int maxEntries = 300;
    /// When full, drop maxEntries / cullFrequency entries from the LRU end; 0 drops everything.
    int cullFrequency = 3;
    /// Values whose approximate size exceeds this are refused (TooLarge).
    qint64 maxValueBytes = ValueCodec::DefaultMaxBytes;
};

/**
 * The embedded cache: an LRU map of QVariant values, with Django's locmem semantics.
 *
 * - Culling happens in set/add when the map holds maxEntries or more, *before* inserting (so
 *   max 30 / frequency 3 leaves 29 of 49 inserted keys, and frequency 0 leaves 19).
 * - What counts as use: get hits, set and incr move a key to the front; has_key, touch and a
 *   failed add do not.
 * - Values are kept as-is: QVariant and Qt containers are implicitly shared, so a hit is a
 *   reference-count bump, never a copy.
 * - Time comes from the injected Clock (monotonicMs); expired entries are dropped lazily.
 * Thread-safe: one mutex around the map.
 */
class MemoryBackend final : public CacheBackend
{
public:
    explicit MemoryBackend(Clock &clock, MemoryBackendOptions options = {},
                           ValueCodec codec = ValueCodec());
    ~MemoryBackend() override;

    const MemoryBackendOptions &options() const { return m_options; }
    /// Number of entries held, expired ones included until they are touched.
    int size() const;

    QString name() const override;
    Result<std::optional<QVariant>> get(const QByteArray &key, CallFacts &facts) override;
    Result<void> set(const QByteArray &key, const QVariant &value, Expiry expiry,
                     CallFacts &facts) override;
    Result<bool> add(const QByteArray &key, const QVariant &value, Expiry expiry,
                     CallFacts &facts) override;
    Result<bool> remove(const QByteArray &key, CallFacts &facts) override;
    Result<QList<QPair<QByteArray, QVariant>>> getMany(const QList<QByteArray> &keys,
                                                       CallFacts &facts) override;
    Result<QList<QByteArray>> setMany(const QList<QPair<QByteArray, QVariant>> &items,
                                      Expiry expiry, CallFacts &facts) override;
    Result<int> removeMany(const QList<QByteArray> &keys, CallFacts &facts) override;
    Result<bool> hasKey(const QByteArray &key, CallFacts &facts) override;
    Result<bool> touch(const QByteArray &key, Expiry expiry, CallFacts &facts) override;
    Result<qint64> incr(const QByteArray &key, qint64 delta, CallFacts &facts) override;
    Result<KeyTtl> ttl(const QByteArray &key, CallFacts &facts) override;
    Result<bool> persist(const QByteArray &key, CallFacts &facts) override;
    Result<bool> expire(const QByteArray &key, Expiry expiry, CallFacts &facts) override;
    Result<qint64> clear(const QByteArray &namespacePrefix, CallFacts &facts) override;
    Result<KeyPage> scan(const QByteArray &namespacePrefix, const QByteArray &cursor, int pageSize,
                         CallFacts &facts) override;
    void close() override;

private:
    static constexpr qint64 Never = std::numeric_limits<qint64>::max();

    struct Node
    {
        QByteArray key;
        QVariant value;
        qint64 expiresAt = Never; ///< monotonic ms; Never for no expiry
        qint64 sizeBytes = 0;
    };
    using Lru = std::list<Node>; // front = most recently used
    using Index = QHash<QByteArray, Lru::iterator>;

    // All private helpers expect m_mutex to be held.
    Lru::iterator findLive(const QByteArray &key, qint64 now);
    void store(const QByteArray &key, const QVariant &value, qint64 expiresAt, qint64 size);
    void erase(Index::iterator it);
    void cull();
    qint64 expiresAt(Expiry expiry, qint64 now) const;
    Result<qint64> checkedSize(const QVariant &value) const;

    Clock &m_clock;
    MemoryBackendOptions m_options;
    ValueCodec m_codec;
    mutable std::mutex m_mutex;
    Lru m_lru;
    Index m_index;
};

} // namespace pm
