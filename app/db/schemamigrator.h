#pragma once

#include "core/result.h"
#include "db/databaseconfig.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace pm {

class Database;

/// One step of a schema: the statements that take a database from version `version - 1` to
/// `version`, for the connection's driver. Called when the step runs (inside the migration's
/// transaction), so a step may draw values such as random identities then.
struct MigrationStep
{
    int version = 0;
    std::function<QStringList(DatabaseConfig::Driver)> statements;
};

/// The tables a room defines, as numbered steps 1..version (products/productschema.h).
struct Schema
{
    int version = 0; ///< the last step's version: what a database is migrated to
    std::vector<MigrationStep> steps;
};

/// Brings a database to a Schema's version. The version lives in the `meta` table
/// (key 'schema_version'), which this class creates; rooms may keep other rows in it.
/// All pending steps and the new version are written in one transaction, so a failing step
/// leaves the database as it was. A database written by a newer schema is refused
/// (SchemaTooNew), and so is an upgrade of a read-only one (ReadOnly).
class SchemaMigrator
{
public:
    explicit SchemaMigrator(Database &db);

    Result<void> migrate(const Schema &schema);
    /// The version stored in the database: 0 when there is no meta table yet.
    Result<int> storedVersion();

private:
    Result<void> applyStep(const Schema &schema, int version);

    Database &m_db;
};

} // namespace pm
