#include "cache/redisbackend.h"
#include "cache/valuecodec.h"
#include "core/clock.h"
#include "redis/redisoptions.h"
#include "redisserver.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTest>

#include <thread>

using namespace pm;
using pm::test::RedisServer;

namespace {

RedisOptions unixOptions(const RedisServer &server, int db = 0)
{
    RedisOptions o;
    o.transport = RedisOptions::Transport::Unix;
    o.socketPath = server.socketPath();
    o.db = db;
    return o;
}

} // namespace

class TestRedisBackend : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void factory_unixUrl_createsRedisBackend();
    void factory_badUrl_isInvalidInput();
    void set_integer_isStoredRaw();
    void set_string_isStoredInEnvelopeAndReadBack();
    void incr_fromTwoConnections_isAtomic();
    void incr_missingKey_isNotFoundAndCreatesNothing();
    void incr_nonInteger_isTypeError();
    void incr_keepsExpiry();
    void timeouts_haveMillisecondPrecision();
    void set_zeroTimeout_deletes_and_add_zeroTimeout_storesNothing();
    void add_existingKey_leavesValueAndTtlUntouched();
    void touchAndPersist_changeExpiryOfLiveKeysOnly();
    void clear_removesOurPrefixOnly();
    void clear_emptyPrefix_isRefused();
    void get_corruptOrForeignValue_isCountedMiss();
    void getMany_isOneMget_andReturnsPresentKeysOnly();
    void setMany_isOnePipeline();
    void removeMany_isOneCommand();
    void set_oversizedValue_isRefused();
    void get_oversizedForeignValue_isMissWithoutFetchingItWhole();
    void scan_reportsTypeSizeAndTtl();
    void get_pausedServer_failsWithinDeadline();
    void leastPrivilegeAclUser_runsEveryOperation();

private:
    std::unique_ptr<RedisServer> m_server;
    std::unique_ptr<RedisBackend> m_backend;
};

void TestRedisBackend::init()
{
    RedisServer::Options so; // the least-privilege run (PM_TEST_REDIS_LEAST_PRIVILEGE) uses it
    so.leastPrivilegeCommands = RedisBackend::requiredCommands();
    m_server = std::make_unique<RedisServer>(so);
    QVERIFY(m_server->start());
    m_backend = std::make_unique<RedisBackend>(unixOptions(*m_server), ValueCodec());
}

void TestRedisBackend::cleanup()
{
    m_backend.reset();
    m_server.reset();
}

void TestRedisBackend::factory_unixUrl_createsRedisBackend()
{
    ManualClock clock;
    ValueCodec codec;
    Result<std::unique_ptr<CacheBackend>> b
            = createRedisBackend(m_server->unixUrl(2), clock, codec);
    QVERIFY(b.ok());
    QCOMPARE(b.value()->name(), QStringLiteral("redis"));
    CallFacts facts;
    QVERIFY(b.value()->set(":1:k", QStringLiteral("v"), Expiry::never(), facts).ok());
    QVERIFY(m_server->command(QStringList{"EXISTS", ":1:k"}, 2) == "1");
}

void TestRedisBackend::factory_badUrl_isInvalidInput()
{
    ManualClock clock;
    ValueCodec codec;
    Result<std::unique_ptr<CacheBackend>> b
            = createRedisBackend(QStringLiteral("redis://"), clock, codec);
    QVERIFY(!b.ok());
    QCOMPARE(b.error().kind, ErrorKind::InvalidInput);
}

void TestRedisBackend::set_integer_isStoredRaw()
{
    CallFacts facts;
    QVERIFY(m_backend->set(":1:n", QVariant(qlonglong(42)), Expiry::never(), facts).ok());
    QCOMPARE(m_server->command(QStringList{"GET", ":1:n"}), QByteArray("42"));
    Result<std::optional<QVariant>> v = m_backend->get(":1:n", facts);
    QVERIFY(v.ok() && v->has_value());
    QCOMPARE(v->value().toLongLong(), 42LL);
    QCOMPARE(facts.hits, 1);
}

