// Security: the least-privilege ACL user is denied FLUSHDB, FLUSHALL, KEYS
// and CONFIG and still runs the product list (and, with the notifier's channel, pushes changes
// over pub/sub but cannot reach another channel); the source never sends those commands; passwords
// never reach the command-line tool's output or its error messages; settings keep the cache
// URL without its password; a remote Redis without TLS is refused with the explanation.
#include "cache/redisbackend.h"
#include "catalogue.h"
#include "clirun.h"
#include "products/productchangenotifier.h"
#include "products/productschema.h"
#include "products/productservice.h"
#include "redis/redisconnection.h"
#include "redis/redissubscriber.h"
#include "redisserver.h"
#include "worker/connectionsettings.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pm;
using namespace pm::test;

namespace {

const QStringList Forbidden{QStringLiteral("FLUSHDB"), QStringLiteral("FLUSHALL"),
                            QStringLiteral("KEYS"), QStringLiteral("CONFIG")};

/// Files that build Redis commands: those that use the connection, the argv type, hiredis's
/// command functions or Lua's redis.call.
bool talksToRedis(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(
            "RedisArgv|RedisConnection|redisCommand|redisAppendCommand|redis\\.p?call"));
    return re.match(text).hasMatch();
}

/// String literals (C++ "…" or Lua '…') whose first word is a forbidden command.
QStringList forbiddenLiterals(const QString &text)
{
    static const QRegularExpression re(
            QStringLiteral("([\"'])(?i:(flushdb|flushall|keys|config))(\\s[^\"']*)?\\1"));
    QStringList hits;
    auto it = re.globalMatch(text);
    while (it.hasNext())
        hits.append(it.next().captured(0));
    return hits;
}

QString cliPath()
{
    return QStringLiteral(PM_CLI_PATH);
}

CliRun runCli(const QStringList &args, const QByteArray &input = {})
{
    return test::runProgram(cliPath(), args, input);
}

} // namespace

class TestSecurity : public QObject
{
    Q_OBJECT

private slots:
    void leastPrivilegeUser_forbiddenCommandsAreNoPerm();
    void leastPrivilegeUser_runsTheProductListWithAPrefix();
    void applicationAclUser_pushesChangesOverPubSub_andIsStillDeniedTheRest();
    void sourceScan_scannerFindsAPlantedCommand();
    void sourceScan_appNeverSendsFlushdbFlushallKeysOrConfig();
    void cli_neverPrintsThePassword_data();
    void cli_neverPrintsThePassword();
    void cli_remoteRedisWithoutTls_isRefusedWithTheExplanation();
    void settings_storeTheCacheUrlWithoutItsPassword_data();
    void settings_storeTheCacheUrlWithoutItsPassword();
};

void TestSecurity::leastPrivilegeUser_forbiddenCommandsAreNoPerm()
{
    RedisServer::Options so;
    so.leastPrivilegeKeyPatterns = QStringList{QStringLiteral("~pm:*")};
    so.leastPrivilegeCommands = RedisBackend::requiredCommands();
    RedisServer server(so);
    QVERIFY(server.start());
    QVERIFY(server.isLeastPrivilege());
    QCOMPARE(server.command(QList<QByteArray>{"SET", "someone:else", "theirs"}), QByteArray("OK"));

    // The application's connection: no user name, so the `default` user.
    RedisConnection app(unixRedisOptions(server.socketPath()));
    QVERIFY(app.ping().ok());
    for (const RedisArgv &argv : QList<RedisArgv>{{"FLUSHDB"},
                                                  {"FLUSHALL"},
                                                  {"FLUSHDB", "ASYNC"},
                                                  {"KEYS", "*"},
                                                  {"CONFIG", "GET", "requirepass"},
                                                  {"CONFIG", "SET", "maxmemory", "1"},
                                                  {"GET", "someone:else"},
                                                  {"SET", "someone:else", "mine"}}) {
        const Result<RedisReply> r = app.command(argv);
        QVERIFY2(!r.ok(), argv.join(' ').constData());
        QCOMPARE(r.error().kind, ErrorKind::Auth);
        QVERIFY2(r.error().message.startsWith(QLatin1String("NOPERM")),
                 qPrintable(r.error().message));
    }
    QCOMPARE(server.command(QList<QByteArray>{"GET", "someone:else"}), QByteArray("theirs"));
    QCOMPARE(server.command(QList<QByteArray>{"DBSIZE"}), QByteArray("1"));
}

