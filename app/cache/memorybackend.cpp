#include "cache/memorybackend.h"

#include "core/clock.h"

#include <QCoreApplication>

#include <algorithm>

namespace pm {

namespace {

// Returned for a top-level value whose size only its encoding can tell.
constexpr qint64 UnknownSize = -1;

// Rough heap footprint of a value, for the inspector and the size cap. Exactness is not the
// point; order of magnitude is. UnknownSize for an object at the top level.
qint64 approximateSize(const QVariant &v, int depth = 0)
{
    if (depth > 64)
        return 0;
    switch (v.metaType().id()) {
    case QMetaType::QString:
        return 2 * static_cast<const QString *>(v.constData())->size();
    case QMetaType::QByteArray:
        return static_cast<const QByteArray *>(v.constData())->size();
    case QMetaType::QStringList: {
        qint64 n = 0;
        for (const QString &s : *static_cast<const QStringList *>(v.constData()))
            n += 24 + 2 * s.size();
        return n;
    }
    case QMetaType::QVariantList: {
        qint64 n = 0;
        for (const QVariant &e : *static_cast<const QVariantList *>(v.constData()))
            n += qint64(sizeof(QVariant)) + approximateSize(e, depth + 1);
        return n;
    }
    case QMetaType::QVariantMap: {
        qint64 n = 0;
        const auto &m = *static_cast<const QVariantMap *>(v.constData());
        for (auto it = m.cbegin(); it != m.cend(); ++it)
            n += 48 + 2 * it.key().size() + approximateSize(it.value(), depth + 1);
        return n;
    }
    case QMetaType::QVariantHash: {
        qint64 n = 0;
        const auto &m = *static_cast<const QVariantHash *>(v.constData());
        for (auto it = m.cbegin(); it != m.cend(); ++it)
            n += 48 + 2 * it.key().size() + approximateSize(it.value(), depth + 1);
        return n;
    }
    default:
        return depth == 0 ? UnknownSize : 8;
    }
}

qint64 encodedUpperBound(const QVariant &v, int depth = 0);

template<typename M>
qint64 mapUpperBound(const M &map, int depth)
{
    constexpr qint64 PerItem = 16;
    qint64 n = PerItem;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        const qint64 e = encodedUpperBound(it.value(), depth + 1);
        if (e < 0)
            return -1;
        n += PerItem + 3 * it.key().size() + e;
    }
    return n;
}

/// An upper bound of the bytes ValueCodec::encode() writes for `v` (generous per element), or
/// -1 for a value the memory backend keeps without a generic encoding (a registered object
/// such as the product list snapshot, or a type the codec does not know).
qint64 encodedUpperBound(const QVariant &v, int depth)
{
    constexpr qint64 PerItem = 16; // tag, length fields, slack
    if (depth > 64)
        return -1;
    switch (v.metaType().id()) {
    case QMetaType::UnknownType:
    case QMetaType::Nullptr:
    case QMetaType::Bool:
    case QMetaType::Double:
    case QMetaType::Float:
        return PerItem;
    case QMetaType::QString: // UTF-8 is at most 3 bytes per UTF-16 code unit
        return PerItem + 3 * static_cast<const QString *>(v.constData())->size();
    case QMetaType::QByteArray:
        return PerItem + static_cast<const QByteArray *>(v.constData())->size();
    case QMetaType::QStringList: {
        qint64 n = PerItem;
        for (const QString &s : *static_cast<const QStringList *>(v.constData()))
            n += PerItem + 3 * s.size();
        return n;
    }
    case QMetaType::QVariantList: {
        qint64 n = PerItem;
        for (const QVariant &e : *static_cast<const QVariantList *>(v.constData())) {
            const qint64 e1 = encodedUpperBound(e, depth + 1);
            if (e1 < 0)
                return -1;
            n += PerItem + e1;
        }
        return n;
    }
    case QMetaType::QVariantMap:
        return mapUpperBound(*static_cast<const QVariantMap *>(v.constData()), depth);
    case QMetaType::QVariantHash:
        return mapUpperBound(*static_cast<const QVariantHash *>(v.constData()), depth);
    default:
        return ValueCodec::isInteger(v) ? PerItem + 24 : -1;
    }
}

Error notFound(const QByteArray &key)
{
    return Error(ErrorKind::NotFound,
                 QCoreApplication::translate("pm::Cache", "key '%1' not found")
                         .arg(QString::fromUtf8(key)));
}

} // namespace

