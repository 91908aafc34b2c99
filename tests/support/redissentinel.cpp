#include "redissentinel.h"

#include "redis/redisconnection.h"

#include <QDeadlineTimer>
#include <QDebug>
#include <QFile>
#include <QTest>

#include <csignal>

namespace pm::test {

RedisSentinelGroup::RedisSentinelGroup(QByteArray service)
    : m_service(std::move(service))
    , m_dir(QStringLiteral("/tmp/pmsentinel-XXXXXX"))
{
    // The sentinel kills the normal clients of the servers it reconfigures, the fixture's own
    // blocking hiredis connections included: their next write must be an error, not SIGPIPE.
    std::signal(SIGPIPE, SIG_IGN);
    RedisServer::Options master;
    master.tcp = true;
    // Either server may be the master: no 5 s wait before a diskless full sync.
    master.extraArgs = {QStringLiteral("--repl-diskless-sync-delay"), QStringLiteral("0")};
    m_first = std::make_unique<RedisServer>(master);
    RedisServer::Options replica;
    replica.tcp = true;
    replica.extraArgs = master.extraArgs;
    replica.extraArgs += {QStringLiteral("--replicaof"), QStringLiteral("127.0.0.1"),
                          QString::number(m_first->port())};
    m_second = std::make_unique<RedisServer>(replica);
    m_sentinelPort = freeTcpPort();
    RedisOptions o;
    o.host = QStringLiteral("127.0.0.1");
    o.port = m_sentinelPort;
    o.connectTimeoutMs = 1000;
    o.commandDeadlineMs = 1000;
    o.backoffInitialMs = 0;
    o.backoffMaxMs = 0;
    m_sentinelConnection = std::make_unique<RedisConnection>(o);
}

RedisSentinelGroup::~RedisSentinelGroup()
{
    stopSentinel();
    m_second->stop();
    m_first->stop();
}

QString RedisSentinelGroup::url(int db, const QString &query) const
{
    QString url = QStringLiteral("redis-sentinel://127.0.0.1:%1/%2?service=%3")
                          .arg(m_sentinelPort)
                          .arg(db)
                          .arg(QString::fromUtf8(m_service));
    if (!query.isEmpty())
        url += QLatin1Char('&') + query;
    return url;
}

bool RedisSentinelGroup::waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(20); // a polling step: the state checked is the real one
    }
    return true;
}

bool RedisSentinelGroup::start(int timeoutMs)
{
    if (!m_dir.isValid() || !m_first->start() || !m_second->start())
        return false;
    const QString conf = m_dir.filePath(QStringLiteral("sentinel.conf"));
    QFile file(conf);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    const QByteArray name = m_service;
    file.write("port " + QByteArray::number(m_sentinelPort) + "\nbind 127.0.0.1\n"
               + "daemonize no\ndir " + m_dir.path().toUtf8() + "\n"
               + "sentinel resolve-hostnames no\n" + "sentinel monitor " + name + " 127.0.0.1 "
               + QByteArray::number(m_first->port()) + " 1\n" + "sentinel down-after-milliseconds "
               + name + " 1000\n" + "sentinel failover-timeout " + name + " 5000\n"
               + "sentinel parallel-syncs " + name + " 1\n");
    file.close();
    m_sentinel.setProgram(QStringLiteral("redis-server"));
    m_sentinel.setArguments({conf, QStringLiteral("--sentinel")});
    m_sentinel.setProcessChannelMode(QProcess::MergedChannels);
    m_sentinel.start();
    if (!m_sentinel.waitForStarted(5000))
        return false;
    // Its log says when it monitors the master; asking before that only fills the log.
    QByteArray log;
    const bool monitoring = waitUntil(
            [&] {
                log += m_sentinel.readAll();
                return log.contains("+monitor");
            },
            timeoutMs);
    const bool ready
            = monitoring
            && waitUntil(
                      [this] {
                          m_sentinel.readAll(); // keep the pipe from filling up
                          return m_second->command(QStringList{QStringLiteral("INFO"),
                                                               QStringLiteral("replication")})
                                         .contains("master_link_status:up")
                                  && namedMasterPort() == m_first->port() && sentinelSeesReplica();
                      },
                      timeoutMs);
    if (!ready)
        qWarning().noquote() << "sentinel group not ready:" << log + m_sentinel.readAll();
    return ready;
}

RedisServer *RedisSentinelGroup::serverOnPort(int port)
{
    if (port == m_first->port())
        return m_first.get();
    if (port == m_second->port())
        return m_second.get();
    return nullptr;
}

int RedisSentinelGroup::namedMasterPort()
{
    Result<RedisReply> r
            = m_sentinelConnection->command({"SENTINEL", "get-master-addr-by-name", m_service});
    if (!r || !r->isArray() || r->size() != 2)
        return 0;
    return r->element(1).string().toInt();
}

bool RedisSentinelGroup::sentinelSeesReplica()
{
    // SENTINEL REPLICAS: one flat field/value array per replica; "flags" is just "slave" once
    // the sentinel is connected to it and has its INFO.
    Result<RedisReply> r = m_sentinelConnection->command({"SENTINEL", "REPLICAS", m_service});
    if (!r || !r->isArray())
        return false;
    for (std::size_t i = 0; i < r->size(); ++i) {
        const RedisReply replica = r->element(i);
        for (std::size_t f = 0; f + 1 < replica.size(); f += 2) {
            if (replica.element(f).string() == "flags"
                && replica.element(f + 1).string() == "slave")
                return true;
        }
    }
    return false;
}

bool RedisSentinelGroup::failover(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    const int oldPort = namedMasterPort();
    RedisServer *old = serverOnPort(oldPort);
    if (!old)
        return false;
    RedisServer *next = old == m_first.get() ? m_second.get() : m_first.get();
    const bool asked = waitUntil(
            [this] {
                Result<RedisReply> r
                        = m_sentinelConnection->command({"SENTINEL", "FAILOVER", m_service});
                return r && r->isStatus("OK");
            },
            int(deadline.remainingTime()));
    if (!asked)
        return false;
    return waitUntil(
            [&] {
                m_sentinel.readAll();
                return namedMasterPort() == next->port()
                        && next->command(QStringList{QStringLiteral("ROLE")}).startsWith("master");
            },
            int(deadline.remainingTime()));
}

void RedisSentinelGroup::stopSentinel()
{
    if (m_sentinel.state() == QProcess::NotRunning)
        return;
    m_sentinel.terminate();
    if (!m_sentinel.waitForFinished(5000)) {
        m_sentinel.kill();
        m_sentinel.waitForFinished(5000);
    }
}

} // namespace pm::test