void TestSecurity::leastPrivilegeUser_runsTheProductListWithAPrefix()
{
    RedisServer::Options so;
    so.leastPrivilegeKeyPatterns = QStringList{QStringLiteral("~pm:*")};
    so.leastPrivilegeCommands = RedisBackend::requiredCommands();
    RedisServer server(so);
    QVERIFY(server.start());
    Catalogue catalogue(4);
    QVERIFY(catalogue.isValid());
    CacheOptions co;
    co.keyPrefix = "pm";
    auto cache = productCache(unixRedisOptions(server.socketPath(), 2), co);
    ProductService service(catalogue.repository(), *cache);
    QSignalSpy failed(&service, &ProductService::cacheFailed);
    QSignalSpy invalidated(&service, &ProductService::invalidated);
    ListLoadStats s;
    QVERIFY(service.list(&s).ok());
    QVERIFY(service.list(&s).ok());
    QVERIFY(s.hit);
    QVERIFY(service.create(ProductFields{QStringLiteral("Secure"), Money(5)}).ok());
    QCOMPARE(invalidated.size(), 1);
    QVERIFY(!invalidated.at(0).at(0).value<InvalidationRecord>().error.has_value());
    QVERIFY(service.list(&s).ok());
    QVERIFY(!s.hit);
    QVERIFY(service.invalidateCache().ok());
    QVERIFY(cache->clear().ok()); // SCAN + UNLINK: allowed; FLUSHDB would not be
    QCOMPARE(failed.size(), 0);
}

namespace {

/// One running application as two processes would have it: its own connection to the shared
/// SQLite file, repository, Redis product cache (prefix "pm") and change notifier.
struct AppInstance
{
    std::unique_ptr<Database> db;
    std::unique_ptr<ProductRepository> repo;
    std::unique_ptr<Cache> cache;
    std::unique_ptr<ProductService> service;
    std::unique_ptr<ProductChangeNotifier> notifier;
};

std::unique_ptr<AppInstance> appInstance(const QString &dbPath, Clock &clock,
                                         const RedisServer &server)
{
    auto inst = std::make_unique<AppInstance>();
    DatabaseConfig config;
    config.path = dbPath;
    auto db = ProductSchema::open(config);
    if (!db) {
        qWarning() << db.error().toString();
        return nullptr;
    }
    inst->db = std::move(db.value());
    inst->repo = std::make_unique<ProductRepository>(*inst->db, clock);
    CacheOptions co;
    co.keyPrefix = "pm";
    inst->cache = productCache(unixRedisOptions(server.socketPath(), 0), co);
    inst->service = std::make_unique<ProductService>(*inst->repo, *inst->cache);
    ProductChangeNotifierOptions no;
    no.transport = ChangeTransport::Redis;
    no.cacheUrl = server.unixUrl(0); // no user name: the least-privilege `default` user
    no.keyPrefix = "pm";
    // Far beyond the test's waits: a change that arrives can only have come over pub/sub.
    no.pollIntervalMs = 60 * 60 * 1000;
    inst->notifier = std::make_unique<ProductChangeNotifier>(*inst->repo, *inst->db, no);
    if (auto started = inst->notifier->start(); !started) {
        qWarning() << started.error().toString();
        return nullptr;
    }
    return inst;
}

} // namespace

