#include "cache/cache.h"
#include "cache/memorybackend.h"
#include "core/clock.h"

#include <QTest>
#include <QThreadPool>

#include <atomic>

using namespace pm;

namespace {

QByteArray k(int i)
{
    return QByteArray("key") + QByteArray::number(i);
}

bool has(MemoryBackend &b, const QByteArray &key)
{
    CallFacts f;
    return b.hasKey(key, f).valueOr(false);
}

} // namespace

class TestMemoryBackend : public QObject
{
    Q_OBJECT

private slots:
    void cull_max30Frequency3_leaves29Of49()
    {
        ManualClock clock;
        MemoryBackend b(clock, {30, 3});
        CallFacts f;
        for (int i = 0; i < 49; ++i)
            QVERIFY(b.set(k(i), i, Expiry::never(), f).ok());
        QCOMPARE(b.size(), 29);
        // The newest keys survive, the oldest went first.
        QVERIFY(has(b, k(48)));
        QVERIFY(!has(b, k(0)));
    }

    void cull_frequency0_leaves19Of49()
    {
        ManualClock clock;
        MemoryBackend b(clock, {30, 0});
        CallFacts f;
        for (int i = 0; i < 49; ++i)
            QVERIFY(b.set(k(i), i, Expiry::never(), f).ok());
        QCOMPARE(b.size(), 19);
    }

    void cull_viaAdd_behavesLikeSet()
    {
        ManualClock clock;
        MemoryBackend b(clock, {30, 3});
        CallFacts f;
        for (int i = 0; i < 49; ++i)
            QVERIFY(b.add(k(i), i, Expiry::never(), f).value());
        QCOMPARE(b.size(), 29);
    }

    void defaults_are300And3()
    {
        ManualClock clock;
        MemoryBackend b(clock);
        QCOMPARE(b.options().maxEntries, 300);
        QCOMPARE(b.options().cullFrequency, 3);
    }

