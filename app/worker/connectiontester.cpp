#include "worker/connectiontester.h"

#include "cache/cacheurl.h"
#include "core/urlredaction.h"
#include "redis/redisconnection.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

namespace pm {

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
    // A dead or hung server fails the first step within the deadline; a live one answers
    // the three small commands of describe() well within it.
    options.connectTimeoutMs = deadlineMs;
    options.commandDeadlineMs = deadlineMs;
    RedisConnection connection(options);
    const Result<RedisServerInfo> info = connection.describe();
    if (!info) {
        result.error = redactUrl(info.error().message);
        return result;
    }
    result.serverVersion = info->serverVersion;
    result.role = info->role;
    result.roundTripUs = info->roundTripUs;
    result.tlsVersion = info->tlsVersion; // empty on a plain connection
    result.tlsCipher = info->tlsCipher;
    result.ok = true;
    return result;
}

} // namespace pm