MemoryBackend::MemoryBackend(Clock &clock, MemoryBackendOptions options, ValueCodec codec)
    : m_clock(clock)
    , m_options(options)
    , m_codec(std::move(codec))
{
    m_options.maxEntries = std::max(1, m_options.maxEntries);
    m_options.cullFrequency = std::max(0, m_options.cullFrequency);
    m_index.reserve(m_options.maxEntries + 1);
}

MemoryBackend::~MemoryBackend() = default;

int MemoryBackend::size() const
{
    std::lock_guard lock(m_mutex);
    return int(m_index.size());
}

QString MemoryBackend::name() const
{
    return QStringLiteral("memory");
}

MemoryBackend::Lru::iterator MemoryBackend::findLive(const QByteArray &key, qint64 now)
{
    // constFind: a lookup must not pay QHash's detach check.
    const auto it = m_index.constFind(key);
    if (it == m_index.cend())
        return m_lru.end();
    const Lru::iterator node = *it;
    if (node->expiresAt <= now) {
        m_lru.erase(node);
        m_index.remove(key);
        return m_lru.end();
    }
    return node;
}

void MemoryBackend::erase(Index::iterator it)
{
    m_lru.erase(*it);
    m_index.erase(it);
}

void MemoryBackend::cull()
{
    if (m_options.cullFrequency == 0) {
        m_lru.clear();
        m_index.clear();
        return;
    }
    const qsizetype count = m_index.size() / m_options.cullFrequency;
    for (qsizetype i = 0; i < count && !m_lru.empty(); ++i) {
        m_index.remove(m_lru.back().key);
        m_lru.pop_back();
    }
}

void MemoryBackend::store(const QByteArray &key, const QVariant &value, qint64 expiresAt,
                          qint64 size)
{
    // As Django's locmem: cull when full, before inserting, even when the key exists.
    if (m_index.size() >= m_options.maxEntries)
        cull();
    const auto it = m_index.find(key);
    if (it != m_index.end()) {
        Node &node = **it;
        node.value = value;
        node.expiresAt = expiresAt;
        node.sizeBytes = size;
        m_lru.splice(m_lru.begin(), m_lru, *it);
        return;
    }
    m_lru.push_front(Node{key, value, expiresAt, size});
    m_index.insert(key, m_lru.begin());
}

qint64 MemoryBackend::expiresAt(Expiry expiry, qint64 now) const
{
    return expiry.infinite ? Never : now + expiry.ms;
}

Result<qint64> MemoryBackend::checkedSize(const QVariant &value) const
{
    // One size rule for both backends: the cap is on the bytes the value codec makes of the
    // value, as Redis stores them (a string's UTF-8, not its UTF-16 code units). Encoding costs
    // a copy, so it only runs when a cheap upper bound says the value could be over the cap.
    const qint64 size = approximateSize(value);
    if (size == UnknownSize) {
        // A registered object (the product list snapshot), which this backend keeps shared
        // and never encodes, is not held to the cap (docs/cache-semantics.md). Its size is
        // what Redis would hold, from the codec's size function: the inspector and the Bytes
        // column show it.
        const qint64 encoded = m_codec.encodedSize(value);
        return encoded >= 0 ? encoded : qint64(sizeof(QVariant));
    }
    const qint64 bound = encodedUpperBound(value);
    if (bound < 0 || ValueCodec::HeaderSize + bound <= m_options.maxValueBytes)
        return size;
    Result<QByteArray> encoded = m_codec.encode(value);
    const bool tooLarge = encoded ? encoded->size() > m_options.maxValueBytes
                                  : encoded.error().kind == ErrorKind::TooLarge;
    if (tooLarge) {
        return Error(ErrorKind::TooLarge,
                     QCoreApplication::translate("pm::ValueCodec",
                                                 "value exceeds the cache size limit of %1 bytes")
                             .arg(m_options.maxValueBytes));
    }
    return size;
}

