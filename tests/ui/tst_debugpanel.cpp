#include "core/clock.h"
#include "debug/debugpanel.h"
#include "diagnostics/cachecallmodel.h"
#include "diagnostics/calllog.h"
#include "diagnostics/sqleventmodel.h"
#include "diagnostics/sqllog.h"
#include "products/productservice.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QThread>

using namespace pm;

namespace {

CacheCallRecord get(bool hit)
{
    CacheCallRecord r;
    r.operation = CacheOp::Get;
    r.keys = {QStringLiteral("products:all")};
    r.hits = hit ? 1 : 0;
    r.misses = hit ? 0 : 1;
    r.backend = QStringLiteral("memory");
    r.origin = QStringLiteral("load list");
    return r;
}

} // namespace

class TestDebugPanel : public QObject
{
    Q_OBJECT
private slots:
    void badge_followsHealthAndHitRatio();
    void badge_fallbackAtOpen_staysDegradedUntilReopened();
    void recordsFromAnotherThread_reachTheTables();
    void sqlTab_flagsDuplicatesAndFilters();
    void invalidateButton_asksTheWindow();

private:
    ManualClock m_clock{1'700'000'000'000};
};

void TestDebugPanel::badge_followsHealthAndHitRatio()
{
    CallLog calls;
    SqlLog sql(m_clock);
    DebugPanel panel(&calls, &sql);
    QLabel *badge = panel.badge();
    QCOMPARE(badge->objectName(), QStringLiteral("cacheBadge"));
    panel.noteCacheOpened();
    QCOMPARE(badge->text(), QStringLiteral("Cache ok"));

    for (bool hit : {false, true, true, true})
        calls.callRecorded(get(hit));
    QTRY_COMPARE(panel.callModel()->rowCount(), 4);
    QCOMPARE(badge->text(), QStringLiteral("Cache ok · 75% hits"));

    ListLoadStats down;
    down.fromDatabaseBecauseCacheFailed = true;
    panel.noteCacheFailed();
    panel.noteListLoad(down);
    QCOMPARE(panel.health(), CacheHealth::Down);
    QCOMPARE(badge->text(), QStringLiteral("Cache down"));

    panel.noteListLoad(ListLoadStats{}); // the cache answers again
    QCOMPARE(panel.health(), CacheHealth::Ok);
    QCOMPARE(badge->text(), QStringLiteral("Cache ok · 75% hits"));

    panel.noteCacheFailed(); // e.g. an invalidation that did not land
    QCOMPARE(badge->text(), QStringLiteral("Cache degraded"));
}

void TestDebugPanel::badge_fallbackAtOpen_staysDegradedUntilReopened()
{
    CallLog calls;
    SqlLog sql(m_clock);
    DebugPanel panel(&calls, &sql);
    // The worker's order: cacheFailed (URL unusable), then cacheOpened (memory fallback).
    panel.noteCacheFailed();
    panel.noteCacheOpened();
    QCOMPARE(panel.badge()->text(), QStringLiteral("Cache degraded"));
    panel.noteListLoad(ListLoadStats{});
    QCOMPARE(panel.badge()->text(), QStringLiteral("Cache degraded"));
    panel.noteCacheOpened(); // reopened with a working cache
    QCOMPARE(panel.badge()->text(), QStringLiteral("Cache ok"));
}

void TestDebugPanel::recordsFromAnotherThread_reachTheTables()
{
    CallLog calls;
    SqlLog sql(m_clock);
    DebugPanel panel(&calls, &sql);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *thread = QThread::create([&] {
        calls.callRecorded(get(false));
        SqlEvent e;
        e.sql = QStringLiteral("SELECT 1");
        sql.record(e);
    });
    thread->start();
    QVERIFY(thread->wait(5000));
    delete thread;
    QTRY_COMPARE(panel.callModel()->rowCount(), 1);
    QTRY_COMPARE(panel.sqlModel()->rowCount(), 1);
    QVERIFY(panel.findChild<QLabel *>(QStringLiteral("cacheTotals"))
                    ->text()
                    .contains(QStringLiteral("Misses <b>1</b>")));

    QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("resetStatisticsButton")),
                      Qt::LeftButton);
    QCOMPARE(panel.callModel()->rowCount(), 0);
    QCOMPARE(panel.sqlModel()->rowCount(), 0);
    QCOMPARE(panel.findChild<QLabel *>(QStringLiteral("cacheOperationCounts"))->text(),
             QStringLiteral("No cache calls yet."));
}

void TestDebugPanel::sqlTab_flagsDuplicatesAndFilters()
{
    CallLog calls;
    SqlLog sql(m_clock);
    DebugPanel panel(&calls, &sql);
    SqlEvent e;
    e.sql = QStringLiteral("SELECT * FROM products WHERE id = ?");
    e.bound = {3};
    e.durationNs = 2'000'000; // "2,000.0 µs": before "300.0 µs" as text, after it as a number
    sql.record(e);
    sql.record(e);
    e.bound = {4};
    e.durationNs = 300'000;
    sql.record(e);
    QTRY_COMPARE(panel.sqlModel()->rowCount(), 3);
    QVERIFY(panel.findChild<QLabel *>(QStringLiteral("sqlTotals"))
                    ->text()
                    .contains(QStringLiteral("Duplicates <b>1</b>")));
    auto *table = panel.findChild<QTableView *>(QStringLiteral("sqlTable"));
    panel.findChild<QLineEdit *>(QStringLiteral("sqlFilter"))->setText(QStringLiteral("duplicate"));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, SqlEventModel::BoundColumn).data().toString(),
             QStringLiteral("3"));

    panel.findChild<QLineEdit *>(QStringLiteral("sqlFilter"))->clear();
    QCOMPARE(table->model()->rowCount(), 3);
    table->sortByColumn(SqlEventModel::DurationColumn, Qt::AscendingOrder);
    QCOMPARE(table->model()->index(0, SqlEventModel::BoundColumn).data().toString(),
             QStringLiteral("4"));
}

void TestDebugPanel::invalidateButton_asksTheWindow()
{
    CallLog calls;
    SqlLog sql(m_clock);
    DebugPanel panel(&calls, &sql);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy spy(&panel, &DebugPanel::invalidateRequested);
    QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("invalidateCacheButton")),
                      Qt::LeftButton);
    QCOMPARE(spy.count(), 1);
}

QTEST_MAIN(TestDebugPanel)
#include "tst_debugpanel.moc"
