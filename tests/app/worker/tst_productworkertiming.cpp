// The worker's side of the debug panel's Timer tab and Explain: every request is measured
// (requestMeasured before its answer) and its cache calls and SQL carry its id; explain()
// runs EXPLAIN on the worker's own connection, SQLite and PostgreSQL, with bound values.
#include "core/clock.h"
#include "diagnostics/calllog.h"
#include "diagnostics/sqllog.h"
#include "worker/productworker.h"

#include "pgsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace pm;

namespace {
bool arrived(const QSignalSpy &spy, int count = 1)
{
    return QTest::qWaitFor([&spy, count] { return spy.size() >= count; }, 30'000);
}
} // namespace

class TestProductWorkerTiming : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void loadList_measuredBeforeItsAnswer_callsAndSqlCarryItsId();
    void explain_data();
    void explain();
    void explain_write_failsInvalidInput();

private:
    template<typename F>
    void invoke(F call)
    {
        QMetaObject::invokeMethod(m_worker, std::move(call), Qt::QueuedConnection);
    }
    void open(const DatabaseConfig &config, int seedIfNew);

    ManualClock m_clock{1'700'000'000'000};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CallLog> m_calls;
    std::unique_ptr<SqlLog> m_sql;
    QThread *m_thread = nullptr;
    ProductWorker *m_worker = nullptr;
};

void TestProductWorkerTiming::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_calls = std::make_unique<CallLog>();
    m_sql = std::make_unique<SqlLog>(m_clock);
    m_thread = new QThread(this);
    m_worker = new ProductWorker(m_clock);
    m_worker->setObservers(m_calls.get(), m_sql->observer());
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

