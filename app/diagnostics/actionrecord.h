#pragma once

#include "cache/cacheinstrumentation.h"
#include "diagnostics/sqllog.h"

#include <QList>
#include <QString>

namespace pm {

/// One UI action (load list, refresh, save, delete, invalidate…) as the Timer and History tabs
/// show it. Times are in nanoseconds; -1 means "not measured (yet)".
struct ActionRecord
{
    /// Calls and statements kept per action for the History tab; the counts and times below
    /// keep adding up beyond it (a seed of a million rows must not hold a million records).
    static constexpr int MaxKeptRecords = 200;

    int id = 0; ///< the request id of the action
    QString name; ///< "load list", "refresh", "create"…
    qint64 startMs = 0; ///< wall clock when the UI sent the request
    qint64 wallNs = -1; ///< UI request → answer shown (model applied)
    qint64 cpuNs = -1; ///< thread CPU time of the worker for the request
    qint64 workerNs = -1; ///< worker wall time for the request
    qint64 cacheNs = 0; ///< sum of its cache calls
    qint64 sqlNs = 0; ///< sum of its statements
    qint64 modelNs = -1; ///< applying the result to the table model (UI thread)
    qint64 paintNs = -1; ///< the next paint of the table after the model changed
    int cacheCalls = 0;
    int hits = 0;
    int misses = 0;
    qint64 maxCallNs = 0; ///< slowest cache call
    int statements = 0;
    int failures = 0; ///< cache calls or statements that failed
    bool pinned = false;
    bool failed = false; ///< the request itself failed
    QList<CacheCallRecord> calls; ///< the first MaxKeptRecords calls
    QList<SqlRecord> sql; ///< the first MaxKeptRecords statements

    /// hits / (hits + misses), or -1 when the action looked nothing up.
    double hitRatio() const { return hits + misses == 0 ? -1.0 : double(hits) / (hits + misses); }
    /// Mean duration of its cache calls, or 0.
    qint64 meanCallNs() const { return cacheCalls == 0 ? 0 : cacheNs / cacheCalls; }
};

} // namespace pm
