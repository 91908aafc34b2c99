#include "db/sqlitefastpath.h"

#include <algorithm>

#include "core/logging.h"
#include "db/sqlerrormap.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>

#include <sqlite3.h>

namespace pm {

SqliteFastPath::SqliteFastPath(sqlite3 *handle, const SqlObserver &observer)
    : m_sqlite(handle)
    , m_observer(observer)
{ }

SqliteFastPath::~SqliteFastPath()
{
    m_walWatch.reset(); // it reads the connection's own WAL-index mapping
    for (auto &cached : m_cachedStatements)
        sqlite3_finalize(cached.second);
}

Result<int> SqliteFastPath::select(const QString &sql, const QVariantList &bound,
                                   const std::function<void(sqlite3_stmt *)> &row)
{
    QElapsedTimer timer;
    if (m_observer)
        timer.start();
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v2(m_sqlite, utf8.constData(), int(utf8.size()), &stmt, nullptr);
    if (rc != SQLITE_OK)
        return failure(rc, sql, bound, timer);
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> guard(stmt, sqlite3_finalize);
    return step(stmt, sql, bound, row, timer);
}

Result<int> SqliteFastPath::selectCached(const QString &sql, const QVariantList &bound,
                                         const std::function<void(sqlite3_stmt *)> &row)
{
    QElapsedTimer timer;
    if (m_observer)
        timer.start();
    sqlite3_stmt *stmt = nullptr;
    for (const auto &cached : m_cachedStatements) {
        if (cached.first == sql) {
            stmt = cached.second;
            break;
        }
    }
    if (!stmt) {
        const QByteArray utf8 = sql.toUtf8();
        const int rc = sqlite3_prepare_v3(m_sqlite, utf8.constData(), int(utf8.size()),
                                          SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
        if (rc != SQLITE_OK)
            return failure(rc, sql, bound, timer);
        m_cachedStatements.emplace_back(sql, stmt);
    }
    // Reset on every exit, so a kept statement never holds a read transaction open.
    const std::unique_ptr<sqlite3_stmt, void (*)(sqlite3_stmt *)> guard(stmt, [](sqlite3_stmt *s) {
        sqlite3_reset(s);
        sqlite3_clear_bindings(s);
    });
    return step(stmt, sql, bound, row, timer);
}

Result<int> SqliteFastPath::step(sqlite3_stmt *stmt, const QString &sql, const QVariantList &bound,
                                 const std::function<void(sqlite3_stmt *)> &row,
                                 const QElapsedTimer &timer)
{
    int rc = SQLITE_OK;
    for (int i = 0; i < bound.size(); ++i) {
        const QVariant &v = bound.at(i);
        if (v.typeId() == QMetaType::QString) {
            const QByteArray text = v.toString().toUtf8();
            rc = sqlite3_bind_text(stmt, i + 1, text.constData(), int(text.size()),
                                   SQLITE_TRANSIENT);
        } else {
            rc = sqlite3_bind_int64(stmt, i + 1, v.toLongLong());
        }
        if (rc != SQLITE_OK)
            return failure(rc, sql, bound, timer);
    }
    int rows = 0;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        row(stmt);
        ++rows;
    }
    if (rc != SQLITE_DONE)
        return failure(rc, sql, bound, timer);
    if (m_observer)
        reportSql(m_observer, sql, bound, timer.nsecsElapsed(), rows, QString());
    return rows;
}

Error SqliteFastPath::failure(int rc, const QString &sql, const QVariantList &bound,
                              const QElapsedTimer &timer) const
{
    // The messages keep the translation context of the class they came from (pm::Database).
    const QSqlError e(QCoreApplication::translate("pm::Database", "SQLite error"),
                      QString::fromUtf8(sqlite3_errmsg(m_sqlite)), QSqlError::StatementError,
                      QString::number(rc));
    if (m_observer)
        reportSql(m_observer, sql, bound, timer.nsecsElapsed(), -1, e.text());
    return SqlErrorMap::toError(
            e, QCoreApplication::translate("pm::Database", "Reading from the database"));
}

Result<std::array<qint64, 3>> SqliteFastPath::int64RowUntilChanged(const QString &sql,
                                                                   qint64 fallback,
                                                                   bool watchAllowed)
{
    std::array<qint64, 3> v{fallback, fallback, fallback};
    // Inside a transaction our own uncommitted writes are visible to SQL but not yet in the
    // WAL index: always ask SQLite then.
    const bool autocommit = sqlite3_get_autocommit(m_sqlite) != 0;
    WalIndexWatch::Stamp stamp;
    // The stamp is read BEFORE the statement runs: a commit in between leaves an older stamp
    // with a newer answer, which only costs one more real read next time, never a stale one.
    const bool stamped = autocommit && m_walWatch && m_walWatch->read(stamp);
    if (stamped && stamp == m_stamp) {
        for (const auto &known : m_known) {
            if (known.first == sql) {
                ++m_fromMemory;
                return known.second;
            }
        }
    }
    auto r = selectCached(sql, {}, [&v](sqlite3_stmt *stmt) {
        const int columns = std::min(sqlite3_column_count(stmt), int(v.size()));
        for (int i = 0; i < columns; ++i)
            v[size_t(i)] = sqlite3_column_int64(stmt, i);
    });
    if (!r)
        return r.error();
    ++m_ran;
    if (!m_walWatchTried && watchAllowed && autocommit) {
        // After the first read the WAL index exists (if the database is in WAL mode at all).
        m_walWatchTried = true;
        // Only a shared-memory WAL index (WAL mode, normal locking) is one other processes
        // write to; in exclusive locking mode it lives on the heap.
        auto pragma = [this](const char *sql) {
            QString text;
            auto r = select(QString::fromLatin1(sql), {}, [&text](sqlite3_stmt *stmt) {
                text = QString::fromUtf8(
                        reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
            });
            return r ? text.toLower() : QString();
        };
        if (pragma("PRAGMA main.journal_mode") == QLatin1String("wal")
            && pragma("PRAGMA main.locking_mode") == QLatin1String("normal"))
            m_walWatch = WalIndexWatch::open(m_sqlite);
        qCDebug(lcDb) << "list-version fast path:"
                      << (m_walWatch ? "WAL-index watch" : "none (SQL every time)");
        return v; // no stamp was read before this statement
    }
    if (!stamped)
        return v;
    if (stamp != m_stamp) {
        m_stamp = stamp;
        m_known.clear();
    }
    bool found = false;
    for (auto &known : m_known) {
        if (known.first == sql) {
            known.second = v;
            found = true;
        }
    }
    if (!found)
        m_known.emplace_back(sql, v);
    return v;
}

} // namespace pm
