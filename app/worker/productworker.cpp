#include "worker/productworker.h"

#include "cache/cache.h"
#include "cache/cacheconsole.h"
#include "cache/cacheurl.h"
#include "core/clock.h"
#include "core/logging.h"
#include "db/sqlerrormap.h"
#include "products/cachehealthprobe.h"
#include "products/productcache.h"
#include "products/productchangenotifier.h"
#include "products/productexporter.h"
#include "products/productimporter.h"
#include "products/productrepository.h"
#include "products/productschema.h"
#include "products/productseeder.h"

#include "diagnostics/threadcputime.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

#include <chrono>

namespace pm {

namespace {
qint64 monotonicNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
                   std::chrono::steady_clock::now().time_since_epoch())
            .count();
}
} // namespace

void ProductWorker::RequestTimer::exclude(qint64 ns)
{
    m_wallStart += ns;
}

ProductWorker::RequestTimer::RequestTimer(ProductWorker *worker, int requestId,
                                          const QString &origin)
    : m_worker(worker)
    , m_requestId(requestId)
    , m_scope(origin, requestId)
    , m_cpuStart(threadCpuTimeNs())
    , m_wallStart(monotonicNs())
{ }

void ProductWorker::RequestTimer::report() const
{
    if (m_reported)
        return;
    m_reported = true;
    emit m_worker->requestMeasured(m_requestId, CacheOrigin::current(),
                                   threadCpuTimeNs() - m_cpuStart, monotonicNs() - m_wallStart);
}

ProductWorker::ProductWorker(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("productWorker"));
    registerMetaTypes();
}

ProductWorker::~ProductWorker()
{
    closeAll();
}

void ProductWorker::closeAll()
{
    // The service refers to the repository and the cache, the repository to the database:
    // destroy them in that order, in this (the worker) thread.
    delete m_notifier; // before the repository and the database it listens on
    m_notifier = nullptr;
    delete m_cacheProbe; // before the cache it probes
    m_cacheProbe = nullptr;
    delete m_service;
    m_service = nullptr;
    delete m_repository;
    m_repository = nullptr;
    m_cache.reset();
    m_db.reset();
}

void ProductWorker::setObservers(CacheObserver *cacheObserver,
                                 std::function<void(const SqlEvent &)> sqlObserver)
{
    m_cacheObserver = cacheObserver;
    m_sqlObserver = std::move(sqlObserver);
}

void ProductWorker::registerMetaTypes()
{
    qRegisterMetaType<pm::Product>();
    qRegisterMetaType<QList<pm::Product>>();
    qRegisterMetaType<QList<qint64>>();
    qRegisterMetaType<pm::Error>();
    qRegisterMetaType<pm::ImportSummary>();
    qRegisterMetaType<pm::ProductFields>();
    qRegisterMetaType<QList<pm::ProductFields>>();
    qRegisterMetaType<pm::DuplicatePolicy>();
    qRegisterMetaType<pm::ProductChanges>();
    qRegisterMetaType<pm::DatabaseConfig>();
    qRegisterMetaType<pm::ListLoadStats>();
    qRegisterMetaType<pm::InvalidationRecord>();
    CacheInspector::registerMetaTypes();
}

void ProductWorker::noteReconnects()
{
    if (!m_db || m_db->reconnects() == m_seenReconnects)
        return;
    m_seenReconnects = m_db->reconnects();
    emit databaseReconnected(m_db->config().redactedUrl());
}

bool ProductWorker::ensureOpen(int requestId)
{
    if (m_service)
        return true;
    emit failed(requestId, Error(ErrorKind::Unavailable, tr("The database is not open.")));
    return false;
}

