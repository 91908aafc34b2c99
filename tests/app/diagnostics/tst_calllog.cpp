#include "cache/cache.h"
#include "cache/cachefactory.h"
#include "core/clock.h"
#include "diagnostics/cachecallmodel.h"
#include "diagnostics/calllog.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <thread>
#include <vector>

using namespace pm;

namespace {

CacheCallRecord makeRecord(CacheOp op, const QString &key, int hits = 0, int misses = 0)
{
    CacheCallRecord r;
    r.operation = op;
    r.keys = {key};
    r.hits = hits;
    r.misses = misses;
    r.durationNs = 1000;
    r.backend = QStringLiteral("memory");
    return r;
}

} // namespace

class TestCallLog : public QObject
{
    Q_OBJECT
private slots:
    void take_returnsRecordsOldestFirstAndEmptiesTheRing();
    void ringFull_dropsOldestAndCountsThem();
    void burst_isAnnouncedOnceQueued();
    void workerThreads_everyRecordArrives();
    void realCache_getMissSetGetHit_recordsBackendHitsAndOrigin();
    void model_overCapacity_dropsOldestRowsAndTheirTotals();
    void model_resultText_readsBackendFigures();
    void model_passesItemModelTester();
};

void TestCallLog::take_returnsRecordsOldestFirstAndEmptiesTheRing()
{
    CallLog log(10);
    log.callRecorded(makeRecord(CacheOp::Get, QStringLiteral("a")));
    log.callRecorded(makeRecord(CacheOp::Set, QStringLiteral("b")));
    const auto records = log.take();
    QCOMPARE(records.size(), 2);
    QCOMPARE(records[0].keys, QStringList{QStringLiteral("a")});
    QCOMPARE(records[1].operation, CacheOp::Set);
    QVERIFY(log.take().isEmpty());
    QCOMPARE(log.dropped(), 0u);
}

void TestCallLog::ringFull_dropsOldestAndCountsThem()
{
    CallLog log(3);
    for (int i = 0; i < 5; ++i)
        log.callRecorded(makeRecord(CacheOp::Get, QString::number(i)));
    const auto records = log.take();
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.front().keys.first(), QStringLiteral("2"));
    QCOMPARE(records.back().keys.first(), QStringLiteral("4"));
    QCOMPARE(log.dropped(), 2u);
}

void TestCallLog::burst_isAnnouncedOnceQueued()
{
    CallLog log(100);
    QSignalSpy spy(&log, &CallLog::recordsAvailable);
    for (int i = 0; i < 10; ++i)
        log.callRecorded(makeRecord(CacheOp::Get, QString::number(i)));
    QCOMPARE(spy.count(), 0); // queued: never inside the cache call
    QTRY_COMPARE(spy.count(), 1);
    QCOMPARE(log.take().size(), 10);
    log.callRecorded(makeRecord(CacheOp::Get, QStringLiteral("again")));
    QTRY_COMPARE(spy.count(), 2);
}

