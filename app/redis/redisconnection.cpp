#include "redis/redisconnection.h"

#include "core/logging.h"
#include "redis/rediserror.h"
#include "redis/respwriter.h"
#include "redis/sentinelresolver.h"

#include <hiredis/hiredis.h>

#include <QCoreApplication>
#include <QVarLengthArray>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace pm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pm::RedisConnection", text);
}

constexpr std::size_t ReadChunk = 128 * 1024;

// Bulk replies at least this large skip hiredis's reader (see readBulkDirect).
constexpr qint64 DirectReadThreshold = 32 * 1024;

Error tooLarge(qint64 limit)
{
    return Error(ErrorKind::TooLarge,
                 QCoreApplication::translate("pm::RedisConnection",
                                             "The Redis reply exceeds the size limit of %1 bytes.")
                         .arg(limit));
}

} // namespace

RedisConnection::RedisConnection(RedisOptions options)
    : m_options(std::move(options))
    , m_buffer(ReadChunk)
{
    if (Result<void> valid = m_options.validate(); !valid)
        m_invalid = valid.error();
}

RedisConnection::~RedisConnection() = default;

RedisConnection::Stats RedisConnection::stats() const
{
    Stats s;
    s.commands = m_commands.load();
    s.connects = m_connects.load();
    s.reconnects = s.connects > 0 ? s.connects - 1 : 0;
    s.failures = m_failures.load();
    s.timeouts = m_timeouts.load();
    return s;
}

Error RedisConnection::lastError() const
{
    std::lock_guard<std::mutex> lock(m_errorMutex);
    return m_lastError;
}

void RedisConnection::close()
{
    std::lock_guard<std::timed_mutex> lock(m_mutex);
    m_socket.close();
    m_streak = 0;
    m_nextAttempt = {};
    m_state = State::Disconnected;
}

Result<RedisReply> RedisConnection::command(const RedisArgv &argv, CallOptions call)
{
    const RedisArgv *one = &argv;
    Result<std::vector<RedisReply>> replies = run(&one, 1, call);
    if (!replies)
        return replies.error();
    RedisReply reply = std::move(replies.value().front());
    if (reply.isError())
        return RedisError::fromReply(reply);
    return reply;
}

Result<std::vector<RedisReply>> RedisConnection::pipeline(const QList<RedisArgv> &commands,
                                                          CallOptions call)
{
    if (commands.isEmpty())
        return std::vector<RedisReply>();
    QVarLengthArray<const RedisArgv *, 64> pointers;
    pointers.reserve(commands.size());
    for (const RedisArgv &c : commands)
        pointers.append(&c);
    return run(pointers.data(), std::size_t(pointers.size()), call);
}

Result<void> RedisConnection::ping(CallOptions call)
{
    Result<RedisReply> reply = command({QByteArrayLiteral("PING")}, call);
    if (!reply)
        return reply.error();
    if (!reply->isStatus("PONG"))
        return Error(ErrorKind::Protocol, tr("Unexpected answer to PING."));
    return {};
}

Result<RedisServerInfo> RedisConnection::describe()
{
    RedisServerInfo info;
    Result<RedisReply> server = command({QByteArrayLiteral("INFO"), QByteArrayLiteral("server")});
    if (!server)
        return server.error();
    for (const QByteArray &line : server->string().split('\n')) {
        if (line.startsWith("redis_version:"))
            info.serverVersion = QString::fromLatin1(line.mid(14).trimmed());
    }
    Result<RedisReply> role = command({QByteArrayLiteral("ROLE")});
    if (!role)
        return role.error();
    if (role->isArray() && role->size() > 0) {
        info.role = QString::fromLatin1(role->element(0).string());
        if (info.role == QLatin1String("slave"))
            info.role = QStringLiteral("replica");
    }
    const auto start = SteadyClock::now();
    if (Result<void> pong = ping(); !pong)
        return pong.error();
    info.roundTripUs
            = std::chrono::duration_cast<std::chrono::microseconds>(SteadyClock::now() - start)
                      .count();
    std::lock_guard<std::timed_mutex> lock(m_mutex);
    info.tlsVersion = m_socket.tlsVersion();
    info.tlsCipher = m_socket.tlsCipher();
    info.tlsVerified = m_socket.tlsVerified();
    return info;
}