void TestSecurity::applicationAclUser_pushesChangesOverPubSub_andIsStillDeniedTheRest()
{
    // The ACL of docs/reliability.md "An ACL user for the application": key pattern ~pm:*,
    // the notifier's channel pattern, the cache's and the notifier's commands, nothing else.
    RedisServer::Options so;
    so.leastPrivilegeKeyPatterns = QStringList{QStringLiteral("~pm:*")};
    so.leastPrivilegeCommands = RedisBackend::requiredCommands();
    so.leastPrivilegeChannels = QStringList{
            QLatin1Char('&') + QString::fromUtf8(RedisSubscriber::channelName("pm", 0, "*"))};
    RedisServer server(so);
    QVERIFY(server.start());
    QVERIFY(server.isLeastPrivilege());
    const QByteArray acl = server.command(QList<QByteArray>{"ACL", "GETUSER", "default"});
    QVERIFY2(acl.contains("&pm:pm:0:*") && acl.contains("+subscribe") && acl.contains("+publish"),
             acl.constData());

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ManualClock clock;
    const QString dbPath = dir.filePath(QStringLiteral("shared.db"));
    auto a = appInstance(dbPath, clock, server);
    auto b = appInstance(dbPath, clock, server);
    QVERIFY(a && b);
    QCOMPARE(b->notifier->transport(), ChangeTransport::Redis);
    QCOMPARE(b->notifier->channel(), QByteArray("pm:pm:0:products"));
    // Subscribed as that user: neither notifier fell back to polling.
    QTRY_VERIFY_WITH_TIMEOUT(!a->notifier->isDegraded() && !b->notifier->isDegraded(), 2000);
    QVERIFY(!b->notifier->isPolling());
    QSignalSpy cacheFailedA(a->service.get(), &ProductService::cacheFailed);
    QSignalSpy cacheFailedB(b->service.get(), &ProductService::cacheFailed);
    QSignalSpy remote(b->notifier.get(), &ProductChangeNotifier::remoteChange);
    ListLoadStats s;
    QVERIFY(b->service->list(&s).ok());
    QVERIFY(b->service->list(&s).ok());
    QVERIFY(s.hit);
    const quint64 pollsBefore = b->notifier->stats().polls;

    // A write in A is published (PUBLISH allowed) and pushed to B (SUBSCRIBE allowed).
    QVERIFY(a->service->create(ProductFields{QStringLiteral("Pushed"), Money(7)}).ok());
    const qint64 v = a->repo->lastCommittedListVersion();
    QVERIFY(v > 0);
    QCOMPARE(a->notifier->stats().published, quint64(1));
    QCOMPARE(a->notifier->stats().publishFailures, quint64(0));
    QVERIFY(remote.wait(1000));
    QCOMPARE(remote.at(0).at(0).toLongLong(), v);
    QCOMPARE(b->notifier->stats().received, quint64(1)); // pushed…
    QCOMPARE(b->notifier->stats().polls, pollsBefore); // …not polled
    QCOMPARE(b->notifier->knownListVersion(), v);
    // And B's next load, through the shared Redis cache, has A's product.
    auto list = b->service->list(&s);
    QVERIFY(list.ok());
    QVERIFY(!s.hit);
    QCOMPARE(list.value().size(), 1);
    QCOMPARE(list.value().first().title, QStringLiteral("Pushed"));
    QCOMPARE(cacheFailedA.size(), 0);
    QCOMPARE(cacheFailedB.size(), 0);

    // The same user is still denied the rest, foreign channels included.
    RedisConnection app(unixRedisOptions(server.socketPath()));
    QVERIFY(app.ping().ok());
    for (const RedisArgv &argv : QList<RedisArgv>{{"FLUSHDB"},
                                                  {"FLUSHALL"},
                                                  {"KEYS", "*"},
                                                  {"CONFIG", "GET", "requirepass"},
                                                  {"SUBSCRIBE", "other:pm:0:products"},
                                                  {"PUBLISH", "other:pm:0:products", "x"},
                                                  {"PUBLISH", "pm:pm:1:products", "x"}}) {
        const Result<RedisReply> r = app.command(argv);
        QVERIFY2(!r.ok(), argv.join(' ').constData());
        QCOMPARE(r.error().kind, ErrorKind::Auth);
        QVERIFY2(r.error().message.startsWith(QLatin1String("NOPERM")),
                 qPrintable(r.error().message));
    }
    QVERIFY(app.ping().ok()); // the refused SUBSCRIBE left the connection usable
    QCOMPARE(RedisSubscriber::publish(app, "pm:pm:0:products",
                                      ProductChangeNotifier::encodeMessage("probe", 0))
                     .valueOr(-1),
             qint64(2));
}

