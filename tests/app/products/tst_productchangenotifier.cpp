// ProductChangeNotifier with real servers: two "instances" (each its own Database connection,
// repository and notifier, as two processes would have) share one catalogue. A write in one
// reaches the other within a second over Redis pub/sub, PostgreSQL LISTEN/NOTIFY, or the
// list_version poll; an instance ignores its own messages; a killed Redis degrades to the poll
// and recovers.
#include "cache/cache.h"
#include "core/clock.h"
#include "db/database.h"
#include "pgsupport.h"
#include "products/productcache.h"
#include "products/productchangenotifier.h"
#include "products/productrepository.h"
#include "products/productschema.h"
#include "products/productservice.h"
#include "redisserver.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <atomic>

using namespace pm;
using namespace pm::test;

namespace {

struct Instance
{
    std::unique_ptr<Database> db;
    std::unique_ptr<ProductRepository> repo;
    std::unique_ptr<ProductChangeNotifier> notifier;
    std::unique_ptr<QSignalSpy> remote;

    qint64 write(const QString &title)
    {
        auto p = repo->create(ProductFields{title, Money(100)});
        return p ? repo->lastCommittedListVersion() : -1;
    }
    ProductChangeNotifier::Stats stats() const { return notifier->stats(); }
};

} // namespace

