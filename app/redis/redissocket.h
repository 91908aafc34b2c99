#pragma once

#include "core/result.h"
#include "redis/redisoptions.h"
#include "redis/redisreply.h"
#include "redis/respguard.h"

#include <QByteArray>
#include <QList>

#include <atomic>
#include <chrono>
#include <memory>

struct redisContext;
struct ssl_st;
struct ssl_ctx_st;

namespace pm {

/// One command: its arguments, binary-safe (explicit lengths, never printf-style).
using RedisArgv = QList<QByteArray>;

/// What OpenSSL's callbacks learn during a TLS handshake (internal to RedisSocket).
struct RedisTlsNotes
{
    QString peerNames; ///< the names the server's certificate is for
    bool clientCertRequested = false; ///< the server asked for a client certificate
};

/// The socket under RedisConnection and RedisSubscriber: one hiredis context (its fd and its
/// reply reader) and everything both need to drive it against a deadline.
///
/// open() connects without blocking (TCP or unix socket) and waits in poll() for the
/// connection; for rediss:// it then runs the TLS handshake (OpenSSL, non-blocking, within the
/// same deadline), after which every byte goes through SSL_write/SSL_read while hiredis's
/// reader keeps parsing the replies. handshake() sends AUTH and SELECT with the caller's last
/// command in one round trip. sendAll(), waitFor() and readSome() never wait past the deadline they
/// are given. Writes use MSG_NOSIGNAL: a vanished server never raises SIGPIPE. Bytes read pass the
/// caller's RespGuard before hiredis's reader sees them (readAndFeed(), readReply()).
///
/// Not thread-safe: its owner serialises the calls.
class RedisSocket
{
public:
    using SteadyClock = std::chrono::steady_clock;
    using TimePoint = SteadyClock::time_point;

    RedisSocket();
    ~RedisSocket();
    RedisSocket(const RedisSocket &) = delete;
    RedisSocket &operator=(const RedisSocket &) = delete;

    /// Connects to the server of `options` before `deadline` (closing any previous
    /// connection), TLS handshake included for options.tls. A missed deadline is
    /// ErrorKind::Timeout. TLS failures name their cause (certificate verification, host name
    /// mismatch, a client certificate the server requires, an unreadable file).
    Result<void> open(const RedisOptions &options, TimePoint deadline);
    /// The same, to `target` instead of the options' host and port (TCP; Sentinel's master).
    Result<void> open(const RedisOptions &options, const RedisEndpoint &target, TimePoint deadline);
    /// open() to where the options point now: host and port, or with Sentinel the master the
    /// sentinels name within `deadline`. Returns that endpoint.
    Result<RedisEndpoint> openTarget(const RedisOptions &options, TimePoint deadline);
    /// Frees the context and closes the socket.
    void close();
    bool isOpen() const { return m_context != nullptr; }
    /// The hiredis context (its reader); null when closed.
    redisContext *context() const { return m_context.get(); }
    /// True when the open connection runs over TLS.
    bool isEncrypted() const { return m_ssl != nullptr; }
    /// The negotiated protocol ("TLSv1.3") and cipher; empty when plain or closed.
    QString tlsVersion() const;
    QString tlsCipher() const;
    /// True when the open TLS connection's certificate chain and host name were verified.
    bool tlsVerified() const;

    /// Makes waitFor() poll in slices of at most `sliceMs` and fail with `stopped` as soon
    /// as `*stop` is true (a subscriber thread that must end promptly).
    void setStopFlag(const std::atomic<bool> *stop, int sliceMs, Error stopped);

    /// Sends AUTH (with the user, when given) and SELECT as `options` ask, then `last`, in one
    /// round trip; the replies pass `guard` (the caller reset it). An error reply to AUTH or
    /// SELECT fails the call; the reply to `last` is returned as it is (an error reply too).
    Result<RedisReply> handshake(const RedisOptions &options, RespGuard &guard,
                                 const RedisArgv &last, TimePoint deadline);

    /// Writes all of `data` before `deadline`.
    Result<void> sendAll(const char *data, qsizetype size, TimePoint deadline);
    /// Waits until the socket is ready for `events` (POLLIN, POLLOUT). ErrorKind::Timeout at
    /// the deadline.
    Result<void> waitFor(short events, TimePoint deadline);
    /// One wait of at most `timeoutMs`: true when ready for `events`, false on timeout.
    Result<bool> poll(short events, int timeoutMs);
    /// One read into `buffer`: the byte count, 0 when nothing is there yet (wait and retry).
    /// The peer closing the connection is an ErrorKind::Unavailable error.
    Result<qsizetype> readSome(char *buffer, qsizetype size);
    /// readSome(), then the bytes through `guard` into hiredis's reader. False: nothing read.
    Result<bool> readAndFeed(RespGuard &guard, char *buffer, qsizetype size);
    /// The next reply from hiredis's reader, reading (through `guard`) until one is complete.
    Result<RedisReply> readReply(RespGuard &guard, char *buffer, qsizetype size,
                                 TimePoint deadline);
    /// For an idle connection (nothing in flight): true when the server has closed it.
    bool peerClosed();

    /// Appends the RESP of `argv` to `out`.
    static void appendCommand(QByteArray &out, const RedisArgv &argv);

private:
    struct ContextDeleter
    {
        void operator()(redisContext *c) const;
    };
    using ContextPtr = std::unique_ptr<redisContext, ContextDeleter>;

    Result<void> startTls(const RedisOptions &options, TimePoint deadline, TimePoint started);
    Error tlsFailure(int ret);

    ContextPtr m_context;
    ssl_ctx_st *m_tlsContext = nullptr;
    ssl_st *m_ssl = nullptr;
    short m_tlsWant = 0; // what the last SSL call waits for (POLLIN/POLLOUT), 0: as asked
    bool m_tlsHandshaking = false;
    bool m_tlsClientCert = false;
    QString m_tlsHost; // the name (or IP) the certificate must be for
    RedisTlsNotes m_tlsNotes;
    const std::atomic<bool> *m_stop = nullptr;
    int m_sliceMs = 0;
    Error m_stopped;
};

} // namespace pm
