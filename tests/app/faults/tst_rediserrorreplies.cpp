// Error replies provoked for real on a real redis-server, end to end through ProductService
// (docs/reliability.md): reads become misses served from the database; failed writes and failed
// invalidations are counted in CacheStats and surface as cacheFailed / InvalidationRecord::error.
// Also: a 64 MiB value planted under our list key is never fetched whole.
#include "cache/cache.h"
#include "catalogue.h"
#include "products/productservice.h"
#include "redis/rediserror.h"
#include "redisserver.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace pm;
using namespace pm::test;

namespace {

constexpr int Db = 4;

/// VmRSS of this process in KiB, from /proc/self/status.
qint64 residentKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

struct Rig
{
    explicit Rig(RedisServer::Options serverOptions = {}, int products = 3)
        : server(std::move(serverOptions))
        , catalogue(products)
    { }

    bool start(const QString &user = {}, const QString &password = {})
    {
        return server.start() && connect(user, password);
    }

    bool connect(const QString &user = {}, const QString &password = {})
    {
        if (!catalogue.isValid())
            return false;
        RedisOptions o = unixRedisOptions(server.socketPath(), Db);
        o.user = user;
        o.password = password;
        if (deadlineMs > 0)
            o.commandDeadlineMs = deadlineMs;
        cache = productCache(o);
        service = std::make_unique<ProductService>(catalogue.repository(), *cache);
        return true;
    }

    QByteArray listKey(qint64 version) const
    {
        return cache->makeKey(ProductService::ListKey, Version(int(version)));
    }

    int deadlineMs = 0; // > 0: the cache's per-call deadline instead of the default
    RedisServer server;
    Catalogue catalogue;
    std::unique_ptr<Cache> cache;
    std::unique_ptr<ProductService> service;
};

QList<ErrorKind> kinds(const QSignalSpy &spy)
{
    QList<ErrorKind> out;
    for (const QList<QVariant> &args : spy)
        out.append(args.at(0).value<Error>().kind);
    return out;
}

} // namespace

class TestRedisErrorReplies : public QObject
{
    Q_OBJECT

private slots:
    void outOfMemory_fillFailsCountedAndShown_listFromDatabase();
    void readOnlyReplica_fillAndInvalidationFailCountedAndShown();
    void passwordSetAtRuntime_noAuth_readsAreMissesFromDatabase();
    void wrongPassword_isAuthError_listFromDatabase();
    void noPermission_fillAndInvalidationFailCountedAndShown();
    void wrongType_listUnderOurKey_isCountedMiss_thenOverwritten();
    void loading_readsAreMissesFromDatabase_untilTheSnapshotIsLoaded();
    void plantedValueOf64MiB_isNeverFetchedWhole_andMemoryStaysBounded();
};

void TestRedisErrorReplies::outOfMemory_fillFailsCountedAndShown_listFromDatabase()
{
    RedisServer::Options so;
    so.extraArgs = QStringList{"--maxmemory", "1mb", "--maxmemory-policy", "noeviction"};
    Rig rig(so, 5000); // a list of ~300 KiB: more than the headroom under 1 MiB
    QVERIFY(rig.start());
    QSignalSpy failed(rig.service.get(), &ProductService::cacheFailed);

    ListLoadStats s;
    const Result<ProductList> list = rig.service->list(&s);
    QVERIFY(list.ok());
    QCOMPARE(list.value(), rig.catalogue.databaseList());
    QVERIFY(!s.hit);
    QCOMPARE(kinds(failed), QList<ErrorKind>{ErrorKind::OutOfMemory});
    QCOMPARE(rig.cache->stats()[CacheOp::Set].errors, quint64(1));
    QCOMPARE(rig.server.command(QList<QByteArray>{"EXISTS", rig.listKey(s.listVersion)}, Db),
             QByteArray("0"));
    // Still a miss next time, served from the database again, and counted again.
    QVERIFY(rig.service->list(&s).ok());
    QVERIFY(!s.hit);
    QCOMPARE(s.listQueries, 1);
    QCOMPARE(rig.cache->stats()[CacheOp::Set].errors, quint64(2));
}