void ProductWorker::open(int requestId, const DatabaseConfig &config, int seedIfNew,
                         const QString &cacheUrl, const CacheOptions &cacheOptions)
{
    // The panel shows the statements and cache calls of opening (seeding included) as such.
    RequestTimer timer(this, requestId, QStringLiteral("open"));
    closeAll();

    // Connecting emits nothing: at start-up it runs while the window is still being built.
    const bool isNew
            = config.driver == DatabaseConfig::Driver::Sqlite && !QFileInfo::exists(config.path);
    std::optional<Error> cacheFallback;
    const std::optional<Error> notOpened
            = connectCatalogue(config, cacheUrl, cacheOptions, &cacheFallback);
    timer.exclude(waitUntilAnswersReleased());
    if (notOpened) {
        qCWarning(lcUi) << "cannot open" << config.redactedUrl() << notOpened->toString();
        emit failed(requestId, *notOpened);
        return;
    }
    if (cacheFallback)
        emit cacheFailed(*cacheFallback);
    const auto parsedUrl = CacheUrl::parse(cacheUrl);
    emit cacheOpened(m_cache->backendName(),
                     parsedUrl ? parsedUrl->redacted() : QStringLiteral("memory://"));

    int seededCount = 0;
    bool emptyNew = false;
    if (isNew) {
        const auto count = m_repository->count();
        emptyNew = count && *count == 0;
    }
    if (emptyNew && seedIfNew > 0) {
        const auto inserted
                = m_service->insertMany(ProductSeeder::generate(seedIfNew), QStringLiteral("seed"));
        if (!inserted) {
            emit failed(requestId, inserted.error());
            return;
        }
        seededCount = *inserted;
    }
    timer.report();
    if (const QString note = m_db->accessNote(); !note.isEmpty())
        emit accessNoted(note);
    if (emptyNew && seededCount == 0)
        emit catalogueCreated(requestId);
    emit opened(requestId, config.redactedUrl(), seededCount);
}

std::optional<Error> ProductWorker::connectCatalogue(const DatabaseConfig &config,
                                                     const QString &cacheUrl,
                                                     const CacheOptions &cacheOptions,
                                                     std::optional<Error> *cacheFallback)
{
    auto db = ProductSchema::open(config);
    if (!db)
        return db.error();
    m_db = std::move(db).value();
    m_seenReconnects = 0;
    if (m_sqlObserver)
        m_db->setSqlObserver(m_sqlObserver);
    m_repository = new ProductRepository(*m_db, m_clock, this);

    // The clock is only read by the memory backend for expiry; SystemClock is the real one.
    auto cache = createProductCache(cacheUrl, SystemClock::instance(), cacheOptions);
    if (!cache) {
        qCWarning(lcUi) << "cache unusable, falling back to memory://" << cache.error().toString();
        *cacheFallback = Error(cache.error().kind,
                               tr("The cache could not be used (%1); the in-memory cache is "
                                  "used instead.")
                                       .arg(cache.error().message));
        cache = createProductCache(QStringLiteral("memory://"), SystemClock::instance(),
                                   cacheOptions);
    }
    m_cache = std::move(cache).value();
    if (m_cacheObserver)
        m_cache->addObserver(m_cacheObserver);
    m_service = new ProductService(*m_repository, *m_cache, InvalidationMechanism::Signals, nullptr,
                                   this);
    connect(m_service, &ProductService::invalidated, this, &ProductWorker::cacheInvalidated);
    connect(m_service, &ProductService::cacheFailed, this, &ProductWorker::cacheFailed);
    // A failed cache is probed (with backoff) until it answers: the window recovers alone.
    m_cacheProbe = new CacheHealthProbe(*m_cache, this);
    connect(m_service, &ProductService::cacheFailed, m_cacheProbe, &CacheHealthProbe::noteFailure);
    connect(m_cacheProbe, &CacheHealthProbe::recovered, this, &ProductWorker::cacheRecovered);

    // Other running instances: Redis pub/sub, PostgreSQL NOTIFY or a list_version poll.
    ProductChangeNotifierOptions notifierOptions;
    notifierOptions.cacheUrl = cacheUrl;
    notifierOptions.keyPrefix = m_cache->options().keyPrefix;
    notifierOptions.localCache = m_cache.get();
    m_notifier = new ProductChangeNotifier(*m_repository, *m_db, notifierOptions, this);
    connect(m_notifier, &ProductChangeNotifier::remoteChange, this, &ProductWorker::remoteChange);
    if (auto started = m_notifier->start(); !started) {
        // Not fatal: every load still checks list_version; the window just refreshes later.
        qCWarning(lcUi) << "change notifications unavailable:" << started.error().toString();
    }
    return std::nullopt;
}

