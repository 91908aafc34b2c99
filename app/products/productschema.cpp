#include "products/productschema.h"

#include "products/product.h"

#include <QRandomGenerator>

namespace pm {

namespace {

using Driver = DatabaseConfig::Driver;

/// What QString::trimmed() removes (QChar::isSpace), for the database's title rule.
QString titleTrimCharacters()
{
    QString spaces;
    for (char32_t c = 1; c <= 0x3000; ++c) {
        if (QChar::isSpace(c))
            spaces += QChar(char16_t(c));
    }
    return spaces;
}

QStringList productsTable(Driver driver)
{
    // Timestamps are integer ms since the epoch (UTC): parsing datetimes would dominate a
    // full list load. No index on created_ms: it makes the full sorted load slower.
    return {QStringLiteral("CREATE TABLE products ("
                           "id %1, "
                           "title TEXT NOT NULL, "
                           "price_cents BIGINT NOT NULL "
                           "CHECK (price_cents BETWEEN 0 AND 9999999999), "
                           "created_ms BIGINT NOT NULL, "
                           "updated_ms BIGINT NOT NULL)")
                    .arg(driver == Driver::Sqlite
                                 ? QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT")
                                 : QStringLiteral("BIGSERIAL PRIMARY KEY")),
            QStringLiteral("INSERT INTO meta (key, value) VALUES ('list_version', 1) "
                           "ON CONFLICT (key) DO NOTHING")};
}

QStringList catalogueId(Driver)
{
    // A random identity for this catalogue. A cached list carries it, so two catalogues
    // sharing one cache (or a catalogue deleted and created anew) can never serve each
    // other's list even when their list versions are equal.
    return {QStringLiteral("INSERT INTO meta (key, value) VALUES ('catalogue_id', %1) "
                           "ON CONFLICT (key) DO NOTHING")
                    .arg(qint64(QRandomGenerator::system()->generate64() >> 1))};
}

QStringList listStamp(Driver)
{
    // The list stamp: a random number that every write replaces, in the same statement
    // that bumps list_version. (version, stamp) names one state of the catalogue; a
    // restored backup or a promoted replica that reaches an old version again does so
    // with other stamps, so a list cached for the old history is never served to it.
    return {QStringLiteral("INSERT INTO meta (key, value) VALUES ('list_stamp', %1) "
                           "ON CONFLICT (key) DO NOTHING")
                    .arg(qint64(QRandomGenerator::system()->generate64() >> 1))};
}

QStringList titleRule(Driver driver)
{
    // The title rule of the app (ProductRules::validateTitle: 1–200 characters after
    // trimming) in the database too, so that another tool cannot write a title the app
    // would refuse. Rows written before stay as they are (and still load): SQLite checks
    // in triggers, which only see new writes; PostgreSQL's constraint is NOT VALID, which
    // checks new and updated rows but not the existing ones.
    constexpr int maxLength = ProductRules::MaxTitleLength;
    const QString quoted = QLatin1Char('\'') + titleTrimCharacters() + QLatin1Char('\'');
    const QString message
            = QStringLiteral("a product title must have 1 to %1 characters").arg(maxLength);
    if (driver == Driver::Sqlite) {
        const QString when = QStringLiteral("WHEN length(trim(NEW.title, %1)) NOT BETWEEN 1 "
                                            "AND %2 BEGIN SELECT RAISE(ABORT, '%3'); END")
                                     .arg(quoted)
                                     .arg(maxLength)
                                     .arg(message);
        return {QStringLiteral("CREATE TRIGGER IF NOT EXISTS products_title_insert "
                               "BEFORE INSERT ON products ")
                        + when,
                QStringLiteral("CREATE TRIGGER IF NOT EXISTS products_title_update "
                               "BEFORE UPDATE OF title ON products ")
                        + when};
    }
    return {QStringLiteral("ALTER TABLE products ADD CONSTRAINT products_title_length "
                           "CHECK (char_length(btrim(title, %1)) BETWEEN 1 AND %2) "
                           "NOT VALID")
                    .arg(quoted)
                    .arg(maxLength)};
}

} // namespace

const Schema &ProductSchema::schema()
{
    static const Schema schema{Version,
                               {
                                       {1, productsTable},
                                       {2, catalogueId},
                                       {3, listStamp},
                                       {4, titleRule},
                               }};
    return schema;
}

Result<std::unique_ptr<Database>> ProductSchema::open(const DatabaseConfig &config)
{
    return Database::open(config, schema());
}

} // namespace pm
