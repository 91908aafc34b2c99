// What the Cache front end adds over any backend: failures as misses (fault injection through a
// wrapper, the only fake here), instrumentation details (sampled timing, origins, observers).
#include "cache/cache.h"
#include "cache/memorybackend.h"
#include "core/clock.h"

#include <QElapsedTimer>
#include <QTest>

#include <atomic>
#include <thread>

using namespace pm;

namespace {

/// A memory backend that fails every call while `failing` is set (fault injection).
class FaultyBackend final : public CacheBackend
{
public:
    explicit FaultyBackend(Clock &clock)
        : m_inner(clock)
    { }
    std::atomic<bool> failing{false};

    QString name() const override { return QStringLiteral("faulty"); }
#define PM_FAULT \
    if (failing.load()) \
        return Error(ErrorKind::Unavailable, QStringLiteral("injected: connection refused"));
    Result<std::optional<QVariant>> get(const QByteArray &k, CallFacts &f) override
    {
        PM_FAULT
        return m_inner.get(k, f);
    }
    Result<void> set(const QByteArray &k, const QVariant &v, Expiry e, CallFacts &f) override
    {
        PM_FAULT
        return m_inner.set(k, v, e, f);
    }
    Result<bool> add(const QByteArray &k, const QVariant &v, Expiry e, CallFacts &f) override
    {
        PM_FAULT
        return m_inner.add(k, v, e, f);
    }
    Result<bool> remove(const QByteArray &k, CallFacts &f) override
    {
        PM_FAULT
        return m_inner.remove(k, f);
    }
    Result<QList<QPair<QByteArray, QVariant>>> getMany(const QList<QByteArray> &k,
                                                       CallFacts &f) override
    {
        PM_FAULT
        return m_inner.getMany(k, f);
    }
    Result<QList<QByteArray>> setMany(const QList<QPair<QByteArray, QVariant>> &i, Expiry e,
                                      CallFacts &f) override
    {
        PM_FAULT
        return m_inner.setMany(i, e, f);
    }
    Result<int> removeMany(const QList<QByteArray> &k, CallFacts &f) override
    {
        PM_FAULT
        return m_inner.removeMany(k, f);
    }
    Result<bool> hasKey(const QByteArray &k, CallFacts &f) override
    {
        PM_FAULT
        return m_inner.hasKey(k, f);
    }
    Result<bool> touch(const QByteArray &k, Expiry e, CallFacts &f) override
    {
        PM_FAULT
        return m_inner.touch(k, e, f);
    }
    Result<qint64> incr(const QByteArray &k, qint64 d, CallFacts &f) override
    {
        PM_FAULT
        return m_inner.incr(k, d, f);
    }
    Result<KeyTtl> ttl(const QByteArray &k, CallFacts &f) override
    {
        PM_FAULT
        return m_inner.ttl(k, f);
    }
    Result<bool> persist(const QByteArray &k, CallFacts &f) override
    {
        PM_FAULT
        return m_inner.persist(k, f);
    }
    Result<bool> expire(const QByteArray &k, Expiry e, CallFacts &f) override
    {
        PM_FAULT
        return m_inner.expire(k, e, f);
    }
    Result<qint64> clear(const QByteArray &p, CallFacts &f) override
    {
        PM_FAULT
        return m_inner.clear(p, f);
    }
    Result<KeyPage> scan(const QByteArray &p, const QByteArray &c, int n, CallFacts &f) override
    {
        PM_FAULT
        return m_inner.scan(p, c, n, f);
    }
#undef PM_FAULT
    void close() override
    {
        m_inner.close();
    }

private:
    MemoryBackend m_inner;
};

struct Recorder final : CacheObserver
{
    QList<CacheCallRecord> records;
    void callRecorded(const CacheCallRecord &r) override { records.append(r); }
};

struct Fixture
{
    ManualClock clock;
    FaultyBackend *backend = nullptr;
    std::unique_ptr<Cache> cache;
    explicit Fixture(CacheOptions options = {})
    {
        auto owned = std::make_unique<FaultyBackend>(clock);
        backend = owned.get();
        cache = std::make_unique<Cache>(std::move(owned), std::move(options));
    }
};

} // namespace

