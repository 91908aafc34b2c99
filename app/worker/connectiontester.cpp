#include "worker/connectiontester.h"

#include "cache/cacheurl.h"
#include "core/urlredaction.h"
#include "redis/redisconnection.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPointer>
#include <QThreadPool>

#include <algorithm>

namespace pm {

namespace {

QString infoField(const QByteArray &info, const QByteArray &name)
{
    for (const QByteArray &line : info.split('\n')) {
        if (line.startsWith(name + ':'))
            return QString::fromUtf8(line.mid(name.size() + 1).trimmed());
    }
    return {};
}

} // namespace

ConnectionTester::ConnectionTester(QObject *parent)
    : QObject(parent)
{ }

bool ConnectionTester::start(const QString &cacheUrl, int deadlineMs)
{
    if (m_running)
        return false;
    m_running = true;
    QPointer<ConnectionTester> self(this);
    QThreadPool::globalInstance()->start([self, cacheUrl, deadlineMs] {
        const ConnectionTestResult result = run(cacheUrl, deadlineMs);
        // Back on the tester's thread; a tester deleted meanwhile (dialog closed) gets nothing.
        QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [self, result] {
                    if (!self)
                        return;
                    self->m_running = false;
                    emit self->finished(result);
                },
                Qt::QueuedConnection);
    });
    return true;
}

ConnectionTestResult ConnectionTester::run(const QString &cacheUrl, int deadlineMs)
{
    ConnectionTestResult result;
    const auto url = CacheUrl::parse(cacheUrl.trimmed());
    if (!url) {
        result.error = redactUrl(url.error().message);
        return result;
    }
    if (!url->isRedis()) {
        result.error = tr("the memory cache lives in this process: there is no server to test");
        return result;
    }
    const auto parsed = RedisOptions::fromUrl(url->url());
    if (!parsed) {
        result.error = redactUrl(parsed.error().message);
        return result;
    }
    RedisOptions options = *parsed;
    // One deadline for the whole test: each step gets what is left of it.
    QElapsedTimer clock;
    clock.start();
    auto left = [&] {
        return int(std::max<qint64>(1, deadlineMs - clock.elapsed()));
    };
    options.connectTimeoutMs = deadlineMs;
    options.commandDeadlineMs = deadlineMs;
    RedisConnection connection(options);
    auto fail = [&](const Error &e) {
        result.error = redactUrl(e.message);
        return result;
    };

    auto info = connection.command({QByteArrayLiteral("INFO"), QByteArrayLiteral("server")},
                                   {left(), -1});
    if (!info)
        return fail(info.error());
    result.serverVersion = infoField(info->string(), QByteArrayLiteral("redis_version"));

    auto role = connection.command({QByteArrayLiteral("ROLE")}, {left(), -1});
    if (!role)
        return fail(role.error());
    if (role->isArray() && role->size() > 0)
        result.role = QString::fromUtf8(role->element(0).string());

    QElapsedTimer ping;
    ping.start();
    if (auto pong = connection.ping({left(), -1}); !pong)
        return fail(pong.error());
    result.roundTripUs = ping.nsecsElapsed() / 1000;

    // filled by describe() once TLS lands: tlsVersion and tlsCipher come from the TLS
    // session of RedisConnection (RedisServerInfo); a plain connection leaves them empty.
    result.ok = true;
    return result;
}

} // namespace pm
