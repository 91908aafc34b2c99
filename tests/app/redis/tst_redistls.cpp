// Redis over TLS (rediss://) against a real redis-server with a TLS port and throwaway
// certificates: round trip, verification (chain, host name, client certificate), the opt-out,
// a plain URL at the TLS port, the password from PM_CACHE_PASSWORD, pub/sub and describe().
#include "redis/redisconnection.h"
#include "redis/redisoptions.h"
#include "redis/redissubscriber.h"
#include "redisserver.h"
#include "tlscerts.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTest>

#include <atomic>
#include <memory>
#include <mutex>

using namespace pm;
using pm::test::RedisServer;
using pm::test::TlsCerts;

namespace {

constexpr int DeadlineMs = 1000;
constexpr int MarginMs = 500;

QStringList g_log;
std::mutex g_logMutex;

void captureMessages(QtMsgType, const QMessageLogContext &, const QString &text)
{
    std::lock_guard<std::mutex> lock(g_logMutex);
    g_log.append(text);
}

} // namespace

class TestRedisTls : public QObject
{
    Q_OBJECT

    TlsCerts m_certs;
    std::unique_ptr<RedisServer> m_server; // TLS, client certificates optional
    std::unique_ptr<RedisServer> m_otherName; // certificate for other.invalid only
    std::unique_ptr<RedisServer> m_clientAuth; // client certificates required

    std::unique_ptr<RedisServer> startServer(const QString &cert, const QString &key,
                                             bool authClients, const QByteArray &password = {})
    {
        RedisServer::Options o;
        o.tlsCertFile = cert;
        o.tlsKeyFile = key;
        o.tlsCaFile = m_certs.caCert();
        o.tlsAuthClients = authClients;
        o.password = password;
        auto server = std::make_unique<RedisServer>(o);
        return server->start() ? std::move(server) : nullptr;
    }

    QString url(const RedisServer &server, const QString &host, const QString &query) const
    {
        return QStringLiteral("rediss://%1:%2/0?connect_timeout=%3&deadline=%3&%4")
                .arg(host)
                .arg(server.tlsPort())
                .arg(DeadlineMs)
                .arg(query);
    }

    QString caQuery(const QString &ca) const { return QStringLiteral("ssl_ca_certs=") + ca; }

    static RedisOptions options(const QString &url)
    {
        auto o = RedisOptions::fromUrl(url);
        if (!o)
            qFatal("%s", qPrintable(o.error().toString()));
        return o.value();
    }