qint64 ProductWorker::waitUntilAnswersReleased()
{
    if (!std::exchange(m_holdAnswers, false))
        return 0;
    const qint64 start = monotonicNs();
    m_waiting = true;
    m_answersReleased.acquire();
    m_waiting = false;
    return monotonicNs() - start;
}

void ProductWorker::inspectKeys(int requestId, const QByteArray &cursor, int pageSize,
                                const QString &glob, bool all)
{
    handle(
            requestId, QStringLiteral("inspector"),
            [&] {
                CacheInspector inspector(*m_cache, m_repository);
                return all ? inspector.scanAll(glob) : inspector.scan(cursor, pageSize, glob);
            },
            [&](const InspectorPage &page) { emit keysInspected(requestId, page); });
}

void ProductWorker::previewKey(int requestId, const QByteArray &key)
{
    handle(
            requestId, QStringLiteral("inspector"),
            [&] { return CacheInspector(*m_cache).preview(key); },
            [&](const KeyPreview &preview) { emit keyPreviewed(requestId, preview); });
}

void ProductWorker::applyKeyAction(int requestId, KeyAction action, const QByteArray &key,
                                   qint64 seconds)
{
    handle(
            requestId, QStringLiteral("inspector"),
            [&] { return CacheInspector(*m_cache).apply(action, key, seconds); },
            [&](const KeyActionResult &result) { emit keyActionApplied(requestId, result); });
}

void ProductWorker::storeKey(int requestId, const QString &key, int version, const QVariant &value,
                             qint64 seconds)
{
    handle(
            requestId, QStringLiteral("inspector"),
            [&] { return CacheInspector(*m_cache).store(key, version, value, seconds); },
            [&](const KeyActionResult &result) { emit keyActionApplied(requestId, result); });
}

void ProductWorker::countNamespace(int requestId)
{
    handle(
            requestId, QStringLiteral("inspector"),
            [&] { return CacheInspector(*m_cache).countNamespace(); },
            [&](qint64 count) { emit namespaceCounted(requestId, count); });
}

void ProductWorker::clearNamespace(int requestId)
{
    handle(
            requestId, QStringLiteral("clear namespace"),
            [&] { return CacheInspector(*m_cache).clearNamespace(); },
            [&](qint64 removed) { emit namespaceCleared(requestId, removed); });
}

void ProductWorker::checkConsistency(int requestId)
{
    handle(
            requestId, QStringLiteral("consistency check"),
            [&] { return CacheInspector(*m_cache, m_repository).checkConsistency(); },
            [&](const ConsistencyReport &report) { emit consistencyChecked(requestId, report); });
}

void ProductWorker::runConsoleCommand(int requestId, const QString &line)
{
    handle(
            requestId, QStringLiteral("console"),
            [&]() -> Result<QString> {
                CacheConsole console(*m_cache);
                console.setHints(true); // a person reads the panel's console
                return console.execute(line);
            },
            [&](const QString &output) { emit consoleAnswered(requestId, output); });
}

void ProductWorker::loadList(int requestId)
{
    ListLoadStats stats;
    // A million rows take a second or more; the window shows the first ones at once.
    ListReadObserver observer;
    observer.firstRows = [this, requestId](const QList<Product> &rows) {
        emit listPreview(requestId, rows);
    };
    observer.progress = [this, requestId](qint64 done, qint64 total) {
        emit listProgress(requestId, done, total);
    };
    handle(
            requestId, QStringLiteral("load list"),
            [&] { return m_service->list(&stats, &observer); },
            [&](const ProductList &list) {
                emit listMeasured(requestId, stats);
                emit listLoaded(requestId, list);
            });
}

void ProductWorker::create(int requestId, const ProductFields &fields)
{
    handle(
            requestId, QStringLiteral("create"), [&] { return m_service->create(fields); },
            [&](const Product &product) { emit created(requestId, product); });
}

void ProductWorker::update(int requestId, qint64 id, const ProductChanges &changes)
{
    handle(
            requestId, QStringLiteral("edit"), [&] { return m_service->update(id, changes); },
            [&](const Product &product) { emit updated(requestId, product); });
}