class TestCacheFrontEnd : public QObject
{
    Q_OBJECT

private slots:
    void failingReads_areCountedMisses()
    {
        Fixture fx;
        QVERIFY(fx.cache->set(QStringLiteral("k"), 1).ok());
        fx.backend->failing = true;
        const Result<std::optional<QVariant>> r = fx.cache->get(QStringLiteral("k"));
        QVERIFY(r.ok());
        QVERIFY(!r->has_value());
        QCOMPARE(fx.cache->get(QStringLiteral("k"), 7).value().toInt(), 7);
        QCOMPARE(fx.cache->hasKey(QStringLiteral("k")).value(), false);
        const Result<QList<QPair<QString, QVariant>>> many
                = fx.cache->getMany({QStringLiteral("k"), QStringLiteral("j")});
        QVERIFY(many.ok());
        QVERIFY(many->isEmpty());
        const CacheStats s = fx.cache->stats();
        QCOMPARE(s.errors, quint64(4));
        QCOMPARE(s[CacheOp::Get].misses, quint64(2));
        QCOMPARE(s[CacheOp::GetMany].misses, quint64(2));
        QCOMPARE(s[CacheOp::HasKey].misses, quint64(1));
    }

    void failingWrites_alwaysReportTheError()
    {
        Fixture fx;
        fx.backend->failing = true;
        const Result<void> set = fx.cache->set(QStringLiteral("k"), 1);
        QVERIFY(!set.ok());
        QCOMPARE(set.error().kind, ErrorKind::Unavailable);
        QCOMPARE(fx.cache->remove(QStringLiteral("k")).error().kind, ErrorKind::Unavailable);
        QCOMPARE(fx.cache->setMany({{QStringLiteral("a"), 1}}).error().kind,
                 ErrorKind::Unavailable);
        QCOMPARE(fx.cache->removeMany({QStringLiteral("a")}).error().kind, ErrorKind::Unavailable);
        QCOMPARE(fx.cache->clear().error().kind, ErrorKind::Unavailable);
        QCOMPARE(fx.cache->incr(QStringLiteral("a")).error().kind, ErrorKind::Unavailable);
        QCOMPARE(fx.cache->stats().errors, quint64(6));
    }

    void failingReads_withOptionOff_areErrors()
    {
        CacheOptions options;
        options.readErrorsAreMisses = false;
        Fixture fx(options);
        fx.backend->failing = true;
        QCOMPARE(fx.cache->get(QStringLiteral("k")).error().kind, ErrorKind::Unavailable);
        QCOMPARE(fx.cache->hasKey(QStringLiteral("k")).error().kind, ErrorKind::Unavailable);
        QCOMPARE(fx.cache->getMany({QStringLiteral("k")}).error().kind, ErrorKind::Unavailable);
        QCOMPARE(fx.cache->getOrSet(QStringLiteral("k"), 1).error().kind, ErrorKind::Unavailable);
    }

    void getOrSet_failingBackend_servesTheComputedValue()
    {
        Fixture fx;
        fx.backend->failing = true;
        Recorder rec;
        fx.cache->addObserver(&rec);
        int runs = 0;
        const Result<QVariant> r = fx.cache->getOrSet(
                QStringLiteral("k"), std::function<Result<QVariant>()>([&]() -> Result<QVariant> {
                    ++runs;
                    return QVariant(QStringLiteral("from the database"));
                }));
        fx.cache->removeObserver(&rec);
        QVERIFY(r.ok());
        QCOMPARE(*r, QVariant(QStringLiteral("from the database")));
        QCOMPARE(runs, 1);
        QCOMPARE(rec.records.size(), 1);
        QVERIFY(rec.records.at(0).error.has_value());
        QCOMPARE(rec.records.at(0).misses, 1);
    }

    void observer_seesTheErrorOfAReadTurnedMiss()
    {
        Fixture fx;
        Recorder rec;
        fx.cache->addObserver(&rec);
        fx.backend->failing = true;
        (void)fx.cache->get(QStringLiteral("k"));
        fx.cache->removeObserver(&rec);
        QCOMPARE(rec.records.size(), 1);
        QCOMPARE(rec.records.at(0).misses, 1);
        QCOMPARE(rec.records.at(0).hits, 0);
        QVERIFY(rec.records.at(0).error.has_value());
        QCOMPARE(rec.records.at(0).error->kind, ErrorKind::Unavailable);
        QCOMPARE(rec.records.at(0).backend, QStringLiteral("faulty"));
    }

