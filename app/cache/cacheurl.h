#pragma once

#include "cache/memorybackend.h"
#include "core/result.h"

#include <QString>

namespace pm {

/**
 * A parsed cache URL:
 *   - `memory://[?max_entries=N&cull_frequency=N]`
 *   - `redis://[user:password@]host[:port][/db]` (port 6379 and db 0 by default)
 *   - `rediss://…` the same over TLS, with `ssl_ca_certs`, `ssl_certfile`, `ssl_keyfile` and
 *     `ssl_cert_reqs` (RedisOptions checks them)
 *   - `unix:///path/redis.sock[?db=N]`
 *   - `redis-sentinel://[[user]:password@]host:port[,host:port…][/db]?service=NAME`
 *     (checked by RedisOptions::fromUrl; host() and port() are the first sentinel's)
 * The password is kept for connecting but never shown: use redacted() in logs and the UI.
 */
class CacheUrl
{
public:
    enum class Scheme { Memory, Redis, Unix, Sentinel };

    static Result<CacheUrl> parse(const QString &url);

    Scheme scheme() const { return m_scheme; }
    bool isRedis() const { return m_scheme != Scheme::Memory; }
    /// rediss://: the connection is encrypted.
    bool isTls() const { return m_tls; }
    /// The URL as given (password included: do not log it).
    QString url() const { return m_url; }
    /// The URL with the password replaced by "***" (redactUrl(): a password-only
    /// `redis://PW@host` too).
    QString redacted() const;

    const MemoryBackendOptions &memoryOptions() const { return m_memory; }
    QString user() const { return m_user; }
    QString password() const { return m_password; }
    QString host() const { return m_host; }
    int port() const { return m_port; }
    int db() const { return m_db; }
    QString socketPath() const { return m_socketPath; }

private:
    Scheme m_scheme = Scheme::Memory;
    QString m_url;
    MemoryBackendOptions m_memory;
    QString m_user;
    QString m_password;
    QString m_host;
    int m_port = 6379;
    bool m_tls = false;
    int m_db = 0;
    QString m_socketPath;
};

} // namespace pm
