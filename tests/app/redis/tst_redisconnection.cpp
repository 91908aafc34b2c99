#include "redis/redisconnection.h"

#include "redis/rediserror.h"
#include "redis/redisoptions.h"
#include "redis/respwriter.h"
#include "redisserver.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTest>

#include <QTemporaryDir>

#include <atomic>
#include <chrono>
#include <thread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace pm;
using pm::test::RedisServer;

namespace {

RedisOptions unixOptions(const RedisServer &server, int db = 0, const QString &password = {})
{
    RedisOptions o;
    o.transport = RedisOptions::Transport::Unix;
    o.socketPath = server.socketPath();
    o.db = db;
    o.password = password;
    return o;
}

qint64 infoField(RedisServer &server, const QByteArray &section, const QByteArray &field)
{
    const QByteArray info = server.command(QList<QByteArray>{"INFO", section});
    for (const QByteArray &line : info.split('\n')) {
        if (line.startsWith(field + ':'))
            return line.mid(field.size() + 1).trimmed().toLongLong();
    }
    return -1;
}

// A fault injector on a unix socket (fakes only for faults): it answers the handshake PING,
// then misbehaves on the next command. The sleeps pace the injected fault; tests never sleep.
class FaultServer
{
public:
    enum class Mode {
        Garbage, ///< answers the handshake with bytes that are not RESP
        Drip, ///< answers PONG, then drips the next reply one byte every 30 ms
    };

    explicit FaultServer(Mode mode)
        : m_mode(mode)
        , m_dir(QStringLiteral("/tmp/pmfault-XXXXXX"))
    {
        m_path = (m_dir.path() + QStringLiteral("/fault.sock")).toLocal8Bit();
        m_listen = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un addr{};
        addr.sun_family = AF_UNIX;
        qstrncpy(addr.sun_path, m_path.constData(), sizeof addr.sun_path);
        if (::bind(m_listen, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0)
            ::listen(m_listen, 4);
        m_thread = std::thread([this] { serve(); });
    }
    ~FaultServer()
    {
        m_stop = true;
        m_thread.join();
        ::close(m_listen);
    }
    QString path() const { return QString::fromLocal8Bit(m_path); }
    int bytesDripped() const { return m_dripped.load(); }

private:
    bool readable(int fd, int ms)
    {
        pollfd p{fd, POLLIN, 0};
        return ::poll(&p, 1, ms) > 0;
    }
    void serve()
    {
        while (!m_stop) {
            if (!readable(m_listen, 20))
                continue;
            const int fd = ::accept(m_listen, nullptr, nullptr);
            if (fd < 0)
                continue;
            handle(fd);
            ::close(fd);
        }
    }
    void handle(int fd)
    {
        QByteArray in;
        char buf[4096];
        bool greeted = false;
        while (!m_stop) {
            if (!readable(fd, 20))
                continue;
            const ssize_t n = ::read(fd, buf, sizeof buf);
            if (n <= 0)
                return;
            in.append(buf, n);
            if (m_mode == Mode::Garbage) {
                (void)::send(fd, "!bogus\r\n", 8, MSG_NOSIGNAL);
                continue;
            }
            if (!greeted && in.contains("PING")) {
                greeted = true;
                in.clear();
                (void)::send(fd, "+PONG\r\n", 7, MSG_NOSIGNAL);
                continue;
            }
            const QByteArray reply = "$10\r\n0123456789\r\n";
            for (char ch : reply) {
                if (m_stop || ::send(fd, &ch, 1, MSG_NOSIGNAL) != 1)
                    return;
                ++m_dripped;
                std::this_thread::sleep_for(std::chrono::milliseconds(30));
            }
        }
    }

    Mode m_mode;
    QTemporaryDir m_dir;
    QByteArray m_path;
    int m_listen = -1;
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_dripped{0};
    std::thread m_thread;
};

RedisOptions faultOptions(const FaultServer &server)
{
    RedisOptions o;
    o.transport = RedisOptions::Transport::Unix;
    o.socketPath = server.path();
    o.commandDeadlineMs = 200;
    return o;
}

} // namespace

class TestRedisConnection : public QObject
{
    Q_OBJECT

