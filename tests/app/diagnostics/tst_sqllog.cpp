#include "cache/cacheinstrumentation.h"
#include "core/clock.h"
#include "db/database.h"
#include "diagnostics/sqleventmodel.h"
#include "diagnostics/sqllog.h"
#include "products/productschema.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <thread>
#include <vector>

using namespace pm;

namespace {

SqlEvent makeEvent(const QString &sql, const QVariantList &bound = {})
{
    SqlEvent e;
    e.sql = sql;
    e.bound = bound;
    e.durationNs = 2000;
    e.rows = 1;
    return e;
}

} // namespace

class TestSqlLog : public QObject
{
    Q_OBJECT
private slots:
    void flags_sameSqlIsSimilar_sameValuesIsDuplicate();
    void flags_valueTypeMatters();
    void flags_windowForgetsTheOldest();
    void resetFlags_startsAfresh();
    void ringFull_dropsOldestAndCountsThem();
    void workerThreads_everyRecordArrivesAnnouncedQueued();
    void realDatabase_reportsStatementsWithOriginAndFlags();
    void model_showsFlagsBoundValuesAndStaysBounded();
    void model_flagsTheFirstCopyWhenALaterOneArrives();

private:
    ManualClock m_clock{1'700'000'000'000};
};

void TestSqlLog::flags_sameSqlIsSimilar_sameValuesIsDuplicate()
{
    SqlLog log(m_clock);
    const QString q = QStringLiteral("SELECT * FROM products WHERE id = ?");
    log.record(makeEvent(q, {1}));
    log.record(makeEvent(q, {2}));
    log.record(makeEvent(q, {1}));
    log.record(makeEvent(QStringLiteral("SELECT 1")));
    const auto r = log.take();
    QCOMPARE(r.size(), 4);
    QVERIFY(!r[0].isSimilar() && !r[0].isDuplicate());
    QVERIFY(r[1].isSimilar() && !r[1].isDuplicate());
    QVERIFY(r[2].isSimilar() && r[2].isDuplicate());
    QCOMPARE(r[2].similar, 2);
    QCOMPARE(r[2].duplicates, 1);
    QVERIFY(!r[3].isSimilar());
    SqlEventModel model;
    model.append(r);
    // The table flags every copy, the first one too.
    QCOMPARE(model.flagsText(0), QStringLiteral("duplicate"));
    QCOMPARE(model.flagsText(1), QStringLiteral("similar"));
    QCOMPARE(model.flagsText(2), QStringLiteral("duplicate"));
    QCOMPARE(model.flagsText(3), QString());
    QCOMPARE(r[0].timestampMs, m_clock.nowMs());
}

void TestSqlLog::flags_valueTypeMatters()
{
    SqlLog log(m_clock);
    const QString q = QStringLiteral("SELECT ?");
    log.record(makeEvent(q, {1}));
    log.record(makeEvent(q, {QStringLiteral("1")}));
    log.record(makeEvent(q, {QVariant()}));
    const auto r = log.take();
    QVERIFY(!r[1].isDuplicate());
    QVERIFY(!r[2].isDuplicate());
    QVERIFY(r[2].isSimilar());
}

void TestSqlLog::flags_windowForgetsTheOldest()
{
    SqlLog log(m_clock, 2);
    log.record(makeEvent(QStringLiteral("A")));
    log.record(makeEvent(QStringLiteral("B")));
    log.record(makeEvent(QStringLiteral("C"))); // A leaves the window
    log.record(makeEvent(QStringLiteral("A")));
    log.record(makeEvent(QStringLiteral("A")));
    const auto r = log.take();
    QCOMPARE(r.size(), 2); // the ring is bounded as well
    QVERIFY(!r[0].isDuplicate());
    QVERIFY(r[1].isDuplicate());
}

void TestSqlLog::resetFlags_startsAfresh()
{
    SqlLog log(m_clock);
    log.record(makeEvent(QStringLiteral("A")));
    log.resetFlags();
    log.record(makeEvent(QStringLiteral("A")));
    const auto r = log.take();
    QVERIFY(!r[1].isSimilar());
}

void TestSqlLog::ringFull_dropsOldestAndCountsThem()
{
    SqlLog log(m_clock, 3);
    for (int i = 0; i < 7; ++i)
        log.record(makeEvent(QStringLiteral("SELECT %1").arg(i)));
    const auto r = log.take();
    QCOMPARE(r.size(), 3);
    QCOMPARE(r.front().sql, QStringLiteral("SELECT 4"));
    QCOMPARE(log.dropped(), 4u);
}

