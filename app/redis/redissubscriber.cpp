#include "redis/redissubscriber.h"

#include "core/logging.h"
#include "redis/redisconnection.h"
#include "redis/rediserror.h"
#include "redis/redisreply.h"
#include "redis/sentinelresolver.h"

#include <hiredis/hiredis.h>

#include <QCoreApplication>

#include <algorithm>
#include <cerrno>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace pm {

namespace {

/// One read() from the socket into hiredis's reader. False: nothing to read yet (try again);
/// an Error: the connection is gone or the bytes are not RESP.
Result<bool> readAndFeed(redisContext *c, RespGuard &guard, char *buffer, size_t size)
{
    const ssize_t got = ::read(c->fd, buffer, size);
    if (got == 0)
        return Error(
                ErrorKind::Unavailable,
                QCoreApplication::translate("pm::RedisSubscriber", "Redis closed the connection."));
    if (got < 0) {
        if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)
            return false;
        return RedisError::fromErrno(errno, "read");
    }
    // Checked before hiredis's reader allocates what the bytes declare.
    if (Result<void> valid = guard.feed(buffer, got); !valid)
        return valid.error();
    if (redisReaderFeed(c->reader, buffer, size_t(got)) != REDIS_OK)
        return Error(ErrorKind::Protocol, QString::fromLocal8Bit(c->reader->errstr));
    return true;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("pm::RedisSubscriber", text);
}

using Ms = std::chrono::milliseconds;

int remainingMs(std::chrono::steady_clock::time_point deadline)
{
    const auto left = deadline - std::chrono::steady_clock::now();
    if (left <= std::chrono::steady_clock::duration::zero())
        return 0;
    return int(std::chrono::ceil<Ms>(left).count());
}

// RESP for one command: "*<n>\r\n" then "$<len>\r\n<bytes>\r\n" per argument.
void appendCommand(QByteArray &out, const QList<QByteArray> &argv)
{
    out += '*' + QByteArray::number(argv.size()) + "\r\n";
    for (const QByteArray &arg : argv) {
        out += '$' + QByteArray::number(arg.size()) + "\r\n";
        out += arg;
        out += "\r\n";
    }
}

QByteArrayView elementText(const redisReply *r, std::size_t i)
{
    if (r->type != REDIS_REPLY_ARRAY || i >= r->elements)
        return {};
    const redisReply *e = r->element[i];
    if (e->type != REDIS_REPLY_STRING && e->type != REDIS_REPLY_STATUS)
        return {};
    return QByteArrayView(e->str, qsizetype(e->len));
}

struct ReplyDeleter
{
    void operator()(void *r) const { freeReplyObject(r); }
};
using ReplyPtr = std::unique_ptr<void, ReplyDeleter>;

} // namespace

void RedisSubscriber::ContextDeleter::operator()(redisContext *c) const
{
    redisFree(c);
}

RedisSubscriber::RedisSubscriber(RedisOptions options, QList<QByteArray> channels,
                                 RedisSubscriberOptions timing)
    : m_options(std::move(options))
    , m_channels(std::move(channels))
    , m_timing(timing)
{ }

RedisSubscriber::~RedisSubscriber()
{
    stop();
}

void RedisSubscriber::setMessageHandler(MessageHandler handler)
{
    m_onMessage = std::move(handler);
}

void RedisSubscriber::setStateHandler(StateHandler handler)
{
    m_onState = std::move(handler);
}

void RedisSubscriber::start()
{
    if (m_thread.joinable())
        return;
    m_stop = false;
    m_thread = std::thread([this] { run(); });
}

void RedisSubscriber::stop()
{
    if (!m_thread.joinable())
        return;
    {
        std::lock_guard<std::mutex> lock(m_stopMutex);
        m_stop = true;
    }
    m_stopCv.notify_all();
    m_thread.join();
    m_stop = false;
}

RedisSubscriber::Stats RedisSubscriber::stats() const
{
    Stats s;
    s.messages = m_messages.load();
    s.connects = m_connects.load();
    s.reconnects = s.connects > 0 ? s.connects - 1 : 0;
    s.failures = m_failures.load();
    s.pings = m_pings.load();
    return s;
}

Error RedisSubscriber::lastError() const
{
    std::lock_guard<std::mutex> lock(m_errorMutex);
    return m_lastError;
}

