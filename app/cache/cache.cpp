#include "cache/cache.h"

#include "cache/valuecodec.h"
#include "core/logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <charconv>
#include <cstring>
#include <thread>

namespace pm {

namespace {

constexpr int MaxKeyLength = 250; // memcached's limit, which Django warns about

std::atomic<quint64> g_nextCacheId{1};

QVariant normalized(const QVariant &value)
{
    // Integers of every width are stored as qlonglong, so that both backends return the same
    // type and incr works on anything that was set as an integer.
    if (value.metaType().id() != QMetaType::LongLong && ValueCodec::isInteger(value)) {
        if (value.metaType().id() == QMetaType::ULongLong
            || value.metaType().id() == QMetaType::ULong) {
            const qulonglong u = value.toULongLong();
            if (u > qulonglong(std::numeric_limits<qlonglong>::max()))
                return value; // refused later by the codec, never silently wrapped
        }
        return QVariant(value.toLongLong());
    }
    return value;
}

Error notFound(const QString &key)
{
    return Error(ErrorKind::NotFound,
                 QCoreApplication::translate("pm::Cache", "key '%1' not found").arg(key));
}

template<typename T>
const Error *errorOf(const Result<T> &r)
{
    return r.ok() ? nullptr : &r.error();
}

} // namespace

Cache::Cache(std::unique_ptr<CacheBackend> backend, CacheOptions options)
    : m_backend(std::move(backend))
    , m_options(std::move(options))
    , m_backendName(m_backend->name())
    , m_id(g_nextCacheId.fetch_add(1))
    , m_observerSnapshot(std::make_shared<const std::vector<CacheObserver *>>())
    , m_wallBaseMs(QDateTime::currentMSecsSinceEpoch())
    , m_tickBase(cacheticks::now())
{
    if (m_options.defaultTimeout.isDefault())
        m_options.defaultTimeout = Timeout::ms(300'000);
    m_defaultHead = m_options.keyPrefix + ':' + QByteArray::number(m_options.defaultVersion) + ':';
    // The prefix is checked once here, so the per-call check covers the caller's key only.
    for (const char c : std::as_const(m_options.keyPrefix)) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 33 || u == 127)
            m_prefixNeedsCheck = true;
    }
}

Cache::~Cache() = default;

QByteArray Cache::namespacePrefix() const
{
    return m_options.keyPrefix + ':';
}

QByteArray Cache::makeKey(const QString &key, Version version) const
{
    int warnings = 0;
    return makeKeyChecked(key, resolve(version), &warnings);
}

QString Cache::keyWarning(const QByteArray &madeKey)
{
    // Log text, in Django's words: not translated.
    qsizetype chars = 0;
    bool bad = false;
    for (const char c : madeKey) {
        const auto u = static_cast<unsigned char>(c);
        if ((u & 0xC0) != 0x80)
            ++chars; // counts code points, as Django counts str characters
        if (u < 33 || u == 127)
            bad = true;
    }
    if (chars > MaxKeyLength) {
        return QStringLiteral("Cache key will cause errors if used with memcached: '%1…' "
                              "(longer than %2)")
                .arg(QString::fromUtf8(madeKey.left(60)))
                .arg(MaxKeyLength);
    }
    if (bad) {
        return QStringLiteral("Cache key contains characters that will cause errors if used "
                              "with memcached: '%1'")
                .arg(QString::fromUtf8(madeKey.toPercentEncoding(":/")));
    }
    return {};
}

