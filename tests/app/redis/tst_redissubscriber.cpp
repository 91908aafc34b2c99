// RedisSubscriber against a real redis-server on a private unix socket: delivery, channel
// isolation, reconnect and re-subscribe after a kill, a hung server noticed by the keep-alive,
// AUTH, and a prompt stop().
#include "redis/redisconnection.h"
#include "redis/redisoptions.h"
#include "redis/redissubscriber.h"
#include "redisserver.h"

#include <QElapsedTimer>
#include <QTest>

#include <atomic>
#include <mutex>

using namespace pm;
using pm::test::RedisServer;

namespace {

RedisOptions unixOptions(const RedisServer &server, const QString &password = {})
{
    RedisOptions o;
    o.transport = RedisOptions::Transport::Unix;
    o.socketPath = server.socketPath();
    o.password = password;
    o.backoffInitialMs = 20;
    o.backoffMaxMs = 200;
    return o;
}

/// Collects what the subscriber thread delivers.
class Inbox
{
public:
    void attach(RedisSubscriber &subscriber)
    {
        subscriber.setMessageHandler([this](const RedisSubscriber::Message &m) {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_messages.append(m);
            m_count = int(m_messages.size());
        });
        subscriber.setStateHandler([this](bool connected) {
            if (connected)
                ++m_ups;
            else
                ++m_downs;
        });
    }
    int count() const { return m_count.load(); }
    int ups() const { return m_ups.load(); }
    int downs() const { return m_downs.load(); }
    RedisSubscriber::Message at(int i) const
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        return m_messages.value(i);
    }

private:
    mutable std::mutex m_mutex;
    QList<RedisSubscriber::Message> m_messages;
    std::atomic<int> m_count{0};
    std::atomic<int> m_ups{0};
    std::atomic<int> m_downs{0};
};

} // namespace

class TestRedisSubscriber : public QObject
{
    Q_OBJECT

private slots:
    void channelName_includesPrefixAndDb()
    {
        QCOMPARE(RedisSubscriber::channelName("shop", 3, "products"),
                 QByteArray("shop:pm:3:products"));
        QVERIFY(RedisSubscriber::channelName("a", 0, "products")
                != RedisSubscriber::channelName("b", 0, "products"));
        QVERIFY(RedisSubscriber::channelName("a", 0, "products")
                != RedisSubscriber::channelName("a", 1, "products"));
    }

    void publish_reachesSubscriber_binarySafe()
    {
        RedisServer server;
        QVERIFY(server.start());
        Inbox inbox; // outlives the subscriber thread that fills it
        RedisSubscriber subscriber(unixOptions(server), {"t:pm:0:products"});
        inbox.attach(subscriber);
        subscriber.start();
        QTRY_VERIFY_WITH_TIMEOUT(subscriber.isConnected(), 2000);
        QCOMPARE(inbox.ups(), 1);

        RedisConnection publisher(unixOptions(server));
        const QByteArray payload("a\0b\r\nc", 6);
        auto receivers = RedisSubscriber::publish(publisher, "t:pm:0:products", payload);
        QVERIFY2(receivers, qPrintable(receivers ? QString() : receivers.error().toString()));
        QCOMPARE(receivers.value(), qint64(1));
        QTRY_COMPARE_WITH_TIMEOUT(inbox.count(), 1, 1000);
        QCOMPARE(inbox.at(0).channel, QByteArray("t:pm:0:products"));
        QCOMPARE(inbox.at(0).payload, payload);
        QCOMPARE(subscriber.stats().messages, quint64(1));
    }

    void tcp_subscribesAndReceives()
    {
        RedisServer::Options so;
        so.tcp = true;
        RedisServer server(so);
        QVERIFY(server.start());
        RedisOptions o;
        o.host = QStringLiteral("127.0.0.1");
        o.port = server.port();
        Inbox inbox;
        RedisSubscriber subscriber(o, {"tcp:pm:0:products"});
        inbox.attach(subscriber);
        subscriber.start();
        QTRY_VERIFY_WITH_TIMEOUT(subscriber.isConnected(), 2000);
        RedisConnection publisher(o);
        QCOMPARE(RedisSubscriber::publish(publisher, "tcp:pm:0:products", "over tcp").valueOr(-1),
                 qint64(1));
        QTRY_COMPARE_WITH_TIMEOUT(inbox.count(), 1, 1000);
        QCOMPARE(inbox.at(0).payload, QByteArray("over tcp"));
    }