    void origin_scopesNestAndAreThreadLocal()
    {
        QVERIFY(CacheOrigin::current().isEmpty());
        {
            CacheOrigin outer(QStringLiteral("Refresh"));
            QCOMPARE(CacheOrigin::current(), QStringLiteral("Refresh"));
            {
                CacheOrigin inner(QStringLiteral("Invalidate cache"));
                QCOMPARE(CacheOrigin::current(), QStringLiteral("Invalidate cache"));
            }
            QCOMPARE(CacheOrigin::current(), QStringLiteral("Refresh"));
            QString other = QStringLiteral("unset");
            std::thread([&] { other = CacheOrigin::current(); }).join();
            QVERIFY(other.isEmpty());
        }
        QVERIFY(CacheOrigin::current().isEmpty());
    }

    void observer_mayRemoveItselfWhileCalled()
    {
        Fixture fx;
        struct SelfRemoving final : CacheObserver
        {
            Cache *cache = nullptr;
            int calls = 0;
            void callRecorded(const CacheCallRecord &) override
            {
                ++calls;
                cache->removeObserver(this);
            }
        } observer;
        observer.cache = fx.cache.get();
        fx.cache->addObserver(&observer);
        (void)fx.cache->get(QStringLiteral("a"));
        (void)fx.cache->get(QStringLiteral("b"));
        QCOMPARE(observer.calls, 1);
    }

    void timing_isSampledWithoutObserversButEveryCallCounts()
    {
        Fixture fx;
        QVERIFY(fx.cache->set(QStringLiteral("k"), 1).ok());
        for (int i = 0; i < 100; ++i)
            (void)fx.cache->get(QStringLiteral("k"));
        const CacheStats s = fx.cache->stats();
        QCOMPARE(s[CacheOp::Get].calls, quint64(100));
        QCOMPARE(s[CacheOp::Get].hits, quint64(100));
        QVERIFY(s[CacheOp::Get].totalNs > 0); // the first call of an operation is always timed
        QVERIFY(s[CacheOp::Set].totalNs > 0);
        QCOMPARE(s.totalNs, s[CacheOp::Get].totalNs + s[CacheOp::Set].totalNs);
    }

    void ticks_convertToNanosecondsFaithfully()
    {
        // Busy-wait (no sleep) about 20 ms and compare with QElapsedTimer.
        QElapsedTimer timer;
        timer.start();
        const quint64 t0 = cacheticks::now();
        while (timer.nsecsElapsed() < 20'000'000) { }
        const quint64 t1 = cacheticks::now();
        const qint64 reference = timer.nsecsElapsed();
        const qint64 measured = cacheticks::toNs(t1 - t0);
        QVERIFY2(measured > reference * 8 / 10 && measured < reference * 12 / 10,
                 qPrintable(QStringLiteral("%1 ns vs %2 ns").arg(measured).arg(reference)));
    }

    void stats_resetSubtractsEverythingSoFar()
    {
        Fixture fx;
        (void)fx.cache->get(QStringLiteral("a"));
        fx.cache->resetStats();
        QCOMPARE(fx.cache->stats().calls, quint64(0));
        QCOMPARE(fx.cache->stats().totalNs, qint64(0));
        (void)fx.cache->get(QStringLiteral("a"));
        QCOMPARE(fx.cache->stats().calls, quint64(1));
        QCOMPARE(fx.cache->stats().misses, quint64(1));
    }

    void twoCaches_keepSeparateStatsOnOneThread()
    {
        Fixture a;
        Fixture b;
        (void)a.cache->get(QStringLiteral("x"));
        (void)b.cache->get(QStringLiteral("x"));
        (void)b.cache->get(QStringLiteral("y"));
        (void)a.cache->get(QStringLiteral("x"));
        QCOMPARE(a.cache->stats().calls, quint64(2));
        QCOMPARE(b.cache->stats().calls, quint64(2));
    }
};

QTEST_GUILESS_MAIN(TestCacheFrontEnd)
#include "tst_cachefrontend.moc"
