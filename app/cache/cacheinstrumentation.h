#pragma once

#include "core/result.h"

#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace pm {

/// The operations of the cache API, as the instrumentation and the console name them.
enum class CacheOp : quint8 {
    Get,
    Set,
    Add,
    Delete,
    GetOrSet,
    GetMany,
    SetMany,
    DeleteMany,
    HasKey,
    Touch,
    Incr,
    Decr,
    IncrVersion,
    DecrVersion,
    Ttl,
    Persist,
    Expire,
    Clear,
    Keys,
    Close,
};
inline constexpr int CacheOpCount = int(CacheOp::Close) + 1;

/// "get", "set", "get_or_set" … (the console's command names; never translated).
QString cacheOpName(CacheOp op);

/// One call of the cache API, as the debug panel shows it.
struct CacheCallRecord
{
    CacheOp operation = CacheOp::Get;
    QStringList keys; ///< the keys as the caller wrote them (no prefix or version)
    int version = 0; ///< the version the call used
    int hits = 0; ///< decided by the backend (a stored null is a hit)
    int misses = 0; ///< decided by the backend
    int decodeFailures = 0;
    int keyWarnings = 0;
    qint64 durationNs = 0;
    qint64 bytes = 0; ///< bytes read plus bytes written
    qint64 timestampMs = 0; ///< wall clock at the start of the call
    QString backend; ///< "memory" or "redis"
    std::optional<Error> error;
    QString origin; ///< the UI action that caused the call (see CacheOrigin)
    int actionId = 0; ///< the id of that UI action (its request id), 0 if none
};

/**
 * Receives every call of a Cache. Called synchronously on the calling thread, after the call
 * returned from the backend: implementations must be thread-safe and quick (a debug panel
 * should queue the record to the UI thread).
 */
class CacheObserver
{
public:
    virtual ~CacheObserver() = default;
    virtual void callRecorded(const CacheCallRecord &record) = 0;
};

/// Cumulative figures of one operation.
struct CacheOpStats
{
    quint64 calls = 0;
    quint64 hits = 0;
    quint64 misses = 0;
    quint64 errors = 0;
    qint64 totalNs = 0;
};

/// Cumulative figures of a Cache since it was created or reset.
struct CacheStats
{
    quint64 calls = 0;
    quint64 hits = 0;
    quint64 misses = 0;
    quint64 errors = 0;
    quint64 decodeFailures = 0;
    quint64 keyWarnings = 0;
    qint64 totalNs = 0;
    std::array<CacheOpStats, CacheOpCount> perOperation{};

    const CacheOpStats &operator[](CacheOp op) const { return perOperation[size_t(op)]; }
    /// hits / (hits + misses), or 0 without lookups.
    double hitRatio() const
    {
        return hits + misses == 0 ? 0.0 : double(hits) / double(hits + misses);
    }
};

/**
 * Tags the cache calls made by this thread while it lives with an origin (the UI action,
 * e.g. "Refresh"). Scopes nest; the innermost wins.
 */
class CacheOrigin
{
public:
    /// `actionId` ties the calls (and SQL) to one UI action, e.g. the worker's request id.
    explicit CacheOrigin(QString origin, int actionId = 0);
    ~CacheOrigin();
    CacheOrigin(const CacheOrigin &) = delete;
    CacheOrigin &operator=(const CacheOrigin &) = delete;

    /// The origin of the calls made now on this thread (empty outside any scope).
    static QString current();
    /// The action id of the innermost scope on this thread, 0 outside any scope.
    static int currentActionId();

private:
    QString m_origin;
    int m_actionId;
    const CacheOrigin *m_previous;
};

/// A cheap monotonic tick source for call durations (the TSC on x86, steady_clock elsewhere).
namespace cacheticks {
quint64 now();
/// Converts a tick difference to nanoseconds.
qint64 toNs(quint64 ticks);
} // namespace cacheticks

} // namespace pm
