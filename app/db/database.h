#pragma once

#include "core/result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace pm {

/// Where the catalogue lives, parsed from a URL:
///   sqlite:///absolute/path/products.db   (or a plain file path)
///   postgresql://user[:password]@host[:port]/dbname   host may be a socket directory,
///   postgresql:///dbname?host=/run/postgresql&user=me
struct DatabaseConfig
{
    enum class Driver { Sqlite, Postgres };
    Driver driver = Driver::Sqlite;
    QString path; ///< SQLite file
    QString host; ///< PostgreSQL host name or socket directory
    int port = 5432;
    QString user;
    QString password; ///< never logged
    QString name;     ///< PostgreSQL database name

    static Result<DatabaseConfig> fromUrl(const QString &url);
    /// The URL with any password masked ("***"): safe for logs and the UI.
    QString redactedUrl() const;
};

/// One open connection to the catalogue, owned by the thread that opened it.
/// Opening applies the pragmas (SQLite: WAL, busy_timeout, foreign keys) and runs the
/// versioned migrations; a database written by a newer version is refused.
class Database
{
public:
    static constexpr int SchemaVersion = 1;

    /// Opens a new connection with a unique connection name. Errors: Unavailable (cannot
    /// connect), ReadOnly, Locked, Corrupt (not a database), SchemaTooNew, Database.
    static Result<std::unique_ptr<Database>> open(const DatabaseConfig &config);
    ~Database(); // closes and removes the named connection

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    const DatabaseConfig &config() const { return m_config; }
    DatabaseConfig::Driver driver() const { return m_config.driver; }
    int schemaVersion() const;

    /// Write transactions: BEGIN IMMEDIATE on SQLite (so a read-then-write never fails with
    /// "database is locked" despite the busy timeout), BEGIN on PostgreSQL.
    Result<void> beginWrite();
    Result<void> commit();
    void rollback();

    /// Maps a QSqlError to our taxonomy (Locked, ReadOnly, Corrupt, Unavailable, Database).
    static Error toError(const class QSqlError &error, const QString &context);

private:
    explicit Database(DatabaseConfig config, QString connectionName);
    Result<void> configure();
    Result<void> migrate();

    DatabaseConfig m_config;
    QString m_connectionName;
};

} // namespace pm
