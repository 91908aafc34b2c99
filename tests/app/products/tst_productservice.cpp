// The product list through the cache (docs/cache-semantics.md): cache-aside, every write path
// invalidating through the mechanism the tutorial teaches for it, never a stale list. Runs on both
// cache backends: memory, and a real redis-server started by the test (on its unix socket, and
// over TLS: rediss:// with throwaway certificates).
#include "cache/cache.h"
#include "cache/cachebackend.h"
#include "cache/valuecodec.h"
#include "core/clock.h"
#include "db/database.h"
#include "products/productcache.h"
#include "products/productlistcodec.h"
#include "products/productrepository.h"
#include "products/productschema.h"
#include "products/productseeder.h"
#include "products/productservice.h"
#include "redisserver.h"
#include "tlscerts.h"

#include <QFile>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <QElapsedTimer>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <limits>

using namespace pm;
using namespace pm::test;

namespace {

/// Counts the statements a connection ran, split into list queries and everything else.
struct SqlCounter
{
    std::atomic<int> listQueries = 0;
    std::atomic<int> total = 0;
    void attach(Database &db)
    {
        db.setSqlObserver([this](const SqlEvent &e) {
            ++total;
            if (e.sql.contains(QLatin1String("FROM products ORDER BY")))
                ++listQueries;
        });
    }
};

/// Fault injection only: a backend whose every call fails as a dead Redis would.
class DeadBackend final : public CacheBackend
{
public:
    QString name() const override { return QStringLiteral("dead"); }
    static Error down()
    {
        return Error(ErrorKind::Unavailable, QStringLiteral("connection refused"));
    }
    Result<std::optional<QVariant>> get(const QByteArray &, CallFacts &) override { return down(); }
    Result<void> set(const QByteArray &, const QVariant &, Expiry, CallFacts &) override
    {
        return down();
    }
    Result<bool> add(const QByteArray &, const QVariant &, Expiry, CallFacts &) override
    {
        return down();
    }
    Result<bool> remove(const QByteArray &, CallFacts &) override { return down(); }
    Result<QList<QPair<QByteArray, QVariant>>> getMany(const QList<QByteArray> &,
                                                       CallFacts &) override
    {
        return down();
    }
    Result<QList<QByteArray>> setMany(const QList<QPair<QByteArray, QVariant>> &, Expiry,
                                      CallFacts &) override
    {
        return down();
    }
    Result<int> removeMany(const QList<QByteArray> &, CallFacts &) override { return down(); }
    Result<bool> hasKey(const QByteArray &, CallFacts &) override { return down(); }
    Result<bool> touch(const QByteArray &, Expiry, CallFacts &) override { return down(); }
    Result<qint64> incr(const QByteArray &, qint64, CallFacts &) override { return down(); }
    Result<KeyTtl> ttl(const QByteArray &, CallFacts &) override { return down(); }
    Result<bool> persist(const QByteArray &, CallFacts &) override { return down(); }
    Result<bool> expire(const QByteArray &, Expiry, CallFacts &) override { return down(); }
    Result<qint64> clear(const QByteArray &, CallFacts &) override { return down(); }
    Result<KeyPage> scan(const QByteArray &, const QByteArray &, int, CallFacts &) override
    {
        return down();
    }
    void close() override { }
};

/// Remembers the keys of every delete call (invalidation removes the list key and its pages).
struct DeleteKeys : CacheObserver
{
    QList<QStringList> calls;
    void callRecorded(const CacheCallRecord &record) override
    {
        if (record.operation == CacheOp::Delete || record.operation == CacheOp::DeleteMany)
            calls.append(record.keys);
    }
};

ProductFields fields(const QString &title, qint64 cents)
{
    return ProductFields{title, Money(cents)};
}

} // namespace

class TestProductService : public QObject
{
    Q_OBJECT

    std::unique_ptr<RedisServer> m_redis;
    pm::test::TlsCerts m_certs;
    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Cache> m_cache;
    std::unique_ptr<ProductRepository> m_repo;
    SqlCounter m_sql;
    int m_dbSerial = 0;

    QString dbPath() const { return m_dir.filePath(QStringLiteral("p%1.db").arg(m_dbSerial)); }

    std::unique_ptr<Database> openDb()
    {
        auto config = DatabaseConfig::fromUrl(QStringLiteral("sqlite://") + dbPath());
        if (!config)
            return nullptr;
        auto db = ProductSchema::open(config.value());
        return db ? std::move(db.value()) : nullptr;
    }

    QString cacheUrl() const
    {
        QFETCH_GLOBAL(QString, backend);
        if (backend == QLatin1String("rediss"))
            return QStringLiteral("rediss://localhost:%1/2?ssl_ca_certs=%2")
                    .arg(m_redis->tlsPort())
                    .arg(m_certs.caCert());
        return backend == QLatin1String("redis") ? m_redis->unixUrl(2)
                                                 : QStringLiteral("memory://");
    }

    std::unique_ptr<ProductService> service(InvalidationMechanism m
                                            = InvalidationMechanism::Signals)
    {
        return std::make_unique<ProductService>(*m_repo, *m_cache, m);
    }