    std::unique_ptr<RedisServer> m_shared;

private slots:
    void cleanupTestCase() { m_shared.reset(); }
    void options_tcpUrl_isParsed();
    void options_unixUrl_isParsed();
    void options_redactedDescription_neverShowsPassword();
    void options_remoteHostWithoutOptIn_isRefused();
    void options_badUrls_areInvalid();

    void command_setThenGet_returnsValue();
    void command_binaryValueWithNulBytes_roundTrips();
    void command_valuesAroundReadBoundaries_roundTrip_data();
    void command_valuesAroundReadBoundaries_roundTrip();
    void command_overTcp_works();
    void pipeline_hundredCommands_isOneRoundTrip();
    void pipeline_errorReply_isReturnedInPlace();
    void pipelineOk_namesEveryCommandThatDidNotAnswerOk();
    void command_replyOverLimit_isTooLargeAndConnectionRecovers();
    void command_fromTwoThreads_isSerialisedSafely();

    void deadline_pausedServer_timesOutWithinDeadline();
    void deadline_connectToPausedServer_timesOutWithinDeadline();
    void connect_portNobodyListensOn_saysConnectionRefused();
    void backoff_afterFailure_callsFailFastWithUnavailable();
    void killedServer_isUnavailable_andRestartReconnectsWithAuthAndSelect();