    void publish_onOtherChannel_isNotDelivered()
    {
        RedisServer server;
        QVERIFY(server.start());
        Inbox inbox; // outlives the subscriber thread that fills it
        RedisSubscriber subscriber(unixOptions(server), {"a:pm:0:products", "a:pm:0:other"});
        inbox.attach(subscriber);
        subscriber.start();
        QTRY_VERIFY_WITH_TIMEOUT(subscriber.isConnected(), 2000);

        RedisConnection publisher(unixOptions(server));
        // The foreign message goes first; the second proves the first had its chance.
        QCOMPARE(RedisSubscriber::publish(publisher, "b:pm:0:products", "foreign").valueOr(-1),
                 qint64(0));
        QCOMPARE(RedisSubscriber::publish(publisher, "a:pm:0:other", "ours").valueOr(-1),
                 qint64(1));
        QTRY_COMPARE_WITH_TIMEOUT(inbox.count(), 1, 1000);
        QCOMPARE(inbox.at(0).payload, QByteArray("ours"));
        QCOMPARE(inbox.at(0).channel, QByteArray("a:pm:0:other"));
    }

    void killAndRestart_reconnectsAndResubscribes()
    {
        RedisServer server;
        QVERIFY(server.start());
        Inbox inbox; // outlives the subscriber thread that fills it
        RedisSubscriber subscriber(unixOptions(server), {"k:pm:0:products"});
        inbox.attach(subscriber);
        subscriber.start();
        QTRY_VERIFY_WITH_TIMEOUT(subscriber.isConnected(), 2000);

        server.kill();
        QTRY_VERIFY_WITH_TIMEOUT(!subscriber.isConnected(), 2000);
        QTRY_COMPARE_WITH_TIMEOUT(inbox.downs(), 1, 2000);
        QVERIFY(server.start());
        QTRY_VERIFY_WITH_TIMEOUT(subscriber.isConnected(), 5000);
        QCOMPARE(inbox.ups(), 2);
        QVERIFY(subscriber.stats().reconnects >= 1);
        QVERIFY(subscriber.stats().failures >= 1);

        RedisConnection publisher(unixOptions(server));
        QCOMPARE(RedisSubscriber::publish(publisher, "k:pm:0:products", "again").valueOr(-1),
                 qint64(1));
        QTRY_COMPARE_WITH_TIMEOUT(inbox.count(), 1, 1000);
        QCOMPARE(inbox.at(0).payload, QByteArray("again"));
    }

    void hungServer_isNoticedByKeepAlive_andRecovers()
    {
        RedisServer server;
        QVERIFY(server.start());
        RedisSubscriberOptions timing;
        timing.pingIntervalMs = 100;
        timing.pingTimeoutMs = 100;
        Inbox inbox; // outlives the subscriber thread that fills it
        RedisSubscriber subscriber(unixOptions(server), {"h:pm:0:products"}, timing);
        inbox.attach(subscriber);
        subscriber.start();
        QTRY_VERIFY_WITH_TIMEOUT(subscriber.isConnected(), 2000);
        QTRY_VERIFY_WITH_TIMEOUT(subscriber.stats().pings >= 2, 2000); // answered pings

        server.pause();
        QTRY_VERIFY_WITH_TIMEOUT(!subscriber.isConnected(), 2000);
        QCOMPARE(subscriber.lastError().kind, ErrorKind::Timeout);
        server.resume();
        QTRY_VERIFY_WITH_TIMEOUT(subscriber.isConnected(), 5000);

        RedisConnection publisher(unixOptions(server));
        QTRY_COMPARE_WITH_TIMEOUT(
                RedisSubscriber::publish(publisher, "h:pm:0:products", "x").valueOr(-1), qint64(1),
                2000);
        QTRY_VERIFY_WITH_TIMEOUT(inbox.count() >= 1, 1000);
    }

    void auth_rightPasswordSubscribes_wrongOneIsAnAuthError()
    {
        RedisServer::Options o;
        o.password = "s3cret";
        RedisServer server(o);
        QVERIFY(server.start());

        RedisSubscriber good(unixOptions(server, QStringLiteral("s3cret")), {"p:pm:0:x"});
        good.start();
        QTRY_VERIFY_WITH_TIMEOUT(good.isConnected(), 2000);

        RedisSubscriber bad(unixOptions(server, QStringLiteral("wrong")), {"p:pm:0:x"});
        bad.start();
        QTRY_VERIFY_WITH_TIMEOUT(bad.stats().failures >= 1, 2000);
        QVERIFY(!bad.isConnected());
        QCOMPARE(bad.lastError().kind, ErrorKind::Auth);
        QVERIFY(!bad.lastError().message.contains(QLatin1String("wrong")));
    }

