#pragma once

#include "cache/cachebackend.h"
#include "cache/valuecodec.h"
#include "core/result.h"
#include "redis/redisconnection.h"
#include "redis/redisoptions.h"

#include <QByteArray>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <mutex>

namespace pm {

class Clock;

/// Creates the Redis backend for a `redis://[user:password@]host:port/db` or
/// `unix:///path/redis.sock?db=N` URL. Values other than integers go through `codec` (copied).
/// Connecting is lazy; an unreachable server is reported by the first call. Errors:
/// InvalidInput for a bad URL.
Result<std::unique_ptr<CacheBackend>> createRedisBackend(const QString &url, Clock &clock,
                                                         const ValueCodec &codec);

/**
 * The Redis storage engine of the cache (docs/cache-semantics.md, "The Redis backend").
 *
 * - Integers are stored raw (`SET key "42"`) so that incr is a server-side INCRBY; incr runs
 *   as a Lua script that refuses a missing key (NotFound) instead of creating it, and a
 *   non-integer is ErrorKind::Type. INCRBY keeps the expiry.
 * - Other values go through ValueCodec. A value that fails to decode (corrupt, truncated,
 *   foreign, wrong Redis type, or a reply above the size cap, which is never fetched whole)
 *   is a miss, counted in CallFacts::decodeFailures and logged once per key.
 * - Values above the codec's cap are refused on write (ErrorKind::TooLarge).
 * - getMany is one MGET, setMany one pipeline of SET … PX, removeMany one UNLINK.
 * - Timeouts are milliseconds (PX / PEXPIRE / PTTL).
 * - clear() is SCAN MATCH <escaped prefix>*:* COUNT 1000 + UNLINK in batches of the keys that
 *   pass isNamespaceKey() (MATCH is only a prefilter); never FLUSHDB, FLUSHALL or KEYS. scan()
 *   pages the namespace the same way, with TYPE / MEMORY USAGE / PTTL in a pipeline.
 *
 * Transport failures (timeout, unavailable, auth …) are returned as errors; the Cache front end
 * turns failed reads into misses and reports failed writes. Thread-safe: the one connection
 * serialises calls, each with its own total deadline (RedisConnection).
 */
class RedisBackend final : public CacheBackend
{
public:
    RedisBackend(RedisOptions options, ValueCodec codec);

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

    /// The connection, for health and counters (reconnects, failures) in the debug panel.
    const RedisConnection &connection() const { return m_connection; }
    const ValueCodec &codec() const { return m_codec; }
    /// The stored bytes of `key` as they are, undecoded (nullopt when missing), for the cache
    /// inspector's preview and hex dump. Not instrumented. TooLarge above the codec's cap
    /// (never fetched whole), Type for a list, hash … under the key.
    Result<std::optional<QByteArray>> rawValue(const QByteArray &key);

    /// Every command this backend sends, for a least-privilege ACL user
    /// (`ACL SETUSER app on >pw ~<prefix>* resetchannels -@all +<each>`).
    static QStringList requiredCommands();

    /// `prefix` with the glob metacharacters * ? [ ] \ escaped, for SCAN MATCH.
    static QByteArray escapeGlob(const QByteArray &prefix);

private:
    std::optional<QVariant> decodeValue(const QByteArray &key, const RedisReply &reply,
                                        CallFacts &facts);
    void noteDecodeFailure(const QByteArray &key, const QString &why, CallFacts &facts);
    Result<bool> existsThenPersist(const QByteArray &key, CallFacts &facts);
    Result<bool> expireIn(const QByteArray &key, Expiry expiry, CallFacts &facts);

    const ValueCodec m_codec;
    RedisConnection m_connection;
    std::mutex m_loggedMutex;
    QSet<QByteArray> m_loggedKeys; // keys whose decode failure was already logged
};

} // namespace pm
