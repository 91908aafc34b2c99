// PostgreSQL faults (docs/reliability.md): the server ends the app's connection
// (pg_terminate_backend) during a bulk update and while idle. Driven through ProductWorker on its
// own thread, as the window drives it, against the throwaway cluster of the CTest fixture
// "postgres".
#include "core/clock.h"
#include "products/productschema.h"
#include "worker/productworker.h"

#include "pgsupport.h"

#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <QElapsedTimer>

#include <memory>

#include <signal.h>

using namespace pm;

namespace {

const QString DatabaseName = QStringLiteral("pm_tst_pgfaults");
/// A price the demo generator never produces (it stays below 100.00).
constexpr qint64 NewPrice = 9'999'999'901;

/// QSignalSpy::wait() misses an emission a fast worker already delivered: wait for content.
bool arrived(const QSignalSpy &spy, int count = 1)
{
    return QTest::qWaitFor([&spy, count] { return spy.size() >= count; }, 30'000);
}

template<typename R>
QByteArray why(const R &result)
{
    return result.ok() ? QByteArray() : result.error().toString().toUtf8();
}

} // namespace

class TestPgFaults : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void terminatedDuringBulkUpdate_rollsBack_reportsNotSaved_nextRequestReconnects();
    void terminatedWhileIdle_nextReadAndNextWriteReconnectAndSucceed_listenSurvives();
    void terminatedDuringCommit_reportedAsUnknown_neverRetried();
    void stoppedBackend_statementEndsWithinItsDeadline_nextStatementReconnects();
    void slowStatement_serverCancelsItWithinTheDeadline_connectionStays();

private:
    template<typename F>
    void invoke(F call)
    {
        QMetaObject::invokeMethod(m_worker, std::move(call), Qt::QueuedConnection);
    }
    QList<Product> loadList(int requestId);
    /// The backend pid of the worker's connection (the only other session on our database).
    qint64 appBackendPid();
    QVariant adminValue(const QString &sql);

    ManualClock m_clock;
    DatabaseConfig m_config;
    QThread *m_thread = nullptr;
    ProductWorker *m_worker = nullptr;
    QString m_admin; // a superuser connection of the test itself
};

void TestPgFaults::init()
{
    auto config = test::freshPostgresDatabase(DatabaseName);
    QVERIFY2(config.ok(), why(config).constData());
    m_config = config.value();
    m_admin = QStringLiteral("pgfaults-admin");
    QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_admin);
    admin.setHostName(m_config.host);
    admin.setUserName(m_config.user);
    admin.setDatabaseName(m_config.name);
    QVERIFY2(admin.open(), qPrintable(admin.lastError().text()));
    // A crashed earlier run of the COMMIT test may have left its setting behind.
    QSqlQuery reset(admin);
    QVERIFY(reset.exec(
            QStringLiteral("ALTER DATABASE %1 RESET synchronous_commit").arg(DatabaseName)));

    m_thread = new QThread(this);
    m_worker = new ProductWorker(m_clock);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();

    QSignalSpy opened(m_worker, &ProductWorker::opened);
    QSignalSpy seeded(m_worker, &ProductWorker::seeded);
    QSignalSpy failed(m_worker, &ProductWorker::failed);
    auto *w = m_worker;
    const DatabaseConfig c = m_config;
    invoke([w, c] { w->open(1, c, 0); });
    QVERIFY(arrived(opened) || !failed.isEmpty());
    QVERIFY(failed.isEmpty());
    invoke([w] { w->seed(2, 5000); });
    QVERIFY(arrived(seeded) || !failed.isEmpty());
    QVERIFY2(failed.isEmpty(),
             failed.isEmpty() ? "" : qPrintable(failed.first().at(1).value<Error>().toString()));
}

