#include "diagnostics/actionlog.h"

#include <algorithm>

namespace pm {

ActionLog::ActionLog(QObject *parent)
    : QObject(parent)
{
    setObjectName(QStringLiteral("actionLog"));
}

ActionRecord *ActionLog::findMutable(int id)
{
    // Newest first: the action being filled in is almost always one of the last few.
    for (auto it = m_actions.rbegin(); it != m_actions.rend(); ++it) {
        if (it->id == id)
            return &*it;
    }
    return nullptr;
}

const ActionRecord *ActionLog::find(int id) const
{
    return const_cast<ActionLog *>(this)->findMutable(id);
}

int ActionLog::pinnedCount() const
{
    return int(std::count_if(m_actions.cbegin(), m_actions.cend(),
                             [](const ActionRecord &a) { return a.pinned; }));
}

void ActionLog::begin(int id, const QString &name, qint64 startMs)
{
    if (ActionRecord *existing = findMutable(id)) {
        const bool pinned = existing->pinned;
        *existing = ActionRecord();
        existing->id = id;
        existing->name = name;
        existing->startMs = startMs;
        existing->pinned = pinned;
        emit actionChanged(id);
        return;
    }
    ActionRecord record;
    record.id = id;
    record.name = name;
    record.startMs = startMs;
    m_actions.push_back(std::move(record));
    trim();
    emit actionAdded(id);
}

void ActionLog::trim()
{
    QList<int> removed;
    int unpinned = 0;
    int pinned = 0;
    for (const ActionRecord &a : m_actions)
        (a.pinned ? pinned : unpinned) += 1;
    // Oldest first: drop unpinned actions beyond the ring, then pins beyond their bound.
    for (auto it = m_actions.begin(); it != m_actions.end();) {
        const bool drop = it->pinned ? pinned > MaxPinned : unpinned > HistorySize;
        if (!drop) {
            ++it;
            continue;
        }
        (it->pinned ? pinned : unpinned) -= 1;
        removed.append(it->id);
        it = m_actions.erase(it);
    }
    if (!removed.isEmpty())
        emit actionsRemoved(removed);
}

void ActionLog::rename(int id, const QString &name)
{
    if (ActionRecord *a = findMutable(id); a && a->name != name) {
        a->name = name;
        emit actionChanged(id);
    }
}

void ActionLog::setWorkerTimes(int id, qint64 cpuNs, qint64 workerNs)
{
    if (ActionRecord *a = findMutable(id)) {
        a->cpuNs = cpuNs;
        a->workerNs = workerNs;
        emit actionChanged(id);
    }
}

void ActionLog::setWallTime(int id, qint64 ns)
{
    if (ActionRecord *a = findMutable(id)) {
        a->wallNs = ns;
        emit actionChanged(id);
    }
}

void ActionLog::setModelTime(int id, qint64 ns)
{
    if (ActionRecord *a = findMutable(id)) {
        a->modelNs = ns;
        emit actionChanged(id);
    }
}

void ActionLog::setPaintTime(int id, qint64 ns)
{
    if (ActionRecord *a = findMutable(id)) {
        a->paintNs = ns;
        emit actionChanged(id);
    }
}

void ActionLog::setFailed(int id)
{
    if (ActionRecord *a = findMutable(id)) {
        a->failed = true;
        emit actionChanged(id);
    }
}

void ActionLog::addCacheCalls(const QList<CacheCallRecord> &calls)
{
    QList<int> changed;
    ActionRecord *a = nullptr;
    for (const CacheCallRecord &call : calls) {
        if (call.actionId == 0)
            continue;
        if (!a || a->id != call.actionId)
            a = findMutable(call.actionId);
        if (!a)
            continue;
        ++a->cacheCalls;
        a->cacheNs += call.durationNs;
        a->hits += call.hits;
        a->misses += call.misses;
        a->maxCallNs = std::max(a->maxCallNs, call.durationNs);
        if (call.error)
            ++a->failures;
        if (a->calls.size() < ActionRecord::MaxKeptRecords)
            a->calls.append(call);
        if (!changed.contains(a->id))
            changed.append(a->id);
    }
    for (int id : std::as_const(changed))
        emit actionChanged(id);
}

void ActionLog::addSql(const QList<SqlRecord> &statements)
{
    QList<int> changed;
    ActionRecord *a = nullptr;
    for (const SqlRecord &statement : statements) {
        if (statement.actionId == 0)
            continue;
        if (!a || a->id != statement.actionId)
            a = findMutable(statement.actionId);
        if (!a)
            continue;
        ++a->statements;
        a->sqlNs += statement.durationNs;
        if (!statement.error.isEmpty())
            ++a->failures;
        if (a->sql.size() < ActionRecord::MaxKeptRecords)
            a->sql.append(statement);
        if (!changed.contains(a->id))
            changed.append(a->id);
    }
    for (int id : std::as_const(changed))
        emit actionChanged(id);
}

void ActionLog::setPinned(int id, bool pinned)
{
    ActionRecord *a = findMutable(id);
    if (!a || a->pinned == pinned)
        return;
    a->pinned = pinned;
    emit actionChanged(id);
    if (!pinned)
        trim(); // an unpinned action joins the ring and may be the oldest beyond it
}

void ActionLog::forget(int id)
{
    for (auto it = m_actions.begin(); it != m_actions.end(); ++it) {
        if (it->id == id) {
            m_actions.erase(it);
            emit actionsRemoved({id});
            return;
        }
    }
}

void ActionLog::clearUnpinned()
{
    QList<int> removed;
    for (auto it = m_actions.begin(); it != m_actions.end();) {
        if (it->pinned) {
            ++it;
            continue;
        }
        removed.append(it->id);
        it = m_actions.erase(it);
    }
    if (!removed.isEmpty())
        emit actionsRemoved(removed);
}

} // namespace pm