void TestSecurity::sourceScan_scannerFindsAPlantedCommand()
{
    // The scanner must be able to fail: planted offenders in each style are found.
    const QString planted
            = QStringLiteral("connection.command({QByteArrayLiteral(\"FLUSHDB\")});\n"
                             "RedisArgv argv{\"keys\", \"*\"};\n"
                             "const char *lua = \"return redis.call('CONFIG', 'GET', 'x')\";\n"
                             "// FLUSHALL in a comment is fine, and so is \"monkeys\"\n");
    QVERIFY(talksToRedis(planted));
    QCOMPARE(forbiddenLiterals(planted),
             (QStringList{QStringLiteral("\"FLUSHDB\""), QStringLiteral("\"keys\""),
                          QStringLiteral("'CONFIG'")}));
}

void TestSecurity::sourceScan_appNeverSendsFlushdbFlushallKeysOrConfig()
{
    const QString root = qEnvironmentVariable("PM_SOURCE_DIR");
    QVERIFY2(!root.isEmpty(), "PM_SOURCE_DIR is set by pm_add_test");
    int scanned = 0;
    int redisFiles = 0;
    QStringList offenders;
    for (const QString &dir : {QStringLiteral("/app"), QStringLiteral("/ui")}) {
        QDirIterator it(root + dir, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(f.readAll());
            ++scanned;
            if (!talksToRedis(text))
                continue;
            ++redisFiles;
            for (const QString &hit : forbiddenLiterals(text))
                offenders.append(f.fileName() + QStringLiteral(": ") + hit);
        }
    }
    QVERIFY(scanned > 50);
    QVERIFY2(redisFiles >= 4, "the Redis files were found"); // connection, backend, subscriber…
    QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(u'\n')));
    // And the ACL allow-list the backend asks for contains none of them.
    for (const QString &c : RedisBackend::requiredCommands()) {
        for (const QString &f : Forbidden)
            QVERIFY2(c.compare(f, Qt::CaseInsensitive) != 0, qPrintable(c));
    }
}

void TestSecurity::cli_neverPrintsThePassword_data()
{
    QTest::addColumn<QString>("password"); ///< what the URL carries
    QTest::addColumn<bool>("paused"); ///< the server hangs (timeouts in the output)
    QTest::newRow("right password") << QStringLiteral("cli-S3cret-pw") << false;
    QTest::newRow("wrong password") << QStringLiteral("cli-Wr0ng-pw") << false;
    QTest::newRow("hung server") << QStringLiteral("cli-S3cret-pw") << true;
}