void TestRedisBackend::set_string_isStoredInEnvelopeAndReadBack()
{
    CallFacts facts;
    const QString text = QString::fromUtf8("h\xc3\xa9llo\0world", 12);
    QVERIFY(m_backend->set(":1:s", text, Expiry::never(), facts).ok());
    QVERIFY(facts.bytesOut > text.size());
    const QByteArray raw = m_server->command(QStringList{"GET", ":1:s"});
    QVERIFY(ValueCodec::hasEnvelope(raw.constData(), raw.size()));
    CallFacts readFacts;
    Result<std::optional<QVariant>> v = m_backend->get(":1:s", readFacts);
    QVERIFY(v.ok() && v->has_value());
    QCOMPARE(v->value().toString(), text);
    QCOMPARE(readFacts.hits, 1);
    QCOMPARE(readFacts.bytesIn, qint64(raw.size()));

    // A stored null is a value, not a miss.
    QVERIFY(m_backend->set(":1:null", QVariant::fromValue(nullptr), Expiry::never(), facts).ok());
    CallFacts nullFacts;
    Result<std::optional<QVariant>> n = m_backend->get(":1:null", nullFacts);
    QVERIFY(n.ok() && n->has_value());
    QCOMPARE(nullFacts.hits, 1);
    QVERIFY(m_backend->hasKey(":1:null", nullFacts).value());

    CallFacts missFacts;
    Result<std::optional<QVariant>> miss = m_backend->get(":1:absent", missFacts);
    QVERIFY(miss.ok() && !miss->has_value());
    QCOMPARE(missFacts.misses, 1);
    QCOMPARE(missFacts.decodeFailures, 0);
}

void TestRedisBackend::incr_fromTwoConnections_isAtomic()
{
    CallFacts facts;
    QVERIFY(m_backend->set(":1:c", QVariant(qlonglong(0)), Expiry::never(), facts).ok());
    RedisOptions o = unixOptions(*m_server);
    o.commandDeadlineMs = 5000; // two busy threads on two shared cores
    RedisBackend a(o, ValueCodec());
    RedisBackend b(o, ValueCodec());
    std::atomic<int> errors{0};
    auto work = [&errors](RedisBackend *backend) {
        CallFacts f;
        for (int i = 0; i < 500; ++i) {
            if (!backend->incr(":1:c", 1, f).ok())
                ++errors;
        }
    };
    std::thread ta(work, &a);
    std::thread tb(work, &b);
    ta.join();
    tb.join();
    QCOMPARE(errors.load(), 0);
    QCOMPARE(m_server->command(QStringList{"GET", ":1:c"}), QByteArray("1000"));
    Result<qint64> down = m_backend->incr(":1:c", -1000, facts);
    QVERIFY(down.ok());
    QCOMPARE(down.value(), 0);
}

void TestRedisBackend::incr_missingKey_isNotFoundAndCreatesNothing()
{
    CallFacts facts;
    Result<qint64> r = m_backend->incr(":1:nope", 5, facts);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::NotFound);
    QCOMPARE(m_server->command(QStringList{"EXISTS", ":1:nope"}), QByteArray("0"));
    // Also after SCRIPT FLUSH (EVALSHA falls back to EVAL).
    QCOMPARE(m_server->command(QStringList{"SCRIPT", "FLUSH"}), QByteArray("OK"));
    QVERIFY(m_backend->set(":1:n", QVariant(qlonglong(1)), Expiry::never(), facts).ok());
    QCOMPARE(m_backend->incr(":1:n", 2, facts).value(), 3);
}

void TestRedisBackend::incr_nonInteger_isTypeError()
{
    CallFacts facts;
    QVERIFY(m_backend->set(":1:s", QStringLiteral("abc"), Expiry::never(), facts).ok());
    Result<qint64> r = m_backend->incr(":1:s", 1, facts);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::Type);
    QCOMPARE(m_server->command(QStringList{"RPUSH", ":1:list", "x"}), QByteArray("1"));
    Result<qint64> l = m_backend->incr(":1:list", 1, facts);
    QVERIFY(!l.ok());
    QCOMPARE(l.error().kind, ErrorKind::Type);
}

