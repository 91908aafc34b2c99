#pragma once

#include "benchmark.h"

#include <QString>
#include <QTextStream>

#include <map>
#include <vector>

namespace pm::bench {

struct Options
{
    std::vector<int> sizes;
    bool quick = false;
    QString redisSocket; ///< empty: start a private redis-server
    QString postgresUrl; ///< empty: no PostgreSQL scenario (bench/run.sh starts a cluster)
    bool coldStart = false; ///< the cold-start rows (fresh processes)
    QString peerJson; ///< the Django program's medians (bench/peer/peer.py), for the peer rows
    /// The same redis-server over TLS (rediss://…?ssl_ca_certs=…) and over plain TCP
    /// (host:port), for the "Redis over TLS" rows; either empty: those rows are skipped.
    QString redisTlsUrl;
    QString redisTcp;
};

/// Figures of one run that later rows compare with (the peer rows).
struct Figures
{
    std::map<int, Stats> redisListHit; ///< ProductService::list() on a Redis hit, by N
    Stats smallGet; ///< Cache::get of a small value on Redis
};

/// Runs every scenario into `report`, echoing each row to `out`. `notes` receives the findings
/// that belong under the table. False when a scenario could not run at all.
bool runAll(const Options &options, Report &report, QString &notes, QTextStream &out,
            Figures &figures);

/// One loop of one scenario, for valgrind --tool=callgrind. Returns the exit status.
int runCallgrindLoop(const QString &which, qint64 iterations, const QString &redisSocket);

} // namespace pm::bench