    /// A fresh look at the database, bypassing the cache.
    ProductList databaseList()
    {
        auto rows = m_repo->list();
        return rows ? rows.value() : ProductList();
    }

private slots:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("memory") << QStringLiteral("memory");
        QTest::newRow("redis") << QStringLiteral("redis");
        QTest::newRow("rediss") << QStringLiteral("rediss");
    }

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_certs.create());
        RedisServer::Options redis;
        redis.tlsCertFile = m_certs.serverCert();
        redis.tlsKeyFile = m_certs.serverKey();
        redis.tlsCaFile = m_certs.caCert();
        m_redis = std::make_unique<RedisServer>(redis);
        QVERIFY2(m_redis->start(), "redis-server did not start");
    }

    void init()
    {
        ++m_dbSerial;
        m_db = openDb();
        QVERIFY(m_db);
        CacheOptions options;
        options.keyPrefix = QByteArrayLiteral("pmtest");
        auto cache = createProductCache(cacheUrl(), m_clock, options);
        QVERIFY2(cache, qPrintable(cache ? QString() : cache.error().toString()));
        m_cache = std::move(cache.value());
        QVERIFY(m_cache->clear().ok());
        m_repo = std::make_unique<ProductRepository>(*m_db, m_clock);
        QVERIFY(m_repo->insertMany({fields(QStringLiteral("Apple"), 120),
                                    fields(QStringLiteral("Pear"), 99)})
                        .ok());
        m_sql.listQueries = 0;
        m_sql.total = 0;
        m_sql.attach(*m_db);
    }

    void cleanup()
    {
        m_repo.reset();
        m_cache.reset();
        m_db.reset();
    }

    void list_firstLoadMisses_secondHitsWithoutListQuery()
    {
        auto svc = service();
        ListLoadStats first;
        auto a = svc->list(&first);
        QVERIFY(a);
        QCOMPARE(a->size(), 2);
        QVERIFY(!first.hit);
        QCOMPARE(first.listQueries, 1);
        QCOMPARE(first.versionProbes, 1);
        QCOMPARE(first.cacheCalls, 2); // get (miss) + set

        m_sql.total = 0;
        m_sql.listQueries = 0;
        ListLoadStats second;
        auto b = svc->list(&second);
        QVERIFY(b);
        QVERIFY(second.hit);
        QCOMPARE(second.cacheCalls, 1); // get (hit)
        QCOMPARE(second.listQueries, 0);
        QCOMPARE(m_sql.listQueries.load(), 0);
        QCOMPARE(m_sql.total.load(), 1); // the O(1) version probe only
        QCOMPARE(b.value(), a.value());
        QCOMPARE(m_cache->stats().hits, quint64(1));
        QCOMPARE(m_cache->stats().misses, quint64(1));
    }

    void list_isCachedUnderTheTutorialKeyAtTheListVersion()
    {
        auto svc = service();
        ListLoadStats s;
        QVERIFY(svc->list(&s));
        QCOMPARE(m_cache->makeKey(ProductService::ListKey, Version(int(s.listVersion))),
                 QByteArray("pmtest:") + QByteArray::number(s.listVersion) + ":product_objects");
        QVERIFY(m_cache->hasKey(ProductService::ListKey, Version(int(s.listVersion))).value());
    }

    void newCatalogue_isCachedUnderTheTutorialsMadeKey()
    {
        ++m_dbSerial;
        auto freshDb = openDb();
        QVERIFY(freshDb);
        ProductRepository repo(*freshDb, m_clock);
        auto cache = createProductCache(QStringLiteral("memory://"), m_clock);
        QVERIFY(cache);
        ProductService svc(repo, *cache.value());
        QVERIFY(svc.list());
        auto keys = cache.value()->scan();
        QVERIFY(keys);
        QCOMPARE(keys->keys.size(), 1);
        QCOMPARE(keys->keys.first().key, QByteArray(":1:product_objects"));
    }

    void create_signalMechanism_invalidatesOnceAndNextLoadSeesIt()
    {
        auto svc = service(InvalidationMechanism::Signals);
        QVERIFY(svc->list());
        QSignalSpy spy(svc.get(), &ProductService::invalidated);
        auto created = svc->create(fields(QStringLiteral("Cherry"), 500));
        QVERIFY(created);
        QCOMPARE(spy.size(), 1);
        const auto record = spy.at(0).at(0).value<InvalidationRecord>();
        QCOMPARE(record.mechanism, QStringLiteral("signal"));
        QCOMPARE(record.write, QStringLiteral("create"));
        QCOMPARE(record.removed, 1);
        QVERIFY(!record.error);

        ListLoadStats s;
        auto after = svc->list(&s);
        QVERIFY(!s.hit);
        QCOMPARE(after->first().title, QStringLiteral("Cherry"));
    }

    void editAndDelete_hookMechanism_invalidateThroughHooks()
    {
        auto svc = service(InvalidationMechanism::LifecycleHooks);
        auto list = svc->list();
        QVERIFY(list);
        QSignalSpy spy(svc.get(), &ProductService::invalidated);
        const qint64 id = list->first().id;

        QVERIFY(svc->update(id, ProductChanges{QStringLiteral("Green apple"), std::nullopt}));
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).value<InvalidationRecord>().mechanism, QStringLiteral("hook"));
        QCOMPARE(spy.at(0).at(0).value<InvalidationRecord>().write, QStringLiteral("update"));
        auto edited = svc->list();
        QVERIFY(edited);
        QCOMPARE(edited.value(), databaseList());

        QVERIFY(svc->remove(id).value());
        QCOMPARE(spy.size(), 2);
        QCOMPARE(spy.at(1).at(0).value<InvalidationRecord>().mechanism, QStringLiteral("hook"));
        QCOMPARE(spy.at(1).at(0).value<InvalidationRecord>().write, QStringLiteral("delete"));
        QCOMPARE(svc->list()->size(), 1);
    }

    void hooks_beforeAndAfter_runInOrderForPerRowWrites()
    {
        QStringList seen;
        ProductHooks &hooks = m_repo->hooks();
        for (auto [moment, name] : {std::pair{LifecycleMoment::BeforeCreate, "before_create"},
                                    std::pair{LifecycleMoment::AfterCreate, "after_create"},
                                    std::pair{LifecycleMoment::BeforeSave, "before_save"},
                                    std::pair{LifecycleMoment::AfterSave, "after_save"},
                                    std::pair{LifecycleMoment::BeforeUpdate, "before_update"},
                                    std::pair{LifecycleMoment::AfterUpdate, "after_update"},
                                    std::pair{LifecycleMoment::BeforeDelete, "before_delete"},
                                    std::pair{LifecycleMoment::AfterDelete, "after_delete"}}) {
            const QString label = QString::fromLatin1(name);
            hooks.on(moment, [&seen, label](const Product &p) { seen << label + u':' + p.title; });
        }
        auto p = m_repo->create(fields(QStringLiteral("Kiwi"), 10));
        QVERIFY(p);
        QVERIFY(m_repo->update(p->id, ProductChanges{QStringLiteral("Gold kiwi"), std::nullopt}));
        QVERIFY(m_repo->remove(p->id).value());
        QCOMPARE(seen,
                 QStringList({"before_create:Kiwi", "before_save:Kiwi", "after_create:Kiwi",
                              "after_save:Kiwi", "before_update:Gold kiwi", "before_save:Gold kiwi",
                              "after_update:Gold kiwi", "after_save:Gold kiwi",
                              "before_delete:Gold kiwi", "after_delete:Gold kiwi"}));
        // A batch write bypasses per-row hooks, like QuerySet.update() in Django.
        seen.clear();
        const ProductList all = databaseList();
        QVERIFY(m_repo->bulkUpdate({all.at(0).id, all.at(1).id},
                                   ProductChanges{std::nullopt, Money(1)}));
        QVERIFY(seen.isEmpty());
        hooks.clear();
    }

    void batchWrites_invalidateOncePerBatch_data()
    {
        QTest::addColumn<QString>("write");
        QTest::addColumn<int>("mechanism");
        for (const char *write : {"bulk_update", "delete_many", "import", "seed", "undo"}) {
            QTest::addRow("%s/signals", write)
                    << QString::fromLatin1(write) << int(InvalidationMechanism::Signals);
            QTest::addRow("%s/hooks", write)
                    << QString::fromLatin1(write) << int(InvalidationMechanism::LifecycleHooks);
        }
    }

    void batchWrites_invalidateOncePerBatch()
    {
        QFETCH(QString, write);
        QFETCH(int, mechanism);
        auto svc = service(InvalidationMechanism(mechanism));
        QVERIFY(svc->insertMany({fields(QStringLiteral("A"), 1), fields(QStringLiteral("B"), 2),
                                 fields(QStringLiteral("C"), 3)},
                                QStringLiteral("seed")));
        const ProductList before = svc->list().value();
        QSignalSpy spy(svc.get(), &ProductService::invalidated);
        const QList<qint64> ids{before.at(0).id, before.at(1).id, before.at(2).id};
        if (write == QLatin1String("bulk_update")) {
            QCOMPARE(svc->bulkUpdate(ids, ProductChanges{std::nullopt, Money(4242)}).value(), 3);
        } else if (write == QLatin1String("delete_many")) {
            QCOMPARE(svc->removeMany(ids).value(), 3);
        } else if (write == QLatin1String("undo")) {
            QCOMPARE(svc->removeMany(ids).value(), 3);
            spy.clear();
            QCOMPARE(svc->restore(before.mid(0, 3)).value(), 3);
        } else {
            QList<ProductFields> rows;
            for (int i = 0; i < 50; ++i)
                rows << fields(QStringLiteral("Row %1").arg(i), i);
            QCOMPARE(svc->insertMany(rows, write).value(), 50);
        }
        QCOMPARE(spy.size(), 1); // once per batch, not once per row
        const auto record = spy.at(0).at(0).value<InvalidationRecord>();
        QCOMPARE(record.mechanism, QStringLiteral("batch"));
        QCOMPARE(record.write, write);
        QCOMPARE(record.removed, write == QLatin1String("undo") ? 0 : 1);

        ListLoadStats s;
        auto after = svc->list(&s);
        QVERIFY(!s.hit);
        QCOMPARE(after.value(), databaseList());
    }

    void invalidateButton_removesTheListKey_nextLoadIsOneMissOneSetOneQuery()
    {
        auto svc = service();
        QVERIFY(svc->list());
        QVERIFY(svc->invalidateCache().value());
        m_cache->resetStats();
        m_sql.listQueries = 0;
        ListLoadStats s;
        QVERIFY(svc->list(&s));
        QVERIFY(!s.hit);
        QCOMPARE(m_cache->stats()[CacheOp::Get].misses, quint64(1));
        QCOMPARE(m_cache->stats()[CacheOp::Set].calls, quint64(1));
        QCOMPARE(m_sql.listQueries.load(), 1);
        // Nothing cached any more: the button reports that nothing was removed.
        QVERIFY(svc->invalidateCache().ok());
        QVERIFY(!svc->invalidateCache().value());
    }

    /// The tutorial's bulk update deletes the key BEFORE its UPDATE. A reader that misses in
    /// between re-caches the old rows under the same key, and every later reader sees them.
    /// Reproduced deterministically with the plain key, then shown closed by our ordering.
    void staleFillRace_tutorialOrderingIsStale_oursIsNot()
    {
        const QString plainKey = QStringLiteral("tutorial_product_objects");
        const ProductList initial = databaseList();
        const QList<qint64> ids{initial.at(0).id};
        // Tutorial: reader misses, reads the rows; writer deletes the key, then updates;
        // reader stores what it read.
        QVERIFY(m_cache->get(plainKey)->has_value() == false);
        const ProductList readerRows = databaseList();
        QVERIFY(m_cache->remove(plainKey).ok());
        QVERIFY(m_repo->bulkUpdate(ids, ProductChanges{QStringLiteral("Renamed"), std::nullopt}));
        QVERIFY(m_cache->set(plainKey, QVariant::fromValue(CachedProductList{0, 0, readerRows}))
                        .ok());
        const auto tutorialView
                = m_cache->get(plainKey).value()->value<CachedProductList>().products;
        QVERIFY2(tutorialView != databaseList(), "the tutorial ordering should serve stale rows");

        // Ours: the same interleaving, the write landing between the reader's query and fill.
        auto svc = service();
        svc->setFillInterleaveForTest([this, &ids] {
            QVERIFY(m_repo->bulkUpdate(
                    ids, ProductChanges{QStringLiteral("Renamed again"), std::nullopt}));
        });
        QVERIFY(svc->list()); // this fill stores the pre-write rows under the old version
        svc->setFillInterleaveForTest({});
        auto seen = svc->list();
        QVERIFY(seen);
        QCOMPARE(seen->first().title, QStringLiteral("Renamed again"));
        QCOMPARE(seen.value(), databaseList());
    }

    void lateFillOrLostDelete_cannotServeAStaleList()
    {
        auto svc = service();
        const ProductList old = svc->list().value();
        // Another instance writes and its delete never reaches us; we even re-plant the old
        // list under the old version, as a Redis restarted from an old snapshot would.
        auto other = std::make_unique<ProductRepository>(*m_db, m_clock);
        QVERIFY(other->create(fields(QStringLiteral("From elsewhere"), 700)));
        const qint64 oldVersion = m_repo->listVersion().value() - 1;
        const CachedProductList planted{m_repo->catalogueId().value(), oldVersion, old};
        QVERIFY(m_cache->set(ProductService::ListKey, QVariant::fromValue(planted), Timeout(),
                             Version(int(oldVersion)))
                        .ok());
        auto now = svc->list();
        QVERIFY(now);
        QCOMPARE(now->first().title, QStringLiteral("From elsewhere"));
    }

    void twoCataloguesSharingOneCache_neverServeEachOthersList()
    {
        // Two new databases have equal list versions: the made key is the same.
        auto svc = service();
        QVERIFY(svc->list());
        ++m_dbSerial;
        auto otherDb = openDb();
        QVERIFY(otherDb);
        ProductRepository otherRepo(*otherDb, m_clock);
        QVERIFY(otherRepo.insertMany(
                {fields(QStringLiteral("Only in B"), 1), fields(QStringLiteral("Also in B"), 2)}));
        QCOMPARE(otherRepo.listVersion().value(), m_repo->listVersion().value());
        QVERIFY(otherRepo.catalogueId().value() != m_repo->catalogueId().value());
        ProductService otherService(otherRepo, *m_cache);
        ListLoadStats s;
        auto rows = otherService.list(&s);
        QVERIFY(rows);
        QVERIFY(!s.hit);
        QCOMPARE(rows->first().title, QStringLiteral("Also in B"));
        QCOMPARE(rows.value(), otherRepo.list().value());
    }

    void restoredBackup_reachingAnOldVersionAgain_isNeverServedTheOldList_data()
    {
        QTest::addColumn<bool>("paged");
        QTest::newRow("one value") << false;
        QTest::newRow("paged") << true;
    }
    void restoredBackup_reachingAnOldVersionAgain_isNeverServedTheOldList()
    {
        QFETCH(bool, paged);
        auto svc = service();
        if (paged)
            svc->setListPaging(ListPaging::Always, 1);
        QVERIFY(svc->create(fields(QStringLiteral("Before the backup"), 100)).ok());
        const QString backup = m_dir.filePath(QStringLiteral("backup-%1.db").arg(m_dbSerial));
        QVERIFY(m_db->exec(QStringLiteral("VACUUM INTO ?"), {backup}).ok());
        const qint64 backupVersion = m_repo->listVersion().value();

        // History A: three writes after the backup, and the list cached at that version.
        for (const char *title : {"A1", "A2", "A3"})
            QVERIFY(svc->create(fields(QString::fromLatin1(title), 1)).ok());
        ListLoadStats filled;
        QVERIFY(svc->list(&filled).ok());
        QVERIFY(svc->list(&filled).ok());
        QVERIFY(filled.hit);
        const qint64 versionA = filled.listVersion;
        QCOMPARE(versionA, backupVersion + 3);

        // The backup is restored (the cache is not told), and history B reaches the same
        // version number with other rows.
        svc.reset();
        m_repo.reset();
        m_db.reset();
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(dbPath() + QLatin1String(suffix));
        QVERIFY(QFile::copy(backup, dbPath()));
        m_db = openDb();
        QVERIFY(m_db);
        m_repo = std::make_unique<ProductRepository>(*m_db, m_clock);
        QCOMPARE(m_repo->listVersion().value(), backupVersion);
        svc = service();
        if (paged)
            svc->setListPaging(ListPaging::Always, 1);
        svc->setDropInvalidationsForTest(true); // the old key must not be deleted by luck
        for (const char *title : {"B1", "B2", "B3"})
            QVERIFY(svc->create(fields(QString::fromLatin1(title), 2)).ok());
        QCOMPARE(m_repo->listVersion().value(), versionA);

        ListLoadStats after;
        auto rows = svc->list(&after);
        QVERIFY(rows);
        QVERIFY2(!after.hit, "the list cached for the history before the restore was served");
        QCOMPARE(rows->first().title, QStringLiteral("B3"));
        QCOMPARE(rows.value(), databaseList());
        // Refilled for the restored history: the next load hits with its rows.
        ListLoadStats again;
        QCOMPARE(svc->list(&again).value(), databaseList());
        QVERIFY(again.hit);
    }

    void deadCache_listComesFromDatabase_andFailureIsReported()
    {
        CacheOptions options;
        options.readErrorsAreMisses = false; // as createProductCache() sets it
        Cache dead(std::make_unique<DeadBackend>(), options);
        ProductService svc(*m_repo, dead);
        QSignalSpy failures(&svc, &ProductService::cacheFailed);
        ListLoadStats s;
        auto rows = svc.list(&s);
        QVERIFY(rows);
        QCOMPARE(rows.value(), databaseList());
        QVERIFY(s.fromDatabaseBecauseCacheFailed);
        QVERIFY(!failures.isEmpty());
        QCOMPARE(failures.first().first().value<Error>().kind, ErrorKind::Unavailable);

        // A failed invalidation is never silent: the record carries the error.
        QSignalSpy records(&svc, &ProductService::invalidated);
        QVERIFY(svc.create(fields(QStringLiteral("Still saved"), 1)));
        QCOMPARE(records.size(), 1);
        QVERIFY(records.first().first().value<InvalidationRecord>().error.has_value());
        QCOMPARE(databaseList().first().title, QStringLiteral("Still saved"));
    }

    void foreignValueUnderTheListKey_isAMiss()
    {
        auto svc = service();
        const qint64 v = m_repo->listVersion().value();
        QVERIFY(m_cache->set(ProductService::ListKey, QStringLiteral("not a list"), Timeout(),
                             Version(int(v)))
                        .ok());
        ListLoadStats s;
        auto rows = svc->list(&s);
        QVERIFY(rows);
        QVERIFY(!s.hit);
        QCOMPARE(rows.value(), databaseList());
    }

    void concurrentMisses_runTheListQueryOnce()
    {
        ListSingleFlight flight;
        ProductService first(*m_repo, *m_cache, InvalidationMechanism::Signals, &flight);
        QSemaphore release(0);
        first.setFillInterleaveForTest([&release] { release.acquire(); });

        // The second reader has its own connection and thread, as a worker would.
        SqlCounter secondSql;
        std::optional<Result<ProductList>> secondResult;
        std::unique_ptr<QThread> thread(QThread::create([&] {
            auto db = openDb();
            secondSql.attach(*db);
            ProductRepository repo(*db, m_clock);
            ProductService second(repo, *m_cache, InvalidationMechanism::Signals, &flight);
            secondResult = second.list();
        }));
        std::optional<Result<ProductList>> firstResult;
        std::unique_ptr<QThread> firstThread(QThread::create([&] { firstResult = first.list(); }));
        firstThread->start();
        QTRY_COMPARE(flight.inFlight(), 1);
        thread->start();
        QTRY_COMPARE(flight.waiting(), 1);
        release.release();
        QVERIFY(firstThread->wait(10000));
        QVERIFY(thread->wait(10000));
        QVERIFY(firstResult && firstResult->ok());
        QVERIFY(secondResult && secondResult->ok());
        QCOMPARE(secondResult->value(), firstResult->value());
        QCOMPARE(m_sql.listQueries.load() + secondSql.listQueries.load(), 1);
    }

    void productListCodec_roundTripsAndRejectsTruncation()
    {
        ProductList list = databaseList();
        list.append(Product{99, QStringLiteral("Smörgåsbord \U0001F600"), Money(123456), 5, 6});
        const QByteArray bytes = ProductListCodec::encode(list);
        QCOMPARE(ProductListCodec::decode(bytes).value(), list);
        for (int cut = 0; cut < bytes.size(); ++cut)
            QVERIFY(!ProductListCodec::decode(bytes.left(cut)).ok());
        QVERIFY(!ProductListCodec::decode(bytes + 'x').ok());
    }

    // --- Paged lists (docs/architecture.md): a large list cached as a manifest plus pages.

    /// Seeds 25,000 more products and fills the paged cache (1,000 per page: 26 pages).
    ProductList fillPaged(ProductService &svc, ListLoadStats *fill)
    {
        if (!m_repo->insertMany(ProductSeeder::generate(25'000)).ok())
            return {};
        svc.setListPaging(ListPaging::Always, 1000);
        auto a = svc.list(fill);
        return a ? a.value() : ProductList();
    }

    void pagedList_roundTrip_hitsWithEveryPageAndNoListQuery()
    {
        auto svc = service();
        ListLoadStats fill;
        const ProductList filled = fillPaged(*svc, &fill);
        const ProductList expected = databaseList();
        QCOMPARE(expected.size(), 25'002);
        QCOMPARE(filled, expected);
        QVERIFY(!fill.hit);
        QCOMPARE(fill.pages, 26);
        QVERIFY(m_cache->hasKey(ProductService::pageKey(25), Version(int(fill.listVersion)))
                        .value());
        m_sql.listQueries = 0;
        ListLoadStats hit;
        auto b = svc->list(&hit);
        QVERIFY(b);
        QVERIFY(hit.hit);
        QCOMPARE(hit.pages, 26);
        QCOMPARE(hit.cacheCalls, 3); // the manifest, then 16 + 10 pages in two getMany
        QCOMPARE(m_sql.listQueries.load(), 0);
        QCOMPARE(b.value(), expected);
    }

    void list_observer_missStreamsTheFirstRows_hitRunsNoListQueryAndSendsNone()
    {
        m_clock.advanceMs(1000); // newer than the two rows of init()
        QCOMPARE(m_repo->insertMany(ProductSeeder::generate(1000)).value(), 1000);
        auto svc = service();
        QList<Product> firsts;
        QList<std::pair<qint64, qint64>> progress;
        ListReadObserver observer;
        observer.progressEvery = 400;
        observer.firstRows = [&firsts](const QList<Product> &rows) {
            firsts += rows;
        };
        observer.progress = [&progress](qint64 done, qint64 total) {
            progress << std::make_pair(done, total);
        };
        ListLoadStats miss;
        auto a = svc->list(&miss, &observer);
        QVERIFY(a);
        QVERIFY(!miss.hit);
        QCOMPARE(a->size(), 1002);
        QCOMPARE(firsts, a->mid(0, 200)); // newest first, as the whole list
        QCOMPARE(progress, (QList<std::pair<qint64, qint64>>{{400, -1}, {800, -1}, {1002, 1002}}));

        // A hit: only the O(1) probe, no list query, no first rows, no progress.
        firsts.clear();
        progress.clear();
        m_sql.total = 0;
        m_sql.listQueries = 0;
        ListLoadStats hit;
        auto b = svc->list(&hit, &observer);
        QVERIFY(b);
        QVERIFY(hit.hit);
        QCOMPARE(m_sql.listQueries.load(), 0);
        QCOMPARE(m_sql.total.load(), 1);
        QVERIFY(firsts.isEmpty());
        QVERIFY(progress.isEmpty());
        QCOMPARE(b.value(), a.value());
    }

    void pagedList_hit_reportsThePagesDecodedAgainstTheKnownTotal()
    {
        auto svc = service();
        ListLoadStats fill;
        const ProductList filled = fillPaged(*svc, &fill);
        QCOMPARE(filled.size(), 25'002);
        QList<std::pair<qint64, qint64>> progress;
        int firsts = 0;
        ListReadObserver observer;
        observer.firstRows = [&firsts](const QList<Product> &) {
            ++firsts;
        };
        observer.progress = [&progress](qint64 done, qint64 total) {
            progress << std::make_pair(done, total);
        };
        m_sql.listQueries = 0;
        ListLoadStats hit;
        auto b = svc->list(&hit, &observer);
        QVERIFY(b);
        QVERIFY(hit.hit);
        QCOMPARE(m_sql.listQueries.load(), 0);
        QCOMPARE(firsts, 0);
        // Two getMany calls (16 + 10 pages of 1000): the total is the manifest's count.
        QCOMPARE(progress, (QList<std::pair<qint64, qint64>>{{16'000, 25'002}, {25'002, 25'002}}));
    }

    void pagedList_missingPage_isAWholeMissServedFromTheDatabase()
    {
        auto svc = service();
        ListLoadStats fill;
        fillPaged(*svc, &fill);
        const Version v(int(fill.listVersion));
        QVERIFY(m_cache->remove(ProductService::pageKey(7), v).value());
        m_sql.listQueries = 0;
        ListLoadStats miss;
        auto b = svc->list(&miss);
        QVERIFY(b);
        QVERIFY(!miss.hit);
        QCOMPARE(m_sql.listQueries.load(), 1);
        QCOMPARE(b.value(), databaseList()); // never a partial list
        ListLoadStats again;
        QVERIFY(svc->list(&again).ok());
        QVERIFY(again.hit); // refilled
    }

    void pagedList_corruptOrForeignPage_isAWholeMiss_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("not a list") << 0;
        QTest::newRow("short page") << 1;
        QTest::newRow("another version") << 2;
    }
    void pagedList_corruptOrForeignPage_isAWholeMiss()
    {
        QFETCH(int, kind);
        auto svc = service();
        ListLoadStats fill;
        const ProductList expected = fillPaged(*svc, &fill);
        const Version v(int(fill.listVersion));
        QVariant bad = QStringLiteral("garbage");
        if (kind > 0) {
            auto page = m_cache->get(ProductService::pageKey(3), v).value();
            QVERIFY(page && page->canConvert<CachedProductList>());
            auto list = page->value<CachedProductList>();
            if (kind == 1)
                list.products.removeLast();
            else
                list.listVersion += 1;
            bad = QVariant::fromValue(list);
        }
        QVERIFY(m_cache->set(ProductService::pageKey(3), bad, Timeout(), v).ok());
        m_sql.listQueries = 0;
        ListLoadStats miss;
        auto b = svc->list(&miss);
        QVERIFY(b);
        QVERIFY(!miss.hit);
        QCOMPARE(m_sql.listQueries.load(), 1);
        QCOMPARE(b.value(), expected);
    }

    void pagedList_invalidateButton_removesTheManifestAndEveryPage()
    {
        auto svc = service();
        ListLoadStats fill;
        fillPaged(*svc, &fill);
        const Version v(int(fill.listVersion));
        auto removed = svc->invalidateCache();
        QVERIFY(removed.ok() && removed.value());
        QVERIFY(!m_cache->hasKey(ProductService::ListKey, v).value());
        for (int i = 0; i < 26; ++i)
            QVERIFY(!m_cache->hasKey(ProductService::pageKey(i), v).value());
    }

    void pagedList_write_isSeenAndFreesTheOldPages()
    {
        auto svc = service();
        ListLoadStats fill;
        const ProductList before = fillPaged(*svc, &fill);
        QVERIFY(svc->create(fields(QStringLiteral("Brand new"), 5)).ok());
        QVERIFY(!m_cache->hasKey(ProductService::pageKey(0), Version(int(fill.listVersion)))
                         .value());
        ListLoadStats after;
        auto b = svc->list(&after);
        QVERIFY(b);
        QVERIFY(!after.hit);
        QCOMPARE(b->size(), before.size() + 1);
        QCOMPARE(b.value(), databaseList());
    }

    void productListCodec_manifest_roundTripsAndRejectsInconsistentPages()
    {
        ValueCodec codec;
        ProductListCodec::registerWith(codec);
        CachedProductListManifest m{7, 3, 2500, 1000, 3, 42};
        auto bytes = codec.encode(QVariant::fromValue(m));
        QVERIFY(bytes);
        auto back = codec.decode(bytes.value());
        QVERIFY(back && back->canConvert<CachedProductListManifest>());
        const auto d = back->value<CachedProductListManifest>();
        QCOMPARE(d.count, qint64(2500));
        QCOMPARE(d.pageCount, 3);
        QCOMPARE(d.fillId, quint64(42));
        m.pageCount = 2; // does not cover 2,500 products
        QVERIFY(!codec.decode(codec.encode(QVariant::fromValue(m)).value()).ok());
    }

    void productListCodec_decodedTitles_behaveAsOwnedStrings()
    {
        // The decoder puts every title in one shared block: each must still act as its own
        // string (NUL-terminated, detaching on change, surviving the others).
        ProductList list;
        for (int i = 0; i < 50; ++i)
            list.append(Product{i + 1, QStringLiteral("Title %1").arg(i), Money(i), i, i});
        auto decoded = ProductListCodec::decode(ProductListCodec::encode(list));
        QVERIFY(decoded.ok());
        ProductList products = decoded.value();
        decoded = Error(ErrorKind::Internal, QStringLiteral("dropped"));
        for (int i = 0; i < products.size(); ++i) {
            QCOMPARE(products[i].title, list[i].title);
            const char16_t *raw = reinterpret_cast<const char16_t *>(products[i].title.utf16());
            QCOMPARE(raw[products[i].title.size()], u'\0');
        }
        products[3].title.append(QStringLiteral(" changed"));
        products[4].title[0] = QLatin1Char('X');
        QCOMPARE(products[3].title, QStringLiteral("Title 3 changed"));
        QCOMPARE(products[4].title, QStringLiteral("Xitle 4"));
        QCOMPARE(products[2].title, QStringLiteral("Title 2"));
        QCOMPARE(products[5].title, QStringLiteral("Title 5"));
        // Keep one title alive past the list, then grow it: its neighbours are gone.
        QString survivor = products[10].title;
        products.clear();
        QCOMPARE(survivor, QStringLiteral("Title 10"));
        survivor.append(QString(300, QLatin1Char('y')));
        QCOMPARE(survivor.size(), 308);
        QVERIFY(survivor.startsWith(QStringLiteral("Title 10y")));
    }

    void productListCodec_titleClaimingLaterProductsBytes_isCorrupt()
    {
        ProductList list;
        list.append(Product{1, QString(100, QLatin1Char('a')), Money(1), 1, 1});
        list.append(Product{2, QStringLiteral("b"), Money(2), 2, 2});
        QByteArray bytes = ProductListCodec::encode(list);
        // The first title's length now covers the second product's fixed fields.
        const quint32 units = 100 + 18;
        std::memcpy(bytes.data() + 4 + 32, &units, 4);
        QVERIFY(!ProductListCodec::decode(bytes).ok());
    }

    // --- Hostile or odd values under the list keys.

    void pagedList_forgedManifest_isAMiss_andInvalidationNamesOnlyVerifiedPages_data()
    {
        QTest::addColumn<qint64>("count");
        QTest::addColumn<int>("pageSize");
        QTest::addColumn<int>("pageCount");
        // Consistent arithmetic but 2^31-1 pages: once believed, the next write built 2^31
        // keys (and deduplicated them in O(n²)), and the hit reserved 2^31 products.
        QTest::newRow("2^31-1 pages")
                << qint64(std::numeric_limits<int>::max()) << 1 << std::numeric_limits<int>::max();
        // Within the limits, but no page exists.
        QTest::newRow("4096 pages, none stored") << qint64(4096) * 1000 << 1000 << 4096;
    }
    void pagedList_forgedManifest_isAMiss_andInvalidationNamesOnlyVerifiedPages()
    {
        QFETCH(qint64, count);
        QFETCH(int, pageSize);
        QFETCH(int, pageCount);
        auto svc = service();
        svc->setListPaging(ListPaging::Always, 1);
        const qint64 version = m_repo->listVersion().value();
        CachedProductListManifest forged;
        forged.catalogueId = m_repo->catalogueId().value();
        forged.listVersion = version;
        forged.count = count;
        forged.pageSize = pageSize;
        forged.pageCount = pageCount;
        forged.fillId = 1;
        forged.listStamp = m_repo->listState().value().stamp; // the real state: only pages can tell
        QVERIFY(m_cache->set(ProductService::ListKey, QVariant::fromValue(forged), Timeout(),
                             Version(int(version)))
                        .ok());
        ListLoadStats miss;
        auto a = svc->list(&miss);
        QVERIFY(a);
        QVERIFY(!miss.hit);
        QCOMPARE(a.value(), databaseList());

        // The fill replaced the forged manifest with a real paged list (2 pages): the write's
        // invalidation removes exactly those, never a count from the forged manifest.
        DeleteKeys deletes;
        m_cache->addObserver(&deletes);
        QVERIFY(svc->create(fields(QStringLiteral("Cherry"), 500)).ok());
        m_cache->removeObserver(&deletes);
        QCOMPARE(deletes.calls.size(), 1);
        QCOMPARE(deletes.calls.first(),
                 (QStringList{ProductService::ListKey, ProductService::pageKey(0),
                              ProductService::pageKey(1)}));
    }

    void pagedList_forgedManifestOverNoFill_invalidationRemovesOnlyTheListKey()
    {
        // The same forged manifest read by a service that then does not fill (the cache read
        // of the pages answers a miss): its invalidation must not name any page.
        auto svc = service();
        svc->setListPaging(ListPaging::Always, 1);
        const qint64 version = m_repo->listVersion().value();
        CachedProductListManifest forged{
                m_repo->catalogueId().value(),    version, 4096, 1, 4096, 1,
                m_repo->listState().value().stamp};
        QVERIFY(m_cache->set(ProductService::ListKey, QVariant::fromValue(forged), Timeout(),
                             Version(int(version)))
                        .ok());
        svc->setListPaging(ListPaging::Never); // the miss fills one value, no pages
        ListLoadStats miss;
        QVERIFY(svc->list(&miss));
        QVERIFY(!miss.hit);
        QVERIFY(miss.rejectedPagedList);
        QCOMPARE(svc->rejectedPagedLists(), quint64(1));
        DeleteKeys deletes;
        m_cache->addObserver(&deletes);
        QVERIFY(svc->create(fields(QStringLiteral("Cherry"), 500)).ok());
        m_cache->removeObserver(&deletes);
        QCOMPARE(deletes.calls.size(), 1);
        QCOMPARE(deletes.calls.first(), QStringList{ProductService::ListKey});
    }

    void cache_removeMany_deduplicatesALongKeyListFast()
    {
        // 200,000 keys, every one twice: a linear contains() per key took minutes. The
        // deduplication is the Cache front end's, whatever the backend: a memory one here.
        auto cache = createProductCache(QStringLiteral("memory://"), m_clock);
        QVERIFY(cache);
        QStringList keys;
        keys.reserve(400'000);
        for (int i = 0; i < 200'000; ++i)
            keys << QStringLiteral("k%1").arg(i) << QStringLiteral("k%1").arg(i);
        QVERIFY(cache.value()->set(QStringLiteral("k7"), 1).ok());
        QElapsedTimer timer;
        timer.start();
        auto removed = cache.value()->removeMany(keys);
        QVERIFY2(removed, qPrintable(removed ? QString() : removed.error().toString()));
        QCOMPARE(removed.value(), 1);
        QVERIFY2(timer.elapsed() < 20'000, qPrintable(QString::number(timer.elapsed())));
    }

    void pagedList_pagesOfAnotherFill_areAMiss_thenRefilled()
    {
        // Fill A stores its pages and manifest; fill B (another instance, same version)
        // overwrites the pages; A's manifest is what a reader then finds. Joining them could
        // duplicate or drop rows: a miss, counted, served from the database and refilled.
        auto svcA = service();
        ListLoadStats fillA;
        const ProductList expected = fillPaged(*svcA, &fillA);
        QCOMPARE(fillA.pages, 26);
        const Version v(int(fillA.listVersion));
        const auto manifestA = m_cache->get(ProductService::ListKey, v).value();
        QVERIFY(manifestA && manifestA->canConvert<CachedProductListManifest>());
        QVERIFY(m_cache->remove(ProductService::ListKey, v).value());

        auto svcB = service();
        svcB->setListPaging(ListPaging::Always, 1000);
        ListLoadStats fillB;
        QVERIFY(svcB->list(&fillB));
        QVERIFY(!fillB.hit);
        QCOMPARE(fillB.pages, 26);
        QVERIFY(m_cache->set(ProductService::ListKey, *manifestA, Timeout(), v).ok());

        m_sql.listQueries = 0;
        ListLoadStats miss;
        auto b = svcA->list(&miss);
        QVERIFY(b);
        QVERIFY(!miss.hit);
        QVERIFY(miss.rejectedPagedList);
        QCOMPARE(svcA->rejectedPagedLists(), quint64(1));
        QCOMPARE(m_sql.listQueries.load(), 1);
        QCOMPARE(b.value(), expected);

        ListLoadStats again;
        auto c = svcA->list(&again);
        QVERIFY(c);
        QVERIFY(again.hit);
        QCOMPARE(c.value(), expected);
    }

    void titleLongerThanTheAppAllows_writtenByAnotherTool_isCachedAndHits()
    {
        // Another tool wrote a 300-character title before the schema had a title rule (the
        // trigger is dropped to get it in, as an older schema would have let it). The codec
        // capped titles at the app's 200: every Redis load was a corrupt miss, forever.
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER products_title_insert")));
        const QString title(300, QLatin1Char('L'));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO products (title, price_cents, created_ms, "
                                      "updated_ms) VALUES ('%1', 1, 1, 1)")
                               .arg(title)));
        QVERIFY(q.exec(QStringLiteral("UPDATE meta SET value = value + 1 WHERE key = "
                                      "'list_version'")));
        q.finish();
        auto svc = service();
        ListLoadStats first;
        auto a = svc->list(&first);
        QVERIFY(a);
        QVERIFY(!first.hit);
        QCOMPARE(a->size(), 3);
        QVERIFY(std::any_of(a->cbegin(), a->cend(),
                            [&](const Product &p) { return p.title == title; }));
        const quint64 decodeFailures = m_cache->stats().decodeFailures;
        ListLoadStats second;
        auto b = svc->list(&second);
        QVERIFY(b);
        QVERIFY(second.hit);
        QCOMPARE(m_cache->stats().decodeFailures, decodeFailures);
        QCOMPARE(b.value(), a.value());
    }
};

QTEST_GUILESS_MAIN(TestProductService)
#include "tst_productservice.moc"
