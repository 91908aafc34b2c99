// The cache behaviour suite (docs/cache-semantics.md), run against every backend of
// backendsUnderTest() (cachebackendrows.h). Time moves through BackendFixture::advance(), so the
// memory backend uses a manual clock and a real-time backend waits with QTRY_*.
#include "cache/cache.h"
#include "cachebackendrows.h"

#include <QRegularExpression>
#include <QTest>

#include <algorithm>
#include <limits>
#include <mutex>

using namespace pm;
using namespace pm::test;

namespace {

constexpr int ExpiryWaitMs = 5000; // QTRY budget for real-time backends

template<typename T>
QString errorText(const Result<T> &r)
{
    return r.ok() ? QString() : r.error().toString();
}

struct RecordingObserver final : CacheObserver
{
    std::mutex mutex;
    QList<CacheCallRecord> records;
    void callRecorded(const CacheCallRecord &r) override
    {
        std::lock_guard lock(mutex);
        records.append(r);
    }
};

QVariant valueOf(const Result<std::optional<QVariant>> &r)
{
    return r.ok() && r->has_value() ? **r : QVariant();
}

} // namespace

class TestCacheBehaviour : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<BackendFixture> m_fixture;
    std::unique_ptr<Cache> m_cache;

    std::unique_ptr<Cache> makeCache(CacheOptions options = {})
    {
        return std::make_unique<Cache>(m_fixture->connect(), std::move(options));
    }
    Cache &cache() { return *m_cache; }
    bool present(const QString &key, Version v = Version())
    {
        const Result<bool> r = m_cache->hasKey(key, v);
        return r.ok() && *r;
    }

