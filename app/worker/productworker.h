#pragma once

#include "cache/cacheinstrumentation.h"
#include "cache/cacheoptions.h"
#include "core/result.h"
#include "db/database.h"
#include "diagnostics/cacheinspector.h"
#include "products/product.h"
#include "products/productservice.h"

#include <QList>
#include <QObject>
#include <QSemaphore>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace pm {

class Cache;
class Clock;
class CacheHealthProbe;
class ProductChangeNotifier;
class ProductRepository;

/// What an import did, for the report the user sees.
struct ImportSummary
{
    QString path;
    int accepted = 0; ///< rows inserted
    int rejected = 0; ///< rows refused by the rules
    QStringList rejections; ///< "line N: reason", at most a few hundred
    bool cancelled = false; ///< the user cancelled; nothing was inserted
    int skipped = 0; ///< rows left out because the catalogue already had them
    QList<qint64> insertedIds; ///< the new rows' ids, in file order (for Undo)
    QList<ProductFields> insertedRows; ///< what was inserted (for Redo)
};

/// What importFile() does with rows whose title and price the catalogue already has.
enum class DuplicatePolicy {
    Ask, ///< insert nothing and answer importNeedsDecision() when there are any
    Skip, ///< insert only the others
    ImportAll, ///< insert every row
};

/// The database side of the window. Lives on a worker thread: the Database connection is
/// opened IN that thread by open() and never touched elsewhere. The UI thread invokes the
/// request slots queued (QMetaObject::invokeMethod with this object as context) and gets
/// the answers back through queued signals that carry its request id; every failure comes
/// back as failed(requestId, error). Each request calls one object, the ProductService (the
/// list through the cache, every write with its invalidation), so the worker stays thin.
/// The cache is created here too, from the cache URL, so that nothing in it ever runs on the
/// UI thread.
class ProductWorker : public QObject
{
    Q_OBJECT
public:
    explicit ProductWorker(const Clock &clock, QObject *parent = nullptr);
    ~ProductWorker() override;

    /// Registers the metatypes the queued signals carry. Called by the constructor.
    static void registerMetaTypes();

    /// Thread-safe: asks the import or seed with this request id to stop (it rolls back),
    /// even if it has not started yet. Call directly, not queued.
    void cancel(int requestId) { m_cancel = requestId; }

    /// The debug panel's recorders: every cache opened later gets `cacheObserver` and every
    /// database `sqlObserver`. Call before the worker thread starts; both must outlive it.
    void setObservers(CacheObserver *cacheObserver,
                      std::function<void(const pm::SqlEvent &)> sqlObserver);

    /// Start-up: the first open() connects at once but sends its answers (and anything else)
    /// only after releaseAnswers(), so that a window can send it before it has connected to
    /// the worker's signals and have the catalogue opened while it builds itself. Call before
    /// the worker thread starts.
    void holdAnswersUntilReleased() { m_holdAnswers = true; }
    /// Lets a held open() answer. Thread-safe (call directly, not queued); calling it again
    /// does nothing more.
    void releaseAnswers()
    {
        if (!m_released.exchange(true))
            m_answersReleased.release();
    }
    /// Whether a held open() has connected and now waits for releaseAnswers(). Thread-safe.
    bool isWaitingForRelease() const { return m_waiting.load(); }

    // Requests: run in the worker thread.
    /// Opens the database and the cache; when the database did not exist before and is
    /// empty, seeds `seedIfNew` rows. A cache URL that cannot be used falls back to the memory
    /// cache and says so through cacheFailed(). `cacheOptions` gives the key prefix and the
    /// default timeout (the Settings dialog); the product cache sets the rest itself. Opening
    /// again closes the previous database and cache first.
    void open(int requestId, const pm::DatabaseConfig &config, int seedIfNew,
              const QString &cacheUrl = QStringLiteral("memory://"),
              const pm::CacheOptions &cacheOptions = {});
    void loadList(int requestId);
    void create(int requestId, const pm::ProductFields &fields);
    void update(int requestId, qint64 id, const pm::ProductChanges &changes);
    void bulkUpdate(int requestId, const QList<qint64> &ids, const pm::ProductChanges &changes);
    void remove(int requestId, const QList<qint64> &ids);
    void restore(int requestId, const QList<pm::Product> &products);
    /// Undo of a bulk edit: puts back each product's title and price; answers restored().
    void restoreFields(int requestId, const QList<pm::Product> &products);
    void importFile(int requestId, const QString &path,
                    pm::DuplicatePolicy duplicates = pm::DuplicatePolicy::Ask);
    void seed(int requestId, int count);
    /// Redo of an import: inserts the rows again (new ids); answers inserted().
    void insertRows(int requestId, const QList<pm::ProductFields> &rows, const QString &write);
    /// Writes the whole catalogue (through the cache) to `path` as CSV or JSON, atomically;
    /// cancellable like an import. Answers exported().
    void exportFile(int requestId, const QString &path);
    /// The "Invalidate cache" button: removes the list key, as the tutorial's button does.
    void invalidateCache(int requestId);
    /// The SQL tab's "Explain": EXPLAIN QUERY PLAN (SQLite) or EXPLAIN (PostgreSQL) of a
    /// recorded SELECT with its bound values, on this worker's connection. Not reported to the
    /// SQL observer. Answers explained() or failed() (InvalidInput for anything but a SELECT).
    void explain(int requestId, const QString &sql, const QVariantList &bound);