    // Fill 9 of max 10 with key0 the least recently used, use key0, then fill up and push the
    // map over the limit: a cull of 10/3 = 3 drops the 3 least recently used keys.
    void lru_getHitSetAndIncrRefresh_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<bool>("refreshes");
        QTest::newRow("get hit") << QStringLiteral("get") << true;
        QTest::newRow("set") << QStringLiteral("set") << true;
        QTest::newRow("incr") << QStringLiteral("incr") << true;
        QTest::newRow("has_key") << QStringLiteral("has_key") << false;
        QTest::newRow("touch") << QStringLiteral("touch") << false;
        QTest::newRow("failed add") << QStringLiteral("add") << false;
        QTest::newRow("ttl") << QStringLiteral("ttl") << false;
    }

    void lru_getHitSetAndIncrRefresh()
    {
        QFETCH(QString, operation);
        QFETCH(bool, refreshes);
        ManualClock clock;
        MemoryBackend b(clock, {10, 3});
        CallFacts f;
        for (int i = 0; i < 9; ++i)
            QVERIFY(b.set(k(i), i, Expiry::never(), f).ok());
        if (operation == QLatin1String("get"))
            QVERIFY(b.get(k(0), f).value().has_value());
        else if (operation == QLatin1String("set"))
            QVERIFY(b.set(k(0), 100, Expiry::never(), f).ok());
        else if (operation == QLatin1String("incr"))
            QCOMPARE(b.incr(k(0), 1, f).value(), 1);
        else if (operation == QLatin1String("has_key"))
            QVERIFY(b.hasKey(k(0), f).value());
        else if (operation == QLatin1String("touch"))
            QVERIFY(b.touch(k(0), Expiry::inMs(60'000), f).value());
        else if (operation == QLatin1String("add"))
            QVERIFY(!b.add(k(0), 5, Expiry::never(), f).value());
        else if (operation == QLatin1String("ttl"))
            QVERIFY(b.ttl(k(0), f).ok());
        QVERIFY(b.set(k(9), 9, Expiry::never(), f).ok()); // 10 entries, no cull yet
        QVERIFY(b.set(k(10), 10, Expiry::never(), f).ok()); // full: culls 3, then inserts
        QCOMPARE(b.size(), 8);
        QCOMPARE(has(b, k(0)), refreshes);
        if (refreshes) {
            QVERIFY(!has(b, k(3))); // key1..key3 went instead
            QVERIFY(has(b, k(4)));
        } else {
            QVERIFY(has(b, k(3)));
        }
    }

    void failedAdd_keepsValueAndTtl()
    {
        ManualClock clock;
        MemoryBackend b(clock);
        CallFacts f;
        QVERIFY(b.set("k", QStringLiteral("a"), Expiry::inMs(1000), f).ok());
        clock.advanceMs(400);
        QVERIFY(!b.add("k", QStringLiteral("b"), Expiry::never(), f).value());
        QCOMPARE(b.get("k", f).value()->toString(), QStringLiteral("a"));
        QCOMPARE(b.ttl("k", f).value().ms, qint64(600));
    }

    void expiry_followsTheInjectedClock()
    {
        ManualClock clock;
        MemoryBackend b(clock);
        CallFacts f;
        QVERIFY(b.set("k", 1, Expiry::inMs(1000), f).ok());
        clock.advanceMs(999);
        QVERIFY(has(b, "k"));
        QCOMPARE(b.ttl("k", f).value().ms, qint64(1));
        clock.advanceMs(1);
        QVERIFY(!has(b, "k"));
        QVERIFY(!b.get("k", f).value().has_value());
        QCOMPARE(b.size(), 0); // dropped on access
    }

    void remove_expiredKey_returnsFalse()
    {
        ManualClock clock;
        MemoryBackend b(clock);
        CallFacts f;
        QVERIFY(b.set("k", 1, Expiry::inMs(10), f).ok());
        clock.advanceMs(10);
        QVERIFY(!b.remove("k", f).value());
    }

    void get_hitSharesTheStoredValue()
    {
        ManualClock clock;
        MemoryBackend b(clock);
        CallFacts f;
        const QByteArray big(1 << 20, 'x');
        QVERIFY(b.set("k", big, Expiry::never(), f).ok());
        const QVariant hit = *b.get("k", f).value();
        // Implicit sharing: the same buffer, no copy of the megabyte.
        QCOMPARE(static_cast<const QByteArray *>(hit.constData())->constData(), big.constData());
        QCOMPARE(f.hits, 1);
        QVERIFY(f.bytesIn >= big.size());
    }

    void set_aboveSizeCap_isTooLarge()
    {
        ManualClock clock;
        MemoryBackendOptions options;
        options.maxValueBytes = 1000;
        MemoryBackend b(clock, options);
        CallFacts f;
        const Result<void> r = b.set("k", QByteArray(2000, 'x'), Expiry::never(), f);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::TooLarge);
        QVERIFY(!has(b, "k"));
        QCOMPARE(b.add("k", QByteArray(2000, 'x'), Expiry::never(), f).error().kind,
                 ErrorKind::TooLarge);
        QVERIFY(b.set("k", QByteArray(500, 'x'), Expiry::never(), f).ok());
    }

    void incr_overflow_isInvalidInputAsOnRedis()
    {
        ManualClock clock;
        MemoryBackend b(clock);
        CallFacts f;
        QVERIFY(b.set("k", std::numeric_limits<qlonglong>::max(), Expiry::never(), f).ok());
        QCOMPARE(b.incr("k", 1, f).error().kind, ErrorKind::InvalidInput);
    }

    void scan_pagesEveryKeyOnceInOrder()
    {
        ManualClock clock;
        MemoryBackend b(clock);
        CallFacts f;
        for (int i = 0; i < 25; ++i)
            QVERIFY(b.set(":1:" + k(i), i, Expiry::inMs(5000), f).ok());
        QVERIFY(b.set("other:1:x", 1, Expiry::never(), f).ok());
        QList<QByteArray> seen;
        QByteArray cursor;
        int pages = 0;
        do {
            const KeyPage page = b.scan(":", cursor, 10, f).value();
            for (const KeyInfo &info : page.keys) {
                seen.append(info.key);
                QCOMPARE(info.type, QStringLiteral("int"));
                QCOMPARE(info.ttl.state, KeyTtl::State::Expiring);
            }
            cursor = page.cursor;
            ++pages;
        } while (!cursor.isEmpty());
        QCOMPARE(pages, 3);
        QCOMPARE(seen.size(), 25);
        QVERIFY(std::is_sorted(seen.begin(), seen.end()));
        QVERIFY(!seen.contains("other:1:x"));
    }

    void clear_removesOnlyThePrefix()
    {
        ManualClock clock;
        MemoryBackend b(clock);
        CallFacts f;
        QVERIFY(b.set("a:1:x", 1, Expiry::never(), f).ok());
        QVERIFY(b.set("a:2:y", 1, Expiry::never(), f).ok());
        QVERIFY(b.set("ab:1:x", 1, Expiry::never(), f).ok());
        QCOMPARE(b.clear("a:", f).value(), qint64(2));
        QVERIFY(has(b, "ab:1:x"));
        QCOMPARE(b.size(), 1);
    }

    void threads_concurrentCallsStayConsistent()
    {
        ManualClock clock;
        auto owned = std::make_unique<MemoryBackend>(clock, MemoryBackendOptions{50, 3});
        Cache cache(std::move(owned));
        QVERIFY(cache.set(QStringLiteral("counter"), 0, Timeout::never()).ok());
        // The counter must survive culls: keep it recently used by incrementing it often, and
        // keep the churn of other keys below the cull threshold per round.
        QThreadPool pool;
        pool.setMaxThreadCount(4);
        std::atomic<int> failures{0};
        constexpr int Threads = 4;
        constexpr int PerThread = 2000;
        for (int t = 0; t < Threads; ++t) {
            pool.start([&cache, &failures, t] {
                for (int i = 0; i < PerThread; ++i) {
                    if (!cache.incr(QStringLiteral("counter")).ok())
                        ++failures;
                    const QString key = QStringLiteral("t%1_%2").arg(t).arg(i % 5);
                    if (!cache.set(key, i).ok())
                        ++failures;
                    (void)cache.get(key);
                    (void)cache.hasKey(QStringLiteral("t%1_%2").arg((t + 1) % Threads).arg(i % 5));
                }
            });
        }
        pool.waitForDone();
        QCOMPARE(failures.load(), 0);
        QCOMPARE(cache.get(QStringLiteral("counter")).value()->toLongLong(),
                 qlonglong(Threads * PerThread));
        const CacheStats s = cache.stats();
        QCOMPARE(s[CacheOp::Incr].calls, quint64(Threads * PerThread));
        QCOMPARE(s[CacheOp::Get].calls, quint64(Threads * PerThread + 1));
        QCOMPARE(s[CacheOp::Get].hits, quint64(Threads * PerThread + 1));
    }
};

QTEST_GUILESS_MAIN(TestMemoryBackend)
#include "tst_memorybackend.moc"