void ProductWorker::bulkUpdate(int requestId, const QList<qint64> &ids,
                               const ProductChanges &changes)
{
    handle(
            requestId, QStringLiteral("bulk edit"),
            [&] { return m_service->bulkUpdate(ids, changes); },
            [&](int affected) { emit bulkUpdated(requestId, affected); });
}

void ProductWorker::remove(int requestId, const QList<qint64> &ids)
{
    // One product goes through the per-row delete (post_delete, AFTER_DELETE); several
    // through the batch path, which invalidates once.
    handle(
            requestId, QStringLiteral("delete"),
            [&]() -> Result<int> {
                if (ids.size() != 1)
                    return m_service->removeMany(ids);
                auto removed = m_service->remove(ids.first());
                if (!removed)
                    return removed.error();
                return *removed ? 1 : 0;
            },
            [&](int count) { emit removed(requestId, ids, count); });
}

void ProductWorker::restore(int requestId, const QList<Product> &products)
{
    handle(
            requestId, QStringLiteral("undo delete"), [&] { return m_service->restore(products); },
            [&](int count) { emit restored(requestId, count); });
}

void ProductWorker::importFile(int requestId, const QString &path, DuplicatePolicy duplicates)
{
    if (!ensureOpen(requestId))
        return;
    const RequestTimer timer(this, requestId, QStringLiteral("import"));
    auto parsed = ProductImporter::parseFile(path);
    if (!parsed) {
        emit failed(requestId, parsed.error());
        return;
    }
    ImportSummary summary;
    summary.path = path;
    summary.rejected = int(parsed->rejected.size());
    constexpr int MaxListedRejections = 500; // the report lists the first ones, counts all
    for (const ImportRejection &r : std::as_const(parsed->rejected)) {
        if (summary.rejections.size() >= MaxListedRejections)
            break;
        summary.rejections.append(tr("Row %1: %2").arg(r.row).arg(r.reason));
    }
    QList<ProductFields> rows = parsed->rows;
    if (duplicates != DuplicatePolicy::ImportAll && !rows.isEmpty()) {
        // The list through the cache: usually a hit, and the same rows the window shows.
        auto existing = m_service->list();
        noteReconnects();
        if (!existing) {
            emit failed(requestId, existing.error());
            return;
        }
        DuplicateSplit split = ProductImporter::splitDuplicates(rows, *existing);
        if (!split.duplicates.isEmpty() && duplicates == DuplicatePolicy::Ask) {
            timer.report();
            emit importNeedsDecision(requestId, path, int(split.duplicates.size()),
                                     int(rows.size()));
            return;
        }
        summary.skipped = int(split.duplicates.size());
        rows = std::move(split.fresh);
    }
    if (!rows.isEmpty()) {
        QList<qint64> ids;
        auto inserted = m_service->insertMany(
                rows, QStringLiteral("import"),
                [this, requestId](int done, int total) {
                    emit progressed(requestId, done, total);
                    return !isCancelled(requestId);
                },
                &ids);
        noteReconnects();
        if (!inserted) {
            emit failed(requestId, inserted.error());
            return;
        }
        // A cancelled insertMany rolls back and reports 0 rows.
        summary.cancelled = isCancelled(requestId) && *inserted == 0;
        summary.accepted = *inserted;
        if (!summary.cancelled) {
            summary.insertedIds = ids;
            summary.insertedRows = rows;
        }
    }
    timer.report();
    if (!summary.insertedIds.isEmpty())
        emit inserted(requestId, summary.insertedIds);
    emit imported(requestId, summary);
}

void ProductWorker::seed(int requestId, int count)
{
    QList<qint64> ids;
    handle(
            requestId, QStringLiteral("seed"),
            [&] {
                return m_service->insertMany(
                        ProductSeeder::generate(count), QStringLiteral("seed"),
                        [this, requestId](int done, int total) {
                            emit progressed(requestId, done, total);
                            return !isCancelled(requestId);
                        },
                        &ids);
            },
            [&](int n) {
                if (!ids.isEmpty())
                    emit inserted(requestId, ids);
                emit seeded(requestId, n, isCancelled(requestId) && n == 0);
            });
}

void ProductWorker::insertRows(int requestId, const QList<ProductFields> &rows,
                               const QString &write)
{
    QList<qint64> ids;
    handle(
            requestId, QStringLiteral("redo ") + write,
            [&] { return m_service->insertMany(rows, write, {}, &ids); },
            [&](int) { emit inserted(requestId, ids); });
}

