#include "core/clock.h"
#include "db/database.h"
#include "db/sqlerrormap.h"
#include "pgsupport.h"
#include "products/productrepository.h"
#include "products/productschema.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

using namespace pm;

Q_DECLARE_METATYPE(pm::ErrorKind)
Q_DECLARE_METATYPE(pm::DatabaseConfig::Driver)

namespace {

QString errorText(const Error &e)
{
    return e.toString();
}

template<typename T>
QString describe(const Result<T> &r)
{
    return r.ok() ? QStringLiteral("ok") : errorText(r.error());
}

QVariant scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return QVariant();
    return q.value(0);
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;

    DatabaseConfig sqliteConfig(const QString &name, int busyTimeoutMs = 5000)
    {
        DatabaseConfig c;
        c.path = m_dir.filePath(name);
        c.busyTimeoutMs = busyTimeoutMs;
        return c;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // --- URLs -----------------------------------------------------------------------------

    void fromUrl_valid_parsesEveryPart_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<DatabaseConfig::Driver>("driver");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("name");
        using D = DatabaseConfig::Driver;
        QTest::newRow("sqlite-url")
                << "sqlite:///var/lib/pm/products.db" << D::Sqlite << "/var/lib/pm/products.db"
                << "" << 5432 << ""
                << ""
                << "";
        QTest::newRow("sqlite-escaped")
                << "sqlite:///tmp/my%20products.db" << D::Sqlite << "/tmp/my products.db"
                << "" << 5432 << ""
                << ""
                << "";
        QTest::newRow("plain-absolute") << "/tmp/products.db" << D::Sqlite << "/tmp/products.db"
                                        << "" << 5432 << ""
                                        << ""
                                        << "";
        QTest::newRow("pg-full") << "postgresql://alice:s3cr%40t@db.example.com:6543/catalogue"
                                 << D::Postgres << ""
                                 << "db.example.com" << 6543 << "alice"
                                 << "s3cr@t"
                                 << "catalogue";
        QTest::newRow("pg-short-scheme") << "postgres://bob@localhost/shop" << D::Postgres << ""
                                         << "localhost" << 5432 << "bob"
                                         << ""
                                         << "shop";
        QTest::newRow("pg-socket-query")
                << "postgresql:///shop?host=/run/postgresql&user=me" << D::Postgres << ""
                << "/run/postgresql" << 5432 << "me"
                << ""
                << "shop";
        QTest::newRow("pg-socket-encoded")
                << "postgresql://me@%2Ftmp%2Fpg/shop" << D::Postgres << ""
                << "/tmp/pg" << 5432 << "me"
                << ""
                << "shop";
        QTest::newRow("pg-ipv6") << "postgresql://u@[::1]:5433/shop" << D::Postgres << ""
                                 << "::1" << 5433 << "u"
                                 << ""
                                 << "shop";
        QTest::newRow("pg-port-query") << "postgresql://h/shop?port=7000" << D::Postgres << ""
                                       << "h" << 7000 << ""
                                       << ""
                                       << "shop";
    }
    void fromUrl_valid_parsesEveryPart()
    {
        QFETCH(QString, url);
        QFETCH(DatabaseConfig::Driver, driver);
        QFETCH(QString, path);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(QString, name);
        const auto c = DatabaseConfig::fromUrl(url);
        QVERIFY2(c.ok(), qPrintable(describe(c)));
        QCOMPARE(c->driver, driver);
        QCOMPARE(c->path, path);
        QCOMPARE(c->host, host);
        QCOMPARE(c->port, port);
        QCOMPARE(c->user, user);
        QCOMPARE(c->password, password);
        QCOMPARE(c->name, name);
    }

    void fromUrl_relativePlainPath_becomesAbsolute()
    {
        const auto c = DatabaseConfig::fromUrl(QStringLiteral("products.db"));
        QVERIFY(c.ok());
        QVERIFY(c->path.startsWith(QLatin1Char('/')));
        QVERIFY(c->path.endsWith(QLatin1String("/products.db")));
    }

