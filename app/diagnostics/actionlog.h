#pragma once

#include "diagnostics/actionrecord.h"

#include <QList>
#include <QObject>

#include <deque>

namespace pm {

/**
 * The UI actions the debug panel times (Timer, History and Charts tabs). Lives in the UI
 * thread: the window begins an action when it sends a request and fills in the times as the
 * answer arrives; the panel routes the drained cache calls and SQL to their action by
 * actionId. Keeps the last HistorySize actions (a ring) plus any pinned ones, which stay
 * until unpinned; memory is bounded by ActionRecord::MaxKeptRecords per action.
 */
class ActionLog : public QObject
{
    Q_OBJECT
public:
    static constexpr int HistorySize = 50;
    /// Pins are a user's choice, but still bounded: the oldest pin goes beyond this.
    static constexpr int MaxPinned = 200;

    explicit ActionLog(QObject *parent = nullptr);

    /// Starts an action. An id already present is restarted.
    void begin(int id, const QString &name, qint64 startMs);
    /// Renames an action (e.g. a list load the user asked for is a "refresh").
    void rename(int id, const QString &name);
    /// Worker figures of the request: thread CPU time and worker wall time.
    void setWorkerTimes(int id, qint64 cpuNs, qint64 workerNs);
    void setWallTime(int id, qint64 ns);
    void setModelTime(int id, qint64 ns);
    void setPaintTime(int id, qint64 ns);
    void setFailed(int id);
    /// Adds each call to its action (by actionId); calls of unknown actions are ignored.
    void addCacheCalls(const QList<CacheCallRecord> &calls);
    void addSql(const QList<SqlRecord> &statements);

    void setPinned(int id, bool pinned);
    /// Forgets one action (e.g. the debug panel's own Explain, which is no user action).
    void forget(int id);
    /// Forgets every unpinned action (Reset statistics).
    void clearUnpinned();

    /// nullptr if the action is not (or no longer) kept.
    const ActionRecord *find(int id) const;
    bool contains(int id) const { return find(id) != nullptr; }
    /// Kept actions, oldest first (pinned ones at their place in time).
    const std::deque<ActionRecord> &actions() const { return m_actions; }
    int size() const { return int(m_actions.size()); }
    int pinnedCount() const;

signals:
    /// A new action was begun (the oldest unpinned one may have been removed first).
    void actionAdded(int id);
    /// An action's times, counts, name or pin changed.
    void actionChanged(int id);
    /// Actions were removed (ring overflow or clearUnpinned()).
    void actionsRemoved(const QList<int> &ids);

private:
    ActionRecord *findMutable(int id);
    void trim();

    std::deque<ActionRecord> m_actions; // oldest first
};

} // namespace pm
