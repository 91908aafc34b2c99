#pragma once

#include "cache/cache.h"
#include "core/result.h"
#include "products/product.h"
#include "products/productlistcodec.h"
#include "products/productrepository.h"

#include <QObject>
#include <QStringList>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <utility>

namespace pm {

class ProductRepository;

/// Which per-row mechanism invalidates the cached list, as the tutorial teaches them. Batch
/// writes (bulk update, delete many, import, seed, undo) bypass both and always invalidate
/// through the repository's batch path, like the tutorial's custom QuerySet.update().
enum class InvalidationMechanism {
    Signals, ///< repository Qt signals: Django's post_save / post_delete receivers
    LifecycleHooks, ///< model hooks AFTER_SAVE / AFTER_DELETE, like django-lifecycle's @hook
};

/// One invalidation, for the debug panel's invalidation log.
struct InvalidationRecord
{
    qint64 timestampMs = 0;
    QString write; ///< "create", "update", "bulk_update", "delete", "import", "manual" …
    QString mechanism; ///< "signal", "hook", "batch", "button"
    QList<qint64> productIds;
    QStringList keys; ///< the made keys removed or superseded
    int removed = 0; ///< how many of them existed
    qint64 listVersion = 0; ///< the version after the write (0 for the button)
    std::optional<Error> error; ///< a failed invalidation is never silent
};

/// What one list load cost, for `list --stats`, the panel and the tests.
struct ListLoadStats
{
    bool hit = false;
    bool fromDatabaseBecauseCacheFailed = false;
    int versionProbes = 0; ///< O(1) single-row reads of list_version
    int listQueries = 0; ///< full list queries
    int cacheCalls = 0;
    qint64 listVersion = 0;
    int pages = 0; ///< list pages read (a paged hit) or written (a paged fill)
    /// A manifest was found but its pages did not make its list (missing, of another fill,
    /// inconsistent): a miss, counted in ProductService::rejectedPagedLists().
    bool rejectedPagedList = false;
};

/// Whether the cached list is split into pages (CachedProductListManifest).
enum class ListPaging {
    /// Pages when the backend serializes values (Redis) and the list is longer than
    /// SingleValueMaxProducts (and than a page).
    /// The memory backend keeps one shared snapshot: its hit copies nothing at any size.
    RemoteOnly,
    Always, ///< pages on every backend (tests)
    Never, ///< one value, as the tutorial caches it (over the size cap: never cached)
};

/// Concurrent misses of one version of one catalogue in one process run the list query once.
/// Shared between the services of several threads (each with its own connection).
class ListSingleFlight
{
public:
    Result<ProductList> run(qint64 catalogueId, qint64 version,
                            const std::function<Result<ProductList>()> &load,
                            bool *ranLoad = nullptr);
    /// Loads running now, and callers waiting for one (for tests and the panel).
    int inFlight() const;
    int waiting() const;

private:
    struct Flight
    {
        bool done = false;
        std::optional<Result<ProductList>> result;
    };
    mutable std::mutex m_mutex;
    std::condition_variable m_cv;
    int m_waiting = 0;
    std::map<std::pair<qint64, qint64>, std::shared_ptr<Flight>> m_flights;
};

/**
 * The product list through the cache (cache-aside, as in the tutorial) and every write path
 * with its invalidation.
 *
 * The cached list lives under the key `product_objects`, at the cache version equal to the
 * database's `list_version` (Django's key versioning): with a new database that is the made
 * key `:1:product_objects`. Every write bumps list_version in its own transaction, so after a
 * commit every reader asks for a new key: a late fill of an old version lands on a key nobody
 * reads, whether or not a delete arrived. A hit therefore costs one O(1) version probe and one
 * get, and no list query. The value also carries the list stamp the probe read with the
 * version, and a hit needs both to match: a database restored from a backup reaches old
 * version numbers again, but never with the stamps they had (ListState).
 *
 * Invalidation still deletes the superseded key after every commit — through repository
 * signals or lifecycle hooks for per-row writes and through the batch path for the others —
 * so memory is freed, other instances are told, and the debug panel can show it.
 */
class ProductService : public QObject
{
    Q_OBJECT
public:
    static inline const QString ListKey = QStringLiteral("product_objects");
    /// Products per page of a paged list: ~300 kB encoded, well under the ~1.5 MB beyond
    /// which one Redis value gets slow (docs/architecture.md, "How the cache scales").
    static constexpr int DefaultListPageSize = 4096;
    /// RemoteOnly keeps lists up to this many products as one value (~1.25 MB encoded, under
    /// that ~1.5 MB): one GET and no join is the cheapest hit for them.
    static constexpr int SingleValueMaxProducts = 16384;
    /// Pages fetched or stored by one getMany / setMany (one deadline each).
    static constexpr int PagesPerCall = 16;
    /// The key of page `index` of the list (same cache version as the list key).
    static QString pageKey(int index)
    {
        return ListKey + QStringLiteral(":p") + QString::number(index);
    }