Error RedisConnection::recordFailure(Error error, Drop drop)
{
    // Called with m_mutex held.
    ++m_failures;
    if (error.kind == ErrorKind::Timeout)
        ++m_timeouts;
    if (drop == Drop::FailFast)
        return error; // keep the real cause in lastError()
    if (drop != Drop::Keep)
        m_socket.close();
    if (drop == Drop::Context) {
        m_state = State::Disconnected;
    } else if (drop == Drop::ContextAndBackOff) {
        ++m_streak;
        const qint64 delay = m_options.backoffDelayMs(m_streak);
        m_nextAttempt = SteadyClock::now() + std::chrono::milliseconds(delay);
        m_state = State::BackingOff;
        qCWarning(lcRedis).noquote()
                << "connection to" << m_options.redactedDescription()
                << "failed:" << error.toString() << "- retry in" << delay << "ms";
    }
    {
        std::lock_guard<std::mutex> lock(m_errorMutex);
        m_lastError = error;
    }
    return error;
}

Result<qsizetype> RedisConnection::readChecked(TimePoint deadline)
{
    if (Result<void> w = m_socket.waitFor(POLLIN, deadline); !w)
        return w.error();
    const Result<qsizetype> got = m_socket.readSome(m_buffer.data(), qsizetype(m_buffer.size()));
    if (!got)
        return got.error();
    // Every byte passes the guard before anything parses (and allocates) it.
    if (got.value() > 0) {
        if (Result<void> valid = m_guard.feed(m_buffer.data(), got.value()); !valid)
            return valid.error();
    }
    return got;
}

Result<void> RedisConnection::feedReader(const char *data, qsizetype size)
{
    redisContext *c = m_socket.context();
    if (redisReaderFeed(c->reader, data, size_t(size)) != REDIS_OK)
        return Error(ErrorKind::Protocol, QString::fromLocal8Bit(c->reader->errstr));
    return {};
}

Result<std::vector<RedisReply>> RedisConnection::roundTrip(const RedisArgv *const *commands,
                                                           std::size_t count, TimePoint deadline,
                                                           qint64 maxReplyBytes)
{
    // RESP is formatted here rather than by redisAppendCommandArgv, whose sdscatfmt per
    // argument dominated a 1,000-command pipeline; the bytes are the same.
    qsizetype size = 0;
    for (std::size_t i = 0; i < count; ++i) {
        size += 16;
        for (const QByteArray &arg : *commands[i])
            size += arg.size() + 24;
    }
    QByteArray &out = m_request;
    out.resize(size); // an upper bound (24 bytes per header); trimmed below
    char *pos = out.data();
    for (std::size_t i = 0; i < count; ++i) {
        const RedisArgv &cmd = *commands[i];
        pos = RespWriter::writeHeader(pos, '*', cmd.size());
        for (const QByteArray &arg : cmd) {
            pos = RespWriter::writeHeader(pos, '$', arg.size());
            if (!arg.isEmpty())
                std::memcpy(pos, arg.constData(), size_t(arg.size()));
            pos += arg.size();
            *pos++ = '\r';
            *pos++ = '\n';
        }
    }
    out.resize(pos - out.constData());

    if (Result<void> sent = m_socket.sendAll(out.constData(), out.size(), deadline); !sent)
        return sent.error();
    if (out.capacity() > qsizetype(ReadChunk))
        out = QByteArray(); // do not keep a large value's copy around

    // Each reply is checked against its command's limits before hiredis parses (and
    // allocates) it.
    m_guard.reset();
    for (std::size_t i = 0; i < count; ++i)
        m_guard.expect(RespLimits::forCommand(*commands[i], maxReplyBytes));

    std::vector<RedisReply> replies;
    replies.reserve(count);
    qint64 received = 0;
    redisContext *c = m_socket.context();
    while (replies.size() < count) {
        void *reply = nullptr;
        if (redisGetReplyFromReader(c, &reply) != REDIS_OK)
            return RedisError::fromContext(c);
        if (reply) {
            replies.push_back(RedisReply::adopt(static_cast<redisReply *>(reply)));
            continue;
        }
        const Result<qsizetype> got = readChecked(deadline);
        if (!got)
            return got.error();
        const qsizetype n = got.value();
        if (n == 0)
            continue;
        if (count == 1 && received == 0 && m_buffer[0] == '$') {
            Result<std::optional<RedisReply>> direct = readBulkDirect(n, deadline, maxReplyBytes);
            if (!direct)
                return direct.error();
            if (direct->has_value()) {
                replies.push_back(std::move(*direct.value()));
                continue;
            }
        }
        received += n;
        if (Result<void> fed = feedReader(m_buffer.data(), n); !fed)
            return fed.error();
    }
    return replies;
}

