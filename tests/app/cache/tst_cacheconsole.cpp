// The cache console contract (docs/command-line.md), end to end through the built
// productmanager-cli, plus the tokenizer and JSON rules of CacheConsole directly.
#include "cache/cache.h"
#include "cache/cacheconsole.h"
#include "cache/memorybackend.h"
#include "core/clock.h"

#include <QProcess>
#include <QTest>

using namespace pm;

namespace {

struct Run
{
    int exitCode = -1;
    QStringList out;
    QString err;
};

Run runCli(const QStringList &args, const QStringList &script)
{
    QProcess p;
    p.start(QStringLiteral(PM_CLI_PATH), QStringList{QStringLiteral("cache")} + args);
    Run run;
    if (!p.waitForStarted(10'000))
        return run;
    p.write((script.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
    p.closeWriteChannel();
    if (!p.waitForFinished(30'000)) {
        p.kill();
        p.waitForFinished();
        return run;
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    run.out = out.split(QLatin1Char('\n'));
    if (!run.out.isEmpty() && run.out.last().isEmpty())
        run.out.removeLast();
    run.err = QString::fromUtf8(p.readAllStandardError());
    return run;
}

const QStringList Memory = {QStringLiteral("--cache"), QStringLiteral("memory://")};

} // namespace

class TestCacheConsole : public QObject
{
    Q_OBJECT

private slots:
    void script_printsOneExactLinePerCommand_data()
    {
        QTest::addColumn<QStringList>("script");
        QTest::addColumn<QStringList>("expected");
        auto row = [](const char *name, const QList<QPair<QString, QString>> &pairs) {
            QStringList script, expected;
            for (const auto &p : pairs) {
                script << p.first;
                expected << p.second;
            }
            QTest::newRow(name) << script << expected;
        };
        const auto L = [](const char *s) {
            return QString::fromUtf8(s);
        };
        row("tutorial session",
            {{L("get my_key"), L("null")},
             {L("set my_key \"my new value\" timeout=120"), L("ok")},
             {L("get my_key"), L("\"my new value\"")},
             {L("get_or_set my_key 42"), L("\"my new value\"")},
             {L("get_or_set other 42"), L("42")},
             {L("set_many a=1 b=2"), L("[]")},
             {L("get_many a b c"), L("{\"a\":1,\"b\":2}")},
             {L("incr a 10"), L("11")},
             {L("touch sample 180"), L("false")},
             {L("ttl sample"), L("-2")},
             {L("delete a"), L("true")},
             {L("delete a"), L("false")},
             {L("clear"), L("ok")},
             {L("get my_key"), L("null")}});
        row("json literals",
            {{L("set i 42"), L("ok")},
             {L("get i"), L("42")},
             {L("set neg -1"), L("ok")},
             {L("get neg"), L("-1")},
             {L("set s \"two words\""), L("ok")},
             {L("get s"), L("\"two words\"")},
             {L("set bare hello"), L("ok")},
             {L("get bare"), L("\"hello\"")},
             {L("set t true"), L("ok")},
             {L("get t"), L("true")},
             {L("set f false"), L("ok")},
             {L("get f"), L("false")},
             {L("set l [1,2]"), L("ok")},
             {L("get l"), L("[1,2]")},
             {L("set o {\"a\":1}"), L("ok")},
             {L("get o"), L("{\"a\":1}")},
             {L("set spaced {\"a\": [1, \"x y\"]}"), L("ok")},
             {L("get spaced"), L("{\"a\":[1,\"x y\"]}")},
             {L("set d 2.5"), L("ok")},
             {L("get d"), L("2.5")},
             {L("set u \"Ünïcødé ✓\""), L("ok")},
             {L("get u"), L("\"Ünïcødé ✓\"")},
             {L("set esc \"a\\\"b\\\\c\\n\""), L("ok")},
             {L("get esc"), L("\"a\\\"b\\\\c\\n\"")}});
        row("null and defaults",
            {{L("set n null"), L("ok")},
             {L("get n default=5"), L("null")},
             {L("get missing default=5"), L("5")},
             {L("get missing default=\"x y\""), L("\"x y\"")},
             {L("has_key n"), L("true")},
             {L("has_key missing"), L("false")}});
        row("add",
            {{L("add k 1"), L("true")},
             {L("add k 2"), L("false")},
             {L("get k"), L("1")},
             {L("add z 1 timeout=0"), L("true")},
             {L("get z"), L("null")}});
        row("many",
            {{L("set_many a=1 b=\"two\" c=null timeout=60"), L("[]")},
             {L("get_many c missing b a"), L("{\"c\":null,\"b\":\"two\",\"a\":1}")},
             {L("ttl a"), L("60")},
             {L("delete_many a b"), L("ok")},
             {L("get_many a b c"), L("{\"c\":null}")}});
        row("incr and decr",
            {{L("incr x"), L("error: not_found: key 'x' not found")},
             {L("decr x"), L("error: not_found: key 'x' not found")},
             {L("set x 5"), L("ok")},
             {L("incr x"), L("6")},
             {L("decr x"), L("5")},
             {L("decr x 10"), L("-5")},
             {L("incr x delta=3"), L("-2")},
             {L("set s word"), L("ok")},
             {L("incr s"), L("error: type: value is not an integer")},
             {L("incr x many"), L("error: invalid: delta must be a whole number, not 'many'")}});
        row("versions",
            {{L("set k v1"), L("ok")},
             {L("set k v2 version=2"), L("ok")},
             {L("get k"), L("\"v1\"")},
             {L("get k version=2"), L("\"v2\"")},
             {L("delete k version=2"), L("true")},
             {L("incr_version k"), L("2")},
             {L("get k"), L("null")},
             {L("get k version=2"), L("\"v1\"")},
             {L("decr_version k version=2"), L("1")},
             {L("incr_version k delta=5"), L("6")},
             {L("has_key k version=6"), L("true")},
             {L("incr_version ghost"), L("error: not_found: key 'ghost' not found")}});
        row("ttl rules",
            {{L("set k v timeout=120"), L("ok")},
             {L("ttl k"), L("120")},
             {L("set half v timeout=0.5"), L("ok")},
             {L("ttl half"), L("1")},
             {L("set f v timeout=forever"), L("ok")},
             {L("ttl f"), L("null")},
             {L("ttl missing"), L("-2")},
             {L("persist k"), L("true")},
             {L("ttl k"), L("null")},
             {L("expire k 30"), L("true")},
             {L("ttl k"), L("30")},
             {L("expire missing 30"), L("false")},
             {L("persist missing"), L("false")},
             {L("touch k timeout=90"), L("true")},
             {L("ttl k"), L("90")},
             {L("set k v timeout=-1"), L("ok")},
             {L("ttl k"), L("-2")},
             {L("set d v"), L("ok")},
             {L("ttl d"), L("300")}});
        row("keys",
            {{L("set_many b=1 a=1 ab=1"), L("[]")},
             {L("set v2 1 version=2"), L("ok")},
             {L("keys"), L("[\"a\",\"ab\",\"b\"]")},
             {L("keys a*"), L("[\"a\",\"ab\"]")},
             {L("keys ?"), L("[\"a\",\"b\"]")},
             {L("keys version=2"), L("[\"v2\"]")},
             {L("clear"), L("ok")},
             {L("keys"), L("[]")}});
        row("stats",
            {{L("set k 1"), L("ok")},
             {L("get k"), L("1")},
             {L("get nope"), L("null")},
             {L("incr nope"), L("error: not_found: key 'nope' not found")},
             {L("stats"),
              L("{\"calls\":4,\"hits\":1,\"misses\":2,\"errors\":1,\"decode_failures\":0,"
                "\"key_warnings\":0}")}});
        // Integers are exact or refused, never wrapped (2147483647 + 1 used to become a
        // negative version; 1e300 seconds a negative timeout that deleted on every set).
        row("integer limits",
            {{L("set k v version=2147483647"), L("ok")},
             {L("incr_version k version=2147483647"),
              L("error: invalid: the new version 2147483648 is outside the version range "
                "(-2147483648 to 2147483647)")},
             {L("get k version=2147483647"), L("\"v\"")},
             {L("get k version=-2147483648"), L("null")},
             {L("set j w"), L("ok")},
             {L("decr_version j delta=-2147483648"),
              L("error: invalid: the new version 2147483649 is outside the version range "
                "(-2147483648 to 2147483647)")},
             {L("get j"), L("\"w\"")},
             {L("keys"), L("[\"j\"]")},
             {L("set n 9223372036854775807"), L("ok")},
             {L("incr n"), L("error: invalid: increment or decrement would overflow")},
             {L("decr n -1"), L("error: invalid: increment or decrement would overflow")},
             {L("get n"), L("9223372036854775807")},
             {L("set m 9007199254740994"), L("ok")},
             {L("incr m"), L("9007199254740995")},
             {L("set t v timeout=1e300"),
              L("error: invalid: timeout must be between -1e+12 and 1e+12 seconds (or forever), "
                "not '1e300'")},
             {L("get t"), L("null")}});
        row("errors",
            {{L("bogus"), L("error: invalid: unknown command 'bogus' (try help)")},
             {L("set k"), L("error: invalid: usage: set KEY VALUE [timeout=T] [version=N]")},
             {L("get"), L("error: invalid: usage: get KEY [default=VALUE] [version=N]")},
             {L("set k v timeout=soon"),
              L("error: invalid: timeout must be a number of seconds or forever, not 'soon'")},
             {L("get k timeout=5"),
              L("error: invalid: option 'timeout' is not valid here; usage: get KEY "
                "[default=VALUE] [version=N]")},
             {L("get k version=x"), L("error: invalid: version must be a whole number, not 'x'")},
             {L("close"), L("ok")},
             {L("set k 1"), L("ok")},
             {L("get k"), L("1")}});
    }

    void script_printsOneExactLinePerCommand()
    {
        QFETCH(QStringList, script);
        QFETCH(QStringList, expected);
        const Run run = runCli(Memory, script);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QVERIFY2(run.out.at(i) == expected.at(i),
                     qPrintable(QStringLiteral("line %1 `%2`: got `%3`, expected `%4`")
                                        .arg(i + 1)
                                        .arg(script.at(i), run.out.at(i), expected.at(i))));
        }
    }

    void blankLinesAndComments_printNothing()
    {
        const Run run = runCli(Memory,
                               {QString(), QStringLiteral("# a comment"), QStringLiteral("   "),
                                QStringLiteral("get k")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringList{QStringLiteral("null")});
    }

    void keyWarnings_goToStderrOnly()
    {
        const Run run = runCli(
                Memory,
                {QStringLiteral("set \"with space\" 1"), QStringLiteral("get \"with space\"")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, (QStringList{QStringLiteral("ok"), QStringLiteral("1")}));
        QVERIFY2(run.err.contains(QStringLiteral("memcached")), qPrintable(run.err));
    }

    void options_keyPrefixVersionAndDefaultTimeout()
    {
        const Run run = runCli({QStringLiteral("--cache"), QStringLiteral("memory://"),
                                QStringLiteral("--key-prefix"), QStringLiteral("pm"),
                                QStringLiteral("--version"), QStringLiteral("3"),
                                QStringLiteral("--default-timeout"), QStringLiteral("60")},
                               {QStringLiteral("set k v"), QStringLiteral("ttl k"),
                                QStringLiteral("get k version=3"),
                                QStringLiteral("get k version=1"), QStringLiteral("keys")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out,
                 (QStringList{QStringLiteral("ok"), QStringLiteral("60"), QStringLiteral("\"v\""),
                              QStringLiteral("null"), QStringLiteral("[\"k\"]")}));
        const Run endless = runCli(
                {QStringLiteral("--cache=memory://"), QStringLiteral("--default-timeout=forever")},
                {QStringLiteral("set k v"), QStringLiteral("ttl k")});
        QCOMPARE(endless.out, (QStringList{QStringLiteral("ok"), QStringLiteral("null")}));
    }

    void memoryUrlOptions_areHonoured()
    {
        QStringList script;
        for (int i = 0; i < 49; ++i)
            script << QStringLiteral("set k%1 %1").arg(i);
        script << QStringLiteral("stats");
        const Run run = runCli({QStringLiteral("--cache"),
                                QStringLiteral("memory://?max_entries=30&cull_frequency=3")},
                               script + QStringList{QStringLiteral("keys")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.size(), 51);
        QCOMPARE(run.out.last().count(QLatin1Char(',')), 28); // 29 keys left
    }

    void badArguments_exitWith2_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no --cache") << QStringList{};
        QTest::newRow("unknown argument") << (Memory + QStringList{QStringLiteral("--bogus")});
        QTest::newRow("missing value") << QStringList{QStringLiteral("--cache")};
        QTest::newRow("bad url") << QStringList{QStringLiteral("--cache"),
                                                QStringLiteral("gopher://x")};
        QTest::newRow("bad version")
                << (Memory + QStringList{QStringLiteral("--version"), QStringLiteral("two")});
        QTest::newRow("bad timeout")
                << (Memory + QStringList{QStringLiteral("--default-timeout"), QStringLiteral("x")});
        // Used to wrap to a negative timeout: every set then silently deleted its key.
        QTest::newRow("huge timeout")
                << (Memory
                    + QStringList{QStringLiteral("--default-timeout"), QStringLiteral("1e300")});
        QTest::newRow("huge negative timeout")
                << (Memory + QStringList{QStringLiteral("--default-timeout=-1e13")});
        // Nothing listens on port 1: unreachable at start.
        QTest::newRow("unreachable redis")
                << QStringList{QStringLiteral("--cache"), QStringLiteral("redis://127.0.0.1:1/0")};
    }

    void badArguments_exitWith2()
    {
        QFETCH(QStringList, args);
        const Run run = runCli(args, {QStringLiteral("get k")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY(!run.err.isEmpty());
    }

    void defaultTimeout_outOfRange_saysWhy()
    {
        const Run run = runCli(
                Memory + QStringList{QStringLiteral("--default-timeout"), QStringLiteral("1e300")},
                {QStringLiteral("set k v"), QStringLiteral("get k")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral(
                         "--default-timeout must be between -1e+12 and 1e+12 seconds, or forever")),
                 qPrintable(run.err));
        // The largest allowed one is a real timeout: the value stays.
        const Run longest = runCli(Memory + QStringList{QStringLiteral("--default-timeout=1e12")},
                                   {QStringLiteral("set k v"), QStringLiteral("get k")});
        QCOMPARE(longest.exitCode, 0);
        QCOMPARE(longest.out, (QStringList{QStringLiteral("ok"), QStringLiteral("\"v\"")}));
    }

    void unreachableRedis_saysUnavailable()
    {
        const Run run = runCli(
                {QStringLiteral("--cache"), QStringLiteral("redis://u:pw123@127.0.0.1:1/0")},
                {QStringLiteral("get k")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("error: unavailable: ")), qPrintable(run.err));
        QVERIFY(!run.err.contains(QStringLiteral("pw123")));
    }

    void interactive_eachAnswerArrivesBeforeTheNextCommand()
    {
        QProcess p;
        p.start(QStringLiteral(PM_CLI_PATH), QStringList{QStringLiteral("cache")} + Memory);
        QVERIFY(p.waitForStarted(10'000));
        const QList<QPair<QByteArray, QByteArray>> steps
                = {{"set a 1\n", "ok\n"},
                   {"incr a 41\n", "42\n"},
                   {"get a\n", "42\n"},
                   {"incr missing\n", "error: not_found: key 'missing' not found\n"}};
        for (const auto &step : steps) {
            p.write(step.first);
            QByteArray got;
            while (!got.endsWith('\n')) {
                QVERIFY2(p.waitForReadyRead(10'000), step.first.constData());
                got += p.readAllStandardOutput();
            }
            QCOMPARE(got, step.second);
        }
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(10'000));
        QCOMPARE(p.exitCode(), 0);
    }

    // ---- CacheConsole directly ----------------------------------------------------------------

    void tokenize_keepsJsonTogether()
    {
        QCOMPARE(CacheConsole::tokenize(
                         QStringLiteral("  set  k \"a b\"  [1, 2] {\"x\": \"y z\"} t=\"q r\" ")),
                 (QStringList{QStringLiteral("set"), QStringLiteral("k"), QStringLiteral("\"a b\""),
                              QStringLiteral("[1, 2]"), QStringLiteral("{\"x\": \"y z\"}"),
                              QStringLiteral("t=\"q r\"")}));
    }

    void parseValue_jsonLiteralsOrBareStrings()
    {
        QCOMPARE(CacheConsole::parseValue(QStringLiteral("42")).metaType().id(),
                 int(QMetaType::LongLong));
        QCOMPARE(CacheConsole::parseValue(QStringLiteral("9223372036854775807")).toLongLong(),
                 std::numeric_limits<qlonglong>::max());
        QCOMPARE(CacheConsole::parseValue(QStringLiteral("null")).metaType().id(),
                 int(QMetaType::Nullptr));
        QCOMPARE(CacheConsole::parseValue(QStringLiteral("-")), QVariant(QStringLiteral("-")));
        QCOMPARE(CacheConsole::parseValue(QStringLiteral("[1,")), QVariant(QStringLiteral("[1,")));
        QCOMPARE(CacheConsole::parseValue(QStringLiteral("nullish")),
                 QVariant(QStringLiteral("nullish")));
        QCOMPARE(CacheConsole::parseValue(QStringLiteral("1e3")).toDouble(), 1000.0);
    }

    void toJson_isCompactAndEscaped()
    {
        QCOMPARE(CacheConsole::toJson(QVariant(QStringLiteral("a\u0001\"\\"))),
                 QStringLiteral("\"a\\u0001\\\"\\\\\""));
        QCOMPARE(CacheConsole::toJson(QVariant(QByteArray("\xff\x00", 2))),
                 QStringLiteral("{\"base64\":\"/wA=\"}"));
        QCOMPARE(CacheConsole::toJson(QVariant(QByteArray("text"))), QStringLiteral("\"text\""));
        QCOMPARE(CacheConsole::toJson(QVariant(0.1)), QStringLiteral("0.1"));
        QCOMPARE(CacheConsole::toJson(QVariant()), QStringLiteral("null"));
    }

    void execute_inProcess_sameContract()
    {
        ManualClock clock;
        Cache cache(std::make_unique<MemoryBackend>(clock));
        CacheConsole console(cache);
        QCOMPARE(console.execute(QStringLiteral("set k v timeout=1.5")), QStringLiteral("ok"));
        QCOMPARE(console.execute(QStringLiteral("ttl k")), QStringLiteral("2"));
        clock.advanceMs(1000);
        QCOMPARE(console.execute(QStringLiteral("ttl k")), QStringLiteral("1"));
        clock.advanceMs(500);
        QCOMPARE(console.execute(QStringLiteral("ttl k")), QStringLiteral("-2"));
        QCOMPARE(console.execute(QString()), QString());
        QVERIFY(CacheConsole::commands().contains(QStringLiteral("get_or_set")));
    }

    void get_missAtDefaultVersion_hintsTheVersionsWhereTheKeyIs()
    {
        // The tutorial's "get product_objects": the list lives at the catalogue's list version.
        ManualClock clock;
        Cache cache(std::make_unique<MemoryBackend>(clock));
        CacheConsole console(cache);
        QCOMPARE(console.execute(QStringLiteral("set product_objects [1,2] version=8")),
                 QStringLiteral("ok"));
        // Scripts (the CLI) get one line per command: no hint unless asked for.
        QCOMPARE(console.execute(QStringLiteral("get product_objects")), QStringLiteral("null"));
        console.setHints(true);
        QCOMPARE(console.execute(QStringLiteral("set product_objects_x 1 version=9")),
                 QStringLiteral("ok"));
        QCOMPARE(console.execute(QStringLiteral("get product_objects")),
                 QStringLiteral("null\n# product_objects exists at version 8: get "
                                "product_objects version=8"));
        QCOMPARE(console.execute(QStringLiteral("set product_objects 1 version=3")),
                 QStringLiteral("ok"));
        QCOMPARE(console.execute(QStringLiteral("get product_objects default=0")),
                 QStringLiteral("0\n# product_objects exists at versions 3, 8: get "
                                "product_objects version=8"));
        // Asked at a version, or found, or nowhere: the answer alone.
        QCOMPARE(console.execute(QStringLiteral("get product_objects version=5")),
                 QStringLiteral("null"));
        QCOMPARE(console.execute(QStringLiteral("get product_objects version=8")),
                 QStringLiteral("[1,2]"));
        QCOMPARE(console.execute(QStringLiteral("get nowhere")), QStringLiteral("null"));
        QCOMPARE(console.execute(QStringLiteral("set product_objects 7")), QStringLiteral("ok"));
        QCOMPARE(console.execute(QStringLiteral("get product_objects")), QStringLiteral("7"));
    }

    void unterminatedQuote_isAnError()
    {
        ManualClock clock;
        Cache cache(std::make_unique<MemoryBackend>(clock));
        CacheConsole console(cache);
        const QString out = console.execute(QStringLiteral("set x \"unterminated"));
        QVERIFY2(out.startsWith(QLatin1String("error: ")), qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("unterminated")), qPrintable(out));
        QCOMPARE(console.execute(QStringLiteral("has_key x")), QStringLiteral("false"));
        bool unterminated = false;
        CacheConsole::tokenize(QStringLiteral("set x \"a b\""), &unterminated);
        QVERIFY(!unterminated);
        CacheConsole::tokenize(QStringLiteral("set x \"a \\\""), &unterminated);
        QVERIFY(unterminated); // the closing quote is escaped
    }

    void userGuide_incrExample_works()
    {
        // docs/user-guide.md: "set visits 0" then "incr visits".
        ManualClock clock;
        Cache cache(std::make_unique<MemoryBackend>(clock));
        CacheConsole console(cache);
        QVERIFY(console.execute(QStringLiteral("incr visits"))
                        .startsWith(QLatin1String("error: ")));
        QCOMPARE(console.execute(QStringLiteral("set visits 0")), QStringLiteral("ok"));
        QCOMPARE(console.execute(QStringLiteral("incr visits")), QStringLiteral("1"));
    }
};

QTEST_GUILESS_MAIN(TestCacheConsole)
#include "tst_cacheconsole.moc"
