#pragma once

#include "cache/cacheinstrumentation.h"
#include "diagnostics/recordring.h"

#include <QList>
#include <QObject>

namespace pm {

/**
 * A thread-safe CacheObserver for the debug panel. The worker thread attaches it to its Cache;
 * callRecorded() only appends to a bounded ring under a mutex and, once per batch, posts a
 * notification to this object's thread, which then drains the ring with take(). When nobody
 * drains, the oldest records are dropped (and counted), so memory stays bounded.
 */
class CallLog
    : public QObject
    , public CacheObserver
{
    Q_OBJECT
public:
    static constexpr int DefaultCapacity = 2000;

    explicit CallLog(int capacity = DefaultCapacity, QObject *parent = nullptr);

    /// Any thread.
    void callRecorded(const CacheCallRecord &record) override;

    /// Removes and returns the records not taken yet, oldest first. Any thread.
    QList<CacheCallRecord> take() { return m_ring.take(); }
    int capacity() const { return m_ring.capacity(); }
    /// Records lost because the ring was full before take().
    quint64 dropped() const { return m_ring.dropped(); }

signals:
    /// Records are waiting for take(). Emitted in this object's thread, once per batch.
    void recordsAvailable();

private:
    RecordRing<CacheCallRecord> m_ring;
};

} // namespace pm
