// Redis Sentinel against real servers: a master, a replica and a sentinel started by the test
// (tests/support/redissentinel.h). Discovery, the errors that name their cause, a failover
// followed by new and running connections and by the pub/sub subscriber, a write to a demoted
// master never reported as done, and the never-stale list across a failover.
#include "cache/cache.h"
#include "core/clock.h"
#include "db/database.h"
#include "products/productcache.h"
#include "products/productrepository.h"
#include "products/productschema.h"
#include "products/productservice.h"
#include "redis/redisconnection.h"
#include "redis/redisreply.h"
#include "redis/redissubscriber.h"
#include "redis/sentinelresolver.h"
#include "redissentinel.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <thread>

using namespace pm;
using namespace pm::test;

namespace {

RedisOptions options(const QString &url)
{
    Result<RedisOptions> o = RedisOptions::fromUrl(url);
    if (!o)
        qFatal("%s", qPrintable(o.error().toString()));
    return o.value();
}

/// The port of the server a connection talks to now (0 on error).
int portOf(RedisConnection &c)
{
    Result<RedisReply> r = c.command({"CONFIG", "GET", "port"});
    return r && r->size() == 2 ? r->element(1).string().toInt() : 0;
}

} // namespace

class TestRedisSentinel : public QObject
{
    Q_OBJECT

private slots:
    void url_parsesSentinelsServiceAndRedactsBothPasswords()
    {
        auto o = RedisOptions::fromUrl(
                QStringLiteral("redis-sentinel://app:s3cret@127.0.0.1:26380,localhost/2"
                               "?service=main&sentinel_password=sent1nel&deadline=400"));
        QVERIFY2(o, qPrintable(o ? QString() : o.error().toString()));
        QVERIFY(o->sentinel);
        QCOMPARE(o->sentinel->service(), QStringLiteral("main"));
        QCOMPARE(o->sentinel->sentinels().size(), 2);
        QCOMPARE(o->sentinel->sentinels().at(0).toString(), QStringLiteral("127.0.0.1:26380"));
        QCOMPARE(o->sentinel->sentinels().at(1).toString(),
                 QStringLiteral("localhost:%1").arg(SentinelResolver::DefaultPort));
        QCOMPARE(o->sentinel->sentinelPassword(), QStringLiteral("sent1nel"));
        QCOMPARE(o->user, QStringLiteral("app"));
        QCOMPARE(o->password, QStringLiteral("s3cret"));
        QCOMPARE(o->db, 2);
        QCOMPARE(o->commandDeadlineMs, 400);
        const QString shown = o->redactedDescription();
        QVERIFY2(!shown.contains(QLatin1String("s3cret"))
                         && !shown.contains(QLatin1String("sent1nel")),
                 qPrintable(shown));
        QVERIFY2(shown.contains(QLatin1String("127.0.0.1:26380,localhost:26379/2?service=main")),
                 qPrintable(shown));

        QVERIFY(!RedisOptions::fromUrl(QStringLiteral("redis-sentinel://127.0.0.1:26379/0")));
        QVERIFY(!RedisOptions::fromUrl(QStringLiteral("redis-sentinel:///0?service=x")));
        QVERIFY(!RedisOptions::fromUrl(QStringLiteral("redis-sentinel://h,,h2/0?service=x")));
        QVERIFY(!RedisOptions::fromUrl(
                QStringLiteral("redis-sentinel://127.0.0.1/0?service=x&bogus=1")));
        // Remote sentinels need the same explicit opt-in as a remote redis:// host.
        QVERIFY(!RedisOptions::fromUrl(QStringLiteral("redis-sentinel://10.1.2.3/0?service=x")));
        QVERIFY(RedisOptions::fromUrl(
                QStringLiteral("redis-sentinel://10.1.2.3/0?service=x&allow_insecure=1")));
    }

    void discovery_newConnectionTalksToTheMaster()
    {
        RedisSentinelGroup group;
        QVERIFY(group.start());
        RedisConnection c(options(group.url(3)));
        QVERIFY(c.command({"SET", "k", "v1"}));
        QCOMPARE(portOf(c), group.first().port());
        QCOMPARE(group.first().command(QStringList{"GET", "k"}, 3), QByteArray("v1"));
        QCOMPARE(c.command({"GET", "k"})->string(), QByteArray("v1"));
    }

    void deadSentinelFirst_theNextOneAnswersAndMovesToTheFront()
    {
        RedisSentinelGroup group;
        QVERIFY(group.start());
        const int dead = freeTcpPort();
        RedisOptions o
                = options(QStringLiteral("redis-sentinel://127.0.0.1:%1,127.0.0.1:%2/0?service=%3")
                                  .arg(dead)
                                  .arg(group.sentinelPort())
                                  .arg(QString::fromUtf8(group.service())));
        RedisConnection c(o);
        QVERIFY(c.command({"SET", "k", "v"}));
        QCOMPARE(o.sentinel->sentinels().first().port, group.sentinelPort());
    }

