#pragma once

#include "core/result.h"
#include "db/database.h"
#include "db/schemamigrator.h"

#include <memory>

namespace pm {

/// The catalogue's tables, owned by products: `products`, the `meta` rows the list needs
/// (list_version, catalogue_id, list_stamp), and the title rule's triggers or constraint.
/// Database and SchemaMigrator (app/db) run the steps without knowing what they create.
class ProductSchema
{
public:
    /// 1: products and list_version; 2: catalogue_id; 3: the list stamp; 4: the database
    /// enforces the title rule (1–ProductRules::MaxTitleLength characters after trimming).
    static constexpr int Version = 4;

    /// The steps 1..Version, for Database::open().
    static const Schema &schema();
    /// Opens the catalogue at `config` and migrates it to this schema: Database::open() with
    /// schema(), and its errors.
    static Result<std::unique_ptr<Database>> open(const DatabaseConfig &config);
};

} // namespace pm
