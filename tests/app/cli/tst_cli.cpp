// productmanager-cli as a user runs it: every --help against the parser's own option tables,
// --version, exit statuses, a bad command line that must leave no database behind, and the
// cache console's refusal of lines that are not UTF-8.
#include "cache/cacheconsole.h"
#include "cli/cachecommand.h"
#include "cli/clispec.h"
#include "redisserver.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

using namespace pm;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QStringList outLines() const
    {
        QStringList lines = QString::fromUtf8(out).split(QLatin1Char('\n'));
        if (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
        return lines;
    }
};

Run runCli(const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.start(QStringLiteral(PM_CLI_PATH), args);
    Run run;
    if (!p.waitForStarted(10'000))
        return run;
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(30'000)) {
        p.kill();
        p.waitForFinished();
        return run;
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    return run;
}

QString optionLeft(const cli::OptionSpec &o)
{
    QString left = o.shortName ? QLatin1String(o.shortName) + QStringLiteral(", ") : QString();
    left += QLatin1String(o.name);
    if (o.value)
        left += QLatin1Char(' ') + QLatin1String(o.value);
    return left;
}

/// A help line "  LEFT   description": the item and its one-line description.
bool hasRow(const QString &help, const QString &left)
{
    const QRegularExpression re(QStringLiteral("^  %1 +\\S").arg(QRegularExpression::escape(left)),
                                QRegularExpression::MultilineOption);
    return re.match(help).hasMatch();
}

enum Scope { Top, Products, CacheScope };

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void help_describesEveryCommandOptionUrlVariableAndExitStatus_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("scope");
        QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << int(Top);
        QTest::newRow("-h") << QStringList{QStringLiteral("-h")} << int(Top);
        QTest::newRow("help") << QStringList{QStringLiteral("help")} << int(Top);
        QTest::newRow("products --help")
                << QStringList{QStringLiteral("products"), QStringLiteral("--help")}
                << int(Products);
        QTest::newRow("products -h")
                << QStringList{QStringLiteral("products"), QStringLiteral("-h")} << int(Products);
        QTest::newRow("products help")
                << QStringList{QStringLiteral("products"), QStringLiteral("help")} << int(Products);
        QTest::newRow("help products")
                << QStringList{QStringLiteral("help"), QStringLiteral("products")} << int(Products);
        QTest::newRow("cache --help")
                << QStringList{QStringLiteral("cache"), QStringLiteral("--help")}
                << int(CacheScope);
        QTest::newRow("cache -h") << QStringList{QStringLiteral("cache"), QStringLiteral("-h")}
                                  << int(CacheScope);
        QTest::newRow("help cache")
                << QStringList{QStringLiteral("help"), QStringLiteral("cache")} << int(CacheScope);
    }

    void help_describesEveryCommandOptionUrlVariableAndExitStatus()
    {
        QFETCH(QStringList, args);
        QFETCH(int, scope);
        const Run run = runCli(args);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), run.err.constData());
        const QString help = QString::fromUtf8(run.out);
        const bool products = scope != CacheScope;
        const bool cache = scope != Products;

        // The tables the parsers accept options and commands from.
        QList<cli::OptionSpec> options;
        QList<cli::CommandSpec> commands;
        if (scope == Top) {
            options += cli::topOptions();
            commands += cli::topCommands();
        }
        if (products) {
            options += cli::productsOptions() + cli::productsCommandOptions();
            commands += cli::productsCommands();
        }
        if (cache)
            options += cli::cacheOptions();
        QVERIFY(options.size() >= 5);
        for (const cli::OptionSpec &o : options)
            QVERIFY2(hasRow(help, optionLeft(o)), qPrintable(optionLeft(o) + "\n" + help));
        for (const cli::CommandSpec &c : commands) {
            const QString left = QLatin1String(c.name)
                    + (*c.arguments ? QLatin1Char(' ') + QLatin1String(c.arguments) : QString());
            QVERIFY2(hasRow(help, left), qPrintable(left));
        }
        if (cache) {
            for (const QString &usage : CacheConsole::commandUsages())
                QVERIFY2(help.contains(QStringLiteral("\n  ") + usage + QLatin1Char('\n')),
                         qPrintable(usage));
        }

        QStringList urls{QStringLiteral("memory://[?max_entries=N&cull_frequency=N]"),
                         QStringLiteral("redis://[[user]:password@]host[:port][/db]"),
                         QStringLiteral("unix:///PATH.sock[?db=N]"),
                         QStringLiteral("?deadline=MS&connect_timeout=MS"),
                         QStringLiteral("allow_insecure=1")};
        if (products) {
            urls << QStringLiteral("sqlite:///PATH")
                 << QStringLiteral("postgresql://[user[:password]@]host[:port]/db")
                 << QStringLiteral("?connect_timeout=S");
        }
        for (const QString &url : urls)
            QVERIFY2(help.contains(url), qPrintable(url));

        for (const cli::EnvironmentSpec &e : cli::environment()) {
            const bool relevant = (products && e.products) || (cache && e.cache);
            QCOMPARE(hasRow(help, QLatin1String(e.name)), relevant);
        }
        QVERIFY(hasRow(help, QStringLiteral("PM_CACHE_PASSWORD")));
        if (products)
            QVERIFY(hasRow(help, QStringLiteral("PGPASSWORD")));

        QVERIFY(help.contains(QStringLiteral("\nExit status:\n")));
        QVERIFY(hasRow(help, QStringLiteral("0")));
        QVERIFY(hasRow(help, QStringLiteral("2")));
        QCOMPARE(hasRow(help, QStringLiteral("1")), products);

        QVERIFY(help.contains(QStringLiteral("\nExamples:\n")));
        if (products)
            QVERIFY(help.contains(QStringLiteral("\n  productmanager-cli products --database")));
        if (cache)
            QVERIFY(help.contains(QStringLiteral("productmanager-cli cache --cache")));
    }

    /// The parser takes every option of its tables, in both spellings, and nothing else.
    void parser_acceptsExactlyTheTabledOptions()
    {
        for (const auto *table : {&cli::topOptions(), &cli::productsOptions(),
                                  &cli::productsCommandOptions(), &cli::cacheOptions()}) {
            for (const cli::OptionSpec &o : *table) {
                QStringList args{QLatin1String(o.name)};
                if (o.value)
                    args << QStringLiteral("v");
                auto parsed = cli::parseLine(args, *table);
                QVERIFY2(parsed, o.name);
                if (o.value) {
                    QCOMPARE(parsed->values.value(QLatin1String(o.name)), QStringLiteral("v"));
                    parsed = cli::parseLine({QLatin1String(o.name) + QStringLiteral("=w")}, *table);
                    QVERIFY2(parsed, o.name);
                    QCOMPARE(parsed->values.value(QLatin1String(o.name)), QStringLiteral("w"));
                    QVERIFY(!cli::parseLine({QLatin1String(o.name)}, *table)); // no value
                }
            }
            QVERIFY(!cli::parseLine({QStringLiteral("--bogus")}, *table));
            QVERIFY(!cli::parseLine({QStringLiteral("-x")}, *table));
        }
    }

    void version_printsTheVersion()
    {
        for (const QString &flag : {QStringLiteral("--version"), QStringLiteral("-v")}) {
            const Run run = runCli({flag});
            QCOMPARE(run.exitCode, 0);
            QCOMPARE(run.out, QByteArray("productmanager-cli " PM_VERSION "\n"));
            QVERIFY(run.err.isEmpty());
        }
        const Run extra = runCli({QStringLiteral("--version"), QStringLiteral("x")});
        QCOMPARE(extra.exitCode, 2);
    }

    void topLevelUsageErrors_exit2WithAHint_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("nothing") << QStringList{};
        QTest::newRow("unknown command") << QStringList{QStringLiteral("prodcts")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--bogus")};
        QTest::newRow("help of nothing")
                << QStringList{QStringLiteral("help"), QStringLiteral("nothing")};
    }

    void topLevelUsageErrors_exit2WithAHint()
    {
        QFETCH(QStringList, args);
        const Run run = runCli(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.startsWith("error: "), run.err.constData());
        QVERIFY2(run.err.contains("productmanager-cli --help"), run.err.constData());
    }

    void productsBadCommandLine_exits2AndCreatesNoDatabase_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says");
        auto row = [](const char *name, const QStringList &args, const QString &says,
                      int exitCode = 2) {
            QTest::newRow(name) << args << exitCode << says;
        };
        const auto L = [](const char *s) {
            return QString::fromUtf8(s);
        };
        row("unknown command", {L("lsit")}, L("unknown command 'lsit'; did you mean 'list'?"));
        row("seed abc", {L("seed"), L("abc")}, L("seed needs a count"));
        row("seed -1", {L("seed"), L("-1")}, L("seed needs a count"));
        row("seed too many", {L("seed"), L("10000001")}, L("seed needs a count"));
        row("seed without count", {L("seed")}, L("wrong number of arguments"));
        row("seed two counts", {L("seed"), L("5"), L("6")}, L("wrong number of arguments"));
        row("seed --stats", {L("seed"), L("5"), L("--stats")}, L("seed does not take --stats"));
        row("list --title", {L("list"), L("--title"), L("x")}, L("list does not take --title"));
        row("list extra", {L("list"), L("extra")}, L("wrong number of arguments"));
        row("add without price", {L("add"), L("--title"), L("T")}, L("add needs"));
        row("add bad price", {L("add"), L("--title"), L("T"), L("--price"), L("abc")}, L(""));
        row("add empty title", {L("add"), L("--title"), L(""), L("--price"), L("1")}, L(""));
        row("edit id 0", {L("edit"), L("0"), L("--title"), L("x")}, L("product ids"));
        row("edit no change", {L("edit"), L("1")}, L("edit needs --title or --price"));
        row("edit two ids", {L("edit"), L("1,2"), L("--title"), L("x")}, L("use bulk-update"));
        row("edit bad price", {L("edit"), L("1"), L("--price"), L("1.2.3")}, L(""));
        row("bulk-update bad ids", {L("bulk-update"), L("x"), L("--price"), L("1")},
            L("product ids"));
        row("delete without ids", {L("delete")}, L("wrong number of arguments"));
        row("delete bad id", {L("delete"), L("1,a")}, L("product ids"));
        row("unknown option", {L("--bogus"), L("list")}, L("unknown option '--bogus'"));
        row("option without value", {L("list"), L("--key-prefix")}, L("--key-prefix needs"));
        row("no command", {}, L("a COMMAND is required"));
        row("bad cache URL", {L("--cache"), L("gopher://x"), L("list")},
            L("unsupported cache URL scheme"));
        // Refused by the Redis options (no TLS) before anything connects or opens.
        row("remote redis without TLS", {L("--cache"), L("redis://192.0.2.10:6379/0"), L("list")},
            L("allow_insecure=1"));
        row("unreadable import file", {L("import"), L("/nonexistent/products.json")}, L(""), 1);
    }

    void productsBadCommandLine_exits2AndCreatesNoDatabase()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString db = dir.filePath(QStringLiteral("new.db"));
        for (const QString &url : {db, QStringLiteral("sqlite://") + db}) {
            const Run run = runCli(
                    QStringList{QStringLiteral("products"), QStringLiteral("--database"), url}
                    + args);
            QCOMPARE(run.exitCode, exitCode);
            QVERIFY(run.out.isEmpty());
            const QString err = QString::fromUtf8(run.err);
            QVERIFY2(err.startsWith(QStringLiteral("error: ")), qPrintable(err));
            QVERIFY2(err.contains(says), qPrintable(err));
            if (exitCode == 2) {
                QVERIFY2(err.contains(QStringLiteral("productmanager-cli products --help")),
                         qPrintable(err));
            }
            QVERIFY2(QDir(dir.path()).isEmpty(),
                     qPrintable(QDir(dir.path()).entryList().join(' ')));
        }
    }

    void productsGoodCommandLine_stillRuns()
    {
        QTemporaryDir dir;
        const QString db = QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("p.db"));
        const QStringList base{QStringLiteral("products"), QStringLiteral("--database"), db};
        Run run = runCli(base + QStringList{QStringLiteral("seed"), QStringLiteral("3")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QByteArray("{\"inserted\":3}\n"));
        // Options after the command and in --name=value form.
        run = runCli(QStringList{QStringLiteral("products"), QStringLiteral("edit"),
                                 QStringLiteral("2"), QStringLiteral("--title=Tea"),
                                 QStringLiteral("--database=") + db, QStringLiteral("--price"),
                                 QStringLiteral("$9.03")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("\"title\":\"Tea\",\"price\":\"9.03\""), run.out.constData());
        run = runCli(base + QStringList{QStringLiteral("list"), QStringLiteral("--stats")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.outLines().size(), 3);
        QVERIFY(run.err.contains("\"backend\":\"memory\""));
        // A well-formed command that fails: exit 1, not a usage error.
        run = runCli(base
                     + QStringList{QStringLiteral("edit"), QStringLiteral("99"),
                                   QStringLiteral("--title"), QStringLiteral("x")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith("error: "), run.err.constData());
    }

    void list_warmRedisHitInAFreshProcess_runsOneStatement()
    {
        // A fresh process answering from a warm cache reads the database once: version, stamp
        // and catalogue id come from one statement, and no change watch is set up for it.
        test::RedisServer redis;
        QVERIFY(redis.start());
        QTemporaryDir dir;
        const QStringList base{QStringLiteral("products"), QStringLiteral("--database"),
                               QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("p.db")),
                               QStringLiteral("--cache"), redis.unixUrl()};
        QCOMPARE(runCli(base + QStringList{QStringLiteral("seed"), QStringLiteral("3")}).exitCode,
                 0);
        auto stats = [](const Run &run) {
            QList<QByteArray> lines = run.err.trimmed().split('\n');
            return QJsonDocument::fromJson(lines.last()).object();
        };
        const QStringList list
                = base + QStringList{QStringLiteral("list"), QStringLiteral("--stats")};
        Run run = runCli(list); // fills the cache
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(stats(run).value(QStringLiteral("misses")).toInt(), 1);
        run = runCli(list);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.outLines().size(), 3);
        const QJsonObject warm = stats(run);
        QVERIFY2(warm.value(QStringLiteral("hits")).toInt() == 1, run.err.constData());
        QVERIFY2(warm.value(QStringLiteral("sql")).toInt() == 1, run.err.constData());
    }

    void exportThenReimport_roundTrips_andSkipDuplicatesSkipsThemAll()
    {
        QTemporaryDir dir;
        const QString db = QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("p.db"));
        const QString other = QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("q.db"));
        const QString csv = dir.filePath(QStringLiteral("out.csv"));
        const QString json = dir.filePath(QStringLiteral("out.data"));
        const QStringList base{QStringLiteral("products"), QStringLiteral("--database"), db};
        QCOMPARE(runCli(base + QStringList{QStringLiteral("seed"), QStringLiteral("5")}).exitCode,
                 0);
        Run run = runCli(base + QStringList{QStringLiteral("export"), csv});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QByteArray("{\"exported\":5}\n"));
        // --format wins over the extension.
        run = runCli(base
                     + QStringList{QStringLiteral("export"), json, QStringLiteral("--format"),
                                   QStringLiteral("json")});
        QCOMPARE(run.exitCode, 0);
        QFile jsonFile(json);
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        QVERIFY2(jsonFile.readAll().trimmed().startsWith('['), "not a JSON array");
        // Every exported row is already there: all skipped, nothing inserted.
        run = runCli(
                base
                + QStringList{QStringLiteral("import"), csv, QStringLiteral("--skip-duplicates")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QByteArray("{\"inserted\":0,\"rejected\":0,\"skipped\":5}\n"));
        // Into an empty catalogue the same file gives the same titles and prices.
        const QStringList otherBase{QStringLiteral("products"), QStringLiteral("--database"),
                                    other};
        run = runCli(otherBase + QStringList{QStringLiteral("import"), json});
        QCOMPARE(run.exitCode, 0);
        const auto titlesAndPrices = [](const Run &r) {
            QStringList rows;
            for (const QString &line : r.outLines()) {
                const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
                rows << o.value(QStringLiteral("title")).toString() + QLatin1Char('|')
                                + o.value(QStringLiteral("price")).toString();
            }
            rows.sort();
            return rows;
        };
        const Run original = runCli(base + QStringList{QStringLiteral("list")});
        const Run copy = runCli(otherBase + QStringList{QStringLiteral("list")});
        QCOMPARE(titlesAndPrices(copy), titlesAndPrices(original));
        QCOMPARE(titlesAndPrices(copy).size(), 5);
        // A bad format is a usage error.
        run = runCli(base
                     + QStringList{QStringLiteral("export"), csv, QStringLiteral("--format"),
                                   QStringLiteral("xml")});
        QCOMPARE(run.exitCode, 2);
    }

    void cacheBadCommandLine_exits2WithAHint_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        QTest::newRow("bad url") << QStringList{QStringLiteral("--cache"),
                                                QStringLiteral("gopher://x")}
                                 << QStringLiteral("unsupported cache URL scheme");
        QTest::newRow("bad url option")
                << QStringList{QStringLiteral("--cache"), QStringLiteral("memory://?max=1")}
                << QStringLiteral("unknown cache URL option");
        QTest::newRow("positional")
                << QStringList{QStringLiteral("--cache"), QStringLiteral("memory://"),
                               QStringLiteral("get")}
                << QStringLiteral("unexpected argument 'get'");
        QTest::newRow("flag with a value")
                << QStringList{QStringLiteral("--help=yes")} << QStringLiteral("takes no value");
    }

    void cacheBadCommandLine_exits2WithAHint()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        const Run run = runCli(QStringList{QStringLiteral("cache")} + args, "set a 1\n");
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        const QString err = QString::fromUtf8(run.err);
        QVERIFY2(err.startsWith(QStringLiteral("error: ")), qPrintable(err));
        QVERIFY2(err.contains(says), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("productmanager-cli cache --help")), qPrintable(err));
    }

    void console_refusesLinesThatAreNotUtf8_andGoesOn()
    {
        // Lossily decoded, the first two keys would both be "k\uFFFD" and the second set would
        // overwrite the first.
        const QByteArray script = "set k\xff 1\n"
                                  "set k\xfe 2\n"
                                  "has_key k\xef\xbf\xbd\n"
                                  "set caf\xc3\xa9 3\n"
                                  "get caf\xc3\xa9\n"
                                  "get k\xc0\xaf\n"
                                  "set ok 1\r\n"
                                  "get ok\n"
                                  "keys\n";
        const Run run = runCli(
                {QStringLiteral("cache"), QStringLiteral("--cache"), QStringLiteral("memory://")},
                script);
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.outLines();
        const QStringList expected{
                QStringLiteral(
                        "error: invalid: invalid UTF-8 at byte 6 (0xff); the line was not run"),
                QStringLiteral(
                        "error: invalid: invalid UTF-8 at byte 6 (0xfe); the line was not run"),
                QStringLiteral("false"),
                QStringLiteral("ok"),
                QStringLiteral("3"),
                QStringLiteral(
                        "error: invalid: invalid UTF-8 at byte 6 (0xc0); the line was not run"),
                QStringLiteral("ok"),
                QStringLiteral("1"),
                QString::fromUtf8("[\"caf\xc3\xa9\",\"ok\"]")};
        QCOMPARE(lines, expected);
    }

    void firstInvalidUtf8Byte_agreesWithQtsStrictDecoder_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("firstInvalid");
        QTest::newRow("ascii") << QByteArray("get a") << -1;
        QTest::newRow("empty") << QByteArray() << -1;
        QTest::newRow("2 bytes") << QByteArray("caf\xc3\xa9") << -1;
        QTest::newRow("3 bytes") << QByteArray("\xe2\x82\xac") << -1;
        QTest::newRow("4 bytes") << QByteArray("\xf0\x9f\x98\x80") << -1;
        QTest::newRow("U+FFFD itself") << QByteArray("\xef\xbf\xbd") << -1;
        QTest::newRow("max") << QByteArray("\xf4\x8f\xbf\xbf") << -1;
        QTest::newRow("lone continuation") << QByteArray("a\x80") << 1;
        QTest::newRow("ff") << QByteArray("\xff") << 0;
        QTest::newRow("overlong slash") << QByteArray("\xc0\xaf") << 0;
        QTest::newRow("overlong 3") << QByteArray("\xe0\x80\xaf") << 0;
        QTest::newRow("overlong 4") << QByteArray("\xf0\x80\x80\xaf") << 0;
        QTest::newRow("surrogate") << QByteArray("ab\xed\xa0\x80") << 2;
        QTest::newRow("above U+10FFFF") << QByteArray("\xf4\x90\x80\x80") << 0;
        QTest::newRow("f5") << QByteArray("\xf5\x80\x80\x80") << 0;
        QTest::newRow("truncated") << QByteArray("x\xe2\x82") << 1;
        QTest::newRow("bad third byte") << QByteArray("\xe2\x82z") << 0;
    }

    void firstInvalidUtf8Byte_agreesWithQtsStrictDecoder()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, firstInvalid);
        QCOMPARE(firstInvalidUtf8Byte(bytes), qsizetype(firstInvalid));
        QStringDecoder strict(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = strict.decode(bytes);
        Q_UNUSED(decoded);
        QCOMPARE(strict.hasError(), firstInvalid >= 0);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
