#include "diagnostics/calllog.h"

#include <QMetaObject>

namespace pm {

CallLog::CallLog(int capacity, QObject *parent)
    : QObject(parent)
    , m_ring(capacity)
{
    setObjectName(QStringLiteral("cacheCallLog"));
}

void CallLog::callRecorded(const CacheCallRecord &record)
{
    // One queued notification per batch: a burst of calls costs one event, not one each.
    if (m_ring.push(record)) {
        QMetaObject::invokeMethod(
                this,
                [this] {
                    m_ring.noticeDelivered();
                    emit recordsAvailable();
                },
                Qt::QueuedConnection);
    }
}

} // namespace pm
