#pragma once

#include "core/result.h"
#include "db/statementwatchdog.h"
#include "db/walindexwatch.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <array>
#include <functional>
#include <memory>
#include <utility>
#include <vector>

class QElapsedTimer;
class QSqlError;
struct sqlite3;
struct sqlite3_stmt;

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

/// One SQL statement as it ran, for the debug panel and statistics.
struct SqlEvent
{
    QString sql;
    QVariantList bound;
    qint64 durationNs = 0;
    int rows = -1; ///< rows returned (SELECT / RETURNING) or affected; -1 if unknown
    QString error; ///< empty on success
};

/// One open connection to the catalogue, owned by the thread that opened it.
/// Opening applies the pragmas (SQLite: WAL, busy_timeout, foreign keys) and runs the
/// versioned migrations; a database written by a newer version is refused.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(pm::Database)
public:
    /// 3: the list stamp; 4: the database enforces the title rule (1–TitleMaxLength
    /// characters after trimming).
    static constexpr int SchemaVersion = 4;
    /// ProductRules::MaxTitleLength, enforced by the schema (checked where both are known).
    static constexpr int TitleMaxLength = 200;

    /// Opens a new connection with a unique connection name. Errors: Unavailable (cannot
    /// connect), ReadOnly, Locked, Corrupt (not a database), SchemaTooNew, Database.
    /// A SQLite file without write permission opens read-only: reads work, writes fail
    /// with ReadOnly.
    static Result<std::unique_ptr<Database>> open(const DatabaseConfig &config);
    ~Database(); // closes and removes the named connection

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const { return m_db; }
    const DatabaseConfig &config() const { return m_config; }
    DatabaseConfig::Driver driver() const { return m_config.driver; }
    bool isReadOnly() const { return m_readOnly; }
    /// True when a SQLite file was opened immutable: its folder cannot be written, so SQLite
    /// cannot share a WAL index with writers. The connection then reads the file as it was
    /// when opened and does not see commits made later by anyone else.
    bool isSnapshot() const { return m_snapshot; }
    /// What the user should know about how the catalogue was opened (read-only, or a
    /// snapshot that does not follow other users' changes); empty when it is read-write.
    QString accessNote() const;
    /// The schema version stored in the database (0 if none), or -1 on error.
    int schemaVersion() const;

    /// Write transactions: BEGIN IMMEDIATE on SQLite (so a read-then-write never fails with
    /// "database is locked" despite the busy timeout), BEGIN on PostgreSQL.
    Result<void> beginWrite();
    Result<void> commit();
    void rollback();
    bool inTransaction() const { return m_inTransaction; }

    /// PostgreSQL: how many times a lost connection (server restart, pg_terminate_backend)
    /// was reopened. A statement that finds the connection lost reopens it once: a read
    /// outside a transaction (and BEGIN) is then retried once; a write never is, and its
    /// error says whether the change is known not to have been saved (lost before COMMIT)
    /// or unknown (lost during COMMIT). Callers compare this count to tell the user.
    int reconnects() const { return m_reconnects; }

    /// Maps a QSqlError to our taxonomy (Locked, ReadOnly, Corrupt, Unavailable,
    /// InvalidInput for constraint violations, Database).
    static Error toError(const QSqlError &error, const QString &context);

    // --- Statement execution: every repository statement goes through these, so that each
    // --- one is reported to the observer exactly once with its duration and row count.

    /// Called on the connection's thread after every statement. Cheap when unset.
    void setSqlObserver(std::function<void(const SqlEvent &)> observer);

    /// Prepares a statement for repeated execution with execPrepared(). Not reported.
    Result<QSqlQuery> prepare(const QString &sql);
    /// Binds positional values, executes and reports. Returns the affected row count.
    Result<int> execPrepared(QSqlQuery &query, const QVariantList &bound);
    /// Prepare + bind + execute + report, for statements that return no rows.
    /// Returns the affected row count.
    Result<int> exec(const QString &sql, const QVariantList &bound = {});
    /// Runs a statement that returns rows (SELECT or … RETURNING) on a forward-only query,
    /// calls row() for each, then reports once (duration includes fetching). Returns the
    /// number of rows.
    Result<int> select(const QString &sql, const QVariantList &bound,
                       const std::function<void(const QSqlQuery &)> &row);

    /// True on SQLite connections whose C handle is reachable (the fast path below works).
    bool hasSqliteHandle() const { return m_sqlite != nullptr; }
    /// SQLite fast path for big reads: runs a statement through the C API, skipping Qt's
    /// QVariant per value (which roughly doubles a full list load). row() reads the columns
    /// with sqlite3_column_*. Reported like select(). Internal error without a handle.
    Result<int> selectSqlite(const QString &sql, const QVariantList &bound,
                             const std::function<void(sqlite3_stmt *)> &row);
    /// As selectSqlite(), but keeps the prepared statement for the next call with the same
    /// SQL: for tiny hot statements such as the list-version probe of every cache hit, where
    /// preparing costs ten times more than running (bench/: 13 µs through QSqlQuery).
    Result<int> selectSqliteCached(const QString &sql, const QVariantList &bound,
                                   const std::function<void(sqlite3_stmt *)> &row);
    /// One integer (first column of the first row; `fallback` without a row) of a read that
    /// stays valid until the database changes, such as the list-version probe of every cache
    /// hit. On SQLite in WAL mode the answer comes from memory while no connection in any
    /// process has committed since it was read (WalIndexWatch: a few loads instead of a read
    /// transaction's lock syscalls); otherwise, and inside a transaction, the statement runs
    /// like selectSqliteCached(). Answers from memory are not reported to the observer.
    Result<qint64> selectInt64UntilChanged(const QString &sql, qint64 fallback);
    /// The same for a read of two integers (the first two columns of the first row; both
    /// `fallback` without a row): one probe for two values that change together.
    Result<std::pair<qint64, qint64>> selectInt64PairUntilChanged(const QString &sql,
                                                                  qint64 fallback);
    /// The same for up to three integers (the first columns of the first row; missing ones
    /// and all of them without a row are `fallback`): the list probe reads version, stamp and
    /// catalogue id in one statement.
    using Int64Row = std::array<qint64, 3>;
    Result<Int64Row> selectInt64RowUntilChanged(const QString &sql, qint64 fallback);
    /// Off: the until-changed reads above never set up the WAL-index watch (its set-up costs
    /// two statements), so every call runs its statement. For one-shot processes such as the
    /// command line, which read once and exit. On by default.
    void setChangeWatchAllowed(bool allowed) { m_changeWatchAllowed = allowed; }
    /// How selectInt64UntilChanged() answered: from memory, or by running the statement.
    qint64 untilChangedFromMemory() const { return m_untilChangedFromMemory; }
    qint64 untilChangedRan() const { return m_untilChangedRan; }
    /// False when the memory path cannot be used (not SQLite, not WAL, no -shm file yet).
    bool hasChangeWatch() const { return m_walWatch != nullptr; }