    void restartWhileIdle_firstCallSucceeds();
    void password_neverAppearsInLogsOrErrors();
    void error_wrongType_isClassifiedAndConnectionStaysUsable();
    void error_outOfMemory_isClassified();
    void error_noAuthAndWrongPass_areAuth();
    void error_replyPrefixes_areClassified();
    void error_readOnlyReplica_isReadOnly();
    void deadline_drippingServer_isATotalDeadlineNotAnIdleTimeout();
    void error_garbageFromServer_isProtocol();
};

void TestRedisConnection::options_tcpUrl_isParsed()
{
    const Result<RedisOptions> o
            = RedisOptions::fromUrl(QStringLiteral("redis://me:s3cret@localhost:6390/3"));
    QVERIFY2(o.ok(), qPrintable(o.ok() ? QString() : o.error().toString()));
    QCOMPARE(o->transport, RedisOptions::Transport::Tcp);
    QCOMPARE(o->host, QStringLiteral("localhost"));
    QCOMPARE(o->port, 6390);
    QCOMPARE(o->db, 3);
    QCOMPARE(o->user, QStringLiteral("me"));
    QCOMPARE(o->password, QStringLiteral("s3cret"));

    const Result<RedisOptions> d = RedisOptions::fromUrl(QStringLiteral("redis://127.0.0.1"));
    QVERIFY(d.ok());
    QCOMPARE(d->port, 6379);
    QCOMPARE(d->db, 0);
    QVERIFY(d->password.isEmpty());

    const Result<RedisOptions> t = RedisOptions::fromUrl(
            QStringLiteral("redis://127.0.0.1:7000/1?connect_timeout=100&deadline=75"));
    QVERIFY(t.ok());
    QCOMPARE(t->connectTimeoutMs, 100);
    QCOMPARE(t->commandDeadlineMs, 75);
}

void TestRedisConnection::options_unixUrl_isParsed()
{
    const Result<RedisOptions> o
            = RedisOptions::fromUrl(QStringLiteral("unix:///tmp/x/redis.sock?db=4&password=pw"));
    QVERIFY(o.ok());
    QCOMPARE(o->transport, RedisOptions::Transport::Unix);
    QCOMPARE(o->socketPath, QStringLiteral("/tmp/x/redis.sock"));
    QCOMPARE(o->db, 4);
    QCOMPARE(o->password, QStringLiteral("pw"));
    QVERIFY(o->isLocal());
}

void TestRedisConnection::options_redactedDescription_neverShowsPassword()
{
    const Result<RedisOptions> o
            = RedisOptions::fromUrl(QStringLiteral("redis://app:hunter2@127.0.0.1:6390/2"));
    QVERIFY(o.ok());
    const QString text = o->redactedDescription();
    QVERIFY(!text.contains(QStringLiteral("hunter2")));
    QCOMPARE(text, QStringLiteral("redis://app:***@127.0.0.1:6390/2"));

    const Result<RedisOptions> u
            = RedisOptions::fromUrl(QStringLiteral("unix:///tmp/r.sock?db=1&password=hunter2"));
    QVERIFY(u.ok());
    QVERIFY(!u->redactedDescription().contains(QStringLiteral("hunter2")));
    QVERIFY(u->redactedDescription().contains(QStringLiteral("***")));
}

void TestRedisConnection::options_remoteHostWithoutOptIn_isRefused()
{
    const Result<RedisOptions> o = RedisOptions::fromUrl(QStringLiteral("redis://10.1.2.3:6379/0"));
    QVERIFY(!o.ok());
    QCOMPARE(o.error().kind, ErrorKind::InvalidInput);
    QVERIFY(RedisOptions::fromUrl(QStringLiteral("redis://10.1.2.3:6379/0?allow_insecure=1")).ok());
}

void TestRedisConnection::options_badUrls_areInvalid()
{
    for (const char *url : {"http://localhost", "redis://localhost/x", "unix://relative.sock",
                            "rediss://localhost?ssl_bogus=1", "unix:///tmp/r.sock?db=-1"}) {
        const Result<RedisOptions> o = RedisOptions::fromUrl(QString::fromLatin1(url));
        QVERIFY2(!o.ok(), url);
        QCOMPARE(o.error().kind, ErrorKind::InvalidInput);
    }
}

void TestRedisConnection::command_setThenGet_returnsValue()
{
    RedisServer server;
    QVERIFY(server.start());
    RedisConnection c(unixOptions(server));
    const Result<RedisReply> set = c.command({"SET", "greeting", "hello"});
    QVERIFY(set.ok());
    QVERIFY(set->isStatus("OK"));
    const Result<RedisReply> get = c.command({"GET", "greeting"});
    QVERIFY(get.ok());
    QVERIFY(get->isString());
    QCOMPARE(get->string(), QByteArray("hello"));
    const Result<RedisReply> missing = c.command({"GET", "nope"});
    QVERIFY(missing.ok());
    QVERIFY(missing->isNil());
    const Result<RedisReply> n = c.command({"INCRBY", "counter", "5"});
    QVERIFY(n.ok());
    QCOMPARE(n->integer(), 5LL);
    QCOMPARE(c.stats().connects, 1u);
    QCOMPARE(c.state(), RedisConnection::State::Connected);
}

void TestRedisConnection::command_binaryValueWithNulBytes_roundTrips()
{
    RedisServer server;
    QVERIFY(server.start());
    RedisConnection c(unixOptions(server));
    QByteArray value("a\0b\r\n$3\0", 9);
    value += QByteArray(100000, '\0');
    const QByteArray key("k\0ey", 4);
    QVERIFY(c.command({"SET", key, value}).ok());
    const Result<RedisReply> get = c.command({"GET", key});
    QVERIFY(get.ok());
    QCOMPARE(get->length(), value.size());
    QCOMPARE(get->string(), value);
    // The key with a NUL byte is distinct from its truncation.
    QVERIFY(c.command({"GET", "k"})->isNil());
}

void TestRedisConnection::command_valuesAroundReadBoundaries_roundTrip_data()
{
    // Around the direct-read threshold (32 KiB) and the 128 KiB read chunk.
    QTest::addColumn<int>("size");
    for (int size :
         {0, 1, 32767, 32768, 32769, 131072 - 9, 131072 - 8, 131072, 131073, 1024 * 1024 + 3})
        QTest::addRow("%d", size) << size;
}

void TestRedisConnection::command_valuesAroundReadBoundaries_roundTrip()
{
    QFETCH(int, size);
    if (!m_shared) { // one server for all rows
        m_shared = std::make_unique<RedisServer>();
        QVERIFY(m_shared->start());
    }
    RedisConnection c(unixOptions(*m_shared));
    QByteArray value(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        value[i] = char((i * 131 + size) & 0xff); // includes \r, \n and \0
    QVERIFY(c.command({"SET", "v", value}).ok());
    for (int i = 0; i < 3; ++i) { // and again on the same connection: the stream stays aligned
        const Result<RedisReply> get = c.command({"GET", "v"});
        QVERIFY(get.ok());
        QVERIFY(get->isString());
        QCOMPARE(get->length(), qsizetype(size));
        QVERIFY(get->string() == value);
        QVERIFY(c.command({"PING"}).ok());
    }
}

void TestRedisConnection::command_overTcp_works()
{
    RedisServer::Options opts;
    opts.tcp = true;
    RedisServer server(opts);
    QVERIFY(server.start());
    const Result<RedisOptions> o
            = RedisOptions::fromUrl(QStringLiteral("redis://127.0.0.1:%1/2").arg(server.port()));
    QVERIFY(o.ok());
    RedisConnection c(o.value());
    QVERIFY(c.command({"SET", "tcpkey", "v"}).ok());
    QCOMPARE(server.command(QStringList{"GET", "tcpkey"}, 2), QByteArray("v"));
}

void TestRedisConnection::pipeline_hundredCommands_isOneRoundTrip()
{
    RedisServer server;
    QVERIFY(server.start());
    RedisConnection c(unixOptions(server));
    QVERIFY(c.ping().ok()); // connect outside the measurement

    QList<RedisArgv> commands;
    for (int i = 0; i < 100; ++i)
        commands.append({"SET", "p" + QByteArray::number(i), QByteArray::number(i)});
    const qint64 before = infoField(server, "stats", "total_reads_processed");
    QVERIFY(before > 0);
    const Result<std::vector<RedisReply>> replies = c.pipeline(commands);
    const qint64 after = infoField(server, "stats", "total_reads_processed");
    QVERIFY(replies.ok());
    QCOMPARE(replies->size(), std::size_t(100));
    for (const RedisReply &r : replies.value())
        QVERIFY(r.isStatus("OK"));
    // One read for the pipeline and one for the second INFO, however the kernel splits it;
    // 100 sequential commands would need 100 reads.
    QVERIFY2(after - before <= 3, qPrintable(QString::number(after - before)));
    QCOMPARE(server.command(QStringList{"GET", "p99"}), QByteArray("99"));
}

void TestRedisConnection::pipeline_errorReply_isReturnedInPlace()
{
    RedisServer server;
    QVERIFY(server.start());
    RedisConnection c(unixOptions(server));
    const Result<std::vector<RedisReply>> replies
            = c.pipeline({{"SET", "a", "x"}, {"INCR", "a"}, {"GET", "a"}});
    QVERIFY(replies.ok());
    QCOMPARE(replies->size(), std::size_t(3));
    QVERIFY(replies->at(0).isStatus("OK"));
    QVERIFY(replies->at(1).isError());
    QCOMPARE(RedisError::fromReply(replies->at(1)).kind, ErrorKind::Reply);
    QCOMPARE(replies->at(2).string(), QByteArray("x"));
}

void TestRedisConnection::pipelineOk_namesEveryCommandThatDidNotAnswerOk()
{
    RedisServer server;
    QVERIFY(server.start());
    RedisConnection c(unixOptions(server));
    // +OK, an error line, +OK, an integer, a bulk string (the rest then goes through hiredis's
    // reader), +OK.
    const QList<RedisArgv> commands{{"SET", "a", "x"}, {"INCR", "a"}, {"SET", "b", "y"},
                                    {"DEL", "b"},      {"GET", "a"},  {"SET", "c", "z"}};
    QByteArray request;
    RespWriter writer(request);
    for (const RedisArgv &argv : commands) {
        writer.command(argv.size());
        for (const QByteArray &arg : argv)
            writer.arg(arg);
    }
    const Result<QList<qsizetype>> failed = c.pipelineOk(writer.finish(), commands.size());
    QVERIFY2(failed.ok(), qPrintable(failed.ok() ? QString() : failed.error().toString()));
    QCOMPARE(*failed, (QList<qsizetype>{1, 3, 4}));
    QCOMPARE(c.command({"GET", "c"})->string(), QByteArray("z"));
    QVERIFY(c.command({"EXISTS", "b"})->integer() == 0);
    // The connection is in step: the next call gets its own reply.
    QCOMPARE(c.command({"GET", "a"})->string(), QByteArray("x"));
}

void TestRedisConnection::command_replyOverLimit_isTooLargeAndConnectionRecovers()
{
    RedisServer server;
    QVERIFY(server.start());
    RedisConnection c(unixOptions(server));
    const QByteArray big(4 * 1024 * 1024, 'x');
    const Result<RedisReply> set = c.command({"SET", "big", big});
    QVERIFY2(set.ok(), qPrintable(set.ok() ? QString() : set.error().toString()));
    RedisConnection::CallOptions limit;
    limit.maxReplyBytes = 256 * 1024;
    const Result<RedisReply> r = c.command({"GET", "big"}, limit);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::TooLarge);
    // Not the server's fault: no backoff, the next call reconnects at once.
    const Result<RedisReply> small = c.command({"STRLEN", "big"});
    QVERIFY2(small.ok(), qPrintable(small.ok() ? QString() : small.error().toString()));
    QCOMPARE(small->integer(), qint64(big.size()));
    const Result<RedisReply> whole = c.command({"GET", "big"});
    QVERIFY(whole.ok());
    QCOMPARE(whole->length(), big.size());
}

void TestRedisConnection::command_fromTwoThreads_isSerialisedSafely()
{
    RedisServer server;
    QVERIFY(server.start());
    RedisOptions o = unixOptions(server);
    o.commandDeadlineMs = 5000; // contention on 2 shared cores must not look like a timeout
    RedisConnection c(o);
    std::atomic<int> failures{0};
    auto work = [&c, &failures] {
        for (int i = 0; i < 1000; ++i) {
            const Result<RedisReply> r = c.command({"INCR", "shared"});
            if (!r.ok() || r->integer() <= 0)
                ++failures;
        }
    };
    std::thread a(work);
    std::thread b(work);
    a.join();
    b.join();
    QCOMPARE(failures.load(), 0);
    QCOMPARE(server.command(QStringList{"GET", "shared"}), QByteArray("2000"));
}

void TestRedisConnection::deadline_pausedServer_timesOutWithinDeadline()
{
    RedisServer server;
    QVERIFY(server.start());
    RedisOptions o = unixOptions(server);
    o.commandDeadlineMs = 200;
    RedisConnection c(o);
    QVERIFY(c.ping().ok());

    server.pause();
    QElapsedTimer timer;
    timer.start();
    const Result<RedisReply> r = c.command({"GET", "k"});
    const qint64 elapsed = timer.elapsed();
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::Timeout);
    QVERIFY2(elapsed >= 190 && elapsed <= 250, qPrintable(QString::number(elapsed)));
    QCOMPARE(c.stats().timeouts, 1u);