Result<std::optional<QVariant>> MemoryBackend::get(const QByteArray &key, CallFacts &facts)
{
    std::lock_guard lock(m_mutex);
    const auto node = findLive(key, m_clock.monotonicMs());
    if (node == m_lru.end()) {
        ++facts.misses;
        return std::optional<QVariant>();
    }
    ++facts.hits;
    facts.bytesIn += node->sizeBytes;
    m_lru.splice(m_lru.begin(), m_lru, node);
    return std::optional<QVariant>(node->value);
}

Result<void> MemoryBackend::set(const QByteArray &key, const QVariant &value, Expiry expiry,
                                CallFacts &facts)
{
    const Result<qint64> size = checkedSize(value);
    if (!size)
        return size.error();
    std::lock_guard lock(m_mutex);
    if (expiry.expiresAtOnce()) {
        const auto it = m_index.find(key);
        if (it != m_index.end())
            erase(it);
        return {};
    }
    store(key, value, expiresAt(expiry, m_clock.monotonicMs()), *size);
    facts.bytesOut += *size;
    return {};
}

Result<bool> MemoryBackend::add(const QByteArray &key, const QVariant &value, Expiry expiry,
                                CallFacts &facts)
{
    const Result<qint64> size = checkedSize(value);
    if (!size)
        return size.error();
    std::lock_guard lock(m_mutex);
    const qint64 now = m_clock.monotonicMs();
    if (findLive(key, now) != m_lru.end())
        return false;
    // Stored but already dead: true, and nothing can be read back (Django's behaviour).
    if (expiry.expiresAtOnce())
        return true;
    store(key, value, expiresAt(expiry, now), *size);
    facts.bytesOut += *size;
    return true;
}

Result<bool> MemoryBackend::remove(const QByteArray &key, CallFacts &)
{
    std::lock_guard lock(m_mutex);
    const auto it = m_index.find(key);
    if (it == m_index.end())
        return false;
    const bool wasLive = (*it)->expiresAt > m_clock.monotonicMs();
    erase(it);
    return wasLive;
}

Result<QList<QPair<QByteArray, QVariant>>> MemoryBackend::getMany(const QList<QByteArray> &keys,
                                                                  CallFacts &facts)
{
    QList<QPair<QByteArray, QVariant>> out;
    out.reserve(keys.size());
    std::lock_guard lock(m_mutex);
    const qint64 now = m_clock.monotonicMs();
    for (const QByteArray &key : keys) {
        const auto node = findLive(key, now);
        if (node == m_lru.end()) {
            ++facts.misses;
            continue;
        }
        ++facts.hits;
        facts.bytesIn += node->sizeBytes;
        m_lru.splice(m_lru.begin(), m_lru, node);
        out.append({key, node->value});
    }
    return out;
}

Result<QList<QByteArray>> MemoryBackend::setMany(const QList<QPair<QByteArray, QVariant>> &items,
                                                 Expiry expiry, CallFacts &facts)
{
    QList<QByteArray> failed;
    for (const auto &item : items) {
        if (!set(item.first, item.second, expiry, facts))
            failed.append(item.first);
    }
    return failed;
}

Result<int> MemoryBackend::removeMany(const QList<QByteArray> &keys, CallFacts &facts)
{
    int removed = 0;
    for (const QByteArray &key : keys) {
        if (remove(key, facts).valueOr(false))
            ++removed;
    }
    return removed;
}

Result<bool> MemoryBackend::hasKey(const QByteArray &key, CallFacts &facts)
{
    std::lock_guard lock(m_mutex);
    const bool live = findLive(key, m_clock.monotonicMs()) != m_lru.end();
    ++(live ? facts.hits : facts.misses);
    return live;
}

Result<bool> MemoryBackend::touch(const QByteArray &key, Expiry expiry, CallFacts &)
{
    std::lock_guard lock(m_mutex);
    const qint64 now = m_clock.monotonicMs();
    const auto node = findLive(key, now);
    if (node == m_lru.end())
        return false;
    if (expiry.expiresAtOnce()) {
        erase(m_index.find(key));
        return true;
    }
    node->expiresAt = expiresAt(expiry, now);
    return true;
}

