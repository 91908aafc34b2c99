#pragma once

#include "core/result.h"
#include "redis/redisoptions.h"
#include "redis/redisreply.h"
#include "redis/redissocket.h"
#include "redis/respguard.h"

#include <QByteArray>
#include <QList>

#include <atomic>
#include <chrono>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace pm {

/// Per-call overrides for RedisConnection. Negative values mean "use the RedisOptions
/// default" / "no limit".
struct RedisCallOptions
{
    int deadlineMs = -1; ///< total time for the call, reconnect included
    /// Refuse (ErrorKind::TooLarge) a reply larger than this, from its header. Without it the
    /// command's own bound applies (RespLimits::forCommand; DefaultMaxBytes for values). In a
    /// pipeline it bounds each reply.
    qint64 maxReplyBytes = -1;
};

/// What RedisConnection::describe() reports: for the window's "Test connection" and its lock.
struct RedisServerInfo
{
    QString serverVersion; ///< redis_version of INFO server
    QString role; ///< "master", "replica" or "sentinel" (ROLE)
    QString tlsVersion; ///< "TLSv1.3"; empty when plain
    QString tlsCipher; ///< the negotiated cipher; empty when plain
    bool tlsVerified = false; ///< certificate chain and host name checked
    qint64 roundTripUs = 0; ///< one PING, connected
};

/// A synchronous Redis connection with a real total deadline per call.
///
/// hiredis 0.14's own timeout is only an idle-read timeout, so this class drives the socket
/// itself (RedisSocket): the context is non-blocking (redisConnectNonBlock /
/// redisConnectUnixNonBlock), connect completion, the TLS handshake of a rediss:// URL and
/// every read and write wait in poll() against ONE deadline per call.
/// A connection counts as healthy only after AUTH, SELECT and a PING have been answered.
///
/// Failure handling: an I/O error, a closed socket or a missed deadline frees the context
/// (a reply may still be in flight, so it cannot be reused). The next call reconnects,
/// re-applying AUTH and SELECT, but only once the capped exponential backoff (with jitter)
/// has elapsed; until then calls fail fast with ErrorKind::Unavailable instead of waiting.
/// An error reply (WRONGTYPE, OOM …) leaves the connection usable. A connection idle for
/// RedisOptions::idleCheckMs is checked for a server-side close before use, so a restarted
/// server costs no failed call. Writes use MSG_NOSIGNAL: a vanished server never raises SIGPIPE.
/// Large bulk replies (≥ 32 KiB) are read straight into one QByteArray, and a reply above
/// CallOptions::maxReplyBytes is refused from its header, before it is fetched.
/// Every byte from the server passes a RespGuard before hiredis's reader sees it: a reply that
/// is not RESP, or that declares more than its command's RespLimits (a bulk of 2^63 bytes, an
/// array of 2^31 elements), fails the call with Protocol or TooLarge before anything of that
/// size is allocated, and the connection is dropped.
///
/// With redis-sentinel:// options the target of every connect is the master the sentinels name
/// (SentinelResolver): ROLE joins the handshake, an open connection leaves a master the sentinels
/// no longer name, and a READONLY reply fails the call (SentinelResolver::failoverError()).
///
/// Limitation: a TCP host name is resolved by hiredis with a blocking getaddrinfo() that the
/// deadline does not bound; use an IP address or a unix socket where that matters.
///
/// Thread-safety: every public method may be called from any thread. A timed mutex
/// serialises calls on the single context; a call waiting for the mutex spends its own
/// deadline doing so and fails with ErrorKind::Timeout if it cannot get the connection in time.
class RedisConnection
{
public:
    using CallOptions = RedisCallOptions;

    /// Counters since construction.
    struct Stats
    {
        quint64 commands = 0; ///< calls that got their replies (error replies included)
        quint64 connects = 0; ///< successful handshakes (first connect included)
        quint64 reconnects = 0; ///< successful handshakes after the first one
        quint64 failures = 0; ///< calls that failed without a reply (I/O, timeout, backoff)
        quint64 timeouts = 0; ///< of those, deadline misses
    };

    enum class State {
        Disconnected, ///< no context; the next call connects
        Connected, ///< healthy after the last call
        BackingOff, ///< the last attempt failed; calls fail fast until the backoff ends
    };

