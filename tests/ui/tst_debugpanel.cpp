#include "cache/cacheinstrumentation.h"
#include "core/clock.h"
#include "debug/actiontracker.h"
#include "debug/debugpanel.h"
#include "diagnostics/actionlog.h"
#include "diagnostics/actionrecord.h"
#include "diagnostics/cachecallmodel.h"
#include "diagnostics/calllog.h"
#include "diagnostics/sqleventmodel.h"
#include "diagnostics/sqllog.h"
#include "products/productservice.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
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
    void recordsMadeBeforeThePanel_countForTheirActionBegunJustAfter();
    void sqlTab_flagsDuplicatesAndFilters();
    void invalidateButton_asksTheWindow();
    void panelCalls_stayOutOfTheAppTotals();
    void sqlTab_saysWhenItShowsOnlyTheLastStatements();
    void explain_isNoUserAction();
    void historyCallKeys_keepAReadableWidth();

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

void TestDebugPanel::recordsMadeBeforeThePanel_countForTheirActionBegunJustAfter()
{
    // MainWindow sends its first open before the panel exists and registers the action right
    // after creating it: the statements and calls the open made meanwhile still count for it.
    CallLog calls;
    SqlLog sql(m_clock);
    {
        const CacheOrigin scope(QStringLiteral("open"), 7);
        SqlEvent event;
        event.sql = QStringLiteral("PRAGMA main.journal_mode");
        event.durationNs = 5'000;
        event.rows = 1;
        sql.record(event);
        CacheCallRecord call = get(false);
        call.actionId = 7;
        call.origin = QStringLiteral("open");
        calls.callRecorded(call);
    }
    DebugPanel panel(&calls, &sql);
    panel.actionLog()->begin(7, QStringLiteral("open"), 1'700'000'000'000);
    QTRY_COMPARE(panel.sqlModel()->rowCount(), 1);
    QTRY_COMPARE(panel.callModel()->rowCount(), 1);
    const ActionRecord *open = panel.actionLog()->find(7);
    QVERIFY(open);
    QCOMPARE(open->statements, 1);
    QCOMPARE(open->sqlNs, 5'000);
    QCOMPARE(open->cacheCalls, 1);
    QCOMPARE(open->misses, 1);
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
                    .contains(QStringLiteral("Duplicates <b>2</b>"))); // every copy
    auto *table = panel.findChild<QTableView *>(QStringLiteral("sqlTable"));
    panel.findChild<QLineEdit *>(QStringLiteral("sqlFilter"))->setText(QStringLiteral("duplicate"));
    QCOMPARE(table->model()->rowCount(), 2); // the first copy is flagged too
    QCOMPARE(table->model()->index(0, SqlEventModel::BoundColumn).data().toString(),
             QStringLiteral("3"));
    QCOMPARE(table->model()->index(1, SqlEventModel::BoundColumn).data().toString(),
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

void TestDebugPanel::panelCalls_stayOutOfTheAppTotals()
{
    CallLog calls;
    SqlLog sql(m_clock);
    DebugPanel panel(&calls, &sql);
    panel.noteCacheOpened();
    for (bool hit : {true, true, true, false})
        calls.callRecorded(get(hit));
    // The inspector, console and consistency check read the cache too: misses, here.
    for (const char *origin : {"inspector", "console", "consistency check"}) {
        CacheCallRecord r = get(false);
        r.origin = QString::fromLatin1(origin);
        calls.callRecorded(r);
    }
    QTRY_COMPARE(panel.callModel()->rowCount(), 7); // all listed
    QCOMPARE(panel.callModel()->totals().calls, 4u);
    QCOMPARE(panel.callModel()->totals().misses, 1u);
    QCOMPARE(panel.callModel()->panelTotals().calls, 3u);
    QCOMPARE(panel.badge()->text(), QStringLiteral("Cache ok · 75% hits"));
    auto *totals = panel.findChild<QLabel *>(QStringLiteral("cacheTotals"));
    QVERIFY2(totals->text().contains(QStringLiteral("Calls <b>4</b>")), qPrintable(totals->text()));
    QVERIFY(totals->text().contains(QStringLiteral("Hit ratio <b>75%</b>")));
    auto *own = panel.findChild<QLabel *>(QStringLiteral("cachePanelTotals"));
    QVERIFY(own);
    QCOMPARE(own->text(), QStringLiteral("Panel: 3 calls"));
}

void TestDebugPanel::sqlTab_saysWhenItShowsOnlyTheLastStatements()
{
    CallLog calls;
    SqlLog sql(m_clock, 3);
    DebugPanel panel(&calls, &sql);
    SqlEvent e;
    for (int i = 0; i < 2; ++i) {
        e.sql = QStringLiteral("SELECT %1").arg(i);
        sql.record(e);
    }
    QTRY_COMPARE(panel.sqlModel()->rowCount(), 2);
    auto *totals = panel.findChild<QLabel *>(QStringLiteral("sqlTotals"));
    QVERIFY(!totals->text().contains(QStringLiteral("showing the last")));
    for (int i = 2; i < 5; ++i) {
        e.sql = QStringLiteral("SELECT %1").arg(i);
        sql.record(e);
    }
    QTRY_COMPARE(panel.sqlModel()->seenCount(), qint64(5));
    QCOMPARE(panel.sqlModel()->rowCount(), 3);
    QVERIFY2(totals->text().contains(QStringLiteral("showing the last 3 of 5 statements")),
             qPrintable(totals->text()));
}

void TestDebugPanel::explain_isNoUserAction()
{
    // The window sends Explain like any request and then names it "explain".
    ActionLog log;
    ActionTracker tracker(&log, nullptr, nullptr);
    tracker.begin(41);
    tracker.workerMeasured(41, QStringLiteral("load list"), 1000, 2000);
    tracker.begin(42);
    tracker.rename(42, QStringLiteral("explain"));
    tracker.workerMeasured(42, QStringLiteral("explain"), 1000, 2000);
    tracker.answered(42);
    QVERIFY(log.contains(41));
    QVERIFY(!log.contains(42));
    QCOMPARE(log.size(), 1);
    // Measured as "explain" without being named by the window: left out as well.
    tracker.begin(43);
    tracker.workerMeasured(43, QStringLiteral("explain"), 1000, 2000);
    QVERIFY(!log.contains(43));
}

void TestDebugPanel::historyCallKeys_keepAReadableWidth()
{
    CallLog calls;
    SqlLog sql(m_clock);
    DebugPanel panel(&calls, &sql);
    panel.resize(700, 400);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *tabs = panel.findChild<QTabWidget *>(QStringLiteral("debugTabs"));
    tabs->setCurrentIndex(3); // History
    auto *table = panel.findChild<QTableView *>(QStringLiteral("historyCallTable"));
    QVERIFY(table);
    QTRY_VERIFY(table->isVisible());
    const int wanted = table->fontMetrics().horizontalAdvance(QStringLiteral(":1:product_objects"));
    QVERIFY2(table->horizontalHeader()->sectionSize(CacheCallModel::KeysColumn) >= wanted,
             qPrintable(QString::number(
                     table->horizontalHeader()->sectionSize(CacheCallModel::KeysColumn))));
    QCOMPARE(table->textElideMode(), Qt::ElideMiddle);
}

QTEST_MAIN(TestDebugPanel)
#include "tst_debugpanel.moc"