Result<std::optional<RedisReply>> RedisConnection::readBulkDirect(qsizetype chunk,
                                                                  TimePoint deadline,
                                                                  qint64 maxReplyBytes)
{
    // A large bulk string ("$<len>\r\n<bytes>\r\n") is read straight into one buffer of the
    // right size, instead of through hiredis's reader, which grows its buffer step by step and
    // then copies the value once more into the reply: one copy instead of three.
    const char *p = m_buffer.data();
    const char *lineEnd
            = static_cast<const char *>(memchr(p, '\r', size_t(qMin<qsizetype>(chunk, 24))));
    if (!lineEnd || lineEnd + 1 >= p + chunk || lineEnd[1] != '\n')
        return std::optional<RedisReply>(); // header split across reads: use the reader
    // m_guard has accepted this header: digits within the command's limits, no overflow.
    qint64 length = 0;
    for (const char *d = p + 1; d < lineEnd; ++d) {
        if (*d < '0' || *d > '9')
            return std::optional<RedisReply>(); // "$-1" (nil) and anything odd: the reader
        length = length * 10 + (*d - '0');
    }
    if (length < DirectReadThreshold)
        return std::optional<RedisReply>();
    const qsizetype header = lineEnd + 2 - p;
    if (maxReplyBytes >= 0 && header + length + 2 > maxReplyBytes)
        return tooLarge(maxReplyBytes); // refused before fetching it whole

    QByteArray bulk(qsizetype(length), Qt::Uninitialized);
    const qsizetype inChunk = chunk - header;
    qsizetype filled = qMin<qsizetype>(inChunk, length);
    memcpy(bulk.data(), p + header, size_t(filled));
    char tail[2];
    qsizetype tailFilled = inChunk - filled;
    if (tailFilled > 2)
        return Error(ErrorKind::Protocol, tr("Unexpected bytes after a Redis reply."));
    memcpy(tail, p + header + filled, size_t(tailFilled));

    auto readInto = [&](char *dst, qsizetype &done, qsizetype want) -> Result<void> {
        while (done < want) {
            if (Result<void> w = m_socket.waitFor(POLLIN, deadline); !w)
                return w.error();
            const Result<qsizetype> got = m_socket.readSome(dst + done, want - done);
            if (!got)
                return got.error();
            const qsizetype n = got.value();
            if (Result<void> valid = m_guard.feed(dst + done, n); !valid)
                return valid.error();
            done += n;
        }
        return {};
    };
    if (Result<void> r = readInto(bulk.data(), filled, length); !r)
        return r.error();
    if (Result<void> r = readInto(tail, tailFilled, 2); !r)
        return r.error();
    if (tail[0] != '\r' || tail[1] != '\n')
        return Error(ErrorKind::Protocol, tr("A Redis bulk reply did not end with CRLF."));
    return std::optional<RedisReply>(RedisReply::fromBulk(std::move(bulk)));
}

Result<void> RedisConnection::connect(TimePoint deadline)
{
    Result<RedisEndpoint> opened = m_socket.openTarget(m_options, deadline);
    if (!opened)
        return opened.error();
    m_target = opened.value();
    // AUTH and SELECT, then PING proves the server is alive (a SIGSTOPped server still
    // accepts connections), in one round trip. With Sentinel, ROLE proves it too, and that
    // the address still is the master (a sentinel that is out of date may name a demoted one).
    m_guard.reset();
    const bool sentinel = m_options.sentinel != nullptr;
    Result<RedisReply> pong = m_socket.handshake(
            m_options, m_guard, {sentinel ? QByteArrayLiteral("ROLE") : QByteArrayLiteral("PING")},
            deadline);
    if (!pong) {
        m_socket.close();
        if (pong.error().kind == ErrorKind::Timeout)
            return Error(ErrorKind::Timeout,
                         tr("Redis accepted the connection but did not "
                            "answer the handshake in time."));
        return pong.error();
    }
    if (pong->isError()) {
        m_socket.close();
        return RedisError::fromReply(pong.value());
    }
    if (sentinel) {
        if (Result<void> master = SentinelResolver::checkRole(pong.value(), m_target); !master) {
            m_socket.close();
            return master.error();
        }
    } else if (!pong->isStatus("PONG")) {
        m_socket.close();
        return Error(ErrorKind::Protocol, tr("Unexpected answer to PING."));
    }
    return {};
}