    /// One PING on a fresh connection: its error (empty message when it worked) and how long
    /// it took.
    static std::pair<Error, qint64> tryPing(const RedisOptions &o)
    {
        RedisConnection c(o);
        QElapsedTimer t;
        t.start();
        Result<void> r = c.ping();
        return {r ? Error() : r.error(), t.elapsed()};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_certs.create());
        m_server = startServer(m_certs.serverCert(), m_certs.serverKey(), false);
        QVERIFY(m_server);
        m_otherName = startServer(m_certs.otherServerCert(), m_certs.otherServerKey(), false);
        QVERIFY(m_otherName);
        m_clientAuth = startServer(m_certs.serverCert(), m_certs.serverKey(), true);
        QVERIFY(m_clientAuth);
    }

    void roundTrip_smallAndOneMebibyte()
    {
        RedisConnection c(
                options(url(*m_server, QStringLiteral("localhost"), caQuery(m_certs.caCert()))));
        QVERIFY(c.isEncrypted());
        QVERIFY(c.options().tlsVerify());
        QVERIFY(c.command({"SET", "tls:small", "hello"}));
        auto small = c.command({"GET", "tls:small"});
        QVERIFY2(small, qPrintable(small ? QString() : small.error().toString()));
        QCOMPARE(small->string(), QByteArray("hello"));

        QByteArray big(1024 * 1024, Qt::Uninitialized);
        for (qsizetype i = 0; i < big.size(); ++i)
            big[i] = char(i * 7 + i / 1000);
        QVERIFY(c.command({"SET", "tls:big", big}));
        auto back = c.command({"GET", "tls:big"});
        QVERIFY(back);
        QCOMPARE(back->string().size(), big.size());
        QVERIFY(back->string() == big);
        // The same value through a pipeline (hiredis's reader, not the direct bulk read).
        auto both = c.pipeline({{"GET", "tls:small"}, {"GET", "tls:big"}});
        QVERIFY(both);
        QVERIFY(both->at(1).string() == big);
    }

    void ipAddress_isVerifiedAgainstTheIpSan()
    {
        auto [error, ms] = tryPing(
                options(url(*m_server, QStringLiteral("127.0.0.1"), caQuery(m_certs.caCert()))));
        QVERIFY2(error.message.isEmpty(), qPrintable(error.toString()));
    }

    void describe_reportsTlsVersionCipherAndRole()
    {
        RedisConnection c(
                options(url(*m_server, QStringLiteral("localhost"), caQuery(m_certs.caCert()))));
        auto info = c.describe();
        QVERIFY2(info, qPrintable(info ? QString() : info.error().toString()));
        QVERIFY2(info->tlsVersion.startsWith(QLatin1String("TLSv1.")),
                 qPrintable(info->tlsVersion));
        QVERIFY(!info->tlsCipher.isEmpty());
        QVERIFY(info->tlsVerified);
        QCOMPARE(info->role, QStringLiteral("master"));
        QVERIFY(info->serverVersion.startsWith(QLatin1Char('7')));
        QVERIFY(info->roundTripUs > 0);

        // Plain: no TLS in the description.
        RedisOptions plain;
        plain.transport = RedisOptions::Transport::Unix;
        plain.socketPath = m_server->socketPath();
        RedisConnection p(plain);
        QVERIFY(!p.isEncrypted());
        auto plainInfo = p.describe();
        QVERIFY(plainInfo);
        QVERIFY(plainInfo->tlsVersion.isEmpty());
        QVERIFY(!plainInfo->tlsVerified);
    }

    void wrongCa_isRefusedWithinTheDeadline()
    {
        auto [error, ms] = tryPing(options(
                url(*m_server, QStringLiteral("localhost"), caQuery(m_certs.otherCaCert()))));
        QVERIFY2(error.message.contains(QLatin1String("certificate verify failed")),
                 qPrintable(error.toString()));
        QVERIFY2(ms < DeadlineMs + MarginMs, qPrintable(QString::number(ms)));
    }

    void certReqsNone_acceptsTheWrongCa()
    {
        const RedisOptions o = options(
                url(*m_server, QStringLiteral("localhost"),
                    caQuery(m_certs.otherCaCert()) + QStringLiteral("&ssl_cert_reqs=none")));
        QVERIFY(o.tls);
        QVERIFY(!o.tlsVerify());
        QVERIFY(o.redactedDescription().contains(QLatin1String("ssl_cert_reqs=none")));
        RedisConnection c(o);
        QVERIFY(c.ping());
        auto info = c.describe();
        QVERIFY(info);
        QVERIFY(!info->tlsVerified);
        QVERIFY(!info->tlsVersion.isEmpty());
    }

    void hostNameMismatch_isRefusedNamingBothNames()
    {
        auto [error, ms] = tryPing(
                options(url(*m_otherName, QStringLiteral("127.0.0.1"), caQuery(m_certs.caCert()))));
        QVERIFY2(error.message.contains(QLatin1String("host name mismatch")),
                 qPrintable(error.toString()));
        QVERIFY2(error.message.contains(QLatin1String("other.invalid")),
                 qPrintable(error.toString()));
        QVERIFY2(error.message.contains(QLatin1String("127.0.0.1")), qPrintable(error.toString()));
        QVERIFY2(ms < DeadlineMs + MarginMs, qPrintable(QString::number(ms)));

        auto [byName, ms2] = tryPing(
                options(url(*m_otherName, QStringLiteral("localhost"), caQuery(m_certs.caCert()))));
        QVERIFY2(byName.message.contains(QLatin1String("host name mismatch: the certificate is "
                                                       "for other.invalid, not localhost")),
                 qPrintable(byName.toString()));
        QVERIFY2(ms2 < DeadlineMs + MarginMs, qPrintable(QString::number(ms2)));
    }

    void clientCertificate_requiredByTheServer()
    {
        auto [missing, ms] = tryPing(options(
                url(*m_clientAuth, QStringLiteral("localhost"), caQuery(m_certs.caCert()))));
        QVERIFY2(missing.message.contains(QLatin1String("requires a client certificate")),
                 qPrintable(missing.toString()));
        QVERIFY2(ms < DeadlineMs + MarginMs, qPrintable(QString::number(ms)));

        auto [ok, ms2] = tryPing(options(url(
                *m_clientAuth, QStringLiteral("localhost"),
                caQuery(m_certs.caCert()) + QStringLiteral("&ssl_certfile=") + m_certs.clientCert()
                        + QStringLiteral("&ssl_keyfile=") + m_certs.clientKey())));
        QVERIFY2(ok.message.isEmpty(), qPrintable(ok.toString()));
    }

    void clientCertificate_fileErrorsNameTheFile()
    {
        // Both or neither.
        auto onlyCert = RedisOptions::fromUrl(
                url(*m_server, QStringLiteral("localhost"),
                    QStringLiteral("ssl_certfile=") + m_certs.clientCert()));
        QVERIFY(!onlyCert);
        QVERIFY2(onlyCert.error().message.contains(QLatin1String("ssl_keyfile")),
                 qPrintable(onlyCert.error().toString()));
        // An unreadable key: the error names the file, never shows its contents.
        const QString missingKey = m_certs.dir() + QStringLiteral("/no-such.key");
        auto [error, ms] = tryPing(options(url(
                *m_server, QStringLiteral("localhost"),
                caQuery(m_certs.caCert()) + QStringLiteral("&ssl_certfile=") + m_certs.clientCert()
                        + QStringLiteral("&ssl_keyfile=") + missingKey)));
        QVERIFY2(error.message.contains(missingKey), qPrintable(error.toString()));
        // A key that does not belong to the certificate: named, contents not shown.
        auto [mismatch, ms2] = tryPing(options(url(
                *m_server, QStringLiteral("localhost"),
                caQuery(m_certs.caCert()) + QStringLiteral("&ssl_certfile=") + m_certs.clientCert()
                        + QStringLiteral("&ssl_keyfile=") + m_certs.serverKey())));
        QVERIFY2(mismatch.message.contains(m_certs.serverKey()), qPrintable(mismatch.toString()));
        QVERIFY(!mismatch.message.contains(QLatin1String("PRIVATE KEY")));
    }

    void unknownSslParameter_isAnErrorNamingIt()
    {
        auto o = RedisOptions::fromUrl(QStringLiteral("rediss://localhost/0?ssl_check_hostname=1"));
        QVERIFY(!o);
        QVERIFY2(o.error().message.contains(QLatin1String("ssl_check_hostname")),
                 qPrintable(o.error().toString()));
        auto reqs
                = RedisOptions::fromUrl(QStringLiteral("rediss://localhost/0?ssl_cert_reqs=maybe"));
        QVERIFY(!reqs);
        // ssl_* on a plain URL is a mistake, not silently plain text.
        QVERIFY(!RedisOptions::fromUrl(QStringLiteral("redis://localhost/0?ssl_ca_certs=/x")));
        // A remote rediss:// host needs no allow_insecure; a plain one still does.
        QVERIFY(RedisOptions::fromUrl(QStringLiteral("rediss://cache.example.com:6380/0")));
        QVERIFY(!RedisOptions::fromUrl(QStringLiteral("redis://cache.example.com:6379/0")));
    }

    void hungServer_tlsHandshakeTimesOutWithinTheDeadline()
    {
        auto hung = startServer(m_certs.serverCert(), m_certs.serverKey(), false);
        QVERIFY(hung);
        hung->pause(); // the kernel still accepts the TCP connection; nobody answers the hello
        auto [error, ms] = tryPing(
                options(url(*hung, QStringLiteral("localhost"), caQuery(m_certs.caCert()))));
        hung->resume();
        QCOMPARE(error.kind, ErrorKind::Timeout);
        QVERIFY2(error.message.contains(QLatin1String("TLS handshake timed out after")),
                 qPrintable(error.toString()));
        QVERIFY2(ms >= DeadlineMs - 50 && ms < DeadlineMs + MarginMs,
                 qPrintable(QString::number(ms)));
    }

    void plainUrlAtTheTlsPort_failsWithinTheDeadline()
    {
        const QString plain
                = QStringLiteral("redis://127.0.0.1:%1/0?connect_timeout=%2&deadline=%2")
                          .arg(m_server->tlsPort())
                          .arg(DeadlineMs);
        auto [error, ms] = tryPing(options(plain));
        QVERIFY2(error.message.contains(QLatin1String("rediss://")), qPrintable(error.toString()));
        QVERIFY2(ms < DeadlineMs + MarginMs, qPrintable(QString::number(ms)));
    }

    void passwordFromTheEnvironment_overTls_isNeverShown()
    {
        const QByteArray secret = "tls-s3cret-Pw";
        auto server = startServer(m_certs.serverCert(), m_certs.serverKey(), false, secret);
        QVERIFY(server);
        qputenv("PM_CACHE_PASSWORD", secret);
        QLoggingCategory::setFilterRules(QStringLiteral("pm.*=true"));
        {
            std::lock_guard<std::mutex> lock(g_logMutex);
            g_log.clear();
        }
        const QtMessageHandler previous = qInstallMessageHandler(captureMessages);

        const RedisOptions good
                = options(url(*server, QStringLiteral("localhost"), caQuery(m_certs.caCert())));
        RedisConnection c(good);
        auto pinged = c.ping();
        // A failing connection with the same secret: its errors and warnings must not show it.
        RedisConnection bad(
                options(url(*server, QStringLiteral("localhost"), caQuery(m_certs.otherCaCert()))));
        auto refused = bad.ping();
        auto failFast = bad.ping();

        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QStringLiteral("pm.*.debug=false"));
        qunsetenv("PM_CACHE_PASSWORD");

        QVERIFY2(pinged, qPrintable(pinged ? QString() : pinged.error().toString()));
        QCOMPARE(good.password, QString::fromLatin1(secret));
        QVERIFY(!refused);
        QVERIFY(!failFast);
        for (const Error &e : {refused.error(), failFast.error(), bad.lastError()})
            QVERIFY2(!e.toString().contains(QLatin1String(secret)), qPrintable(e.toString()));
        QVERIFY(!good.redactedDescription().contains(QLatin1String(secret)));
        std::lock_guard<std::mutex> lock(g_logMutex);
        QVERIFY(!g_log.isEmpty()); // the failure was logged
        for (const QString &line : g_log)
            QVERIFY2(!line.contains(QLatin1String(secret)), qPrintable(line));
    }

    void subscriber_receivesAMessageOverTls()
    {
        const RedisOptions o
                = options(url(*m_server, QStringLiteral("localhost"), caQuery(m_certs.caCert())));
        RedisSubscriber subscriber(o, {QByteArrayLiteral("tls:news")});
        std::mutex mutex;
        QList<QByteArray> payloads;
        subscriber.setMessageHandler([&](const RedisSubscriber::Message &m) {
            std::lock_guard<std::mutex> lock(mutex);
            payloads.append(m.payload);
        });
        subscriber.start();
        QTRY_VERIFY_WITH_TIMEOUT(subscriber.isConnected(), 5000);
        RedisConnection publisher(o);
        auto receivers = RedisSubscriber::publish(publisher, "tls:news", "over tls");
        QVERIFY(receivers);
        QCOMPARE(receivers.value(), qint64(1));
        QTRY_VERIFY_WITH_TIMEOUT(
                [&] {
                    std::lock_guard<std::mutex> lock(mutex);
                    return payloads.size() == 1;
                }(),
                5000);
        std::lock_guard<std::mutex> lock(mutex);
        QCOMPARE(payloads.first(), QByteArray("over tls"));
    }
};

QTEST_GUILESS_MAIN(TestRedisTls)
#include "tst_redistls.moc"