class TestProductChangeNotifier : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<RedisServer> m_redis;
    int m_serial = 0;

    DatabaseConfig sqliteConfig(const QString &name)
    {
        DatabaseConfig c;
        c.path = m_dir.filePath(name);
        return c;
    }

    /// Opens a connection, a repository and a started notifier; nullptr (with a failed
    /// QVERIFY in the caller) on error.
    std::unique_ptr<Instance> instance(const DatabaseConfig &config,
                                       ProductChangeNotifierOptions options)
    {
        auto inst = std::make_unique<Instance>();
        auto db = ProductSchema::open(config);
        if (!db) {
            qWarning() << db.error().toString();
            return nullptr;
        }
        inst->db = std::move(db.value());
        inst->repo = std::make_unique<ProductRepository>(*inst->db, m_clock);
        inst->notifier = std::make_unique<ProductChangeNotifier>(*inst->repo, *inst->db,
                                                                 std::move(options));
        inst->remote = std::make_unique<QSignalSpy>(inst->notifier.get(),
                                                    &ProductChangeNotifier::remoteChange);
        if (auto started = inst->notifier->start(); !started) {
            qWarning() << started.error().toString();
            return nullptr;
        }
        return inst;
    }

    ProductChangeNotifierOptions redisOptions(const RedisServer &server, const QByteArray &prefix,
                                              int pollMs = 1000)
    {
        ProductChangeNotifierOptions o;
        o.cacheUrl = server.unixUrl(0);
        o.keyPrefix = prefix;
        o.pollIntervalMs = pollMs;
        o.subscriber.pingIntervalMs = 200;
        o.subscriber.pingTimeoutMs = 200;
        return o;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_redis = std::make_unique<RedisServer>();
        QVERIFY2(m_redis->start(), "redis-server did not start");
    }

    void message_roundTrips_andGarbageIsRejected()
    {
        const qint64 catalogue = (qint64(1) << 62) + 3; // 63 bits: not exact as a JSON number
        const QByteArray m = ProductChangeNotifier::encodeMessage("abc123", 42, catalogue);
        auto decoded = ProductChangeNotifier::decodeMessage(m);
        QVERIFY(decoded);
        QCOMPARE(decoded->instanceId, QByteArray("abc123"));
        QCOMPARE(decoded->catalogueId, catalogue);
        QCOMPARE(decoded->listVersion, qint64(42));
        auto anonymous = ProductChangeNotifier::decodeMessage(R"({"instance":"a","version":3})");
        QVERIFY(anonymous);
        QCOMPARE(anonymous->catalogueId, qint64(-1)); // decodes, but no catalogue accepts it
        QVERIFY(!ProductChangeNotifier::decodeMessage(
                R"({"instance":"a","catalogue":5,"version":3})"));
        QVERIFY(!ProductChangeNotifier::decodeMessage(
                R"({"instance":"a","catalogue":"x","version":3})"));
        QVERIFY(!ProductChangeNotifier::decodeMessage("not json"));
        QVERIFY(!ProductChangeNotifier::decodeMessage(R"({"instance":"a"})"));
        QVERIFY(!ProductChangeNotifier::decodeMessage(R"({"instance":"","version":3})"));
        QVERIFY(!ProductChangeNotifier::decodeMessage(R"({"instance":"a","version":-1})"));
        QVERIFY(!ProductChangeNotifier::decodeMessage(R"([1,2])"));
    }

    void instanceIds_areRandomPerNotifier()
    {
        const auto config = sqliteConfig(QStringLiteral("ids.db"));
        ProductChangeNotifierOptions o;
        o.cacheUrl = QStringLiteral("memory://");
        auto a = instance(config, o);
        auto b = instance(config, o);
        QVERIFY(a && b);
        QCOMPARE(a->notifier->instanceId().size(), 32);
        QVERIFY(a->notifier->instanceId() != b->notifier->instanceId());
    }

    void redis_writeInA_reachesBWithinOneSecond_andAIgnoresItsOwn()
    {
        const auto config = sqliteConfig(QStringLiteral("redis1.db"));
        auto a = instance(config, redisOptions(*m_redis, "shop"));
        auto b = instance(config, redisOptions(*m_redis, "shop"));
        QVERIFY(a && b);
        QCOMPARE(b->notifier->transport(), ChangeTransport::Redis);
        QCOMPARE(b->notifier->channel(), QByteArray("shop:pm:0:products"));
        QTRY_VERIFY_WITH_TIMEOUT(!a->notifier->isDegraded() && !b->notifier->isDegraded(), 2000);
        QVERIFY(!b->notifier->isPolling());

        const qint64 v = a->write(QStringLiteral("Apple"));
        QVERIFY(v > 0);
        QCOMPARE(a->stats().published, quint64(1));
        QVERIFY(b->remote->wait(1000));
        QCOMPARE(b->remote->count(), 1);
        QCOMPARE(b->remote->at(0).at(0).toLongLong(), v);
        QCOMPARE(b->stats().received, quint64(1)); // pushed, not polled
        QCOMPARE(b->notifier->knownListVersion(), v);

        // A heard its own message come back and ignored it.
        QTRY_COMPARE_WITH_TIMEOUT(a->stats().ignoredOwn, quint64(1), 1000);
        QCOMPARE(a->remote->count(), 0);
        QCOMPARE(a->notifier->knownListVersion(), v);

        // And the other way round.
        const qint64 w = b->write(QStringLiteral("Pear"));
        QVERIFY(a->remote->wait(1000));
        QCOMPARE(a->remote->at(0).at(0).toLongLong(), w);
        QTRY_COMPARE_WITH_TIMEOUT(b->stats().ignoredOwn, quint64(1), 1000);
        QCOMPARE(b->remote->count(), 1);
    }

    void redis_otherPrefix_neverHearsUs()
    {
        auto a = instance(sqliteConfig(QStringLiteral("one.db")), redisOptions(*m_redis, "one"));
        auto c = instance(sqliteConfig(QStringLiteral("one.db")), redisOptions(*m_redis, "one"));
        auto b = instance(sqliteConfig(QStringLiteral("two.db")), redisOptions(*m_redis, "two"));
        QVERIFY(a && b && c);
        QTRY_VERIFY_WITH_TIMEOUT(!b->notifier->isDegraded() && !c->notifier->isDegraded(), 2000);

        a->write(QStringLiteral("Apple"));
        QVERIFY(c->remote->wait(1000)); // the message went out and was delivered…
        QCoreApplication::processEvents();
        QCOMPARE(b->remote->count(), 0); // …but not to the other catalogue
        QCOMPARE(b->stats().received, quint64(0));
        QCOMPARE(b->stats().ignoredOwn + b->stats().malformed, quint64(0));
    }

    void redis_malformedMessage_isCountedAndIgnored()
    {
        const auto config = sqliteConfig(QStringLiteral("malformed.db"));
        auto b = instance(config, redisOptions(*m_redis, "mal"));
        QVERIFY(b);
        QTRY_VERIFY_WITH_TIMEOUT(!b->notifier->isDegraded(), 2000);
        const QByteArray channel = b->notifier->channel();
        const qint64 catalogue = b->repo->catalogueId().value();
        QCOMPARE(m_redis->command(QList<QByteArray>{"PUBLISH", channel, "garbage\r\n"}),
                 QByteArray("1"));
        QTRY_COMPARE_WITH_TIMEOUT(b->stats().malformed, quint64(1), 1000);

        // A well-formed message of our catalogue whose version did not happen: the database
        // is read, nothing moved, no change.
        const qint64 known = b->notifier->knownListVersion();
        m_redis->command(QList<QByteArray>{
                "PUBLISH", channel,
                ProductChangeNotifier::encodeMessage("someone", known + 10, catalogue)});
        QTRY_COMPARE_WITH_TIMEOUT(b->stats().ignoredOld, quint64(1), 1000);
        QCOMPARE(b->stats().messageChecks, quint64(1));
        QCOMPARE(b->remote->count(), 0);
        QCOMPARE(b->notifier->knownListVersion(), known);
    }

    void redis_samePrefix_otherCatalogue_isIgnored()
    {
        // Two databases whose windows share one Redis and one key prefix: one channel, but
        // each catalogue hears only its own changes.
        auto a = instance(sqliteConfig(QStringLiteral("cat-a.db")), redisOptions(*m_redis, "same"));
        auto a2 = instance(sqliteConfig(QStringLiteral("cat-a.db")),
                           redisOptions(*m_redis, "same"));
        auto b = instance(sqliteConfig(QStringLiteral("cat-b.db")), redisOptions(*m_redis, "same"));
        QVERIFY(a && a2 && b);
        QCOMPARE(a->notifier->channel(), b->notifier->channel());
        QVERIFY(a->repo->catalogueId().value() != b->repo->catalogueId().value());
        QTRY_VERIFY_WITH_TIMEOUT(!a2->notifier->isDegraded() && !b->notifier->isDegraded(), 2000);

        // b's list_version is the same number as a's: only the catalogue id tells them apart.
        a->write(QStringLiteral("Apple"));
        QVERIFY(a2->remote->wait(1000));
        QTRY_COMPARE_WITH_TIMEOUT(b->stats().ignoredForeign, quint64(1), 1000);
        QCOMPARE(b->remote->count(), 0);
        QCOMPARE(b->stats().received, quint64(0));
    }

    void redis_forgedMessages_neverSilenceARealChange()
    {
        // Anyone who can PUBLISH on the channel (another catalogue sharing the prefix, or a
        // hostile client) used to steer the windows: a message's version was trusted, so
        // 2^62 made them believe they were newer than any real write to come.
        const auto config = sqliteConfig(QStringLiteral("forged.db"));
        auto a = instance(config, redisOptions(*m_redis, "forged"));
        auto b = instance(config, redisOptions(*m_redis, "forged"));
        QVERIFY(a && b);
        QTRY_VERIFY_WITH_TIMEOUT(!a->notifier->isDegraded() && !b->notifier->isDegraded(), 2000);
        const QByteArray channel = b->notifier->channel();
        const qint64 ours = b->repo->catalogueId().value();
        const qint64 known = b->notifier->knownListVersion();
        const qint64 huge = qint64(1) << 62;

        // Another catalogue's message (its id differs) is not ours, whatever its version.
        m_redis->command(QList<QByteArray>{
                "PUBLISH", channel,
                ProductChangeNotifier::encodeMessage("other-catalogue", known + 1, ours ^ 1)});
        // A message without a catalogue (an older build, or a forger) is not ours either.
        m_redis->command(QList<QByteArray>{
                "PUBLISH", channel, ProductChangeNotifier::encodeMessage("nobody", known + 1)});
        QTRY_COMPARE_WITH_TIMEOUT(b->stats().ignoredForeign, quint64(2), 1000);
        // Our catalogue, a version far ahead of the database: only a hint, checked and
        // found to be nothing.
        m_redis->command(QList<QByteArray>{
                "PUBLISH", channel, ProductChangeNotifier::encodeMessage("forger", huge, ours)});
        QTRY_COMPARE_WITH_TIMEOUT(b->stats().ignoredOld, quint64(1), 1000);
        QCOMPARE(b->remote->count(), 0);
        QCOMPARE(b->notifier->knownListVersion(), known);
        QCOMPARE(b->stats().received, quint64(1));

        // A real write by another connection still reaches B, with the real version.
        const qint64 v = a->write(QStringLiteral("Real"));
        QVERIFY(v > known);
        QTRY_COMPARE_WITH_TIMEOUT(b->remote->count(), 1, 1000);
        QCOMPARE(b->remote->at(0).at(0).toLongLong(), v);
        QCOMPARE(b->notifier->knownListVersion(), v);

        // And one forged afterwards cannot hide the next real write either.
        m_redis->command(QList<QByteArray>{
                "PUBLISH", channel, ProductChangeNotifier::encodeMessage("forger", huge, ours)});
        QTRY_COMPARE_WITH_TIMEOUT(b->stats().ignoredOld, quint64(2), 1000);
        const qint64 w = a->write(QStringLiteral("Real again"));
        QTRY_COMPARE_WITH_TIMEOUT(b->remote->count(), 2, 1000);
        QCOMPARE(b->remote->at(1).at(0).toLongLong(), w);
        QCOMPARE(a->remote->count(), 0); // A heard only its own messages and the forgeries
    }

    void redis_killed_degradesToPoll_andRecoversWhenBack()
    {
        RedisServer server;
        QVERIFY(server.start());
        const auto config = sqliteConfig(QStringLiteral("kill.db"));
        auto a = instance(config, redisOptions(server, "k", 50));
        auto b = instance(config, redisOptions(server, "k", 50));
        QVERIFY(a && b);
        QTRY_VERIFY_WITH_TIMEOUT(!a->notifier->isDegraded() && !b->notifier->isDegraded(), 2000);
        QSignalSpy degraded(b->notifier.get(), &ProductChangeNotifier::degradedChanged);

        server.kill();
        QTRY_VERIFY_WITH_TIMEOUT(b->notifier->isDegraded(), 2000);
        QVERIFY(b->notifier->isPolling());
        QCOMPARE(degraded.count(), 1);
        QCOMPARE(degraded.at(0).at(0).toBool(), true);

        // The publish fails (counted), yet B learns of the write through the version poll.
        const qint64 v = a->write(QStringLiteral("During the outage"));
        QCOMPARE(a->stats().publishFailures, quint64(1));
        QVERIFY(b->remote->wait(1000));
        QCOMPARE(b->remote->last().at(0).toLongLong(), v);
        QCOMPARE(b->stats().received, quint64(0));

        QVERIFY(server.start());
        QTRY_VERIFY_WITH_TIMEOUT(!b->notifier->isDegraded() && !a->notifier->isDegraded(), 5000);
        QVERIFY(!b->notifier->isPolling());
        QCOMPARE(degraded.count(), 2);

        const qint64 w = a->write(QStringLiteral("After the return"));
        QVERIFY(b->remote->wait(1000));
        QCOMPARE(b->remote->last().at(0).toLongLong(), w);
        QCOMPARE(b->stats().received, quint64(1)); // pushed again
    }

    void redis_notifierOnAWorkerThread_emitsThere()
    {
        // The integrator's setup: database, repository and notifier on the window's worker.
        const auto config = sqliteConfig(QStringLiteral("thread.db"));
        QThread worker;
        worker.start();
        QObject anchor;
        anchor.moveToThread(&worker);
        std::unique_ptr<Instance> b;
        std::atomic<QThread *> emittedOn{nullptr};
        std::atomic<qint64> emittedVersion{-1};
        QMetaObject::invokeMethod(
                &anchor,
                [&] {
                    b = instance(config, redisOptions(*m_redis, "thr"));
                    if (b)
                        connect(b->notifier.get(), &ProductChangeNotifier::remoteChange,
                                b->notifier.get(), [&](qint64 v) {
                                    emittedVersion = v;
                                    emittedOn = QThread::currentThread();
                                });
                },
                Qt::BlockingQueuedConnection);
        QVERIFY(b);
        auto a = instance(config, redisOptions(*m_redis, "thr"));
        QVERIFY(a);
        QTRY_VERIFY_WITH_TIMEOUT(!a->notifier->isDegraded() && !b->notifier->isDegraded(), 2000);

        const qint64 v = a->write(QStringLiteral("Apple"));
        QTRY_COMPARE_WITH_TIMEOUT(emittedVersion.load(), v, 1000);
        QCOMPARE(emittedOn.load(), &worker);

        // The connection belongs to the worker: close it there.
        QMetaObject::invokeMethod(
                &anchor, [&] { b.reset(); }, Qt::BlockingQueuedConnection);
        worker.quit();
        QVERIFY(worker.wait(5000));
    }

    void postgres_writeInA_reachesBWithinOneSecond_andAIgnoresItsOwn()
    {
        auto config = freshPostgresDatabase(QStringLiteral("pm_tst_productchangenotifier"));
        QVERIFY2(config, qPrintable(config ? QString() : config.error().toString()));
        ProductChangeNotifierOptions o;
        o.cacheUrl = QStringLiteral("memory://");
        auto a = instance(config.value(), o);
        auto b = instance(config.value(), o);
        QVERIFY(a && b);
        QCOMPARE(a->notifier->transport(), ChangeTransport::Postgres);
        QVERIFY(!b->notifier->isPolling());

        const qint64 v = a->write(QStringLiteral("Apple"));
        QVERIFY(v > 0);
        QCOMPARE(a->stats().published, quint64(1));
        QVERIFY(b->remote->wait(1000));
        QCOMPARE(b->remote->at(0).at(0).toLongLong(), v);
        QCOMPARE(b->stats().received, quint64(1));
        QTRY_COMPARE_WITH_TIMEOUT(a->stats().ignoredOwn, quint64(1), 1000);
        QCOMPARE(a->remote->count(), 0);

        // A batch write notifies once, with the batch's version.
        auto n = b->repo->insertMany({ProductFields{QStringLiteral("X"), Money(1)},
                                      ProductFields{QStringLiteral("Y"), Money(2)}});
        QVERIFY(n);
        QVERIFY(a->remote->wait(1000));
        QCOMPARE(a->remote->count(), 1);
        QCOMPARE(a->remote->at(0).at(0).toLongLong(), b->repo->lastCommittedListVersion());
    }

    void sqlite_withoutRedis_pollsTheVersion_overTwoConnections()
    {
        const auto config = sqliteConfig(QStringLiteral("poll.db"));
        ProductChangeNotifierOptions o;
        o.cacheUrl = QStringLiteral("memory://");
        o.pollIntervalMs = 50;
        auto a = instance(config, o);
        auto b = instance(config, o);
        QVERIFY(a && b);
        QCOMPARE(a->notifier->transport(), ChangeTransport::Poll);
        QVERIFY(a->notifier->isPolling());

        const qint64 v = a->write(QStringLiteral("Apple"));
        QVERIFY(b->remote->wait(1000));
        QCOMPARE(b->remote->at(0).at(0).toLongLong(), v);

        // Several writes between two ticks are one change, at the newest version.
        a->write(QStringLiteral("B"));
        a->write(QStringLiteral("C"));
        const qint64 last = a->write(QStringLiteral("D"));
        QTRY_COMPARE_WITH_TIMEOUT(b->notifier->knownListVersion(), last, 1000);
        QCOMPARE(b->remote->last().at(0).toLongLong(), last);

        // A's own writes never come back to it as remote changes, whatever its poll sees.
        const quint64 polls = a->stats().polls;
        QTRY_VERIFY_WITH_TIMEOUT(a->stats().polls >= polls + 2, 1000);
        QCOMPARE(a->remote->count(), 0);
    }

    void memoryCache_remoteWrite_dropsSupersededListEntries()
    {
        const auto config = sqliteConfig(QStringLiteral("drop.db"));
        auto local = createProductCache(QStringLiteral("memory://"), m_clock);
        QVERIFY(local);
        Cache &cache = *local.value();
        ProductChangeNotifierOptions o;
        o.cacheUrl = QStringLiteral("memory://");
        o.pollIntervalMs = 50;
        auto a = instance(config, o);
        o.localCache = &cache;
        auto b = instance(config, o);
        QVERIFY(a && b);
        const qint64 v0 = b->notifier->knownListVersion();
        const QString key = ProductService::ListKey;
        QVERIFY(cache.set(key, QVariant(1), Timeout(), Version(int(v0))).ok());

        const qint64 v = a->write(QStringLiteral("Apple"));
        QVERIFY(b->remote->wait(1000));
        QCOMPARE(b->stats().droppedEntries, quint64(1));
        QCOMPARE(cache.hasKey(key, Version(int(v0))).valueOr(true), false);

        // A list cached at the current version stays.
        QVERIFY(cache.set(key, QVariant(2), Timeout(), Version(int(v))).ok());
        const qint64 w = a->write(QStringLiteral("Pear"));
        QTRY_COMPARE_WITH_TIMEOUT(b->notifier->knownListVersion(), w, 1000);
        QCOMPARE(cache.hasKey(key, Version(int(v))).valueOr(true), false);
        QCOMPARE(b->stats().droppedEntries, quint64(2));
    }

    void sharedRedisCache_isNotTouchedOnARemoteChange()
    {
        // The writer removed the superseded key from the shared cache; readers leave it be.
        auto local = createProductCache(QStringLiteral("memory://"), m_clock);
        QVERIFY(local);
        const auto config = sqliteConfig(QStringLiteral("shared.db"));
        auto o = redisOptions(*m_redis, "shared");
        auto a = instance(config, o);
        o.localCache = local.value().get();
        auto b = instance(config, o);
        QVERIFY(a && b);
        QTRY_VERIFY_WITH_TIMEOUT(!a->notifier->isDegraded() && !b->notifier->isDegraded(), 2000);
        const qint64 v0 = b->notifier->knownListVersion();
        QVERIFY(local.value()
                        ->set(ProductService::ListKey, QVariant(1), Timeout(), Version(int(v0)))
                        .ok());
        a->write(QStringLiteral("Apple"));
        QVERIFY(b->remote->wait(1000));
        QCOMPARE(b->stats().droppedEntries, quint64(0));
        QVERIFY(local.value()->hasKey(ProductService::ListKey, Version(int(v0))).valueOr(false));
    }

    void crossProcess_writeInEitherProcess_reachesTheOther_data()
    {
        QTest::addColumn<QString>("transport");
        QTest::newRow("redis") << QStringLiteral("redis");
        QTest::newRow("postgres") << QStringLiteral("postgres");
        QTest::newRow("poll") << QStringLiteral("poll");
    }

    void crossProcess_writeInEitherProcess_reachesTheOther()
    {
        QFETCH(QString, transport);
        const QString probePath = qEnvironmentVariable("PM_NOTIFIER_PROBE");
        QVERIFY2(!probePath.isEmpty(), "PM_NOTIFIER_PROBE is not set (run through ctest)");

        DatabaseConfig config;
        if (transport == QLatin1String("postgres")) {
            auto fresh = freshPostgresDatabase(QStringLiteral("pm_tst_productchangenotifier_x"));
            QVERIFY2(fresh, qPrintable(fresh ? QString() : fresh.error().toString()));
            config = fresh.value();
        } else {
            config = sqliteConfig(QStringLiteral("xproc-%1.db").arg(transport));
        }
        ProductChangeNotifierOptions o;
        o.cacheUrl = transport == QLatin1String("redis") ? m_redis->unixUrl(0)
                                                         : QStringLiteral("memory://");
        o.keyPrefix = "xproc";
        o.pollIntervalMs = 100;
        auto a = instance(config, o); // opens (and migrates) first
        QVERIFY(a);
        QTRY_VERIFY_WITH_TIMEOUT(!a->notifier->isDegraded(), 2000);

        QProcess probe;
        probe.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QList<QByteArray> lines;
        QByteArray partial;
        connect(&probe, &QProcess::readyReadStandardOutput, this, [&] {
            partial += probe.readAllStandardOutput();
            for (qsizetype eol; (eol = partial.indexOf('\n')) >= 0;) {
                lines << partial.left(eol);
                partial.remove(0, eol + 1);
            }
        });
        probe.start(
                probePath,
                {config.redactedUrl(), o.cacheUrl, QStringLiteral("xproc"), QStringLiteral("100")});
        QVERIFY(probe.waitForStarted(5000));
        const QByteArray ready = "ready " + transport.toUtf8();
        QTRY_VERIFY2_WITH_TIMEOUT(lines.contains(ready), lines.join(" | ").constData(), 5000);

        // A (this process) writes: the probe hears it within a second.
        const qint64 v = a->write(QStringLiteral("From A"));
        QVERIFY(v > 0);
        QTRY_VERIFY2_WITH_TIMEOUT(lines.contains("change " + QByteArray::number(v)),
                                  lines.join(" | ").constData(), 1000);

        // The probe writes: A hears it, and the probe does not hear itself.
        probe.write("write From B\n");
        QTRY_VERIFY_WITH_TIMEOUT(!lines.isEmpty() && lines.last().startsWith("wrote "), 5000);
        const qint64 w = lines.last().mid(6).toLongLong();
        QVERIFY(w > v);
        QTRY_VERIFY_WITH_TIMEOUT(!a->remote->isEmpty() && a->remote->last().at(0).toLongLong() == w,
                                 1000);
        QVERIFY(!lines.contains("change " + QByteArray::number(w)));

        probe.write("quit\n");
        QVERIFY(probe.waitForFinished(5000));
        QCOMPARE(probe.exitCode(), 0);
        const QByteArray rest = partial + probe.readAllStandardOutput();
        QVERIFY(!lines.contains("change " + QByteArray::number(w)));
        QVERIFY2(!rest.contains("change "), rest.constData());
    }

    void latency_writeToRemoteChange_staysUnderOneSecond_data()
    {
        QTest::addColumn<QString>("transport");
        QTest::newRow("redis") << QStringLiteral("redis");
        QTest::newRow("postgres") << QStringLiteral("postgres");
        QTest::newRow("poll") << QStringLiteral("poll");
    }

    void latency_writeToRemoteChange_staysUnderOneSecond()
    {
        // Measured, not only bounded: the median and worst case are printed for the report.
        QFETCH(QString, transport);
        DatabaseConfig config;
        if (transport == QLatin1String("postgres")) {
            auto fresh = freshPostgresDatabase(QStringLiteral("pm_tst_productchangenotifier_l"));
            QVERIFY2(fresh, qPrintable(fresh ? QString() : fresh.error().toString()));
            config = fresh.value();
        } else {
            config = sqliteConfig(QStringLiteral("latency-%1.db").arg(transport));
        }
        ProductChangeNotifierOptions o;
        o.cacheUrl = transport == QLatin1String("redis") ? m_redis->unixUrl(0)
                                                         : QStringLiteral("memory://");
        o.keyPrefix = "lat";
        o.pollIntervalMs = 100;
        auto a = instance(config, o);
        auto b = instance(config, o);
        QVERIFY(a && b);
        QTRY_VERIFY_WITH_TIMEOUT(!a->notifier->isDegraded() && !b->notifier->isDegraded(), 2000);

        QList<qint64> us;
        QElapsedTimer t;
        for (int i = 0; i < 20; ++i) {
            t.start();
            const qint64 v = a->write(QStringLiteral("P%1").arg(i));
            QVERIFY(b->remote->wait(1000));
            us << t.nsecsElapsed() / 1000;
            QCOMPARE(b->remote->last().at(0).toLongLong(), v);
        }
        std::sort(us.begin(), us.end());
        qInfo("%s: write -> remoteChange median %lld us, max %lld us (poll every %d ms)",
              qPrintable(transport), us.at(us.size() / 2), us.last(), o.pollIntervalMs);
        QVERIFY(us.last() < 1'000'000);
    }

    void stop_endsListening()
    {
        const auto config = sqliteConfig(QStringLiteral("stop.db"));
        auto a = instance(config, redisOptions(*m_redis, "stop"));
        QVERIFY(a);
        QTRY_VERIFY_WITH_TIMEOUT(!a->notifier->isDegraded(), 2000);
        QCOMPARE(m_redis->command(QList<QByteArray>{"PUBSUB", "NUMSUB", "stop:pm:0:products"}),
                 QByteArray("stop:pm:0:products\n1"));
        QElapsedTimer t;
        t.start();
        a->notifier->stop();
        QVERIFY2(t.elapsed() < 150, qPrintable(QString::number(t.elapsed())));
        QVERIFY(!a->notifier->isPolling());
        QCOMPARE(m_redis->command(QList<QByteArray>{"PUBSUB", "NUMSUB", "stop:pm:0:products"}),
                 QByteArray("stop:pm:0:products\n0"));
        QCOMPARE(a->notifier->transport(), ChangeTransport::Auto);
        const quint64 published = a->stats().published;
        a->write(QStringLiteral("While stopped"));
        QCOMPARE(a->stats().published, published);

        // It starts again, subscribed once more.
        QVERIFY(a->notifier->start().ok());
        QTRY_VERIFY_WITH_TIMEOUT(!a->notifier->isDegraded(), 2000);
        QCOMPARE(m_redis->command(QList<QByteArray>{"PUBSUB", "NUMSUB", "stop:pm:0:products"}),
                 QByteArray("stop:pm:0:products\n1"));
    }

    void badCacheUrl_isAnError()
    {
        ProductChangeNotifierOptions o;
        o.cacheUrl = QStringLiteral("bogus://x");
        auto db = ProductSchema::open(sqliteConfig(QStringLiteral("bad.db")));
        QVERIFY(db);
        ProductRepository repo(*db.value(), m_clock);
        ProductChangeNotifier n(repo, *db.value(), o);
        QVERIFY(!n.start());
        o.cacheUrl = QStringLiteral("memory://");
        o.transport = ChangeTransport::Postgres;
        ProductChangeNotifier p(repo, *db.value(), o);
        QCOMPARE(p.start().error().kind, ErrorKind::InvalidInput);
    }
};

QTEST_GUILESS_MAIN(TestProductChangeNotifier)
#include "tst_productchangenotifier.moc"
