// Redis transport faults: a reply cut at every byte offset, a dripping reply, a restart from an
// old snapshot, CLIENT KILL. A real redis-server behind a fault proxy (tests/support/faultproxy)
// on loopback; the product list must always come out right. And hostile replies (huge or
// negative lengths, garbage, deep nesting) at every step of the connection and the subscriber,
// injected by tests/support/hostileredis in front of a real redis-server.
#include "cache/cache.h"
#include "catalogue.h"
#include "faultproxy.h"
#include "hostileredis.h"
#include "products/productservice.h"
#include "redis/redisconnection.h"
#include "redis/redissubscriber.h"
#include "redis/respwriter.h"
#include "redisserver.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

using namespace pm;
using namespace pm::test;

namespace {

constexpr int DeadlineMs = 250;
constexpr int SlackMs = 50;

RedisOptions proxyOptions(const FaultProxy &proxy, int db = 0)
{
    auto o = RedisOptions::fromUrl(proxy.url(db, QStringLiteral("deadline=%1").arg(DeadlineMs)));
    return o ? o.value() : RedisOptions();
}

QVariant sampleValue(const QString &kind)
{
    if (kind == QLatin1String("map")) {
        return QVariantMap{{QStringLiteral("title"), QStringLiteral("Apple")},
                           {QStringLiteral("cents"), 120},
                           {QStringLiteral("tags"), QStringList{"fruit", "red", "ünïcödé"}},
                           {QStringLiteral("ratio"), 0.25},
                           {QStringLiteral("none"), QVariant::fromValue(nullptr)}};
    }
    ProductList products;
    for (int i = 0; i < 3; ++i) {
        Product p;
        p.id = i + 1;
        p.title = QStringLiteral("Product %1").arg(i);
        p.price = Money(100 + i);
        products.append(p);
    }
    return QVariant::fromValue(CachedProductList{7, 3, products});
}

bool sameValue(const QVariant &a, const QVariant &b)
{
    if (a.canConvert<CachedProductList>() && b.canConvert<CachedProductList>()) {
        const auto x = a.value<CachedProductList>();
        const auto y = b.value<CachedProductList>();
        return x.catalogueId == y.catalogueId && x.listVersion == y.listVersion
                && x.products == y.products;
    }
    return a == b;
}

// Replies a hostile or broken server may send; each must be a clear error, never an abort
// (std::bad_alloc from a declared size) nor a stall (hiredis allocating 2^31 elements).
const QList<QPair<const char *, QByteArray>> &hostilePayloads()
{
    static const QList<QPair<const char *, QByteArray>> payloads{
            {"bulk 2^63-8", "$9223372036854775800\r\n"},
            {"bulk -2", "$-2\r\n"},
            {"bulk garbage length", QByteArray("$1x\x01\r\nabc\r\n")},
            {"bulk empty length", "$\r\nzz\r\n"},
            {"bulk 2^40", "$1099511627776\r\n" + QByteArray(64, 'x')},
            {"bulk overflows int64", "$99999999999999999999\r\n"},
            {"array 2^31-1", "*2147483647\r\n"},
            {"array -5", "*-5\r\n"},
            {"arrays nested 64 deep", QByteArray("*1\r\n").repeated(64) + ":1\r\n"},
            {"unknown type byte", "!bogus\r\n"},
    };
    return payloads;
}

const QByteArray HostilePassword = "h0stile-pw";
constexpr int HostileDb = 2;

RedisOptions hostileOptions(const HostileRedis &hostile)
{
    RedisOptions o = unixRedisOptions(hostile.socketPath(), HostileDb);
    o.password = QString::fromUtf8(HostilePassword);
    o.commandDeadlineMs = DeadlineMs;
    o.connectTimeoutMs = DeadlineMs;
    // No backoff: "the next call after the server is well again" is really the next call.
    o.backoffInitialMs = 0;
    o.backoffMaxMs = 0;
    return o;
}

bool isClearFault(const Error &e)
{
    return (e.kind == ErrorKind::Protocol || e.kind == ErrorKind::TooLarge) && !e.message.isEmpty();
}

} // namespace

