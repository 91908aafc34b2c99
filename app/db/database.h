#pragma once

#include "core/result.h"
#include "db/databaseconfig.h"
#include "db/sqlevent.h"
#include "db/statementwatchdog.h"

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

class QSqlError;
struct sqlite3_stmt;

namespace pm {

class SchemaMigrator;
class SqliteFastPath;
struct Schema;

/// One open connection to the catalogue, owned by the thread that opened it.
/// Opening applies the pragmas (SQLite: WAL, busy_timeout, foreign keys) and migrates the
/// database to the schema it is given (SchemaMigrator); a database written by a newer version
/// is refused. What the tables are is the caller's (ProductSchema::open()).
class Database
{
    Q_DECLARE_TR_FUNCTIONS(pm::Database)
public:
    /// Opens a new connection with a unique connection name and migrates it to `schema`.
    /// Errors: Unavailable (cannot connect), ReadOnly, Locked, Corrupt (not a database),
    /// SchemaTooNew, Database. A SQLite file without write permission opens read-only: reads
    /// work, writes fail with ReadOnly.
    static Result<std::unique_ptr<Database>> open(const DatabaseConfig &config,
                                                  const Schema &schema);
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

    // --- Statement execution: every repository statement goes through these, so that each
    // --- one is reported to the observer exactly once with its duration and row count.

    /// Called on the connection's thread after every statement. Cheap when unset.
    void setSqlObserver(SqlObserver observer);

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
    bool hasSqliteHandle() const { return m_fastPath != nullptr; }
    /// SQLite fast path (SqliteFastPath) for big reads: runs a statement through the C API,
    /// skipping Qt's QVariant per value (which roughly doubles a full list load). row() reads the
    /// columns with sqlite3_column_*. Reported like select(). Internal error without a handle.
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
    qint64 untilChangedFromMemory() const;
    qint64 untilChangedRan() const;
    /// False when the memory path cannot be used (not SQLite, not WAL, no -shm file yet).
    bool hasChangeWatch() const;

private:
    friend class SchemaMigrator; // runs its DDL through execRaw()
    /// Brackets one PostgreSQL statement with the statement deadline (StatementWatchdog).
    class DeadlineScope;

    explicit Database(DatabaseConfig config, QString connectionName);
    Result<void> configure();
    Result<void> execRaw(const QString &sql, const QString &context);
    Result<int> selectOnce(const QString &sql, const QVariantList &bound,
                           const std::function<void(const QSqlQuery &)> &row, int *delivered);
    /// Maps a failed statement's error. On a lost PostgreSQL connection it reopens the
    /// connection once and returns an Unavailable error that says what became of the write.
    Error statementFailed(const QSqlError &error, const QString &context);
    bool isConnectionLost(const QSqlError &error) const;
    Result<void> reopen();
    void report(const QString &sql, const QVariantList &bound, qint64 ns, int rows,
                const QString &error) const;

    DatabaseConfig m_config;
    QString m_connectionName;
    QSqlDatabase m_db;
    SqlObserver m_observer;
    bool m_changeWatchAllowed = true;
    /// SQLite connections whose C handle is reachable; torn down before the connection closes.
    /// Reports to m_observer by reference.
    std::unique_ptr<SqliteFastPath> m_fastPath;
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