void TestRedisBackend::incr_keepsExpiry()
{
    CallFacts facts;
    QVERIFY(m_backend->set(":1:n", QVariant(qlonglong(1)), Expiry::inMs(60000), facts).ok());
    QCOMPARE(m_backend->incr(":1:n", 41, facts).value(), 42);
    const qint64 pttl = m_server->command(QStringList{"PTTL", ":1:n"}).toLongLong();
    QVERIFY2(pttl > 50000 && pttl <= 60000, qPrintable(QString::number(pttl)));
}

void TestRedisBackend::timeouts_haveMillisecondPrecision()
{
    CallFacts facts;
    QVERIFY(m_backend->set(":1:k", QStringLiteral("v"), Expiry::inMs(1500), facts).ok());
    const qint64 pttl = m_server->command(QStringList{"PTTL", ":1:k"}).toLongLong();
    QVERIFY2(pttl > 1000 && pttl <= 1500, qPrintable(QString::number(pttl)));
    Result<KeyTtl> t = m_backend->ttl(":1:k", facts);
    QVERIFY(t.ok());
    QCOMPARE(t->state, KeyTtl::State::Expiring);
    QVERIFY(t->ms > 1000 && t->ms <= 1500);

    QVERIFY(m_backend->set(":1:f", QStringLiteral("v"), Expiry::never(), facts).ok());
    QCOMPARE(m_backend->ttl(":1:f", facts)->state, KeyTtl::State::Forever);
    QCOMPARE(m_backend->ttl(":1:missing", facts)->state, KeyTtl::State::Missing);
}

void TestRedisBackend::set_zeroTimeout_deletes_and_add_zeroTimeout_storesNothing()
{
    CallFacts facts;
    QVERIFY(m_backend->set(":1:k", QStringLiteral("v"), Expiry::never(), facts).ok());
    QVERIFY(m_backend->set(":1:k", QStringLiteral("w"), Expiry::inMs(0), facts).ok());
    QCOMPARE(m_server->command(QStringList{"EXISTS", ":1:k"}), QByteArray("0"));
    Result<bool> added = m_backend->add(":1:a", QStringLiteral("v"), Expiry::inMs(-5), facts);
    QVERIFY(added.ok());
    QVERIFY(added.value());
    QCOMPARE(m_server->command(QStringList{"EXISTS", ":1:a"}), QByteArray("0"));
}

void TestRedisBackend::add_existingKey_leavesValueAndTtlUntouched()
{
    CallFacts facts;
    QVERIFY(m_backend->add(":1:k", QStringLiteral("first"), Expiry::inMs(60000), facts).value());
    QVERIFY(!m_backend->add(":1:k", QStringLiteral("second"), Expiry::never(), facts).value());
    QCOMPARE(m_backend->get(":1:k", facts)->value().toString(), QStringLiteral("first"));
    QCOMPARE(m_backend->ttl(":1:k", facts)->state, KeyTtl::State::Expiring);
}

void TestRedisBackend::touchAndPersist_changeExpiryOfLiveKeysOnly()
{
    CallFacts facts;
    QVERIFY(m_backend->set(":1:k", QStringLiteral("v"), Expiry::inMs(5000), facts).ok());
    QVERIFY(m_backend->touch(":1:k", Expiry::inMs(90000), facts).value());
    QVERIFY(m_server->command(QStringList{"PTTL", ":1:k"}).toLongLong() > 80000);
    QVERIFY(m_backend->touch(":1:k", Expiry::never(), facts).value());
    QCOMPARE(m_server->command(QStringList{"PTTL", ":1:k"}), QByteArray("-1"));
    QVERIFY(m_backend->expire(":1:k", Expiry::inMs(3000), facts).value());
    QVERIFY(m_backend->persist(":1:k", facts).value());
    QCOMPARE(m_server->command(QStringList{"PTTL", ":1:k"}), QByteArray("-1"));
    // A key without expiry still "persists" successfully; a missing key does not.
    QVERIFY(m_backend->persist(":1:k", facts).value());
    QVERIFY(!m_backend->persist(":1:none", facts).value());
    QVERIFY(!m_backend->touch(":1:none", Expiry::inMs(1000), facts).value());
    QVERIFY(!m_backend->touch(":1:none", Expiry::never(), facts).value());
    // touch with 0 expires at once.
    QVERIFY(m_backend->touch(":1:k", Expiry::inMs(0), facts).value());
    QCOMPARE(m_server->command(QStringList{"EXISTS", ":1:k"}), QByteArray("0"));
}

