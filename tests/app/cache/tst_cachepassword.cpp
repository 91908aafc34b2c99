// PM_CACHE_PASSWORD: the Redis password when the cache URL has none, for the app's cache
// backend and the command-line tool alike, against a real redis-server with requirepass over
// TCP and a unix socket. The secret must appear in no log message (all categories, debug
// included), no redacted description, no error and no output of the tool.
#include "cache/cachefactory.h"
#include "cache/cacheurl.h"
#include "clirun.h"
#include "core/clock.h"
#include "redis/redisoptions.h"
#include "redisserver.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QTemporaryDir>
#include <QTest>

using namespace pm;
using namespace pm::test;

namespace {

const QByteArray Secret = "env-S3cret-7f1";
const QByteArray WrongSecret = "env-Wr0ng-9c2";

QMutex g_mutex;
QStringList g_messages;
QtMessageHandler g_previous = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_mutex);
        g_messages.append(QString::fromUtf8(context.category ? context.category : "") + u' '
                          + message);
    }
    if (g_previous)
        g_previous(type, context, message);
}

QString allMessages()
{
    QMutexLocker lock(&g_mutex);
    return g_messages.join(u'\n');
}

CliRun runCli(const QStringList &args, const QByteArray &input, const QByteArray &password)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("PM_CACHE_PASSWORD"), QString::fromUtf8(password));
    return test::runProgram(QStringLiteral(PM_CLI_PATH), args, input, env);
}

/// One set + get through a backend made like the app makes it. The error text, if any.
Result<QVariant> roundTrip(const QString &url)
{
    auto backend = createCacheBackend(url, SystemClock::instance());
    if (!backend)
        return backend.error();
    CallFacts facts;
    if (auto r = (*backend)->set("pm:secret:probe", QVariant(42), Expiry::inMs(60000), facts); !r)
        return r.error();
    auto got = (*backend)->get("pm:secret:probe", facts);
    if (!got)
        return got.error();
    return got->value_or(QVariant());
}

} // namespace

class TestCachePassword : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void envPassword_authenticates_andIsNeverShown_data();
    void envPassword_authenticates_andIsNeverShown();
};

void TestCachePassword::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("pm.*=true"));
    g_previous = qInstallMessageHandler(capture);
}

void TestCachePassword::cleanup()
{
    qunsetenv("PM_CACHE_PASSWORD");
    QMutexLocker lock(&g_mutex);
    g_messages.clear();
}

void TestCachePassword::envPassword_authenticates_andIsNeverShown_data()
{
    QTest::addColumn<bool>("tcp");
    QTest::newRow("tcp") << true;
    QTest::newRow("unix socket") << false;
}

void TestCachePassword::envPassword_authenticates_andIsNeverShown()
{
    QFETCH(bool, tcp);
    RedisServer::Options so;
    so.password = Secret;
    so.tcp = true;
    RedisServer server(so);
    QVERIFY(server.start());
    const QString url
            = tcp ? QStringLiteral("redis://127.0.0.1:%1/2").arg(server.port()) : server.unixUrl(2);
    QVERIFY(!url.contains(QString::fromUtf8(Secret)));
    QStringList texts; // every error, description and output that must not hold a secret

    // Without the variable the server refuses us: requirepass is in force.
    qunsetenv("PM_CACHE_PASSWORD");
    const Result<QVariant> refused = roundTrip(url);
    QVERIFY(!refused);
    texts << refused.error().toString();

    // With it, the same URL works, for the cache backend and the change notifier's options.
    qputenv("PM_CACHE_PASSWORD", Secret);
    const Result<QVariant> ok = roundTrip(url);
    QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().toString()));
    QCOMPARE(ok->toInt(), 42);
    const Result<RedisOptions> options = RedisOptions::fromUrl(url);
    QVERIFY(options);
    QCOMPARE(options->password, QString::fromUtf8(Secret));
    texts << options->redactedDescription() << CacheUrl::parse(url)->redacted();
    QVERIFY2(options->redactedDescription().contains(QStringLiteral("***")),
             qPrintable(options->redactedDescription()));

    // A wrong one fails, without saying it.
    qputenv("PM_CACHE_PASSWORD", WrongSecret);
    const Result<QVariant> wrong = roundTrip(url);
    QVERIFY(!wrong);
    texts << wrong.error().toString() << RedisOptions::fromUrl(url)->redactedDescription();

    // The URL's own password wins over the variable.
    const QString withPassword = tcp ? QStringLiteral("redis://:%1@127.0.0.1:%2/2")
                                               .arg(QString::fromUtf8(Secret))
                                               .arg(server.port())
                                     : server.unixUrl(2, QString::fromUtf8(Secret));
    const Result<QVariant> urlWins = roundTrip(withPassword);
    QVERIFY2(urlWins, qPrintable(urlWins ? QString() : urlWins.error().toString()));
    qunsetenv("PM_CACHE_PASSWORD");

    // The command-line tool reads it too: the cache console and the product list.
    QTemporaryDir dir;
    const QString db = QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("p.db"));
    const CliRun console = runCli({QStringLiteral("cache"), QStringLiteral("--cache"), url},
                                  "set a 1\nget a\nstats\n", Secret);
    QVERIFY2(console.exitCode == 0, qPrintable(console.output));
    const CliRun seed
            = runCli({QStringLiteral("products"), QStringLiteral("--database"), db,
                      QStringLiteral("--cache"), url, QStringLiteral("seed"), QStringLiteral("3")},
                     {}, Secret);
    QVERIFY2(seed.exitCode == 0, qPrintable(seed.output));
    const CliRun list = runCli({QStringLiteral("products"), QStringLiteral("--database"), db,
                                QStringLiteral("--cache"), url, QStringLiteral("list"),
                                QStringLiteral("--stats")},
                               {}, Secret);
    QVERIFY2(list.exitCode == 0, qPrintable(list.output));
    const CliRun cliWrong = runCli({QStringLiteral("cache"), QStringLiteral("--cache"), url},
                                   "get a\n", WrongSecret);
    QVERIFY2(cliWrong.exitCode != 0, qPrintable(cliWrong.output));
    texts << console.output << seed.output << list.output << cliWrong.output;
    // The tool logged its connection (every category is on), so the grep saw real lines.
    QVERIFY2(console.output.contains(QStringLiteral("cache backend:")), qPrintable(console.output));

    const QString messages = allMessages();
    QVERIFY2(messages.contains(QStringLiteral("cache backend:")), qPrintable(messages));
    texts << messages;
    for (const QString &text : std::as_const(texts)) {
        QVERIFY2(!text.contains(QString::fromUtf8(Secret)), qPrintable(text));
        QVERIFY2(!text.contains(QString::fromUtf8(WrongSecret)), qPrintable(text));
    }
}

QTEST_GUILESS_MAIN(TestCachePassword)
#include "tst_cachepassword.moc"