void TestRedisErrorReplies::readOnlyReplica_fillAndInvalidationFailCountedAndShown()
{
    Rig rig;
    QVERIFY(rig.start());
    ListLoadStats s;
    QVERIFY(rig.service->list(&s).ok()); // cached while writable
    // A replica of a dead port: reads work, every write says READONLY.
    QCOMPARE(rig.server.command(QList<QByteArray>{"REPLICAOF", "127.0.0.1", "1"}),
             QByteArray("OK"));
    QSignalSpy failed(rig.service.get(), &ProductService::cacheFailed);
    QSignalSpy invalidated(rig.service.get(), &ProductService::invalidated);

    const auto product = rig.catalogue.databaseList().first();
    QVERIFY(rig.service->update(product.id, ProductChanges{QStringLiteral("Renamed"), std::nullopt})
                    .ok());
    QCOMPARE(invalidated.size(), 1);
    const auto record = invalidated.at(0).at(0).value<InvalidationRecord>();
    QVERIFY2(record.error.has_value(), "a failed invalidation is never silent");
    QCOMPARE(record.error->kind, ErrorKind::ReadOnly);
    QCOMPARE(rig.cache->stats()[CacheOp::Delete].errors, quint64(1));

    const Result<ProductList> list = rig.service->list(&s);
    QVERIFY(list.ok());
    QCOMPARE(list.value(), rig.catalogue.databaseList()); // the new version: a miss
    QCOMPARE(list.value().first().title, QStringLiteral("Renamed"));
    QVERIFY(!s.hit);
    QCOMPARE(rig.cache->stats()[CacheOp::Set].errors, quint64(1));
    QCOMPARE(kinds(failed), (QList<ErrorKind>{ErrorKind::ReadOnly, ErrorKind::ReadOnly}));
    rig.server.command(QList<QByteArray>{"REPLICAOF", "NO", "ONE"});
}

void TestRedisErrorReplies::passwordSetAtRuntime_noAuth_readsAreMissesFromDatabase()
{
    Rig rig;
    QVERIFY(rig.start());
    ListLoadStats s;
    QVERIFY(rig.service->list(&s).ok());
    QVERIFY(rig.service->list(&s).ok());
    QVERIFY(s.hit);
    QCOMPARE(rig.server.command(QList<QByteArray>{"CONFIG", "SET", "requirepass", "l4te-pw"}),
             QByteArray("OK"));
    rig.server.setPassword("l4te-pw");
    rig.cache->close(); // the next connection meets the password

    QSignalSpy failed(rig.service.get(), &ProductService::cacheFailed);
    const Result<ProductList> list = rig.service->list(&s);
    QVERIFY(list.ok());
    QCOMPARE(list.value(), rig.catalogue.databaseList());
    QVERIFY(s.fromDatabaseBecauseCacheFailed);
    QCOMPARE(kinds(failed), QList<ErrorKind>{ErrorKind::Auth});
    QVERIFY(failed.at(0).at(0).value<Error>().message.contains(QLatin1String("NOAUTH")));
    QCOMPARE(rig.cache->stats()[CacheOp::Get].errors, quint64(1));
    QVERIFY(!failed.at(0).at(0).value<Error>().message.contains(QLatin1String("l4te-pw")));

    // A write now: its invalidation fails (fast, while the client backs off) and says so.
    QSignalSpy invalidated(rig.service.get(), &ProductService::invalidated);
    QVERIFY(rig.service->create(ProductFields{QStringLiteral("New"), Money(1)}).ok());
    QCOMPARE(invalidated.size(), 1);
    QVERIFY(invalidated.at(0).at(0).value<InvalidationRecord>().error.has_value());
    QCOMPARE(rig.cache->stats()[CacheOp::Delete].errors, quint64(1));
}