QByteArray RedisSubscriber::channelName(const QByteArray &keyPrefix, int db,
                                        const QByteArray &topic)
{
    // The database number is part of the name because pub/sub ignores SELECT.
    return keyPrefix + ":pm:" + QByteArray::number(db) + ':' + topic;
}

QStringList RedisSubscriber::requiredCommands()
{
    return {QStringLiteral("subscribe"), QStringLiteral("publish"), QStringLiteral("ping"),
            QStringLiteral("select")};
}

Result<qint64> RedisSubscriber::publish(RedisConnection &connection, const QByteArray &channel,
                                        const QByteArray &payload)
{
    Result<RedisReply> reply = connection.command({QByteArrayLiteral("PUBLISH"), channel, payload});
    if (!reply)
        return reply.error();
    if (!reply->isInteger())
        return Error(ErrorKind::Protocol, tr("Unexpected answer to PUBLISH."));
    return qint64(reply->integer());
}

void RedisSubscriber::setState(State state)
{
    m_state = state;
}

void RedisSubscriber::recordError(const Error &error)
{
    std::lock_guard<std::mutex> lock(m_errorMutex);
    m_lastError = error;
}

Error RedisSubscriber::stoppedError() const
{
    return Error(ErrorKind::Unavailable, tr("The subscriber was stopped."));
}

bool RedisSubscriber::waitBackoff(int streak)
{
    const qint64 delay = m_options.backoffDelayMs(streak);
    std::unique_lock<std::mutex> lock(m_stopMutex);
    return !m_stopCv.wait_for(lock, Ms(delay), [this] { return m_stop.load(); });
}

Result<void> RedisSubscriber::waitFor(int fd, short events, TimePoint deadline)
{
    for (;;) {
        if (m_stop)
            return stoppedError();
        const int left = remainingMs(deadline);
        if (left <= 0)
            return Error(ErrorKind::Timeout, tr("Redis did not answer in time."));
        pollfd p{fd, events, 0};
        const int n = ::poll(&p, 1, std::min(left, m_timing.pollSliceMs));
        if (n > 0) {
            if (p.revents & (POLLERR | POLLNVAL))
                return Error(ErrorKind::Unavailable, tr("The Redis socket failed."));
            return {};
        }
        if (n < 0 && errno != EINTR)
            return RedisError::fromErrno(errno, "poll");
    }
}

Result<void> RedisSubscriber::sendAll(redisContext *c, const QByteArray &bytes, TimePoint deadline)
{
    qsizetype written = 0;
    while (written < bytes.size()) {
        // MSG_NOSIGNAL: a vanished server is an error for us, not a SIGPIPE.
        const ssize_t n = ::send(c->fd, bytes.constData() + written, size_t(bytes.size() - written),
                                 MSG_NOSIGNAL);
        if (n >= 0) {
            written += n;
            continue;
        }
        if (errno == EINTR)
            continue;
        if (errno != EAGAIN && errno != EWOULDBLOCK)
            return RedisError::fromErrno(errno, "send");
        if (Result<void> w = waitFor(c->fd, POLLOUT, deadline); !w)
            return w.error();
    }
    return {};
}

Result<void *> RedisSubscriber::readReply(redisContext *c, TimePoint deadline)
{
    char buffer[16 * 1024];
    for (;;) {
        void *reply = nullptr;
        if (redisGetReplyFromReader(c, &reply) != REDIS_OK)
            return RedisError::fromContext(c);
        if (reply)
            return reply;
        if (Result<void> w = waitFor(c->fd, POLLIN, deadline); !w)
            return w.error();
        if (Result<bool> fed = readAndFeed(c, m_guard, buffer, sizeof buffer); !fed)
            return fed.error();
    }
}