void TestRedisBackend::clear_removesOurPrefixOnly()
{
    // A prefix with glob metacharacters: unescaped, "p[1]*:*" would also match "p1x:a".
    const QByteArray prefix = "p[1]*:";
    CallFacts facts;
    for (int i = 0; i < 2500; ++i) // more than one SCAN batch
        QVERIFY(m_backend
                        ->set(prefix + "1:k" + QByteArray::number(i), QVariant(qlonglong(i)),
                              Expiry::never(), facts)
                        .ok());
    QCOMPARE(m_server->command(QList<QByteArray>{"SET", "p1x:a", "foreign"}), QByteArray("OK"));
    QCOMPARE(m_server->command(QList<QByteArray>{"SET", "other:1:k", "x"}), QByteArray("OK"));
    QCOMPARE(m_server->command(QList<QByteArray>{"SET", prefix + "1:k0", "otherdb"}, 5),
             QByteArray("OK"));

    Result<qint64> removed = m_backend->clear(prefix, facts);
    QVERIFY(removed.ok());
    QCOMPARE(removed.value(), 2500);
    QCOMPARE(m_server->command(QStringList{"DBSIZE"}), QByteArray("2"));
    QCOMPARE(m_server->command(QStringList{"GET", "p1x:a"}), QByteArray("foreign"));
    QCOMPARE(m_server->command(QStringList{"GET", "other:1:k"}), QByteArray("x"));
    QCOMPARE(m_server->command(QList<QByteArray>{"GET", prefix + "1:k0"}, 5),
             QByteArray("otherdb"));
    QCOMPARE(m_server->commandCalls("flushdb"), 0);
    QCOMPARE(m_server->commandCalls("keys"), 0);
}

void TestRedisBackend::clear_emptyPrefix_isRefused()
{
    QCOMPARE(m_server->command(QStringList{"SET", "a", "1"}), QByteArray("OK"));
    CallFacts facts;
    Result<qint64> r = m_backend->clear({}, facts);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::InvalidInput);
    QCOMPARE(m_server->command(QStringList{"DBSIZE"}), QByteArray("1"));
}

void TestRedisBackend::get_corruptOrForeignValue_isCountedMiss()
{
    CallFacts facts;
    QVERIFY(m_backend
                    ->set(":1:env", QStringLiteral("a long enough string value"), Expiry::never(),
                          facts)
                    .ok());
    const QByteArray good = m_server->command(QStringList{"GET", ":1:env"});
    QByteArray flipped = good;
    flipped[flipped.size() - 1] = char(flipped.at(flipped.size() - 1) ^ 0x01);
    QCOMPARE(m_server->command(QList<QByteArray>{"SET", ":1:flip", flipped}), QByteArray("OK"));
    QCOMPARE(m_server->command(QList<QByteArray>{"SET", ":1:trunc", good.left(good.size() - 3)}),
             QByteArray("OK"));
    QCOMPARE(m_server->command(QStringList{"SET", ":1:foreign", "written by someone else"}),
             QByteArray("OK"));
    QCOMPARE(m_server->command(QStringList{"RPUSH", ":1:list", "x"}), QByteArray("1"));

    for (const QByteArray key : {":1:flip", ":1:trunc", ":1:foreign", ":1:list"}) {
        CallFacts f;
        Result<std::optional<QVariant>> v = m_backend->get(key, f);
        QVERIFY2(v.ok(), key.constData());
        QVERIFY2(!v->has_value(), key.constData());
        QCOMPARE(f.misses, 1);
        QCOMPARE(f.hits, 0);
        QCOMPARE(f.decodeFailures, 1);
    }
    // In a get_many too, next to a good value.
    CallFacts many;
    Result<QList<QPair<QByteArray, QVariant>>> r
            = m_backend->getMany({":1:flip", ":1:env", ":1:list"}, many);
    QVERIFY(r.ok());
    QCOMPARE(r->size(), 1);
    QCOMPARE(r->first().first, QByteArray(":1:env"));
    QCOMPARE(many.hits, 1);
    QCOMPARE(many.misses, 2);
    // MGET answers nil for a list, so only the corrupt string counts as a decode failure.
    QCOMPARE(many.decodeFailures, 1);

    // Logged once per key: reading the corrupt keys again stays silent but is still counted.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("treating the value")));
    CallFacts again;
    QVERIFY(!m_backend->get(":1:flip", again)->has_value());
    QVERIFY(!m_backend->get(":1:foreign", again)->has_value());
    QCOMPARE(again.decodeFailures, 2);
}

