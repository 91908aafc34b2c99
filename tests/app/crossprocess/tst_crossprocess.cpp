// Never stale, across processes (docs/cache-semantics.md): two stress-client processes with
// concurrent writer and reader threads share one database (SQLite file or PostgreSQL) and, for
// redis, one real redis-server. The logs are analysed exactly (stalenesschecker.h): a read that
// starts after a write's commit returned must reflect it. The same holds with every invalidation
// dropped, because the list version in the key, not the delete, guarantees freshness. A negative
// control (the tutorial's plain key with delete-before-write) shows the checker does fail.
// Checked by mutation: filling under a version probed after the list query instead of before it
// gave 160-250 stale reads in every row.
//
// Rows are chosen by PM_XPROC_DATABASES ("sqlite", the default, or "postgresql"): ctest runs
// this executable twice, the PostgreSQL run with the "postgres" fixture.
#include "cache/cache.h"
#include "core/clock.h"
#include "db/database.h"
#include "pgsupport.h"
#include "products/productcache.h"
#include "products/productrepository.h"
#include "products/productschema.h"
#include "products/productservice.h"
#include "redisserver.h"
#include "stalenesschecker.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace pm;
using namespace pm::test;

namespace {

constexpr int Processes = 2;
constexpr int WritersPerProcess = 2;
constexpr int ReadersPerProcess = 2;
constexpr int WritesPerWriter = 500;

struct RunResult
{
    StalenessReport report;
    QMap<int, ProcessSummary> summaries;
};

QString describe(const RunResult &r)
{
    QString text = QStringLiteral("reads %1, writes %2, stale %3, impossible %4, overlapping "
                                  "other-process writes %5, cross-process obligations %6 (in "
                                  "%7 hits)")
                           .arg(r.report.reads)
                           .arg(r.report.writes)
                           .arg(r.report.staleReads)
                           .arg(r.report.impossibleReads)
                           .arg(r.report.readsOverlappingOtherProcessWrites)
                           .arg(r.report.crossProcessObligations)
                           .arg(r.report.hitsWithCrossProcessObligations);
    for (auto it = r.summaries.begin(); it != r.summaries.end(); ++it)
        text += QStringLiteral("\n  process %1: cache hits %2, misses %3, list hits %4 of %5 "
                               "reads, %6 writes, %7 errors, %8 invalidations (%9 removed)")
                        .arg(it.key())
                        .arg(it->cacheHits)
                        .arg(it->cacheMisses)
                        .arg(it->listHits)
                        .arg(it->reads)
                        .arg(it->writes)
                        .arg(it->errors)
                        .arg(it->invalidations)
                        .arg(it->invalidationsRemoved);
    for (const QString &e : r.report.examples)
        text += QStringLiteral("\n  ") + e;
    return text;
}

ReadEvent read(int process, qint64 start, qint64 end,
               std::map<int, std::pair<qint64, int>> observed)
{
    ReadEvent r;
    r.process = process;
    r.reader = process * 100 + 50;
    r.startNs = start;
    r.endNs = end;
    r.observed = std::move(observed);
    return r;
}

WriteEvent write(int process, int writer, qint64 seq, qint64 begin, qint64 returned, qint64 maxSeq,
                 int count)
{
    WriteEvent w;
    w.process = process;
    w.writer = writer;
    w.seq = seq;
    w.beginNs = begin;
    w.returnedNs = returned;
    w.maxSeq = maxSeq;
    w.count = count;
    return w;
}

} // namespace

