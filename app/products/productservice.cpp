#include "products/productservice.h"

#include "core/logging.h"
#include "products/pagedlist.h"
#include "products/productrepository.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <algorithm>

namespace pm {

Result<ProductList> ListSingleFlight::run(qint64 catalogueId, qint64 version,
                                          const std::function<Result<ProductList>()> &load,
                                          bool *ranLoad)
{
    std::unique_lock lock(m_mutex);
    const std::pair key{catalogueId, version};
    if (auto it = m_flights.find(key); it != m_flights.end()) {
        // Someone is loading this version already: wait for their result.
        std::shared_ptr<Flight> flight = it->second;
        ++m_waiting;
        m_cv.wait(lock, [&flight] { return flight->done; });
        --m_waiting;
        if (ranLoad)
            *ranLoad = false;
        return *flight->result;
    }
    auto flight = std::make_shared<Flight>();
    m_flights.emplace(key, flight);
    lock.unlock();

    Result<ProductList> result = load();

    lock.lock();
    flight->result = result;
    flight->done = true;
    m_flights.erase(key);
    lock.unlock();
    m_cv.notify_all();
    if (ranLoad)
        *ranLoad = true;
    return result;
}

int ListSingleFlight::inFlight() const
{
    std::lock_guard lock(m_mutex);
    return int(m_flights.size());
}

int ListSingleFlight::waiting() const
{
    std::lock_guard lock(m_mutex);
    return m_waiting;
}

namespace {

Version listVersionKey(qint64 listVersion)
{
    // The list version is the cache version of the list key (Django's key versioning).
    return Version(int(listVersion));
}

} // namespace

ProductService::ProductService(ProductRepository &repository, Cache &cache,
                               InvalidationMechanism mechanism, ListSingleFlight *singleFlight,
                               QObject *parent)
    : QObject(parent)
    , m_repository(repository)
    , m_cache(cache)
    , m_mechanism(mechanism)
    , m_singleFlight(singleFlight)
{
    qRegisterMetaType<pm::InvalidationRecord>();
    if (!m_singleFlight) {
        m_ownSingleFlight = std::make_unique<ListSingleFlight>();
        m_singleFlight = m_ownSingleFlight.get();
    }
    connectMechanism();
}

ProductService::~ProductService()
{
    m_repository.setBatchInvalidator({});
    m_repository.hooks().clear();
}

void ProductService::connectMechanism()
{
    // Batch writes bypass per-row signals and hooks; the repository's batch path calls this
    // after the commit, like the tutorial's CustomQuerySet.update().
    m_repository.setBatchInvalidator([this](const BatchWrite &batch) {
        invalidateAfterWrite(batch.write, QStringLiteral("batch"), batch.ids, batch.listVersion);
    });

    switch (m_mechanism) {
    case InvalidationMechanism::Signals:
        // Django's post_save and post_delete receivers.
        connect(&m_repository, &ProductRepository::productCreated, this, [this](const Product &p) {
            invalidateAfterWrite(QStringLiteral("create"), QStringLiteral("signal"), {p.id},
                                 m_repository.lastCommittedListVersion());
        });
        connect(&m_repository, &ProductRepository::productUpdated, this, [this](const Product &p) {
            invalidateAfterWrite(QStringLiteral("update"), QStringLiteral("signal"), {p.id},
                                 m_repository.lastCommittedListVersion());
        });
        connect(&m_repository, &ProductRepository::productDeleted, this, [this](qint64 id) {
            invalidateAfterWrite(QStringLiteral("delete"), QStringLiteral("signal"), {id},
                                 m_repository.lastCommittedListVersion());
        });
        break;
    case InvalidationMechanism::LifecycleHooks:
        // @hook(AFTER_SAVE) @hook(AFTER_DELETE) def invalidate_cache(self): …
        m_repository.hooks().on(LifecycleMoment::AfterCreate, [this](const Product &p) {
            invalidateAfterWrite(QStringLiteral("create"), QStringLiteral("hook"), {p.id},
                                 m_repository.lastCommittedListVersion());
        });
        m_repository.hooks().on(LifecycleMoment::AfterUpdate, [this](const Product &p) {
            invalidateAfterWrite(QStringLiteral("update"), QStringLiteral("hook"), {p.id},
                                 m_repository.lastCommittedListVersion());
        });
        m_repository.hooks().on(LifecycleMoment::AfterDelete, [this](const Product &p) {
            invalidateAfterWrite(QStringLiteral("delete"), QStringLiteral("hook"), {p.id},
                                 m_repository.lastCommittedListVersion());
        });
        break;
    }
}

Result<ProductList> ProductService::list(ListLoadStats *stats, const ListReadObserver *observer)
{
    ListLoadStats local;
    ListLoadStats &s = stats ? *stats : local;
    s = ListLoadStats();
    // Counted here rather than from cache.stats(): summing the stats shards twice cost a
    // quarter of a memory hit (callgrind, bench/), and counted other threads' calls too.
    int calls = 0;

    // The O(1) probe: one read of the list version, stamp and catalogue id.
    auto state = m_repository.listState();
    ++s.versionProbes;
    if (!state)
        return state.error();
    s.listVersion = state.value().version;
    const qint64 stamp = state.value().stamp;
    const qint64 catalogueId = state.value().catalogueId;
    if (catalogueId < 0)
        return Error(ErrorKind::Corrupt,
                     ProductRepository::tr("The catalogue id is missing from the database."));

    auto cached = m_cache.get(ListKey, listVersionKey(s.listVersion));
    ++calls;
    if (cached && cached.value() && cached.value()->canConvert<CachedProductList>()) {
        const auto value = cached.value()->value<CachedProductList>();
        if (value.catalogueId == catalogueId && value.listVersion == s.listVersion
            && value.listStamp == stamp) {
            s.hit = true;
            s.cacheCalls = calls;
            return value.products;
        }
        // Another catalogue's list at the same version (two databases sharing one cache,
        // or a catalogue created anew), or another history of ours (a restored backup):
        // never served, and replaced by ours below.
        qCWarning(lcProducts) << "the cached list belongs to another catalogue or database "
                                 "state; treated as a miss";
    } else if (cached && cached.value()
               && cached.value()->canConvert<CachedProductListManifest>()) {
        const auto manifest = cached.value()->value<CachedProductListManifest>();
        if (manifest.catalogueId == catalogueId && manifest.listVersion == s.listVersion
            && manifest.listStamp == stamp) {
            if (auto products = loadPages(manifest, s, calls, observer)) {
                s.hit = true;
                s.cacheCalls = calls;
                return std::move(*products);
            }
        } else {
            qCWarning(lcProducts) << "the cached list belongs to another catalogue or database "
                                     "state; treated as a miss";
        }
    } else if (!cached) {
        s.fromDatabaseBecauseCacheFailed = true;
        qCWarning(lcProducts) << "cache read failed, loading from the database:"
                              << cached.error().toString();
        emit cacheFailed(cached.error());
    } else if (cached.value()) {
        // Something else sits under our key (e.g. written from the console): a miss.
        qCWarning(lcProducts) << "unexpected value type under" << ListKey << "- treated as a miss";
    }

    bool ranLoad = false;
    const bool cacheUsable = cached.ok();
    auto products = m_singleFlight->run(
            catalogueId, s.listVersion,
            [&]() -> Result<ProductList> {
                // The rows are read after the version probe, so they are at least as new as
                // that version: storing them under it can never serve an older list to a
                // reader who saw a newer version (those readers ask for another key).
                auto rows = m_repository.list(observer);
                if (!rows)
                    return rows.error();
                if (m_fillInterleave)
                    m_fillInterleave();
                const qsizetype pageAbove = m_paging == ListPaging::Always
                        ? m_pageSize
                        : std::max<qsizetype>(m_pageSize, SingleValueMaxProducts);
                if (cacheUsable && pagingApplies() && rows.value().size() > pageAbove) {
                    if (auto stored = storePages(rows.value(), state.value(), s, calls); !stored) {
                        qCWarning(lcProducts)
                                << "paged cache fill failed:" << stored.error().toString();
                        emit cacheFailed(stored.error());
                    }
                } else if (cacheUsable) {
                    const CachedProductList value{catalogueId, s.listVersion, rows.value(), stamp};
                    auto set = m_cache.set(ListKey, QVariant::fromValue(value), Timeout(),
                                           listVersionKey(s.listVersion));
                    ++calls;
                    if (!set) {
                        qCWarning(lcProducts) << "cache fill failed:" << set.error().toString();
                        emit cacheFailed(set.error());
                    }
                }
                return rows;
            },
            &ranLoad);
    if (ranLoad)
        ++s.listQueries;
    s.cacheCalls = calls;
    return products;
}

Result<Product> ProductService::create(const ProductFields &fields)
{
    return m_repository.create(fields);
}

Result<Product> ProductService::update(qint64 id, const ProductChanges &changes)
{
    return m_repository.update(id, changes);
}

Result<int> ProductService::bulkUpdate(const QList<qint64> &ids, const ProductChanges &changes)
{
    return m_repository.bulkUpdate(ids, changes);
}

Result<bool> ProductService::remove(qint64 id)
{
    return m_repository.remove(id);
}

Result<int> ProductService::removeMany(const QList<qint64> &ids)
{
    return m_repository.removeMany(ids);
}

Result<int> ProductService::insertMany(const QList<ProductFields> &rows, const QString &write,
                                       const std::function<bool(int, int)> &progress,
                                       QList<qint64> *insertedIds)
{
    return m_repository.insertMany(rows, progress, write, insertedIds);
}

Result<int> ProductService::restore(const QList<Product> &products)
{
    return m_repository.restore(products);
}

Result<int> ProductService::restoreFields(const QList<Product> &products)
{
    return m_repository.restoreFields(products);
}

Result<bool> ProductService::invalidateCache()
{
    auto version = m_repository.listVersion();
    if (!version)
        return version.error();
    InvalidationRecord record;
    record.write = QStringLiteral("manual");
    record.mechanism = QStringLiteral("button");
    record.keys << QString::fromUtf8(m_cache.makeKey(ListKey, listVersionKey(version.value())));
    auto removed = removeListAt(version.value());
    emitRecord(record, removed);
    if (!removed)
        return removed.error();
    return removed.value() > 0;
}

void ProductService::setListPaging(ListPaging paging, int pageSize)
{
    m_paging = paging;
    m_pageSize = std::clamp(pageSize, 1, CachedProductListManifest::MaxPageSize);
}

bool ProductService::pagingApplies() const
{
    switch (m_paging) {
    case ListPaging::Always:
        return true;
    case ListPaging::Never:
        return false;
    case ListPaging::RemoteOnly:
        break;
    }
    return m_cache.backendName() != QLatin1String("memory");
}

std::optional<ProductList> ProductService::loadPages(const CachedProductListManifest &manifest,
                                                     ListLoadStats &s, int &calls,
                                                     const ListReadObserver *observer)
{
    std::function<void(qint64, qint64)> progress;
    if (observer && observer->progress)
        progress = observer->progress;
    PagedListRead read = readPagedList(m_cache, manifest, progress);
    calls += read.cacheCalls;
    s.pages += read.verifiedPages;
    // Only pages that were read and verified may be removed on invalidation: a page count
    // taken from an unverified manifest could name billions of keys.
    if (read.verifiedPages > 0)
        m_pagedList = std::make_pair(manifest.listVersion, read.verifiedPages);
    if (read.cacheError) {
        s.fromDatabaseBecauseCacheFailed = true;
        qCWarning(lcProducts) << "cache read of the list pages failed:"
                              << read.cacheError->toString();
        emit cacheFailed(*read.cacheError);
        return std::nullopt;
    }
    if (!read.products) {
        s.rejectedPagedList = true;
        m_rejectedPagedLists.fetch_add(1, std::memory_order_relaxed);
        qCWarning(lcProducts).noquote() << "the cached paged list is a miss:" << read.missReason;
        return std::nullopt;
    }
    return std::move(read.products);
}

Result<void> ProductService::storePages(const ProductList &rows, const ListState &state,
                                        ListLoadStats &s, int &calls)
{
    const qint64 listVersion = state.version;
    const Version version = listVersionKey(listVersion);
    CachedProductListManifest manifest;
    manifest.catalogueId = state.catalogueId;
    manifest.listVersion = listVersion;
    manifest.listStamp = state.stamp;
    manifest.count = rows.size();
    manifest.pageSize = m_pageSize;
    manifest.pageCount = int((rows.size() + m_pageSize - 1) / m_pageSize);
    // Every page carries this fill's id: pages of another fill of this version (written at the
    // same time by another instance) are never joined with ours.
    manifest.fillId = QRandomGenerator::global()->generate64() | 1;
    if (manifest.pageCount > CachedProductListManifest::MaxPageCount)
        return Error(ErrorKind::TooLarge,
                     tr("The product list has too many products to cache (%n page(s)).", nullptr,
                        manifest.pageCount));
    for (int first = 0; first < manifest.pageCount; first += PagesPerCall) {
        const int n = std::min(PagesPerCall, manifest.pageCount - first);
        QList<QPair<QString, QVariant>> items;
        items.reserve(n);
        for (int i = 0; i < n; ++i) {
            const qsizetype from = qsizetype(first + i) * m_pageSize;
            const CachedProductList page{state.catalogueId, listVersion, rows.mid(from, m_pageSize),
                                         state.stamp, manifest.fillId};
            items.append({pageKey(first + i), QVariant::fromValue(page)});
        }
        auto failed = m_cache.setMany(items, Timeout(), version);
        ++calls;
        if (!failed)
            return failed.error();
        if (!failed.value().isEmpty())
            return Error(ErrorKind::Internal,
                         tr("%n page(s) of the product list could not be cached.", nullptr,
                            int(failed.value().size())));
        s.pages += n;
        m_pagedList = std::make_pair(listVersion, first + n); // ours: removed on invalidation
    }
    // The manifest last: a reader who finds it finds its pages (unless they expired or were
    // evicted since, which is a miss).
    auto set = m_cache.set(ListKey, QVariant::fromValue(manifest), Timeout(), version);
    ++calls;
    if (!set)
        return set.error();
    m_pagedList = std::make_pair(listVersion, manifest.pageCount);
    return {};
}

Result<int> ProductService::removeListAt(qint64 listVersion)
{
    const Version version = listVersionKey(listVersion);
    if (m_pagedList && m_pagedList->first == listVersion) {
        // A paged list this service stored or read: the list key and its pages in one call.
        // (Pages another instance stored and this one never read are left to their timeout:
        // nobody reads an old version's pages, and asking first would cost every write a call.)
        QStringList keys{ListKey};
        for (int i = 0; i < m_pagedList->second; ++i)
            keys.append(pageKey(i));
        m_pagedList.reset();
        auto removed = m_cache.removeMany(keys, version);
        if (!removed)
            return removed.error();
        return removed.value() > 0 ? 1 : 0;
    }
    auto removed = m_cache.remove(ListKey, version);
    if (!removed)
        return removed.error();
    return removed.value() ? 1 : 0;
}

void ProductService::invalidateAfterWrite(const QString &write, const QString &mechanism,
                                          const QList<qint64> &ids, qint64 newVersion)
{
    // The write bumped list_version once: the key readers used until the commit is the
    // previous version's. Removing it frees memory and shows the invalidation; correctness
    // does not depend on it, because nobody asks for that version any more.
    InvalidationRecord record;
    record.write = write;
    record.mechanism = mechanism;
    record.productIds = ids;
    record.listVersion = newVersion;
    const Version superseded = listVersionKey(newVersion - 1);
    record.keys << QString::fromUtf8(m_cache.makeKey(ListKey, superseded));
    if (m_dropInvalidations) {
        emitRecord(record, Result<int>(0));
        return;
    }
    emitRecord(record, removeListAt(newVersion - 1));
}

void ProductService::emitRecord(InvalidationRecord record, const Result<int> &removed)
{
    record.timestampMs = QDateTime::currentMSecsSinceEpoch();
    if (removed) {
        record.removed = removed.value();
    } else {
        record.error = removed.error();
        qCWarning(lcProducts) << "invalidation failed for" << record.keys
                              << removed.error().toString();
        emit cacheFailed(removed.error());
    }
    emit invalidated(record);
}

} // namespace pm