void TestRedisBackend::getMany_isOneMget_andReturnsPresentKeysOnly()
{
    CallFacts facts;
    QList<QByteArray> keys;
    for (int i = 0; i < 100; ++i) {
        keys.append(":1:m" + QByteArray::number(i));
        if (i % 2 == 0)
            QVERIFY(m_backend->set(keys.last(), QVariant(qlonglong(i)), Expiry::never(), facts)
                            .ok());
    }
    const qint64 mgetBefore = m_server->commandCalls("mget");
    const qint64 getBefore = m_server->commandCalls("get");
    CallFacts f;
    Result<QList<QPair<QByteArray, QVariant>>> r = m_backend->getMany(keys, f);
    QVERIFY(r.ok());
    QCOMPARE(m_server->commandCalls("mget") - mgetBefore, 1);
    QCOMPARE(m_server->commandCalls("get") - getBefore, 0);
    QCOMPARE(r->size(), 50);
    QCOMPARE(f.hits, 50);
    QCOMPARE(f.misses, 50);
    QCOMPARE(r->at(1).first, QByteArray(":1:m2"));
    QCOMPARE(r->at(1).second.toLongLong(), 2LL);
}

void TestRedisBackend::setMany_isOnePipeline()
{
    QList<QPair<QByteArray, QVariant>> items;
    for (int i = 0; i < 200; ++i)
        items.append({":1:s" + QByteArray::number(i), QStringLiteral("value %1").arg(i)});
    const QByteArray info0 = m_server->command(QStringList{"INFO", "stats"});
    auto reads = [](const QByteArray &info) {
        const qsizetype at = info.indexOf("total_reads_processed:");
        return info.mid(at + 22, info.indexOf('\r', at) - at - 22).toLongLong();
    };
    CallFacts facts;
    Result<QList<QByteArray>> failed = m_backend->setMany(items, Expiry::inMs(60000), facts);
    const QByteArray info1 = m_server->command(QStringList{"INFO", "stats"});
    QVERIFY(failed.ok());
    QVERIFY(failed->isEmpty());
    QCOMPARE(m_server->commandCalls("set"), 200);
    // The 200 SETs arrive in very few reads (one, unless the kernel splits the buffer), not 200.
    QVERIFY2(reads(info1) - reads(info0) <= 5,
             qPrintable(QString::number(reads(info1) - reads(info0))));
    QCOMPARE(m_server->command(QStringList{"DBSIZE"}), QByteArray("200"));
    QVERIFY(m_server->command(QStringList{"PTTL", ":1:s7"}).toLongLong() > 50000);
}