    void leastPrivilegeAclUser_subscribesAndPublishesInItsNamespaceOnly()
    {
        RedisServer server;
        QVERIFY(server.start());
        QList<QByteArray> acl{"ACL",           "SETUSER",   "pmnotify",  "on",   ">npw",
                              "resetchannels", "&acl:pm:*", "resetkeys", "-@all"};
        for (const QString &c : RedisSubscriber::requiredCommands())
            acl.append("+" + c.toUtf8());
        QCOMPARE(server.command(acl), QByteArray("OK"));
        RedisOptions o = unixOptions(server);
        o.user = QStringLiteral("pmnotify");
        o.password = QStringLiteral("npw");
        o.db = 1; // SELECT is part of the handshake

        const QByteArray channel = RedisSubscriber::channelName("acl", 1, "products");
        Inbox inbox;
        RedisSubscriber subscriber(o, {channel});
        inbox.attach(subscriber);
        subscriber.start();
        QTRY_VERIFY_WITH_TIMEOUT(subscriber.isConnected(), 2000);
        RedisConnection publisher(o);
        QCOMPARE(RedisSubscriber::publish(publisher, channel, "hello").valueOr(-1), qint64(1));
        QTRY_COMPARE_WITH_TIMEOUT(inbox.count(), 1, 1000);

        // Another namespace's channel is refused: NOPERM, classified as Auth.
        RedisSubscriber foreign(o, {RedisSubscriber::channelName("other", 1, "products")});
        foreign.start();
        QTRY_VERIFY_WITH_TIMEOUT(foreign.stats().failures >= 1, 2000);
        QVERIFY(!foreign.isConnected());
        QCOMPARE(foreign.lastError().kind, ErrorKind::Auth);
        auto refused = RedisSubscriber::publish(publisher, "other:pm:1:products", "x");
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Auth);
    }

    void stop_whileConnected_isPrompt()
    {
        RedisServer server;
        QVERIFY(server.start());
        RedisSubscriber subscriber(unixOptions(server), {"s:pm:0:x"});
        subscriber.start();
        QTRY_VERIFY_WITH_TIMEOUT(subscriber.isConnected(), 2000);
        QElapsedTimer t;
        t.start();
        subscriber.stop();
        QVERIFY2(t.elapsed() < 150, qPrintable(QString::number(t.elapsed())));
        QVERIFY(!subscriber.isRunning());
        QCOMPARE(subscriber.state(), RedisSubscriber::State::Stopped);

        // Stopped means unsubscribed: the server no longer counts us.
        RedisConnection publisher(unixOptions(server));
        QTRY_COMPARE_WITH_TIMEOUT(RedisSubscriber::publish(publisher, "s:pm:0:x", "x").valueOr(-1),
                                  qint64(0), 1000);

        // And it can start again.
        subscriber.start();
        QTRY_VERIFY_WITH_TIMEOUT(subscriber.isConnected(), 2000);
    }

    void stop_whileBackingOffOrHung_isPrompt()
    {
        RedisServer server;
        QVERIFY(server.start());
        RedisOptions options = unixOptions(server);
        options.backoffInitialMs = 5000; // a long wait that stop() must cut short
        options.backoffMaxMs = 5000;
        options.connectTimeoutMs = 5000;

        server.stop();
        RedisSubscriber down(options, {"d:pm:0:x"});
        down.start();
        QTRY_VERIFY_WITH_TIMEOUT(down.state() == RedisSubscriber::State::BackingOff, 2000);
        QElapsedTimer t;
        t.start();
        down.stop();
        QVERIFY2(t.elapsed() < 150, qPrintable(QString::number(t.elapsed())));

        // A SIGSTOPped server accepts the connection but never answers the handshake.
        QVERIFY(server.start());
        server.pause();
        RedisSubscriber hung(options, {"d:pm:0:x"});
        hung.start();
        QTRY_VERIFY_WITH_TIMEOUT(hung.state() == RedisSubscriber::State::Connecting, 2000);
        t.restart();
        hung.stop();
        QVERIFY2(t.elapsed() < 150, qPrintable(QString::number(t.elapsed())));
        QVERIFY(!hung.isConnected());
        server.resume();
    }
};

QTEST_GUILESS_MAIN(TestRedisSubscriber)
#include "tst_redissubscriber.moc"