    void fromUrl_malformed_isInvalidInputWithClearMessage_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << ""
                               << "empty";
        QTest::newRow("sqlite-relative") << "sqlite://relative/path.db"
                                         << "absolute";
        QTest::newRow("sqlite-nothing") << "sqlite://"
                                        << "absolute";
        QTest::newRow("sqlite-no-slashes") << "sqlite:products.db"
                                           << "malformed";
        QTest::newRow("unknown-scheme") << "mysql://h/db"
                                        << "mysql";
        QTest::newRow("pg-no-db") << "postgresql://localhost"
                                  << "database name";
        QTest::newRow("pg-empty-db") << "postgresql://localhost/"
                                     << "database name";
        QTest::newRow("pg-bad-port") << "postgresql://localhost:99999/db"
                                     << "port";
        QTest::newRow("pg-text-port") << "postgresql://localhost:abc/db"
                                      << "port";
        QTest::newRow("pg-unknown-param") << "postgresql://h/db?sslmdoe=require"
                                          << "sslmdoe";
        QTest::newRow("pg-ipv6-open") << "postgresql://[::1/db"
                                      << "IPv6";
    }
    void fromUrl_malformed_isInvalidInputWithClearMessage()
    {
        QFETCH(QString, url);
        QFETCH(QString, mentions);
        const auto c = DatabaseConfig::fromUrl(url);
        QVERIFY(!c.ok());
        QCOMPARE(c.error().kind, ErrorKind::InvalidInput);
        QVERIFY2(c.error().message.contains(mentions, Qt::CaseInsensitive),
                 qPrintable(c.error().message));
    }

    void malformedUrl_errorNeverHoldsThePassword_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("secret");
        QTest::newRow("one slash") << "postgresql:/u:hunter2@localhost/db"
                                   << "hunter2";
        QTest::newRow("no slash") << "postgres:u:hunter2@localhost/db"
                                  << "hunter2";
        QTest::newRow("no slash, no user") << "postgresqlhunter2@localhost/db"
                                           << "hunter2";
        QTest::newRow("sqlite with user info") << "sqlite://u:hunter2@h/p.db"
                                               << "hunter2";
        QTest::newRow("raw slash in password") << "postgresql://u:hun/ter2@localhost/db"
                                               << "hun";
        QTest::newRow("raw ampersand in password") << "postgresql://h/db?password=hun&ter2"
                                                   << "ter2";
        QTest::newRow("scheme that is no scheme") << "u:hunter2@h/x://y"
                                                  << "hunter2";
    }
    void malformedUrl_errorNeverHoldsThePassword()
    {
        QFETCH(QString, url);
        QFETCH(QString, secret);
        const auto c = DatabaseConfig::fromUrl(url);
        QVERIFY(!c.ok());
        QCOMPARE(c.error().kind, ErrorKind::InvalidInput);
        QVERIFY2(!c.error().toString().contains(secret), qPrintable(c.error().toString()));
    }

    void redactedUrl_masksThePassword()
    {
        const auto c = DatabaseConfig::fromUrl(
                QStringLiteral("postgresql://alice:hunter2@db.example.com:6543/catalogue"));
        QVERIFY(c.ok());
        const QString shown = c->redactedUrl();
        QVERIFY(!shown.contains(QLatin1String("hunter2")));
        QCOMPARE(shown, QStringLiteral("postgresql://alice:***@db.example.com:6543/catalogue"));

        const auto s = DatabaseConfig::fromUrl(
                QStringLiteral("postgresql:///shop?host=/run/pg&user=me&password=hunter2"));
        QVERIFY(s.ok());
        QVERIFY(!s->redactedUrl().contains(QLatin1String("hunter2")));
        // The redacted form of a password-less URL parses back to the same place.
        const auto back = DatabaseConfig::fromUrl(
                DatabaseConfig::fromUrl(QStringLiteral("postgresql:///shop?host=/run/pg&user=me"))
                        ->redactedUrl());
        QVERIFY(back.ok());
        QCOMPARE(back->host, QStringLiteral("/run/pg"));
        QCOMPARE(back->user, QStringLiteral("me"));
        QCOMPARE(back->name, QStringLiteral("shop"));

        QCOMPARE(DatabaseConfig::fromUrl(QStringLiteral("sqlite:///tmp/a.db"))->redactedUrl(),
                 QStringLiteral("sqlite:///tmp/a.db"));
    }

    // --- SQLite ---------------------------------------------------------------------------

    void open_newSqliteFile_appliesPragmasAndSchema()
    {
        auto db = ProductSchema::open(sqliteConfig(QStringLiteral("pragmas.db"), 1234));
        QVERIFY2(db.ok(), qPrintable(describe(db)));
        Database &d = *db.value();
        QCOMPARE(scalar(d, QStringLiteral("PRAGMA journal_mode")).toString(),
                 QStringLiteral("wal"));
        QCOMPARE(scalar(d, QStringLiteral("PRAGMA busy_timeout")).toInt(), 1234);
        QCOMPARE(scalar(d, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(scalar(d, QStringLiteral("PRAGMA synchronous")).toInt(), 1); // NORMAL
        QCOMPARE(d.schemaVersion(), ProductSchema::Version);
        // A new catalogue starts at list version 1: its list is cached as :1:product_objects.
        QCOMPARE(scalar(d, QStringLiteral("SELECT value FROM meta WHERE key = 'list_version'"))
                         .toLongLong(),
                 1);
        QVERIFY(scalar(d, QStringLiteral("SELECT value FROM meta WHERE key = 'catalogue_id'"))
                        .toLongLong()
                > 0);
        QVERIFY(!d.isReadOnly());
    }

    void open_createsMissingParentDirectory()
    {
        auto db = ProductSchema::open(sqliteConfig(QStringLiteral("nested/deeper/p.db")));
        QVERIFY2(db.ok(), qPrintable(describe(db)));
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("nested/deeper/p.db"))));
    }

    void open_twoInstances_haveDistinctConnections()
    {
        const auto config = sqliteConfig(QStringLiteral("two.db"));
        auto a = ProductSchema::open(config);
        auto b = ProductSchema::open(config);
        QVERIFY(a.ok() && b.ok());
        QVERIFY(a.value()->connection().connectionName()
                != b.value()->connection().connectionName());
        const QString name = a.value()->connection().connectionName();
        a.value().reset();
        QVERIFY(!QSqlDatabase::contains(name)); // removed on destruction
    }

    void open_again_migrationsAreIdempotentAndDataSurvives()
    {
        const auto config = sqliteConfig(QStringLiteral("again.db"));
        {
            auto db = ProductSchema::open(config);
            QVERIFY(db.ok());
            ProductRepository repo(*db.value(), m_clock);
            QVERIFY(repo.create({QStringLiteral("Kept"), Money(100)}).ok());
        }
        for (int i = 0; i < 3; ++i) {
            QList<SqlEvent> events;
            auto db = ProductSchema::open(config);
            QVERIFY2(db.ok(), qPrintable(describe(db)));
            QCOMPARE(db.value()->schemaVersion(), ProductSchema::Version);
            ProductRepository repo(*db.value(), m_clock);
            QCOMPARE(repo.count().value(), 1);
            QCOMPARE(repo.listVersion().value(), 2);
            // schema_version, list_version, catalogue_id, list_stamp
            QCOMPARE(scalar(*db.value(), QStringLiteral("SELECT count(*) FROM meta")).toInt(), 4);
        }
    }

    void open_newerSchema_isRefusedWithAClearMessage()
    {
        const auto config = sqliteConfig(QStringLiteral("newer.db"));
        {
            auto db = ProductSchema::open(config);
            QVERIFY(db.ok());
            QSqlQuery q(db.value()->connection());
            QVERIFY(q.exec(QStringLiteral("UPDATE meta SET value = 99 WHERE key = "
                                          "'schema_version'")));
        }
        auto db = ProductSchema::open(config);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, ErrorKind::SchemaTooNew);
        QVERIFY2(db.error().message.contains(QLatin1String("99")), qPrintable(db.error().message));
        QVERIFY2(db.error().message.contains(QString::number(ProductSchema::Version)),
                 qPrintable(db.error().message));
        QVERIFY2(db.error().message.contains(QLatin1String("newer")),
                 qPrintable(db.error().message));
    }

    void open_olderSchema_isUpgraded()
    {
        // A version-0 database: meta exists but no schema yet (an interrupted first run).
        const QString path = m_dir.filePath(QStringLiteral("older.db"));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                         QStringLiteral("raw-older"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value BIGINT "
                                          "NOT NULL)")));
            q.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw-older"));
        auto db = ProductSchema::open(sqliteConfig(QStringLiteral("older.db")));
        QVERIFY2(db.ok(), qPrintable(describe(db)));
        QCOMPARE(db.value()->schemaVersion(), ProductSchema::Version);
        ProductRepository repo(*db.value(), m_clock);
        QVERIFY(repo.create({QStringLiteral("Works"), Money(1)}).ok());
    }

    void migration3_titleRule_keepsOldRowsAndRejectsNewOnes()
    {
        // A schema-2 database as the previous version wrote it, with titles another tool
        // wrote by raw SQL: one over the app's 200 characters, one of spaces only.
        const QString path = m_dir.filePath(QStringLiteral("titles.db"));
        const QString longTitle(300, QChar(0x00E9)); // 300 characters, 600 UTF-8 bytes
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                         QStringLiteral("raw-titles"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            for (const char *sql :
                 {"CREATE TABLE meta (key TEXT PRIMARY KEY, value BIGINT NOT NULL)",
                  "CREATE TABLE products (id INTEGER PRIMARY KEY AUTOINCREMENT, title TEXT NOT "
                  "NULL, price_cents BIGINT NOT NULL CHECK (price_cents BETWEEN 0 AND "
                  "9999999999), created_ms BIGINT NOT NULL, updated_ms BIGINT NOT NULL)",
                  "INSERT INTO meta (key, value) VALUES ('list_version', 1), "
                  "('catalogue_id', 77), ('schema_version', 2)",
                  "INSERT INTO products (title, price_cents, created_ms, updated_ms) VALUES "
                  "('   ', 1, 1, 1)"})
                QVERIFY2(q.exec(QString::fromLatin1(sql)), qPrintable(q.lastError().text()));
            q.prepare(QStringLiteral("INSERT INTO products (title, price_cents, created_ms, "
                                     "updated_ms) VALUES (?, 2, 2, 2)"));
            q.addBindValue(longTitle);
            QVERIFY(q.exec());
            q.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw-titles"));

        auto db = ProductSchema::open(sqliteConfig(QStringLiteral("titles.db")));
        QVERIFY2(db.ok(), qPrintable(describe(db)));
        QCOMPARE(db.value()->schemaVersion(), ProductSchema::Version);
        ProductRepository repo(*db.value(), m_clock);
        // The old rows still load.
        const auto rows = repo.list();
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 2);
        QCOMPARE(rows->at(0).title, longTitle);

        // New raw writes obey the app's rule: 1–200 characters after trimming.
        auto insert = [&](const QString &title) {
            return db.value()->exec(QStringLiteral("INSERT INTO products (title, price_cents, "
                                                   "created_ms, updated_ms) VALUES (?, 3, 3, 3)"),
                                    {title});
        };
        const auto tooLong = insert(QString(201, QChar(0x00E9)));
        QVERIFY(!tooLong.ok());
        QCOMPARE(tooLong.error().kind, ErrorKind::InvalidInput);
        QVERIFY2(tooLong.error().message.contains(QLatin1String("1 to 200 characters")),
                 qPrintable(tooLong.error().message));
        QVERIFY(!insert(QStringLiteral(" \t\n")).ok());
        QVERIFY(!insert(QString()).ok());
        // 200 characters (400 UTF-8 bytes: length() counts characters) and padding are fine.
        QVERIFY2(insert(QString(200, QChar(0x00E9))).ok(), "200 characters");
        QVERIFY(insert(QStringLiteral("  Padded  ")).ok());
        const auto rename
                = db.value()->exec(QStringLiteral("UPDATE products SET title = ? WHERE id = 2"),
                                   {longTitle + QLatin1Char('x')});
        QVERIFY(!rename.ok());
        QCOMPARE(rename.error().kind, ErrorKind::InvalidInput);
        // A change that leaves an old title alone still works on its row.
        QVERIFY(repo.update(rows->at(0).id, ProductChanges{std::nullopt, Money(5)}).ok());
    }

    void open_readOnlyFile_readsButWritesFailWithReadOnly()
    {
        const auto config = sqliteConfig(QStringLiteral("readonly.db"));
        {
            auto db = ProductSchema::open(config);
            QVERIFY(db.ok());
            ProductRepository repo(*db.value(), m_clock);
            QVERIFY(repo.create({QStringLiteral("One"), Money(100)}).ok());
            QVERIFY(repo.create({QStringLiteral("Two"), Money(200)}).ok());
        }
        QFile file(config.path);
        const auto perms = file.permissions();
        QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::ReadGroup
                                    | QFileDevice::ReadOther));
        const auto restorePerms = qScopeGuard([&] { file.setPermissions(perms); });

        auto db = ProductSchema::open(config);
        QVERIFY2(db.ok(), qPrintable(describe(db)));
        QVERIFY(db.value()->isReadOnly());
        ProductRepository repo(*db.value(), m_clock);
        const auto before = repo.list();
        QVERIFY2(before.ok(), qPrintable(describe(before)));
        QCOMPARE(before->size(), 2);

        const auto created = repo.create({QStringLiteral("Three"), Money(300)});
        QVERIFY(!created.ok());
        QCOMPARE(created.error().kind, ErrorKind::ReadOnly);
        QVERIFY2(created.error().message.contains(QLatin1String("read-only")),
                 qPrintable(created.error().message));
        const auto removed = repo.removeMany({before->at(0).id, before->at(1).id});
        QVERIFY(!removed.ok());
        QCOMPARE(removed.error().kind, ErrorKind::ReadOnly);

        // Nothing lost.
        QCOMPARE(repo.list().value(), before.value());
    }

    void open_lockedDatabase_writeFailsWithLockedAfterTheBusyTimeout()
    {
        const auto holderConfig = sqliteConfig(QStringLiteral("locked.db"));
        auto holder = ProductSchema::open(holderConfig);
        QVERIFY(holder.ok());
        auto waiter = ProductSchema::open(sqliteConfig(QStringLiteral("locked.db"), 200));
        QVERIFY(waiter.ok());
        QVERIFY(holder.value()->beginWrite().ok()); // BEGIN IMMEDIATE: holds the write lock

        ProductRepository repo(*waiter.value(), m_clock);
        QElapsedTimer timer;
        timer.start();
        const auto created = repo.create({QStringLiteral("Blocked"), Money(1)});
        const qint64 waited = timer.elapsed();
        QVERIFY(!created.ok());
        QCOMPARE(created.error().kind, ErrorKind::Locked);
        QVERIFY2(waited >= 150, qPrintable(QString::number(waited))); // it did wait
        QVERIFY2(waited < 4000, qPrintable(QString::number(waited)));
        QVERIFY2(created.error().message.contains(QLatin1String("busy")),
                 qPrintable(created.error().message));

        // Once the holder lets go, the same connection writes fine.
        holder.value()->rollback();
        QVERIFY2(repo.create({QStringLiteral("Free"), Money(1)}).ok(), "write after unlock");
        QCOMPARE(repo.count().value(), 1);
    }

    void concurrentWriters_onOneFile_neverSeeLocked()
    {
        // Two connections on two threads, each writing as fast as it can: WAL, BEGIN
        // IMMEDIATE and the busy timeout must serialise them without a single "locked".
        const DatabaseConfig config = sqliteConfig(QStringLiteral("concurrent.db"));
        QVERIFY(ProductSchema::open(config).ok()); // create the schema once
        constexpr int PerThread = 150;
        std::atomic<int> failures{0};
        QStringList errors;
        QMutex errorsMutex;
        auto writer = [&](int which) {
            auto db = ProductSchema::open(config);
            if (!db) {
                ++failures;
                return;
            }
            ManualClock clock;
            ProductRepository repo(*db.value(), clock);
            for (int i = 0; i < PerThread; ++i) {
                clock.advanceMs(1);
                const auto r = which == 0
                        ? Result<int>(
                                repo.create({QStringLiteral("T%1-%2").arg(which).arg(i), Money(i)})
                                                .ok()
                                        ? 1
                                        : 0)
                        : repo.insertMany(
                                {{QStringLiteral("T%1-%2").arg(which).arg(i), Money(i)},
                                 {QStringLiteral("T%1-%2b").arg(which).arg(i), Money(i)}});
                if (!r.ok() || r.value() == 0) {
                    ++failures;
                    QMutexLocker lock(&errorsMutex);
                    errors << (r.ok() ? QStringLiteral("create failed") : r.error().toString());
                }
            }
        };
        std::unique_ptr<QThread> a(QThread::create(writer, 0));
        std::unique_ptr<QThread> b(QThread::create(writer, 1));
        a->start();
        b->start();
        QVERIFY(a->wait(60'000));
        QVERIFY(b->wait(60'000));
        QVERIFY2(failures == 0, qPrintable(errors.join(QLatin1Char('\n'))));
        auto db = ProductSchema::open(config);
        QVERIFY(db.ok());
        ProductRepository repo(*db.value(), m_clock);
        QCOMPARE(repo.count().value(), PerThread * 3);
        QCOMPARE(repo.listVersion().value(), 1 + PerThread * 2);
    }

    void open_lockedDatabase_readersAreNotBlocked()
    {
        auto holder = ProductSchema::open(sqliteConfig(QStringLiteral("wal-read.db")));
        QVERIFY(holder.ok());
        ProductRepository writer(*holder.value(), m_clock);
        QVERIFY(writer.create({QStringLiteral("Committed"), Money(1)}).ok());
        auto reader = ProductSchema::open(sqliteConfig(QStringLiteral("wal-read.db"), 100));
        QVERIFY(reader.ok());
        QVERIFY(holder.value()->beginWrite().ok());
        ProductRepository repo(*reader.value(), m_clock);
        QCOMPARE(repo.list().value().size(), 1); // WAL: readers never wait for the writer
        holder.value()->rollback();
    }

    void selectInt64UntilChanged_anotherConnectionCommits_readsTheNewValue()
    {
        const auto config = sqliteConfig(QStringLiteral("until-changed.db"));
        auto reader = ProductSchema::open(config);
        auto writerDb = ProductSchema::open(config);
        QVERIFY(reader.ok() && writerDb.ok());
        Database &r = *reader.value();
        ProductRepository writer(*writerDb.value(), m_clock);
        const QString sql = QStringLiteral("SELECT value FROM meta WHERE key = 'list_version'");
        const qint64 v0 = r.selectInt64UntilChanged(sql, -1).value();
        QVERIFY(r.hasChangeWatch()); // WAL mode: the -shm header is watched
        QCOMPARE(r.selectInt64UntilChanged(sql, -1).value(), v0); // stamped read
        const qint64 fromMemory = r.untilChangedFromMemory();
        QCOMPARE(r.selectInt64UntilChanged(sql, -1).value(), v0);
        QCOMPARE(r.untilChangedFromMemory(), fromMemory + 1); // no SQL: nothing committed

        // Every commit by another connection is seen by the next read, including after a
        // checkpoint that restarts the WAL (new salts, frame count back to zero).
        const qint64 ranBefore = r.untilChangedRan();
        for (int i = 1; i <= 40; ++i) {
            QVERIFY(writer.create({QStringLiteral("Row %1").arg(i), Money(i)}).ok());
            if (i % 10 == 0)
                QVERIFY(writerDb.value()
                                ->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"))
                                .ok());
            const qint64 expected = writer.lastCommittedListVersion();
            QCOMPARE(r.selectInt64UntilChanged(sql, -1).value(), expected);
            QCOMPARE(r.selectInt64UntilChanged(sql, -1).value(), expected);
        }
        QCOMPARE(r.untilChangedRan(), ranBefore + 40); // once per commit, not per call
    }

    void selectInt64UntilChanged_insideOwnTransaction_seesTheUncommittedValue()
    {
        const auto config = sqliteConfig(QStringLiteral("until-changed-tx.db"));
        auto db = ProductSchema::open(config);
        QVERIFY(db.ok());
        Database &d = *db.value();
        const QString sql = QStringLiteral("SELECT value FROM meta WHERE key = 'list_version'");
        const qint64 v0 = d.selectInt64UntilChanged(sql, -1).value();
        QCOMPARE(d.selectInt64UntilChanged(sql, -1).value(), v0);
        QVERIFY(d.beginWrite().ok());
        QVERIFY(d.exec(QStringLiteral("UPDATE meta SET value = %1 WHERE key = 'list_version'")
                               .arg(v0 + 7))
                        .ok());
        QCOMPARE(d.selectInt64UntilChanged(sql, -1).value(), v0 + 7); // not the remembered one
        d.rollback();
        QCOMPARE(d.selectInt64UntilChanged(sql, -1).value(), v0);
    }

    void open_fileThatIsNotADatabase_isCorrupt()
    {
        const QString path = m_dir.filePath(QStringLiteral("garbage.db"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray garbage
                = QByteArray("This is a text file, not a database.\n").repeated(200);
        f.write(garbage);
        f.close();
        auto db = ProductSchema::open(sqliteConfig(QStringLiteral("garbage.db")));
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, ErrorKind::Corrupt);
        QVERIFY2(db.error().message.contains(QLatin1String("not a product database")),
                 qPrintable(db.error().message));
        // And the file is left alone.
        QCOMPARE(QFileInfo(path).size(), qint64(garbage.size()));
    }

    void open_directory_isInvalidInput()
    {
        auto db = ProductSchema::open(sqliteConfig(QString()));
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, ErrorKind::InvalidInput);
    }

    void beginWrite_onSqlite_sendsBeginImmediate()
    {
        auto db = ProductSchema::open(sqliteConfig(QStringLiteral("immediate.db")));
        QVERIFY(db.ok());
        QStringList sql;
        db.value()->setSqlObserver([&sql](const SqlEvent &e) { sql << e.sql; });
        QVERIFY(db.value()->beginWrite().ok());
        QVERIFY(db.value()->inTransaction());
        QVERIFY(db.value()->commit().ok());
        QCOMPARE(sql, QStringList({QStringLiteral("BEGIN IMMEDIATE"), QStringLiteral("COMMIT")}));
        const auto nested = db.value()->commit();
        QVERIFY(!nested.ok());
    }

    void exec_reportsSqlBoundValuesRowsAndErrors()
    {
        auto db = ProductSchema::open(sqliteConfig(QStringLiteral("observe.db")));
        QVERIFY(db.ok());
        QList<SqlEvent> events;
        db.value()->setSqlObserver([&events](const SqlEvent &e) { events << e; });
        const auto n = db.value()->exec(QStringLiteral("UPDATE meta SET value = ? WHERE key = ?"),
                                        {qint64(5), QStringLiteral("list_version")});
        QVERIFY(n.ok());
        QCOMPARE(n.value(), 1);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.at(0).bound.size(), 2);
        QCOMPARE(events.at(0).bound.at(1).toString(), QStringLiteral("list_version"));
        QCOMPARE(events.at(0).rows, 1);
        QVERIFY(events.at(0).durationNs > 0);

        const auto bad = db.value()->exec(QStringLiteral("UPDATE nowhere SET x = 1"));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().kind, ErrorKind::Database);
        QCOMPARE(events.size(), 2);
        QVERIFY(!events.at(1).error.isEmpty());
    }

    void list_fastPathError_isReportedNotAShortList()
    {
        auto db = ProductSchema::open(sqliteConfig(QStringLiteral("broken.db")));
        QVERIFY(db.ok());
        QVERIFY(db.value()->hasSqliteHandle());
        ProductRepository repo(*db.value(), m_clock);
        QVERIFY(repo.create({QStringLiteral("A"), Money(1)}).ok());
        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec(QStringLiteral("DROP TABLE products")));
        QList<SqlEvent> events;
        db.value()->setSqlObserver([&events](const SqlEvent &e) { events << e; });
        const auto list = repo.list();
        QVERIFY(!list.ok());
        QCOMPARE(list.error().kind, ErrorKind::Database);
        QVERIFY2(list.error().message.contains(QLatin1String("no such table")),
                 qPrintable(list.error().message));
        QCOMPARE(events.size(), 1);
        QVERIFY(!events.first().error.isEmpty());
    }

    // --- Error mapping --------------------------------------------------------------------

    void toError_mapsDriverCodes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("type");
        QTest::addColumn<ErrorKind>("kind");
        const int stmt = QSqlError::StatementError;
        const int conn = QSqlError::ConnectionError;
        QTest::newRow("sqlite-busy") << "5"
                                     << "database is locked" << conn << ErrorKind::Locked;
        QTest::newRow("sqlite-locked") << "6"
                                       << "database table is locked" << stmt << ErrorKind::Locked;
        QTest::newRow("sqlite-readonly")
                << "8"
                << "attempt to write a readonly database" << stmt << ErrorKind::ReadOnly;
        QTest::newRow("sqlite-extended-readonly") << "1032"
                                                  << "readonly" << stmt << ErrorKind::ReadOnly;
        QTest::newRow("sqlite-corrupt")
                << "11"
                << "database disk image is malformed" << stmt << ErrorKind::Corrupt;
        QTest::newRow("sqlite-notadb") << "26"
                                       << "file is not a database" << stmt << ErrorKind::Corrupt;
        QTest::newRow("sqlite-cantopen")
                << "14"
                << "unable to open database file" << conn << ErrorKind::Unavailable;
        QTest::newRow("sqlite-constraint")
                << "19"
                << "CHECK constraint failed" << stmt << ErrorKind::InvalidInput;
        QTest::newRow("sqlite-full") << "13"
                                     << "database or disk is full" << stmt << ErrorKind::Io;
        QTest::newRow("sqlite-syntax") << "1"
                                       << "near \"x\": syntax error" << stmt << ErrorKind::Database;
        QTest::newRow("pg-deadlock") << "40P01"
                                     << "deadlock detected" << stmt << ErrorKind::Locked;
        QTest::newRow("pg-lock-na") << "55P03"
                                    << "could not obtain lock" << stmt << ErrorKind::Locked;
        QTest::newRow("pg-readonly") << "25006"
                                     << "cannot execute INSERT in a read-only "
                                        "transaction"
                                     << stmt << ErrorKind::ReadOnly;
        QTest::newRow("pg-connection") << "08006"
                                       << "connection failure" << conn << ErrorKind::Unavailable;
        QTest::newRow("pg-shutdown") << "57P01"
                                     << "terminating connection" << conn << ErrorKind::Unavailable;
        QTest::newRow("pg-unique") << "23505"
                                   << "duplicate key value" << stmt << ErrorKind::InvalidInput;
        QTest::newRow("pg-check") << "23514"
                                  << "violates check constraint" << stmt << ErrorKind::InvalidInput;
        QTest::newRow("pg-auth") << "28P01"
                                 << "password authentication failed" << conn << ErrorKind::Auth;
        QTest::newRow("pg-corrupt") << "XX001"
                                    << "invalid page" << stmt << ErrorKind::Corrupt;
        QTest::newRow("pg-undefined-table")
                << "42P01"
                << "relation does not exist" << stmt << ErrorKind::Database;
        QTest::newRow("text-only-locked") << ""
                                          << "database is locked" << stmt << ErrorKind::Locked;
        QTest::newRow("no-code-connection")
                << ""
                << "could not connect to server" << conn << ErrorKind::Unavailable;
    }
    void toError_mapsDriverCodes()
    {
        QFETCH(QString, code);
        QFETCH(QString, text);
        QFETCH(int, type);
        QFETCH(ErrorKind, kind);
        const QSqlError sqlError(QStringLiteral("driver"), text, QSqlError::ErrorType(type), code);
        const Error e = SqlErrorMap::toError(sqlError, QStringLiteral("Doing a thing"));
        QCOMPARE(e.kind, kind);
        QVERIFY2(e.message.contains(QLatin1String("Doing a thing")), qPrintable(e.message));
        QVERIFY2(e.message.contains(text), qPrintable(e.message));
    }

    // --- PostgreSQL -----------------------------------------------------------------------

    void open_postgres_migratesIsIdempotentAndRefusesNewer()
    {
        auto config = test::freshPostgresDatabase(QStringLiteral("pm_tst_database"));
        QVERIFY2(config.ok(), qPrintable(describe(config)));
        {
            auto db = ProductSchema::open(config.value());
            QVERIFY2(db.ok(), qPrintable(describe(db)));
            QCOMPARE(db.value()->schemaVersion(), ProductSchema::Version);
            ProductRepository repo(*db.value(), m_clock);
            QVERIFY(repo.create({QStringLiteral("Kept"), Money(100)}).ok());
        }
        {
            auto db = ProductSchema::open(config.value());
            QVERIFY2(db.ok(), qPrintable(describe(db)));
            ProductRepository repo(*db.value(), m_clock);
            QCOMPARE(repo.count().value(), 1);
            QCOMPARE(repo.listVersion().value(), 2); // 1 when new, one write since
            QSqlQuery q(db.value()->connection());
            QVERIFY(q.exec(QStringLiteral("UPDATE meta SET value = 42 WHERE key = "
                                          "'schema_version'")));
        }
        auto db = ProductSchema::open(config.value());
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, ErrorKind::SchemaTooNew);
        QVERIFY2(db.error().message.contains(QLatin1String("42")), qPrintable(db.error().message));
    }

    void migration3_postgres_titleRuleIsNotValidForOldRows()
    {
        auto config = test::freshPostgresDatabase(QStringLiteral("pm_tst_database_titles"));
        QVERIFY2(config.ok(), qPrintable(describe(config)));
        const QString longTitle(300, QLatin1Char('L'));
        {
            // As schema version 2 left it: no title rule, and a title another tool wrote.
            auto db = ProductSchema::open(config.value());
            QVERIFY2(db.ok(), qPrintable(describe(db)));
            QSqlQuery q(db.value()->connection());
            QVERIFY(q.exec(QStringLiteral("ALTER TABLE products DROP CONSTRAINT "
                                          "products_title_length")));
            QVERIFY(q.exec(QStringLiteral("UPDATE meta SET value = 2 WHERE key = "
                                          "'schema_version'")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO products (title, price_cents, created_ms, "
                                          "updated_ms) VALUES ('%1', 1, 1, 1)")
                                   .arg(longTitle)));
        }
        auto db = ProductSchema::open(config.value());
        QVERIFY2(db.ok(), qPrintable(describe(db)));
        QCOMPARE(db.value()->schemaVersion(), ProductSchema::Version);
        ProductRepository repo(*db.value(), m_clock);
        const auto rows = repo.list();
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->at(0).title, longTitle);
        const auto tooLong = db.value()->exec(
                QStringLiteral("INSERT INTO products (title, price_cents, created_ms, updated_ms) "
                               "VALUES (?, 1, 1, 1)"),
                {QString(201, QChar(0x00E9))});
        QVERIFY(!tooLong.ok());
        QCOMPARE(tooLong.error().kind, ErrorKind::InvalidInput);
        QVERIFY2(tooLong.error().message.contains(QLatin1String("products_title_length")),
                 qPrintable(tooLong.error().message));
        QVERIFY(!db.value()
                         ->exec(QStringLiteral("INSERT INTO products (title, price_cents, "
                                               "created_ms, updated_ms) VALUES (' ', 1, 1, 1)"))
                         .ok());
        QVERIFY(repo.create({QString(200, QChar(0x00E9)), Money(1)}).ok());
    }

    void open_postgres_fromUrlWithSocketDirectory()
    {
        auto socketDir = test::postgresSocketDir();
        QVERIFY2(socketDir.ok(), qPrintable(describe(socketDir)));
        QVERIFY(test::freshPostgresDatabase(QStringLiteral("pm_tst_database_url")).ok());
        const auto config = DatabaseConfig::fromUrl(
                QStringLiteral("postgresql:///pm_tst_database_url?host=%1&user=postgres")
                        .arg(socketDir.value()));
        QVERIFY2(config.ok(), qPrintable(describe(config)));
        auto db = ProductSchema::open(config.value());
        QVERIFY2(db.ok(), qPrintable(describe(db)));
        QCOMPARE(db.value()->driver(), DatabaseConfig::Driver::Postgres);
        QStringList sql;
        db.value()->setSqlObserver([&sql](const SqlEvent &e) { sql << e.sql; });
        QVERIFY(db.value()->beginWrite().ok());
        db.value()->rollback();
        QCOMPARE(sql, QStringList({QStringLiteral("BEGIN"), QStringLiteral("ROLLBACK")}));
    }

    void open_postgresUnreachable_isUnavailable()
    {
        DatabaseConfig c;
        c.driver = DatabaseConfig::Driver::Postgres;
        c.host = m_dir.filePath(QStringLiteral("no-server-here"));
        c.name = QStringLiteral("nothing");
        c.user = QStringLiteral("postgres");
        c.password = QStringLiteral("hunter2");
        auto db = ProductSchema::open(c);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, ErrorKind::Unavailable);
        QVERIFY2(!db.error().message.contains(QLatin1String("hunter2")),
                 qPrintable(db.error().message));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
