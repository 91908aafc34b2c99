#include "cache/cache.h"
#include "core/clock.h"
#include "db/database.h"
#include "diagnostics/actionlog.h"
#include "diagnostics/actiontablemodel.h"
#include "diagnostics/calllog.h"
#include "diagnostics/sqllog.h"
#include "diagnostics/threadcputime.h"
#include "products/productcache.h"
#include "products/productrepository.h"
#include "products/productschema.h"
#include "products/productseeder.h"
#include "products/productservice.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pm;

namespace {

CacheCallRecord call(int actionId, qint64 ns, int hits = 0, int misses = 0)
{
    CacheCallRecord r;
    r.operation = CacheOp::Get;
    r.keys = {QStringLiteral("product_objects")};
    r.actionId = actionId;
    r.durationNs = ns;
    r.hits = hits;
    r.misses = misses;
    return r;
}

SqlRecord statement(int actionId, qint64 ns, const QString &sql = QStringLiteral("SELECT 1"))
{
    SqlRecord r;
    r.sql = sql;
    r.actionId = actionId;
    r.durationNs = ns;
    return r;
}

} // namespace

class TestActionLog : public QObject
{
    Q_OBJECT
private slots:
    void begin_keepsTheLast50Actions_oldestGoFirst();
    void pinned_survivesSixtyMoreActions_andUnpinJoinsTheRing();
    void records_addUpPerAction_unknownActionsIgnored();
    void records_keptPerActionAreBounded_butTimesKeepAdding();
    void clearUnpinned_keepsPins();
    void tableModel_newestFirst_andPinnedFirstKeepsTheSelection();
    void realListLoad_cacheAndSqlAddUpToNoMoreThanWall();
    void threadCpuTime_advancesWithWork();
};

void TestActionLog::begin_keepsTheLast50Actions_oldestGoFirst()
{
    ActionLog log;
    QSignalSpy removed(&log, &ActionLog::actionsRemoved);
    for (int id = 1; id <= 70; ++id)
        log.begin(id, QStringLiteral("refresh"), 1000 + id);
    QCOMPARE(log.size(), ActionLog::HistorySize);
    QCOMPARE(log.actions().front().id, 21);
    QCOMPARE(log.actions().back().id, 70);
    QVERIFY(!log.contains(20));
    QVERIFY(log.contains(21));
    QCOMPARE(removed.count(), 20);
    QCOMPARE(log.find(70)->startMs, 1070);
}

void TestActionLog::pinned_survivesSixtyMoreActions_andUnpinJoinsTheRing()
{
    ActionLog log;
    log.begin(1, QStringLiteral("load list"), 0);
    log.setPinned(1, true);
    for (int id = 2; id <= 61; ++id)
        log.begin(id, QStringLiteral("refresh"), id);
    QVERIFY(log.contains(1));
    QVERIFY(log.find(1)->pinned);
    QCOMPARE(log.size(), ActionLog::HistorySize + 1);
    QCOMPARE(log.pinnedCount(), 1);
    // Unpinned, it is the oldest of 51 unpinned actions: the ring drops it.
    log.setPinned(1, false);
    QVERIFY(!log.contains(1));
    QCOMPARE(log.size(), ActionLog::HistorySize);
}

void TestActionLog::records_addUpPerAction_unknownActionsIgnored()
{
    ActionLog log;
    log.begin(1, QStringLiteral("load list"), 0);
    log.begin(2, QStringLiteral("refresh"), 0);
    QSignalSpy changed(&log, &ActionLog::actionChanged);
    log.addCacheCalls(
            {call(1, 300, 0, 1), call(1, 500), call(2, 200, 1, 0), call(99, 1000), call(0, 1000)});
    log.addSql({statement(1, 4000), statement(1, 6000), statement(2, 100)});
    const ActionRecord *first = log.find(1);
    QCOMPARE(first->cacheCalls, 2);
    QCOMPARE(first->cacheNs, 800);
    QCOMPARE(first->misses, 1);
    QCOMPARE(first->hits, 0);
    QCOMPARE(first->maxCallNs, 500);
    QCOMPARE(first->statements, 2);
    QCOMPARE(first->sqlNs, 10000);
    QCOMPARE(first->calls.size(), 2);
    QCOMPARE(first->sql.size(), 2);
    QCOMPARE(first->hitRatio(), 0.0);
    const ActionRecord *second = log.find(2);
    QCOMPARE(second->hits, 1);
    QCOMPARE(second->hitRatio(), 1.0);
    QCOMPARE(second->sqlNs, 100);
    QCOMPARE(changed.count(), 4); // each action once per batch
    log.setWorkerTimes(1, 7000, 9000);
    log.setWallTime(1, 20000);
    log.setModelTime(1, 3000);
    log.setPaintTime(1, 2000);
    QCOMPARE(log.find(1)->cpuNs, 7000);
    QCOMPARE(log.find(1)->workerNs, 9000);
    QCOMPARE(log.find(1)->paintNs, 2000);
}

void TestActionLog::records_keptPerActionAreBounded_butTimesKeepAdding()
{
    ActionLog log;
    log.begin(1, QStringLiteral("seed"), 0);
    QList<SqlRecord> many;
    for (int i = 0; i < ActionRecord::MaxKeptRecords + 100; ++i)
        many.append(statement(1, 10, QStringLiteral("INSERT INTO products")));
    log.addSql(many);
    QCOMPARE(log.find(1)->sql.size(), ActionRecord::MaxKeptRecords);
    QCOMPARE(log.find(1)->statements, ActionRecord::MaxKeptRecords + 100);
    QCOMPARE(log.find(1)->sqlNs, qint64(10) * (ActionRecord::MaxKeptRecords + 100));
}