    // Every further call also ends within its deadline while the server hangs.
    for (int i = 0; i < 5; ++i) {
        timer.restart();
        const Result<RedisReply> again = c.command({"GET", "k"});
        QVERIFY(!again.ok());
        QVERIFY(timer.elapsed() <= 250);
    }

    server.resume();
    QTRY_VERIFY_WITH_TIMEOUT(c.command({"PING"}).ok(), 5000);
    QVERIFY(c.stats().reconnects >= 1u);
    QCOMPARE(c.state(), RedisConnection::State::Connected);
}

void TestRedisConnection::deadline_connectToPausedServer_timesOutWithinDeadline()
{
    RedisServer server;
    QVERIFY(server.start());
    server.pause();
    RedisOptions o = unixOptions(server);
    o.commandDeadlineMs = 150;
    o.connectTimeoutMs = 1000; // the call's deadline still wins
    RedisConnection c(o);
    QElapsedTimer timer;
    timer.start();
    const Result<void> r = c.ping();
    const qint64 elapsed = timer.elapsed();
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::Timeout);
    QVERIFY2(elapsed <= 200, qPrintable(QString::number(elapsed)));
    QCOMPARE(c.stats().connects, 0u);
    server.resume();
    QTRY_VERIFY_WITH_TIMEOUT(c.ping().ok(), 5000);
}