void TestSecurity::cli_neverPrintsThePassword()
{
    QFETCH(QString, password);
    QFETCH(bool, paused);
    const QByteArray serverPassword = "cli-S3cret-pw";
    RedisServer::Options so;
    so.password = serverPassword;
    RedisServer server(so);
    QVERIFY(server.start());
    QTemporaryDir dir;
    const QString db = QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("p.db"));
    const QString url = server.unixUrl(3, password);
    const QString tcpStyle = QStringLiteral("redis://:%1@127.0.0.1:1/0").arg(password);

    CliRun seed
            = runCli({QStringLiteral("products"), QStringLiteral("--database"), db,
                      QStringLiteral("--cache"), url, QStringLiteral("seed"), QStringLiteral("3")});
    QCOMPARE(seed.exitCode, 0);
    if (paused)
        server.pause();
    QList<CliRun> runs{seed};
    runs.append(runCli({QStringLiteral("products"), QStringLiteral("--database"), db,
                        QStringLiteral("--cache"), url, QStringLiteral("list"),
                        QStringLiteral("--stats")}));
    runs.append(runCli({QStringLiteral("cache"), QStringLiteral("--cache"), url},
                       "set a 1\nget a\nincr a 2\nget nothing\nstats\n"));
    runs.append(runCli({QStringLiteral("cache"), QStringLiteral("--cache"), tcpStyle}, "stats\n"));
    server.resume();

    bool sawStats = false;
    for (const CliRun &run : runs) {
        QVERIFY2(!run.output.contains(password), qPrintable(run.output));
        QVERIFY(!run.output.contains(QString::fromUtf8(serverPassword)));
        sawStats = sawStats || run.output.contains(QStringLiteral("hit"), Qt::CaseInsensitive);
    }
    // The runs said something (a stats table, or the error), so the grep looked at real output.
    QVERIFY(!runs.at(1).output.isEmpty());
    QVERIFY(!runs.at(2).output.isEmpty());
    QVERIFY(!runs.at(3).output.isEmpty());
    if (password == QString::fromUtf8(serverPassword) && !paused)
        QVERIFY2(sawStats, qPrintable(runs.at(1).output + runs.at(2).output));
}

void TestSecurity::cli_remoteRedisWithoutTls_isRefusedWithTheExplanation()
{
    const CliRun refused = runCli({QStringLiteral("cache"), QStringLiteral("--cache"),
                                   QStringLiteral("redis://192.0.2.10:6379/0")},
                                  "get a\n");
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.output.contains(QStringLiteral("TLS")), qPrintable(refused.output));
    QVERIFY(refused.output.contains(QStringLiteral("allow_insecure=1")));
}

void TestSecurity::settings_storeTheCacheUrlWithoutItsPassword_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("stored");
    QTest::newRow("redis, no user") << QStringLiteral("redis://:p%40ss@127.0.0.1:6380/2")
                                    << QStringLiteral("redis://127.0.0.1:6380/2");
    QTest::newRow("redis, ACL user") << QStringLiteral("redis://app:s3cret@127.0.0.1:6380/2")
                                     << QStringLiteral("redis://app:@127.0.0.1:6380/2");
    QTest::newRow("unix, query") << QStringLiteral(
            "unix:///run/r.sock?db=3&password=s3cret&deadline=100")
                                 << QStringLiteral("unix:///run/r.sock?db=3&deadline=100");
    QTest::newRow("unix, last") << QStringLiteral("unix:///run/r.sock?db=3&password=s3cret")
                                << QStringLiteral("unix:///run/r.sock?db=3");
    QTest::newRow("unix, only") << QStringLiteral("unix:///run/r.sock?password=s3cret")
                                << QStringLiteral("unix:///run/r.sock");
    QTest::newRow("no password") << QStringLiteral("redis://127.0.0.1:6379/0")
                                 << QStringLiteral("redis://127.0.0.1:6379/0");
    QTest::newRow("memory") << QStringLiteral("memory://") << QStringLiteral("memory://");
}

void TestSecurity::settings_storeTheCacheUrlWithoutItsPassword()
{
    QFETCH(QString, url);
    QFETCH(QString, stored);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("settings.ini"));
    ConnectionSettings s;
    s.cache = url;
    {
        QSettings store(file, QSettings::IniFormat);
        s.save(store);
    }
    QFile raw(file);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    const QByteArray bytes = raw.readAll();
    QVERIFY2(!bytes.contains("s3cret") && !bytes.contains("p%40ss") && !bytes.contains("p@ss"),
             bytes.constData());
    QSettings store(file, QSettings::IniFormat);
    QCOMPARE(ConnectionSettings::load(store).cache, stored);
    QCOMPARE(s.cache, url); // the running session keeps it
}

QTEST_GUILESS_MAIN(TestSecurity)
#include "tst_security.moc"
