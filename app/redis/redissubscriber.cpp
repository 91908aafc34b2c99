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

QByteArrayView elementText(const RedisReply &r, std::size_t i)
{
    const RedisReply e = r.element(i);
    if (!e.isString() && !e.isStatus())
        return {};
    return e.view();
}

} // namespace

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

Result<void> RedisSubscriber::connectAndSubscribe()
{
    if (Result<void> valid = m_options.validate(); !valid)
        return valid.error();
    if (m_channels.isEmpty())
        return Error(ErrorKind::InvalidInput, tr("No channel to subscribe to."));
    const TimePoint deadline = SteadyClock::now() + Ms(m_options.connectTimeoutMs);
    m_socket.setStopFlag(&m_stop, m_timing.pollSliceMs, stoppedError());
    Result<RedisEndpoint> opened = m_socket.openTarget(m_options, deadline);
    if (!opened)
        return opened.error();
    m_target = opened.value();

    // AUTH and SELECT as RedisConnection does (SELECT does not scope pub/sub, but an ACL user
    // may be limited to it), then SUBSCRIBE, all in one round trip.
    // The replies to AUTH and SELECT get their small limits; everything after them (SUBSCRIBE
    // confirmations, messages, PONGs) the subscriber's.
    m_guard.reset();
    m_guard.setFallback(RespLimits::subscriber());
    RedisArgv subscribe{QByteArrayLiteral("SUBSCRIBE")};
    subscribe += m_channels;
    char buffer[16 * 1024];
    Result<RedisReply> first = Error(ErrorKind::Internal, QStringLiteral("no reply"));
    if (m_options.sentinel) {
        // A sentinel that is out of date may name a demoted master: ROLE first (Sentinel only,
        // one more round trip), then SUBSCRIBE.
        Result<RedisReply> role
                = m_socket.handshake(m_options, m_guard, {QByteArrayLiteral("ROLE")}, deadline);
        if (!role)
            return role.error();
        if (role->isError())
            return RedisError::fromReply(role.value());
        if (Result<void> master = SentinelResolver::checkRole(role.value(), m_target); !master)
            return master.error();
        QByteArray request;
        RedisSocket::appendCommand(request, subscribe);
        m_guard.expect(RespLimits::forCommand(subscribe));
        if (Result<void> sent = m_socket.sendAll(request.constData(), request.size(), deadline);
            !sent)
            return sent.error();
        first = m_socket.readReply(m_guard, buffer, sizeof buffer, deadline);
    } else {
        first = m_socket.handshake(m_options, m_guard, subscribe, deadline);
    }
    // One confirmation per channel: ["subscribe", channel, count].
    for (qsizetype i = 0; i < m_channels.size(); ++i) {
        Result<RedisReply> reply = i == 0
                ? std::move(first)
                : m_socket.readReply(m_guard, buffer, sizeof buffer, deadline);
        if (!reply)
            return reply.error();
        if (reply->isError())
            return RedisError::fromReply(reply.value());
        if (elementText(reply.value(), 0) != QByteArrayView("subscribe"))
            return Error(ErrorKind::Protocol, tr("Unexpected answer to SUBSCRIBE."));
    }
    return {};
}

Error RedisSubscriber::readLoop()
{
    static const QByteArray ping = [] {
        QByteArray b;
        RedisSocket::appendCommand(b, {QByteArrayLiteral("PING")});
        return b;
    }();
    char buffer[16 * 1024];
    TimePoint lastReceived = SteadyClock::now();
    bool pingOutstanding = false;
    TimePoint pingSent;
    for (;;) {
        // Deliver everything the reader has already parsed.
        for (;;) {
            redisContext *c = m_socket.context();
            void *raw = nullptr;
            if (redisGetReplyFromReader(c, &raw) != REDIS_OK)
                return RedisError::fromContext(c);
            if (!raw)
                break;
            const RedisReply r = RedisReply::adopt(static_cast<redisReply *>(raw));
            if (r.isError())
                return RedisError::fromReply(r);
            if (elementText(r, 0) == QByteArrayView("message") && r.size() == 3) {
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
            if (Result<void> s = m_socket.sendAll(ping.constData(), ping.size(), sendDeadline); !s)
                return s.error();
            ++m_pings;
            pingOutstanding = true;
            pingSent = now;
        }
        const TimePoint next = pingOutstanding ? pingSent + Ms(m_timing.pingTimeoutMs)
                                               : lastReceived + Ms(m_timing.pingIntervalMs);
        const int wait = std::clamp(remainingMs(next), 1, m_timing.pollSliceMs);
        Result<bool> ready = m_socket.poll(POLLIN, wait);
        if (!ready)
            return ready.error();
        if (!ready.value())
            continue;
        Result<bool> fed = m_socket.readAndFeed(m_guard, buffer, sizeof buffer);
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
        Result<void> c = connectAndSubscribe();
        if (!c) {
            m_socket.close();
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

        const Error lost = readLoop();
        m_socket.close();
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
