// Database faults on SQLite (docs/reliability.md): kill -9 during bulk updates, two processes
// writing one file, read-only file system and directory, full disk, torn page. Each is a real
// fault: real processes, real signals, a real tmpfs (we run as root in CI).
#include "core/clock.h"
#include "db/database.h"
#include "products/productrepository.h"
#include "products/productschema.h"

#include "tmpfsmount.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace pm;

namespace {

constexpr int SeededRows = 100'000;

/// A child process whose stdout lines are collected as they come.
class Child
{
public:
    explicit Child(const QStringList &args)
    {
        m_process.setProgram(QStringLiteral(PM_DBFAULTCHILD));
        m_process.setArguments(args);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start();
    }
    ~Child()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    QProcess &process() { return m_process; }
    /// Reads what arrived; returns the complete lines read so far (all of them).
    const QStringList &lines()
    {
        m_buffer += m_process.readAllStandardOutput();
        qsizetype nl;
        while ((nl = m_buffer.indexOf('\n')) >= 0) {
            m_lines << QString::fromUtf8(m_buffer.left(nl));
            m_buffer.remove(0, nl + 1);
        }
        return m_lines;
    }
    bool hasLine(const QString &line) { return lines().contains(line); }
    /// SIGKILLs the child the moment `line` arrives, not at the next poll.
    void killOn(const QString &line)
    {
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process, [this, line] {
            if (m_process.state() == QProcess::Running && hasLine(line))
                m_process.kill();
        });
    }
    bool hasLineStartingWith(const QString &prefix)
    {
        for (const QString &l : lines())
            if (l.startsWith(prefix))
                return true;
        return false;
    }

private:
    QProcess m_process;
    QByteArray m_buffer;
    QStringList m_lines;
};

/// A plain Qt connection for checks that must not go through the code under test.
class RawSqlite
{
public:
    explicit RawSqlite(const QString &path)
        : m_name(QStringLiteral("raw-%1").arg(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_ok = db.open();
    }
    ~RawSqlite() { QSqlDatabase::removeDatabase(m_name); }
    bool isOpen() const { return m_ok; }
    /// The first column of every row, or the error text.
    QStringList column(const QString &sql) const
    {
        QStringList out;
        {
            QSqlQuery q(QSqlDatabase::database(m_name, false));
            if (!q.exec(sql))
                return {QStringLiteral("ERROR ") + q.lastError().text()};
            while (q.next())
                out << q.value(0).toString();
        }
        return out;
    }
    void close()
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }

private:
    static inline int s_counter = 0;
    QString m_name;
    bool m_ok = false;
};

/// QVERIFY2 builds its message even when the check passes: never touch error() of a success.
template<typename R>
QByteArray why(const R &result)
{
    return result.ok() ? QByteArray() : result.error().toString().toUtf8();
}

} // namespace

class TestDbFaults : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void killDuringBulkUpdate_repeated_databaseIntactUpdateAllOrNothingAcksKept();
    void twoProcesses_thousandsOfMixedWrites_noFailureAndCountsMatch();
    void readOnlyFileSystem_opensReadOnly_readsWorkWritesFailWithReadOnly();
    void readOnlyDirectory_opensReadOnly_writesFailWithReadOnly();
    void fullDisk_writeFailsWithDiskFull_nothingLost_thenSucceedsWhenFreed();
    void tornPage_listAndWritesFailWithCorrupt_neverAShortList();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    DatabaseConfig config(const QString &file) const
    {
        DatabaseConfig c;
        c.path = file;
        return c;
    }

    QTemporaryDir m_dir;
    ManualClock m_clock{1'700'000'000'000};
};

void TestDbFaults::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(PM_DBFAULTCHILD)), PM_DBFAULTCHILD);
}