    void unknownService_errorNamesIt()
    {
        RedisSentinelGroup group(QByteArrayLiteral("pm-known"));
        QVERIFY(group.start());
        RedisConnection c(options(QStringLiteral("redis-sentinel://127.0.0.1:%1/0?service=nope")
                                          .arg(group.sentinelPort())));
        Result<RedisReply> r = c.command({"PING"});
        QVERIFY(!r);
        QCOMPARE(r.error().kind, ErrorKind::NotFound);
        QVERIFY2(r.error().message.contains(QLatin1String("sentinels do not know service nope")),
                 qPrintable(r.error().message));
    }

    void onlySentinelDead_errorNamesItWithinTheDeadline()
    {
        RedisSentinelGroup group;
        QVERIFY(group.start());
        group.stopSentinel();
        RedisConnection c(options(group.url(0, QStringLiteral("deadline=300"))));
        QElapsedTimer t;
        t.start();
        Result<RedisReply> r = c.command({"PING"});
        const qint64 ms = t.elapsed();
        QVERIFY(!r);
        QCOMPARE(r.error().kind, ErrorKind::Unavailable);
        const QString expected = QStringLiteral("no sentinel answered (tried 127.0.0.1:%1)")
                                         .arg(group.sentinelPort());
        QVERIFY2(r.error().message.contains(expected), qPrintable(r.error().message));
        QVERIFY2(ms < 300 + 100, qPrintable(QString::number(ms)));
    }

    void demotedMaster_writeFailsAsFailover_thenRoleCheckRefusesIt()
    {
        // The sentinel still names the first server after it was turned into a replica (as a
        // sentinel that is out of date would): the write must not be reported as done, and
        // a new handshake must refuse the server by its ROLE.
        RedisSentinelGroup group;
        QVERIFY(group.start());
        RedisOptions o = options(group.url());
        o.backoffInitialMs = 10;
        o.backoffMaxMs = 20;
        RedisConnection c(o);
        QVERIFY(c.command({"SET", "k", "before"}));
        QTRY_COMPARE(group.second().command(QStringList{"GET", "k"}), QByteArray("before"));
        QCOMPARE(group.second().command(QStringList{"REPLICAOF", "NO", "ONE"}), QByteArray("OK"));
        QCOMPARE(group.first().command(QStringList{"REPLICAOF", "127.0.0.1",
                                                   QString::number(group.second().port())}),
                 QByteArray("OK"));
        QCOMPARE(group.namedMasterPort(), group.first().port());

        Result<RedisReply> write = c.command({"SET", "k", "after"});
        QVERIFY(!write);
        QCOMPARE(write.error().kind, ErrorKind::Unavailable);
        QCOMPARE(write.error().message, SentinelResolver::failoverError().message);
        QCOMPARE(group.second().command(QStringList{"GET", "k"}), QByteArray("before"));

        // A pipeline with a write in it fails whole, too.
        Result<std::vector<RedisReply>> batch = [&] {
            Result<std::vector<RedisReply>> b = Error();
            RedisSentinelGroup::waitUntil(
                    [&] {
                        b = c.pipeline({{"GET", "k"}, {"SET", "k", "piped"}});
                        return !b
                                && b.error().message.contains(QLatin1String("answers as replica"));
                    },
                    2000);
            return b;
        }();
        QVERIFY(!batch);
        QVERIFY2(batch.error().message.contains(QStringLiteral("the master named by the sentinels "
                                                               "(127.0.0.1:%1) answers as replica")
                                                        .arg(group.first().port())),
                 qPrintable(batch.error().message));
        QCOMPARE(group.second().command(QStringList{"GET", "k"}), QByteArray("before"));
    }