    explicit RedisConnection(RedisOptions options);
    ~RedisConnection();
    RedisConnection(const RedisConnection &) = delete;
    RedisConnection &operator=(const RedisConnection &) = delete;

    const RedisOptions &options() const { return m_options; }

    /// Runs one command. An error reply becomes an Error classified by RedisError
    /// (the raw reply text is the message); the connection stays usable after it.
    Result<RedisReply> command(const RedisArgv &argv, CallOptions call = {});

    /// Runs several commands in one round trip. Error replies are returned in place (check
    /// RedisReply::isError(), classify with RedisError::fromReply()); only a transport failure
    /// fails the whole call.
    Result<std::vector<RedisReply>> pipeline(const QList<RedisArgv> &commands,
                                             CallOptions call = {});

    /// Runs `count` commands whose every reply should be +OK (SET …), formatted by the caller
    /// into `request` (RespWriter), in one round trip. Returns the indexes of the commands that
    /// answered anything else; only a transport failure fails the call. Cheaper than pipeline()
    /// for many keys: no argument lists to build, no reply objects for "+OK".
    Result<QList<qsizetype>> pipelineOk(const QByteArray &request, qsizetype count,
                                        CallOptions call = {});

    /// PING; connects first if needed.
    Result<void> ping(CallOptions call = {});

    /// The server's version and role, the connection's TLS parameters and a timed PING.
    Result<RedisServerInfo> describe();
    /// True for rediss:// (every byte, the handshake included, goes over TLS).
    bool isEncrypted() const { return m_options.tls; }

    /// Frees the context; the next call reconnects at once (no backoff).
    void close();

    State state() const { return m_state.load(); }
    Stats stats() const;
    /// The last transport or handshake error (empty message when none yet).
    Error lastError() const;

private:
    using SteadyClock = std::chrono::steady_clock;
    using TimePoint = SteadyClock::time_point;
    Result<std::vector<RedisReply>> run(const RedisArgv *const *commands, std::size_t count,
                                        const CallOptions &call);
    /// The start of every call: its deadline, the connection's lock and a live connection.
    Result<std::unique_lock<std::timed_mutex>> beginCall(const CallOptions &call,
                                                         TimePoint *deadline);
    /// A failed round trip: the error named for the user, the connection dropped.
    Error failCall(Error error, const CallOptions &call);
    /// A finished round trip (a READONLY reply from a demoted master fails it).
    Result<void> endCall(bool hitDemotedMaster);
    /// Waits for and reads the next bytes of the replies into m_buffer, checked by m_guard
    /// (0: nothing this time).
    Result<qsizetype> readChecked(TimePoint deadline);
    /// Hands bytes to hiredis's reader.
    Result<void> feedReader(const char *data, qsizetype size);
    Result<QList<qsizetype>> okRoundTrip(const QByteArray &request, qsizetype count,
                                         TimePoint deadline, bool *demoted);
    Result<void> ensureConnected(TimePoint deadline);
    Result<void> connect(TimePoint deadline);
    Result<std::vector<RedisReply>> roundTrip(const RedisArgv *const *commands, std::size_t count,
                                              TimePoint deadline, qint64 maxReplyBytes);
    Result<std::optional<RedisReply>> readBulkDirect(qsizetype chunk, TimePoint deadline,
                                                     qint64 maxReplyBytes);
    enum class Drop { Keep, FailFast, Context, ContextAndBackOff };
    Error recordFailure(Error error, Drop drop);

    const RedisOptions m_options;
    std::optional<Error> m_invalid; // options that failed validate(): every call fails
    std::timed_mutex m_mutex; // guards everything below up to m_request
    RedisSocket m_socket;
    RedisEndpoint m_target; // where m_socket is connected (TCP)
    TimePoint m_nextAttempt;
    TimePoint m_lastUse;
    int m_streak = 0; // consecutive failures since the last healthy handshake
    std::vector<char> m_buffer; // socket reads
    RespGuard m_guard; // validates the replies of the current round trip
    QByteArray m_request; // formatted RESP of the current call

    std::atomic<State> m_state{State::Disconnected};
    std::atomic<quint64> m_commands{0};
    std::atomic<quint64> m_connects{0};
    std::atomic<quint64> m_failures{0};
    std::atomic<quint64> m_timeouts{0};
    mutable std::mutex m_errorMutex;
    Error m_lastError;
};

} // namespace pm
