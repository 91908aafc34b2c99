#pragma once

#include "cache/cachebackend.h"
#include "cache/cacheinstrumentation.h"
#include "cache/cachekeymaker.h"
#include "cache/cachemeter.h"
#include "cache/cacheoptions.h"
#include "cache/cachetimeout.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>

namespace pm {

/**
 * The low-level cache API (Django's django.core.cache) over one backend; its contract is
 * docs/cache-semantics.md.
 *
 * Every call is instrumented by the service itself: it is timed, counted in stats() and, when
 * observers are attached, delivered to them as a CacheCallRecord whose hits and misses come from
 * the backend. Without observers a call allocates nothing for its instrumentation.
 *
 * Values: a stored null (QVariant::fromValue(nullptr)) is a value; integers of any width are
 * stored as qlonglong. Lookups return std::optional inside the Result: an empty optional is a
 * miss, an Error means the backend failed (the caller decides whether that is a miss).
 *
 * Thread-safe as far as the backend is (both backends are).
 */
class Cache
{
public:
    explicit Cache(std::unique_ptr<CacheBackend> backend, CacheOptions options = {});
    ~Cache();
    Cache(const Cache &) = delete;
    Cache &operator=(const Cache &) = delete;

    const CacheOptions &options() const { return m_options; }
    CacheBackend &backend() const { return *m_backend; }
    /// "memory" or "redis".
    QString backendName() const { return m_backendName; }

    /// The stored key for `key` (`prefix:version:key` by default).
    QByteArray makeKey(const QString &key, Version version = Version()) const;
    /// Every key of this cache starts with this: `keyPrefix + ':'` (the namespace is narrower:
    /// see isNamespaceKey()).
    QByteArray namespacePrefix() const;
    /// Django's memcache key warnings: a made key over 250 characters or with a control
    /// character or a space. Empty when the key is fine.
    static QString keyWarning(const QByteArray &madeKey);

    /// The value, or an empty optional when missing or expired.
    Result<std::optional<QVariant>> get(const QString &key, Version version = Version());
    /// The value, or `defaultValue` when missing or expired (a stored null is returned as is).
    Result<QVariant> get(const QString &key, const QVariant &defaultValue,
                         Version version = Version());
    /// Stores `value`, overwriting. A timeout of 0 or less removes the key.
    Result<void> set(const QString &key, const QVariant &value, Timeout timeout = Timeout(),
                     Version version = Version());
    /// True if stored; false if a live key exists (its value, TTL and LRU position untouched).
    Result<bool> add(const QString &key, const QVariant &value, Timeout timeout = Timeout(),
                     Version version = Version());
    /// True if something was removed (Django's delete()).
    Result<bool> remove(const QString &key, Version version = Version());

    /// The stored value; on a miss stores `value` with add() and returns what is then stored
    /// (a racing writer's value wins).
    Result<QVariant> getOrSet(const QString &key, const QVariant &value,
                              Timeout timeout = Timeout(), Version version = Version());
    /// As above, but `compute` runs only on a miss. Its error is returned and nothing stored.
    /// Its run time is not counted as cache time.
    Result<QVariant> getOrSet(const QString &key, const std::function<Result<QVariant>()> &compute,
                              Timeout timeout = Timeout(), Version version = Version());

    /// The present keys only (stored nulls included), in request order.
    Result<QList<QPair<QString, QVariant>>> getMany(const QStringList &keys,
                                                    Version version = Version());
    /// The keys that failed to be stored (empty on success).
    Result<QStringList> setMany(const QList<QPair<QString, QVariant>> &items,
                                Timeout timeout = Timeout(), Version version = Version());
    /// The number of keys removed.
    Result<int> removeMany(const QStringList &keys, Version version = Version());