void TestRedisConnection::connect_portNobodyListensOn_saysConnectionRefused()
{
    // A port that was free a moment ago: the kernel refuses the connection at once.
    int port = 0;
    {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        QVERIFY(fd >= 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof addr;
        QVERIFY(::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0);
        QVERIFY(::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len) == 0);
        port = ntohs(addr.sin_port);
        ::close(fd);
    }
    auto options = RedisOptions::fromUrl(QStringLiteral("redis://127.0.0.1:%1/0").arg(port));
    QVERIFY(options.ok());
    RedisConnection c(options.value());
    const Result<void> r = c.ping();
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::Unavailable);
    QVERIFY2(r.error().message.contains(QLatin1String("Connection refused")),
             qPrintable(r.error().message));
}

void TestRedisConnection::backoff_afterFailure_callsFailFastWithUnavailable()
{
    RedisServer server;
    QVERIFY(server.start());
    RedisOptions o = unixOptions(server);
    o.backoffInitialMs = 2000; // long enough that the next calls land inside the backoff
    o.backoffMaxMs = 4000;
    RedisConnection c(o);
    QVERIFY(c.ping().ok());
    server.kill();

    const Result<void> first = c.ping();
    QVERIFY(!first.ok());
    QCOMPARE(first.error().kind, ErrorKind::Unavailable);
    QCOMPARE(c.state(), RedisConnection::State::BackingOff);
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 100; ++i) {
        const Result<void> r = c.ping();
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Unavailable);
    }
    QVERIFY2(timer.elapsed() < 100, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(c.stats().failures >= 101u);
    // close() forgets the backoff: the next call tries at once.
    QVERIFY(server.start());
    c.close();
    QVERIFY(c.ping().ok());
}