    ProductService(ProductRepository &repository, Cache &cache,
                   InvalidationMechanism mechanism = InvalidationMechanism::Signals,
                   ListSingleFlight *singleFlight = nullptr, QObject *parent = nullptr);
    ~ProductService() override;

    ProductRepository &repository() const { return m_repository; }
    Cache &cache() const { return m_cache; }
    InvalidationMechanism mechanism() const { return m_mechanism; }

    /// All products, newest first, through the cache. A cache that fails is a miss: the list
    /// comes from the database and the failure is counted (stats) and shown (signals).
    /// `observer` (may be null) watches the list query on a miss (first rows, progress); a
    /// paged hit reports the rows decoded against the known total; a plain hit reports nothing.
    Result<ProductList> list(ListLoadStats *stats = nullptr,
                             const ListReadObserver *observer = nullptr);

    // Writes: validation and SQL in the repository, invalidation after the commit.
    Result<Product> create(const ProductFields &fields);
    Result<Product> update(qint64 id, const ProductChanges &changes);
    Result<int> bulkUpdate(const QList<qint64> &ids, const ProductChanges &changes);
    Result<bool> remove(qint64 id);
    Result<int> removeMany(const QList<qint64> &ids);
    Result<int> insertMany(const QList<ProductFields> &rows, const QString &write,
                           const std::function<bool(int, int)> &progress = {},
                           QList<qint64> *insertedIds = nullptr);
    Result<int> restore(const QList<Product> &products);
    /// Undo of a bulk edit: each product's title and price put back (batch invalidation).
    Result<int> restoreFields(const QList<Product> &products);

    /// The "Invalidate cache" button: deletes the list key, as the tutorial's button does
    /// (and the pages of a paged list).
    Result<bool> invalidateCache();

    /// How the list is cached (default RemoteOnly, DefaultListPageSize products per page).
    void setListPaging(ListPaging paging, int pageSize = DefaultListPageSize);
    ListPaging listPaging() const { return m_paging; }
    /// Paged lists found under the list key whose pages did not make the list (a miss each).
    quint64 rejectedPagedLists() const
    {
        return m_rejectedPagedLists.load(std::memory_order_relaxed);
    }
    int listPageSize() const { return m_pageSize; }

    /// Test seam: runs between the list query and the cache fill of a miss, so a test can
    /// interleave a write deterministically (the tutorial's stale-fill race).
    void setFillInterleaveForTest(std::function<void()> hook)
    {
        m_fillInterleave = std::move(hook);
    }

    /// Test seam: invalidations are still recorded (and the signal emitted) but the cache
    /// delete is skipped, as if every invalidation were lost. Freshness must not depend on it:
    /// the list version in the key guarantees it (proved by tst_crossprocess).
    void setDropInvalidationsForTest(bool drop) { m_dropInvalidations = drop; }

signals:
    void invalidated(const pm::InvalidationRecord &record);
    /// The cache failed during a list load or an invalidation (never silent).
    void cacheFailed(const pm::Error &error);

private:
    void connectMechanism();
    void invalidateAfterWrite(const QString &write, const QString &mechanism,
                              const QList<qint64> &ids, qint64 newVersion);
    void emitRecord(InvalidationRecord record, const Result<int> &removed);
    bool pagingApplies() const;
    /// The whole list from its pages, or nullopt (a miss) if any page is missing, foreign or
    /// inconsistent. A cache failure is also a miss, flagged in `s` and emitted.
    std::optional<ProductList> loadPages(const CachedProductListManifest &manifest,
                                         ListLoadStats &s, int &calls,
                                         const ListReadObserver *observer);
    /// Stores the pages, then the manifest (never a manifest without its pages).
    Result<void> storePages(const ProductList &rows, const ListState &state, ListLoadStats &s,
                            int &calls);
    /// Removes the list at `version`: the list key and, for a paged list, its pages.
    /// Returns 1 if the list key existed.
    Result<int> removeListAt(qint64 version);

    ProductRepository &m_repository;
    Cache &m_cache;
    InvalidationMechanism m_mechanism;
    ListSingleFlight *m_singleFlight;
    std::unique_ptr<ListSingleFlight> m_ownSingleFlight;
    std::function<void()> m_fillInterleave;
    QString m_pendingWrite; ///< the service-level write in progress, for the log
    bool m_dropInvalidations = false;
    /// The paged list this service last stored or read (version, pages written or verified):
    /// invalidation removes those pages in the same single call as the list key.
    std::optional<std::pair<qint64, int>> m_pagedList;
    ListPaging m_paging = ListPaging::RemoteOnly;
    int m_pageSize = DefaultListPageSize;
    std::atomic<quint64> m_rejectedPagedLists{0};
};

} // namespace pm

Q_DECLARE_METATYPE(pm::InvalidationRecord)
