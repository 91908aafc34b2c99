#include "redis/redissocket.h"

#include "redis/rediserror.h"

#include <hiredis/hiredis.h>

#include <QCoreApplication>

#include <algorithm>
#include <cerrno>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace pm {

namespace {

// The texts moved here from RedisConnection keep their translation context.
QString trConnection(const char *text)
{
    return QCoreApplication::translate("pm::RedisConnection", text);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("pm::RedisSocket", text);
}

int remainingMs(RedisSocket::TimePoint deadline)
{
    const auto left = deadline - RedisSocket::SteadyClock::now();
    if (left <= RedisSocket::SteadyClock::duration::zero())
        return 0;
    // Round up so that poll() never returns just before the deadline and makes us spin.
    return int(std::chrono::ceil<std::chrono::milliseconds>(left).count());
}

Error closedError()
{
    return Error(ErrorKind::Unavailable, trConnection("Redis closed the connection."));
}

} // namespace

void RedisSocket::ContextDeleter::operator()(redisContext *c) const
{
    redisFree(c);
}

RedisSocket::RedisSocket() = default;

RedisSocket::~RedisSocket() = default;

void RedisSocket::close()
{
    m_context.reset();
}

void RedisSocket::setStopFlag(const std::atomic<bool> *stop, int sliceMs, Error stopped)
{
    m_stop = stop;
    m_sliceMs = sliceMs;
    m_stopped = std::move(stopped);
}

void RedisSocket::appendCommand(QByteArray &out, const RedisArgv &argv)
{
    out += '*' + QByteArray::number(argv.size()) + "\r\n";
    for (const QByteArray &arg : argv) {
        out += '$' + QByteArray::number(arg.size()) + "\r\n";
        out += arg;
        out += "\r\n";
    }
}

Result<void> RedisSocket::open(const RedisOptions &options, TimePoint deadline)
{
    close();
    const bool unix = options.transport == RedisOptions::Transport::Unix;
    const QByteArray target = unix ? options.socketPath.toLocal8Bit() : options.host.toUtf8();
    ContextPtr c(unix ? redisConnectUnixNonBlock(target.constData())
                      : redisConnectNonBlock(target.constData(), options.port));
    if (!c)
        return Error(ErrorKind::Internal, trConnection("Out of memory while connecting to Redis."));
    if (c->err)
        return RedisError::fromContext(c.get());
    // Large values: never let the reader shrink and regrow its buffer (halves an 8 MB read).
    c->reader->maxbuf = 0;
    m_context = std::move(c);

    // Non-blocking connect: wait for writability, then ask the socket how it went.
    if (Result<void> w = waitFor(POLLOUT, deadline); !w) {
        close();
        if (w.error().kind == ErrorKind::Timeout)
            return Error(ErrorKind::Timeout, trConnection("Connecting to Redis timed out."));
        return w.error();
    }
    int soError = 0;
    socklen_t len = sizeof soError;
    const int fd = m_context->fd;
    if (::getsockopt(fd, SOL_SOCKET, SO_ERROR, &soError, &len) != 0 || soError != 0) {
        const Error e = soError != 0 ? RedisError::fromErrno(soError, "connect")
                                     : RedisError::fromErrno(errno, "getsockopt");
        close();
        return e;
    }
    if (!unix && options.keepAlive)
        redisEnableKeepAlive(m_context.get());
    return {};
}

Result<RedisReply> RedisSocket::handshake(const RedisOptions &options, RespGuard &guard,
                                          const RedisArgv &last, TimePoint deadline)
{
    QList<RedisArgv> commands;
    if (!options.password.isEmpty()) {
        if (options.user.isEmpty())
            commands.append({QByteArrayLiteral("AUTH"), options.password.toUtf8()});
        else
            commands.append(
                    {QByteArrayLiteral("AUTH"), options.user.toUtf8(), options.password.toUtf8()});
    }
    if (options.db != 0)
        commands.append({QByteArrayLiteral("SELECT"), QByteArray::number(options.db)});
    commands.append(last);
    QByteArray request;
    for (const RedisArgv &cmd : commands) {
        appendCommand(request, cmd);
        guard.expect(RespLimits::forCommand(cmd));
    }
    if (Result<void> s = sendAll(request.constData(), request.size(), deadline); !s)
        return s.error();
    char buffer[16 * 1024];
    for (qsizetype i = 0; i < commands.size(); ++i) {
        Result<RedisReply> reply = readReply(guard, buffer, sizeof buffer, deadline);
        if (!reply)
            return reply.error();
        if (i + 1 == commands.size())
            return std::move(reply.value());
        if (reply->isError())
            return RedisError::fromReply(reply.value());
    }
    return Error(ErrorKind::Internal, QStringLiteral("empty handshake"));
}