    void failover_newAndRunningClientsAndTheSubscriberFollowTheNewMaster()
    {
        RedisSentinelGroup group;
        QVERIFY(group.start());
        const int oldPort = group.first().port();
        const int newPort = group.second().port();

        RedisConnection running(options(group.url()));
        QCOMPARE(portOf(running), oldPort);
        // Idle through the failover, then writes: on the new master or failed, never lost.
        RedisConnection writer(options(group.url()));
        QVERIFY(writer.command({"SET", "w", "0"}));

        const QByteArray channel = QByteArrayLiteral("pm-test:failover");
        RedisSubscriber subscriber(options(group.url()), {channel});
        std::atomic<int> received{0};
        subscriber.setMessageHandler([&](const RedisSubscriber::Message &) { ++received; });
        subscriber.start();
        QTRY_VERIFY_WITH_TIMEOUT(subscriber.isConnected(), 5000);
        const quint64 connectsBefore = subscriber.stats().connects;

        // The running connection stays busy through the failover (a load, paced, not a wait),
        // so it never has a stale "last asked the sentinels" to fall back on.
        std::atomic<bool> stopLoad{false};
        std::thread load([&] {
            while (!stopLoad) {
                (void)running.command({"GET", "k"});
                QThread::msleep(5);
            }
        });
        const bool failedOver = group.failover();
        QElapsedTimer sinceFailover;
        sinceFailover.start();
        stopLoad = true;
        load.join();
        QVERIFY(failedOver);

        QTRY_VERIFY_WITH_TIMEOUT(portOf(running) == newPort, 5000);
        qInfo("running connection on the new master %lld ms after the failover finished",
              sinceFailover.elapsed());

        // The idle writer asked the sentinels before the failover; its answer may still be fresh
        // (under RecheckMs) when the failover finishes, and until the sentinels demote the old
        // master a write there is acknowledged (docs/connecting.md, "Writes"). Once it has asked
        // again, every write lands on the new master or fails.
        QTRY_VERIFY_WITH_TIMEOUT(portOf(writer) == newPort, 5000);
        qInfo("idle writer on the new master %lld ms after the failover finished",
              sinceFailover.elapsed());
        for (int i = 1; i <= 20; ++i) {
            const QByteArray value = QByteArray::number(i);
            Result<RedisReply> r = writer.command({"SET", "w", value});
            if (r) {
                QCOMPARE(group.second().command(QStringList{"GET", "w"}), value);
            } else {
                QVERIFY2(r.error().message.contains(SentinelResolver::failoverError().message)
                                 || r.error().kind == ErrorKind::Unavailable,
                         qPrintable(r.error().toString()));
            }
        }

        RedisConnection fresh(options(group.url()));
        QCOMPARE(portOf(fresh), newPort);
        QVERIFY(fresh.command({"SET", "n", "1"}));
        QCOMPARE(group.second().command(QStringList{"GET", "n"}), QByteArray("1"));

        // The subscriber re-subscribed on the new master: a message published there arrives.
        QTRY_VERIFY_WITH_TIMEOUT(subscriber.stats().connects > connectsBefore, 5000);
        qInfo("subscriber on the new master %lld ms after the failover finished",
              sinceFailover.elapsed());
        QTRY_VERIFY_WITH_TIMEOUT((RedisSubscriber::publish(fresh, channel, "hello").valueOr(0) > 0
                                  && received.load() > 0),
                                 5000);
        subscriber.stop();
    }

    void listThroughTheCache_neverStaleAcrossAFailover()
    {
        RedisSentinelGroup group;
        QVERIFY(group.start());
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto config = DatabaseConfig::fromUrl(QStringLiteral("sqlite://")
                                              + dir.filePath(QStringLiteral("p.db")));
        QVERIFY(config);
        auto db = ProductSchema::open(config.value());
        QVERIFY(db);
        ManualClock clock;
        ProductRepository repo(*db.value(), clock);
        QVERIFY(repo.insertMany({ProductFields{QStringLiteral("Apple"), Money(120)}}).ok());
        CacheOptions cacheOptions;
        cacheOptions.keyPrefix = QByteArrayLiteral("pmtest");
        auto cache = createProductCache(group.url(1), clock, cacheOptions);
        QVERIFY2(cache, qPrintable(cache ? QString() : cache.error().toString()));
        ProductService service(repo, *cache.value());

        ListLoadStats miss;
        QVERIFY(service.list(&miss));
        QVERIFY(!miss.hit);
        ListLoadStats hit;
        QVERIFY(service.list(&hit));
        QVERIFY(hit.hit);

        QVERIFY(group.failover());
        // A write right after the failover, then every load equals the database.
        QVERIFY(service.create(ProductFields{QStringLiteral("Cherry"), Money(500)}));
        for (int i = 0; i < 5; ++i) {
            ListLoadStats s;
            auto list = service.list(&s);
            QVERIFY(list);
            QCOMPARE(list.value(), repo.list().value());
            QCOMPARE(list->size(), 2);
        }
        // The cache works again, on the new master (within a second: the sentinels' answer is
        // asked again once per second): a write, a miss, a hit.
        QVERIFY(service.create(ProductFields{QStringLiteral("Damson"), Money(300)}));
        QTRY_VERIFY_WITH_TIMEOUT(
                [&] {
                    ListLoadStats a;
                    ListLoadStats b;
                    auto first = service.list(&a);
                    auto second = service.list(&b);
                    return first && second && first->size() == 3 && second.value() == first.value()
                            && b.hit && !b.fromDatabaseBecauseCacheFailed
                            && group.second().command(QStringList{"DBSIZE"}, 1).toInt() > 0;
                }(),
                5000);
        QCOMPARE(service.list().value(), repo.list().value());
    }
};

QTEST_GUILESS_MAIN(TestRedisSentinel)
#include "tst_redissentinel.moc"