class TestRedisFaults : public QObject
{
    Q_OBJECT

private slots:
    void cutReply_atEveryByteOffset_isAnErrorNeverAPartialValue_data();
    void cutReply_atEveryByteOffset_isAnErrorNeverAPartialValue();
    void drippingReply_endsWithinDeadlineAsTimeout();
    void pipelineOk_repliesOneByteAtATime_areCountedExactly();
    void drippingReply_listComesFromDatabase_andCacheIsUsedAgainAfterwards();
    void restartFromOldSnapshot_neverServesStaleList_andRestoresAuthSelectDeadline();
    void clientKill_nextCallRecovers();
    void hostileReply_onTheConnection_isAClearErrorWithinTheDeadline_data();
    void hostileReply_onTheConnection_isAClearErrorWithinTheDeadline();
    void hostileReply_onTheSubscriber_isALostConnectionThenRecovers_data();
    void hostileReply_onTheSubscriber_isALostConnectionThenRecovers();
};

void TestRedisFaults::cutReply_atEveryByteOffset_isAnErrorNeverAPartialValue_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("map") << QStringLiteral("map");
    QTest::newRow("product_list") << QStringLiteral("product_list");
}

void TestRedisFaults::cutReply_atEveryByteOffset_isAnErrorNeverAPartialValue()
{
    QFETCH(QString, kind);
    RedisServer server;
    QVERIFY(server.start());
    FaultProxy proxy(server.socketPath());
    QVERIFY(proxy.start());

    // Written directly, read through the proxy.
    const QVariant value = sampleValue(kind);
    auto writer = productCache(unixRedisOptions(server.socketPath()));
    QVERIFY(writer->set(QStringLiteral("k"), value, Timeout::never()).ok());
    // What a healthy read returns (containers come back in their generic form, e.g. a
    // QStringList as a QVariantList): the only value a read through the proxy may return.
    const QVariant healthy = writer->get(QStringLiteral("k")).value().value_or(QVariant());
    QVERIFY(sameValue(healthy, value) || kind == QLatin1String("map"));
    const QByteArray stored = server.command(QList<QByteArray>{"GET", ":1:k"});
    QVERIFY(stored.size() > ValueCodec::HeaderSize);
    // The whole RESP reply: "$<len>\r\n<bytes>\r\n".
    const qint64 replySize = 1 + QByteArray::number(stored.size()).size() + 2 + stored.size() + 2;

    auto cache = productCache(proxyOptions(proxy));
    // Two log lines per offset (cut, reconnected) would bury the test's own output.
    QLoggingCategory::setFilterRules(QStringLiteral("pm.redis.warning=false\npm.redis.info=false"));
    const auto restoreLogs = qScopeGuard([] { QLoggingCategory::setFilterRules(QString()); });
    qint64 worstMs = 0;
    for (qint64 cutAt = 0; cutAt <= replySize; ++cutAt) {
        cache->close(); // reconnect at once, without the backoff of the previous cut
        proxy.setPass();
        QVERIFY2(cache->set(QStringLiteral("warm"), 1).ok(), "the connection is up before the cut");
        const quint64 errorsBefore = cache->stats().errors;
        proxy.setCut(cutAt);
        QElapsedTimer timer;
        timer.start();
        const Result<std::optional<QVariant>> got = cache->get(QStringLiteral("k"));
        const qint64 ms = timer.elapsed();
        worstMs = std::max(worstMs, ms);
        QVERIFY2(ms <= DeadlineMs + SlackMs,
                 qPrintable(QStringLiteral("cut at %1: %2 ms").arg(cutAt).arg(ms)));
        if (cutAt < replySize) {
            // Never a value: not a partial one, not a different one.
            QVERIFY2(!got.ok(),
                     qPrintable(QStringLiteral("cut at %1 of %2 returned a value")
                                        .arg(cutAt)
                                        .arg(replySize)));
            QCOMPARE(cache->stats().errors, errorsBefore + 1);
        } else {
            // The whole reply went through: exactly the stored value.
            QVERIFY(got.ok());
            QVERIFY(got.value().has_value());
            QVERIFY(sameValue(*got.value(), healthy));
        }
    }
    QVERIFY(proxy.cuts() >= int(replySize));
    qInfo("%s: %lld cut offsets, slowest call %lld ms", qPrintable(kind), replySize, worstMs);
}