void TestPgFaults::cleanup()
{
    if (m_thread) {
        m_thread->quit();
        QVERIFY(m_thread->wait(10'000));
        delete m_thread;
    }
    m_thread = nullptr;
    m_worker = nullptr;
    QSqlDatabase::database(m_admin, false).close();
    QSqlDatabase::removeDatabase(m_admin);
}

QList<Product> TestPgFaults::loadList(int requestId)
{
    QSignalSpy loaded(m_worker, &ProductWorker::listLoaded);
    QSignalSpy failed(m_worker, &ProductWorker::failed);
    auto *w = m_worker;
    invoke([w, requestId] { w->loadList(requestId); });
    if (!QTest::qWaitFor([&] { return !loaded.isEmpty() || !failed.isEmpty(); }, 30'000))
        return {};
    if (!failed.isEmpty()) {
        qWarning() << "load failed:" << failed.first().at(1).value<Error>().toString();
        return {};
    }
    return loaded.first().at(1).value<QList<Product>>();
}

QVariant TestPgFaults::adminValue(const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(m_admin, false));
    if (!q.exec(sql)) {
        qWarning() << sql << q.lastError().text();
        return {};
    }
    return q.next() ? q.value(0) : QVariant();
}

qint64 TestPgFaults::appBackendPid()
{
    const QString sql = QStringLiteral("SELECT pid FROM pg_stat_activity WHERE datname = '%1' "
                                       "AND pid <> pg_backend_pid() AND backend_type = 'client "
                                       "backend'")
                                .arg(DatabaseName);
    QSqlQuery q(QSqlDatabase::database(m_admin, false));
    if (!q.exec(sql))
        return -1;
    QList<qint64> pids;
    while (q.next())
        pids << q.value(0).toLongLong();
    return pids.size() == 1 ? pids.first() : -1;
}

void TestPgFaults::terminatedDuringBulkUpdate_rollsBack_reportsNotSaved_nextRequestReconnects()
{
    const QList<Product> before = loadList(3);
    QCOMPARE(before.size(), 5000);
    QList<qint64> ids;
    for (const Product &p : before)
        ids << p.id;
    qint64 pid = -1;
    QTRY_VERIFY((pid = appBackendPid()) > 0);

    // The test holds a row lock on the last chunk of the update, so the update is surely
    // mid-flight (its transaction open, the earlier chunks' 4,500 rows already changed) when
    // the server ends the connection.
    QSqlDatabase admin = QSqlDatabase::database(m_admin, false);
    QSqlQuery lock(admin);
    QVERIFY(lock.exec(QStringLiteral("BEGIN")));
    QVERIFY(lock.exec(
            QStringLiteral("SELECT id FROM products WHERE id = %1 FOR UPDATE").arg(ids.last())));

    QSignalSpy failed(m_worker, &ProductWorker::failed);
    QSignalSpy bulkUpdated(m_worker, &ProductWorker::bulkUpdated);
    QSignalSpy reconnected(m_worker, &ProductWorker::databaseReconnected);
    ProductChanges changes;
    changes.price = Money(NewPrice);
    auto *w = m_worker;
    invoke([w, ids, changes] { w->bulkUpdate(10, ids, changes); });

    // A second session sees the update waiting on our lock.
    {
        const QString name = QStringLiteral("pgfaults-observer");
        {
            QSqlDatabase observer = QSqlDatabase::cloneDatabase(admin, name);
            QVERIFY(observer.open());
            QSqlQuery q(observer);
            const QString waiting = QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE "
                                                   "pid = %1 AND wait_event_type = 'Lock'")
                                            .arg(pid);
            QTRY_VERIFY_WITH_TIMEOUT(q.exec(waiting) && q.next() && q.value(0).toInt() == 1,
                                     15'000);
            q.finish();
            QVERIFY(q.exec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid)));
            QVERIFY(q.next() && q.value(0).toBool());
            q.finish();
            observer.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
    lock.finish();

    QVERIFY(arrived(failed));
    QVERIFY(bulkUpdated.isEmpty());
    QCOMPARE(failed.first().at(0).toInt(), 10);
    const Error error = failed.first().at(1).value<Error>();
    QCOMPARE(error.kind, ErrorKind::Unavailable);
    QVERIFY2(error.message.contains(QLatin1String("not saved")), qPrintable(error.message));
    // The user is told the connection is back (before the failure, in order).
    QCOMPARE(reconnected.size(), 1);
    QCOMPARE(reconnected.first().at(0).toString(), m_config.redactedUrl());

    // Rolled back: not one row has the new price.
    QCOMPARE(adminValue(QStringLiteral("SELECT count(*) FROM products WHERE price_cents = %1")
                                .arg(NewPrice))
                     .toInt(),
             0);
    QVERIFY(appBackendPid() != pid);

    // The next request works on the new connection, and the same update now succeeds.
    const QList<Product> after = loadList(11);
    QCOMPARE(after.size(), 5000);
    for (int i = 0; i < after.size(); ++i)
        QCOMPARE(after.at(i).price, before.at(i).price);
    invoke([w, ids, changes] { w->bulkUpdate(12, ids, changes); });
    QVERIFY(arrived(bulkUpdated));
    QCOMPARE(bulkUpdated.first().at(1).toInt(), 5000);
    QCOMPARE(adminValue(QStringLiteral("SELECT count(*) FROM products WHERE price_cents = %1")
                                .arg(NewPrice))
                     .toInt(),
             5000);
    QCOMPARE(reconnected.size(), 1);
}

void TestPgFaults::terminatedWhileIdle_nextReadAndNextWriteReconnectAndSucceed_listenSurvives()
{
    QCOMPARE(loadList(3).size(), 5000);
    QSignalSpy failed(m_worker, &ProductWorker::failed);
    QSignalSpy reconnected(m_worker, &ProductWorker::databaseReconnected);
    QSignalSpy created(m_worker, &ProductWorker::created);

    // A read: retried once on a new connection, so the user sees the list and a notice.
    qint64 pid = -1;
    QTRY_VERIFY((pid = appBackendPid()) > 0);
    QVERIFY(adminValue(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid)).toBool());
    QTRY_VERIFY(appBackendPid() != pid);
    QCOMPARE(loadList(4).size(), 5000);
    QVERIFY(failed.isEmpty());
    QCOMPARE(reconnected.size(), 1);

    // A write whose BEGIN finds the connection gone wrote nothing: BEGIN is sent again and
    // the create succeeds, once.
    QTRY_VERIFY((pid = appBackendPid()) > 0);
    QVERIFY(adminValue(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid)).toBool());
    QTRY_VERIFY(appBackendPid() != pid);
    auto *w = m_worker;
    invoke([w] { w->create(5, {QStringLiteral("After the cut"), Money(4242)}); });
    QVERIFY(arrived(created) || !failed.isEmpty());
    QVERIFY2(failed.isEmpty(),
             failed.isEmpty() ? "" : qPrintable(failed.first().at(1).value<Error>().toString()));
    QCOMPARE(reconnected.size(), 2);
    QCOMPARE(adminValue(QStringLiteral("SELECT count(*) FROM products WHERE title = "
                                       "'After the cut'"))
                     .toInt(),
             1);
    QCOMPARE(loadList(6).size(), 5001);

    // The LISTEN of the change notifier moved to the new connection: another instance's
    // change still reaches this one.
    // (A message names its catalogue, and its version is only a hint: the receiver reads the
    // real list_version, which another writer bumped here.)
    QSignalSpy remote(m_worker, &ProductWorker::remoteChange);
    const qint64 catalogue
            = adminValue(QStringLiteral("SELECT value FROM meta WHERE key = 'catalogue_id'"))
                      .toLongLong();
    const qint64 version
            = adminValue(QStringLiteral("UPDATE meta SET value = value + 1 WHERE key = "
                                        "'list_version' RETURNING value"))
                      .toLongLong();
    QVERIFY(adminValue(QStringLiteral("SELECT pg_notify('pm_products_changed', "
                                      "'{\"instance\":\"other\",\"catalogue\":\"%1\","
                                      "\"version\":%2}')")
                               .arg(catalogue)
                               .arg(version))
                    .isValid());
    QVERIFY(arrived(remote));
    QCOMPARE(remote.first().at(0).toLongLong(), version);
}

void TestPgFaults::terminatedDuringCommit_reportedAsUnknown_neverRetried()
{
    // A COMMIT that waits for a synchronous standby that never comes: the connection ends
    // while COMMIT is on the wire, and the transaction has in fact committed locally. Only
    // sessions of this test's database wait (the cluster runs with synchronous_commit=off on
    // its command line; the database setting overrides that for our connections only).
    QSqlQuery admin(QSqlDatabase::database(m_admin, false));
    const auto restore = qScopeGuard([this] {
        QSqlQuery q(QSqlDatabase::database(m_admin, false));
        q.exec(QStringLiteral("ALTER DATABASE %1 RESET synchronous_commit").arg(DatabaseName));
        q.exec(QStringLiteral("ALTER SYSTEM RESET synchronous_standby_names"));
        q.exec(QStringLiteral("ALTER SYSTEM RESET synchronous_commit"));
        q.exec(QStringLiteral("SELECT pg_reload_conf()"));
    });
    // Should the cluster ever run without synchronous_commit=off, "local" keeps every other
    // database's commits (other tests running in parallel) from waiting.
    QVERIFY(admin.exec(QStringLiteral("ALTER SYSTEM SET synchronous_commit = local")));
    QVERIFY(admin.exec(QStringLiteral("ALTER SYSTEM SET synchronous_standby_names = "
                                      "'pm_no_such_standby'")));
    QVERIFY(admin.exec(QStringLiteral("SELECT pg_reload_conf()")));
    QVERIFY(admin.exec(
            QStringLiteral("ALTER DATABASE %1 SET synchronous_commit = on").arg(DatabaseName)));
    QTRY_COMPARE(adminValue(QStringLiteral("SHOW synchronous_standby_names")).toString(),
                 QStringLiteral("pm_no_such_standby"));

    // Reopen: the worker's new connection takes the database's setting.
    QSignalSpy opened(m_worker, &ProductWorker::opened);
    QSignalSpy failed(m_worker, &ProductWorker::failed);
    QSignalSpy created(m_worker, &ProductWorker::created);
    QSignalSpy reconnected(m_worker, &ProductWorker::databaseReconnected);
    auto *w = m_worker;
    const DatabaseConfig c = m_config;
    invoke([w, c] { w->open(20, c, 0); });
    QVERIFY(arrived(opened));
    qint64 pid = -1;
    QTRY_VERIFY((pid = appBackendPid()) > 0);

    invoke([w] { w->create(21, {QStringLiteral("Committed in the dark"), Money(555)}); });
    const QString waiting = QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE pid = %1 "
                                           "AND wait_event = 'SyncRep'")
                                    .arg(pid);
    QTRY_VERIFY_WITH_TIMEOUT(adminValue(waiting).toInt() == 1, 15'000);
    // Sessions started from now on must not wait, or the reconnect would hang in its turn.
    QVERIFY(admin.exec(
            QStringLiteral("ALTER DATABASE %1 RESET synchronous_commit").arg(DatabaseName)));
    QVERIFY(adminValue(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid)).toBool());

    QVERIFY(arrived(failed));
    QVERIFY(created.isEmpty());
    const Error error = failed.first().at(1).value<Error>();
    QCOMPARE(failed.first().at(0).toInt(), 21);
    QCOMPARE(error.kind, ErrorKind::Unavailable);
    QVERIFY2(error.message.contains(QLatin1String("not known whether the change was saved")),
             qPrintable(error.message));
    QCOMPARE(reconnected.size(), 1);
    // It did commit, and it was not sent again: exactly one row.
    QCOMPARE(adminValue(QStringLiteral("SELECT count(*) FROM products WHERE title = "
                                       "'Committed in the dark'"))
                     .toInt(),
             1);
    QCOMPARE(loadList(22).size(), 5001);
}