    // The debug panel's inspector and console: thin calls into CacheInspector and
    // CacheConsole, answered by the signals below or failed().
    void inspectKeys(int requestId, const QByteArray &cursor, int pageSize, const QString &glob,
                     bool all);
    void previewKey(int requestId, const QByteArray &key);
    void applyKeyAction(int requestId, pm::KeyAction action, const QByteArray &key, qint64 seconds);
    /// The inspector's add / edit: answered by keyActionApplied() with KeyAction::Set.
    void storeKey(int requestId, const QString &key, int version, const QVariant &value,
                  qint64 seconds);
    void countNamespace(int requestId);
    void clearNamespace(int requestId);
    void checkConsistency(int requestId);
    void runConsoleCommand(int requestId, const QString &line);

signals:
    void keysInspected(int requestId, const pm::InspectorPage &page);
    void keyPreviewed(int requestId, const pm::KeyPreview &preview);
    void keyActionApplied(int requestId, const pm::KeyActionResult &result);
    void namespaceCounted(int requestId, qint64 count);
    void namespaceCleared(int requestId, qint64 removed);
    void consistencyChecked(int requestId, const pm::ConsistencyReport &report);
    void consoleAnswered(int requestId, const QString &output);

    /// `seeded` is the number of demo rows added because the database was new.
    /// Before opened(), when the catalogue is read-only or a snapshot (Database::accessNote()).
    void accessNoted(const QString &note);
    void opened(int requestId, const QString &redactedUrl, int seeded);
    void listLoaded(int requestId, const QList<pm::Product> &products);
    /// The first rows of a list load that runs the list query (newest first), sent before
    /// listLoaded() so that a window can show them at once. Not sent on a cache hit.
    void listPreview(int requestId, const QList<pm::Product> &rows);
    /// Rows of the list load read so far; `total` is -1 while unknown.
    void listProgress(int requestId, qint64 done, qint64 total);
    void created(int requestId, const pm::Product &product);
    void updated(int requestId, const pm::Product &product);
    void bulkUpdated(int requestId, int affected);
    void removed(int requestId, const QList<qint64> &ids, int count);
    void restored(int requestId, int count);
    /// Progress of a long write (import, seed): rows done of total.
    void progressed(int requestId, int done, int total);
    void imported(int requestId, const pm::ImportSummary &summary);
    /// importFile() with DuplicatePolicy::Ask found `duplicates` of the file's `total` valid
    /// rows already in the catalogue (same title and price) and inserted nothing.
    void importNeedsDecision(int requestId, const QString &path, int duplicates, int total);
    /// The ids a write inserted (import, seed, insertRows), sent before its answer; the only
    /// answer of insertRows().
    void inserted(int requestId, const QList<qint64> &ids);
    /// Answer to exportFile(); `cancelled`: the file was left as it was.
    void exported(int requestId, const QString &path, int count, bool cancelled);
    /// Sent before opened() when open() created a new, empty SQLite catalogue and added no
    /// demo rows: the window may offer them.
    void catalogueCreated(int requestId);
    /// `cancelled`: the user stopped it and nothing was added.
    void seeded(int requestId, int count, bool cancelled);
    void failed(int requestId, const pm::Error &error);
    /// What a request cost the worker, sent just before its answer: `origin` names it ("load
    /// list", "create"…), `cpuNs` is the worker thread's CPU time, `workerNs` its wall time.
    void requestMeasured(int requestId, const QString &origin, qint64 cpuNs, qint64 workerNs);
    /// Answer to explain(): one line per plan row.
    void explained(int requestId, const QStringList &plan);