private slots:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("backend");
        for (const BackendRow &row : backendsUnderTest())
            QTest::newRow(qPrintable(row.name)) << row.name;
    }

    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        for (const BackendRow &row : backendsUnderTest()) {
            if (row.name == backend)
                m_fixture = row.make();
        }
        QVERIFY(m_fixture);
        m_cache = makeCache();
        QVERIFY(m_cache->clear().ok());
        m_cache->resetStats();
    }

    void cleanup()
    {
        m_cache.reset();
        m_fixture.reset();
    }

    // ---- get / set / add / delete -------------------------------------------------------------

    void get_missingKey_returnsEmptyAndDefault()
    {
        const Result<std::optional<QVariant>> r = cache().get(QStringLiteral("missing"));
        QVERIFY2(r.ok(), qPrintable(errorText(r)));
        QVERIFY(!r->has_value());
        QCOMPARE(cache().get(QStringLiteral("missing"), QStringLiteral("dflt")).value(),
                 QVariant(QStringLiteral("dflt")));
    }

    void set_thenGet_returnsEqualValue_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::newRow("string") << QVariant(QStringLiteral("my new value"));
        QTest::newRow("unicode") << QVariant(QStringLiteral("Ünïcødé ✓ 日本語 🎉 مرحبا"));
        QTest::newRow("binary") << QVariant(QByteArray("\x00\x01\xff\xfe bin\r\n", 10));
        QTest::newRow("empty string") << QVariant(QString());
        QTest::newRow("bool") << QVariant(true);
        QTest::newRow("double") << QVariant(9.03);
        QTest::newRow("integer") << QVariant(qlonglong(42));
        QTest::newRow("negative integer") << QVariant(qlonglong(-7));
        QTest::newRow("list") << QVariant(QVariantList{1, QStringLiteral("two"), 3.5});
        QVariantMap map;
        map.insert(QStringLiteral("title"), QStringLiteral("Chair"));
        map.insert(QStringLiteral("price"), QStringLiteral("9.03"));
        map.insert(QStringLiteral("tags"), QVariantList{QStringLiteral("a"), true});
        QTest::newRow("nested map") << QVariant(map);
    }

    void set_thenGet_returnsEqualValue()
    {
        QFETCH(QVariant, value);
        QVERIFY(cache().set(QStringLiteral("k"), value).ok());
        const Result<std::optional<QVariant>> r = cache().get(QStringLiteral("k"));
        QVERIFY2(r.ok(), qPrintable(errorText(r)));
        QVERIFY(r->has_value());
        QCOMPARE(**r, value);
    }

    void set_intOfAnyWidth_isReadBackAsLongLong()
    {
        QVERIFY(cache().set(QStringLiteral("i"), 5).ok());
        const QVariant v = valueOf(cache().get(QStringLiteral("i")));
        QCOMPARE(v.metaType().id(), int(QMetaType::LongLong));
        QCOMPARE(v.toLongLong(), 5);
    }

    void set_unicodeKey_isFineAndWarnsNot()
    {
        const QString key = QStringLiteral("ключ_日本");
        QVERIFY(cache().set(key, QStringLiteral("v")).ok());
        QCOMPARE(valueOf(cache().get(key)).toString(), QStringLiteral("v"));
        QCOMPARE(cache().stats().keyWarnings, quint64(0));
    }

    void set_existingKey_overwrites()
    {
        QVERIFY(cache().set(QStringLiteral("k"), 1).ok());
        QVERIFY(cache().set(QStringLiteral("k"), QStringLiteral("two")).ok());
        QCOMPARE(valueOf(cache().get(QStringLiteral("k"))), QVariant(QStringLiteral("two")));
    }

    void get_storedNull_beatsDefault()
    {
        QVERIFY(cache().set(QStringLiteral("n"), QVariant::fromValue(nullptr)).ok());
        const Result<std::optional<QVariant>> r = cache().get(QStringLiteral("n"));
        QVERIFY(r.ok() && r->has_value());
        QCOMPARE((*r)->metaType().id(), int(QMetaType::Nullptr));
        const QVariant withDefault
                = cache().get(QStringLiteral("n"), QStringLiteral("default")).value();
        QCOMPARE(withDefault.metaType().id(), int(QMetaType::Nullptr));
        QVERIFY(present(QStringLiteral("n")));
    }

    void add_liveKey_neverOverwrites()
    {
        QVERIFY(cache().set(QStringLiteral("k"), QStringLiteral("first"), Timeout::seconds(60))
                        .ok());
        const Result<bool> added
                = cache().add(QStringLiteral("k"), QStringLiteral("second"), Timeout::never());
        QVERIFY(added.ok());
        QVERIFY(!*added);
        QCOMPARE(valueOf(cache().get(QStringLiteral("k"))), QVariant(QStringLiteral("first")));
        const KeyTtl t = cache().ttl(QStringLiteral("k")).value();
        QCOMPARE(t.state, KeyTtl::State::Expiring); // TTL untouched by the failed add
        QVERIFY(t.ms <= 60'000 && t.ms > 50'000);
    }

    void add_missingKey_stores()
    {
        QCOMPARE(cache().add(QStringLiteral("k"), QStringLiteral("v")).value(), true);
        QCOMPARE(valueOf(cache().get(QStringLiteral("k"))), QVariant(QStringLiteral("v")));
    }

    void add_expiredKey_stores()
    {
        QVERIFY(cache().set(QStringLiteral("k"), 1, Timeout::ms(200)).ok());
        m_fixture->advance(200);
        QTRY_VERIFY_WITH_TIMEOUT(!present(QStringLiteral("k")), ExpiryWaitMs);
        QCOMPARE(cache().add(QStringLiteral("k"), 2).value(), true);
        QCOMPARE(valueOf(cache().get(QStringLiteral("k"))).toLongLong(), 2);
    }

    void delete_returnsWhetherSomethingWasRemoved()
    {
        QVERIFY(cache().set(QStringLiteral("k"), 1).ok());
        QCOMPARE(cache().remove(QStringLiteral("k")).value(), true);
        QCOMPARE(cache().remove(QStringLiteral("k")).value(), false);
        QVERIFY(!present(QStringLiteral("k")));
    }

    // ---- get_or_set ---------------------------------------------------------------------------

    void getOrSet_value_storesOnMissAndReturnsStored()
    {
        QCOMPARE(cache().getOrSet(QStringLiteral("k"), 42).value().toLongLong(), 42);
        QCOMPARE(cache().getOrSet(QStringLiteral("k"), 43).value().toLongLong(), 42);
    }

    void getOrSet_callable_runsOnlyOnMiss()
    {
        int runs = 0;
        const std::function<Result<QVariant>()> compute = [&]() -> Result<QVariant> {
            ++runs;
            return QVariant(QStringLiteral("computed"));
        };
        QCOMPARE(cache().getOrSet(QStringLiteral("k"), compute).value(),
                 QVariant(QStringLiteral("computed")));
        QCOMPARE(runs, 1);
        QCOMPARE(cache().getOrSet(QStringLiteral("k"), compute).value(),
                 QVariant(QStringLiteral("computed")));
        QCOMPARE(runs, 1);
    }

    void getOrSet_storedNull_isAHitAndCallableDoesNotRun()
    {
        QVERIFY(cache().set(QStringLiteral("k"), QVariant::fromValue(nullptr)).ok());
        bool ran = false;
        const Result<QVariant> r = cache().getOrSet(
                QStringLiteral("k"), std::function<Result<QVariant>()>([&]() -> Result<QVariant> {
                    ran = true;
                    return QVariant(1);
                }));
        QVERIFY(r.ok());
        QVERIFY(!ran);
        QCOMPARE(r->metaType().id(), int(QMetaType::Nullptr));
    }

    void getOrSet_racingWriter_wins()
    {
        std::unique_ptr<Cache> other = makeCache();
        const Result<QVariant> r = cache().getOrSet(
                QStringLiteral("k"), std::function<Result<QVariant>()>([&]() -> Result<QVariant> {
                    // Another client stores a value while we compute ours.
                    (void)other->set(QStringLiteral("k"), QStringLiteral("theirs"));
                    return QVariant(QStringLiteral("ours"));
                }));
        QVERIFY(r.ok());
        QCOMPARE(*r, QVariant(QStringLiteral("theirs")));
        QCOMPARE(valueOf(cache().get(QStringLiteral("k"))), QVariant(QStringLiteral("theirs")));
    }

    void getOrSet_failingCallable_storesNothing()
    {
        const Result<QVariant> r = cache().getOrSet(
                QStringLiteral("k"), std::function<Result<QVariant>()>([]() -> Result<QVariant> {
                    return Error(ErrorKind::Database, QStringLiteral("query failed"));
                }));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Database);
        QVERIFY(!present(QStringLiteral("k")));
    }

    void getOrSet_zeroTimeout_returnsValueButStoresNothing()
    {
        QCOMPARE(cache().getOrSet(QStringLiteral("k"), 7, Timeout::ms(0)).value().toLongLong(), 7);
        QVERIFY(!present(QStringLiteral("k")));
    }

    // ---- many ---------------------------------------------------------------------------------

    void getMany_returnsPresentKeysInRequestOrderIncludingNulls()
    {
        QVERIFY(cache().set(QStringLiteral("b"), QStringLiteral("b")).ok());
        QVERIFY(cache().set(QStringLiteral("a"), QStringLiteral("a")).ok());
        QVERIFY(cache().set(QStringLiteral("n"), QVariant::fromValue(nullptr)).ok());
        const Result<QList<QPair<QString, QVariant>>> r
                = cache().getMany({QStringLiteral("a"), QStringLiteral("missing"),
                                   QStringLiteral("n"), QStringLiteral("b")});
        QVERIFY2(r.ok(), qPrintable(errorText(r)));
        QCOMPARE(r->size(), 3);
        QCOMPARE(r->at(0).first, QStringLiteral("a"));
        QCOMPARE(r->at(0).second, QVariant(QStringLiteral("a")));
        QCOMPARE(r->at(1).first, QStringLiteral("n"));
        QCOMPARE(r->at(1).second.metaType().id(), int(QMetaType::Nullptr));
        QCOMPARE(r->at(2).first, QStringLiteral("b"));
    }

    void setMany_storesAllAndReportsNoFailures()
    {
        const Result<QStringList> r
                = cache().setMany({{QStringLiteral("a"), 1}, {QStringLiteral("b"), 2}});
        QVERIFY2(r.ok(), qPrintable(errorText(r)));
        QVERIFY(r->isEmpty());
        QCOMPARE(valueOf(cache().get(QStringLiteral("a"))).toLongLong(), 1);
        QCOMPARE(valueOf(cache().get(QStringLiteral("b"))).toLongLong(), 2);
    }

    void setMany_withTimeout_expiresAll()
    {
        QVERIFY(cache().setMany({{QStringLiteral("a"), 1}, {QStringLiteral("b"), 2}},
                                Timeout::ms(300))
                        .ok());
        QVERIFY(present(QStringLiteral("a")));
        m_fixture->advance(300);
        QTRY_VERIFY_WITH_TIMEOUT(!present(QStringLiteral("a")) && !present(QStringLiteral("b")),
                                 ExpiryWaitMs);
    }

    void deleteMany_removesAll()
    {
        QVERIFY(cache().setMany({{QStringLiteral("a"), 1},
                                 {QStringLiteral("b"), 2},
                                 {QStringLiteral("c"), 3}})
                        .ok());
        const Result<int> r = cache().removeMany(
                {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("zzz")});
        QVERIFY(r.ok());
        QCOMPARE(*r, 2);
        QVERIFY(!present(QStringLiteral("a")));
        QVERIFY(!present(QStringLiteral("b")));
        QVERIFY(present(QStringLiteral("c")));
    }

    // ---- has_key / touch ----------------------------------------------------------------------

    void hasKey_liveKeysOnly()
    {
        QVERIFY(!present(QStringLiteral("k")));
        QVERIFY(cache().set(QStringLiteral("k"), 0).ok());
        QVERIFY(present(QStringLiteral("k")));
        QVERIFY(!present(QStringLiteral("k"), Version(2)));
    }

    void touch_liveKey_resetsExpiry()
    {
        QVERIFY(cache().set(QStringLiteral("k"), 1, Timeout::ms(400)).ok());
        QCOMPARE(cache().touch(QStringLiteral("k"), Timeout::seconds(60)).value(), true);
        m_fixture->advance(400);
        const KeyTtl t = cache().ttl(QStringLiteral("k")).value();
        QCOMPARE(t.state, KeyTtl::State::Expiring);
        QVERIFY(t.ms > 50'000);
        QVERIFY(present(QStringLiteral("k")));
    }

    void touch_missingKey_returnsFalse()
    {
        QCOMPARE(cache().touch(QStringLiteral("nope"), Timeout::seconds(10)).value(), false);
    }

    void touch_forever_removesExpiry()
    {
        QVERIFY(cache().set(QStringLiteral("k"), 1, Timeout::ms(300)).ok());
        QCOMPARE(cache().touch(QStringLiteral("k"), Timeout::never()).value(), true);
        QCOMPARE(cache().ttl(QStringLiteral("k")).value().state, KeyTtl::State::Forever);
    }

    // ---- incr / decr --------------------------------------------------------------------------

    void incr_existingInteger_returnsNewValue()
    {
        QVERIFY(cache().set(QStringLiteral("a"), 1).ok());
        QCOMPARE(cache().incr(QStringLiteral("a")).value(), 2);
        QCOMPARE(cache().incr(QStringLiteral("a"), 10).value(), 12);
        QCOMPARE(cache().decr(QStringLiteral("a"), 5).value(), 7);
        QCOMPARE(cache().decr(QStringLiteral("a")).value(), 6);
        QCOMPARE(cache().incr(QStringLiteral("a"), -10).value(), -4);
        QCOMPARE(valueOf(cache().get(QStringLiteral("a"))).toLongLong(), -4);
    }

    void incr_missingKey_isNotFound()
    {
        const Result<qint64> r = cache().incr(QStringLiteral("x"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::NotFound);
        QCOMPARE(r.error().message, QStringLiteral("key 'x' not found"));
        QCOMPARE(cache().decr(QStringLiteral("x")).error().kind, ErrorKind::NotFound);
        QVERIFY(!present(QStringLiteral("x"))); // never created
    }

    void incr_nonInteger_isTypeError()
    {
        QVERIFY(cache().set(QStringLiteral("s"), QStringLiteral("abc")).ok());
        QCOMPARE(cache().incr(QStringLiteral("s")).error().kind, ErrorKind::Type);
        QVERIFY(cache().set(QStringLiteral("d"), 1.5).ok());
        QCOMPARE(cache().incr(QStringLiteral("d")).error().kind, ErrorKind::Type);
        QVERIFY(cache().set(QStringLiteral("digits"), QStringLiteral("42")).ok());
        QCOMPARE(cache().incr(QStringLiteral("digits")).error().kind, ErrorKind::Type);
        QCOMPARE(valueOf(cache().get(QStringLiteral("s"))), QVariant(QStringLiteral("abc")));
    }

    void incr_keepsExpiry()
    {
        QVERIFY(cache().set(QStringLiteral("a"), 1, Timeout::seconds(10)).ok());
        QCOMPARE(cache().incr(QStringLiteral("a")).value(), 2);
        const KeyTtl t = cache().ttl(QStringLiteral("a")).value();
        QCOMPARE(t.state, KeyTtl::State::Expiring);
        QVERIFY(t.ms > 9'000 && t.ms <= 10'000);
        QVERIFY(cache().set(QStringLiteral("f"), 1, Timeout::never()).ok());
        QCOMPARE(cache().incr(QStringLiteral("f")).value(), 2);
        QCOMPARE(cache().ttl(QStringLiteral("f")).value().state, KeyTtl::State::Forever);
    }

    void incr_beyond2pow53_isExact_data()
    {
        QTest::addColumn<qlonglong>("start");
        QTest::addColumn<qlonglong>("delta");
        constexpr qlonglong P53 = qlonglong(1) << 53;
        QTest::newRow("2^53+1 + 1") << P53 + 1 << qlonglong(1);
        QTest::newRow("2^53+2 + 1 (not a double)") << P53 + 2 << qlonglong(1);
        QTest::newRow("max-1 + 1") << std::numeric_limits<qlonglong>::max() - 1 << qlonglong(1);
        QTest::newRow("min+1 - 1") << std::numeric_limits<qlonglong>::min() + 1 << qlonglong(-1);
        QTest::newRow("-2^62 - 3") << -(qlonglong(1) << 62) << qlonglong(-3);
    }

    void incr_beyond2pow53_isExact()
    {
        QFETCH(qlonglong, start);
        QFETCH(qlonglong, delta);
        QVERIFY(cache().set(QStringLiteral("n"), start).ok());
        const Result<qint64> r = cache().incr(QStringLiteral("n"), delta);
        QVERIFY2(r.ok(), qPrintable(errorText(r)));
        QCOMPARE(*r, start + delta);
        QCOMPARE(valueOf(cache().get(QStringLiteral("n"))).toLongLong(), start + delta);
    }

    void incr_overflow_isAnErrorAndLeavesTheValue_data()
    {
        QTest::addColumn<qlonglong>("start");
        QTest::addColumn<qlonglong>("delta");
        QTest::addColumn<bool>("decrement");
        constexpr qlonglong Max = std::numeric_limits<qlonglong>::max();
        constexpr qlonglong Min = std::numeric_limits<qlonglong>::min();
        QTest::newRow("max incr 1") << Max << qlonglong(1) << false;
        QTest::newRow("min decr 1") << Min << qlonglong(1) << true;
        QTest::newRow("1 incr max") << qlonglong(1) << Max << false;
        QTest::newRow("-2 decr max") << qlonglong(-2) << Max << true;
        QTest::newRow("0 decr min") << qlonglong(0) << Min << true;
    }

    void incr_overflow_isAnErrorAndLeavesTheValue()
    {
        QFETCH(qlonglong, start);
        QFETCH(qlonglong, delta);
        QFETCH(bool, decrement);
        QVERIFY(cache().set(QStringLiteral("n"), start).ok());
        const Result<qint64> r = decrement ? cache().decr(QStringLiteral("n"), delta)
                                           : cache().incr(QStringLiteral("n"), delta);
        QVERIFY2(!r.ok(), qPrintable(QString::number(r.valueOr(0))));
        QCOMPARE(r.error().kind, ErrorKind::InvalidInput);
        QCOMPARE(r.error().message, QStringLiteral("increment or decrement would overflow"));
        QCOMPARE(valueOf(cache().get(QStringLiteral("n"))).toLongLong(), start);
    }

    // ---- versions -----------------------------------------------------------------------------

    void versionMove_outsideTheIntRange_isAnErrorAndMovesNothing_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("delta");
        QTest::addColumn<bool>("decrement");
        QTest::addColumn<qlonglong>("wanted");
        constexpr int Max = std::numeric_limits<int>::max();
        constexpr int Min = std::numeric_limits<int>::min();
        QTest::newRow("incr at max") << Max << 1 << false << qlonglong(Max) + 1;
        QTest::newRow("decr at min") << Min << 1 << true << qlonglong(Min) - 1;
        QTest::newRow("decr by min") << 0 << Min << true << -qlonglong(Min);
        QTest::newRow("incr by min at -1") << -1 << Min << false << qlonglong(Min) - 1;
        QTest::newRow("incr by max at 1") << 1 << Max << false << qlonglong(Max) + 1;
    }

    void versionMove_outsideTheIntRange_isAnErrorAndMovesNothing()
    {
        QFETCH(int, from);
        QFETCH(int, delta);
        QFETCH(bool, decrement);
        QFETCH(qlonglong, wanted);
        QVERIFY(cache().set(QStringLiteral("k"), QStringLiteral("v"), Timeout(), Version(from))
                        .ok());
        const Result<int> r = decrement
                ? cache().decrVersion(QStringLiteral("k"), delta, Version(from))
                : cache().incrVersion(QStringLiteral("k"), delta, Version(from));
        QVERIFY2(!r.ok(), qPrintable(QString::number(r.valueOr(0))));
        QCOMPARE(r.error().kind, ErrorKind::InvalidInput);
        QVERIFY2(r.error().message.contains(QString::number(wanted)),
                 qPrintable(r.error().message));
        QCOMPARE(valueOf(cache().get(QStringLiteral("k"), Version(from))),
                 QVariant(QStringLiteral("v")));
        QCOMPARE(scanned(cache()).size(), 1); // nothing written under a wrapped version
    }

    void versions_areIsolated()
    {
        QVERIFY(cache().set(QStringLiteral("k"), 1, Timeout(), Version(1)).ok());
        QVERIFY(cache().set(QStringLiteral("k"), 2, Timeout(), Version(2)).ok());
        QCOMPARE(valueOf(cache().get(QStringLiteral("k"), Version(1))).toLongLong(), 1);
        QCOMPARE(valueOf(cache().get(QStringLiteral("k"), Version(2))).toLongLong(), 2);
        QVERIFY(!cache().get(QStringLiteral("k"), Version(3)).value().has_value());
        QCOMPARE(cache().remove(QStringLiteral("k"), Version(2)).value(), true);
        QCOMPARE(valueOf(cache().get(QStringLiteral("k"))).toLongLong(), 1);
    }

    void defaultVersion_isAnOption()
    {
        CacheOptions options;
        options.defaultVersion = 2;
        std::unique_ptr<Cache> v2 = makeCache(options);
        QVERIFY(v2->set(QStringLiteral("k"), QStringLiteral("two")).ok());
        QCOMPARE(v2->makeKey(QStringLiteral("k")), QByteArray(":2:k"));
        QVERIFY(!cache().get(QStringLiteral("k")).value().has_value());
        QCOMPARE(valueOf(cache().get(QStringLiteral("k"), Version(2))),
                 QVariant(QStringLiteral("two")));
    }

    void incrVersion_movesValueAndExpiry()
    {
        QVERIFY(cache().set(QStringLiteral("k"), QStringLiteral("v"), Timeout::seconds(30)).ok());
        QCOMPARE(cache().incrVersion(QStringLiteral("k")).value(), 2);
        QVERIFY(!present(QStringLiteral("k")));
        QCOMPARE(valueOf(cache().get(QStringLiteral("k"), Version(2))),
                 QVariant(QStringLiteral("v")));
        const KeyTtl t = cache().ttl(QStringLiteral("k"), Version(2)).value();
        QCOMPARE(t.state, KeyTtl::State::Expiring);
        QVERIFY(t.ms <= 30'000 && t.ms > 20'000);
        QCOMPARE(cache().decrVersion(QStringLiteral("k"), 1, Version(2)).value(), 1);
        QCOMPARE(valueOf(cache().get(QStringLiteral("k"))), QVariant(QStringLiteral("v")));
        QVERIFY(!present(QStringLiteral("k"), Version(2)));
        QCOMPARE(cache().incrVersion(QStringLiteral("k"), 5).value(), 6);
        QVERIFY(present(QStringLiteral("k"), Version(6)));
    }

    void incrVersion_missingKey_isNotFound()
    {
        const Result<int> r = cache().incrVersion(QStringLiteral("ghost"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::NotFound);
        QCOMPARE(cache().decrVersion(QStringLiteral("ghost")).error().kind, ErrorKind::NotFound);
    }

    // ---- keys and namespaces ------------------------------------------------------------------

    void makeKey_default_isPrefixVersionKey()
    {
        QCOMPARE(cache().makeKey(QStringLiteral("product_objects")),
                 QByteArray(":1:product_objects"));
        CacheOptions options;
        options.keyPrefix = "pm";
        QCOMPARE(makeCache(options)->makeKey(QStringLiteral("k"), Version(3)),
                 QByteArray("pm:3:k"));
    }

    void keyFunction_isUsed()
    {
        CacheOptions options;
        options.keyPrefix = "custom";
        options.keyFunction = [](const QString &key, const QByteArray &prefix, int version) {
            return prefix + ':' + QByteArray::number(version) + ':' + key.toUpper().toUtf8();
        };
        std::unique_ptr<Cache> custom = makeCache(options);
        QCOMPARE(custom->makeKey(QStringLiteral("abc")), QByteArray("custom:1:ABC"));
        QVERIFY(custom->set(QStringLiteral("abc"), 1).ok());
        QCOMPARE(valueOf(custom->get(QStringLiteral("abc"))).toLongLong(), 1);
        QCOMPARE(custom->keys().value(), QStringList{QStringLiteral("1:ABC")});

        // A key function that leaves the `prefix:version:key` form makes keys that clear() and
        // keys() cannot tell from a neighbour's: they are never listed nor cleared.
        CacheOptions loose = options;
        loose.keyFunction = [](const QString &key, const QByteArray &prefix, int version) {
            return prefix + ':' + key.toUpper().toUtf8() + '#' + QByteArray::number(version);
        };
        std::unique_ptr<Cache> outside = makeCache(loose);
        QVERIFY(outside->set(QStringLiteral("abc"), 2).ok());
        QCOMPARE(valueOf(outside->get(QStringLiteral("abc"))).toLongLong(), 2);
        QCOMPARE(outside->keys().value(), QStringList{QStringLiteral("1:ABC")});
        QCOMPARE(outside->clear().value(), qint64(1));
        QCOMPARE(valueOf(outside->get(QStringLiteral("abc"))).toLongLong(), 2);
    }

    void prefixes_areIsolated()
    {
        CacheOptions a;
        a.keyPrefix = "alpha";
        CacheOptions b;
        b.keyPrefix = "beta";
        std::unique_ptr<Cache> ca = makeCache(a);
        std::unique_ptr<Cache> cb = makeCache(b);
        QVERIFY(ca->set(QStringLiteral("k"), QStringLiteral("a")).ok());
        QVERIFY(cb->set(QStringLiteral("k"), QStringLiteral("b")).ok());
        QCOMPARE(valueOf(ca->get(QStringLiteral("k"))), QVariant(QStringLiteral("a")));
        QCOMPARE(valueOf(cb->get(QStringLiteral("k"))), QVariant(QStringLiteral("b")));
        QVERIFY(!cache().get(QStringLiteral("k")).value().has_value());
    }

    void clear_removesOnlyOurNamespace()
    {
        CacheOptions mine;
        mine.keyPrefix = "mine";
        CacheOptions theirs;
        theirs.keyPrefix = "theirs";
        CacheOptions prefixOfMine; // "mi" must not be swept by a clear of "mine", nor vice versa
        prefixOfMine.keyPrefix = "mi";
        std::unique_ptr<Cache> cm = makeCache(mine);
        std::unique_ptr<Cache> ct = makeCache(theirs);
        std::unique_ptr<Cache> cp = makeCache(prefixOfMine);
        QVERIFY(cm->set(QStringLiteral("a"), 1).ok());
        QVERIFY(cm->set(QStringLiteral("b"), 2, Timeout(), Version(7)).ok());
        QVERIFY(ct->set(QStringLiteral("a"), 3).ok());
        QVERIFY(cp->set(QStringLiteral("a"), 4).ok());
        const Result<qint64> cleared = cm->clear();
        QVERIFY2(cleared.ok(), qPrintable(errorText(cleared)));
        QCOMPARE(*cleared, qint64(2));
        QVERIFY(!cm->hasKey(QStringLiteral("a")).value());
        QVERIFY(!cm->hasKey(QStringLiteral("b"), Version(7)).value());
        QVERIFY(ct->hasKey(QStringLiteral("a")).value());
        QVERIFY(cp->hasKey(QStringLiteral("a")).value());
    }

    /// Writes `key` as it is, beside the Cache front end: a neighbour on a shared store.
    void plant(CacheBackend &raw, const QByteArray &key)
    {
        CallFacts f;
        QVERIFY2(raw.set(key, QStringLiteral("neighbour"), Expiry::never(), f).ok(),
                 key.constData());
    }
    static bool exists(CacheBackend &raw, const QByteArray &key)
    {
        CallFacts f;
        return raw.hasKey(key, f).valueOr(false);
    }
    static QList<QByteArray> scanned(Cache &c)
    {
        QList<QByteArray> keys;
        QByteArray cursor;
        do {
            const Result<KeyPage> page = c.scan(cursor, 3);
            if (!page)
                return {"scan failed: " + page.error().toString().toUtf8()};
            for (const KeyInfo &k : page->keys)
                keys.append(k.key);
            cursor = page->cursor;
        } while (!cursor.isEmpty());
        std::sort(keys.begin(), keys.end());
        keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
        return keys;
    }

    void clear_neighbourKeys_onASharedStore_areNeverTouched()
    {
        // Our namespace is exactly `<prefix>:<int version>:<key>`. Decided: `:1` (no key part)
        // is not ours (makeKey always writes the second colon; `:1:` with an empty key is
        // ours); `pfx:01:k` is not ours (makeKey never writes a leading zero); negative
        // versions are ours (decr_version makes them).
        std::unique_ptr<CacheBackend> raw = m_fixture->connect();
        const QList<QByteArray> neighbours
                = {":session:abc", ":x:key",         ":1",       "other:1:k", ":01:k",    ":-0:k",
                   ":+1:k",        ":99999999999:k", "pfx:01:k", "pfx:1",     "pfxx:1:k", "pfx::k"};
        const QList<QByteArray> oursDefault = {":-2:k", ":1:", ":1:k", ":2147483647:k"};
        const QList<QByteArray> oursPfx = {"pfx:-2:k", "pfx:1:k"};
        for (const QByteArray &k : neighbours + oursDefault + oursPfx)
            plant(*raw, k);

        QCOMPARE(scanned(cache()), oursDefault);
        const Result<qint64> cleared = cache().clear();
        QVERIFY2(cleared.ok(), qPrintable(errorText(cleared)));
        QCOMPARE(*cleared, qint64(oursDefault.size()));
        for (const QByteArray &k : oursDefault)
            QVERIFY2(!exists(*raw, k), k.constData());
        for (const QByteArray &k : neighbours + oursPfx)
            QVERIFY2(exists(*raw, k), k.constData());

        CacheOptions pfx;
        pfx.keyPrefix = "pfx";
        std::unique_ptr<Cache> other = makeCache(pfx);
        QCOMPARE(scanned(*other), oursPfx);
        QCOMPARE(other->keys(QStringLiteral("*"), Version(-2)).value(),
                 QStringList{QStringLiteral("k")});
        QCOMPARE(other->clear().value(), qint64(oursPfx.size()));
        for (const QByteArray &k : oursPfx)
            QVERIFY2(!exists(*raw, k), k.constData());
        for (const QByteArray &k : neighbours)
            QVERIFY2(exists(*raw, k), k.constData());
        QCOMPARE(cache().clear().value(), qint64(0)); // nothing of ours left, neighbours stay
        QVERIFY(exists(*raw, ":session:abc"));
    }

    void keys_listsOurVersionSortedAndFiltered()
    {
        QVERIFY(cache().set(QStringLiteral("b"), 1).ok());
        QVERIFY(cache().set(QStringLiteral("a"), 1).ok());
        QVERIFY(cache().set(QStringLiteral("ab"), 1).ok());
        QVERIFY(cache().set(QStringLiteral("other"), 1, Timeout(), Version(2)).ok());
        CacheOptions foreign;
        foreign.keyPrefix = "x";
        QVERIFY(makeCache(foreign)->set(QStringLiteral("zz"), 1).ok());
        QCOMPARE(cache().keys().value(),
                 (QStringList{QStringLiteral("a"), QStringLiteral("ab"), QStringLiteral("b")}));
        QCOMPARE(cache().keys(QStringLiteral("a*")).value(),
                 (QStringList{QStringLiteral("a"), QStringLiteral("ab")}));
        QCOMPARE(cache().keys(QStringLiteral("?")).value(),
                 (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(cache().keys(QStringLiteral("*"), Version(2)).value(),
                 QStringList{QStringLiteral("other")});
    }

    void keyWarnings_areCountedAndLoggedNotErrors()
    {
        const QString longKey(260, QLatin1Char('x'));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("memcached")));
        QVERIFY(cache().set(longKey, 1).ok());
        QCOMPARE(cache().stats().keyWarnings, quint64(1));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("memcached")));
        QCOMPARE(valueOf(cache().get(longKey)).toLongLong(), 1);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("memcached")));
        QVERIFY(cache().set(QStringLiteral("with space"), 2).ok());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("memcached")));
        QVERIFY(cache().set(QStringLiteral("ctl\x01"), 3).ok());
        QCOMPARE(cache().stats().keyWarnings, quint64(4));
        // 250 characters with the ":1:" head is over the limit, 247 is not.
        QVERIFY(cache().set(QString(247, QLatin1Char('y')), 1).ok());
        QCOMPARE(cache().stats().keyWarnings, quint64(4));
        QVERIFY(!Cache::keyWarning(QByteArray(251, 'z')).isEmpty());
        QVERIFY(Cache::keyWarning(QByteArray(250, 'z')).isEmpty());
        // Non-ASCII characters count as one each, not as their UTF-8 bytes.
        QVERIFY(Cache::keyWarning(QString(200, QChar(0x00e9)).toUtf8()).isEmpty());
    }

    // ---- one size rule ------------------------------------------------------------------------

    void sizeCap_isOnTheEncodedBytes_onEveryBackend_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<bool>("accepted");
        constexpr qint64 Cap = 1024;
        const ValueCodec codec;
        const qint64 bytesOverhead = codec.encode(QByteArray()).value().size();
        const qint64 stringOverhead = codec.encode(QString()).value().size();
        QTest::newRow("bytes encoding to exactly the cap")
                << QVariant(QByteArray(Cap - bytesOverhead, 'x')) << true;
        QTest::newRow("bytes encoding to cap + 1")
                << QVariant(QByteArray(Cap - bytesOverhead + 1, 'x')) << false;
        // 1,000 UTF-16 code units (2,000 bytes of UTF-16) but 1,000 bytes of UTF-8.
        QTest::newRow("ASCII string encoding to exactly the cap")
                << QVariant(QString(Cap - stringOverhead, QLatin1Char('a'))) << true;
        QTest::newRow("ASCII string encoding to cap + 1")
                << QVariant(QString(Cap - stringOverhead + 1, QLatin1Char('a'))) << false;
        // 400 code units (800 bytes of UTF-16, under the cap) but 1,200 bytes of UTF-8.
        QTest::newRow("non-ASCII string over the cap in UTF-8 only")
                << QVariant(QString(400, QChar(0x20AC))) << false;
        QTest::newRow("list of strings over the cap")
                << QVariant(QStringList(4, QString(100, QChar(0x20AC)))) << false;
        QTest::newRow("small map") << QVariant(QVariantMap{{QStringLiteral("a"), 1}}) << true;
    }

    void sizeCap_isOnTheEncodedBytes_onEveryBackend()
    {
        QFETCH(QVariant, value);
        QFETCH(bool, accepted);
        Cache capped(m_fixture->connectCapped(1024));
        QVERIFY(capped.clear().ok());
        const Result<void> set = capped.set(QStringLiteral("v"), value);
        const Result<bool> added = capped.add(QStringLiteral("w"), value);
        const Result<QStringList> many = capped.setMany({{QStringLiteral("m"), value}});
        QVERIFY(many.ok());
        if (accepted) {
            QVERIFY2(set.ok(), qPrintable(errorText(set)));
            QVERIFY2(added.ok() && *added, qPrintable(errorText(added)));
            QVERIFY(many->isEmpty());
            QCOMPARE(valueOf(capped.get(QStringLiteral("v"))), value);
        } else {
            QVERIFY(!set.ok());
            QCOMPARE(set.error().kind, ErrorKind::TooLarge);
            QVERIFY(!added.ok());
            QCOMPARE(added.error().kind, ErrorKind::TooLarge);
            QCOMPARE(*many, QStringList{QStringLiteral("m")});
            QVERIFY(!capped.hasKey(QStringLiteral("v")).value());
            QVERIFY(!capped.hasKey(QStringLiteral("m")).value());
        }
    }

    // ---- timeouts -----------------------------------------------------------------------------

    void timeout_zeroOrNegative_setRemovesTheKey_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::newRow("zero") << qint64(0);
        QTest::newRow("negative") << qint64(-1000);
    }

    void timeout_zeroOrNegative_setRemovesTheKey()
    {
        QFETCH(qint64, ms);
        QVERIFY(cache().set(QStringLiteral("k"), 1).ok());
        QVERIFY(cache().set(QStringLiteral("k"), 2, Timeout::ms(ms)).ok());
        QVERIFY(!present(QStringLiteral("k")));
        QVERIFY(!cache().get(QStringLiteral("k")).value().has_value());
    }

    void timeout_zero_addReturnsTrueButNothingIsReadable()
    {
        QCOMPARE(cache().add(QStringLiteral("k"), 1, Timeout::ms(0)).value(), true);
        QVERIFY(!cache().get(QStringLiteral("k")).value().has_value());
        QCOMPARE(cache().add(QStringLiteral("k2"), 1, Timeout::seconds(-5)).value(), true);
        QVERIFY(!present(QStringLiteral("k2")));
    }

    void timeout_forever_neverExpires()
    {
        QVERIFY(cache().set(QStringLiteral("k"), 1, Timeout::never()).ok());
        QCOMPARE(cache().ttl(QStringLiteral("k")).value().state, KeyTtl::State::Forever);
        m_fixture->advance(10LL * 365 * 24 * 3600 * 1000);
        QVERIFY(present(QStringLiteral("k")));
    }

    void timeout_omitted_isTheDefault300s()
    {
        QVERIFY(cache().set(QStringLiteral("k"), 1).ok());
        const KeyTtl t = cache().ttl(QStringLiteral("k")).value();
        QCOMPARE(t.state, KeyTtl::State::Expiring);
        QVERIFY(t.ms <= 300'000 && t.ms > 299'000);
        CacheOptions options;
        options.defaultTimeout = Timeout::never();
        std::unique_ptr<Cache> endless = makeCache(options);
        QVERIFY(endless->set(QStringLiteral("f"), 1).ok());
        QCOMPARE(endless->ttl(QStringLiteral("f")).value().state, KeyTtl::State::Forever);
    }

    void timeout_fractionalSeconds_keepMilliseconds()
    {
        QVERIFY(cache().set(QStringLiteral("k"), 1, Timeout::seconds(0.5)).ok());
        const KeyTtl t = cache().ttl(QStringLiteral("k")).value();
        QCOMPARE(t.state, KeyTtl::State::Expiring);
        QVERIFY2(t.ms <= 500 && t.ms > 300, qPrintable(QString::number(t.ms)));
        if (!m_fixture->isRealTime()) {
            m_fixture->advance(499);
            QVERIFY(present(QStringLiteral("k")));
            m_fixture->advance(1);
            QVERIFY(!present(QStringLiteral("k")));
        } else {
            QTRY_VERIFY_WITH_TIMEOUT(!present(QStringLiteral("k")), ExpiryWaitMs);
        }
    }

    void ttl_persist_expire_workTogether()
    {
        QCOMPARE(cache().ttl(QStringLiteral("k")).value().state, KeyTtl::State::Missing);
        QCOMPARE(cache().persist(QStringLiteral("k")).value(), false);
        QCOMPARE(cache().expire(QStringLiteral("k"), Timeout::seconds(5)).value(), false);
        QVERIFY(cache().set(QStringLiteral("k"), 1, Timeout::seconds(30)).ok());
        QCOMPARE(cache().persist(QStringLiteral("k")).value(), true);
        QCOMPARE(cache().ttl(QStringLiteral("k")).value().state, KeyTtl::State::Forever);
        QCOMPARE(cache().expire(QStringLiteral("k"), Timeout::ms(300)).value(), true);
        const KeyTtl t = cache().ttl(QStringLiteral("k")).value();
        QCOMPARE(t.state, KeyTtl::State::Expiring);
        QVERIFY(t.ms <= 300 && t.ms > 0);
        m_fixture->advance(300);
        QTRY_VERIFY_WITH_TIMEOUT(!present(QStringLiteral("k")), ExpiryWaitMs);
        QCOMPARE(cache().ttl(QStringLiteral("k")).value().state, KeyTtl::State::Missing);
    }

    void expiry_setWithTimeout_expiresAfterIt()
    {
        QVERIFY(cache().set(QStringLiteral("k"), QStringLiteral("v"), Timeout::ms(300)).ok());
        QVERIFY(present(QStringLiteral("k")));
        m_fixture->advance(300);
        QTRY_VERIFY_WITH_TIMEOUT(!cache().get(QStringLiteral("k")).value().has_value(),
                                 ExpiryWaitMs);
    }

    // ---- close --------------------------------------------------------------------------------

    void close_nextCallStillWorks()
    {
        QVERIFY(cache().set(QStringLiteral("k"), 1, Timeout::never()).ok());
        cache().close();
        QCOMPARE(valueOf(cache().get(QStringLiteral("k"))).toLongLong(), 1);
    }

    // ---- instrumentation ----------------------------------------------------------------------

    void stats_countHitsAndMisses_storedNullIsAHit()
    {
        QVERIFY(cache().set(QStringLiteral("n"), QVariant::fromValue(nullptr)).ok());
        (void)cache().get(QStringLiteral("n"));
        (void)cache().get(QStringLiteral("missing"));
        (void)cache().get(QStringLiteral("n"), QStringLiteral("default"));
        (void)cache().getMany({QStringLiteral("n"), QStringLiteral("x"), QStringLiteral("y")});
        const CacheStats s = cache().stats();
        QCOMPARE(s[CacheOp::Get].calls, quint64(3));
        QCOMPARE(s[CacheOp::Get].hits, quint64(2));
        QCOMPARE(s[CacheOp::Get].misses, quint64(1));
        QCOMPARE(s[CacheOp::GetMany].hits, quint64(1));
        QCOMPARE(s[CacheOp::GetMany].misses, quint64(2));
        QCOMPARE(s[CacheOp::Set].calls, quint64(1));
        QCOMPARE(s.calls, quint64(5));
        QCOMPARE(s.hits, quint64(3));
        QCOMPARE(s.misses, quint64(3));
        QCOMPARE(s.errors, quint64(0));
        QVERIFY(s[CacheOp::Get].totalNs > 0);
        QCOMPARE(s.hitRatio(), 0.5);
        cache().resetStats();
        QCOMPARE(cache().stats().calls, quint64(0));
    }

    void stats_countErrors()
    {
        QVERIFY(cache().set(QStringLiteral("s"), QStringLiteral("text")).ok());
        QVERIFY(!cache().incr(QStringLiteral("s")).ok());
        QVERIFY(!cache().incr(QStringLiteral("missing")).ok());
        QCOMPARE(cache().stats().errors, quint64(2));
        QCOMPARE(cache().stats()[CacheOp::Incr].errors, quint64(2));
    }

    void observer_receivesEveryCallWithBackendFacts()
    {
        RecordingObserver observer;
        cache().addObserver(&observer);
        QVERIFY(cache().set(QStringLiteral("k"), QStringLiteral("value")).ok());
        {
            CacheOrigin origin(QStringLiteral("Refresh"));
            (void)cache().get(QStringLiteral("k"));
            (void)cache().get(QStringLiteral("missing"));
        }
        (void)cache().incr(QStringLiteral("missing"));
        cache().removeObserver(&observer);
        (void)cache().get(QStringLiteral("k")); // not recorded any more

        QCOMPARE(observer.records.size(), 4);
        const CacheCallRecord &set = observer.records.at(0);
        QCOMPARE(set.operation, CacheOp::Set);
        QCOMPARE(set.keys, QStringList{QStringLiteral("k")});
        QCOMPARE(set.backend, m_cache->backendName());
        QVERIFY(set.origin.isEmpty());
        const CacheCallRecord &hit = observer.records.at(1);
        QCOMPARE(hit.operation, CacheOp::Get);
        QCOMPARE(hit.hits, 1);
        QCOMPARE(hit.misses, 0);
        QVERIFY(hit.durationNs > 0);
        QVERIFY(hit.bytes > 0);
        QCOMPARE(hit.origin, QStringLiteral("Refresh"));
        QCOMPARE(hit.version, 1);
        const CacheCallRecord &miss = observer.records.at(2);
        QCOMPARE(miss.hits, 0);
        QCOMPARE(miss.misses, 1);
        QCOMPARE(miss.origin, QStringLiteral("Refresh"));
        const CacheCallRecord &failed = observer.records.at(3);
        QCOMPARE(failed.operation, CacheOp::Incr);
        QVERIFY(failed.error.has_value());
        QCOMPARE(failed.error->kind, ErrorKind::NotFound);
    }

    void getOrSet_isOneRecordedCall()
    {
        RecordingObserver observer;
        cache().addObserver(&observer);
        (void)cache().getOrSet(QStringLiteral("k"), 1);
        (void)cache().getOrSet(QStringLiteral("k"), 2);
        cache().removeObserver(&observer);
        QCOMPARE(observer.records.size(), 2);
        QCOMPARE(observer.records.at(0).operation, CacheOp::GetOrSet);
        QCOMPARE(observer.records.at(0).misses, 1);
        QCOMPARE(observer.records.at(0).hits, 0);
        QCOMPARE(observer.records.at(1).hits, 1);
    }
};

QTEST_GUILESS_MAIN(TestCacheBehaviour)
#include "tst_cachebehaviour.moc"
