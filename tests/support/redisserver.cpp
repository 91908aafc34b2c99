#include "redisserver.h"

#include "redis/redissubscriber.h"

#include <hiredis/hiredis.h>

#include <QDeadlineTimer>
#include <QDebug>
#include <QProcessEnvironment>
#include <QVarLengthArray>

#include <csignal>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/un.h>

#include <cstring>
#include <unistd.h>

namespace pm::test {

// Another process could take the port before redis-server binds it, but on a test machine
// that race is negligible.
int freeTcpPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    int port = 0;
    socklen_t len = sizeof addr;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len) == 0)
        port = ntohs(addr.sin_port);
    ::close(fd);
    return port;
}

namespace {

QByteArray render(const redisReply *r)
{
    switch (r->type) {
    case REDIS_REPLY_STRING:
    case REDIS_REPLY_STATUS:
        return QByteArray(r->str, qsizetype(r->len));
    case REDIS_REPLY_ERROR:
        return QByteArrayLiteral("ERROR:") + QByteArray(r->str, qsizetype(r->len));
    case REDIS_REPLY_INTEGER:
        return QByteArray::number(r->integer);
    case REDIS_REPLY_ARRAY: {
        QList<QByteArray> parts;
        for (size_t i = 0; i < r->elements; ++i)
            parts.append(render(r->element[i]));
        return parts.join('\n');
    }
    default:
        return QByteArrayLiteral("(nil)");
    }
}

// Blocking argv command (binary-safe); the caller frees the reply.
redisReply *rawCommand(redisContext *c, const QList<QByteArray> &argv)
{
    QVarLengthArray<const char *, 16> args;
    QVarLengthArray<size_t, 16> lengths;
    for (const QByteArray &a : argv) {
        args.append(a.constData());
        lengths.append(size_t(a.size()));
    }
    return static_cast<redisReply *>(
            redisCommandArgv(c, int(args.size()), args.data(), lengths.data()));
}

} // namespace

RedisServer::RedisServer()
    : RedisServer(Options{})
{ }

RedisServer::RedisServer(Options options)
    : m_options(std::move(options))
    , m_dir(QStringLiteral("/tmp/pmredis-XXXXXX"))
{
    if (m_options.tcp)
        m_port = freeTcpPort();
    if (!m_options.tlsCertFile.isEmpty())
        m_tlsPort = freeTcpPort();
    if (m_options.leastPrivilegeKeyPatterns.isEmpty()) {
        const QString env = qEnvironmentVariable("PM_TEST_REDIS_LEAST_PRIVILEGE");
        m_options.leastPrivilegeKeyPatterns = env.split(u' ', Qt::SkipEmptyParts);
    }
}

RedisServer::~RedisServer()
{
    stop();
}

QString RedisServer::socketPath() const
{
    return m_dir.path() + QStringLiteral("/redis.sock");
}

qint64 RedisServer::pid() const
{
    return m_process.processId();
}

bool RedisServer::isRunning() const
{
    return m_process.state() == QProcess::Running;
}

QString RedisServer::unixUrl(int db, const QString &password) const
{
    QString url = QStringLiteral("unix://") + socketPath() + QStringLiteral("?db=%1").arg(db);
    if (!password.isEmpty())
        url += QStringLiteral("&password=") + password;
    return url;
}

bool RedisServer::launch()
{
    if (!m_dir.isValid())
        return false;
    QStringList args{QStringLiteral("--port"),
                     QString::number(m_port),
                     QStringLiteral("--bind"),
                     QStringLiteral("127.0.0.1"),
                     QStringLiteral("--unixsocket"),
                     socketPath(),
                     QStringLiteral("--unixsocketperm"),
                     QStringLiteral("700"),
                     QStringLiteral("--save"),
                     QString(),
                     QStringLiteral("--appendonly"),
                     QStringLiteral("no"),
                     QStringLiteral("--daemonize"),
                     QStringLiteral("no"),
                     QStringLiteral("--dir"),
                     m_dir.path()};
    if (!m_options.password.isEmpty())
        args << QStringLiteral("--requirepass") << QString::fromUtf8(m_options.password);
    if (m_tlsPort != 0)
        args << QStringLiteral("--tls-port") << QString::number(m_tlsPort)
             << QStringLiteral("--tls-cert-file") << m_options.tlsCertFile
             << QStringLiteral("--tls-key-file") << m_options.tlsKeyFile
             << QStringLiteral("--tls-ca-cert-file") << m_options.tlsCaFile
             << QStringLiteral("--tls-auth-clients")
             << QLatin1String(m_options.tlsAuthClients ? "yes" : "no");
    args << m_options.extraArgs;
    m_process.setProgram(QStringLiteral("redis-server"));
    m_process.setArguments(args);
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start();
    if (!m_process.waitForStarted(5000)) {
        qWarning() << "redis-server did not start:" << m_process.errorString();
        return false;
    }
    m_paused = false;
    m_asAdmin = false;
    return true;
}

bool RedisServer::start()
{
    return launch() && waitUntilReady(5000) && (!isLeastPrivilege() || applyLeastPrivilege());
}

bool RedisServer::startWithoutWaitingForLoad()
{
    if (!launch())
        return false;
    // The socket listens before the snapshot is loaded; wait for that, not for "ready".
    const QByteArray path = socketPath().toLocal8Bit();
    QDeadlineTimer deadline(5000);
    while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un addr{};
        addr.sun_family = AF_UNIX;
        std::strncpy(addr.sun_path, path.constData(), sizeof addr.sun_path - 1);
        const bool connected = ::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0;
        ::close(fd);
        if (connected)
            return true;
        m_process.waitForReadyRead(5); // the server's log moves on as it starts
        m_process.readAll();
    }
    return false;
}