void TestRedisErrorReplies::wrongPassword_isAuthError_listFromDatabase()
{
    RedisServer::Options so;
    so.password = "r1ght-pw";
    Rig rig(so);
    QVERIFY(rig.start(QString(), QStringLiteral("wr0ng-pw")));
    QSignalSpy failed(rig.service.get(), &ProductService::cacheFailed);
    ListLoadStats s;
    const Result<ProductList> list = rig.service->list(&s);
    QVERIFY(list.ok());
    QCOMPARE(list.value(), rig.catalogue.databaseList());
    QVERIFY(s.fromDatabaseBecauseCacheFailed);
    QCOMPARE(kinds(failed), QList<ErrorKind>{ErrorKind::Auth});
    const QString message = failed.at(0).at(0).value<Error>().message;
    QVERIFY2(message.contains(QLatin1String("WRONGPASS")), qPrintable(message));
    QVERIFY(!message.contains(QLatin1String("wr0ng-pw")));
    QVERIFY(!message.contains(QLatin1String("r1ght-pw")));
}

void TestRedisErrorReplies::noPermission_fillAndInvalidationFailCountedAndShown()
{
    Rig rig;
    QVERIFY(rig.server.start());
    // A user that may read but not write: SET and UNLINK answer NOPERM.
    QCOMPARE(rig.server.command(QList<QByteArray>{
                     "ACL", "SETUSER", "reader", "on", ">reader-pw", "~*", "resetchannels", "-@all",
                     "+auth", "+select", "+ping", "+get", "+mget", "+exists", "+pttl"}),
             QByteArray("OK"));
    QVERIFY(rig.connect(QStringLiteral("reader"), QStringLiteral("reader-pw")));
    QSignalSpy failed(rig.service.get(), &ProductService::cacheFailed);
    QSignalSpy invalidated(rig.service.get(), &ProductService::invalidated);
    ListLoadStats s;
    QVERIFY(rig.service->list(&s).ok());
    QVERIFY(!s.hit);
    QCOMPARE(kinds(failed), QList<ErrorKind>{ErrorKind::Auth});
    QVERIFY(failed.at(0).at(0).value<Error>().message.contains(QLatin1String("NOPERM")));
    QCOMPARE(rig.cache->stats()[CacheOp::Set].errors, quint64(1));

    QVERIFY(rig.service->remove(rig.catalogue.databaseList().first().id).ok());
    QCOMPARE(invalidated.size(), 1);
    const auto record = invalidated.at(0).at(0).value<InvalidationRecord>();
    QVERIFY(record.error.has_value());
    QCOMPARE(record.error->kind, ErrorKind::Auth);
    QCOMPARE(rig.cache->stats()[CacheOp::Delete].errors, quint64(1));
    const Result<ProductList> list = rig.service->list(&s);
    QVERIFY(list.ok());
    QCOMPARE(list.value(), rig.catalogue.databaseList());
}

void TestRedisErrorReplies::wrongType_listUnderOurKey_isCountedMiss_thenOverwritten()
{
    Rig rig;
    QVERIFY(rig.start());
    const qint64 version = rig.catalogue.repository().listVersion().value();
    const QByteArray key = rig.listKey(version);
    QCOMPARE(rig.server.command(QList<QByteArray>{"LPUSH", key, "not", "a", "cache", "value"}, Db),
             QByteArray("4"));
    QSignalSpy failed(rig.service.get(), &ProductService::cacheFailed);
    ListLoadStats s;
    const Result<ProductList> list = rig.service->list(&s);
    QVERIFY(list.ok());
    QCOMPARE(list.value(), rig.catalogue.databaseList());
    QVERIFY(!s.hit);
    QCOMPARE(rig.cache->stats().decodeFailures, quint64(1));
    QCOMPARE(failed.size(), 0); // a foreign value is a miss, not a cache failure
    // The fill replaced it: the next load is a hit.
    QCOMPARE(rig.server.command(QList<QByteArray>{"TYPE", key}, Db), QByteArray("string"));
    QVERIFY(rig.service->list(&s).ok());
    QVERIFY(s.hit);
}