void TestPgFaults::stoppedBackend_statementEndsWithinItsDeadline_nextStatementReconnects()
{
    DatabaseConfig c = m_config;
    c.statementTimeoutMs = 1000;
    auto db = ProductSchema::open(c);
    QVERIFY2(db.ok(), why(db).constData());
    qint64 pid = -1;
    QVERIFY(db.value()->select(QStringLiteral("SELECT pg_backend_pid()"), {},
                               [&pid](const QSqlQuery &q) { pid = q.value(0).toLongLong(); }));
    QVERIFY(pid > 0);
    // The server process of this connection stops answering (as a frozen host would): its
    // statement_timeout cannot fire and a cancel request cannot reach it.
    QCOMPARE(::kill(pid_t(pid), SIGSTOP), 0);
    auto resume = qScopeGuard([pid] { ::kill(pid_t(pid), SIGCONT); });
    QElapsedTimer timer;
    timer.start();
    qint64 count = -1;
    auto r = db.value()->select(QStringLiteral("SELECT count(*) FROM products"), {},
                                [&count](const QSqlQuery &q) { count = q.value(0).toLongLong(); });
    const qint64 elapsed = timer.elapsed();
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::Timeout);
    QVERIFY2(r.error().message.contains(QStringLiteral("1000 ms")), qPrintable(r.error().message));
    // The promised bound: the deadline, plus the time to notice and map the error.
    QVERIFY2(elapsed >= 900 && elapsed < 1500, qPrintable(QString::number(elapsed)));
    ::kill(pid_t(pid), SIGCONT);
    resume.dismiss();

    // The next statement reconnects (to a new server process) and answers.
    count = -1;
    auto again
            = db.value()->select(QStringLiteral("SELECT count(*) FROM products"), {},
                                 [&count](const QSqlQuery &q) { count = q.value(0).toLongLong(); });
    if (!again) // the first statement after the deadline finds the connection closed
        again = db.value()->select(
                QStringLiteral("SELECT count(*) FROM products"), {},
                [&count](const QSqlQuery &q) { count = q.value(0).toLongLong(); });
    QVERIFY2(again.ok(), why(again).constData());
    QCOMPARE(count, qint64(5000));
}

void TestPgFaults::slowStatement_serverCancelsItWithinTheDeadline_connectionStays()
{
    DatabaseConfig c = m_config;
    c.statementTimeoutMs = 1000;
    auto db = ProductSchema::open(c);
    QVERIFY2(db.ok(), why(db).constData());
    QElapsedTimer timer;
    timer.start();
    auto r = db.value()->select(QStringLiteral("SELECT pg_sleep(5)"), {}, [](const QSqlQuery &) {});
    const qint64 elapsed = timer.elapsed();
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::Timeout);
    QVERIFY2(elapsed < 1500, qPrintable(QString::number(elapsed)));
    // A live server cancelled the statement itself: the same connection goes on.
    int one = 0;
    QVERIFY(db.value()->select(QStringLiteral("SELECT 1"), {},
                               [&one](const QSqlQuery &q) { one = q.value(0).toInt(); }));
    QCOMPARE(one, 1);
}

QTEST_GUILESS_MAIN(TestPgFaults)
#include "tst_pgfaults.moc"
