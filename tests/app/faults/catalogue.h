#pragma once
// A real SQLite catalogue and a product cache over a real Redis, for the fault tests.

#include "cache/cache.h"
#include "cache/redisbackend.h"
#include "cache/valuecodec.h"
#include "core/clock.h"
#include "db/database.h"
#include "products/productlistcodec.h"
#include "products/productrepository.h"
#include "products/productschema.h"
#include "redis/redisoptions.h"

#include <QTemporaryDir>

#include <memory>

namespace pm::test {

/// A product cache (the product_list codec registered, read errors reported to the service)
/// over a Redis backend built from explicit options, so a test can set any of them.
inline std::unique_ptr<Cache> productCache(const RedisOptions &options,
                                           CacheOptions cacheOptions = {})
{
    ValueCodec codec;
    ProductListCodec::registerWith(codec);
    cacheOptions.readErrorsAreMisses = false;
    return std::make_unique<Cache>(std::make_unique<RedisBackend>(options, codec),
                                   std::move(cacheOptions));
}

inline RedisOptions unixRedisOptions(const QString &socketPath, int db = 0)
{
    RedisOptions o;
    o.transport = RedisOptions::Transport::Unix;
    o.socketPath = socketPath;
    o.db = db;
    return o;
}

/// A SQLite catalogue in a temporary directory with a few products.
class Catalogue
{
public:
    explicit Catalogue(int products = 3)
    {
        auto config = DatabaseConfig::fromUrl(QStringLiteral("sqlite://")
                                              + m_dir.filePath(QStringLiteral("catalogue.db")));
        if (!config)
            return;
        auto db = ProductSchema::open(config.value());
        if (!db)
            return;
        m_db = std::move(db.value());
        m_repo = std::make_unique<ProductRepository>(*m_db, m_clock);
        QList<ProductFields> rows;
        for (int i = 0; i < products; ++i)
            rows.append(ProductFields{QStringLiteral("Product %1").arg(i), Money(100 + i)});
        if (!rows.isEmpty() && !m_repo->insertMany(rows).ok())
            m_repo.reset();
    }
    bool isValid() const { return m_repo != nullptr; }
    ProductRepository &repository() { return *m_repo; }
    Database &database() { return *m_db; }
    ProductList databaseList()
    {
        auto rows = m_repo->list();
        return rows ? rows.value() : ProductList();
    }
    ManualClock &clock() { return m_clock; }

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ProductRepository> m_repo;
};

} // namespace pm::test
