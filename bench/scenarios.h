#pragma once

#include "benchmark.h"

#include <QString>
#include <QTextStream>

#include <vector>

namespace pm::bench {

struct Options
{
    std::vector<int> sizes;
    bool quick = false;
    QString redisSocket; ///< empty: start a private redis-server
    QString postgresUrl; ///< empty: no PostgreSQL scenario (bench/run.sh starts a cluster)
};

/// Runs every scenario into `report`, echoing each row to `out`. `notes` receives the findings
/// that belong under the table. False when a scenario could not run at all.
bool runAll(const Options &options, Report &report, QString &notes, QTextStream &out);

/// One loop of one scenario, for valgrind --tool=callgrind. Returns the exit status.
int runCallgrindLoop(const QString &which, qint64 iterations, const QString &redisSocket);

} // namespace pm::bench