Result<qint64> MemoryBackend::incr(const QByteArray &key, qint64 delta, CallFacts &facts)
{
    std::lock_guard lock(m_mutex);
    const auto node = findLive(key, m_clock.monotonicMs());
    if (node == m_lru.end()) {
        ++facts.misses;
        return notFound(key);
    }
    ++facts.hits;
    if (!ValueCodec::isInteger(node->value)) {
        return Error(ErrorKind::Type,
                     QCoreApplication::translate("pm::Cache", "value is not an integer"));
    }
    qint64 result = 0;
    if (__builtin_add_overflow(node->value.toLongLong(), delta, &result)) {
        // The same error as Redis's INCRBY overflow; the value stays as it was.
        return Error(
                ErrorKind::InvalidInput,
                QCoreApplication::translate("pm::Cache", "increment or decrement would overflow"));
    }
    node->value = QVariant(qlonglong(result));
    m_lru.splice(m_lru.begin(), m_lru, node);
    return result;
}

Result<KeyTtl> MemoryBackend::ttl(const QByteArray &key, CallFacts &)
{
    std::lock_guard lock(m_mutex);
    const qint64 now = m_clock.monotonicMs();
    const auto node = findLive(key, now);
    KeyTtl t;
    if (node == m_lru.end())
        return t;
    if (node->expiresAt == Never) {
        t.state = KeyTtl::State::Forever;
        return t;
    }
    t.state = KeyTtl::State::Expiring;
    t.ms = node->expiresAt - now;
    return t;
}

Result<bool> MemoryBackend::persist(const QByteArray &key, CallFacts &)
{
    std::lock_guard lock(m_mutex);
    const auto node = findLive(key, m_clock.monotonicMs());
    if (node == m_lru.end())
        return false;
    node->expiresAt = Never;
    return true;
}

Result<bool> MemoryBackend::expire(const QByteArray &key, Expiry expiry, CallFacts &facts)
{
    return touch(key, expiry, facts);
}

Result<qint64> MemoryBackend::clear(const QByteArray &namespacePrefix, CallFacts &)
{
    std::lock_guard lock(m_mutex);
    qint64 removed = 0;
    for (auto it = m_index.begin(); it != m_index.end();) {
        if (isNamespaceKey(namespacePrefix, it.key())) {
            m_lru.erase(*it);
            it = m_index.erase(it);
            ++removed;
        } else {
            ++it;
        }
    }
    return removed;
}

Result<KeyPage> MemoryBackend::scan(const QByteArray &namespacePrefix, const QByteArray &cursor,
                                    int pageSize, CallFacts &)
{
    // The cursor is the last key of the previous page: keys are visited in sorted order, so a
    // scan sees every key that lives through it exactly once, as Redis's SCAN promises.
    std::lock_guard lock(m_mutex);
    const qint64 now = m_clock.monotonicMs();
    QList<Lru::iterator> matching;
    for (auto it = m_index.cbegin(); it != m_index.cend(); ++it) {
        if (isNamespaceKey(namespacePrefix, it.key()) && (*it)->expiresAt > now
            && (cursor.isEmpty() || it.key() > cursor)) {
            matching.append(*it);
        }
    }
    std::sort(matching.begin(), matching.end(),
              [](const Lru::iterator &a, const Lru::iterator &b) { return a->key < b->key; });
    KeyPage page;
    pageSize = std::max(1, pageSize);
    for (qsizetype i = 0; i < matching.size() && i < pageSize; ++i) {
        const Node &node = *matching.at(i);
        KeyInfo info;
        info.key = node.key;
        info.type = m_codec.typeNameOf(node.value);
        info.sizeBytes = node.sizeBytes;
        if (node.expiresAt == Never) {
            info.ttl.state = KeyTtl::State::Forever;
        } else {
            info.ttl.state = KeyTtl::State::Expiring;
            info.ttl.ms = node.expiresAt - now;
        }
        page.keys.append(info);
    }
    if (matching.size() > pageSize)
        page.cursor = page.keys.last().key;
    return page;
}

void MemoryBackend::close()
{
    // Nothing to release: the memory backend has no connection. Values stay, as in Django.
}

} // namespace pm
