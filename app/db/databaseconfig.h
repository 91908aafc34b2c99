#pragma once

#include "core/result.h"

#include <QString>

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
    QString name; ///< PostgreSQL database name
    /// SQLite: how long a writer waits for another writer's lock before failing with Locked.
    int busyTimeoutMs = 5000;
    /// PostgreSQL: seconds to wait for the server when connecting.
    int connectTimeoutS = 5;
    /// PostgreSQL: every statement ends within this many milliseconds, answered or not
    /// (URL parameter statement_timeout). The server cancels a slow statement itself a
    /// little earlier; a server that does not answer at all loses the connection.
    int statementTimeoutMs = 15000;

    static Result<DatabaseConfig> fromUrl(const QString &url);
    /// The URL these settings stand for, password included (percent-encoded): never log it.
    QString url() const;
    /// url() with any password masked ("***", redactUrl()): safe for logs and the UI.
    QString redactedUrl() const;
};

} // namespace pm