void TestSqlLog::workerThreads_everyRecordArrivesAnnouncedQueued()
{
    SqlLog log(m_clock, 100'000);
    QSignalSpy spy(&log, &SqlLog::recordsAvailable);
    int duplicates = 0;
    connect(&log, &SqlLog::recordsAvailable, &log, [&] {
        for (const auto &r : log.take())
            duplicates += r.isDuplicate() ? 1 : 0;
    });
    constexpr int Threads = 4;
    constexpr int PerThread = 1000;
    std::vector<std::thread> threads;
    auto observer = log.observer();
    for (int t = 0; t < Threads; ++t) {
        threads.emplace_back([observer] {
            for (int i = 0; i < PerThread; ++i)
                observer(makeEvent(QStringLiteral("SELECT ?"), {i}));
        });
    }
    for (auto &thread : threads)
        thread.join();
    QCOMPARE(spy.count(), 0);
    // Each value ran once per thread: all but the first of each are duplicates.
    QTRY_COMPARE(duplicates, (Threads - 1) * PerThread);
    QVERIFY(spy.count() >= 1);
    QCOMPARE(log.dropped(), 0u);
}

void TestSqlLog::realDatabase_reportsStatementsWithOriginAndFlags()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    DatabaseConfig config;
    config.driver = DatabaseConfig::Driver::Sqlite;
    config.path = dir.filePath(QStringLiteral("t.db"));
    auto db = ProductSchema::open(config);
    QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
    SqlLog log(m_clock);
    db.value()->setSqlObserver(log.observer());
    {
        const CacheOrigin origin(QStringLiteral("load list"));
        for (int i = 0; i < 2; ++i)
            QVERIFY(db.value()->select(QStringLiteral("SELECT ? + 1"), {41},
                                       [](const QSqlQuery &) {}));
    }
    const auto r = log.take();
    QCOMPARE(r.size(), 2);
    QCOMPARE(r[0].sql, QStringLiteral("SELECT ? + 1"));
    QCOMPARE(r[0].bound, QVariantList{41});
    QCOMPARE(r[0].rows, 1);
    QCOMPARE(r[0].origin, QStringLiteral("load list"));
    QVERIFY(r[0].durationNs > 0);
    QVERIFY(!r[0].isDuplicate());
    QVERIFY(r[1].isDuplicate());
}

void TestSqlLog::model_showsFlagsBoundValuesAndStaysBounded()
{
    SqlLog log(m_clock);
    SqlEventModel model(3);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString q = QStringLiteral("UPDATE products SET title = ? WHERE id = ?");
    log.record(makeEvent(q, {QStringLiteral("Mug"), 7}));
    log.record(makeEvent(q, {QStringLiteral("Mug"), 7}));
    log.record(makeEvent(q, {QVariant(), 8}));
    model.append(log.take());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.duplicateCount(), 2); // both copies
    QCOMPARE(model.similarCount(), 1);
    QCOMPARE(model.totalNs(), 6000);
    QCOMPARE(model.index(0, SqlEventModel::BoundColumn).data().toString(),
             QStringLiteral("'Mug', 7"));
    QCOMPARE(model.index(2, SqlEventModel::BoundColumn).data().toString(),
             QStringLiteral("NULL, 8"));
    QCOMPARE(model.index(0, SqlEventModel::FlagsColumn).data().toString(),
             QStringLiteral("duplicate"));
    QCOMPARE(model.index(1, SqlEventModel::FlagsColumn).data().toString(),
             QStringLiteral("duplicate"));
    QCOMPARE(model.index(2, SqlEventModel::FlagsColumn).data().toString(),
             QStringLiteral("similar"));
    QCOMPARE(model.index(1, SqlEventModel::FlagsColumn).data(SqlEventModel::SortRole).toInt(), 2);

    log.record(makeEvent(QStringLiteral("SELECT 1")));
    log.record(makeEvent(QStringLiteral("SELECT 2")));
    model.append(log.take());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.duplicateCount(), 0); // the copies fell out
    QCOMPARE(model.similarCount(), 0); // and the UPDATE left is alone now
    QCOMPARE(model.seenCount(), qint64(5));
    QCOMPARE(model.index(2, SqlEventModel::SqlColumn).data().toString(),
             QStringLiteral("SELECT 2"));
    for (int c = 0; c < model.columnCount(); ++c)
        QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.totalNs(), 0);
}

void TestSqlLog::model_flagsTheFirstCopyWhenALaterOneArrives()
{
    SqlLog log(m_clock);
    SqlEventModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString q = QStringLiteral("SELECT * FROM products WHERE id = ?");
    log.record(makeEvent(q, {7}));
    model.append(log.take());
    QCOMPARE(model.flagsText(0), QString());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    log.record(makeEvent(q, {7})); // in a later batch, as the panel drains them
    model.append(log.take());
    QCOMPARE(model.index(0, SqlEventModel::FlagsColumn).data().toString(),
             QStringLiteral("duplicate"));
    QCOMPARE(model.index(1, SqlEventModel::FlagsColumn).data().toString(),
             QStringLiteral("duplicate"));
    QCOMPARE(model.duplicateCount(), 2);
    QVERIFY(!changed.isEmpty()); // the first row repaints with its new flag
    QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 0);
}

QTEST_GUILESS_MAIN(TestSqlLog)
#include "tst_sqllog.moc"