void TestProductWorkerTiming::cleanup()
{
    m_thread->quit();
    QVERIFY(m_thread->wait(10'000));
    delete m_thread;
    m_thread = nullptr;
    m_worker = nullptr;
    m_sql.reset();
    m_calls.reset();
    m_dir.reset();
}

void TestProductWorkerTiming::open(const DatabaseConfig &config, int seedIfNew)
{
    QSignalSpy opened(m_worker, &ProductWorker::opened);
    QSignalSpy failed(m_worker, &ProductWorker::failed);
    invoke([w = m_worker, config, seedIfNew] { w->open(1, config, seedIfNew); });
    QVERIFY(QTest::qWaitFor([&] { return !opened.isEmpty() || !failed.isEmpty(); }, 30'000));
    QVERIFY2(
            failed.isEmpty(),
            qPrintable(failed.isEmpty() ? QString() : failed.first().at(1).value<Error>().message));
}

void TestProductWorkerTiming::loadList_measuredBeforeItsAnswer_callsAndSqlCarryItsId()
{
    DatabaseConfig config;
    config.path = m_dir->filePath(QStringLiteral("p.db"));
    open(config, 20);
    m_calls->take();
    m_sql->take();

    QStringList order;
    QSignalSpy measured(m_worker, &ProductWorker::requestMeasured);
    connect(m_worker, &ProductWorker::requestMeasured, this,
            [&order](int id) { order.append(QStringLiteral("measured %1").arg(id)); });
    connect(m_worker, &ProductWorker::listLoaded, this,
            [&order](int id) { order.append(QStringLiteral("loaded %1").arg(id)); });
    invoke([w = m_worker] { w->loadList(7); });
    QVERIFY(arrived(measured));
    QTRY_COMPARE(order, (QStringList{QStringLiteral("measured 7"), QStringLiteral("loaded 7")}));
    const QList<QVariant> args = measured.first();
    QCOMPARE(args.at(0).toInt(), 7);
    QCOMPARE(args.at(1).toString(), QStringLiteral("load list"));
    const qint64 cpuNs = args.at(2).toLongLong();
    const qint64 workerNs = args.at(3).toLongLong();
    QVERIFY(cpuNs > 0);
    QVERIFY(workerNs > 0);

    const QList<CacheCallRecord> calls = m_calls->take();
    QCOMPARE(calls.size(), 2); // get (miss), set
    qint64 cacheNs = 0;
    for (const CacheCallRecord &c : calls) {
        QCOMPARE(c.actionId, 7);
        cacheNs += c.durationNs;
    }
    const QList<SqlRecord> statements = m_sql->take();
    QVERIFY(!statements.isEmpty());
    qint64 sqlNs = 0;
    for (const SqlRecord &s : statements) {
        QCOMPARE(s.actionId, 7);
        QCOMPARE(s.origin, QStringLiteral("load list"));
        sqlNs += s.durationNs;
    }
    QVERIFY(cacheNs + sqlNs <= workerNs);
    // Outside any request, nothing is tagged.
    QCOMPARE(CacheOrigin::currentActionId(), 0);
}

void TestProductWorkerTiming::explain_data()
{
    QTest::addColumn<bool>("postgres");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QVariantList>("bound");
    QTest::addColumn<QString>("expected");
    const QString list = QStringLiteral(
            "SELECT id, title, price_cents, created_ms, updated_ms FROM products ORDER BY "
            "created_ms DESC, id DESC");
    const QString byId = QStringLiteral("SELECT id, title FROM products WHERE id = ?");
    const QString byTitle = QStringLiteral("SELECT id FROM products WHERE title = ? AND id > ?");
    QTest::newRow("sqlite list") << false << list << QVariantList{} << QStringLiteral("SCAN");
    QTest::newRow("sqlite by id") << false << byId << QVariantList{qint64(3)}
                                  << QStringLiteral("SEARCH products");
    QTest::newRow("sqlite quoted value")
            << false << byTitle << QVariantList{QStringLiteral("O'Brien's ?"), qint64(1)}
            << QStringLiteral("products");
    QTest::newRow("postgres list")
            << true << list << QVariantList{} << QStringLiteral("Scan on products");
    QTest::newRow("postgres by id")
            << true << byId << QVariantList{qint64(3)} << QStringLiteral("products");
    QTest::newRow("postgres quoted value")
            << true << byTitle << QVariantList{QStringLiteral("O'Brien's ?"), qint64(1)}
            << QStringLiteral("O''Brien''s ?");
}

void TestProductWorkerTiming::explain()
{
    QFETCH(bool, postgres);
    QFETCH(QString, sql);
    QFETCH(QVariantList, bound);
    QFETCH(QString, expected);
    DatabaseConfig config;
    if (postgres) {
        auto pg = test::freshPostgresDatabase(QStringLiteral("tst_productworkertiming"));
        QVERIFY2(pg, qPrintable(pg ? QString() : pg.error().toString()));
        config = pg.value();
    } else {
        config.path = m_dir->filePath(QStringLiteral("p.db"));
    }
    open(config, 0);
    m_sql->take();

    QSignalSpy explained(m_worker, &ProductWorker::explained);
    QSignalSpy failed(m_worker, &ProductWorker::failed);
    QSignalSpy measured(m_worker, &ProductWorker::requestMeasured);
    invoke([w = m_worker, sql, bound] { w->explain(9, sql, bound); });
    QVERIFY(QTest::qWaitFor([&] { return !explained.isEmpty() || !failed.isEmpty(); }, 30'000));
    QVERIFY2(
            failed.isEmpty(),
            qPrintable(failed.isEmpty() ? QString() : failed.first().at(1).value<Error>().message));
    QCOMPARE(explained.first().at(0).toInt(), 9);
    const QString plan = explained.first().at(1).toStringList().join(QLatin1Char('\n'));
    QVERIFY2(plan.contains(expected), qPrintable(plan));
    QCOMPARE(measured.size(), 1); // measured before the answer, like every request
    QCOMPARE(measured.first().at(0).toInt(), 9);
    QCOMPARE(measured.first().at(1).toString(), QStringLiteral("explain"));
    // The plan is not one of the app's statements: the SQL tab does not list it.
    QCOMPARE(m_sql->take().size(), 0);
}

void TestProductWorkerTiming::explain_write_failsInvalidInput()
{
    DatabaseConfig config;
    config.path = m_dir->filePath(QStringLiteral("p.db"));
    open(config, 3);
    QSignalSpy failed(m_worker, &ProductWorker::failed);
    invoke([w = m_worker] {
        w->explain(5, QStringLiteral("DELETE FROM products WHERE id = ?"), {qint64(1)});
    });
    QVERIFY(arrived(failed));
    QCOMPARE(failed.first().at(0).toInt(), 5);
    QCOMPARE(failed.first().at(1).value<Error>().kind, ErrorKind::InvalidInput);
}

QTEST_GUILESS_MAIN(TestProductWorkerTiming)
#include "tst_productworkertiming.moc"