void TestRedisBackend::removeMany_isOneCommand()
{
    CallFacts facts;
    QVERIFY(m_backend->setMany({{":1:a", 1}, {":1:b", 2}, {":1:c", 3}}, Expiry::never(), facts)
                    ->isEmpty());
    const qint64 before = m_server->commandCalls("unlink");
    Result<int> n = m_backend->removeMany({":1:a", ":1:b", ":1:zzz"}, facts);
    QVERIFY(n.ok());
    QCOMPARE(n.value(), 2);
    QCOMPARE(m_server->commandCalls("unlink") - before, 1);
    QCOMPARE(m_server->command(QStringList{"DBSIZE"}), QByteArray("1"));
}

void TestRedisBackend::set_oversizedValue_isRefused()
{
    RedisBackend small(unixOptions(*m_server), ValueCodec(1024));
    CallFacts facts;
    Result<void> r = small.set(":1:big", QByteArray(2048, 'x'), Expiry::never(), facts);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::TooLarge);
    QCOMPARE(m_server->command(QStringList{"EXISTS", ":1:big"}), QByteArray("0"));
    Result<QList<QByteArray>> many
            = small.setMany({{":1:ok", QStringLiteral("fine")}, {":1:big", QByteArray(4096, 'y')}},
                            Expiry::never(), facts);
    QVERIFY(many.ok());
    QCOMPARE(many.value(), QList<QByteArray>{":1:big"});
    QCOMPARE(m_server->command(QStringList{"EXISTS", ":1:ok"}), QByteArray("1"));
    QCOMPARE(m_server->command(QStringList{"EXISTS", ":1:big"}), QByteArray("0"));
}

void TestRedisBackend::get_oversizedForeignValue_isMissWithoutFetchingItWhole()
{
    RedisBackend small(unixOptions(*m_server), ValueCodec(4096));
    QCOMPARE(m_server->command(
                     QList<QByteArray>{"SET", ":1:huge", QByteArray(8 * 1024 * 1024, 'h')}),
             QByteArray("OK"));
    CallFacts facts;
    Result<std::optional<QVariant>> v = small.get(":1:huge", facts);
    QVERIFY(v.ok());
    QVERIFY(!v->has_value());
    QCOMPARE(facts.decodeFailures, 1);
    QCOMPARE(facts.misses, 1);
    QVERIFY(facts.bytesIn < 1024 * 1024); // nowhere near the 8 MiB
    // The backend is still usable at once (no backoff for a too-large reply).
    QVERIFY(small.set(":1:ok", QVariant(qlonglong(1)), Expiry::never(), facts).ok());
    QCOMPARE(small.get(":1:ok", facts)->value().toLongLong(), 1LL);
}

void TestRedisBackend::scan_reportsTypeSizeAndTtl()
{
    CallFacts facts;
    QVERIFY(m_backend->set("ns:1:int", QVariant(qlonglong(7)), Expiry::never(), facts).ok());
    QVERIFY(m_backend->set("ns:1:str", QStringLiteral("hello"), Expiry::inMs(60000), facts).ok());
    QCOMPARE(m_server->command(QStringList{"RPUSH", "ns:1:list", "x"}), QByteArray("1"));
    QCOMPARE(m_server->command(QStringList{"SET", "elsewhere", "x"}), QByteArray("OK"));

    QHash<QByteArray, KeyInfo> seen;
    QByteArray cursor;
    int pages = 0;
    do {
        Result<KeyPage> page = m_backend->scan("ns:", cursor, 2, facts);
        QVERIFY(page.ok());
        for (const KeyInfo &k : page->keys)
            seen.insert(k.key, k);
        cursor = page->cursor;
    } while (!cursor.isEmpty() && ++pages < 100);
    QCOMPARE(seen.size(), 3);
    QCOMPARE(seen.value("ns:1:int").type, QStringLiteral("int"));
    QCOMPARE(seen.value("ns:1:str").type, QStringLiteral("string"));
    QCOMPARE(seen.value("ns:1:list").type, QStringLiteral("list"));
    QVERIFY(seen.value("ns:1:str").sizeBytes > 0);
    QCOMPARE(seen.value("ns:1:str").ttl.state, KeyTtl::State::Expiring);
    QCOMPARE(seen.value("ns:1:int").ttl.state, KeyTtl::State::Forever);
}

