#include "cache/cachemeter.h"

#include <QDateTime>

#include <algorithm>

namespace pm {

namespace {
std::atomic<quint64> g_nextMeterId{1};
} // namespace

CacheMeter::CacheMeter(QString backendName, bool enabled)
    : m_enabled(enabled)
    , m_backendName(std::move(backendName))
    , m_id(g_nextMeterId.fetch_add(1))
    , m_observerSnapshot(std::make_shared<const std::vector<CacheObserver *>>())
    , m_wallBaseMs(QDateTime::currentMSecsSinceEpoch())
    , m_tickBase(cacheticks::now())
{ }

Q_NEVER_INLINE CacheMeter::Shard &CacheMeter::registerShard()
{
    std::lock_guard lock(m_shardMutex);
    const std::thread::id me = std::this_thread::get_id();
    Shard *found = nullptr;
    for (const auto &s : m_shards) {
        if (s->owner == me)
            found = s.get();
    }
    if (!found) {
        m_shards.push_back(std::make_unique<Shard>());
        found = m_shards.back().get();
        found->owner = me;
    }
    cachemeter_detail::t_slot = {m_id, found};
    return *found;
}

Q_NEVER_INLINE void CacheMeter::recordRest(CacheOp op, const CallStart &start,
                                           const CallFacts &facts, const Error *error,
                                           int keyWarnings, int version, const QString *key,
                                           const QStringList *keys, quint64 excludedTicks)
{
    Shard &sh = *start.shard;
    Shard::Op &c = sh.ops[size_t(op)];
    quint64 ticks = 0;
    if (start.weight != 0) {
        ticks = cacheticks::now() - start.ticks - excludedTicks;
        bump(c.ticks, ticks * start.weight);
    }
    if (error != nullptr)
        bump(c.errors, 1);
    if (facts.decodeFailures != 0)
        bump(sh.decodeFailures, quint64(facts.decodeFailures));
    if (keyWarnings != 0)
        bump(sh.keyWarnings, quint64(keyWarnings));
    if (m_observerCount.load(std::memory_order_relaxed) != 0)
        notify(op, start.ticks, ticks, facts, error, keyWarnings, version, key, keys);
}

void CacheMeter::notify(CacheOp op, quint64 startTicks, quint64 ticks, const CallFacts &facts,
                        const Error *error, int keyWarnings, int version, const QString *key,
                        const QStringList *keys)
{
    CacheCallRecord rec;
    rec.operation = op;
    rec.actionId = CacheOrigin::currentActionId();
    if (keys)
        rec.keys = *keys;
    else if (key)
        rec.keys = QStringList{*key};
    rec.version = version;
    rec.hits = facts.hits;
    rec.misses = facts.misses;
    rec.decodeFailures = facts.decodeFailures;
    rec.keyWarnings = keyWarnings;
    rec.durationNs = cacheticks::toNs(ticks);
    rec.bytes = facts.bytesIn + facts.bytesOut;
    // The call's start, from the ticks it read (cheaper than reading the wall clock per call;
    // the base is read once per Cache, so a clock step only shifts later timestamps).
    rec.timestampMs = Q_LIKELY(startTicks >= m_tickBase)
            ? m_wallBaseMs + cacheticks::toNs(startTicks - m_tickBase) / 1'000'000
            : QDateTime::currentMSecsSinceEpoch() - rec.durationNs / 1'000'000;
    rec.backend = m_backendName;
    if (error)
        rec.error = *error;
    rec.origin = CacheOrigin::current();
    std::shared_ptr<const std::vector<CacheObserver *>> observers;
    {
        std::lock_guard lock(m_observerMutex);
        observers = m_observerSnapshot;
    }
    // Outside the lock, so that an observer may remove itself.
    for (CacheObserver *o : *observers)
        o->callRecorded(rec);
}

void CacheMeter::addObserver(CacheObserver *observer)
{
    std::lock_guard lock(m_observerMutex);
    if (std::find(m_observers.begin(), m_observers.end(), observer) != m_observers.end())
        return;
    m_observers.push_back(observer);
    m_observerSnapshot = std::make_shared<const std::vector<CacheObserver *>>(m_observers);
    m_observerCount.store(int(m_observers.size()));
}

void CacheMeter::removeObserver(CacheObserver *observer)
{
    std::lock_guard lock(m_observerMutex);
    m_observers.erase(std::remove(m_observers.begin(), m_observers.end(), observer),
                      m_observers.end());
    m_observerSnapshot = std::make_shared<const std::vector<CacheObserver *>>(m_observers);
    m_observerCount.store(int(m_observers.size()));
}

CacheStats CacheMeter::rawStats() const
{
    CacheStats s;
    for (const auto &sh : m_shards) {
        for (int i = 0; i < CacheOpCount; ++i) {
            const Shard::Op &c = sh->ops[size_t(i)];
            CacheOpStats &o = s.perOperation[size_t(i)];
            o.calls += c.calls.load(std::memory_order_relaxed);
            o.hits += c.hits.load(std::memory_order_relaxed);
            o.misses += c.misses.load(std::memory_order_relaxed);
            o.errors += c.errors.load(std::memory_order_relaxed);
            // Ticks for now: converted after the reset base is subtracted, because the
            // tick-to-ns ratio is refined while the process is young.
            o.totalNs += qint64(c.ticks.load(std::memory_order_relaxed));
        }
        s.decodeFailures += sh->decodeFailures.load(std::memory_order_relaxed);
        s.keyWarnings += sh->keyWarnings.load(std::memory_order_relaxed);
    }
    return s;
}

CacheStats CacheMeter::stats() const
{
    std::lock_guard lock(m_shardMutex);
    CacheStats s = rawStats();
    const CacheStats &b = m_statsBase;
    for (int i = 0; i < CacheOpCount; ++i) {
        CacheOpStats &o = s.perOperation[size_t(i)];
        const CacheOpStats &ob = b.perOperation[size_t(i)];
        o.calls -= ob.calls;
        o.hits -= ob.hits;
        o.misses -= ob.misses;
        o.errors -= ob.errors;
        o.totalNs = cacheticks::toNs(quint64(std::max<qint64>(0, o.totalNs - ob.totalNs)));
        s.calls += o.calls;
        s.hits += o.hits;
        s.misses += o.misses;
        s.errors += o.errors;
        s.totalNs += o.totalNs;
    }
    s.decodeFailures -= b.decodeFailures;
    s.keyWarnings -= b.keyWarnings;
    return s;
}

void CacheMeter::resetStats()
{
    std::lock_guard lock(m_shardMutex);
    m_statsBase = rawStats();
}

} // namespace pm
