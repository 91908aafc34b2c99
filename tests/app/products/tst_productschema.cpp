// The catalogue's schema, owned by products and run by app/db's SchemaMigrator.
#include "db/database.h"
#include "pgsupport.h"
#include "products/product.h"
#include "products/productschema.h"

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

qint64 metaValue(Database &db, const QString &key)
{
    qint64 v = -1;
    auto r = db.select(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key},
                       [&v](const QSqlQuery &q) { v = q.value(0).toLongLong(); });
    return r ? v : -2;
}

} // namespace

class TestProductSchema : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_databases = 0;

    Result<DatabaseConfig> freshDatabase(DatabaseConfig::Driver driver)
    {
        ++m_databases;
        if (driver == DatabaseConfig::Driver::Postgres)
            return test::freshPostgresDatabase(QStringLiteral("pm_tst_productschema"));
        DatabaseConfig c;
        c.path = m_dir.filePath(QStringLiteral("c%1.db").arg(m_databases));
        return c;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void schema_hasOneStepPerVersion()
    {
        const Schema &schema = ProductSchema::schema();
        QCOMPARE(schema.version, ProductSchema::Version);
        QCOMPARE(int(schema.steps.size()), ProductSchema::Version);
        for (int i = 0; i < int(schema.steps.size()); ++i) {
            QCOMPARE(schema.steps[i].version, i + 1);
            QVERIFY(schema.steps[i].statements);
        }
    }

    void open_freshCatalogue_hasProductsAndTheListRows_data()
    {
        QTest::addColumn<DatabaseConfig::Driver>("driver");
        QTest::newRow("sqlite") << DatabaseConfig::Driver::Sqlite;
        QTest::newRow("postgresql") << DatabaseConfig::Driver::Postgres;
    }
    void open_freshCatalogue_hasProductsAndTheListRows()
    {
        QFETCH(DatabaseConfig::Driver, driver);
        qint64 ids[2] = {};
        for (qint64 &id : ids) {
            auto config = freshDatabase(driver);
            QVERIFY2(config.ok(), qPrintable(describe(config)));
            auto db = ProductSchema::open(config.value());
            QVERIFY2(db.ok(), qPrintable(describe(db)));
            Database &d = *db.value();
            QCOMPARE(d.schemaVersion(), ProductSchema::Version);
            QVERIFY(d.connection().tables().contains(QStringLiteral("products")));
            QCOMPARE(metaValue(d, QStringLiteral("list_version")), 1);
            QVERIFY(metaValue(d, QStringLiteral("list_stamp")) > 0);
            id = metaValue(d, QStringLiteral("catalogue_id"));
            QVERIFY(id > 0);
            // The title rule is the app's: the longest title it accepts, and one more.
            const QString longest(ProductRules::MaxTitleLength, QLatin1Char('x'));
            QVERIFY(d.exec(QStringLiteral("INSERT INTO products (title, price_cents, created_ms, "
                                          "updated_ms) VALUES (?, 1, 0, 0)"),
                           {longest})
                            .ok());
            auto tooLong = d.exec(QStringLiteral("INSERT INTO products (title, price_cents, "
                                                 "created_ms, updated_ms) VALUES (?, 1, 0, 0)"),
                                  {longest + QLatin1Char('x')});
            QVERIFY(!tooLong.ok());
            QCOMPARE(tooLong.error().kind, ErrorKind::InvalidInput);
        }
        QVERIFY2(ids[0] != ids[1], "two new catalogues share a catalogue_id");
    }
};

QTEST_GUILESS_MAIN(TestProductSchema)
#include "tst_productschema.moc"