private:
    /// Brackets one PostgreSQL statement with the statement deadline (StatementWatchdog).
    class DeadlineScope;

    explicit Database(DatabaseConfig config, QString connectionName);
    Result<void> configure();
    Result<void> migrate();
    Result<int> readSchemaVersion();
    Result<void> applyMigration(int version);
    Result<void> execRaw(const QString &sql, const QString &context);
    Result<int> selectOnce(const QString &sql, const QVariantList &bound,
                           const std::function<void(const QSqlQuery &)> &row, int *delivered);
    /// Maps a failed statement's error. On a lost PostgreSQL connection it reopens the
    /// connection once and returns an Unavailable error that says what became of the write.
    Error statementFailed(const QSqlError &error, const QString &context);
    bool isConnectionLost(const QSqlError &error) const;
    Result<void> reopen();
    /// Binds, steps (calling row() for each row) and reports a prepared SQLite statement.
    Result<int> stepSqlite(sqlite3_stmt *stmt, const QString &sql, const QVariantList &bound,
                           const std::function<void(sqlite3_stmt *)> &row,
                           const QElapsedTimer &timer);
    Error sqliteFailure(int rc, const QString &sql, const QVariantList &bound,
                        const QElapsedTimer &timer) const;
    void report(const QString &sql, const QVariantList &bound, qint64 ns, int rows,
                const QString &error) const;

    DatabaseConfig m_config;
    QString m_connectionName;
    QSqlDatabase m_db;
    sqlite3 *m_sqlite = nullptr; // owned by the Qt driver
    /// selectSqliteCached()'s statements, finalized before the connection closes.
    std::vector<std::pair<QString, sqlite3_stmt *>> m_cachedStatements;
    /// selectInt64UntilChanged(): the WAL-index header its answers were read under.
    std::unique_ptr<WalIndexWatch> m_walWatch;
    bool m_walWatchTried = false;
    bool m_changeWatchAllowed = true;
    WalIndexWatch::Stamp m_untilChangedStamp{};
    std::vector<std::pair<QString, Int64Row>> m_untilChanged;
    qint64 m_untilChangedFromMemory = 0;
    qint64 m_untilChangedRan = 0;
    std::function<void(const SqlEvent &)> m_observer;
    bool m_readOnly = false;
    bool m_snapshot = false;
    bool m_inTransaction = false;
    bool m_committing = false; // COMMIT is on the wire: a lost connection leaves it unknown
    bool m_reopening = false;
    int m_reconnects = 0;
    QStringList m_listenChannels; // LISTEN channels to restore after a reconnect
    std::unique_ptr<StatementWatchdog> m_watchdog; // PostgreSQL only
    unsigned m_watchdogFiredSeen = 0;
};

} // namespace pm