void TestRedisConnection::killedServer_isUnavailable_andRestartReconnectsWithAuthAndSelect()
{
    RedisServer::Options opts;
    opts.password = "s3cret";
    RedisServer server(opts);
    QVERIFY(server.start());
    RedisConnection c(unixOptions(server, 3, QStringLiteral("s3cret")));
    QVERIFY(c.command({"SET", "before", "1"}).ok());
    QCOMPARE(server.command(QStringList{"GET", "before"}, 3), QByteArray("1"));

    server.kill();
    const Result<RedisReply> down = c.command({"GET", "before"});
    QVERIFY(!down.ok());
    QCOMPARE(down.error().kind, ErrorKind::Unavailable);
    QVERIFY(!c.lastError().message.isEmpty());

    QVERIFY(server.start());
    QElapsedTimer timer;
    timer.start();
    QTRY_VERIFY_WITH_TIMEOUT(c.command({"SET", "after", "2"}).ok(), 5000);
    QVERIFY(timer.elapsed() < 5000);
    QVERIFY(c.stats().reconnects >= 1u);
    // AUTH and SELECT were re-applied: the key landed in db 3, not db 0.
    QCOMPARE(server.command(QStringList{"GET", "after"}, 3), QByteArray("2"));
    QCOMPARE(server.command(QStringList{"GET", "after"}, 0), QByteArray("(nil)"));
}

void TestRedisConnection::restartWhileIdle_firstCallSucceeds()
{
    RedisServer server;
    QVERIFY(server.start());
    RedisOptions o = unixOptions(server);
    o.idleCheckMs = 0; // check before every call, so the test needs no idle wait
    RedisConnection c(o);
    QVERIFY(c.command({"SET", "k", "1"}).ok());
    QVERIFY(server.restart());
    // The closed socket is noticed before sending: no failed call, one reconnect.
    const Result<RedisReply> r = c.command({"SET", "k", "2"});
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    QCOMPARE(c.stats().failures, 0u);
    QCOMPARE(c.stats().reconnects, 1u);
}

namespace {
QStringList *g_messages = nullptr;
void captureMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    if (g_messages)
        g_messages->append(message);
}
} // namespace