    /// The cache in use: "memory" or "redis", and its URL with any password masked.
    void cacheOpened(const QString &backend, const QString &redactedUrl);
    /// What the list load of `requestId` cost (hit or miss, queries, cache calls), sent just
    /// before listLoaded().
    void listMeasured(int requestId, const pm::ListLoadStats &stats);
    /// Every invalidation, with the write and the mechanism that caused it.
    void cacheInvalidated(const pm::InvalidationRecord &record);
    /// The cache failed; the list came from the database or an invalidation did not land.
    void cacheFailed(const pm::Error &error);
    /// The cache answers again after cacheFailed() (its health probe succeeded).
    void cacheRecovered();
    /// Answer to invalidateCache(): whether a cached list was there to remove.
    void cacheCleared(int requestId, bool removed);
    /// Another running instance changed the catalogue: the window should reload its list.
    void remoteChange(qint64 listVersion);
    /// The database connection was lost and reopened (PostgreSQL). Sent before the answer
    /// to the request that noticed it; a write cut off by the loss failed() on its own.
    void databaseReconnected(const QString &redactedUrl);

private:
    bool ensureOpen(int requestId);
    /// Opens the database and the cache (or the memory cache, with `cacheFallback` saying
    /// why) and starts the change notifier; emits nothing. The database's error, if any.
    std::optional<Error> connectCatalogue(const DatabaseConfig &config, const QString &cacheUrl,
                                          const CacheOptions &cacheOptions,
                                          std::optional<Error> *cacheFallback);
    /// Blocks a held first open() until releaseAnswers(); how long it waited (ns).
    qint64 waitUntilAnswersReleased();
    bool m_holdAnswers = false; // set before the thread starts, then only read by it
    std::atomic_bool m_released = false;
    std::atomic_bool m_waiting = false;
    QSemaphore m_answersReleased;
    /// The shape of every request: the database must be open; the service call runs with its
    /// cache calls tagged by `origin`; a failure goes out as failed(), a value to `done`.
    template<typename Call, typename Done>
    void handle(int requestId, const QString &origin, Call &&call, Done &&done)
    {
        if (!ensureOpen(requestId))
            return;
        const RequestTimer timer(this, requestId, origin);
        auto result = call();
        noteReconnects();
        if (!result) {
            timer.report();
            emit failed(requestId, result.error());
            return;
        }
        timer.report();
        done(result.value());
    }

    /// Tags the request's cache calls and SQL with its origin and id, and measures it
    /// (requestMeasured) once, at report() or at the end of the scope.
    class RequestTimer
    {
    public:
        RequestTimer(ProductWorker *worker, int requestId, const QString &origin);
        ~RequestTimer() { report(); }
        void report() const;
        /// Leaves `ns` of waiting out of the wall time.
        void exclude(qint64 ns);

    private:
        ProductWorker *m_worker;
        int m_requestId;
        CacheOrigin m_scope;
        qint64 m_cpuStart;
        qint64 m_wallStart;
        mutable bool m_reported = false;
    };

    const Clock &m_clock;
    void closeAll();
    /// Emits databaseReconnected() if the database reopened its connection since last time.
    void noteReconnects();
    int m_seenReconnects = 0;

    std::unique_ptr<Database> m_db;
    CacheObserver *m_cacheObserver = nullptr;
    std::function<void(const SqlEvent &)> m_sqlObserver;
    std::unique_ptr<Cache> m_cache;
    ProductRepository *m_repository = nullptr; // child of this
    ProductService *m_service = nullptr; // child of this
    ProductChangeNotifier *m_notifier = nullptr; // child of this
    CacheHealthProbe *m_cacheProbe = nullptr; // child of this
    bool isCancelled(int requestId) const { return m_cancel.load() == requestId; }

    std::atomic_int m_cancel = 0; // request id of the import or seed to cancel
};

} // namespace pm

Q_DECLARE_METATYPE(pm::ImportSummary)
Q_DECLARE_METATYPE(pm::ProductFields)
Q_DECLARE_METATYPE(pm::DuplicatePolicy)
Q_DECLARE_METATYPE(pm::ProductChanges)
Q_DECLARE_METATYPE(pm::DatabaseConfig)
Q_DECLARE_METATYPE(pm::ListLoadStats)
