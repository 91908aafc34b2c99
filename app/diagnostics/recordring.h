#pragma once

#include <QList>
#include <QtGlobal>

#include <deque>
#include <mutex>

namespace pm {

/// The bounded, thread-safe hand-over buffer of the debug panel's recorders: producers on any
/// thread push, the panel's thread takes. It also tracks whether the consumer has already been
/// told that records wait, so a burst of records costs one queued notice, not one each.
template<typename Record>
class RecordRing
{
public:
    explicit RecordRing(int capacity)
        : m_capacity(qMax(1, capacity))
    { }

    int capacity() const { return m_capacity; }

    /// Appends, dropping the oldest record when full. True when the consumer must be told
    /// (no notice is pending yet); call noticeDelivered() when that notice arrives.
    bool push(Record record)
    {
        const std::lock_guard lock(m_mutex);
        m_ring.push_back(std::move(record));
        if (int(m_ring.size()) > m_capacity) {
            m_ring.pop_front();
            ++m_dropped;
        }
        const bool notify = !m_notifyPending;
        m_notifyPending = true;
        return notify;
    }

    void noticeDelivered()
    {
        const std::lock_guard lock(m_mutex);
        m_notifyPending = false;
    }

    /// Removes and returns the records not taken yet, oldest first.
    QList<Record> take()
    {
        const std::lock_guard lock(m_mutex);
        QList<Record> records;
        records.reserve(qsizetype(m_ring.size()));
        for (auto &record : m_ring)
            records.append(std::move(record));
        m_ring.clear();
        return records;
    }

    /// Records lost because the ring was full before take().
    quint64 dropped() const
    {
        const std::lock_guard lock(m_mutex);
        return m_dropped;
    }

private:
    const int m_capacity;
    mutable std::mutex m_mutex;
    std::deque<Record> m_ring;
    quint64 m_dropped = 0;
    bool m_notifyPending = false;
};

} // namespace pm