void TestDbFaults::killDuringBulkUpdate_repeated_databaseIntactUpdateAllOrNothingAcksKept()
{
    // On a tmpfs: a process killed with SIGKILL leaves what it wrote in the kernel's page
    // cache whatever the file system, so this proves the same, without the disk's fsyncs
    // (about 3x faster on the shared CI machine).
    const QString mountDir = path(QStringLiteral("killmount"));
    QVERIFY(QDir().mkpath(mountDir));
    test::TmpfsMount mount(mountDir, 256 << 20);
    QVERIFY2(mount.isMounted(), qPrintable(mount.error()));
    const QString file = mountDir + QStringLiteral("/kill.db");
    {
        auto db = ProductSchema::open(config(file));
        QVERIFY2(db.ok(), why(db).constData());
        ProductRepository repo(*db.value(), m_clock);
        QList<ProductFields> rows;
        rows.reserve(SeededRows);
        for (int i = 0; i < SeededRows; ++i)
            rows.append({QStringLiteral("Seeded %1").arg(i), Money(1)});
        const auto inserted = repo.insertMany(rows);
        QVERIFY2(inserted.ok(), why(inserted).constData());
        QCOMPARE(inserted.value(), SeededRows);
    }
    constexpr int Rounds = 20;
    // ceil(100000 / 900) UPDATE statements per bulk update (the repository's id chunks).
    constexpr int StatementsPerUpdate = (SeededRows + 899) / 900;
    qint64 price = 1; // every seeded row's price before the round
    qint64 version = 0;
    QList<qint64> acknowledgedIds;
    int killedMidTransaction = 0;
    auto *rng = QRandomGenerator::global();
    for (int round = 1; round <= Rounds; ++round) {
        // Kill after a random UPDATE chunk of the first or second bulk update: mostly inside
        // a transaction, sometimes right around its COMMIT.
        const int target = 1 + int(rng->bounded(2 * StatementsPerUpdate));
        const QString stop = QStringLiteral("stmt %1").arg(target);
        Child child({QStringLiteral("bulk"), file, QString::number(round)});
        child.killOn(stop); // SIGKILL
        QVERIFY(child.process().waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(child.process().state() == QProcess::NotRunning, 60'000);
        QVERIFY2(child.hasLine(stop), qPrintable(child.lines().join(QLatin1Char('\n'))));
        QCOMPARE(child.process().exitStatus(), QProcess::CrashExit);

        // What the child acknowledged before it died.
        int lastIteration = 0;
        qint64 lastPrice = price;
        qint64 lastVersion = version;
        for (const QString &line : child.lines()) {
            const QStringList f = line.split(QLatin1Char(' '));
            if (f.first() == QLatin1String("created")) {
                acknowledgedIds << f.at(1).toLongLong();
            } else if (f.first() == QLatin1String("committed")) {
                lastIteration = f.at(1).toInt();
                lastPrice = f.at(2).toLongLong();
                lastVersion = f.at(3).toLongLong();
            }
        }
        // The last words were an UPDATE chunk: the kill landed inside the transaction.
        if (child.lines().last().startsWith(QLatin1String("stmt ")))
            ++killedMidTransaction;
        // The update that may have been in flight: committed but not yet acknowledged.
        const qint64 inFlightPrice = 100'000 + qint64(round) * 1000 + lastIteration + 1;

        RawSqlite raw(file);
        QVERIFY(raw.isOpen());
        QCOMPARE(raw.column(QStringLiteral("PRAGMA integrity_check")),
                 QStringList{QStringLiteral("ok")});
        const QStringList prices = raw.column(QStringLiteral(
                "SELECT DISTINCT price_cents FROM products WHERE title LIKE 'Seeded %'"));
        QVERIFY2(prices.size() == 1,
                 qPrintable(QStringLiteral("round %1: a partial update: %2")
                                    .arg(round)
                                    .arg(prices.join(QLatin1Char(',')))));
        const qint64 now = prices.first().toLongLong();
        QVERIFY2(now == lastPrice || now == inFlightPrice,
                 qPrintable(QStringLiteral("round %1: price %2, acknowledged %3")
                                    .arg(round)
                                    .arg(now)
                                    .arg(lastPrice)));
        const QStringList count = raw.column(
                QStringLiteral("SELECT count(*) FROM products WHERE title LIKE 'Seeded %'"));
        QCOMPARE(count, QStringList{QString::number(SeededRows)});
        // Every acknowledged create survived, and so did every acknowledged version.
        const QStringList ackRows = raw.column(
                QStringLiteral("SELECT id FROM products WHERE title LIKE 'ack %' ORDER BY id"));
        for (qint64 id : std::as_const(acknowledgedIds))
            QVERIFY2(ackRows.contains(QString::number(id)),
                     qPrintable(QStringLiteral("acknowledged product %1 is missing").arg(id)));
        const qint64 versionNow = raw.column(QStringLiteral("SELECT value FROM meta WHERE key = "
                                                            "'list_version'"))
                                          .value(0)
                                          .toLongLong();
        QVERIFY2(versionNow >= lastVersion,
                 qPrintable(QStringLiteral("list_version %1 < acknowledged %2")
                                    .arg(versionNow)
                                    .arg(lastVersion)));
        raw.close();
        price = now;
        version = versionNow;
    }
    // The random targets must have hit the inside of a transaction, or the test proved little.
    QVERIFY2(killedMidTransaction >= Rounds / 2, qPrintable(QString::number(killedMidTransaction)));
    qInfo("%d rounds, %d killed inside a transaction, %lld acknowledged creates", Rounds,
          killedMidTransaction, qint64(acknowledgedIds.size()));
}

void TestDbFaults::twoProcesses_thousandsOfMixedWrites_noFailureAndCountsMatch()
{
    const QString file = path(QStringLiteral("two.db"));
    constexpr int Seeded = 200;
    constexpr int Ops = 1500; // per process: 3000 operations in all
    {
        auto db = ProductSchema::open(config(file));
        QVERIFY2(db.ok(), why(db).constData());
        ProductRepository repo(*db.value(), m_clock);
        QList<ProductFields> rows;
        for (int i = 0; i < Seeded; ++i)
            rows.append({QStringLiteral("Base %1").arg(i), Money(i)});
        QCOMPARE(repo.insertMany(rows).value(), Seeded);
    }
    Child a({QStringLiteral("mixed"), file, QStringLiteral("1"), QString::number(Ops),
             QString::number(Seeded)});
    Child b({QStringLiteral("mixed"), file, QStringLiteral("2"), QString::number(Ops),
             QString::number(Seeded)});
    QTRY_VERIFY_WITH_TIMEOUT(a.hasLine(QStringLiteral("ready"))
                                     || a.process().state() == QProcess::NotRunning,
                             30'000);
    QTRY_VERIFY_WITH_TIMEOUT(b.hasLine(QStringLiteral("ready"))
                                     || b.process().state() == QProcess::NotRunning,
                             30'000);
    QVERIFY(a.hasLine(QStringLiteral("ready")));
    QVERIFY(b.hasLine(QStringLiteral("ready")));
    a.process().write("go\n");
    b.process().write("go\n");
    QVERIFY(a.process().waitForFinished(120'000));
    QVERIFY(b.process().waitForFinished(120'000));
    qint64 net = Seeded;
    for (Child *c : {&a, &b}) {
        const QString out = c->lines().join(QLatin1Char('\n'));
        const QString err = QString::fromUtf8(c->process().readAllStandardError());
        QVERIFY2(!out.contains(QLatin1String("locked"), Qt::CaseInsensitive)
                         && !err.contains(QLatin1String("locked"), Qt::CaseInsensitive),
                 qPrintable(out + err));
        QVERIFY2(c->process().exitStatus() == QProcess::NormalExit && c->process().exitCode() == 0,
                 qPrintable(out + QLatin1Char('\n') + err));
        QVERIFY(c->lines().last().startsWith(QLatin1String("done ")));
        const QStringList f = c->lines().last().split(QLatin1Char(' '));
        QCOMPARE(f.at(3).toInt(), Ops);
        net += f.at(1).toLongLong() - f.at(2).toLongLong();
    }
    RawSqlite raw(file);
    QCOMPARE(raw.column(QStringLiteral("SELECT count(*) FROM products")),
             QStringList{QString::number(net)});
    QCOMPARE(raw.column(QStringLiteral("PRAGMA integrity_check")),
             QStringList{QStringLiteral("ok")});
    raw.close();
}

void TestDbFaults::readOnlyFileSystem_opensReadOnly_readsWorkWritesFailWithReadOnly()
{
    const QString mountDir = path(QStringLiteral("romount"));
    QVERIFY(QDir().mkpath(mountDir));
    test::TmpfsMount mount(mountDir, 4 << 20);
    QVERIFY2(mount.isMounted(), qPrintable(mount.error()));
    const QString file = mountDir + QStringLiteral("/products.db");
    {
        auto db = ProductSchema::open(config(file));
        QVERIFY2(db.ok(), why(db).constData());
        ProductRepository repo(*db.value(), m_clock);
        QCOMPARE(repo.insertMany({{QStringLiteral("Kept"), Money(5)},
                                  {QStringLiteral("Also kept"), Money(6)}})
                         .value(),
                 2);
    }
    QVERIFY2(mount.remountReadOnly().ok(), "remount");

    auto db = ProductSchema::open(config(file));
    QVERIFY2(db.ok(), why(db).constData());
    QVERIFY(db.value()->isReadOnly());
    // Nobody can give SQLite a shared WAL index here: the file is read as it was opened, and
    // the user is told so rather than shown a list that silently stops following changes.
    QVERIFY(db.value()->isSnapshot());
    QVERIFY2(db.value()->accessNote().contains(QLatin1String("snapshot")),
             qPrintable(db.value()->accessNote()));
    ProductRepository repo(*db.value(), m_clock);
    auto list = repo.list();
    QVERIFY2(list.ok(), why(list).constData());
    QCOMPARE(list->size(), 2);
    auto created = repo.create({QStringLiteral("Typed by the user"), Money(7)});
    QVERIFY(!created.ok());
    QCOMPARE(created.error().kind, ErrorKind::ReadOnly);
    QVERIFY2(created.error().message.contains(QLatin1String("read-only")),
             qPrintable(created.error().message));
    QCOMPARE(repo.count().value(), 2);
}

void TestDbFaults::readOnlyDirectory_opensReadOnly_writesFailWithReadOnly()
{
    // SQLite must create products.db-wal and -shm beside the file: a directory nobody may
    // write cannot take them, even when the file itself is writable.
    const QString dir = path(QStringLiteral("rodir"));
    QVERIFY(QDir().mkpath(dir));
    const QString file = dir + QStringLiteral("/products.db");
    {
        auto db = ProductSchema::open(config(file));
        QVERIFY2(db.ok(), why(db).constData());
        ProductRepository repo(*db.value(), m_clock);
        QVERIFY(repo.create({QStringLiteral("Kept"), Money(5)}).ok());
    }
    const auto restore = qScopeGuard([&dir] {
        QFile::setPermissions(
                dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    });
    QVERIFY(QFile::setPermissions(dir,
                                  QFileDevice::ReadOwner | QFileDevice::ExeOwner
                                          | QFileDevice::ReadGroup | QFileDevice::ExeGroup));
    auto db = ProductSchema::open(config(file));
    QVERIFY2(db.ok(), why(db).constData());
    QVERIFY(db.value()->isReadOnly());
    QVERIFY2(db.value()->accessNote().contains(QLatin1String("read-only")),
             qPrintable(db.value()->accessNote()));
    ProductRepository repo(*db.value(), m_clock);
    QCOMPARE(repo.count().value(), 1);
    auto created = repo.create({QStringLiteral("Typed by the user"), Money(7)});
    QVERIFY(!created.ok());
    QCOMPARE(created.error().kind, ErrorKind::ReadOnly);
}

void TestDbFaults::fullDisk_writeFailsWithDiskFull_nothingLost_thenSucceedsWhenFreed()
{
    const QString mountDir = path(QStringLiteral("fullmount"));
    QVERIFY(QDir().mkpath(mountDir));
    test::TmpfsMount mount(mountDir, 2 << 20);
    QVERIFY2(mount.isMounted(), qPrintable(mount.error()));
    const QString file = mountDir + QStringLiteral("/products.db");
    auto db = ProductSchema::open(config(file));
    QVERIFY2(db.ok(), why(db).constData());
    ProductRepository repo(*db.value(), m_clock);
    QList<ProductFields> first;
    for (int i = 0; i < 100; ++i)
        first.append({QStringLiteral("Before the disk filled %1").arg(i), Money(i)});
    QCOMPARE(repo.insertMany(first).value(), 100);
    const qint64 versionBefore = repo.listVersion().value();

    const QString filler = mountDir + QStringLiteral("/filler");
    auto filled = mount.fill(filler);
    QVERIFY2(filled.ok(), why(filled).constData());
    QVERIFY(filled.value() > 0);

    QList<ProductFields> many;
    for (int i = 0; i < 5000; ++i)
        many.append(
                {QStringLiteral("Does not fit on the disk, product number %1").arg(i), Money(i)});
    auto inserted = repo.insertMany(many);
    QVERIFY(!inserted.ok());
    QCOMPARE(inserted.error().kind, ErrorKind::Io);
    QVERIFY2(inserted.error().message.contains(QLatin1String("disk is full")),
             qPrintable(inserted.error().message));
    // All or nothing: not one row of the batch, the earlier rows intact.
    QCOMPARE(repo.count().value(), 100);
    QCOMPARE(repo.listVersion().value(), versionBefore);

    QVERIFY(QFile::remove(filler));
    QCOMPARE(repo.insertMany(many).value(), 5000);
    QCOMPARE(repo.count().value(), 5100);
    db = Error(); // close before the mount goes away
    RawSqlite raw(file);
    QCOMPARE(raw.column(QStringLiteral("PRAGMA integrity_check")),
             QStringList{QStringLiteral("ok")});
    raw.close();
}

void TestDbFaults::tornPage_listAndWritesFailWithCorrupt_neverAShortList()
{
    const QString file = path(QStringLiteral("torn.db"));
    {
        auto db = ProductSchema::open(config(file));
        QVERIFY2(db.ok(), why(db).constData());
        ProductRepository repo(*db.value(), m_clock);
        QList<ProductFields> rows;
        for (int i = 0; i < 5000; ++i)
            rows.append({QStringLiteral("Product %1").arg(i), Money(i)});
        QCOMPARE(repo.insertMany(rows).value(), 5000);
    } // the last connection checkpoints: every page is in the main file now
    QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadWrite));
    constexpr qint64 PageSize = 4096;
    QVERIFY(f.size() > 40 * PageSize);
    // A torn write: the first half of a leaf page in the middle is garbage, the rest is old.
    QVERIFY(f.seek(30 * PageSize));
    QCOMPARE(f.write(QByteArray(PageSize / 2, '\xa5')), PageSize / 2);
    f.close();

    auto db = ProductSchema::open(config(file)); // the header and schema pages are fine
    QVERIFY2(db.ok(), why(db).constData());
    ProductRepository repo(*db.value(), m_clock);
    auto list = repo.list();
    QVERIFY2(!list.ok(), "a damaged table must not load as a shorter list");
    QCOMPARE(list.error().kind, ErrorKind::Corrupt);
    QVERIFY2(list.error().message.contains(QLatin1String("damaged")),
             qPrintable(list.error().message));
    ProductChanges changes;
    changes.price = Money(1);
    QList<qint64> ids;
    for (qint64 id = 1; id <= 5000; ++id)
        ids << id;
    auto bulk = repo.bulkUpdate(ids, changes);
    QVERIFY(!bulk.ok());
    QCOMPARE(bulk.error().kind, ErrorKind::Corrupt);
}

QTEST_GUILESS_MAIN(TestDbFaults)
#include "tst_dbfaults.moc"