    /// True for a live key, including a stored null.
    Result<bool> hasKey(const QString &key, Version version = Version());
    /// True if a live key's expiry was reset to `timeout`.
    Result<bool> touch(const QString &key, Timeout timeout = Timeout(),
                       Version version = Version());
    /// The new value, exact over the whole 64-bit range. NotFound on a missing key, Type on a
    /// non-integer, InvalidInput (value unchanged) when the result would overflow; expiry
    /// unchanged.
    Result<qint64> incr(const QString &key, qint64 delta = 1, Version version = Version());
    Result<qint64> decr(const QString &key, qint64 delta = 1, Version version = Version());
    /// Moves the value (and its remaining expiry) to version + delta; returns the new version.
    /// InvalidInput (nothing moved) when the new version would not fit an int.
    Result<int> incrVersion(const QString &key, int delta = 1, Version version = Version());
    Result<int> decrVersion(const QString &key, int delta = 1, Version version = Version());

    /// Remaining life: Missing, Forever, or Expiring with milliseconds left.
    Result<KeyTtl> ttl(const QString &key, Version version = Version());
    /// Removes the expiry; false if the key is missing.
    Result<bool> persist(const QString &key, Version version = Version());
    /// Sets the expiry; false if the key is missing.
    Result<bool> expire(const QString &key, Timeout timeout, Version version = Version());

    /// Removes every key of this cache's namespace, and nothing else. Returns the count.
    Result<qint64> clear();
    /// The keys of `version` matching the glob (`*`, `?`, `[abc]`, `\x`) as the caller wrote
    /// them, sorted. With a custom key function, the made keys without the namespace prefix.
    Result<QStringList> keys(const QString &glob = QStringLiteral("*"),
                             Version version = Version());
    /// One page of the namespace, made keys and all, for the inspector.
    Result<KeyPage> scan(const QByteArray &cursor = QByteArray(), int pageSize = 100);
    /// Releases the backend's connections; the next call reconnects.
    void close();

    /// Observers are not owned; remove them before they die.
    void addObserver(CacheObserver *observer);
    void removeObserver(CacheObserver *observer);

    CacheStats stats() const;
    void resetStats();

    /// Glob matching as Redis's MATCH does it; exposed for the console and the inspector.
    static bool globMatch(QStringView pattern, QStringView text);

private:
    Expiry resolve(Timeout timeout) const;
    int resolve(Version version) const { return version.valueOr(m_options.defaultVersion); }
    /// The shape of every single-key call that is not a lookup (defined in cache.cpp).
    template<typename Call>
    auto singleKey(CacheOp op, const QString &key, Version version, const Call &call);
    Error userKeyError(const Error &error, const QString &key) const;
    /// get()'s failure path, out of line: records the error; a read error becomes a miss when
    /// readErrorsAreMisses.
    void getFailed(Result<std::optional<QVariant>> &r, const CacheMeter::CallStart &start,
                   CallFacts &facts, int warnings, int version, const QString &key);
    Result<int> moveVersion(CacheOp op, const QString &key, qint64 delta, Version version);
    Result<QVariant> getOrSetImpl(const QString &key, const QVariant *value,
                                  const std::function<Result<QVariant>()> *compute, Timeout timeout,
                                  Version version);

    std::unique_ptr<CacheBackend> m_backend;
    CacheOptions m_options;
    QString m_backendName;
    CacheKeyMaker m_keys;
    CacheMeter m_meter;
};

// The hottest call is inline: a memory hit costs ~80 ns, and a call frame of its own (saved
// registers, the result passed through memory) was a good part of what metering added to it.
inline Result<std::optional<QVariant>> Cache::get(const QString &key, Version version)
{
    const CacheMeter::CallStart start = m_meter.begin(CacheOp::Get);
    CallFacts facts;
    int warnings = 0;
    const int v = resolve(version);
    Result<std::optional<QVariant>> r = m_backend->get(m_keys.make(key, v, &warnings), facts);
    if (Q_UNLIKELY(!r.ok()))
        getFailed(r, start, facts, warnings, v, key);
    else
        m_meter.record(CacheOp::Get, start, facts, nullptr, warnings, v, &key, nullptr);
    return r; // one named result: NRVO, no move of it on every hit
}

} // namespace pm
