#pragma once

#include "cache/cachebackend.h"
#include "cache/cacheinstrumentation.h"

#include <QString>
#include <QStringList>

#include <array>
#include <atomic>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace pm {

/**
 * The instrumentation of a Cache: per-operation counts and sampled durations kept in per-thread
 * shards, and the records delivered to observers.
 *
 * Counters live in per-thread shards written only by their thread (plain load + store, no
 * locked instruction on the hot path) and summed by stats(). Without observers, durations are
 * sampled: the first call of each operation on each thread and then one call in SampleEvery is
 * timed, and its duration counts for the calls since the previous sample. Reading the time
 * stamp counter twice costs about as much as the whole bookkeeping otherwise would, and this
 * keeps instrumentation under 5% of a memory hit. With an observer attached every call is
 * timed, because each record carries its duration.
 *
 * begin() and record() are defined here so that they stay inlined into every Cache call;
 * anything rare (timing a sample, errors, warnings, observers) goes out of line.
 */
namespace cachemeter_detail {
struct Slot
{
    quint64 meterId = 0;
    void *shard = nullptr;
};
// The calling thread's shard of the meter it last used. initial-exec: pm_core is linked into
// executables only, so TLS access needs no function call; constant-initialised, so no TLS
// wrapper either.
inline thread_local __attribute__((tls_model("initial-exec"))) Slot t_slot;
} // namespace cachemeter_detail

class CacheMeter
{
public:
    static constexpr quint32 SampleEvery = 16;

    struct Shard
    {
        struct Op
        {
            std::atomic<quint64> calls{0};
            std::atomic<quint64> hits{0};
            std::atomic<quint64> misses{0};
            std::atomic<quint64> errors{0};
            std::atomic<quint64> ticks{0}; ///< sampled ticks times their weight
            quint32 pending = SampleEvery - 1; ///< untimed calls since the last sample
        };
        std::array<Op, CacheOpCount> ops;
        std::atomic<quint64> decodeFailures{0};
        std::atomic<quint64> keyWarnings{0};
        std::thread::id owner;
    };

    /// Start of a call: its start ticks and how many calls its duration stands for (0: the
    /// call is not timed).
    struct CallStart
    {
        Shard *shard = nullptr;
        quint64 ticks = 0;
        quint32 weight = 0;
    };

    /// `enabled` false: nothing is counted or recorded (to measure what metering costs).
    CacheMeter(QString backendName, bool enabled);
    CacheMeter(const CacheMeter &) = delete;
    CacheMeter &operator=(const CacheMeter &) = delete;

    CallStart begin(CacheOp op);
    /// `key` or `keys` (may both be null) name the caller's keys for observers;
    /// `excludedTicks` (e.g. a get_or_set's compute) is not counted as cache time.
    void record(CacheOp op, const CallStart &start, const CallFacts &facts, const Error *error,
                int keyWarnings, int version, const QString *key, const QStringList *keys,
                quint64 excludedTicks = 0);

    /// Observers are not owned; remove them before they die.
    void addObserver(CacheObserver *observer);
    void removeObserver(CacheObserver *observer);

    CacheStats stats() const;
    void resetStats();

private:
    /// Single writer per shard: a relaxed load and store instead of a locked read-modify-write.
    static void bump(std::atomic<quint64> &counter, quint64 delta)
    {
        counter.store(counter.load(std::memory_order_relaxed) + delta, std::memory_order_relaxed);
    }

    Shard &shard();
    Shard &registerShard();
    void recordRest(CacheOp op, const CallStart &start, const CallFacts &facts, const Error *error,
                    int keyWarnings, int version, const QString *key, const QStringList *keys,
                    quint64 excludedTicks);
    void notify(CacheOp op, quint64 startTicks, quint64 ticks, const CallFacts &facts,
                const Error *error, int keyWarnings, int version, const QString *key,
                const QStringList *keys);
    CacheStats rawStats() const; ///< sums of the shards, times still in ticks

    const bool m_enabled;
    const QString m_backendName;
    const quint64 m_id; ///< unique per meter, so a thread's shard slot never outlives its cache
    mutable std::mutex m_shardMutex;
    std::vector<std::unique_ptr<Shard>> m_shards;
    CacheStats m_statsBase; ///< subtracted by stats() (times in ticks): resetStats() never
                            ///< writes the shards

    std::atomic<int> m_observerCount{0};
    mutable std::mutex m_observerMutex;
    std::vector<CacheObserver *> m_observers;
    /// Immutable copy of m_observers for notify(): taking it costs a reference count, not a
    /// vector copy per recorded call.
    std::shared_ptr<const std::vector<CacheObserver *>> m_observerSnapshot;
    /// Wall clock and tick count read together once: a record's timestamp is derived from the
    /// ticks the call read anyway instead of reading the wall clock per call.
    qint64 m_wallBaseMs = 0;
    quint64 m_tickBase = 0;
};

Q_ALWAYS_INLINE CacheMeter::Shard &CacheMeter::shard()
{
    const cachemeter_detail::Slot &slot = cachemeter_detail::t_slot;
    if (Q_LIKELY(slot.meterId == m_id))
        return *static_cast<Shard *>(slot.shard);
    return registerShard();
}

Q_ALWAYS_INLINE CacheMeter::CallStart CacheMeter::begin(CacheOp op)
{
    if (Q_UNLIKELY(!m_enabled))
        return {};
    Shard &sh = shard();
    if (Q_UNLIKELY(m_observerCount.load(std::memory_order_relaxed) != 0))
        return {&sh, cacheticks::now(), 1};
    quint32 &pending = sh.ops[size_t(op)].pending;
    if (Q_LIKELY(++pending < SampleEvery))
        return {&sh, 0, 0};
    const quint32 weight = pending;
    pending = 0;
    return {&sh, cacheticks::now(), weight};
}

Q_ALWAYS_INLINE void CacheMeter::record(CacheOp op, const CallStart &start, const CallFacts &facts,
                                        const Error *error, int keyWarnings, int version,
                                        const QString *key, const QStringList *keys,
                                        quint64 excludedTicks)
{
    if (Q_UNLIKELY(start.shard == nullptr))
        return; // metering off
    Shard::Op &c = start.shard->ops[size_t(op)];
    bump(c.calls, 1);
    bump(c.hits, quint64(facts.hits));
    bump(c.misses, quint64(facts.misses));
    // An observer implies a timed call (begin() gives it weight 1).
    if (Q_UNLIKELY(start.weight != 0 || error != nullptr || keyWarnings != 0
                   || facts.decodeFailures != 0)) {
        recordRest(op, start, facts, error, keyWarnings, version, key, keys, excludedTicks);
    }
}

} // namespace pm
