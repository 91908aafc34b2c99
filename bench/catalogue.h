#pragma once

#include "core/clock.h"
#include "db/database.h"
#include "products/productrepository.h"
#include "products/productschema.h"
#include "products/productseeder.h"

#include <QTemporaryDir>

#include <memory>

namespace pm::bench {

/// A seeded SQLite catalogue of n products in a temporary directory.
struct Catalogue
{
    QTemporaryDir dir{QStringLiteral("/tmp/pmbench-db-XXXXXX")};
    std::unique_ptr<Database> db;
    std::unique_ptr<ProductRepository> repo;
    QString path;

    QString open(int n)
    {
        path = dir.path() + QStringLiteral("/products.db");
        auto config = DatabaseConfig::fromUrl(QStringLiteral("sqlite://") + path);
        if (!config)
            return config.error().toString();
        auto opened = ProductSchema::open(config.value());
        if (!opened)
            return opened.error().toString();
        db = std::move(opened.value());
        repo = std::make_unique<ProductRepository>(*db, SystemClock::instance());
        auto inserted = repo->insertMany(ProductSeeder::generate(n), {}, QStringLiteral("seed"));
        if (!inserted)
            return inserted.error().toString();
        return {};
    }
    /// Closes this process's connection, for a program that opens the file itself.
    void close()
    {
        repo.reset();
        db.reset();
    }
};

} // namespace pm::bench