void TestRedisConnection::password_neverAppearsInLogsOrErrors()
{
    RedisServer::Options opts;
    opts.password = "Sup3rSecretPw";
    RedisServer server(opts);
    QVERIFY(server.start());
    QStringList messages;
    g_messages = &messages;
    QLoggingCategory::setFilterRules(QStringLiteral("pm.redis.debug=true"));
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);

    RedisConnection good(unixOptions(server, 0, QStringLiteral("Sup3rSecretPw")));
    QVERIFY(good.ping().ok());
    RedisConnection bad(unixOptions(server, 0, QStringLiteral("Wr0ngSecretPw")));
    const Result<void> denied = bad.ping();
    server.kill();
    const Result<void> down = good.ping();
    QVERIFY(server.start());
    QTRY_VERIFY_WITH_TIMEOUT(good.ping().ok(), 5000);

    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    g_messages = nullptr;

    QVERIFY(!denied.ok());
    QVERIFY(!down.ok());
    QVERIFY(!messages.isEmpty()); // the failures were logged …
    const QStringList texts = messages
            + QStringList{denied.error().message, down.error().message, good.lastError().message,
                          bad.lastError().message, good.options().redactedDescription()};
    for (const QString &text : texts) { // … without the passwords
        QVERIFY2(!text.contains(QStringLiteral("Sup3rSecretPw")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("Wr0ngSecretPw")), qPrintable(text));
    }
}

void TestRedisConnection::error_wrongType_isClassifiedAndConnectionStaysUsable()
{
    RedisServer server;
    QVERIFY(server.start());
    RedisConnection c(unixOptions(server));
    QVERIFY(c.command({"LPUSH", "list", "a"}).ok());
    const Result<RedisReply> r = c.command({"GET", "list"});
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::Type);
    QVERIFY(r.error().message.startsWith(QStringLiteral("WRONGTYPE")));
    QVERIFY(c.ping().ok());
    QCOMPARE(c.stats().connects, 1u);
    QCOMPARE(c.stats().failures, 0u);
}

void TestRedisConnection::error_outOfMemory_isClassified()
{
    RedisServer::Options opts;
    opts.extraArgs = QStringList{"--maxmemory", "1mb", "--maxmemory-policy", "noeviction"};
    RedisServer server(opts);
    QVERIFY(server.start());
    RedisConnection c(unixOptions(server));
    const QByteArray chunk(100 * 1024, 'm');
    std::optional<Error> oom;
    for (int i = 0; i < 50 && !oom; ++i) {
        const Result<RedisReply> r = c.command({"SET", "fill" + QByteArray::number(i), chunk});
        if (!r.ok())
            oom = r.error();
    }
    QVERIFY(oom.has_value());
    QCOMPARE(oom->kind, ErrorKind::OutOfMemory);
    QVERIFY(oom->message.startsWith(QStringLiteral("OOM")));
    // Deleting still works under OOM, and the connection is still usable.
    QVERIFY(c.command({"UNLINK", "fill0"}).ok());
}