void ProductWorker::restoreFields(int requestId, const QList<Product> &products)
{
    handle(
            requestId, QStringLiteral("undo bulk edit"),
            [&] { return m_service->restoreFields(products); },
            [&](int count) { emit restored(requestId, count); });
}

void ProductWorker::exportFile(int requestId, const QString &path)
{
    handle(
            requestId, QStringLiteral("export"),
            [&]() -> Result<int> {
                auto list = m_service->list();
                if (!list)
                    return list.error();
                return ProductExporter::writeFile(path, *list, ProductExporter::Format::Auto,
                                                  [this, requestId](int done, int total) {
                                                      emit progressed(requestId, done, total);
                                                      return !isCancelled(requestId);
                                                  });
            },
            [&](int count) { emit exported(requestId, path, std::max(count, 0), count < 0); });
}

void ProductWorker::invalidateCache(int requestId)
{
    handle(
            requestId, QStringLiteral("invalidate cache"),
            [&] { return m_service->invalidateCache(); },
            [&](bool removed) { emit cacheCleared(requestId, removed); });
}

namespace {

/// The statement with each `?` placeholder (outside string literals) replaced by its bound
/// value as a literal, escaped by the driver: PostgreSQL cannot PREPARE an EXPLAIN.
QString inlineBoundValues(const QString &sql, const QVariantList &bound, const QSqlDriver *driver)
{
    QString out;
    out.reserve(sql.size() + 16 * bound.size());
    qsizetype next = 0;
    bool inString = false;
    for (const QChar c : sql) {
        if (c == QLatin1Char('\'')) {
            inString = !inString;
        } else if (c == QLatin1Char('?') && !inString && next < bound.size()) {
            const QVariant &value = bound.at(next++);
            QSqlField field(QString(), value.metaType());
            field.setValue(value);
            out += driver->formatValue(field);
            continue;
        }
        out += c;
    }
    return out;
}

} // namespace

void ProductWorker::explain(int requestId, const QString &sql, const QVariantList &bound)
{
    const RequestTimer timer(this, requestId, QStringLiteral("explain"));
    if (!m_db) {
        emit failed(requestId, Error(ErrorKind::Unavailable, tr("The database is not open.")));
        return;
    }
    static const QRegularExpression select(QStringLiteral("^\\s*(SELECT|WITH)\\b"),
                                           QRegularExpression::CaseInsensitiveOption);
    if (!select.match(sql).hasMatch()) {
        emit failed(requestId,
                    Error(ErrorKind::InvalidInput,
                          tr("Only SELECT statements can be explained: running EXPLAIN on a "
                             "write would not show a read plan.")));
        return;
    }
    // Straight on the connection, not through Database: the plan is not a statement of the
    // app and must not appear in the SQL tab it was asked from.
    QSqlQuery query(m_db->connection());
    bool ok = false;
    if (m_db->driver() == DatabaseConfig::Driver::Sqlite) {
        ok = query.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql);
        for (const QVariant &value : bound)
            query.addBindValue(value);
        ok = ok && query.exec();
    } else {
        ok = query.exec(QStringLiteral("EXPLAIN ")
                        + inlineBoundValues(sql, bound, m_db->connection().driver()));
    }
    if (!ok) {
        emit failed(requestId, SqlErrorMap::toError(query.lastError(), tr("Explain")));
        return;
    }
    QStringList plan;
    QHash<int, int> depth; // SQLite plan row id → indentation
    const bool sqlite = m_db->driver() == DatabaseConfig::Driver::Sqlite;
    while (query.next()) {
        if (sqlite) {
            // id, parent, notused, detail: indent each row under its parent.
            const int id = query.value(0).toInt();
            const int parent = query.value(1).toInt();
            const int d = parent == 0 ? 0 : depth.value(parent) + 1;
            depth.insert(id, d);
            plan.append(QString(d * 2, QLatin1Char(' ')) + query.value(3).toString());
        } else {
            plan.append(query.value(0).toString());
        }
    }
    timer.report();
    emit explained(requestId, plan);
}

} // namespace pm