void TestRedisFaults::pipelineOk_repliesOneByteAtATime_areCountedExactly()
{
    // setMany's pipeline reads "+OK" lines itself: every line split across reads, an error
    // line among them, must still count one reply per command.
    RedisServer server;
    QVERIFY(server.start());
    FaultProxy proxy(server.socketPath());
    QVERIFY(proxy.start());
    RedisConnection c(proxyOptions(proxy));
    QVERIFY(c.ping().ok());
    QByteArray request;
    RespWriter writer(request);
    const QList<QByteArrayList> commands{{"SET", "a", "1"}, {"LPUSH", "a", "x"}, {"SET", "b", "2"}};
    for (const QByteArrayList &argv : commands) {
        writer.command(argv.size());
        for (const QByteArray &arg : argv)
            writer.arg(arg);
    }
    proxy.setDrip(1);
    RedisConnection::CallOptions call;
    call.deadlineMs = 10'000;
    const Result<QList<qsizetype>> failed = c.pipelineOk(writer.finish(), commands.size(), call);
    proxy.setPass();
    QVERIFY2(failed.ok(), qPrintable(failed.ok() ? QString() : failed.error().toString()));
    QCOMPARE(*failed, QList<qsizetype>{1});
    QCOMPARE(server.command(QStringList{"GET", "b"}), QByteArray("2"));
    QCOMPARE(c.command({"GET", "a"})->string(), QByteArray("1"));
}

void TestRedisFaults::drippingReply_endsWithinDeadlineAsTimeout()
{
    RedisServer server;
    QVERIFY(server.start());
    FaultProxy proxy(server.socketPath());
    QVERIFY(proxy.start());
    auto writer = productCache(unixRedisOptions(server.socketPath()));
    QVERIFY(writer->set(QStringLiteral("k"), sampleValue(QStringLiteral("product_list"))).ok());

    auto cache = productCache(proxyOptions(proxy));
    QVERIFY(cache->set(QStringLiteral("warm"), 1).ok());
    proxy.setDrip(20); // ~150 bytes at 20 ms a byte: 3 s if nothing bounded the call
    QElapsedTimer timer;
    timer.start();
    const auto got = cache->get(QStringLiteral("k"));
    const qint64 ms = timer.elapsed();
    QVERIFY(!got.ok());
    QCOMPARE(got.error().kind, ErrorKind::Timeout);
    QVERIFY2(ms <= DeadlineMs + SlackMs, qPrintable(QString::number(ms)));
    QVERIFY2(ms >= DeadlineMs - 5, "the call waited for its deadline, not less");

    // Behind the default front end (read errors are misses), the same fault is a counted miss.
    CacheOptions lenient;
    ValueCodec codec;
    Cache missCache(std::make_unique<RedisBackend>(proxyOptions(proxy), codec), lenient);
    timer.restart();
    const auto miss = missCache.get(QStringLiteral("k"));
    QVERIFY(timer.elapsed() <= DeadlineMs + SlackMs);
    QVERIFY(miss.ok());
    QVERIFY(!miss.value().has_value());
    QCOMPARE(missCache.stats().misses, quint64(1));
    QCOMPARE(missCache.stats().errors, quint64(1));
}

void TestRedisFaults::drippingReply_listComesFromDatabase_andCacheIsUsedAgainAfterwards()
{
    RedisServer server;
    QVERIFY(server.start());
    FaultProxy proxy(server.socketPath());
    QVERIFY(proxy.start());
    Catalogue catalogue(5);
    QVERIFY(catalogue.isValid());
    auto cache = productCache(proxyOptions(proxy, 1));
    ProductService service(catalogue.repository(), *cache);
    QSignalSpy failed(&service, &ProductService::cacheFailed);

    ListLoadStats s;
    QVERIFY(service.list(&s).ok()); // fills the cache
    QVERIFY(service.list(&s).ok());
    QVERIFY(s.hit);

    proxy.setDrip(20);
    QElapsedTimer timer;
    timer.start();
    const Result<ProductList> list = service.list(&s);
    const qint64 ms = timer.elapsed();
    QVERIFY(list.ok());
    QCOMPARE(list.value(), catalogue.databaseList());
    QVERIFY(!s.hit);
    QVERIFY(s.fromDatabaseBecauseCacheFailed);
    QCOMPARE(s.listQueries, 1);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(0).value<Error>().kind, ErrorKind::Timeout);
    // The cache's share is bounded by the deadline; the SQLite part is a few ms.
    QVERIFY2(ms <= DeadlineMs + SlackMs + 50, qPrintable(QString::number(ms)));

    // The fault ends: after the backoff the cache serves the list again.
    proxy.setPass();
    QTRY_VERIFY_WITH_TIMEOUT(service.list(&s).ok() && s.hit, 5000);
}