QByteArray Cache::makeKeyChecked(const QString &key, int version, int *warnings) const
{
    QByteArray made;
    bool suspicious = false;
    bool checked = false;
    if (m_options.keyFunction) {
        made = m_options.keyFunction(key, m_options.keyPrefix, version);
    } else {
        // "prefix:version:" written in place: the product list's key has a non-default
        // version (the list version), and building that head from temporaries cost three
        // allocations, most of a memory hit of ProductService::list() (callgrind).
        const bool defaultVersion = version == m_options.defaultVersion;
        char digits[16];
        const auto conv = std::to_chars(digits, digits + sizeof digits, version);
        const qsizetype headSize = defaultVersion
                ? m_defaultHead.size()
                : m_options.keyPrefix.size() + (conv.ptr - digits) + 2;
        // ASCII keys (the common case) are narrowed in place: one allocation, no UTF-8 pass,
        // and the memcached character check rides along.
        const QChar *p = key.constData();
        const qsizetype n = key.size();
        made = QByteArray(headSize + n, Qt::Uninitialized);
        char *out = made.data();
        if (defaultVersion) {
            std::memcpy(out, m_defaultHead.constData(), size_t(headSize));
        } else {
            char *h = out;
            if (!m_options.keyPrefix.isEmpty())
                std::memcpy(h, m_options.keyPrefix.constData(), size_t(m_options.keyPrefix.size()));
            h += m_options.keyPrefix.size();
            *h++ = ':';
            std::memcpy(h, digits, size_t(conv.ptr - digits));
            h += conv.ptr - digits;
            *h++ = ':';
        }
        out += headSize;
        checked = true;
        suspicious = m_prefixNeedsCheck;
        for (qsizetype i = 0; i < n; ++i) {
            const char16_t u = p[i].unicode();
            if (Q_UNLIKELY(u >= 0x80)) {
                made.truncate(headSize + i);
                made.append(QStringView(p + i, n - i).toUtf8());
                checked = false;
                break;
            }
            suspicious |= u < 33 || u == 127;
            out[i] = char(u);
        }
    }
    suspicious |= made.size() > MaxKeyLength;
    if (!checked) {
        const char *c = made.constData();
        for (const char *end = c + made.size(); c != end && !suspicious; ++c) {
            const auto u = static_cast<unsigned char>(*c);
            suspicious = u < 33 || u == 127;
        }
    }
    if (Q_UNLIKELY(suspicious)) {
        const QString warning = keyWarning(made);
        if (!warning.isEmpty()) {
            ++*warnings;
            qCWarning(lcCache).noquote() << warning;
        }
    }
    return made;
}

Expiry Cache::resolve(Timeout timeout) const
{
    if (timeout.isDefault())
        timeout = m_options.defaultTimeout;
    if (timeout.isForever())
        return Expiry::never();
    // Bounded, so that "now + ms" can never overflow in a backend (Timeout::ms() takes any
    // qint64).
    return Expiry::inMs(std::clamp(timeout.milliseconds(), -Timeout::MaxMs, Timeout::MaxMs));
}

namespace {

// Without observers, durations are sampled: the first call of each operation on each thread
// and then one call in SampleEvery is timed, and its duration counts for the calls since the
// previous sample. Reading the time stamp counter twice costs about as much as the whole
// bookkeeping otherwise would, and this keeps instrumentation under 5% of a memory hit.
// With an observer attached every call is timed, because each record carries its duration.
constexpr quint32 SampleEvery = 16;

struct ShardSlot
{
    quint64 cacheId = 0;
    void *shard = nullptr;
};
// initial-exec: pm_core is linked into executables only, so TLS access needs no function call.
thread_local __attribute__((tls_model("initial-exec"))) ShardSlot t_slot;

// Single writer per shard: a relaxed load and store instead of a locked read-modify-write.
inline void bump(std::atomic<quint64> &counter, quint64 delta)
{
    counter.store(counter.load(std::memory_order_relaxed) + delta, std::memory_order_relaxed);
}

} // namespace

struct Cache::Shard
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

// The hot path (shard lookup, call start, counting) is inlined into every operation; anything
// rare (timing a sample, errors, warnings, observers) goes through recordRest().
Q_ALWAYS_INLINE Cache::Shard &Cache::shard()
{
    if (Q_LIKELY(t_slot.cacheId == m_id))
        return *static_cast<Shard *>(t_slot.shard);
    return registerShard();
}

Q_NEVER_INLINE Cache::Shard &Cache::registerShard()
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
    t_slot = {m_id, found};
    return *found;
}