Result<void> RedisSocket::sendAll(const char *data, qsizetype size, TimePoint deadline)
{
    // Our own write loop instead of redisBufferWrite: send() with MSG_NOSIGNAL, so that a
    // server that went away is an error for us, not a SIGPIPE that kills the process.
    qsizetype written = 0;
    while (written < size) {
        const ssize_t n
                = ::send(m_context->fd, data + written, size_t(size - written), MSG_NOSIGNAL);
        if (n >= 0) {
            written += n;
            continue;
        }
        if (errno == EINTR)
            continue;
        if (errno != EAGAIN && errno != EWOULDBLOCK)
            return RedisError::fromErrno(errno, "send");
        if (Result<void> w = waitFor(POLLOUT, deadline); !w)
            return w.error();
    }
    return {};
}

Result<bool> RedisSocket::poll(short events, int timeoutMs)
{
    pollfd p{m_context->fd, events, 0};
    const int n = ::poll(&p, 1, timeoutMs);
    if (n > 0) {
        if (p.revents & (POLLERR | POLLNVAL))
            return Error(ErrorKind::Unavailable, trConnection("The Redis socket failed."));
        return true; // POLLHUP too: the following read reports EOF with its proper error
    }
    if (n < 0 && errno != EINTR)
        return RedisError::fromErrno(errno, "poll");
    return false;
}

Result<void> RedisSocket::waitFor(short events, TimePoint deadline)
{
    for (;;) {
        if (m_stop && m_stop->load())
            return m_stopped;
        int ms = remainingMs(deadline);
        if (ms <= 0)
            return Error(ErrorKind::Timeout, tr("Redis did not answer in time."));
        if (m_stop)
            ms = std::min(ms, m_sliceMs);
        Result<bool> ready = poll(events, ms);
        if (!ready)
            return ready.error();
        if (ready.value())
            return {};
    }
}

Result<qsizetype> RedisSocket::readSome(char *buffer, qsizetype size)
{
    const ssize_t n = ::read(m_context->fd, buffer, size_t(size));
    if (n > 0)
        return qsizetype(n);
    if (n == 0)
        return closedError();
    if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)
        return qsizetype(0);
    return RedisError::fromErrno(errno, "read");
}

Result<bool> RedisSocket::readAndFeed(RespGuard &guard, char *buffer, qsizetype size)
{
    Result<qsizetype> got = readSome(buffer, size);
    if (!got)
        return got.error();
    if (got.value() == 0)
        return false;
    // Checked before hiredis's reader allocates what the bytes declare.
    if (Result<void> valid = guard.feed(buffer, got.value()); !valid)
        return valid.error();
    if (redisReaderFeed(m_context->reader, buffer, size_t(got.value())) != REDIS_OK)
        return Error(ErrorKind::Protocol, QString::fromLocal8Bit(m_context->reader->errstr));
    return true;
}

Result<RedisReply> RedisSocket::readReply(RespGuard &guard, char *buffer, qsizetype size,
                                          TimePoint deadline)
{
    for (;;) {
        void *reply = nullptr;
        if (redisGetReplyFromReader(m_context.get(), &reply) != REDIS_OK)
            return RedisError::fromContext(m_context.get());
        if (reply)
            return RedisReply::adopt(static_cast<redisReply *>(reply));
        if (Result<void> w = waitFor(POLLIN, deadline); !w)
            return w.error();
        if (Result<bool> fed = readAndFeed(guard, buffer, size); !fed)
            return fed.error();
    }
}

bool RedisSocket::peerClosed()
{
    // Nothing is in flight, so any readable event means the server closed the socket.
    pollfd p{m_context->fd, POLLIN, 0};
    return ::poll(&p, 1, 0) != 0;
}

} // namespace pm