void TestRedisFaults::restartFromOldSnapshot_neverServesStaleList_andRestoresAuthSelectDeadline()
{
    RedisServer::Options serverOptions;
    serverOptions.password = "sn4pshot-pw";
    RedisServer server(serverOptions);
    QVERIFY(server.start());
    Catalogue catalogue(3);
    QVERIFY(catalogue.isValid());
    RedisOptions o = unixRedisOptions(server.socketPath(), 3);
    o.password = QString::fromUtf8(serverOptions.password);
    o.commandDeadlineMs = DeadlineMs;
    auto cache = productCache(o);
    ProductService service(catalogue.repository(), *cache);

    ListLoadStats s;
    QVERIFY(service.list(&s).ok());
    const qint64 oldVersion = s.listVersion;
    const QByteArray oldKey = cache->makeKey(ProductService::ListKey, Version(int(oldVersion)));
    QCOMPARE(server.command(QList<QByteArray>{"EXISTS", oldKey}, 3), QByteArray("1"));
    QCOMPARE(server.command(QList<QByteArray>{"SAVE"}), QByteArray("OK"));

    // Writes after the snapshot: the old key is deleted, the newer list is cached.
    QVERIFY(service.create(ProductFields{QStringLiteral("Newer"), Money(999)}).ok());
    const ProductList current = catalogue.databaseList();
    QCOMPARE(current.size(), 4);
    QCOMPARE(server.command(QList<QByteArray>{"EXISTS", oldKey}, 3), QByteArray("0"));
    QVERIFY(service.list(&s).ok());
    QVERIFY(s.listVersion > oldVersion);

    // SHUTDOWN NOSAVE, then a restart from the old snapshot: the deleted key comes back.
    server.command(QList<QByteArray>{"SHUTDOWN", "NOSAVE"});
    QTRY_VERIFY_WITH_TIMEOUT(!server.isRunning(), 5000);
    QVERIFY(server.start());
    QCOMPARE(server.command(QList<QByteArray>{"EXISTS", oldKey}, 3),
             QByteArray("1")); // the resurrected list

    // Back within 5 s, and never the stale list, whatever the calls in between return.
    bool stale = false;
    const auto servedFromCache = [&] {
        const Result<ProductList> list = service.list(&s);
        if (!list.ok() || list.value() != current)
            stale = true;
        return !s.fromDatabaseBecauseCacheFailed;
    };
    QTRY_VERIFY_WITH_TIMEOUT(servedFromCache(), 5000);
    QVERIFY2(!stale, "a load in between served an old list");
    QVERIFY(service.list(&s).ok());
    QVERIFY(s.hit);
    // AUTH and SELECT were re-applied: our list is in db 3, found with the password.
    const QByteArray newKey = cache->makeKey(ProductService::ListKey, Version(int(s.listVersion)));
    QCOMPARE(server.command(QList<QByteArray>{"EXISTS", newKey}, 3), QByteArray("1"));
    // The deadline too: a hung server costs at most the deadline.
    server.pause();
    QElapsedTimer timer;
    timer.start();
    QVERIFY(service.list(&s).ok());
    QVERIFY(s.fromDatabaseBecauseCacheFailed);
    QVERIFY2(timer.elapsed() <= DeadlineMs + SlackMs + 50,
             qPrintable(QString::number(timer.elapsed())));
    server.resume();
}