Result<void> RedisConnection::ensureConnected(TimePoint deadline)
{
    if (m_socket.isOpen() && m_options.sentinel
        && m_options.sentinel->masterMoved(m_target, deadline)) {
        // The old master accepts writes until the sentinels demote it: leave it at once.
        qCInfo(lcRedis).noquote() << "the sentinels name a new master instead of"
                                  << m_target.toString() << "; reconnecting";
        m_socket.close();
        m_state = State::Disconnected;
    }
    const TimePoint now = SteadyClock::now();
    if (m_socket.isOpen()) {
        // Busy connections skip the check (one syscall per call).
        if (now - m_lastUse < std::chrono::milliseconds(m_options.idleCheckMs))
            return {};
        if (!m_socket.peerClosed())
            return {};
        qCInfo(lcRedis).noquote() << "idle connection to" << m_options.redactedDescription()
                                  << "was closed by the server; reconnecting";
        m_socket.close();
        m_state = State::Disconnected;
    }
    if (m_streak > 0 && now < m_nextAttempt) {
        const auto wait = std::chrono::ceil<std::chrono::milliseconds>(m_nextAttempt - now).count();
        // Keep the cause (e.g. "auth: WRONGPASS …") visible in the fail-fast error.
        return recordFailure(Error(ErrorKind::Unavailable,
                                   tr("Redis is unavailable (%1); the next attempt is in %2 ms.")
                                           .arg(lastError().toString(), QString::number(wait))),
                             Drop::FailFast);
    }
    const TimePoint connectDeadline
            = std::min(deadline, now + std::chrono::milliseconds(m_options.connectTimeoutMs));
    if (Result<void> c = connect(connectDeadline); !c)
        return recordFailure(c.error(), Drop::ContextAndBackOff);
    m_streak = 0;
    m_lastUse = SteadyClock::now();
    m_state = State::Connected;
    if (m_connects.fetch_add(1) > 0)
        qCInfo(lcRedis).noquote() << "reconnected to" << m_options.redactedDescription();
    return {};
}

Result<std::unique_lock<std::timed_mutex>> RedisConnection::beginCall(const CallOptions &call,
                                                                      TimePoint *deadline)
{
    const int deadlineMs = call.deadlineMs > 0 ? call.deadlineMs : m_options.commandDeadlineMs;
    *deadline = SteadyClock::now() + std::chrono::milliseconds(deadlineMs);

    if (m_invalid)
        return *m_invalid;

    std::unique_lock<std::timed_mutex> lock(m_mutex, std::defer_lock);
    if (!lock.try_lock_until(*deadline)) {
        ++m_failures;
        ++m_timeouts;
        return Error(
                ErrorKind::Timeout,
                tr("The Redis connection stayed busy past the deadline (%1 ms).").arg(deadlineMs));
    }

    if (Result<void> ready = ensureConnected(*deadline); !ready)
        return ready.error();
    return lock;
}

Error RedisConnection::failCall(Error error, const CallOptions &call)
{
    const int deadlineMs = call.deadlineMs > 0 ? call.deadlineMs : m_options.commandDeadlineMs;
    if (error.kind == ErrorKind::Timeout)
        error.message = tr("Redis did not answer within the deadline (%1 ms).").arg(deadlineMs);
    // A reply too large to fetch is the value's fault, not the server's: reconnect at once.
    const Drop drop = error.kind == ErrorKind::TooLarge ? Drop::Context : Drop::ContextAndBackOff;
    return recordFailure(std::move(error), drop);
}

Result<void> RedisConnection::endCall(bool hitDemotedMaster)
{
    // READONLY from a master the sentinels demoted: the write did not happen; never report
    // the call as done, and find the new master.
    if (m_options.sentinel && hitDemotedMaster)
        return recordFailure(SentinelResolver::failoverError(), Drop::ContextAndBackOff);
    m_lastUse = SteadyClock::now();
    ++m_commands;
    return {};
}

