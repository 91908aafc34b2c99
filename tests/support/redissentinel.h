#pragma once

#include "redisserver.h"

#include <QByteArray>
#include <QProcess>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace pm {
class RedisConnection;
}

namespace pm::test {

/// A Redis Sentinel setup for one test: a master, a replica (--replicaof) and one sentinel
/// (quorum 1, down-after 1 s, failover-timeout 5 s), each on its own free loopback port, the
/// sentinel's configuration in a QTemporaryDir. Everything is stopped on destruction.
class RedisSentinelGroup
{
public:
    explicit RedisSentinelGroup(QByteArray service = QByteArrayLiteral("pm-main"));
    ~RedisSentinelGroup();
    RedisSentinelGroup(const RedisSentinelGroup &) = delete;
    RedisSentinelGroup &operator=(const RedisSentinelGroup &) = delete;

    /// Starts all three and waits (polling real state, with a deadline) until the replica's
    /// link is up and the sentinel names the master and sees the replica.
    bool start(int timeoutMs = 15000);

    QByteArray service() const { return m_service; }
    int sentinelPort() const { return m_sentinelPort; }
    /// redis-sentinel://127.0.0.1:<sentinel>/<db>?service=<service>[&<query>]
    QString url(int db = 0, const QString &query = {}) const;

    /// The server started as master / as replica (their roles swap at a failover).
    RedisServer &first() { return *m_first; }
    RedisServer &second() { return *m_second; }
    /// The one of the two listening on `port`, or nullptr.
    RedisServer *serverOnPort(int port);
    /// The port of the master the sentinel names now; 0 if it does not answer.
    int namedMasterPort();

    /// SENTINEL FAILOVER (repeated while the sentinel has no replica it may promote yet),
    /// then waits until the sentinel names the other server and that one answers ROLE as
    /// master: the failover has finished. False on timeout.
    bool failover(int timeoutMs = 20000);

    /// SIGTERM to the sentinel and wait.
    void stopSentinel();

    /// Polls `done` (the Qt event loop runs in between) until it is true or `timeoutMs` passed.
    static bool waitUntil(const std::function<bool()> &done, int timeoutMs);

private:
    bool sentinelSeesReplica();

    QByteArray m_service;
    std::unique_ptr<RedisServer> m_first;
    std::unique_ptr<RedisServer> m_second;
    QTemporaryDir m_dir;
    QProcess m_sentinel;
    int m_sentinelPort = 0;
    std::unique_ptr<RedisConnection> m_sentinelConnection;
};

} // namespace pm::test
