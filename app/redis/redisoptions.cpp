#include "redis/redisoptions.h"

#include "core/urlredaction.h"
#include "redis/sentinelresolver.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

namespace pm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pm::RedisOptions", text);
}

Error invalid(const QString &message)
{
    return Error(ErrorKind::InvalidInput, message, QStringLiteral("url"));
}

// Reads an optional non-negative integer query item; false if present but malformed.
bool readInt(const QUrlQuery &query, const QString &name, int &out)
{
    if (!query.hasQueryItem(name))
        return true;
    bool ok = false;
    const int v = query.queryItemValue(name).toInt(&ok);
    if (!ok || v < 0)
        return false;
    out = v;
    return true;
}

bool isTruthy(const QString &v)
{
    return v == QLatin1String("1") || v.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0
            || v.compare(QLatin1String("yes"), Qt::CaseInsensitive) == 0;
}

// The user, password, database and timeouts every URL form reads the same way.
Result<void> readCommon(RedisOptions &o, const QUrlQuery &query, const QString &urlUser,
                        const QString &urlPassword, bool urlHasPassword)
{
    o.user = urlUser;
    o.password = urlPassword;
    if (query.hasQueryItem(QStringLiteral("user")))
        o.user = query.queryItemValue(QStringLiteral("user"), QUrl::FullyDecoded);
    if (query.hasQueryItem(QStringLiteral("password")))
        o.password = query.queryItemValue(QStringLiteral("password"), QUrl::FullyDecoded);
    // "redis://user@host" is how some tools write a password without a user.
    if (o.password.isEmpty() && !o.user.isEmpty() && !urlHasPassword
        && !query.hasQueryItem(QStringLiteral("user"))) {
        o.password = o.user;
        o.user.clear();
    }
    // PM_CACHE_PASSWORD: the password kept out of the URL, and so out of the settings file,
    // shell history and `ps`. The URL's own password wins. Every Redis client of the app and
    // of the command-line tool (cache backend, change notifier) gets its options here.
    if (o.password.isEmpty())
        o.password = qEnvironmentVariable("PM_CACHE_PASSWORD");
    if (!readInt(query, QStringLiteral("db"), o.db))
        return invalid(tr("The db parameter must be a non-negative integer."));
    if (!readInt(query, QStringLiteral("connect_timeout"), o.connectTimeoutMs)
        || !readInt(query, QStringLiteral("deadline"), o.commandDeadlineMs))
        return invalid(tr("Timeouts must be non-negative integers (milliseconds)."));
    if (query.hasQueryItem(QStringLiteral("allow_insecure")))
        o.allowInsecureRemote = isTruthy(query.queryItemValue(QStringLiteral("allow_insecure")));
    return {};
}

// redis-sentinel://[[user]:password@]h1[:p1][,h2[:p2]…][/db]?service=NAME[&…]. QUrl cannot
// hold several hosts, so the authority is split by hand; each host goes through QUrl.
Result<RedisOptions> fromSentinelUrl(const QString &text)
{
    const qsizetype q = text.indexOf(QLatin1Char('?'));
    const QString head = text.mid(17, q < 0 ? -1 : q - 17); // after "redis-sentinel://"
    const QUrlQuery query(q < 0 ? QString() : text.mid(q + 1));
    // The user info ends at the last '@', so a raw '@' or '/' in the password is kept.
    const qsizetype at = head.lastIndexOf(QLatin1Char('@'));
    const QString userInfo = at < 0 ? QString() : head.left(at);
    QString hosts = head.mid(at + 1);
    QString path;
    if (const qsizetype slash = hosts.indexOf(QLatin1Char('/')); slash >= 0) {
        path = hosts.mid(slash + 1);
        hosts.truncate(slash);
    }
    QString urlUser;
    QString urlPassword; // null: no ':' in the user info
    if (at >= 0) {
        const qsizetype colon = userInfo.indexOf(QLatin1Char(':'));
        urlUser = QUrl::fromPercentEncoding(userInfo.left(colon).toUtf8());
        if (colon >= 0)
            urlPassword = QUrl::fromPercentEncoding(userInfo.mid(colon + 1).toUtf8());
    }

    QList<RedisEndpoint> sentinels;
    for (const QString &item : hosts.split(QLatin1Char(','))) {
        const QUrl one(QStringLiteral("redis://") + item, QUrl::StrictMode);
        if (item.isEmpty() || !one.isValid() || one.host().isEmpty() || !one.userInfo().isEmpty()
            || !one.path().isEmpty())
            return invalid(tr("A redis-sentinel:// URL needs a list of sentinels: "
                              "host:port,host:port."));
        sentinels.append({one.host(), one.port(SentinelResolver::DefaultPort)});
    }
    static const QStringList known{QStringLiteral("service"),  QStringLiteral("sentinel_password"),
                                   QStringLiteral("user"),     QStringLiteral("password"),
                                   QStringLiteral("db"),       QStringLiteral("connect_timeout"),
                                   QStringLiteral("deadline"), QStringLiteral("allow_insecure")};
    for (const auto &item : query.queryItems()) {
        if (!known.contains(item.first))
            // Not echoed: after "password=a&b", "b" may be the rest of the password.
            return invalid(tr("Unknown option in a redis-sentinel:// URL (known: service, "
                              "sentinel_password, user, password, db, connect_timeout, deadline, "
                              "allow_insecure; write & in a password as %26)."));
    }
    const QString service
            = query.queryItemValue(QStringLiteral("service"), QUrl::FullyDecoded).trimmed();
    if (service.isEmpty())
        return invalid(tr("A redis-sentinel:// URL needs the service name: ?service=NAME."));

    RedisOptions o;
    o.transport = RedisOptions::Transport::Tcp;
    o.host = sentinels.first().host;
    o.port = sentinels.first().port;
    if (!path.isEmpty()) {
        bool ok = false;
        o.db = path.toInt(&ok);
        if (!ok || o.db < 0)
            return invalid(tr("The database number in a redis:// URL must be an integer."));
    }
    if (const Result<void> read = readCommon(o, query, urlUser, urlPassword,
                                             at >= 0 && userInfo.contains(QLatin1Char(':')));
        !read)
        return read.error();
    o.sentinel = std::make_shared<SentinelResolver>(
            sentinels, service,
            query.queryItemValue(QStringLiteral("sentinel_password"), QUrl::FullyDecoded), o);
    const Result<void> valid = o.validate();
    if (!valid)
        return valid.error();
    return o;
}

