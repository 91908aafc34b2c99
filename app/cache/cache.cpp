#include "cache/cache.h"

#include "cache/globmatcher.h"
#include "cache/valuecodec.h"
#include "core/logging.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace pm {

namespace {

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
    , m_keys(m_options)
    , m_meter(m_backendName, m_options.instrumented)
{
    if (m_options.defaultTimeout.isDefault())
        m_options.defaultTimeout = Timeout::ms(300'000);
}

Cache::~Cache() = default;

QByteArray Cache::namespacePrefix() const
{
    return m_keys.namespacePrefix();
}

QByteArray Cache::makeKey(const QString &key, Version version) const
{
    int warnings = 0;
    return m_keys.make(key, resolve(version), &warnings);
}

QString Cache::keyWarning(const QByteArray &madeKey)
{
    return CacheKeyMaker::keyWarning(madeKey);
}

bool Cache::globMatch(QStringView pattern, QStringView text)
{
    return pm::globMatch(pattern, text);
}

void Cache::addObserver(CacheObserver *observer)
{
    m_meter.addObserver(observer);
}

void Cache::removeObserver(CacheObserver *observer)
{
    m_meter.removeObserver(observer);
}

CacheStats Cache::stats() const
{
    return m_meter.stats();
}

void Cache::resetStats()
{
    m_meter.resetStats();
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
    const CacheMeter::CallStart start = m_meter.begin(op);
    CallFacts facts;
    int warnings = 0;
    const int v = resolve(version);
    const QByteArray made = m_keys.make(key, v, &warnings);
    auto r = call(made, facts);
    m_meter.record(op, start, facts, errorOf(r), warnings, v, &key, nullptr);
    return r;
}

void Cache::getFailed(Result<std::optional<QVariant>> &r, const CacheMeter::CallStart &start,
                      CallFacts &facts, int warnings, int version, const QString &key)
{
    if (!m_options.readErrorsAreMisses) {
        m_meter.record(CacheOp::Get, start, facts, &r.error(), warnings, version, &key, nullptr);
        return;
    }
    ++facts.misses;
    m_meter.record(CacheOp::Get, start, facts, &r.error(), warnings, version, &key, nullptr);
    r = std::optional<QVariant>();
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
    const CacheMeter::CallStart start = m_meter.begin(CacheOp::GetOrSet);
    CallFacts facts;
    int warnings = 0;
    const int v = resolve(version);
    const QByteArray made = m_keys.make(key, v, &warnings);
    auto finish = [&](auto result, quint64 excluded = 0) {
        m_meter.record(CacheOp::GetOrSet, start, facts, errorOf(result), warnings, v, &key, nullptr,
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
        m_meter.record(CacheOp::GetOrSet, start, facts, &error, warnings, v, &key, nullptr,
                       computeTicks);
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
    const CacheMeter::CallStart start = m_meter.begin(CacheOp::HasKey);
    CallFacts facts;
    int warnings = 0;
    const int v = resolve(version);
    const QByteArray made = m_keys.make(key, v, &warnings);
    Result<bool> r = m_backend->hasKey(made, facts);
    if (!r.ok() && m_options.readErrorsAreMisses) {
        ++facts.misses;
        m_meter.record(CacheOp::HasKey, start, facts, &r.error(), warnings, v, &key, nullptr);
        return false;
    }
    m_meter.record(CacheOp::HasKey, start, facts, errorOf(r), warnings, v, &key, nullptr);
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
    const CacheMeter::CallStart start = m_meter.begin(CacheOp::Incr);
    CallFacts facts;
    int warnings = 0;
    const int v = resolve(version);
    const QByteArray made = m_keys.make(key, v, &warnings);
    Result<qint64> r = m_backend->incr(made, delta, facts);
    if (!r)
        r = userKeyError(r.error(), key);
    m_meter.record(CacheOp::Incr, start, facts, errorOf(r), warnings, v, &key, nullptr);
    return r;
}

Result<qint64> Cache::decr(const QString &key, qint64 delta, Version version)
{
    if (delta == std::numeric_limits<qint64>::min()) {
        return Error(
                ErrorKind::InvalidInput,
                QCoreApplication::translate("pm::Cache", "increment or decrement would overflow"));
    }
    const CacheMeter::CallStart start = m_meter.begin(CacheOp::Decr);
    CallFacts facts;
    int warnings = 0;
    const int v = resolve(version);
    const QByteArray made = m_keys.make(key, v, &warnings);
    Result<qint64> r = m_backend->incr(made, -delta, facts);
    if (!r)
        r = userKeyError(r.error(), key);
    m_meter.record(CacheOp::Decr, start, facts, errorOf(r), warnings, v, &key, nullptr);
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
    const CacheMeter::CallStart start = m_meter.begin(op);
    CallFacts facts;
    int warnings = 0;
    const int v = resolve(version);
    const QByteArray from = m_keys.make(key, v, &warnings);
    auto finish = [&](Result<int> result) {
        m_meter.record(op, start, facts, errorOf(result), warnings, v, &key, nullptr);
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
    const QByteArray to = m_keys.make(key, target, &warnings);
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
    const CacheMeter::CallStart start = m_meter.begin(CacheOp::GetMany);
    CallFacts facts;
    int warnings = 0;
    const int v = resolve(version);
    QStringList unique = keys;
    unique.removeDuplicates(); // a map of present keys: each key once
    QList<QByteArray> made;
    made.reserve(unique.size());
    for (const QString &k : unique)
        made.append(m_keys.make(k, v, &warnings));
    Result<QList<QPair<QByteArray, QVariant>>> r = m_backend->getMany(made, facts);
    if (!r) {
        if (m_options.readErrorsAreMisses) {
            facts.misses += int(made.size());
            m_meter.record(CacheOp::GetMany, start, facts, &r.error(), warnings, v, nullptr, &keys);
            return QList<QPair<QString, QVariant>>();
        }
        m_meter.record(CacheOp::GetMany, start, facts, &r.error(), warnings, v, nullptr, &keys);
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
    m_meter.record(CacheOp::GetMany, start, facts, nullptr, warnings, v, nullptr, &keys);
    return out;
}

Result<QStringList> Cache::setMany(const QList<QPair<QString, QVariant>> &items, Timeout timeout,
                                   Version version)
{
    const CacheMeter::CallStart start = m_meter.begin(CacheOp::SetMany);
    CallFacts facts;
    int warnings = 0;
    const int v = resolve(version);
    QList<QPair<QByteArray, QVariant>> made;
    made.reserve(items.size());
    QStringList keys;
    keys.reserve(items.size());
    for (const auto &item : items) {
        keys.append(item.first);
        made.append({m_keys.make(item.first, v, &warnings), normalized(item.second)});
    }
    Result<QList<QByteArray>> r = m_backend->setMany(made, resolve(timeout), facts);
    if (!r) {
        m_meter.record(CacheOp::SetMany, start, facts, &r.error(), warnings, v, nullptr, &keys);
        return r.error();
    }
    QStringList failed;
    if (!r->isEmpty()) {
        // Mapped back only when something failed: a hash node per key on every call was a
        // heap allocation per key of the pipeline.
        QHash<QByteArray, QString> userKeys;
        userKeys.reserve(made.size());
        for (qsizetype i = 0; i < made.size(); ++i)
            userKeys.insert(made.at(i).first, items.at(i).first);
        for (const QByteArray &k : *r)
            failed.append(userKeys.value(k, QString::fromUtf8(k)));
    }
    m_meter.record(CacheOp::SetMany, start, facts, nullptr, warnings, v, nullptr, &keys);
    return failed;
}

Result<int> Cache::removeMany(const QStringList &keys, Version version)
{
    const CacheMeter::CallStart start = m_meter.begin(CacheOp::DeleteMany);
    CallFacts facts;
    int warnings = 0;
    const int v = resolve(version);
    QList<QByteArray> made;
    made.reserve(keys.size());
    // Deduplicated in O(n) (a linear contains() per key was O(n²) for a long key list).
    QSet<QByteArray> seen;
    seen.reserve(keys.size());
    for (const QString &k : keys) {
        QByteArray m = m_keys.make(k, v, &warnings);
        if (!seen.contains(m)) {
            seen.insert(m);
            made.append(std::move(m));
        }
    }
    Result<int> r = m_backend->removeMany(made, facts);
    m_meter.record(CacheOp::DeleteMany, start, facts, errorOf(r), warnings, v, nullptr, &keys);
    return r;
}

// ---- namespace operations ---------------------------------------------------------------------

Result<qint64> Cache::clear()
{
    const CacheMeter::CallStart start = m_meter.begin(CacheOp::Clear);
    CallFacts facts;
    Result<qint64> r = m_backend->clear(namespacePrefix(), facts);
    if (r)
        qCInfo(lcCache) << "cleared" << *r << "keys of namespace" << namespacePrefix();
    m_meter.record(CacheOp::Clear, start, facts, errorOf(r), 0, m_options.defaultVersion, nullptr,
                   nullptr);
    return r;
}

Result<QStringList> Cache::keys(const QString &glob, Version version)
{
    const CacheMeter::CallStart start = m_meter.begin(CacheOp::Keys);
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
            m_meter.record(CacheOp::Keys, start, facts, &page.error(), 0, v, nullptr, nullptr);
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
    m_meter.record(CacheOp::Keys, start, facts, nullptr, 0, v, nullptr, nullptr);
    return out;
}

Result<KeyPage> Cache::scan(const QByteArray &cursor, int pageSize)
{
    const CacheMeter::CallStart start = m_meter.begin(CacheOp::Keys);
    CallFacts facts;
    Result<KeyPage> r = m_backend->scan(namespacePrefix(), cursor, pageSize, facts);
    m_meter.record(CacheOp::Keys, start, facts, errorOf(r), 0, m_options.defaultVersion, nullptr,
                   nullptr);
    return r;
}

void Cache::close()
{
    const CacheMeter::CallStart start = m_meter.begin(CacheOp::Close);
    m_backend->close();
    m_meter.record(CacheOp::Close, start, CallFacts{}, nullptr, 0, m_options.defaultVersion,
                   nullptr, nullptr);
}

} // namespace pm
