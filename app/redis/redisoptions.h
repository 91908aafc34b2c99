#pragma once

#include "core/result.h"

#include <QString>

#include <chrono>
#include <memory>

namespace pm {

class SentinelResolver;

/// A TCP address.
struct RedisEndpoint
{
    QString host;
    int port = 0;
    /// "host:port" ("[::1]:port" for IPv6).
    QString toString() const;
    bool operator==(const RedisEndpoint &o) const { return host == o.host && port == o.port; }
};

/// True for "localhost", 127.x.y.z and ::1.
bool isLoopbackHost(const QString &host);

/// How to reach a Redis server and how long to wait for it. Modelled on redis-plus-plus's
/// ConnectionOptions. Parsed from a URL:
///   redis://[user:password@]host[:port][/db][?connect_timeout=ms&deadline=ms&allow_insecure=1]
///   rediss://[user:password@]host[:port][/db][?ssl_ca_certs=PATH&ssl_certfile=PATH&
///            ssl_keyfile=PATH&ssl_cert_reqs=required|none&connect_timeout=ms&deadline=ms]
///   unix:///path/redis.sock[?db=N&user=u&password=p&connect_timeout=ms&deadline=ms]
///   redis-sentinel://[[user]:password@]host[:port][,host[:port]…][/db]?service=NAME
///       [&sentinel_password=p&connect_timeout=ms&deadline=ms&allow_insecure=1]
///     (the sentinels, port 26379 by default; the master of `service` is asked of them on
///     every connect, see SentinelResolver)
/// A URL without a password takes it from the environment variable PM_CACHE_PASSWORD.
/// The password is never printed: use redactedDescription() in logs and the UI.
struct RedisOptions
{
    enum class Transport { Tcp, Unix };

    Transport transport = Transport::Tcp;
    QString host = QStringLiteral("127.0.0.1");
    int port = 6379;
    QString socketPath; ///< for Transport::Unix
    int db = 0;
    QString user; ///< ACL user; empty means the default user
    QString password; ///< never logged; empty means no AUTH

    int connectTimeoutMs = 250; ///< connect + AUTH/SELECT/PING handshake
    int commandDeadlineMs = 250; ///< total time allowed for one call, reconnect included
    int backoffInitialMs = 50; ///< first delay after a failure
    int backoffMaxMs = 2000; ///< cap of the exponential backoff

    /// The delay before reconnect attempt `streak` (1 for the first failure): capped
    /// exponential backoff with "equal jitter" — half fixed, half random — so that many
    /// clients do not hammer a returning server in lock-step.
    qint64 backoffDelayMs(int streak) const;
    bool keepAlive = true; ///< TCP keep-alive (TCP only)
    /// A connection idle for at least this long is checked for a server-side close (one
    /// zero-timeout poll) before use, so that a restarted server costs no failed call.
    int idleCheckMs = 100;
    /// A plain (redis://) connection to a non-loopback TCP server needs this explicit opt-in.
    bool allowInsecureRemote = false;
    /// redis-sentinel://: who names the master (host and port are then the first sentinel's).
    /// Shared by the copies of these options.
    std::shared_ptr<SentinelResolver> sentinel;

    /// Where to connect: host:port, or (Sentinel) the master the sentinels name now, asked
    /// within `deadline`. The one place where a connection picks its target.
    Result<RedisEndpoint> target(std::chrono::steady_clock::time_point deadline) const;

    /// rediss://: TLS (OpenSSL) over the TCP connection, for the handshake and every command.
    bool tls = false;
    QString tlsCaFile; ///< ssl_ca_certs: the CAs to trust; empty means the system store
    QString tlsCertFile; ///< ssl_certfile: client certificate (PEM), with tlsKeyFile
    QString tlsKeyFile; ///< ssl_keyfile: its private key (PEM, not encrypted)
    /// ssl_cert_reqs=none turns this off: no check of the chain nor of the host name.
    bool tlsVerifyPeer = true;
    /// True when the server's certificate chain and name are checked (rediss:// without
    /// ssl_cert_reqs=none).
    bool tlsVerify() const { return tls && tlsVerifyPeer; }

    /// Parses a redis://, rediss://, unix:// or redis-sentinel:// URL; without a password in it,
    /// PM_CACHE_PASSWORD (if set) is the password. Errors: InvalidInput.
    static Result<RedisOptions> fromUrl(const QString &url);

    /// The URL with the password masked ("***"): safe for logs and the UI.
    QString redactedDescription() const;

    /// True for a unix socket or a loopback TCP host (Sentinel: every sentinel loopback).
    bool isLocal() const;

    /// Checks the options for consistency (ranges, TLS opt-in). Errors: InvalidInput.
    Result<void> validate() const;
};

} // namespace pm