Result<RedisSubscriber::ContextPtr> RedisSubscriber::connectAndSubscribe()
{
    if (Result<void> valid = m_options.validate(); !valid)
        return valid.error();
    if (m_channels.isEmpty())
        return Error(ErrorKind::InvalidInput, tr("No channel to subscribe to."));
    const TimePoint deadline = SteadyClock::now() + Ms(m_options.connectTimeoutMs);
    // With Sentinel the target is the master the sentinels name now.
    Result<RedisEndpoint> endpoint = m_options.target(deadline);
    if (!endpoint)
        return endpoint.error();
    m_target = endpoint.value();
    const QByteArray target = m_options.transport == RedisOptions::Transport::Unix
            ? m_options.socketPath.toLocal8Bit()
            : m_target.host.toUtf8();
    ContextPtr c(m_options.transport == RedisOptions::Transport::Unix
                         ? redisConnectUnixNonBlock(target.constData())
                         : redisConnectNonBlock(target.constData(), m_target.port));
    if (!c)
        return Error(ErrorKind::Internal, tr("Out of memory while connecting to Redis."));
    if (c->err)
        return RedisError::fromContext(c.get());

    if (Result<void> w = waitFor(c->fd, POLLOUT, deadline); !w)
        return w.error();
    int soError = 0;
    socklen_t len = sizeof soError;
    if (::getsockopt(c->fd, SOL_SOCKET, SO_ERROR, &soError, &len) != 0)
        return RedisError::fromErrno(errno, "getsockopt");
    if (soError != 0)
        return RedisError::fromErrno(soError, "connect");
    if (m_options.transport == RedisOptions::Transport::Tcp && m_options.keepAlive)
        redisEnableKeepAlive(c.get());

    // AUTH and SELECT as RedisConnection does (SELECT does not scope pub/sub, but an ACL user
    // may be limited to it), then SUBSCRIBE, all in one round trip.
    // The replies to AUTH and SELECT get their small limits; everything after them (SUBSCRIBE
    // confirmations, messages, PONGs) the subscriber's.
    m_guard.reset();
    m_guard.setFallback(RespLimits::subscriber());
    QByteArray request;
    int expected = 0;
    const auto send = [&](const QList<QByteArray> &argv) {
        appendCommand(request, argv);
        m_guard.expect(RespLimits::forCommand(argv));
        ++expected;
    };
    if (!m_options.password.isEmpty()) {
        if (m_options.user.isEmpty())
            send({QByteArrayLiteral("AUTH"), m_options.password.toUtf8()});
        else
            send({QByteArrayLiteral("AUTH"), m_options.user.toUtf8(), m_options.password.toUtf8()});
    }
    if (m_options.db != 0)
        send({QByteArrayLiteral("SELECT"), QByteArray::number(m_options.db)});
    if (m_options.sentinel) // last before SUBSCRIBE: checked below
        send({QByteArrayLiteral("ROLE")});
    QList<QByteArray> subscribe{QByteArrayLiteral("SUBSCRIBE")};
    subscribe += m_channels;
    appendCommand(request, subscribe);
    if (Result<void> s = sendAll(c.get(), request, deadline); !s)
        return s.error();

    for (int i = 0; i < expected; ++i) {
        Result<void *> r = readReply(c.get(), deadline);
        if (!r)
            return r.error();
        ReplyPtr reply(r.value());
        const auto *rr = static_cast<const redisReply *>(reply.get());
        if (rr->type == REDIS_REPLY_ERROR)
            return RedisError::fromReply(
                    RedisReply::adopt(static_cast<redisReply *>(reply.release())));
        if (m_options.sentinel && i == expected - 1) {
            const RedisReply role = RedisReply::adopt(static_cast<redisReply *>(reply.release()));
            if (Result<void> master = SentinelResolver::checkRole(role, m_target); !master)
                return master.error();
        }
    }
    // One confirmation per channel: ["subscribe", channel, count].
    for (qsizetype i = 0; i < m_channels.size(); ++i) {
        Result<void *> r = readReply(c.get(), deadline);
        if (!r)
            return r.error();
        ReplyPtr reply(r.value());
        const auto *rr = static_cast<const redisReply *>(reply.get());
        if (rr->type == REDIS_REPLY_ERROR)
            return RedisError::fromReply(
                    RedisReply::adopt(static_cast<redisReply *>(reply.release())));
        if (elementText(rr, 0) != QByteArrayView("subscribe"))
            return Error(ErrorKind::Protocol, tr("Unexpected answer to SUBSCRIBE."));
    }
    return c;
}

