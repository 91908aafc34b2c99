#pragma once

#include "core/result.h"
#include "db/sqlevent.h"
#include "db/walindexwatch.h"

#include <QString>
#include <QVariantList>

#include <array>
#include <functional>
#include <memory>
#include <utility>
#include <vector>

class QElapsedTimer;
struct sqlite3;
struct sqlite3_stmt;

namespace pm {

/// Reads of a SQLite connection through the sqlite3 C API, for the paths where Qt's QVariant
/// per value costs too much (a full list load, the list-version probe of every cache hit), and
/// the WAL-index shortcut that answers that probe from memory while nothing was committed.
/// Belongs to one Database, whose connection owns the handle and must outlive this object.
class SqliteFastPath
{
public:
    /// `observer` is the owning Database's: every statement is reported to it, like select().
    SqliteFastPath(sqlite3 *handle, const SqlObserver &observer);
    ~SqliteFastPath(); // finalizes the kept statements: before the connection closes

    SqliteFastPath(const SqliteFastPath &) = delete;
    SqliteFastPath &operator=(const SqliteFastPath &) = delete;

    /// Prepares, binds (QString as text, anything else as int64), steps and finalizes.
    Result<int> select(const QString &sql, const QVariantList &bound,
                       const std::function<void(sqlite3_stmt *)> &row);
    /// As select(), but keeps the prepared statement for the next call with the same SQL.
    Result<int> selectCached(const QString &sql, const QVariantList &bound,
                             const std::function<void(sqlite3_stmt *)> &row);
    /// The first two integer columns of the first row (`fallback` without a row), from memory
    /// while the WAL-index header has not changed since the last real read
    /// (Database::selectInt64PairUntilChanged()).
    /// Up to three integers (Database::selectInt64RowUntilChanged()). `watchAllowed` false:
    /// never sets up the WAL-index watch (Database::setChangeWatchAllowed()).
    Result<std::array<qint64, 3>> int64RowUntilChanged(const QString &sql, qint64 fallback,
                                                       bool watchAllowed);

    qint64 fromMemory() const { return m_fromMemory; }
    qint64 ran() const { return m_ran; }
    bool hasChangeWatch() const { return m_walWatch != nullptr; }

private:
    Result<int> step(sqlite3_stmt *stmt, const QString &sql, const QVariantList &bound,
                     const std::function<void(sqlite3_stmt *)> &row, const QElapsedTimer &timer);
    Error failure(int rc, const QString &sql, const QVariantList &bound,
                  const QElapsedTimer &timer) const;

    sqlite3 *m_sqlite; // owned by the Qt driver
    const SqlObserver &m_observer;
    /// selectCached()'s statements.
    std::vector<std::pair<QString, sqlite3_stmt *>> m_cachedStatements;
    /// int64PairUntilChanged(): the WAL-index header its answers were read under.
    std::unique_ptr<WalIndexWatch> m_walWatch;
    bool m_walWatchTried = false;
    WalIndexWatch::Stamp m_stamp{};
    std::vector<std::pair<QString, std::array<qint64, 3>>> m_known;
    qint64 m_fromMemory = 0;
    qint64 m_ran = 0;
};

} // namespace pm