// The ssl_* names of redis-py and django-redis.
Result<void> readTlsOptions(const QUrlQuery &query, RedisOptions &o)
{
    static const QStringList known{QStringLiteral("ssl_ca_certs"), QStringLiteral("ssl_certfile"),
                                   QStringLiteral("ssl_keyfile"), QStringLiteral("ssl_cert_reqs")};
    for (const auto &item : query.queryItems()) {
        if (!item.first.startsWith(QLatin1String("ssl_")))
            continue;
        if (!known.contains(item.first))
            return invalid(tr("Unknown TLS parameter '%1' (known: %2).")
                                   .arg(item.first.left(40), known.join(QLatin1String(", "))));
        if (!o.tls)
            return invalid(tr("The parameter '%1' needs a rediss:// URL.").arg(item.first));
    }
    const auto path = [&](const char *name) {
        return query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };
    o.tlsCaFile = path("ssl_ca_certs");
    o.tlsCertFile = path("ssl_certfile");
    o.tlsKeyFile = path("ssl_keyfile");
    if (query.hasQueryItem(QStringLiteral("ssl_cert_reqs"))) {
        const QString reqs = query.queryItemValue(QStringLiteral("ssl_cert_reqs")).toLower();
        if (reqs == QLatin1String("none"))
            o.tlsVerifyPeer = false;
        else if (reqs != QLatin1String("required"))
            return invalid(tr("ssl_cert_reqs must be 'required' or 'none'."));
    }
    return {};
}

} // namespace

Result<RedisOptions> RedisOptions::fromUrl(const QString &text)
{
    if (text.trimmed().startsWith(QLatin1String("redis-sentinel://"), Qt::CaseInsensitive))
        return fromSentinelUrl(text.trimmed());
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid())
        return invalid(tr("Not a valid Redis URL."));

    RedisOptions o;
    const QString scheme = url.scheme().toLower();
    const QUrlQuery query(url);
    if (scheme == QLatin1String("redis") || scheme == QLatin1String("rediss")) {
        o.transport = Transport::Tcp;
        o.tls = scheme == QLatin1String("rediss");
        if (url.host().isEmpty())
            return invalid(tr("A redis:// URL needs a host."));
        o.host = url.host();
        o.port = url.port(6379);
        const QString path = url.path();
        if (!path.isEmpty() && path != QLatin1String("/")) {
            bool ok = false;
            o.db = path.mid(1).toInt(&ok);
            if (!ok || o.db < 0)
                return invalid(tr("The database number in a redis:// URL must be an integer."));
        }
    } else if (scheme == QLatin1String("unix")) {
        o.transport = Transport::Unix;
        o.socketPath = url.path();
        if (o.socketPath.isEmpty() || !o.socketPath.startsWith(QLatin1Char('/')))
            return invalid(tr("A unix:// URL needs an absolute socket path."));
    } else {
        return invalid(tr("Unsupported Redis URL scheme."));
    }

    const Result<void> read
            = readCommon(o, query, url.userName(QUrl::FullyDecoded),
                         url.password(QUrl::FullyDecoded), !url.password().isNull());
    if (!read)
        return read.error();
    if (Result<void> tls = readTlsOptions(query, o); !tls)
        return tls.error();

    const Result<void> valid = o.validate();
    if (!valid)
        return valid.error();
    return o;
}