void TestActionLog::clearUnpinned_keepsPins()
{
    ActionLog log;
    for (int id = 1; id <= 5; ++id)
        log.begin(id, QStringLiteral("refresh"), id);
    log.setPinned(3, true);
    log.clearUnpinned();
    QCOMPARE(log.size(), 1);
    QVERIFY(log.contains(3));
}

void TestActionLog::tableModel_newestFirst_andPinnedFirstKeepsTheSelection()
{
    ActionLog log;
    ActionTableModel timeline(&log, ActionTableModel::Order::NewestFirst);
    ActionTableModel history(&log, ActionTableModel::Order::PinnedFirst);
    QAbstractItemModelTester t1(&timeline, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&history, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int id = 1; id <= 3; ++id)
        log.begin(id, QStringLiteral("action %1").arg(id), id);
    QCOMPARE(timeline.rowCount(), 3);
    QCOMPARE(timeline.actionId(0), 3);
    QCOMPARE(timeline.index(0, ActionTableModel::ActionColumn).data().toString(),
             QStringLiteral("action 3"));
    QCOMPARE(timeline.index(0, ActionTableModel::WallColumn).data().toString(),
             QStringLiteral("–")); // not measured yet
    log.setWallTime(3, 1'500'000);
    QCOMPARE(timeline.index(0, ActionTableModel::WallColumn).data().toString(),
             QStringLiteral("1.50 ms"));

    // A persistent index on action 1 follows it when a pin moves it to the top.
    const QPersistentModelIndex one = history.index(history.rowOf(1), 0);
    QCOMPARE(one.row(), 2);
    log.setPinned(1, true);
    QCOMPARE(history.actionId(0), 1);
    QCOMPARE(one.row(), 0);
    QCOMPARE(history.index(0, ActionTableModel::ActionColumn).data().toString(),
             QStringLiteral("action 1 (pinned)"));
    QCOMPARE(timeline.actionId(0), 3); // the timeline stays in time order
    log.begin(4, QStringLiteral("action 4"), 4);
    QCOMPARE(history.actionId(0), 1);
    QCOMPARE(history.actionId(1), 4);
    QCOMPARE(one.row(), 0);
}

void TestActionLog::realListLoad_cacheAndSqlAddUpToNoMoreThanWall()
{
    // A real list load through a real memory cache and a real SQLite file, recorded the way
    // the window records it: the parts measured inside cannot exceed the wall time around.
    QTemporaryDir dir;
    auto config = DatabaseConfig::fromUrl(QStringLiteral("sqlite://")
                                          + dir.filePath(QStringLiteral("p.db")));
    QVERIFY(config);
    auto db = ProductSchema::open(config.value());
    QVERIFY(db);
    SqlLog sqlLog(SystemClock::instance());
    db.value()->setSqlObserver(sqlLog.observer());
    ManualClock clock(1'700'000'000'000);
    ProductRepository repo(*db.value(), clock);
    auto cache = createProductCache(QStringLiteral("memory://"), clock);
    QVERIFY(cache);
    CallLog callLog;
    cache.value()->addObserver(&callLog);
    ProductService service(repo, *cache.value());
    QVERIFY(service.insertMany(ProductSeeder::generate(500), QStringLiteral("seed")));
    callLog.take();
    sqlLog.take();

    ActionLog log;
    for (int id : {1, 2}) { // a miss, then a hit
        log.begin(id, QStringLiteral("load list"), 0);
        QElapsedTimer wall;
        wall.start();
        const qint64 cpuStart = threadCpuTimeNs();
        {
            const CacheOrigin scope(QStringLiteral("load list"), id);
            auto list = service.list();
            QVERIFY(list);
            QCOMPARE(list->size(), 500);
        }
        log.setWorkerTimes(id, threadCpuTimeNs() - cpuStart, wall.nsecsElapsed());
        log.setWallTime(id, wall.nsecsElapsed());
        log.addCacheCalls(callLog.take());
        log.addSql(sqlLog.take());
    }
    const ActionRecord *miss = log.find(1);
    QCOMPARE(miss->misses, 1);
    QCOMPARE(miss->cacheCalls, 2); // get, set
    QVERIFY(miss->sqlNs > 0);
    QVERIFY(miss->cacheNs > 0);
    QVERIFY2(miss->cacheNs + miss->sqlNs <= miss->wallNs,
             qPrintable(QStringLiteral("cache %1 + sql %2 > wall %3")
                                .arg(miss->cacheNs)
                                .arg(miss->sqlNs)
                                .arg(miss->wallNs)));
    QVERIFY(miss->cpuNs > 0);
    const ActionRecord *hit = log.find(2);
    QCOMPARE(hit->hits, 1);
    QCOMPARE(hit->cacheCalls, 1);
    QVERIFY(hit->cacheNs + hit->sqlNs <= hit->wallNs);
    for (const SqlRecord &s : hit->sql)
        QVERIFY2(!s.sql.contains(QStringLiteral("FROM products ORDER BY")), qPrintable(s.sql));
    // The list query of the miss dominates its SQL time.
    QVERIFY(miss->sqlNs > hit->sqlNs);
}

void TestActionLog::threadCpuTime_advancesWithWork()
{
    const qint64 start = threadCpuTimeNs();
    QVERIFY(start > 0);
    volatile quint64 x = 0;
    for (int i = 0; i < 2'000'000; ++i)
        x = x + quint64(i) * 7;
    QVERIFY(threadCpuTimeNs() > start);
}

QTEST_GUILESS_MAIN(TestActionLog)
#include "tst_actionlog.moc"