void TestRedisFaults::clientKill_nextCallRecovers()
{
    RedisServer server;
    QVERIFY(server.start());
    Catalogue catalogue(3);
    QVERIFY(catalogue.isValid());
    RedisOptions o = unixRedisOptions(server.socketPath(), 2);
    // Between two user actions a connection is idle for longer than idleCheckMs (100 ms by
    // default); 0 makes that the case here without waiting.
    o.idleCheckMs = 0;
    auto cache = productCache(o);
    ProductService service(catalogue.repository(), *cache);
    QSignalSpy failed(&service, &ProductService::cacheFailed);
    ListLoadStats s;
    QVERIFY(service.list(&s).ok());
    QVERIFY(service.list(&s).ok());
    QVERIFY(s.hit);

    // Kill every client but the fixture's own connection: that is ours.
    QVERIFY(server.command(QList<QByteArray>{"CLIENT", "KILL", "TYPE", "normal", "SKIPME", "yes"})
                    .toInt()
            >= 1);
    QVERIFY(service.list(&s).ok());
    QVERIFY(s.hit);
    QVERIFY(!s.fromDatabaseBecauseCacheFailed);
    QCOMPARE(failed.size(), 0);
    auto &backend = static_cast<RedisBackend &>(cache->backend());
    QCOMPARE(backend.connection().stats().reconnects, quint64(1));
}

void TestRedisFaults::hostileReply_onTheConnection_isAClearErrorWithinTheDeadline_data()
{
    QTest::addColumn<QByteArray>("command");
    QTest::addColumn<QByteArray>("reply");
    // The handshake (AUTH, SELECT, PING in one round trip) and every command RedisBackend
    // sends for get, getMany, scan and incr (EVALSHA, then EVAL after NOSCRIPT).
    for (const char *command : {"AUTH", "SELECT", "PING", "GET", "MGET", "SCAN", "EVALSHA", "EVAL"})
        for (const auto &[name, bytes] : hostilePayloads())
            QTest::addRow("%s %s", command, name) << QByteArray(command) << bytes;
}

void TestRedisFaults::hostileReply_onTheConnection_isAClearErrorWithinTheDeadline()
{
    QFETCH(QByteArray, command);
    QFETCH(QByteArray, reply);
    RedisServer::Options serverOptions;
    serverOptions.password = HostilePassword;
    RedisServer server(serverOptions);
    QVERIFY(server.start());
    HostileRedis hostile(server.socketPath());
    QVERIFY(hostile.start());
    ValueCodec codec;
    RedisBackend backend(hostileOptions(hostile), codec);
    CallFacts facts;
    const QByteArray key = "pm:1:k";
    const QByteArray counter = "pm:1:n";
    const bool handshake = command == "AUTH" || command == "SELECT" || command == "PING";
    if (!handshake) {
        QVERIFY(backend.set(key, QVariant(qlonglong(42)), Expiry::never(), facts).ok());
        QVERIFY(backend.set(counter, QVariant(qlonglong(1)), Expiry::never(), facts).ok());
    }
    QLoggingCategory::setFilterRules(QStringLiteral("pm.redis.warning=false"));
    const auto restoreLogs = qScopeGuard([] { QLoggingCategory::setFilterRules(QString()); });

    hostile.arm(command, reply);
    const quint64 failuresBefore = backend.connection().stats().failures;
    QElapsedTimer timer;
    timer.start();
    bool returnedData = false;
    if (command == "MGET") {
        const auto r = backend.getMany({key, counter}, facts);
        returnedData = r.ok() && !r->isEmpty();
    } else if (command == "SCAN") {
        const auto r = backend.scan("pm:", QByteArray(), 10, facts);
        returnedData = r.ok();
    } else if (command == "EVALSHA" || command == "EVAL") {
        returnedData = backend.incr(counter, 1, facts).ok();
    } else {
        const auto r = backend.get(key, facts);
        returnedData = r.ok() && r->has_value();
    }
    const qint64 ms = timer.elapsed();

    QCOMPARE(hostile.hostileReplies(), 1); // the fault hit exactly the command under test
    QVERIFY2(ms <= DeadlineMs + SlackMs, qPrintable(QStringLiteral("%1 ms").arg(ms)));
    QVERIFY2(!returnedData, "a hostile reply never becomes data");
    QCOMPARE(backend.connection().stats().failures, failuresBefore + 1);
    const Error error = backend.connection().lastError();
    QVERIFY2(isClearFault(error), qPrintable(error.toString()));
    QVERIFY(backend.connection().state() != RedisConnection::State::Connected); // dropped

    // Well again: the very next call reconnects (AUTH, SELECT, PING) and works.
    hostile.disarm();
    if (handshake)
        QVERIFY(backend.set(key, QVariant(qlonglong(42)), Expiry::never(), facts).ok());
    const auto again = backend.get(key, facts);
    QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().toString()));
    QVERIFY(again->has_value());
    QCOMPARE(again->value().toLongLong(), 42);
    QCOMPARE(backend.connection().state(), RedisConnection::State::Connected);
}

