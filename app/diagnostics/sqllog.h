#pragma once

#include "diagnostics/recordring.h"

#include "db/database.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QVariantList>

#include <deque>
#include <mutex>

namespace pm {

class Clock;

/// One SQL statement as the debug panel shows it.
struct SqlRecord
{
    QString sql;
    QVariantList bound;
    qint64 durationNs = 0;
    int rows = -1;
    QString error;
    qint64 timestampMs = 0;
    QString origin; ///< the UI action that caused it (CacheOrigin::current() of the thread)
    int actionId = 0; ///< that action's id (CacheOrigin::currentActionId()), 0 if none
    /// Earlier statements in the recent window with the same SQL (similar) and with the same
    /// SQL and the same bound values (duplicate; counted in `similar` too).
    int similar = 0;
    int duplicates = 0;

    bool isSimilar() const { return similar > 0; }
    bool isDuplicate() const { return duplicates > 0; }
};

/**
 * The SQL counterpart of CallLog: a thread-safe sink for Database::setSqlObserver() with a
 * bounded ring drained by take() in this object's thread. It flags similar and duplicate
 * statements against a bounded window of the most recent `capacity` statements.
 */
class SqlLog : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultCapacity = 2000;

    explicit SqlLog(const Clock &clock, int capacity = DefaultCapacity, QObject *parent = nullptr);

    /// Any thread (the Database's).
    void record(const SqlEvent &event);
    /// A function to hand to Database::setSqlObserver(); this log must outlive the database.
    std::function<void(const SqlEvent &)> observer();

    /// Removes and returns the records not taken yet, oldest first. Any thread.
    QList<SqlRecord> take() { return m_ring.take(); }
    /// Forgets the window of the similar/duplicate flags (Reset statistics).
    void resetFlags();
    int capacity() const { return m_ring.capacity(); }
    quint64 dropped() const { return m_ring.dropped(); }

    /// What makes two statements duplicates: the SQL and each bound value's type and text.
    static QString duplicateKey(const QString &sql, const QVariantList &bound);

signals:
    /// Records are waiting for take(). Emitted in this object's thread, once per batch.
    void recordsAvailable();

private:
    const Clock &m_clock;
    RecordRing<SqlRecord> m_ring;

    // The flag window, guarded by m_mutex: the keys of the last capacity() statements.
    std::deque<std::pair<QString, QString>> m_window; // (sql, duplicate key)
    QHash<QString, int> m_sqlCounts;
    QHash<QString, int> m_duplicateCounts;
    std::mutex m_mutex;
};

} // namespace pm