Error RedisSubscriber::readLoop(redisContext *c)
{
    static const QByteArray ping = [] {
        QByteArray b;
        appendCommand(b, {QByteArrayLiteral("PING")});
        return b;
    }();
    char buffer[16 * 1024];
    TimePoint lastReceived = SteadyClock::now();
    bool pingOutstanding = false;
    TimePoint pingSent;
    for (;;) {
        // Deliver everything the reader has already parsed.
        for (;;) {
            void *raw = nullptr;
            if (redisGetReplyFromReader(c, &raw) != REDIS_OK)
                return RedisError::fromContext(c);
            if (!raw)
                break;
            ReplyPtr reply(raw);
            const auto *r = static_cast<const redisReply *>(raw);
            if (r->type == REDIS_REPLY_ERROR)
                return RedisError::fromReply(
                        RedisReply::adopt(static_cast<redisReply *>(reply.release())));
            if (elementText(r, 0) == QByteArrayView("message") && r->elements == 3) {
                ++m_messages;
                if (m_onMessage)
                    m_onMessage(Message{elementText(r, 1).toByteArray(),
                                        elementText(r, 2).toByteArray()});
            }
            // "pong" answers our keep-alive; "subscribe" confirmations need nothing.
        }
        if (m_stop)
            return stoppedError();

        const TimePoint now = SteadyClock::now();
        // A demoted master keeps its subscribers until the sentinels reconfigure it, seconds
        // after the failover: follow the sentinels' answer instead (asked at most once per
        // SentinelResolver::RecheckMs).
        if (m_options.sentinel
            && m_options.sentinel->masterMoved(m_target, now + Ms(m_options.connectTimeoutMs)))
            return SentinelResolver::failoverError();
        if (pingOutstanding && now - pingSent >= Ms(m_timing.pingTimeoutMs))
            return Error(ErrorKind::Timeout, tr("Redis did not answer a keep-alive PING."));
        if (!pingOutstanding && now - lastReceived >= Ms(m_timing.pingIntervalMs)) {
            const TimePoint sendDeadline = now + Ms(m_timing.pingTimeoutMs);
            if (Result<void> s = sendAll(c, ping, sendDeadline); !s)
                return s.error();
            ++m_pings;
            pingOutstanding = true;
            pingSent = now;
        }
        const TimePoint next = pingOutstanding ? pingSent + Ms(m_timing.pingTimeoutMs)
                                               : lastReceived + Ms(m_timing.pingIntervalMs);
        const int wait = std::clamp(remainingMs(next), 1, m_timing.pollSliceMs);
        pollfd p{c->fd, POLLIN, 0};
        const int n = ::poll(&p, 1, wait);
        if (n == 0)
            continue;
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return RedisError::fromErrno(errno, "poll");
        }
        if (p.revents & (POLLERR | POLLNVAL))
            return Error(ErrorKind::Unavailable, tr("The Redis socket failed."));
        Result<bool> fed = readAndFeed(c, m_guard, buffer, sizeof buffer);
        if (!fed)
            return fed.error();
        if (!fed.value())
            continue;
        lastReceived = SteadyClock::now();
        pingOutstanding = false;
    }
}

void RedisSubscriber::run()
{
    int streak = 0;
    while (!m_stop) {
        setState(State::Connecting);
        Result<ContextPtr> c = connectAndSubscribe();
        if (!c) {
            if (m_stop)
                break;
            ++m_failures;
            ++streak;
            recordError(c.error());
            setState(State::BackingOff);
            // Warn once per outage, not once per retry.
            if (streak == 1)
                qCWarning(lcRedis).noquote()
                        << "subscriber: connection to" << m_options.redactedDescription()
                        << "failed:" << c.error().toString();
            else
                qCDebug(lcRedis).noquote()
                        << "subscriber: retry" << streak << "failed:" << c.error().toString();
            if (!waitBackoff(streak))
                break;
            continue;
        }
        streak = 0;
        if (m_connects.fetch_add(1) > 0)
            qCInfo(lcRedis).noquote()
                    << "subscriber: reconnected to" << m_options.redactedDescription();
        setState(State::Connected);
        if (m_onState)
            m_onState(true);

        const Error lost = readLoop(c.value().get());
        c.value().reset();
        if (m_stop)
            break;
        ++m_failures;
        recordError(lost);
        setState(State::BackingOff);
        qCWarning(lcRedis).noquote()
                << "subscriber: lost" << m_options.redactedDescription() << ":" << lost.toString();
        if (m_onState)
            m_onState(false);
        streak = 1; // the lost connection was this outage's warning
        if (!waitBackoff(streak))
            break;
    }
    setState(State::Stopped);
}

} // namespace pm
