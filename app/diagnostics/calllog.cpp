#include "diagnostics/calllog.h"

#include <QMetaObject>

namespace pm {

CallLog::CallLog(int capacity, QObject *parent)
    : QObject(parent)
    , m_capacity(qMax(1, capacity))
{
    setObjectName(QStringLiteral("cacheCallLog"));
}

void CallLog::callRecorded(const CacheCallRecord &record)
{
    bool notify = false;
    {
        const std::lock_guard lock(m_mutex);
        m_ring.push_back(record);
        if (int(m_ring.size()) > m_capacity) {
            m_ring.pop_front();
            ++m_dropped;
        }
        notify = !m_notifyPending;
        m_notifyPending = true;
    }
    // One queued notification per batch: a burst of calls costs one event, not one each.
    if (notify) {
        QMetaObject::invokeMethod(
                this,
                [this] {
                    {
                        const std::lock_guard lock(m_mutex);
                        m_notifyPending = false;
                    }
                    emit recordsAvailable();
                },
                Qt::QueuedConnection);
    }
}

QList<CacheCallRecord> CallLog::take()
{
    const std::lock_guard lock(m_mutex);
    QList<CacheCallRecord> records;
    records.reserve(qsizetype(m_ring.size()));
    for (auto &record : m_ring)
        records.append(std::move(record));
    m_ring.clear();
    return records;
}

quint64 CallLog::dropped() const
{
    const std::lock_guard lock(m_mutex);
    return m_dropped;
}

} // namespace pm