void TestRedisErrorReplies::loading_readsAreMissesFromDatabase_untilTheSnapshotIsLoaded()
{
    // LOADING is answered while a server loads its snapshot at start-up. key-load-delay (µs per
    // key, a Redis test knob) stretches 3000 keys to ~1.5 s of loading, and a small
    // events interval lets the server answer (LOADING) while it loads.
    RedisServer::Options so;
    so.extraArgs = QStringList{"--key-load-delay", "500", "--loading-process-events-interval-bytes",
                               "1024"};
    Rig rig(so);
    QVERIFY(rig.start());
    QCOMPARE(rig.server.command(QList<QByteArray>{"EVAL",
                                                  "for i = 1, 3000 do redis.call('SET', "
                                                  "'filler:' .. i, 'x') end return 1",
                                                  "0"}),
             QByteArray("1"));
    QCOMPARE(rig.server.command(QList<QByteArray>{"SAVE"}), QByteArray("OK"));
    rig.server.stop();
    QVERIFY(rig.server.startWithoutWaitingForLoad());
    rig.cache->close();

    QSignalSpy failed(rig.service.get(), &ProductService::cacheFailed);
    ListLoadStats s;
    const Result<ProductList> list = rig.service->list(&s);
    QVERIFY(list.ok());
    QCOMPARE(list.value(), rig.catalogue.databaseList());
    QVERIFY(s.fromDatabaseBecauseCacheFailed);
    QCOMPARE(kinds(failed), QList<ErrorKind>{ErrorKind::Unavailable});
    const QString message = failed.at(0).at(0).value<Error>().message;
    QVERIFY2(message.contains(QLatin1String("LOADING")), qPrintable(message));
    QCOMPARE(rig.cache->stats()[CacheOp::Get].errors, quint64(1));

    // Loaded: the cache is used again (a miss and a fill, then a hit).
    const auto hit = [&] {
        return rig.service->list(&s).ok() && s.hit;
    };
    QTRY_VERIFY_WITH_TIMEOUT(hit(), 10000);
    QCOMPARE(rig.server.command(QList<QByteArray>{"DBSIZE"}), QByteArray("3000"));
}

void TestRedisErrorReplies::plantedValueOf64MiB_isNeverFetchedWhole_andMemoryStaysBounded()
{
    Rig rig;
    // The server copies a 64 MiB reply into fresh pages before it sends a byte; on a host where
    // page faults are slow that alone can pass the default 250 ms. This test is about the size
    // check, not the deadline (tst_redisfaults covers that).
    rig.deadlineMs = 5000;
    QVERIFY(rig.start());
    const qint64 version = rig.catalogue.repository().listVersion().value();
    const QByteArray key = rig.listKey(version);
    // 64 MiB built by the server itself (SETRANGE pads with zeros), with our envelope's magic in
    // front so that it looks like one of ours until its size is read.
    constexpr qint64 planted = 64 * 1024 * 1024;
    QCOMPARE(rig.server.command(
                     QList<QByteArray>{"SETRANGE", key, QByteArray::number(planted - 1), "x"}, Db),
             QByteArray::number(planted));
    QCOMPARE(rig.server.command(
                     QList<QByteArray>{"SETRANGE", key, "0", QByteArray("\xFEPMv\x01", 5)}, Db),
             QByteArray::number(planted));

    const qint64 before = residentKiB();
    QVERIFY(before > 0);
    ListLoadStats s;
    const Result<ProductList> list = rig.service->list(&s);
    const qint64 after = residentKiB();
    QVERIFY(list.ok());
    QCOMPARE(list.value(), rig.catalogue.databaseList());
    QVERIFY(!s.hit);
    QCOMPARE(rig.cache->stats().decodeFailures, quint64(1));
    qInfo("VmRSS %lld KiB -> %lld KiB (+%lld KiB) around a load over a 64 MiB value", before, after,
          after - before);
    QVERIFY2(after - before < 16 * 1024, qPrintable(QString::number(after - before)));
    // The fill overwrote it with the real list.
    QVERIFY(rig.server.command(QList<QByteArray>{"STRLEN", key}, Db).toLongLong() < planted);
    QVERIFY(rig.service->list(&s).ok());
    QVERIFY(s.hit);
}

QTEST_GUILESS_MAIN(TestRedisErrorReplies)
#include "tst_rediserrorreplies.moc"
