// SchemaMigrator with a schema of its own: app/db migrates whatever steps it is handed and
// knows nothing of products (their schema is app/products/productschema.*).
#include "db/database.h"
#include "db/schemamigrator.h"
#include "pgsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pm;

Q_DECLARE_METATYPE(pm::DatabaseConfig::Driver)

namespace {

template<typename T>
QString describe(const Result<T> &r)
{
    return r.ok() ? QStringLiteral("ok") : r.error().toString();
}

QStringList sql(const QString &statement)
{
    return {statement};
}

/// Steps 1..version of a small schema: 1 creates widgets, 2 adds a row, 3 creates gadgets.
Schema widgetSchema(int version)
{
    Schema s;
    s.version = version;
    const std::vector<MigrationStep> all{
            {1,
             [](DatabaseConfig::Driver) {
                 return sql(QStringLiteral("CREATE TABLE widgets (name TEXT NOT NULL)"));
             }},
            {2,
             [](DatabaseConfig::Driver) {
                 return QStringList{QStringLiteral("INSERT INTO widgets (name) VALUES ('first')"),
                                    QStringLiteral("INSERT INTO meta (key, value) VALUES "
                                                   "('widget_rows', 1)")};
             }},
            {3,
             [](DatabaseConfig::Driver) {
                 return sql(QStringLiteral("CREATE TABLE gadgets (name TEXT NOT NULL)"));
             }},
    };
    for (const MigrationStep &step : all) {
        if (step.version <= version)
            s.steps.push_back(step);
    }
    return s;
}

qint64 scalar(Database &db, const QString &statement)
{
    qint64 v = -1;
    auto r = db.select(statement, {}, [&v](const QSqlQuery &q) { v = q.value(0).toLongLong(); });
    return r ? v : -2;
}

bool hasTable(Database &db, const QString &name)
{
    return db.connection().tables().contains(name, Qt::CaseInsensitive);
}

} // namespace