class TestCrossProcess : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<RedisServer> m_redis;
    int m_serial = 0;

    static bool postgresRows()
    {
        return qEnvironmentVariable("PM_XPROC_DATABASES") == QLatin1String("postgresql");
    }

    static void addRows()
    {
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("cache");
        const QString db = postgresRows() ? QStringLiteral("postgresql") : QStringLiteral("sqlite");
        for (const QString &cache : {QStringLiteral("memory"), QStringLiteral("redis")})
            QTest::newRow(qPrintable(db + QLatin1Char('/') + cache)) << db << cache;
    }

    /// A fresh, migrated database for one run, as a URL the clients open.
    QString freshDatabaseUrl(const QString &database,
                             const QString &pgName = QStringLiteral("pm_xproc"))
    {
        DatabaseConfig config;
        if (database == QLatin1String("postgresql")) {
            auto pg = freshPostgresDatabase(pgName);
            if (!pg) {
                qWarning("%s", qPrintable(pg.error().toString()));
                return {};
            }
            config = pg.value();
        } else {
            config.driver = DatabaseConfig::Driver::Sqlite;
            config.path = m_dir.filePath(QStringLiteral("xproc%1.db").arg(m_serial));
        }
        // Migrate once here, so that the clients' many connections never race the migration.
        auto db = ProductSchema::open(config);
        if (!db) {
            qWarning("%s", qPrintable(db.error().toString()));
            return {};
        }
        return config.redactedUrl();
    }

    /// Starts the clients, releases them together, waits for them and analyses their logs.
    /// Failures are reported through QTest (call with QVERIFY(run(...))).
    bool run(const QString &database, const QString &cache, const QString &mode, RunResult *result)
    {
        ++m_serial;
        const QString dbUrl = freshDatabaseUrl(database);
        if (dbUrl.isEmpty())
            return false;
        const QString cacheUrl = cache == QLatin1String("redis") ? m_redis->unixUrl(0)
                                                                 : QStringLiteral("memory://");
        const QString prefix = QStringLiteral("xp%1").arg(m_serial);

        std::vector<std::unique_ptr<QProcess>> clients;
        QStringList logs;
        for (int p = 0; p < Processes; ++p) {
            auto client = std::make_unique<QProcess>();
            client->setProcessChannelMode(QProcess::ForwardedErrorChannel);
            logs << m_dir.filePath(QStringLiteral("run%1-p%2.log").arg(m_serial).arg(p));
            client->start(QStringLiteral(PM_STRESSCLIENT),
                          {QStringLiteral("--database"), dbUrl, QStringLiteral("--cache"), cacheUrl,
                           QStringLiteral("--prefix"), prefix, QStringLiteral("--process"),
                           QString::number(p + 1), QStringLiteral("--writers"),
                           QString::number(WritersPerProcess), QStringLiteral("--readers"),
                           QString::number(ReadersPerProcess), QStringLiteral("--writes"),
                           QString::number(WritesPerWriter), QStringLiteral("--mode"), mode,
                           QStringLiteral("--log"), logs.last()});
            clients.push_back(std::move(client));
        }
        // The start barrier: every process has opened all its connections before any begins.
        for (auto &client : clients) {
            QDeadlineTimer deadline(30'000);
            while (!client->canReadLine() && !deadline.hasExpired()
                   && client->state() != QProcess::NotRunning)
                client->waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
            const QByteArray ready = client->readLine().trimmed();
            if (ready != "ready 0") {
                qWarning("a stress client did not get ready: \"%s\"", ready.constData());
                return false;
            }
        }
        // QProcess buffers writes until its own waitFor…(): flush each before waiting on any.
        for (auto &client : clients)
            client->write("go\n");
        for (auto &client : clients) {
            if (!client->waitForBytesWritten(10'000)) {
                qWarning("could not release a stress client");
                return false;
            }
        }
        for (auto &client : clients) {
            if (!client->waitForFinished(120'000)) {
                client->kill();
                client->waitForFinished();
                qWarning("a stress client did not finish within 120 s");
                return false;
            }
            if (client->exitStatus() != QProcess::NormalExit || client->exitCode() != 0) {
                qWarning("a stress client failed with exit code %d", client->exitCode());
                // Keep going: its log names the failed operation.
            }
        }

        StalenessChecker checker;
        for (int p = 0; p < Processes; ++p) {
            QFile file(logs.at(p));
            if (!file.open(QIODevice::ReadOnly)) {
                qWarning("no log from stress client %d", p + 1);
                return false;
            }
            QString error;
            if (!checker.addLog(file.readAll(), p + 1, &error)) {
                qWarning("%s", qPrintable(error));
                return false;
            }
        }
        result->report = checker.analyse();
        result->summaries = checker.summaries();
        qInfo("%s", qPrintable(describe(*result)));
        return true;
    }

    /// What every run of the real service must show.
    static void verifyFreshAndExercised(const RunResult &r)
    {
        const QString text = describe(r);
        QVERIFY2(r.report.staleReads == 0, qPrintable(text));
        QVERIFY2(r.report.impossibleReads == 0, qPrintable(text));
        // Thousands of operations, none failed.
        QCOMPARE(r.report.writes, qint64(Processes * WritersPerProcess * WritesPerWriter));
        QVERIFY2(r.report.reads + r.report.writes >= 2000, qPrintable(text));
        // It really interleaved, and reads really had to show other processes' writes.
        QVERIFY2(r.report.readsOverlappingOtherProcessWrites > 0, qPrintable(text));
        QVERIFY2(r.report.crossProcessObligations > 0, qPrintable(text));
        QVERIFY2(r.report.hitsWithCrossProcessObligations > 0, qPrintable(text));
        QCOMPARE(int(r.summaries.size()), Processes);
        for (auto it = r.summaries.begin(); it != r.summaries.end(); ++it) {
            QVERIFY2(it->errors == 0, qPrintable(text));
            // The cache was really exercised in every process.
            QVERIFY2(it->listHits > 0 && it->cacheHits > 0, qPrintable(text));
            QVERIFY2(it->invalidations > 0, qPrintable(text));
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_redis = std::make_unique<RedisServer>();
        QVERIFY2(m_redis->start(), "redis-server did not start");
    }

    // --- The checker itself, on synthetic logs: it must be able to fail.

    void checker_readStartingAfterCommitWithoutIt_isStale()
    {
        StalenessChecker c;
        c.addWrite(write(1, 100, 1, 10, 20, 1, 1));
        c.addWrite(write(1, 100, 2, 30, 40, 2, 2));
        c.addRead(read(2, 41, 50, {{100, {1, 1}}})); // started after seq 2 returned, saw seq 1
        c.addRead(read(2, 35, 50, {{100, {1, 1}}})); // overlapped seq 2: old state is fine
        ReadEvent hit = read(2, 45, 50, {{100, {2, 2}}});
        hit.hit = true;
        c.addRead(hit);
        const StalenessReport r = c.analyse();
        QCOMPARE(r.staleReads, qint64(1));
        QCOMPARE(r.impossibleReads, qint64(0));
        QCOMPARE(r.crossProcessObligations, qint64(3));
        QCOMPARE(r.readsOverlappingOtherProcessWrites, qint64(1));
        QCOMPARE(r.hitsWithCrossProcessObligations, qint64(1));
    }

    void checker_deleteAfterCreate_isToldApartFromEarlierState()
    {
        // create (1,1), create (2,2), edit first (3,2), delete the non-maximum (3,1).
        StalenessChecker c;
        c.addWrite(write(1, 100, 1, 10, 20, 1, 1));
        c.addWrite(write(1, 100, 2, 30, 40, 2, 2));
        c.addWrite(write(1, 100, 3, 50, 60, 3, 2));
        c.addWrite(write(1, 100, 4, 70, 80, 3, 1));
        c.addRead(read(1, 81, 90, {{100, {3, 2}}})); // missed the delete
        c.addRead(read(1, 81, 90, {{100, {3, 1}}}));
        c.addRead(read(1, 5, 9, {})); // before anything: empty is right
        c.addRead(read(1, 21, 29, {})); // after the first create: empty is stale
        const StalenessReport r = c.analyse();
        QCOMPARE(r.staleReads, qint64(2));
        QCOMPARE(r.impossibleReads, qint64(0));
    }

    void checker_stateNeverCommittedOrFromTheFuture_isImpossible()
    {
        StalenessChecker c;
        c.addWrite(write(1, 100, 1, 10, 20, 1, 1));
        c.addWrite(write(1, 100, 2, 30, 40, 2, 2));
        c.addRead(read(1, 21, 25, {{100, {2, 2}}})); // ended before seq 2 began
        c.addRead(read(1, 41, 45, {{100, {2, 7}}})); // no such state
        c.addRead(read(1, 41, 45, {{100, {2, 2}}, {999, {1, 1}}})); // unknown writer
        const StalenessReport r = c.analyse();
        QCOMPARE(r.impossibleReads, qint64(3));
        QCOMPARE(r.staleReads, qint64(0));
    }

    void checker_parsesTheClientLog()
    {
        StalenessChecker c;
        QString error;
        QVERIFY2(c.addLog("W 100 1 10 20 1 1 create\nR 150 21 30 1 100:1:1\n"
                          "S 5 6 1 1 1 0\nI 1 0\n",
                          1, &error),
                 qPrintable(error));
        QVERIFY(!c.addLog("E create: database is locked\n", 2, &error));
        QVERIFY(error.contains(QLatin1String("locked")));
        QVERIFY(!c.addLog("R 150 21\n", 2, &error));
        const StalenessReport r = c.analyse();
        QCOMPARE(r.reads, qint64(1));
        QCOMPARE(r.staleReads, qint64(0));
        QCOMPARE(c.summaries().value(1).cacheHits, qint64(5));
        QCOMPARE(c.summaries().value(1).invalidations, qint64(1));
    }

    // --- The real thing.

    void versionedService_twoProcesses_neverStale_data() { addRows(); }
    void versionedService_twoProcesses_neverStale()
    {
        QFETCH(QString, database);
        QFETCH(QString, cache);
        RunResult r;
        QVERIFY(run(database, cache, QStringLiteral("versioned"), &r));
        verifyFreshAndExercised(r);
        for (const ProcessSummary &s : r.summaries)
            QVERIFY2(s.invalidationsRemoved > 0, qPrintable(describe(r)));
    }

    void everyInvalidationDropped_twoProcesses_stillNeverStale_data() { addRows(); }
    void everyInvalidationDropped_twoProcesses_stillNeverStale()
    {
        QFETCH(QString, database);
        QFETCH(QString, cache);
        RunResult r;
        QVERIFY(run(database, cache, QStringLiteral("dropped"), &r));
        verifyFreshAndExercised(r);
        // The seam really dropped them: invalidations were recorded but nothing was deleted.
        for (const ProcessSummary &s : r.summaries)
            QVERIFY2(s.invalidationsRemoved == 0, qPrintable(describe(r)));
    }

    void anotherDatabaseOnTheSameRedis_neverServesItsList_data()
    {
        QTest::addColumn<QString>("database");
        QTest::addColumn<bool>("recreated");
        const QString db = postgresRows() ? QStringLiteral("postgresql") : QStringLiteral("sqlite");
        QTest::newRow(qPrintable(db + QStringLiteral("/another database"))) << db << false;
        QTest::newRow(qPrintable(db + QStringLiteral("/same database recreated"))) << db << true;
    }
    void anotherDatabaseOnTheSameRedis_neverServesItsList()
    {
        // Two instances share one Redis and the default key prefix but not one catalogue (two
        // files or databases, or one recreated from scratch): list_version restarts at 0 in
        // each, so the made key `:<version>:product_objects` alone cannot tell them apart.
        QFETCH(QString, database);
        QFETCH(bool, recreated);
        ++m_serial;
        const QString urlA = freshDatabaseUrl(database, QStringLiteral("pm_xproc_a"));
        QVERIFY(!urlA.isEmpty());
        CacheOptions options;
        options.keyPrefix = QStringLiteral("xpdb%1").arg(m_serial).toUtf8();
        auto cache = createProductCache(m_redis->unixUrl(0), SystemClock::instance(), options);
        QVERIFY(cache);

        auto listOf = [&](const QString &url, const QString &title) -> QStringList {
            auto config = DatabaseConfig::fromUrl(url);
            auto db = config ? ProductSchema::open(config.value())
                             : Result<std::unique_ptr<Database>>(config.error());
            if (!db)
                return {QStringLiteral("error: ") + db.error().toString()};
            ProductRepository repo(*db.value(), SystemClock::instance());
            ProductService service(repo, *cache.value());
            if (!service.create(ProductFields{title, Money(100)}))
                return {QStringLiteral("error: create")};
            auto list = service.list();
            if (!list)
                return {QStringLiteral("error: ") + list.error().toString()};
            QStringList titles;
            for (const Product &p : list.value())
                titles << p.title;
            return titles;
        };
        QCOMPARE(listOf(urlA, QStringLiteral("only in A")),
                 QStringList{QStringLiteral("only in A")});

        QString urlB;
        if (recreated) {
            if (database == QLatin1String("sqlite"))
                QVERIFY(QFile::remove(DatabaseConfig::fromUrl(urlA)->path));
            urlB = freshDatabaseUrl(database, QStringLiteral("pm_xproc_a"));
            QCOMPARE(urlB, urlA);
        } else {
            ++m_serial;
            urlB = freshDatabaseUrl(database, QStringLiteral("pm_xproc_b"));
            QVERIFY(urlB != urlA);
        }
        QVERIFY(!urlB.isEmpty());
        // The cached list carries the catalogue's random id (meta.catalogue_id): another or a
        // recreated catalogue at the same list version is a miss, never the first one's list.
        QCOMPARE(listOf(urlB, QStringLiteral("only in B")),
                 QStringList{QStringLiteral("only in B")});
    }

    void redisRestartedFromAnOldSnapshot_cannotServeAStaleList()
    {
        // docs/reliability.md: a key deleted after a snapshot comes back when Redis restarts from
        // it. The resurrected list sits at an old list version, which no reader asks for any more.
        const QString database
                = postgresRows() ? QStringLiteral("postgresql") : QStringLiteral("sqlite");
        ++m_serial;
        const QString url = freshDatabaseUrl(database);
        QVERIFY(!url.isEmpty());
        RedisServer redis;
        QVERIFY2(redis.start(), "redis-server did not start");
        CacheOptions options;
        options.keyPrefix = QByteArrayLiteral("xpsnap");
        auto config = DatabaseConfig::fromUrl(url);
        QVERIFY(config);
        auto db = ProductSchema::open(config.value());
        QVERIFY(db);
        ProductRepository repo(*db.value(), SystemClock::instance());

        qint64 oldVersion = 0;
        {
            auto cache = createProductCache(redis.unixUrl(0), SystemClock::instance(), options);
            QVERIFY(cache);
            ProductService service(repo, *cache.value());
            QVERIFY(service.create(ProductFields{QStringLiteral("A"), Money(100)}));
            ListLoadStats stats;
            QVERIFY(service.list(&stats)); // fills the list at the current version
            oldVersion = stats.listVersion;
            QCOMPARE(redis.command(QStringList{QStringLiteral("SAVE")}), QByteArray("OK"));
            QVERIFY(service.create(ProductFields{QStringLiteral("B"), Money(200)}));
            QVERIFY(service.list()); // the old key is deleted, the new version filled
            const QByteArray oldKey
                    = cache.value()->makeKey(ProductService::ListKey, Version(int(oldVersion)));
            QCOMPARE(redis.command(QList<QByteArray>{"EXISTS", oldKey}), QByteArray("0"));
        }
        redis.kill(); // no save on the way down: the snapshot on disk is the old one
        QVERIFY2(redis.start(), "redis-server did not restart");

        auto cache = createProductCache(redis.unixUrl(0), SystemClock::instance(), options);
        QVERIFY(cache);
        // The snapshot really resurrected the stale list: a version-less key would serve it.
        auto resurrected = cache.value()->get(ProductService::ListKey, Version(int(oldVersion)));
        QVERIFY(resurrected && resurrected.value());
        QCOMPARE(resurrected.value()->value<CachedProductList>().products.size(), 1);

        ProductService service(repo, *cache.value());
        ListLoadStats stats;
        auto list = service.list(&stats);
        QVERIFY(list);
        QVERIFY(!stats.fromDatabaseBecauseCacheFailed); // the read really went through Redis
        QVERIFY(stats.listVersion > oldVersion);
        QStringList titles;
        for (const Product &p : list.value())
            titles << p.title;
        titles.sort();
        QCOMPARE(titles, (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
    }

    void tutorialPlainKeyDeleteFirst_checkerFindsStaleReads_data()
    {
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("cache");
        const QString db = postgresRows() ? QStringLiteral("postgresql") : QStringLiteral("sqlite");
        QTest::newRow(qPrintable(db + QStringLiteral("/redis"))) << db << QStringLiteral("redis");
    }
    void tutorialPlainKeyDeleteFirst_checkerFindsStaleReads()
    {
        // The negative control: one shared Redis key without a version, deleted before the
        // write (the tutorial's bulk update). A reader that misses between the delete and the
        // commit re-caches the old rows, and every later hit serves them until the next delete.
        QFETCH(QString, database);
        QFETCH(QString, cache);
        RunResult r;
        QVERIFY(run(database, cache, QStringLiteral("tutorial"), &r));
        QVERIFY2(r.report.staleReads > 0, qPrintable(describe(r)));
        QVERIFY2(r.report.impossibleReads == 0, qPrintable(describe(r)));
        QCOMPARE(r.report.writes, qint64(Processes * WritersPerProcess * WritesPerWriter));
    }
};

QTEST_GUILESS_MAIN(TestCrossProcess)
#include "tst_crossprocess.moc"
