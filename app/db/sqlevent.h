#pragma once

#include <QString>
#include <QVariantList>

#include <functional>

namespace pm {

/// One SQL statement as it ran, for the debug panel and statistics.
struct SqlEvent
{
    QString sql;
    QVariantList bound;
    qint64 durationNs = 0;
    int rows = -1; ///< rows returned (SELECT / RETURNING) or affected; -1 if unknown
    QString error; ///< empty on success
};

/// Called on the connection's thread after every statement. Cheap when unset.
using SqlObserver = std::function<void(const SqlEvent &)>;

/// Reports one statement to `observer` if there is one.
inline void reportSql(const SqlObserver &observer, const QString &sql, const QVariantList &bound,
                      qint64 ns, int rows, const QString &error)
{
    if (!observer)
        return;
    SqlEvent event;
    event.sql = sql;
    event.bound = bound;
    event.durationNs = ns;
    event.rows = rows;
    event.error = error;
    observer(event);
}

} // namespace pm