class TestSchemaMigrator : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_databases = 0;

    /// A new, empty database of the row's driver.
    Result<DatabaseConfig> freshDatabase()
    {
        QFETCH(DatabaseConfig::Driver, driver);
        ++m_databases;
        if (driver == DatabaseConfig::Driver::Sqlite) {
            DatabaseConfig c;
            c.path = m_dir.filePath(QStringLiteral("m%1.db").arg(m_databases));
            return c;
        }
        auto c = test::freshPostgresDatabase(QStringLiteral("pm_tst_schemamigrator"));
        if (!c)
            return c;
        // freshPostgresDatabase() empties the products' tables; these are this test's.
        auto db = Database::open(c.value(), Schema{});
        if (!db)
            return db.error();
        // DROP cannot be a prepared statement on PostgreSQL: a plain exec.
        QSqlQuery q(db.value()->connection());
        if (!q.exec(QStringLiteral("DROP TABLE IF EXISTS widgets, gadgets")))
            return Error(ErrorKind::Database, q.lastError().text());
        return c;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void drivers()
    {
        QTest::addColumn<DatabaseConfig::Driver>("driver");
        QTest::newRow("sqlite") << DatabaseConfig::Driver::Sqlite;
        QTest::newRow("postgresql") << DatabaseConfig::Driver::Postgres;
    }

    void open_freshDatabase_runsEveryStepAndCreatesNothingElse_data() { drivers(); }
    void open_freshDatabase_runsEveryStepAndCreatesNothingElse()
    {
        auto config = freshDatabase();
        QVERIFY2(config.ok(), qPrintable(describe(config)));
        auto db = Database::open(config.value(), widgetSchema(2));
        QVERIFY2(db.ok(), qPrintable(describe(db)));
        QCOMPARE(db.value()->schemaVersion(), 2);
        QCOMPARE(scalar(*db.value(), QStringLiteral("SELECT count(*) FROM widgets")), 1);
        QCOMPARE(scalar(*db.value(),
                        QStringLiteral("SELECT value FROM meta WHERE key = 'widget_rows'")),
                 1);
        // The products' tables are not app/db's to create.
        QVERIFY(!hasTable(*db.value(), QStringLiteral("products")));
        QVERIFY(!hasTable(*db.value(), QStringLiteral("gadgets")));
    }

    void open_again_runsNoStepTwice_andANewStepOnlyOnce_data() { drivers(); }
    void open_again_runsNoStepTwice_andANewStepOnlyOnce()
    {
        auto config = freshDatabase();
        QVERIFY2(config.ok(), qPrintable(describe(config)));
        QVERIFY(Database::open(config.value(), widgetSchema(2)).ok());
        {
            auto db = Database::open(config.value(), widgetSchema(2));
            QVERIFY2(db.ok(), qPrintable(describe(db)));
            QCOMPARE(scalar(*db.value(), QStringLiteral("SELECT count(*) FROM widgets")), 1);
        }
        auto db = Database::open(config.value(), widgetSchema(3));
        QVERIFY2(db.ok(), qPrintable(describe(db)));
        QCOMPARE(db.value()->schemaVersion(), 3);
        QCOMPARE(scalar(*db.value(), QStringLiteral("SELECT count(*) FROM widgets")), 1);
        QVERIFY(hasTable(*db.value(), QStringLiteral("gadgets")));
    }

    void open_failingStep_leavesTheDatabaseAsItWas_data() { drivers(); }
    void open_failingStep_leavesTheDatabaseAsItWas()
    {
        auto config = freshDatabase();
        QVERIFY2(config.ok(), qPrintable(describe(config)));
        QVERIFY(Database::open(config.value(), widgetSchema(1)).ok());

        Schema broken = widgetSchema(3);
        broken.version = 4;
        broken.steps.push_back({4, [](DatabaseConfig::Driver) {
                                    return sql(
                                            QStringLiteral("INSERT INTO no_such_table VALUES (1)"));
                                }});
        auto failed = Database::open(config.value(), broken);
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().kind, ErrorKind::Database);
        QVERIFY2(
                failed.error().message.contains(QLatin1String("Migrating the schema to version 4")),
                qPrintable(failed.error().message));

        // Steps 2 and 3 ran in the same transaction as the failing step: none of them stays.
        auto db = Database::open(config.value(), widgetSchema(1));
        QVERIFY2(db.ok(), qPrintable(describe(db)));
        QCOMPARE(db.value()->schemaVersion(), 1);
        QCOMPARE(scalar(*db.value(), QStringLiteral("SELECT count(*) FROM widgets")), 0);
        QVERIFY(!hasTable(*db.value(), QStringLiteral("gadgets")));
    }

    void open_missingStep_isInternalAndWritesNothing_data() { drivers(); }
    void open_missingStep_isInternalAndWritesNothing()
    {
        auto config = freshDatabase();
        QVERIFY2(config.ok(), qPrintable(describe(config)));
        Schema gap = widgetSchema(3);
        gap.steps.erase(gap.steps.begin() + 1); // no step 2
        auto failed = Database::open(config.value(), gap);
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().kind, ErrorKind::Internal);
        QVERIFY2(failed.error().message.contains(QLatin1String("No migration to schema version 2")),
                 qPrintable(failed.error().message));

        auto db = Database::open(config.value(), Schema{});
        QVERIFY2(db.ok(), qPrintable(describe(db)));
        QVERIFY(!hasTable(*db.value(), QStringLiteral("widgets")));
    }

    void open_newerDatabase_isSchemaTooNew_data() { drivers(); }
    void open_newerDatabase_isSchemaTooNew()
    {
        auto config = freshDatabase();
        QVERIFY2(config.ok(), qPrintable(describe(config)));
        QVERIFY(Database::open(config.value(), widgetSchema(3)).ok());
        auto db = Database::open(config.value(), widgetSchema(2));
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, ErrorKind::SchemaTooNew);
        QVERIFY2(db.error().message.contains(QLatin1String("schema version 3")),
                 qPrintable(db.error().message));
        QVERIFY2(db.error().message.contains(QLatin1String("up to 2")),
                 qPrintable(db.error().message));
    }
};

QTEST_GUILESS_MAIN(TestSchemaMigrator)
#include "tst_schemamigrator.moc"