void TestCallLog::workerThreads_everyRecordArrives()
{
    CallLog log(100'000);
    constexpr int Threads = 4;
    constexpr int PerThread = 2000;
    int received = 0;
    connect(&log, &CallLog::recordsAvailable, &log, [&] { received += int(log.take().size()); });
    std::vector<std::thread> threads;
    for (int t = 0; t < Threads; ++t) {
        threads.emplace_back([&log, t] {
            for (int i = 0; i < PerThread; ++i)
                log.callRecorded(makeRecord(CacheOp::Get, QStringLiteral("%1-%2").arg(t).arg(i)));
        });
    }
    for (auto &thread : threads)
        thread.join();
    QTRY_COMPARE(received, Threads * PerThread);
    QCOMPARE(log.dropped(), 0u);
}

void TestCallLog::realCache_getMissSetGetHit_recordsBackendHitsAndOrigin()
{
    ManualClock clock(1'700'000'000'000);
    auto backend = createCacheBackend(QStringLiteral("memory://"), clock);
    QVERIFY(backend);
    Cache cache(std::move(backend).value());
    CallLog log;
    cache.addObserver(&log);
    {
        const CacheOrigin origin(QStringLiteral("load list"));
        QVERIFY(cache.get(QStringLiteral("k")));
        QVERIFY(cache.set(QStringLiteral("k"), QVariant())); // a stored null…
        QVERIFY(cache.get(QStringLiteral("k"))); // …is a hit, as the backend says
    }
    cache.removeObserver(&log);
    const auto records = log.take();
    QCOMPARE(records.size(), 3);
    QCOMPARE(records[0].operation, CacheOp::Get);
    QCOMPARE(records[0].misses, 1);
    QCOMPARE(records[0].hits, 0);
    QCOMPARE(records[1].operation, CacheOp::Set);
    QCOMPARE(records[2].hits, 1);
    QCOMPARE(records[2].origin, QStringLiteral("load list"));
    QCOMPARE(records[2].backend, QStringLiteral("memory"));
    QCOMPARE(CacheCallModel::resultText(records[0]), QStringLiteral("miss"));
    QCOMPARE(CacheCallModel::resultText(records[1]), QString());
    QCOMPARE(CacheCallModel::resultText(records[2]), QStringLiteral("hit"));
}

void TestCallLog::model_overCapacity_dropsOldestRowsAndTheirTotals()
{
    CacheCallModel model(3);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.append({makeRecord(CacheOp::Get, QStringLiteral("a"), 0, 1),
                  makeRecord(CacheOp::Set, QStringLiteral("a"))});
    QCOMPARE(model.totals().misses, 1u);
    model.append({makeRecord(CacheOp::Get, QStringLiteral("b"), 1, 0),
                  makeRecord(CacheOp::Get, QStringLiteral("c"), 1, 0)});
    QCOMPARE(model.rowCount(), 3);
    // The first get (the miss) fell out, with its figures.
    QCOMPARE(model.totals().calls, 3u);
    QCOMPARE(model.totals().misses, 0u);
    QCOMPARE(model.totals().hits, 2u);
    QCOMPARE(model.totals().perOperation[size_t(CacheOp::Get)], 2u);
    QCOMPARE(model.totals().perOperation[size_t(CacheOp::Set)], 1u);
    QCOMPARE(model.totals().totalNs, 3000);
    QCOMPARE(model.index(0, CacheCallModel::OperationColumn).data().toString(),
             QStringLiteral("set"));
    QCOMPARE(model.index(2, CacheCallModel::KeysColumn).data().toString(), QStringLiteral("c"));

    // A batch bigger than the capacity keeps its newest records.
    QList<CacheCallRecord> many;
    for (int i = 0; i < 10; ++i)
        many.append(makeRecord(CacheOp::Touch, QString::number(i)));
    model.append(many);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, CacheCallModel::KeysColumn).data().toString(), QStringLiteral("7"));
    QCOMPARE(model.totals().perOperation[size_t(CacheOp::Get)], 0u);

    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.totals().calls, 0u);
}

void TestCallLog::model_resultText_readsBackendFigures()
{
    auto r = makeRecord(CacheOp::GetMany, QStringLiteral("a"), 2, 1);
    QCOMPARE(CacheCallModel::resultText(r), QStringLiteral("2 hits, 1 miss"));
    r.error = Error(ErrorKind::Unavailable, QStringLiteral("down"));
    QCOMPARE(CacheCallModel::resultText(r), QStringLiteral("error"));
}

void TestCallLog::model_passesItemModelTester()
{
    CacheCallModel model(5);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int i = 0; i < 12; ++i)
        model.append({makeRecord(CacheOp::Get, QString::number(i), i % 2, 1 - i % 2)});
    QCOMPARE(model.rowCount(), 5);
    for (int c = 0; c < model.columnCount(); ++c) {
        QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
        QVERIFY(model.index(0, c).data(CacheCallModel::SortRole).isValid());
    }
    model.clear();
}

QTEST_GUILESS_MAIN(TestCallLog)
#include "tst_calllog.moc"