void TestRedisBackend::get_pausedServer_failsWithinDeadline()
{
    CallFacts facts;
    QVERIFY(m_backend->set(":1:k", QVariant(qlonglong(1)), Expiry::never(), facts).ok());
    m_server->pause();
    QElapsedTimer timer;
    timer.start();
    Result<std::optional<QVariant>> v = m_backend->get(":1:k", facts);
    QVERIFY(!v.ok());
    QCOMPARE(v.error().kind, ErrorKind::Timeout);
    QVERIFY2(timer.elapsed() <= 300, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(m_backend->connection().state(), RedisConnection::State::BackingOff);
    m_server->resume();
    QTRY_VERIFY_WITH_TIMEOUT(m_backend->get(":1:k", facts).ok(), 5000);
}

void TestRedisBackend::leastPrivilegeAclUser_runsEveryOperation()
{
    // The app's ACL user: our key pattern and an explicit command allow-list; no FLUSHDB,
    // KEYS or CONFIG.
    QList<QByteArray> acl{"ACL",    "SETUSER", "pmapp",         "on",
                          ">apppw", "~pm:*",   "resetchannels", "-@all"};
    for (const QString &c : RedisBackend::requiredCommands())
        acl.append("+" + c.toUtf8());
    QCOMPARE(m_server->command(acl), QByteArray("OK"));
    RedisOptions o = unixOptions(*m_server);
    o.user = QStringLiteral("pmapp");
    o.password = QStringLiteral("apppw");
    o.db = 1;
    RedisBackend b(o, ValueCodec());
    CallFacts f;
    QVERIFY(b.set("pm:1:s", QStringLiteral("v"), Expiry::inMs(60000), f).ok());
    QVERIFY(b.get("pm:1:s", f)->has_value());
    QVERIFY(b.set("pm:1:n", QVariant(qlonglong(1)), Expiry::never(), f).ok());
    QCOMPARE(b.incr("pm:1:n", 1, f).value(), 2);
    QVERIFY(b.add("pm:1:a", 1, Expiry::never(), f).value());
    QVERIFY(b.setMany({{"pm:1:x", 1}, {"pm:1:y", 2}}, Expiry::never(), f)->isEmpty());
    QCOMPARE(b.getMany({"pm:1:x", "pm:1:y"}, f)->size(), 2);
    QCOMPARE(b.removeMany({"pm:1:x"}, f).value(), 1);
    QVERIFY(b.hasKey("pm:1:y", f).value());
    QVERIFY(b.touch("pm:1:y", Expiry::inMs(9000), f).value());
    QVERIFY(b.persist("pm:1:y", f).value());
    QVERIFY(b.expire("pm:1:y", Expiry::inMs(9000), f).value());
    QCOMPARE(b.ttl("pm:1:y", f)->state, KeyTtl::State::Expiring);
    Result<KeyPage> page = b.scan("pm:", {}, 100, f);
    QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().toString()));
    QVERIFY(b.remove("pm:1:a", f).value());
    Result<qint64> cleared = b.clear("pm:", f);
    QVERIFY2(cleared.ok(), qPrintable(cleared.ok() ? QString() : cleared.error().toString()));
    QCOMPARE(cleared.value(), 3);

    // Outside the allow-list and the key pattern, the server says NOPERM (Auth).
    RedisConnection raw(o);
    for (const RedisArgv &argv : QList<RedisArgv>{{"FLUSHDB"},
                                                  {"KEYS", "*"},
                                                  {"CONFIG", "GET", "maxmemory"},
                                                  {"GET", "foreign:key"}}) {
        const Result<RedisReply> r = raw.command(argv);
        QVERIFY2(!r.ok(), argv.first().constData());
        QCOMPARE(r.error().kind, ErrorKind::Auth);
    }
    Result<std::optional<QVariant>> foreign = b.get("other:1:k", f);
    QVERIFY(!foreign.ok());
    QCOMPARE(foreign.error().kind, ErrorKind::Auth);
}

QTEST_GUILESS_MAIN(TestRedisBackend)
#include "tst_redisbackend.moc"
