#include "diagnostics/sqllog.h"

#include "cache/cacheinstrumentation.h"
#include "core/clock.h"

#include <QMetaObject>

namespace pm {

SqlLog::SqlLog(const Clock &clock, int capacity, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_ring(capacity)
{
    setObjectName(QStringLiteral("sqlLog"));
}

QString SqlLog::duplicateKey(const QString &sql, const QVariantList &bound)
{
    // Type and text of each value: 1 and "1" are different statements.
    QString key = sql;
    for (const QVariant &value : bound) {
        key += QChar(0x1f);
        key += QString::number(value.typeId());
        key += QChar(0x1e);
        key += value.isNull() ? QStringLiteral("NULL") : value.toString();
    }
    return key;
}

void SqlLog::record(const SqlEvent &event)
{
    SqlRecord record;
    record.sql = event.sql;
    record.bound = event.bound;
    record.durationNs = event.durationNs;
    record.rows = event.rows;
    record.error = event.error;
    record.timestampMs = m_clock.nowMs();
    record.origin = CacheOrigin::current();
    record.actionId = CacheOrigin::currentActionId();
    QString dupKey = duplicateKey(event.sql, event.bound);

    {
        const std::lock_guard lock(m_mutex);
        int &similar = m_sqlCounts[record.sql];
        int &duplicates = m_duplicateCounts[dupKey];
        record.similar = similar++;
        record.duplicates = duplicates++;
        m_window.emplace_back(record.sql, std::move(dupKey));
        if (int(m_window.size()) > m_ring.capacity()) {
            const auto &[oldSql, oldKey] = m_window.front();
            if (--m_sqlCounts[oldSql] == 0)
                m_sqlCounts.remove(oldSql);
            if (--m_duplicateCounts[oldKey] == 0)
                m_duplicateCounts.remove(oldKey);
            m_window.pop_front();
        }
    }
    if (m_ring.push(std::move(record))) {
        QMetaObject::invokeMethod(
                this,
                [this] {
                    m_ring.noticeDelivered();
                    emit recordsAvailable();
                },
                Qt::QueuedConnection);
    }
}

std::function<void(const SqlEvent &)> SqlLog::observer()
{
    return [this](const SqlEvent &event) {
        record(event);
    };
}

void SqlLog::resetFlags()
{
    const std::lock_guard lock(m_mutex);
    m_window.clear();
    m_sqlCounts.clear();
    m_duplicateCounts.clear();
}

} // namespace pm