void TestRedisFaults::hostileReply_onTheSubscriber_isALostConnectionThenRecovers_data()
{
    QTest::addColumn<QByteArray>("command");
    QTest::addColumn<QByteArray>("reply");
    // The subscriber's handshake (AUTH, SELECT, SUBSCRIBE), then a pushed message.
    for (const char *command : {"AUTH", "SELECT", "SUBSCRIBE", "message"})
        for (const auto &[name, bytes] : hostilePayloads())
            QTest::addRow("%s %s", command, name) << QByteArray(command) << bytes;
}

void TestRedisFaults::hostileReply_onTheSubscriber_isALostConnectionThenRecovers()
{
    QFETCH(QByteArray, command);
    QFETCH(QByteArray, reply);
    RedisServer::Options serverOptions;
    serverOptions.password = HostilePassword;
    RedisServer server(serverOptions);
    QVERIFY(server.start());
    HostileRedis hostile(server.socketPath());
    QVERIFY(hostile.start());
    QLoggingCategory::setFilterRules(QStringLiteral("pm.redis.warning=false\npm.redis.info=false"));
    const auto restoreLogs = qScopeGuard([] { QLoggingCategory::setFilterRules(QString()); });

    const QByteArray channel = "pm:pm:2:hostile";
    RedisOptions options = hostileOptions(hostile);
    options.backoffInitialMs = options.backoffMaxMs = 20; // a reconnect loop, not a spin
    RedisSubscriber subscriber(options, {channel});
    std::atomic<int> received{0};
    subscriber.setMessageHandler([&](const RedisSubscriber::Message &m) {
        if (m.payload == "well")
            ++received;
    });
    const bool handshake = command != "message";
    if (handshake)
        hostile.arm(command, reply);
    QElapsedTimer timer;
    timer.start();
    subscriber.start();
    if (!handshake) {
        QTRY_VERIFY_WITH_TIMEOUT(subscriber.isConnected(), 5000);
        timer.restart();
        hostile.push(reply);
    }
    QTRY_VERIFY_WITH_TIMEOUT(subscriber.stats().failures >= 1, 5000);
    const qint64 ms = timer.elapsed();
    QCOMPARE(hostile.hostileReplies(), 1);
    // A handshake is bounded by the connect timeout; a pushed reply is refused as it arrives.
    QVERIFY2(ms <= DeadlineMs + SlackMs, qPrintable(QStringLiteral("%1 ms").arg(ms)));
    const Error error = subscriber.lastError();
    QVERIFY2(isClearFault(error), qPrintable(error.toString()));

    // Well again: it subscribes again and hears messages.
    hostile.disarm();
    QTRY_VERIFY_WITH_TIMEOUT(subscriber.isConnected(), 5000);
    RedisOptions direct = unixRedisOptions(server.socketPath(), HostileDb);
    direct.password = QString::fromUtf8(HostilePassword);
    RedisConnection publisher(direct);
    const auto heard = [&] {
        (void)RedisSubscriber::publish(publisher, channel, "well");
        return received.load() > 0;
    };
    QTRY_VERIFY_WITH_TIMEOUT(heard(), 5000);
    subscriber.stop();
}

QTEST_GUILESS_MAIN(TestRedisFaults)
#include "tst_redisfaults.moc"
