// The cache inspector's core (docs/user-guide.md): namespace listing with paging and a glob,
// decoded previews, key actions, the scoped clear and the consistency check. Runs on both cache
// backends: memory, and a real redis-server started by the test.
#include "cache/cache.h"
#include "core/clock.h"
#include "db/database.h"
#include "diagnostics/cacheinspector.h"
#include "products/productcache.h"
#include "products/productlistcodec.h"
#include "products/productrepository.h"
#include "products/productschema.h"
#include "products/productservice.h"
#include "redisserver.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace pm;
using namespace pm::test;

class TestCacheInspector : public QObject
{
    Q_OBJECT

    std::unique_ptr<RedisServer> m_redis;
    QTemporaryDir m_dir;
    ManualClock m_clock{1'700'000'000'000};
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Cache> m_cache;
    std::unique_ptr<ProductRepository> m_repo;
    int m_serial = 0;

    bool isRedis() const
    {
        QFETCH_GLOBAL(QString, backend);
        return backend == QLatin1String("redis");
    }

    QByteArray made(const QString &key, int version = 1) const
    {
        return m_cache->makeKey(key, Version(version));
    }

private slots:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("memory") << QStringLiteral("memory");
        QTest::newRow("redis") << QStringLiteral("redis");
    }

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_redis = std::make_unique<RedisServer>();
        QVERIFY2(m_redis->start(), "redis-server did not start");
    }

    void init()
    {
        ++m_serial;
        auto config
                = DatabaseConfig::fromUrl(QStringLiteral("sqlite://")
                                          + m_dir.filePath(QStringLiteral("p%1.db").arg(m_serial)));
        QVERIFY(config);
        auto db = ProductSchema::open(config.value());
        QVERIFY(db);
        m_db = std::move(db.value());
        CacheOptions options;
        options.keyPrefix = QByteArrayLiteral("pmtest");
        // memory: room for the paging test's keys.
        const QString url
                = isRedis() ? m_redis->unixUrl(3) : QStringLiteral("memory://?max_entries=1000");
        auto cache = createProductCache(url, m_clock, options);
        QVERIFY2(cache, qPrintable(cache ? QString() : cache.error().toString()));
        m_cache = std::move(cache.value());
        QVERIFY(m_cache->clear().ok());
        m_repo = std::make_unique<ProductRepository>(*m_db, m_clock);
        QVERIFY(m_repo->insertMany({ProductFields{QStringLiteral("Apple"), Money(120)},
                                    ProductFields{QStringLiteral("Pear"), Money(99)},
                                    ProductFields{QStringLiteral("Plum"), Money(250)}})
                        .ok());
    }

    void cleanup()
    {
        m_repo.reset();
        m_cache.reset();
        m_db.reset();
    }

    void scan_moreKeysThanAPage_pagesAndLoadAllSeesEveryKeyOfOurNamespaceOnly()
    {
        constexpr int Keys = 250;
        QList<QPair<QString, QVariant>> items;
        for (int i = 0; i < Keys; ++i)
            items.append({QStringLiteral("k%1").arg(i, 3, 10, QLatin1Char('0')), i});
        QVERIFY(m_cache->setMany(items).value().isEmpty());
        if (isRedis()) // a key of somebody else, outside our prefix
            QCOMPARE(m_redis->command(QStringList{"SET", "other:1:k001", "x"}, 3), "OK");

        CacheInspector inspector(*m_cache);
        auto first = inspector.scan({}, 50);
        QVERIFY(first);
        QVERIFY2(!first->cursor.isEmpty(), "250 keys cannot fit one page of 50");
        QVERIFY(first->keys.size() < Keys);
        QSet<QByteArray> seen;
        int pages = 0;
        QByteArray cursor;
        do {
            auto page = inspector.scan(cursor, 50);
            QVERIFY(page);
            for (const InspectorKey &k : std::as_const(page->keys))
                seen.insert(k.key);
            cursor = page->cursor;
            ++pages;
        } while (!cursor.isEmpty() && pages < 1000);
        QVERIFY(pages > 1);
        QCOMPARE(seen.size(), Keys);

        auto all = inspector.scanAll();
        QVERIFY(all);
        QVERIFY(all->cursor.isEmpty());
        QSet<QByteArray> everything;
        for (const InspectorKey &k : std::as_const(all->keys)) {
            everything.insert(k.key);
            QVERIFY(k.key.startsWith("pmtest:1:"));
            QCOMPARE(k.version, 1);
            QCOMPARE(k.type, QStringLiteral("int"));
            QVERIFY(k.sizeBytes > 0);
        }
        QCOMPARE(everything.size(), Keys);
        QVERIFY(everything.contains(made(QStringLiteral("k042"))));
    }

    void scanAll_tenThousandKeys_walksThemAllInPages()
    {
        // Also a figure for the report: how long "Load all" takes over a big namespace.
        constexpr int Keys = 10'000;
        if (!isRedis()) // the memory backend's LRU holds at most max_entries
            m_cache = createProductCache(QStringLiteral("memory://?max_entries=20000"), m_clock,
                                         m_cache->options())
                              .value();
        QList<QPair<QString, QVariant>> items;
        for (int i = 0; i < Keys; ++i)
            items.append({QStringLiteral("bulk:%1").arg(i), i});
        QVERIFY(m_cache->setMany(items).value().isEmpty());
        CacheInspector inspector(*m_cache);
        QElapsedTimer timer;
        timer.start();
        auto all = inspector.scanAll();
        const qint64 ms = timer.elapsed();
        QVERIFY(all);
        QSet<QByteArray> unique;
        for (const InspectorKey &k : std::as_const(all->keys))
            unique.insert(k.key);
        QCOMPARE(unique.size(), Keys);
        timer.restart();
        auto glob = inspector.scanAll(QStringLiteral("bulk:99*"));
        const qint64 globMs = timer.elapsed();
        QVERIFY(glob);
        QCOMPARE(glob->keys.size(), 111); // 99, 990 … 999, 9900 … 9999
        qInfo("load all of %d keys: %lld ms; with a glob: %lld ms", Keys, ms, globMs);
    }

    void preview_tenThousandProductList_decodes()
    {
        QList<ProductFields> rows;
        for (int i = 0; i < 10'000; ++i)
            rows.append(ProductFields{QStringLiteral("Product %1").arg(i), Money(100 + i)});
        QVERIFY(m_repo->insertMany(rows).ok());
        ProductService service(*m_repo, *m_cache);
        ListLoadStats stats;
        QVERIFY(service.list(&stats));
        QElapsedTimer timer;
        timer.start();
        auto preview = CacheInspector(*m_cache).preview(
                made(ProductService::ListKey, int(stats.listVersion)));
        const qint64 previewMs = timer.elapsed();
        QVERIFY(preview);
        QCOMPARE(preview->products.size(), 10'003);
        timer.restart();
        auto report = CacheInspector(*m_cache, m_repo.get()).checkConsistency();
        const qint64 checkMs = timer.elapsed();
        QVERIFY(report);
        QVERIFY(report->isConsistent());
        qInfo("preview of a 10,003-product list: %lld ms; consistency check: %lld ms", previewMs,
              checkMs);
    }

    void scan_glob_filtersByTheCallersKey()
    {
        for (const char *key : {"apple", "apricot", "banana", "cherry"})
            QVERIFY(m_cache->set(QString::fromLatin1(key), 1).ok());
        CacheInspector inspector(*m_cache);
        auto page = inspector.scanAll(QStringLiteral("ap*"));
        QVERIFY(page);
        QStringList keys;
        for (const InspectorKey &k : std::as_const(page->keys))
            keys.append(k.userKey);
        keys.sort();
        QCOMPARE(keys, (QStringList{QStringLiteral("apple"), QStringLiteral("apricot")}));
        auto one = inspector.scanAll(QStringLiteral("?anana"));
        QVERIFY(one);
        QCOMPARE(one->keys.size(), 1);
        QCOMPARE(one->keys.first().userKey, QStringLiteral("banana"));
    }

    void preview_cachedProductList_showsTheRowsWithCatalogueAndVersion()
    {
        ProductService service(*m_repo, *m_cache);
        ListLoadStats stats;
        QVERIFY(service.list(&stats));
        const QByteArray key = made(ProductService::ListKey, int(stats.listVersion));
        auto preview = CacheInspector(*m_cache).preview(key);
        QVERIFY(preview);
        QCOMPARE(preview->kind, KeyPreview::Kind::ProductList);
        QCOMPARE(preview->type, QStringLiteral("product_list"));
        QCOMPARE(preview->products.size(), 3);
        QCOMPARE(preview->products, m_repo->list().value());
        QCOMPARE(preview->listVersion, stats.listVersion);
        QCOMPARE(preview->catalogueId, m_repo->catalogueId().value());
    }

    void preview_integerAndString_areText()
    {
        QVERIFY(m_cache->set(QStringLiteral("n"), 42).ok());
        QVERIFY(m_cache->set(QStringLiteral("s"), QStringLiteral("my new value")).ok());
        CacheInspector inspector(*m_cache);
        auto n = inspector.preview(made(QStringLiteral("n")));
        QVERIFY(n);
        QCOMPARE(n->kind, KeyPreview::Kind::Text);
        QCOMPARE(n->text, QStringLiteral("42"));
        QCOMPARE(n->type, QStringLiteral("int"));
        auto s = inspector.preview(made(QStringLiteral("s")));
        QVERIFY(s);
        QCOMPARE(s->kind, KeyPreview::Kind::Text);
        QCOMPARE(s->text, QStringLiteral("my new value"));
        QCOMPARE(s->type, QStringLiteral("string"));
        auto gone = inspector.preview(made(QStringLiteral("nothing")));
        QVERIFY(gone);
        QCOMPARE(gone->kind, KeyPreview::Kind::Missing);
    }

    void preview_undecodableValue_isAHexDumpWithTheReason()
    {
        // A value with our magic but a broken checksum (Redis), or raw binary bytes (memory,
        // which keeps values as they are and so cannot hold a corrupt envelope).
        QByteArray corrupt("\xFEPMv\x01\x06\x00\x00\x05\x00\x00\x00\xde\xad\xbe\xefhello", 21);
        const QByteArray key = made(QStringLiteral("bad"));
        if (isRedis())
            QCOMPARE(m_redis->command(QList<QByteArray>{"SET", key, corrupt}, 3), "OK");
        else
            QVERIFY(m_cache->set(QStringLiteral("bad"), corrupt).ok());
        auto preview = CacheInspector(*m_cache).preview(key);
        QVERIFY(preview);
        QCOMPARE(preview->kind, KeyPreview::Kind::Hex);
        QCOMPARE(preview->bytes, corrupt);
        QCOMPARE(preview->totalBytes, corrupt.size());
        QVERIFY2(!preview->reason.isEmpty(), "the decoder's reason is shown");
        if (isRedis())
            QVERIFY2(preview->reason.contains(QLatin1String("checksum"), Qt::CaseInsensitive),
                     qPrintable(preview->reason));
        const QString dump = CacheInspector::hexDump(preview->bytes);
        QVERIFY(dump.startsWith(QStringLiteral("00000000  fe 50 4d 76 01 06 00 00  05")));
        QVERIFY(dump.contains(QStringLiteral("|.PMv")));
        QCOMPARE(dump.count(QLatin1Char('\n')), 2);
    }

    void preview_bigValue_dumpsOnlyTheFirst4KiB()
    {
        const QByteArray foreign(10000, '\xff'); // not UTF-8, not our envelope
        const QByteArray key = made(QStringLiteral("big"));
        if (isRedis())
            QCOMPARE(m_redis->command(QList<QByteArray>{"SET", key, foreign}, 3), "OK");
        else
            QVERIFY(m_cache->set(QStringLiteral("big"), foreign).ok());
        auto preview = CacheInspector(*m_cache).preview(key);
        QVERIFY(preview);
        QCOMPARE(preview->kind, KeyPreview::Kind::Hex);
        QCOMPARE(preview->bytes.size(), KeyPreview::HexLimit);
        QCOMPARE(preview->totalBytes, 10000);
        QCOMPARE(preview->type, isRedis() ? QStringLiteral("foreign") : QStringLiteral("bytes"));
        QVERIFY(!preview->reason.isEmpty());
    }

    void actions_expirePersistTouchDelete_changeTheKeysLife()
    {
        QVERIFY(m_cache->set(QStringLiteral("life"), 7, Timeout::never()).ok());
        const QByteArray key = made(QStringLiteral("life"));
        CacheInspector inspector(*m_cache);

        auto expired = inspector.apply(KeyAction::Expire, key, 60);
        QVERIFY(expired);
        QVERIFY(expired->applied);
        QCOMPARE(expired->ttl.state, KeyTtl::State::Expiring);
        QVERIFY(expired->ttl.ms > 55'000 && expired->ttl.ms <= 60'000);

        auto persisted = inspector.apply(KeyAction::Persist, key);
        QVERIFY(persisted);
        QVERIFY(persisted->applied);
        QCOMPARE(persisted->ttl.state, KeyTtl::State::Forever);

        auto touched = inspector.apply(KeyAction::Touch, key, 180);
        QVERIFY(touched);
        QVERIFY(touched->applied);
        QCOMPARE(touched->ttl.state, KeyTtl::State::Expiring);
        QVERIFY(touched->ttl.ms > 175'000 && touched->ttl.ms <= 180'000);

        auto listed = inspector.scanAll(QStringLiteral("life"));
        QVERIFY(listed);
        QCOMPARE(listed->keys.size(), 1);
        QCOMPARE(listed->keys.first().ttl.state, KeyTtl::State::Expiring);

        auto deleted = inspector.apply(KeyAction::Delete, key);
        QVERIFY(deleted);
        QVERIFY(deleted->applied);
        QCOMPARE(deleted->ttl.state, KeyTtl::State::Missing);
        QVERIFY(!m_cache->hasKey(QStringLiteral("life")).value());
        auto again = inspector.apply(KeyAction::Delete, key);
        QVERIFY(again);
        QVERIFY(!again->applied);
    }

    void clear_dryRunCountsThenRemovesOnlyOurNamespace()
    {
        for (int i = 0; i < 12; ++i)
            QVERIFY(m_cache->set(QStringLiteral("c%1").arg(i), i).ok());
        if (isRedis()) {
            QCOMPARE(m_redis->command(QStringList{"SET", "foreign:key", "keep me"}, 3), "OK");
            QCOMPARE(m_redis->command(QStringList{"SET", "pmtestx:1:c1", "not ours"}, 3), "OK");
        }
        CacheInspector inspector(*m_cache);
        auto count = inspector.countNamespace();
        QVERIFY(count);
        QCOMPARE(count.value(), 12);
        // The dry run removed nothing.
        QCOMPARE(inspector.countNamespace().value(), 12);
        auto cleared = inspector.clearNamespace();
        QVERIFY(cleared);
        QCOMPARE(cleared.value(), 12);
        QCOMPARE(inspector.countNamespace().value(), 0);
        if (isRedis()) {
            QCOMPARE(m_redis->command(QStringList{"GET", "foreign:key"}, 3), "keep me");
            QCOMPARE(m_redis->command(QStringList{"GET", "pmtestx:1:c1"}, 3), "not ours");
        }
    }

    void neighboursInsideThePrefix_areNeverListedCountedOrCleared()
    {
        // Keys that start with "pmtest:" but are not `pmtest:<int version>:<key>`: a
        // neighbour's on a shared Redis. The inspector's listing, its dry-run count and its
        // clear all see only ours.
        const QList<QByteArray> neighbours
                = {"pmtest:session:abc", "pmtest:1", "pmtest:01:k", "pmtest:x:key", "pmtest::k"};
        CallFacts facts;
        for (const QByteArray &k : neighbours)
            QVERIFY(m_cache->backend()
                            .set(k, QStringLiteral("theirs"), Expiry::never(), facts)
                            .ok());
        QVERIFY(m_cache->set(QStringLiteral("mine"), 1).ok());
        QVERIFY(m_cache->set(QStringLiteral("old"), 2, Timeout(), Version(-2)).ok());

        CacheInspector inspector(*m_cache);
        auto all = inspector.scanAll();
        QVERIFY(all);
        QStringList listed;
        for (const InspectorKey &k : std::as_const(all->keys))
            listed.append(QString::fromUtf8(k.key));
        listed.sort();
        QCOMPARE(listed,
                 (QStringList{QStringLiteral("pmtest:-2:old"), QStringLiteral("pmtest:1:mine")}));
        QVERIFY(!inspector.parseKey("pmtest:01:k"));
        QCOMPARE(inspector.countNamespace().value(), 2);
        QCOMPARE(inspector.clearNamespace().value(), 2);
        QCOMPARE(inspector.countNamespace().value(), 0);
        for (const QByteArray &k : neighbours)
            QVERIFY2(m_cache->backend().hasKey(k, facts).value(), k.constData());
    }

    void consistency_matchingList_isConsistent()
    {
        ProductService service(*m_repo, *m_cache);
        QVERIFY(service.list());
        auto report = CacheInspector(*m_cache, m_repo.get()).checkConsistency();
        QVERIFY(report);
        QVERIFY(report->cached);
        QVERIFY2(report->isConsistent(), qPrintable(report->summary()));
        QCOMPARE(report->databaseCount, 3);
        QVERIFY(report->summary().startsWith(QStringLiteral("Consistent")));
    }

    void consistency_nothingCached_saysSo()
    {
        auto report = CacheInspector(*m_cache, m_repo.get()).checkConsistency();
        QVERIFY(report);
        QVERIFY(!report->cached);
        QVERIFY(!report->isConsistent());
        QVERIFY(report->summary().contains(QStringLiteral("No list is cached")));
    }

    void consistency_anotherCataloguesList_isNeverCalledConsistent()
    {
        const qint64 version = m_repo->listVersion().value();
        const CachedProductList planted{m_repo->catalogueId().value() + 1, version,
                                        m_repo->list().value()};
        QVERIFY(m_cache->set(ProductService::ListKey, QVariant::fromValue(planted), Timeout(),
                             Version(int(version)))
                        .ok());
        auto report = CacheInspector(*m_cache, m_repo.get()).checkConsistency();
        QVERIFY(report);
        QVERIFY(report->otherCatalogue);
        QVERIFY(!report->isConsistent());
        QVERIFY(report->summary().contains(QStringLiteral("another catalogue")));
    }

    void consistency_plantedDifference_isReportedById()
    {
        const qint64 version = m_repo->listVersion().value();
        ProductList rows = m_repo->list().value();
        QCOMPARE(rows.size(), 3);
        const qint64 changedId = rows[0].id;
        const qint64 missingId = rows[1].id;
        rows[0].title = QStringLiteral("Stale title");
        rows.removeAt(1);
        Product ghost;
        ghost.id = 9999;
        ghost.title = QStringLiteral("Ghost");
        rows.append(ghost);
        const CachedProductList planted{m_repo->catalogueId().value(), version, rows};
        QVERIFY(m_cache->set(ProductService::ListKey, QVariant::fromValue(planted), Timeout(),
                             Version(int(version)))
                        .ok());
        auto report = CacheInspector(*m_cache, m_repo.get()).checkConsistency();
        QVERIFY(report);
        QVERIFY(report->cached);
        QVERIFY(!report->isConsistent());
        QCOMPARE(report->changed, QList<qint64>{changedId});
        QCOMPARE(report->missing, QList<qint64>{missingId});
        QCOMPARE(report->extra, QList<qint64>{9999});
        const QString summary = report->summary();
        QVERIFY2(summary.contains(QStringLiteral("Changed: 1 product(s) (%1)").arg(changedId)),
                 qPrintable(summary));
        QVERIFY(summary.contains(QStringLiteral("9999")));
    }

    void consistency_pagedList_isReadAsTheServiceReadsIt()
    {
        // A paged list (manifest + pages) was called "something else" before.
        ProductService service(*m_repo, *m_cache);
        service.setListPaging(ListPaging::Always, 1);
        ListLoadStats fill;
        QVERIFY(service.list(&fill));
        QCOMPARE(fill.pages, 3);
        auto report = CacheInspector(*m_cache, m_repo.get()).checkConsistency();
        QVERIFY(report);
        QVERIFY(!report->foreignValue);
        QVERIFY(report->paged);
        QCOMPARE(report->pages, 3);
        QVERIFY2(report->isConsistent(), qPrintable(report->summary()));
        QVERIFY(report->summary().startsWith(QStringLiteral("Consistent")));

        // A page missing: what the service would treat as a miss, said so.
        QVERIFY(m_cache->remove(ProductService::pageKey(1), Version(int(fill.listVersion)))
                        .value());
        report = CacheInspector(*m_cache, m_repo.get()).checkConsistency();
        QVERIFY(report);
        QVERIFY(report->pagedIncomplete);
        QVERIFY(!report->isConsistent());
        QVERIFY2(report->summary().contains(QStringLiteral("incomplete")),
                 qPrintable(report->summary()));
    }

    void consistency_writeDuringTheCheck_saysRunAgainNotInconsistent()
    {
        // Between the check's database read and its cache read, another connection commits a
        // write and a late fill of the old version lands (rows read after that write, stored
        // under the version its reader had probed: harmless, nobody asks for that version any
        // more). Comparing the two would be a false "inconsistent".
        const qint64 version = m_repo->listVersion().value();
        auto config
                = DatabaseConfig::fromUrl(QStringLiteral("sqlite://")
                                          + m_dir.filePath(QStringLiteral("p%1.db").arg(m_serial)));
        QVERIFY(config);
        auto other = ProductSchema::open(config.value());
        QVERIFY(other);
        ProductRepository writer(*other.value(), m_clock);
        const qint64 catalogue = m_repo->catalogueId().value();
        bool injected = false;
        m_db->setSqlObserver([&](const SqlEvent &event) {
            if (injected || !event.sql.contains(QLatin1String("FROM products ORDER BY")))
                return;
            injected = true;
            QVERIFY(writer.create(ProductFields{QStringLiteral("Late"), Money(5)}).ok());
            const CachedProductList lateFill{catalogue, version, writer.list().value()};
            QVERIFY(m_cache->set(ProductService::ListKey, QVariant::fromValue(lateFill), Timeout(),
                                 Version(int(version)))
                            .ok());
        });
        auto report = CacheInspector(*m_cache, m_repo.get()).checkConsistency();
        m_db->setSqlObserver({});
        QVERIFY(injected);
        QVERIFY(report);
        QVERIFY(report->changedDuringCheck);
        QCOMPARE(report->listVersion, version);
        QCOMPARE(report->listVersionAfter, version + 1);
        QVERIFY(!report->isConsistent());
        QVERIFY(report->missing.isEmpty() && report->extra.isEmpty());
        QVERIFY2(report->summary().contains(QStringLiteral("run the check again")),
                 qPrintable(report->summary()));

        // Run again: the version is stable, nothing is cached for it yet.
        report = CacheInspector(*m_cache, m_repo.get()).checkConsistency();
        QVERIFY(report);
        QVERIFY(!report->changedDuringCheck);
        QCOMPARE(report->listVersion, version + 1);
    }
};

QTEST_GUILESS_MAIN(TestCacheInspector)
#include "tst_cacheinspector.moc"