namespace {
const QByteArray AdminUser = QByteArrayLiteral("pm-test-admin");
const QByteArray AdminPassword = QByteArrayLiteral("pm-test-admin-pw");
} // namespace

bool RedisServer::applyLeastPrivilege()
{
    // First an admin for the fixture itself, then the default user loses everything else.
    if (command(QList<QByteArray>{"ACL", "SETUSER", AdminUser, "on", ">" + AdminPassword, "~*",
                                  "&*", "+@all"})
        != "OK")
        return false;
    dropConnection();
    m_asAdmin = true;
    QList<QByteArray> acl{"ACL", "SETUSER", "default", "on", "resetkeys", "resetchannels", "-@all"};
    acl.append(m_options.password.isEmpty() ? QByteArray("nopass") : ">" + m_options.password);
    for (const QString &pattern : m_options.leastPrivilegeKeyPatterns)
        acl.append(pattern.toUtf8());
    if (m_options.leastPrivilegeCommands.isEmpty()) {
        qWarning("least-privilege mode needs Options::leastPrivilegeCommands");
        return false;
    }
    QStringList commands = m_options.leastPrivilegeCommands;
    for (const QString &pattern : m_options.leastPrivilegeChannels)
        acl.append(pattern.toUtf8());
    if (!m_options.leastPrivilegeChannels.isEmpty())
        commands += RedisSubscriber::requiredCommands();
    commands.removeDuplicates();
    for (const QString &c : commands)
        acl.append("+" + c.toUtf8());
    const QByteArray reply = command(acl);
    if (reply != "OK")
        qWarning().noquote() << "least-privilege ACL refused:" << reply;
    return reply == "OK";
}

bool RedisServer::waitUntilReady(int timeoutMs)
{
    // Redis logs "... ready to accept connections ..." once it listens: wait for that line (no
    // fixed sleep), then prove it with a PING.
    QDeadlineTimer deadline(timeoutMs);
    QByteArray log;
    while (!log.toLower().contains("ready to accept connections")) {
        if (deadline.hasExpired() || m_process.state() != QProcess::Running) {
            qWarning().noquote() << "redis-server not ready:" << log;
            return false;
        }
        m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
        log += m_process.readAll();
    }
    dropConnection();
    return command(QList<QByteArray>{QByteArrayLiteral("PING")}) == "PONG";
}

void RedisServer::dropConnection()
{
    if (m_context)
        redisFree(m_context);
    m_context = nullptr;
    m_contextDb = -1;
}

void RedisServer::stop()
{
    dropConnection();
    if (m_process.state() == QProcess::NotRunning)
        return;
    if (m_paused)
        resume();
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

void RedisServer::kill()
{
    dropConnection();
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(5000);
    m_paused = false;
}

void RedisServer::pause()
{
    if (m_process.state() == QProcess::Running) {
        ::kill(pid_t(m_process.processId()), SIGSTOP);
        m_paused = true;
    }
}

void RedisServer::resume()
{
    if (m_process.state() == QProcess::Running) {
        ::kill(pid_t(m_process.processId()), SIGCONT);
        m_paused = false;
    }
}

bool RedisServer::restart()
{
    stop();
    return start();
}

QByteArray RedisServer::command(const QStringList &argv, int db)
{
    QList<QByteArray> bytes;
    for (const QString &a : argv)
        bytes.append(a.toUtf8());
    return command(bytes, db);
}

QByteArray RedisServer::command(const QList<QByteArray> &argv, int db)
{
    if (m_paused)
        return QByteArrayLiteral("ERROR:fixture: server is paused");
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (!m_context) {
            const timeval tv{5, 0};
            m_context = redisConnectUnixWithTimeout(socketPath().toLocal8Bit().constData(), tv);
            if (!m_context || m_context->err) {
                const QByteArray err = m_context ? QByteArray(m_context->errstr) : "oom";
                dropConnection();
                return QByteArrayLiteral("ERROR:fixture: ") + err;
            }
            redisSetTimeout(m_context, tv);
            m_context->reader->maxbuf = 0;
            if (m_asAdmin)
                freeReplyObject(rawCommand(m_context, {"AUTH", AdminUser, AdminPassword}));
            else if (!m_options.password.isEmpty())
                freeReplyObject(
                        rawCommand(m_context, {QByteArrayLiteral("AUTH"), m_options.password}));
            m_contextDb = 0;
        }
        if (m_contextDb != db) {
            freeReplyObject(
                    rawCommand(m_context, {QByteArrayLiteral("SELECT"), QByteArray::number(db)}));
            m_contextDb = db;
        }
        redisReply *reply = rawCommand(m_context, argv);
        if (!reply) {
            const QByteArray err(m_context->errstr);
            dropConnection(); // e.g. the server restarted: retry once on a new connection
            if (attempt == 1)
                return QByteArrayLiteral("ERROR:fixture: ") + err;
            continue;
        }
        const QByteArray out = render(reply);
        freeReplyObject(reply);
        return out;
    }
    return {};
}

qint64 RedisServer::commandCalls(const QByteArray &commandName)
{
    // "cmdstat_mget:calls=3,usec=…"
    const QByteArray info = command(QList<QByteArray>{"INFO", "commandstats"});
    const QByteArray needle = "cmdstat_" + commandName.toLower() + ":calls=";
    const qsizetype at = info.indexOf(needle);
    if (at < 0)
        return 0;
    const qsizetype start = at + needle.size();
    const qsizetype end = info.indexOf(',', start);
    return info.mid(start, end - start).toLongLong();
}

} // namespace pm::test