QString RedisOptions::redactedDescription() const
{
    // The URL these options stand for, password included, masked by the one routine that
    // every log line and label goes through. "user:@" keeps a user name without a password
    // from reading as a password-only URL.
    QString auth;
    if (!user.isEmpty() || !password.isEmpty()) {
        auth = QString::fromUtf8(QUrl::toPercentEncoding(user)) + QLatin1Char(':')
                + QString::fromUtf8(QUrl::toPercentEncoding(password)) + QLatin1Char('@');
    }
    if (transport == Transport::Unix) {
        QString s = QStringLiteral("unix://") + auth + socketPath;
        if (db != 0)
            s += QStringLiteral("?db=%1").arg(db);
        return redactUrl(s);
    }
    if (sentinel) {
        QStringList hosts;
        for (const RedisEndpoint &s : sentinel->configuredSentinels())
            hosts.append(s.toString());
        QString s = QStringLiteral("redis-sentinel://%1%2/%3?service=%4")
                            .arg(auth, hosts.join(QLatin1Char(',')))
                            .arg(db)
                            .arg(QString::fromUtf8(QUrl::toPercentEncoding(sentinel->service())));
        if (!sentinel->sentinelPassword().isEmpty())
            s += QStringLiteral("&sentinel_password=") + sentinel->sentinelPassword();
        return redactUrl(s);
    }
    QString s = QStringLiteral("%1://%2%3/%4")
                        .arg(tls ? QStringLiteral("rediss") : QStringLiteral("redis"), auth,
                             RedisEndpoint{host, port}.toString())
                        .arg(db);
    if (tls && !tlsVerifyPeer)
        s += QStringLiteral("?ssl_cert_reqs=none");
    return redactUrl(s);
}

QString RedisEndpoint::toString() const
{
    const QString h
            = host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    return h + QLatin1Char(':') + QString::number(port);
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    // QHostAddress lives in QtNetwork, which pm_core does not link.
    static const QRegularExpression v4(QStringLiteral("^127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}$"));
    return v4.match(host).hasMatch() || host == QLatin1String("::1")
            || host == QLatin1String("0:0:0:0:0:0:0:1");
}

Result<RedisEndpoint> RedisOptions::target(std::chrono::steady_clock::time_point deadline) const
{
    if (sentinel)
        return sentinel->discover(deadline);
    return RedisEndpoint{host, port};
}

bool RedisOptions::isLocal() const
{
    if (transport == Transport::Unix)
        return true;
    if (sentinel) {
        const QList<RedisEndpoint> &all = sentinel->configuredSentinels();
        return std::all_of(all.begin(), all.end(),
                           [](const RedisEndpoint &s) { return isLoopbackHost(s.host); });
    }
    return isLoopbackHost(host);
}

Result<void> RedisOptions::validate() const
{
    if (transport == Transport::Unix && socketPath.isEmpty())
        return invalid(tr("A unix socket path is required."));
    if (transport == Transport::Tcp && (host.isEmpty() || port <= 0 || port > 65535))
        return invalid(tr("A Redis host and a port between 1 and 65535 are required."));
    if (db < 0)
        return invalid(tr("The database number must not be negative."));
    if (connectTimeoutMs <= 0 || commandDeadlineMs <= 0)
        return invalid(tr("Timeouts must be positive."));
    if (backoffInitialMs < 0 || backoffMaxMs < backoffInitialMs || idleCheckMs < 0)
        return invalid(tr("The backoff limits are inconsistent."));
    if (tls && transport != Transport::Tcp)
        return invalid(tr("TLS needs a TCP host (rediss://host:port)."));
    if (tlsCertFile.isEmpty() != tlsKeyFile.isEmpty())
        return invalid(tr("A client certificate needs both ssl_certfile and ssl_keyfile."));
    if (!tls && !isLocal() && !allowInsecureRemote)
        return invalid(tr("Redis traffic to a remote host is not encrypted. Use rediss:// (TLS), "
                          "or add allow_insecure=1 to the URL to accept this."));
    return {};
}

qint64 RedisOptions::backoffDelayMs(int streak) const
{
    const qint64 base = std::min<qint64>(backoffMaxMs,
                                         qint64(backoffInitialMs) << std::clamp(streak - 1, 0, 20));
    const qint64 half = base / 2;
    return half + (half > 0 ? QRandomGenerator::global()->bounded(half + 1) : 0);
}

} // namespace pm
