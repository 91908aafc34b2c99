#include "cache/cachefactory.h"
#include "cache/cacheurl.h"
#include "cache/memorybackend.h"
#include "core/clock.h"

#include <QLoggingCategory>
#include <QTest>

using namespace pm;

namespace {
QStringList g_log;
void captureMessages(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_log.append(message);
}
} // namespace

class TestCacheUrl : public QObject
{
    Q_OBJECT

private slots:
    void memory_defaults()
    {
        const Result<CacheUrl> u = CacheUrl::parse(QStringLiteral("memory://"));
        QVERIFY(u.ok());
        QCOMPARE(u->scheme(), CacheUrl::Scheme::Memory);
        QCOMPARE(u->memoryOptions().maxEntries, 300);
        QCOMPARE(u->memoryOptions().cullFrequency, 3);
    }

    void memory_options()
    {
        const Result<CacheUrl> u
                = CacheUrl::parse(QStringLiteral("memory://?max_entries=30&cull_frequency=0"));
        QVERIFY(u.ok());
        QCOMPARE(u->memoryOptions().maxEntries, 30);
        QCOMPARE(u->memoryOptions().cullFrequency, 0);
    }

    void invalid_areInvalidInput_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("unknown scheme") << QStringLiteral("memcached://localhost");
        QTest::newRow("no scheme") << QStringLiteral("localhost:6379");
        QTest::newRow("bad max_entries") << QStringLiteral("memory://?max_entries=0");
        QTest::newRow("text max_entries") << QStringLiteral("memory://?max_entries=many");
        QTest::newRow("negative cull") << QStringLiteral("memory://?cull_frequency=-1");
        QTest::newRow("unknown option") << QStringLiteral("memory://?size=3");
        QTest::newRow("redis without host") << QStringLiteral("redis:///0");
        QTest::newRow("redis bad db") << QStringLiteral("redis://localhost:6379/zero");
        QTest::newRow("unix relative") << QStringLiteral("unix://host/redis.sock");
        QTest::newRow("unix bad db") << QStringLiteral("unix:///tmp/r.sock?db=x");
        QTest::newRow("redis unknown option") << QStringLiteral("redis://localhost/0?size=3");
    }

    void invalid_areInvalidInput()
    {
        QFETCH(QString, url);
        const Result<CacheUrl> u = CacheUrl::parse(url);
        QVERIFY(!u.ok());
        QCOMPARE(u.error().kind, ErrorKind::InvalidInput);
    }

    void redis_fullForm()
    {
        const Result<CacheUrl> u
                = CacheUrl::parse(QStringLiteral("redis://app:s3cr%40t@cache.example:6380/3"));
        QVERIFY(u.ok());
        QCOMPARE(u->scheme(), CacheUrl::Scheme::Redis);
        QCOMPARE(u->user(), QStringLiteral("app"));
        QCOMPARE(u->password(), QStringLiteral("s3cr@t"));
        QCOMPARE(u->host(), QStringLiteral("cache.example"));
        QCOMPARE(u->port(), 6380);
        QCOMPARE(u->db(), 3);
        QVERIFY(!u->redacted().contains(QStringLiteral("s3cr")));
        QVERIFY(u->redacted().contains(QStringLiteral("***")));
    }

    void redis_defaults()
    {
        const Result<CacheUrl> u = CacheUrl::parse(QStringLiteral("redis://localhost"));
        QVERIFY(u.ok());
        QCOMPARE(u->port(), 6379);
        QCOMPARE(u->db(), 0);
        QCOMPARE(u->redacted(), QStringLiteral("redis://localhost"));
    }

    void unix_socketAndDb()
    {
        const Result<CacheUrl> u
                = CacheUrl::parse(QStringLiteral("unix:///tmp/pm/redis.sock?db=2"));
        QVERIFY(u.ok());
        QCOMPARE(u->scheme(), CacheUrl::Scheme::Unix);
        QCOMPARE(u->socketPath(), QStringLiteral("/tmp/pm/redis.sock"));
        QCOMPARE(u->db(), 2);
    }

    void sentinel_severalHostsAndService()
    {
        const Result<CacheUrl> u = CacheUrl::parse(
                QStringLiteral("redis-sentinel://:s3cret@127.0.0.1:26380,127.0.0.1/4"
                               "?service=main&sentinel_password=t0p&deadline=300"));
        QVERIFY2(u.ok(), qPrintable(u ? QString() : u.error().toString()));
        QCOMPARE(u->scheme(), CacheUrl::Scheme::Sentinel);
        QVERIFY(u->isRedis());
        QCOMPARE(u->password(), QStringLiteral("s3cret"));
        QCOMPARE(u->host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(u->port(), 26380);
        QCOMPARE(u->db(), 4);
        QVERIFY(!u->redacted().contains(QStringLiteral("s3cret")));
        QVERIFY(!u->redacted().contains(QStringLiteral("t0p")));
        const Result<CacheUrl> noService
                = CacheUrl::parse(QStringLiteral("redis-sentinel://:s3cret@127.0.0.1/0"));
        QVERIFY(!noService);
        QCOMPARE(noService.error().kind, ErrorKind::InvalidInput);
        QVERIFY(!noService.error().message.contains(QStringLiteral("s3cret")));
    }

    void redisClientOptions_passThroughAndPasswordIsRedacted()
    {
        const Result<CacheUrl> u = CacheUrl::parse(
                QStringLiteral("unix:///tmp/r.sock?db=1&password=hunter2&deadline=100"));
        QVERIFY(u.ok());
        QVERIFY(!u->redacted().contains(QStringLiteral("hunter2")));
        QVERIFY(u->redacted().contains(QStringLiteral("deadline=100")));
        QVERIFY(CacheUrl::parse(QStringLiteral("redis://10.1.2.3:6379/0?allow_insecure=1")).ok());
    }

    void parseErrors_neverHoldThePassword()
    {
        // "&" unencoded in a password: the rest reads as an unknown option, never quoted.
        const auto u = CacheUrl::parse(QStringLiteral("redis://127.0.0.1/0?password=hun&ter2"));
        QVERIFY(!u);
        QVERIFY2(!u.error().toString().contains(QStringLiteral("ter2")),
                 qPrintable(u.error().toString()));
        // Without a password before it, the unknown option is named.
        QVERIFY(CacheUrl::parse(QStringLiteral("redis://127.0.0.1/0?tre2"))
                        .error()
                        .message.contains(QStringLiteral("tre2")));
    }

    void factory_memory_buildsConfiguredBackend()
    {
        ManualClock clock;
        Result<std::unique_ptr<CacheBackend>> b = createCacheBackend(
                QStringLiteral("memory://?max_entries=30&cull_frequency=0"), clock);
        QVERIFY(b.ok());
        QCOMPARE((*b)->name(), QStringLiteral("memory"));
        auto *memory = dynamic_cast<MemoryBackend *>(b.value().get());
        QVERIFY(memory);
        QCOMPARE(memory->options().maxEntries, 30);
        QCOMPARE(memory->options().cullFrequency, 0);
    }

    void factory_badUrl_isInvalidInput()
    {
        ManualClock clock;
        QCOMPARE(createCacheBackend(QStringLiteral("ftp://x"), clock).error().kind,
                 ErrorKind::InvalidInput);
    }

    void factory_neverLogsThePassword_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("user:pw") << QStringLiteral("redis://user:hunter2@127.0.0.1:1/0");
        // Password-only: RedisOptions reads the user info as the password.
        QTest::newRow("redis password only") << QStringLiteral("redis://hunter2@127.0.0.1:1/0");
        QTest::newRow("unix password only")
                << QStringLiteral("unix://hunter2@/nonexistent/r.sock?db=1");
    }

    void factory_neverLogsThePassword()
    {
        QFETCH(QString, url);
        ManualClock clock;
        g_log.clear();
        const QtMessageHandler previous = qInstallMessageHandler(captureMessages);
        QLoggingCategory::setFilterRules(QStringLiteral("pm.*=true"));
        const auto parsed = CacheUrl::parse(url);
        QVERIFY(parsed);
        QVERIFY2(!parsed->redacted().contains(QStringLiteral("hunter2")),
                 qPrintable(parsed->redacted()));
        const auto r = createCacheBackend(url, clock);
        QLoggingCategory::setFilterRules(QString());
        qInstallMessageHandler(previous);
        if (!r.ok()) {
            QVERIFY(r.error().kind != ErrorKind::InvalidInput);
            QVERIFY(!r.error().message.contains(QStringLiteral("hunter2")));
        }
        QVERIFY(!g_log.isEmpty());
        for (const QString &line : g_log)
            QVERIFY2(!line.contains(QStringLiteral("hunter2")), qPrintable(line));
    }
};

QTEST_GUILESS_MAIN(TestCacheUrl)
#include "tst_cacheurl.moc"