Result<std::vector<RedisReply>> RedisConnection::run(const RedisArgv *const *commands,
                                                     std::size_t count, const CallOptions &call)
{
    TimePoint deadline;
    auto lock = beginCall(call, &deadline);
    if (!lock)
        return lock.error();
    Result<std::vector<RedisReply>> replies
            = roundTrip(commands, count, deadline, call.maxReplyBytes);
    if (!replies)
        return failCall(replies.error(), call);
    if (Result<void> done = endCall(SentinelResolver::hitDemotedMaster(replies.value())); !done)
        return done.error();
    return replies;
}

Result<QList<qsizetype>> RedisConnection::pipelineOk(const QByteArray &request, qsizetype count,
                                                     CallOptions call)
{
    if (count <= 0)
        return QList<qsizetype>();
    TimePoint deadline;
    auto lock = beginCall(call, &deadline);
    if (!lock)
        return lock.error();
    bool demoted = false;
    Result<QList<qsizetype>> failed = okRoundTrip(request, count, deadline, &demoted);
    if (!failed)
        return failCall(failed.error(), call);
    if (Result<void> done = endCall(demoted); !done)
        return done.error();
    return failed;
}

Result<QList<qsizetype>> RedisConnection::okRoundTrip(const QByteArray &request, qsizetype count,
                                                      TimePoint deadline, bool *demoted)
{
    if (Result<void> sent = m_socket.sendAll(request.constData(), request.size(), deadline); !sent)
        return sent.error();
    // Every reply checked against SET's limits (a small scalar) before it is parsed.
    static const RespLimits limits = RespLimits::forCommand({QByteArrayLiteral("SET")}, -1);
    m_guard.reset();
    for (qsizetype i = 0; i < count; ++i)
        m_guard.expect(limits);

    // One-line replies ("+OK", "-ERR …", ":1") are read here, without a reply object each;
    // anything else hands the rest of the stream to hiredis's reader.
    QList<qsizetype> failed;
    const auto noteReply = [&](qsizetype index, bool ok, QByteArrayView errorLine) {
        if (ok)
            return;
        failed.append(index);
        if (errorLine.startsWith("READONLY"))
            *demoted = true;
    };
    QByteArray &pending = m_request; // sent already: reused for the replies' bytes
    pending.resize(0);
    qsizetype pos = 0;
    qsizetype done = 0;
    bool viaReader = false;
    redisContext *c = m_socket.context();
    while (done < count) {
        if (viaReader) {
            void *reply = nullptr;
            if (redisGetReplyFromReader(c, &reply) != REDIS_OK)
                return RedisError::fromContext(c);
            if (reply) {
                const RedisReply r = RedisReply::adopt(static_cast<redisReply *>(reply));
                noteReply(done++, r.isStatus("OK"), r.isError() ? r.view() : QByteArrayView());
                continue;
            }
        } else {
            while (done < count && pos < pending.size()) {
                const char type = pending.at(pos);
                if (type != '+' && type != '-' && type != ':') {
                    if (Result<void> fed
                        = feedReader(pending.constData() + pos, pending.size() - pos);
                        !fed)
                        return fed.error();
                    pos = pending.size();
                    viaReader = true;
                    break;
                }
                const qsizetype eol = pending.indexOf("\r\n", pos);
                if (eol < 0)
                    break; // the rest of this line is still on its way
                const QByteArrayView line(pending.constData() + pos + 1, eol - pos - 1);
                noteReply(done++, type == '+' && line == "OK",
                          type == '-' ? line : QByteArrayView());
                pos = eol + 2;
            }
            if (done == count || viaReader)
                continue;
        }
        const Result<qsizetype> got = readChecked(deadline);
        if (!got)
            return got.error();
        const qsizetype n = got.value();
        if (n == 0)
            continue;
        if (viaReader) {
            if (Result<void> fed = feedReader(m_buffer.data(), n); !fed)
                return fed.error();
        } else {
            pending.append(m_buffer.data(), n);
        }
    }
    if (pending.capacity() > qsizetype(ReadChunk))
        pending = QByteArray();
    return failed;
}

} // namespace pm
