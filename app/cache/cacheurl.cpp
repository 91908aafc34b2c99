#include "cache/cacheurl.h"

#include "core/urlredaction.h"
#include "redis/redisoptions.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace pm {

namespace {

Error invalid(const QString &message)
{
    return Error(ErrorKind::InvalidInput, message, QStringLiteral("cache"));
}

QString tr(const char *text)
{
    return QCoreApplication::translate("pm::CacheUrl", text);
}

bool parseInt(const QString &text, int min, int *out)
{
    bool ok = false;
    const int v = text.toInt(&ok);
    if (!ok || v < min)
        return false;
    *out = v;
    return true;
}

/// Query options the Redis client itself understands (RedisOptions::fromUrl validates them).
QStringList redisOptionNames()
{
    return {QStringLiteral("user"), QStringLiteral("password"), QStringLiteral("connect_timeout"),
            QStringLiteral("deadline"), QStringLiteral("allow_insecure")};
}

/// The TLS options of a rediss:// URL (the names redis-py and django-redis use).
QStringList tlsOptionNames()
{
    return {QStringLiteral("ssl_ca_certs"), QStringLiteral("ssl_certfile"),
            QStringLiteral("ssl_keyfile"), QStringLiteral("ssl_cert_reqs")};
}

} // namespace

Result<CacheUrl> CacheUrl::parse(const QString &text)
{
    if (text.trimmed().startsWith(QLatin1String("redis-sentinel://"), Qt::CaseInsensitive)) {
        // Several hosts: QUrl cannot hold them; the Redis client's own parser checks it all.
        const Result<RedisOptions> options = RedisOptions::fromUrl(text);
        if (!options)
            return invalid(options.error().message);
        CacheUrl out;
        out.m_url = text.trimmed();
        out.m_scheme = Scheme::Sentinel;
        out.m_user = options->user;
        out.m_password = options->password;
        out.m_host = options->host;
        out.m_port = options->port;
        out.m_db = options->db;
        return out;
    }
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    CacheUrl out;
    out.m_url = text.trimmed();
    // Never echo the URL itself in errors: it may hold a password.
    if (!url.isValid())
        return invalid(tr("the cache URL is not valid"));
    const QString scheme = url.scheme().toLower();
    const QUrlQuery query(url);
    auto unknownOption = [&](const QStringList &allowed) -> std::optional<Error> {
        bool afterPassword = false; // "password=a&b": "b" may be the rest of a password
        for (const auto &item : query.queryItems()) {
            if (!allowed.contains(item.first)) {
                if (afterPassword)
                    return invalid(tr("unknown cache URL option after password= (write & in a "
                                      "password as %26)"));
                return invalid(tr("unknown cache URL option '%1'").arg(item.first.left(40)));
            }
            afterPassword = afterPassword || item.first == QLatin1String("password");
        }
        return std::nullopt;
    };

    if (scheme == QLatin1String("memory")) {
        out.m_scheme = Scheme::Memory;
        if (!url.host().isEmpty() || (!url.path().isEmpty() && url.path() != QLatin1String("/")))
            return invalid(tr("a memory cache URL has no host or path: memory://"));
        if (auto e
            = unknownOption({QStringLiteral("max_entries"), QStringLiteral("cull_frequency")}))
            return *e;
        if (query.hasQueryItem(QStringLiteral("max_entries"))
            && !parseInt(query.queryItemValue(QStringLiteral("max_entries")), 1,
                         &out.m_memory.maxEntries)) {
            return invalid(tr("max_entries must be a whole number of at least 1"));
        }
        if (query.hasQueryItem(QStringLiteral("cull_frequency"))
            && !parseInt(query.queryItemValue(QStringLiteral("cull_frequency")), 0,
                         &out.m_memory.cullFrequency)) {
            return invalid(tr("cull_frequency must be a whole number of at least 0"));
        }
        return out;
    }

    if (scheme == QLatin1String("redis") || scheme == QLatin1String("rediss")) {
        out.m_scheme = Scheme::Redis;
        out.m_tls = scheme == QLatin1String("rediss");
        if (url.host().isEmpty())
            return invalid(tr("a redis cache URL needs a host: redis://host:port/db"));
        if (auto e
            = unknownOption(out.m_tls ? redisOptionNames() + tlsOptionNames() : redisOptionNames()))
            return *e;
        out.m_host = url.host();
        out.m_port = url.port(6379);
        out.m_user = url.userName(QUrl::FullyDecoded);
        out.m_password = url.password(QUrl::FullyDecoded);
        const QString path = url.path();
        if (!path.isEmpty() && path != QLatin1String("/") && !parseInt(path.mid(1), 0, &out.m_db)) {
            return invalid(tr("the redis database must be a number: redis://host:port/0"));
        }
        return out;
    }

    if (scheme == QLatin1String("unix")) {
        out.m_scheme = Scheme::Unix;
        if (!url.host().isEmpty())
            return invalid(tr("a unix socket URL has no host: unix:///path/redis.sock"));
        if (url.path().isEmpty() || !url.path().startsWith(QLatin1Char('/')))
            return invalid(tr("a unix socket URL needs an absolute path: unix:///path/redis.sock"));
        if (auto e = unknownOption(redisOptionNames() << QStringLiteral("db")))
            return *e;
        out.m_socketPath = url.path();
        out.m_user = url.userName(QUrl::FullyDecoded);
        out.m_password = url.password(QUrl::FullyDecoded);
        if (query.hasQueryItem(QStringLiteral("db"))
            && !parseInt(query.queryItemValue(QStringLiteral("db")), 0, &out.m_db)) {
            return invalid(tr("the redis database must be a number: ?db=0"));
        }
        return out;
    }

    return invalid(
            tr("unsupported cache URL scheme '%1' (use memory://, redis://, rediss://, unix:// "
               "or redis-sentinel://)")
                    .arg(scheme.left(20)));
}

QString CacheUrl::redacted() const
{
    return redactUrl(m_url);
}

} // namespace pm