Q_ALWAYS_INLINE Cache::CallStart Cache::beginCall(CacheOp op)
{
    if (Q_UNLIKELY(!m_options.instrumented))
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

Q_ALWAYS_INLINE void Cache::record(CacheOp op, const CallStart &start, const CallFacts &facts,
                                   const Error *error, int keyWarnings, int version,
                                   const QString *key, const QStringList *keys,
                                   quint64 excludedTicks)
{
    if (Q_UNLIKELY(start.shard == nullptr))
        return; // instrumentation off
    Shard::Op &c = start.shard->ops[size_t(op)];
    bump(c.calls, 1);
    bump(c.hits, quint64(facts.hits));
    bump(c.misses, quint64(facts.misses));
    // An observer implies a timed call (beginCall gives it weight 1).
    if (Q_UNLIKELY(start.weight != 0 || error != nullptr || keyWarnings != 0
                   || facts.decodeFailures != 0)) {
        recordRest(op, start, facts, error, keyWarnings, version, key, keys, excludedTicks);
    }
}

Q_NEVER_INLINE void Cache::recordRest(CacheOp op, const CallStart &start, const CallFacts &facts,
                                      const Error *error, int keyWarnings, int version,
                                      const QString *key, const QStringList *keys,
                                      quint64 excludedTicks)
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

void Cache::notify(CacheOp op, quint64 startTicks, quint64 ticks, const CallFacts &facts,
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

void Cache::addObserver(CacheObserver *observer)
{
    std::lock_guard lock(m_observerMutex);
    if (std::find(m_observers.begin(), m_observers.end(), observer) != m_observers.end())
        return;
    m_observers.push_back(observer);
    m_observerSnapshot = std::make_shared<const std::vector<CacheObserver *>>(m_observers);
    m_observerCount.store(int(m_observers.size()));
}

void Cache::removeObserver(CacheObserver *observer)
{
    std::lock_guard lock(m_observerMutex);
    m_observers.erase(std::remove(m_observers.begin(), m_observers.end(), observer),
                      m_observers.end());
    m_observerSnapshot = std::make_shared<const std::vector<CacheObserver *>>(m_observers);
    m_observerCount.store(int(m_observers.size()));
}

CacheStats Cache::rawStats() const
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

CacheStats Cache::stats() const
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

void Cache::resetStats()
{
    std::lock_guard lock(m_shardMutex);
    m_statsBase = rawStats();
}

Error Cache::userKeyError(const Error &error, const QString &key) const
{
    // Backends name the made key; the caller knows the key it wrote.
    if (error.kind == ErrorKind::NotFound)
        return notFound(key);
    return error;
}

// ---- single-key operations --------------------------------------------------------------------

/// Make the key, call the backend, record the call.
template<typename Call>
auto Cache::singleKey(CacheOp op, const QString &key, Version version, const Call &call)
{
    const CallStart start = beginCall(op);
    CallFacts facts;
    int warnings = 0;
    const int v = resolve(version);
    const QByteArray made = makeKeyChecked(key, v, &warnings);
    auto r = call(made, facts);
    record(op, start, facts, errorOf(r), warnings, v, &key, nullptr);
    return r;
}

Result<std::optional<QVariant>> Cache::get(const QString &key, Version version)
{
    const CallStart start = beginCall(CacheOp::Get);
    CallFacts facts;
    int warnings = 0;
    const int v = resolve(version);
    const QByteArray made = makeKeyChecked(key, v, &warnings);
    Result<std::optional<QVariant>> r = m_backend->get(made, facts);
    if (Q_UNLIKELY(!r.ok()) && m_options.readErrorsAreMisses) {
        ++facts.misses;
        record(CacheOp::Get, start, facts, &r.error(), warnings, v, &key, nullptr);
        r = std::optional<QVariant>();
    } else {
        record(CacheOp::Get, start, facts, errorOf(r), warnings, v, &key, nullptr);
    }
    // One return of one named object: NRVO, no move of the result on every hit (callgrind:
    // part of the ~120 instructions the instrumented get added to a memory hit).
    return r;
}

Result<QVariant> Cache::get(const QString &key, const QVariant &defaultValue, Version version)
{
    Result<std::optional<QVariant>> r = get(key, version);
    if (!r)
        return r.error();
    if (r->has_value())
        return std::move(*std::move(r).value());
    return defaultValue;
}

Result<void> Cache::set(const QString &key, const QVariant &value, Timeout timeout, Version version)
{
    return singleKey(CacheOp::Set, key, version, [&](const QByteArray &made, CallFacts &facts) {
        return m_backend->set(made, normalized(value), resolve(timeout), facts);
    });
}

Result<bool> Cache::add(const QString &key, const QVariant &value, Timeout timeout, Version version)
{
    return singleKey(CacheOp::Add, key, version, [&](const QByteArray &made, CallFacts &facts) {
        return m_backend->add(made, normalized(value), resolve(timeout), facts);
    });
}

Result<bool> Cache::remove(const QString &key, Version version)
{
    return singleKey(CacheOp::Delete, key, version,
                     [this](const QByteArray &made, CallFacts &facts) {
                         return m_backend->remove(made, facts);
                     });
}

Result<QVariant> Cache::getOrSet(const QString &key, const QVariant &value, Timeout timeout,
                                 Version version)
{
    return getOrSetImpl(key, &value, nullptr, timeout, version);
}

Result<QVariant> Cache::getOrSet(const QString &key,
                                 const std::function<Result<QVariant>()> &compute, Timeout timeout,
                                 Version version)
{
    return getOrSetImpl(key, nullptr, &compute, timeout, version);
}

Result<QVariant> Cache::getOrSetImpl(const QString &key, const QVariant *value,
                                     const std::function<Result<QVariant>()> *compute,
                                     Timeout timeout, Version version)
{
    const CallStart start = beginCall(CacheOp::GetOrSet);
    CallFacts facts;
    int warnings = 0;
    const int v = resolve(version);
    const QByteArray made = makeKeyChecked(key, v, &warnings);
    auto finish = [&](auto result, quint64 excluded = 0) {
        record(CacheOp::GetOrSet, start, facts, errorOf(result), warnings, v, &key, nullptr,
               excluded);
        return result;
    };

    Result<std::optional<QVariant>> found = m_backend->get(made, facts);
    std::optional<Error> readError;
    if (!found) {
        if (!m_options.readErrorsAreMisses)
            return finish(Result<QVariant>(found.error()));
        readError = found.error();
        ++facts.misses;
    } else if (found->has_value()) {
        return finish(Result<QVariant>(std::move(*std::move(found).value())));
    }

    quint64 computeTicks = 0;
    QVariant fresh;
    if (compute) {
        const quint64 computeStart = cacheticks::now();
        Result<QVariant> computed = (*compute)();
        computeTicks = cacheticks::now() - computeStart;
        if (!computed)
            return finish(Result<QVariant>(computed.error()), computeTicks);
        fresh = normalized(std::move(computed).value());
    } else {
        fresh = normalized(*value);
    }
    if (readError) {
        // The backend is failing: serve the fresh value, try to store it, and record the
        // failure (a store error, if any, is the more useful one to report).
        Result<bool> added = m_backend->add(made, fresh, resolve(timeout), facts);
        const Error error = added.ok() ? *readError : added.error();
        record(CacheOp::GetOrSet, start, facts, &error, warnings, v, &key, nullptr, computeTicks);
        return fresh;
    }
    Result<bool> added = m_backend->add(made, fresh, resolve(timeout), facts);
    if (!added)
        return finish(Result<QVariant>(added.error()), computeTicks);
    // Read back what is stored: a writer that raced us between get and add wins. The re-read is
    // not a lookup of the caller's, so its hit or miss is not counted.
    CallFacts reread;
    Result<std::optional<QVariant>> stored = m_backend->get(made, reread);
    facts.bytesIn += reread.bytesIn;
    facts.decodeFailures += reread.decodeFailures;
    if (stored.ok() && stored->has_value())
        return finish(Result<QVariant>(std::move(*std::move(stored).value())), computeTicks);
    return finish(Result<QVariant>(fresh), computeTicks);
}

Result<bool> Cache::hasKey(const QString &key, Version version)
{
    const CallStart start = beginCall(CacheOp::HasKey);
    CallFacts facts;
    int warnings = 0;
    const int v = resolve(version);
    const QByteArray made = makeKeyChecked(key, v, &warnings);
    Result<bool> r = m_backend->hasKey(made, facts);
    if (!r.ok() && m_options.readErrorsAreMisses) {
        ++facts.misses;
        record(CacheOp::HasKey, start, facts, &r.error(), warnings, v, &key, nullptr);
        return false;
    }
    record(CacheOp::HasKey, start, facts, errorOf(r), warnings, v, &key, nullptr);
    return r;
}

Result<bool> Cache::touch(const QString &key, Timeout timeout, Version version)
{
    return singleKey(CacheOp::Touch, key, version, [&](const QByteArray &made, CallFacts &facts) {
        return m_backend->touch(made, resolve(timeout), facts);
    });
}

Result<qint64> Cache::incr(const QString &key, qint64 delta, Version version)
{
    const CallStart start = beginCall(CacheOp::Incr);
    CallFacts facts;
    int warnings = 0;
    const int v = resolve(version);
    const QByteArray made = makeKeyChecked(key, v, &warnings);
    Result<qint64> r = m_backend->incr(made, delta, facts);
    if (!r)
        r = userKeyError(r.error(), key);
    record(CacheOp::Incr, start, facts, errorOf(r), warnings, v, &key, nullptr);
    return r;
}

Result<qint64> Cache::decr(const QString &key, qint64 delta, Version version)
{
    if (delta == std::numeric_limits<qint64>::min()) {
        return Error(
                ErrorKind::InvalidInput,
                QCoreApplication::translate("pm::Cache", "increment or decrement would overflow"));
    }
    const CallStart start = beginCall(CacheOp::Decr);
    CallFacts facts;
    int warnings = 0;
    const int v = resolve(version);
    const QByteArray made = makeKeyChecked(key, v, &warnings);
    Result<qint64> r = m_backend->incr(made, -delta, facts);
    if (!r)
        r = userKeyError(r.error(), key);
    record(CacheOp::Decr, start, facts, errorOf(r), warnings, v, &key, nullptr);
    return r;
}

Result<int> Cache::incrVersion(const QString &key, int delta, Version version)
{
    return moveVersion(CacheOp::IncrVersion, key, delta, version);
}

Result<int> Cache::decrVersion(const QString &key, int delta, Version version)
{
    // Negated in 64 bits: -INT_MIN does not fit an int.
    return moveVersion(CacheOp::DecrVersion, key, -qint64(delta), version);
}

Result<int> Cache::moveVersion(CacheOp op, const QString &key, qint64 delta, Version version)
{
    const CallStart start = beginCall(op);
    CallFacts facts;
    int warnings = 0;
    const int v = resolve(version);
    const QByteArray from = makeKeyChecked(key, v, &warnings);
    auto finish = [&](Result<int> result) {
        record(op, start, facts, errorOf(result), warnings, v, &key, nullptr);
        return result;
    };
    // Checked before anything moves: a wrapped version would put the value under a key of
    // another version (2147483647 + 1 became -2147483648).
    const qint64 wanted = qint64(v) + delta;
    if (wanted < std::numeric_limits<int>::min() || wanted > std::numeric_limits<int>::max()) {
        return finish(Error(ErrorKind::InvalidInput,
                            QCoreApplication::translate("pm::Cache",
                                                        "the new version %1 is outside the "
                                                        "version range (%2 to %3)")
                                    .arg(wanted)
                                    .arg(std::numeric_limits<int>::min())
                                    .arg(std::numeric_limits<int>::max())));
    }
    const int target = int(wanted);
    Result<std::optional<QVariant>> value = m_backend->get(from, facts);
    if (!value)
        return finish(value.error());
    if (!value->has_value())
        return finish(notFound(key));
    // Unlike Django, the remaining expiry moves with the value (as django-redis does).
    Result<KeyTtl> life = m_backend->ttl(from, facts);
    if (!life)
        return finish(life.error());
    Expiry expiry = Expiry::never();
    switch (life->state) {
    case KeyTtl::State::Missing:
        return finish(notFound(key));
    case KeyTtl::State::Forever:
        break;
    case KeyTtl::State::Expiring:
        expiry = Expiry::inMs(life->ms);
        break;
    }
    const QByteArray to = makeKeyChecked(key, target, &warnings);
    Result<void> stored = m_backend->set(to, **value, expiry, facts);
    if (!stored)
        return finish(stored.error());
    Result<bool> removed = m_backend->remove(from, facts);
    if (!removed)
        return finish(removed.error());
    return finish(target);
}

Result<KeyTtl> Cache::ttl(const QString &key, Version version)
{
    return singleKey(CacheOp::Ttl, key, version, [this](const QByteArray &made, CallFacts &facts) {
        return m_backend->ttl(made, facts);
    });
}

Result<bool> Cache::persist(const QString &key, Version version)
{
    return singleKey(CacheOp::Persist, key, version,
                     [this](const QByteArray &made, CallFacts &facts) {
                         return m_backend->persist(made, facts);
                     });
}

Result<bool> Cache::expire(const QString &key, Timeout timeout, Version version)
{
    return singleKey(CacheOp::Expire, key, version, [&](const QByteArray &made, CallFacts &facts) {
        return m_backend->expire(made, resolve(timeout), facts);
    });
}

// ---- many-key operations ----------------------------------------------------------------------

Result<QList<QPair<QString, QVariant>>> Cache::getMany(const QStringList &keys, Version version)
{
    const CallStart start = beginCall(CacheOp::GetMany);
    CallFacts facts;
    int warnings = 0;
    const int v = resolve(version);
    QStringList unique = keys;
    unique.removeDuplicates(); // a map of present keys: each key once
    QList<QByteArray> made;
    made.reserve(unique.size());
    for (const QString &k : unique)
        made.append(makeKeyChecked(k, v, &warnings));
    Result<QList<QPair<QByteArray, QVariant>>> r = m_backend->getMany(made, facts);
    if (!r) {
        if (m_options.readErrorsAreMisses) {
            facts.misses += int(made.size());
            record(CacheOp::GetMany, start, facts, &r.error(), warnings, v, nullptr, &keys);
            return QList<QPair<QString, QVariant>>();
        }
        record(CacheOp::GetMany, start, facts, &r.error(), warnings, v, nullptr, &keys);
        return r.error();
    }
    // Backends answer in request order (MGET does), so one merge walk pairs the present keys
    // with the caller's keys without a hash table.
    QList<QPair<QString, QVariant>> out;
    out.reserve(r->size());
    qsizetype i = 0;
    bool ordered = true;
    for (const auto &pair : std::as_const(*r)) {
        while (i < made.size() && made.at(i) != pair.first)
            ++i;
        if (i == made.size()) {
            ordered = false;
            break;
        }
        out.append({unique.at(i), pair.second});
        ++i;
    }
    if (!ordered) {
        // A backend that answered out of order: pair by lookup instead.
        QHash<QByteArray, QVariant> found;
        for (const auto &pair : std::as_const(*r))
            found.insert(pair.first, pair.second);
        out.clear();
        for (qsizetype j = 0; j < made.size(); ++j) {
            const auto it = found.constFind(made.at(j));
            if (it != found.cend())
                out.append({unique.at(j), *it});
        }
    }
    record(CacheOp::GetMany, start, facts, nullptr, warnings, v, nullptr, &keys);
    return out;
}

Result<QStringList> Cache::setMany(const QList<QPair<QString, QVariant>> &items, Timeout timeout,
                                   Version version)
{
    const CallStart start = beginCall(CacheOp::SetMany);
    CallFacts facts;
    int warnings = 0;
    const int v = resolve(version);
    QList<QPair<QByteArray, QVariant>> made;
    made.reserve(items.size());
    QHash<QByteArray, QString> userKeys;
    QStringList keys;
    keys.reserve(items.size());
    for (const auto &item : items) {
        QByteArray k = makeKeyChecked(item.first, v, &warnings);
        userKeys.insert(k, item.first);
        keys.append(item.first);
        made.append({std::move(k), normalized(item.second)});
    }
    Result<QList<QByteArray>> r = m_backend->setMany(made, resolve(timeout), facts);
    if (!r) {
        record(CacheOp::SetMany, start, facts, &r.error(), warnings, v, nullptr, &keys);
        return r.error();
    }
    QStringList failed;
    for (const QByteArray &k : *r)
        failed.append(userKeys.value(k, QString::fromUtf8(k)));
    record(CacheOp::SetMany, start, facts, nullptr, warnings, v, nullptr, &keys);
    return failed;
}

Result<int> Cache::removeMany(const QStringList &keys, Version version)
{
    const CallStart start = beginCall(CacheOp::DeleteMany);
    CallFacts facts;
    int warnings = 0;
    const int v = resolve(version);
    QList<QByteArray> made;
    made.reserve(keys.size());
    // Deduplicated in O(n) (a linear contains() per key was O(n²) for a long key list).
    QSet<QByteArray> seen;
    seen.reserve(keys.size());
    for (const QString &k : keys) {
        QByteArray m = makeKeyChecked(k, v, &warnings);
        if (!seen.contains(m)) {
            seen.insert(m);
            made.append(std::move(m));
        }
    }
    Result<int> r = m_backend->removeMany(made, facts);
    record(CacheOp::DeleteMany, start, facts, errorOf(r), warnings, v, nullptr, &keys);
    return r;
}

// ---- namespace operations ---------------------------------------------------------------------

Result<qint64> Cache::clear()
{
    const CallStart start = beginCall(CacheOp::Clear);
    CallFacts facts;
    Result<qint64> r = m_backend->clear(namespacePrefix(), facts);
    if (r)
        qCInfo(lcCache) << "cleared" << *r << "keys of namespace" << namespacePrefix();
    record(CacheOp::Clear, start, facts, errorOf(r), 0, m_options.defaultVersion, nullptr, nullptr);
    return r;
}

bool Cache::globMatch(QStringView pattern, QStringView text)
{
    // Iterative glob with backtracking on the last '*' (linear for typical patterns).
    qsizetype p = 0, t = 0, starP = -1, starT = 0;
    auto matchClass = [&](qsizetype &pi, QChar c) {
        // pattern[pi] == '['; on return pi is past the closing ']'.
        ++pi;
        bool negate = false;
        if (pi < pattern.size() && pattern[pi] == QLatin1Char('^')) {
            negate = true;
            ++pi;
        }
        bool matched = false;
        while (pi < pattern.size() && pattern[pi] != QLatin1Char(']')) {
            if (pattern[pi] == QLatin1Char('\\') && pi + 1 < pattern.size()) {
                ++pi;
                matched |= pattern[pi] == c;
                ++pi;
            } else if (pi + 2 < pattern.size() && pattern[pi + 1] == QLatin1Char('-')
                       && pattern[pi + 2] != QLatin1Char(']')) {
                QChar lo = pattern[pi], hi = pattern[pi + 2];
                if (lo > hi)
                    std::swap(lo, hi);
                matched |= c >= lo && c <= hi;
                pi += 3;
            } else {
                matched |= pattern[pi] == c;
                ++pi;
            }
        }
        if (pi < pattern.size())
            ++pi; // ']'
        return matched != negate;
    };
    while (t < text.size()) {
        if (p < pattern.size()) {
            const QChar pc = pattern[p];
            if (pc == QLatin1Char('*')) {
                starP = p++;
                starT = t;
                continue;
            }
            if (pc == QLatin1Char('?')) {
                ++p;
                ++t;
                continue;
            }
            if (pc == QLatin1Char('[')) {
                qsizetype pi = p;
                if (matchClass(pi, text[t])) {
                    p = pi;
                    ++t;
                    continue;
                }
            } else {
                qsizetype pi = p;
                if (pc == QLatin1Char('\\') && pi + 1 < pattern.size())
                    ++pi;
                if (pattern[pi] == text[t]) {
                    p = pi + 1;
                    ++t;
                    continue;
                }
            }
        }
        if (starP < 0)
            return false;
        p = starP + 1;
        t = ++starT;
    }
    while (p < pattern.size() && pattern[p] == QLatin1Char('*'))
        ++p;
    return p == pattern.size();
}

Result<QStringList> Cache::keys(const QString &glob, Version version)
{
    const CallStart start = beginCall(CacheOp::Keys);
    CallFacts facts;
    const int v = resolve(version);
    const QByteArray ns = namespacePrefix();
    const QByteArray head
            = m_options.keyFunction ? ns : m_options.keyPrefix + ':' + QByteArray::number(v) + ':';
    QStringList out;
    QByteArray cursor;
    do {
        Result<KeyPage> page = m_backend->scan(ns, cursor, 1000, facts);
        if (!page) {
            record(CacheOp::Keys, start, facts, &page.error(), 0, v, nullptr, nullptr);
            return page.error();
        }
        for (const KeyInfo &info : page->keys) {
            if (!info.key.startsWith(head))
                continue;
            const QString userKey = QString::fromUtf8(info.key.mid(head.size()));
            if (globMatch(glob, userKey))
                out.append(userKey);
        }
        cursor = page->cursor;
    } while (!cursor.isEmpty());
    out.sort();
    out.removeDuplicates(); // SCAN may return a key twice
    record(CacheOp::Keys, start, facts, nullptr, 0, v, nullptr, nullptr);
    return out;
}

Result<KeyPage> Cache::scan(const QByteArray &cursor, int pageSize)
{
    const CallStart start = beginCall(CacheOp::Keys);
    CallFacts facts;
    Result<KeyPage> r = m_backend->scan(namespacePrefix(), cursor, pageSize, facts);
    record(CacheOp::Keys, start, facts, errorOf(r), 0, m_options.defaultVersion, nullptr, nullptr);
    return r;
}

void Cache::close()
{
    const CallStart start = beginCall(CacheOp::Close);
    m_backend->close();
    record(CacheOp::Close, start, CallFacts{}, nullptr, 0, m_options.defaultVersion, nullptr,
           nullptr);
}

} // namespace pm