void TestRedisConnection::error_noAuthAndWrongPass_areAuth()
{
    RedisServer server;
    QVERIFY(server.start());
    QCOMPARE(server.command(QStringList{"CONFIG", "SET", "requirepass", "newpw"}),
             QByteArray("OK"));
    server.setPassword("newpw");

    RedisConnection noPassword(unixOptions(server));
    const Result<void> a = noPassword.ping();
    QVERIFY(!a.ok());
    QCOMPARE(a.error().kind, ErrorKind::Auth);
    QVERIFY2(a.error().message.startsWith(QStringLiteral("NOAUTH")), qPrintable(a.error().message));

    RedisConnection wrong(unixOptions(server, 0, QStringLiteral("nope")));
    const Result<void> b = wrong.ping();
    QVERIFY(!b.ok());
    QCOMPARE(b.error().kind, ErrorKind::Auth);
    QVERIFY2(b.error().message.startsWith(QStringLiteral("WRONGPASS")),
             qPrintable(b.error().message));
    // While backing off, calls fail fast as Unavailable but still name the cause.
    const Result<void> again = wrong.ping();
    QVERIFY(!again.ok());
    QCOMPARE(again.error().kind, ErrorKind::Unavailable);
    QVERIFY2(again.error().message.contains(QStringLiteral("WRONGPASS")),
             qPrintable(again.error().message));

    RedisConnection right(unixOptions(server, 0, QStringLiteral("newpw")));
    QVERIFY(right.ping().ok());

    // NOPERM from an ACL user that may not run FLUSHDB.
    QCOMPARE(server.command(QStringList{"ACL", "SETUSER", "app", "on", ">apppw", "~*", "+@all",
                                        "-flushdb"}),
             QByteArray("OK"));
    RedisOptions appOptions = unixOptions(server, 0, QStringLiteral("apppw"));
    appOptions.user = QStringLiteral("app");
    RedisConnection app(appOptions);
    QVERIFY(app.ping().ok());
    const Result<RedisReply> denied = app.command({"FLUSHDB"});
    QVERIFY(!denied.ok());
    QCOMPARE(denied.error().kind, ErrorKind::Auth);
    QVERIFY(denied.error().message.startsWith(QStringLiteral("NOPERM")));
}

void TestRedisConnection::error_replyPrefixes_areClassified()
{
    QCOMPARE(RedisError::kindOfReply("OOM command not allowed"), ErrorKind::OutOfMemory);
    QCOMPARE(RedisError::kindOfReply("READONLY You can't write against a read only replica."),
             ErrorKind::ReadOnly);
    QCOMPARE(RedisError::kindOfReply("NOAUTH Authentication required."), ErrorKind::Auth);
    QCOMPARE(RedisError::kindOfReply("WRONGPASS invalid username-password pair"), ErrorKind::Auth);
    QCOMPARE(RedisError::kindOfReply("NOPERM this user has no permissions"), ErrorKind::Auth);
    QCOMPARE(RedisError::kindOfReply("WRONGTYPE Operation against a key"), ErrorKind::Type);
    QCOMPARE(RedisError::kindOfReply("LOADING Redis is loading the dataset in memory"),
             ErrorKind::Unavailable);
    QCOMPARE(RedisError::kindOfReply("ERR value is not an integer or out of range"),
             ErrorKind::Reply);
}

void TestRedisConnection::error_readOnlyReplica_isReadOnly()
{
    RedisServer server;
    QVERIFY(server.start());
    // A replica of a master that does not exist: reads work, writes answer READONLY.
    QCOMPARE(server.command(QStringList{"REPLICAOF", "127.0.0.1", "1"}), QByteArray("OK"));
    RedisConnection c(unixOptions(server));
    const Result<RedisReply> r = c.command({"SET", "k", "v"});
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::ReadOnly);
    QVERIFY(r.error().message.startsWith(QStringLiteral("READONLY")));
    QVERIFY(c.command({"GET", "k"}).ok());
}

void TestRedisConnection::deadline_drippingServer_isATotalDeadlineNotAnIdleTimeout()
{
    // hiredis's own timeout restarts with every byte; a server dripping one byte per 30 ms
    // would keep such a call busy for 0.5 s. Ours ends at the deadline.
    FaultServer fault(FaultServer::Mode::Drip);
    RedisConnection c(faultOptions(fault));
    QElapsedTimer timer;
    timer.start();
    const Result<RedisReply> r = c.command({"GET", "k"});
    const qint64 elapsed = timer.elapsed();
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::Timeout);
    QVERIFY2(elapsed >= 190 && elapsed <= 250, qPrintable(QString::number(elapsed)));
    QVERIFY(fault.bytesDripped() >= 2); // bytes did arrive: not an idle connection
}

void TestRedisConnection::error_garbageFromServer_isProtocol()
{
    FaultServer fault(FaultServer::Mode::Garbage);
    RedisConnection c(faultOptions(fault));
    const Result<void> r = c.ping();
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::Protocol);
    QCOMPARE(c.state(), RedisConnection::State::BackingOff);
}

QTEST_GUILESS_MAIN(TestRedisConnection)
#include "tst_redisconnection.moc"
