// RespGuard, the RESP2 pre-scan every Redis reply passes before hiredis's reader: valid
// streams pass in any split, hostile headers are refused before anything is allocated.
#include "redis/respguard.h"

#include <QTest>

using namespace pm;

namespace {

// Feeds `bytes` split at every `step` bytes; the first error, or success.
Result<void> feedSplit(RespGuard &guard, const QByteArray &bytes, qsizetype step)
{
    for (qsizetype i = 0; i < bytes.size(); i += step) {
        if (Result<void> r = guard.feed(bytes.constData() + i, std::min(step, bytes.size() - i));
            !r)
            return r;
    }
    return {};
}

RespLimits limitsOf(const QList<QByteArray> &argv, qint64 maxReplyBytes = -1)
{
    return RespLimits::forCommand(argv, maxReplyBytes);
}

} // namespace

class TestRespGuard : public QObject
{
    Q_OBJECT

private slots:
    void validReplies_passInEverySplit_data();
    void validReplies_passInEverySplit();
    void hostileReplies_areRefused_data();
    void hostileReplies_areRefused();
    void errorIsSticky_andResetStartsOver();
    void subscriberFallback_acceptsPushes();
};

void TestRespGuard::validReplies_passInEverySplit_data()
{
    QTest::addColumn<QList<QByteArray>>("command");
    QTest::addColumn<QByteArray>("reply");
    QTest::newRow("PONG") << QList<QByteArray>{"PING"} << QByteArray("+PONG\r\n");
    QTest::newRow("AUTH error") << QList<QByteArray>{"AUTH", "pw"}
                                << QByteArray("-WRONGPASS invalid username-password pair\r\n");
    QTest::newRow("INCRBY min") << QList<QByteArray>{"INCRBY", "k", "1"}
                                << QByteArray(":-9223372036854775808\r\n");
    QTest::newRow("INCRBY max") << QList<QByteArray>{"INCRBY", "k", "1"}
                                << QByteArray(":9223372036854775807\r\n");
    QTest::newRow("GET nil") << QList<QByteArray>{"GET", "k"} << QByteArray("$-1\r\n");
    QTest::newRow("GET empty") << QList<QByteArray>{"GET", "k"} << QByteArray("$0\r\n\r\n");
    QTest::newRow("GET value") << QList<QByteArray>{"GET", "k"}
                               << QByteArray("$12\r\nab\r\ncd\r\n\0efg\r\n", 19);
    QTest::newRow("MGET") << QList<QByteArray>{"MGET", "a", "b", "c"}
                          << QByteArray("*3\r\n$1\r\nx\r\n$-1\r\n-WRONGTYPE no\r\n");
    QTest::newRow("SCAN") << QList<QByteArray>{"SCAN", "0"}
                          << QByteArray("*2\r\n$2\r\n17\r\n*2\r\n$1\r\na\r\n$1\r\nb\r\n");
    QTest::newRow("SCAN empty") << QList<QByteArray>{"SCAN", "0"}
                                << QByteArray("*2\r\n$1\r\n0\r\n*0\r\n");
    QTest::newRow("unknown, nested 7")
            << QList<QByteArray>{"XINFO"} << QByteArray("*1\r\n").repeated(6) + "*0\r\n";
}

void TestRespGuard::validReplies_passInEverySplit()
{
    QFETCH(QList<QByteArray>, command);
    QFETCH(QByteArray, reply);
    for (qsizetype step = 1; step <= reply.size(); ++step) {
        RespGuard guard;
        guard.expect(limitsOf(command));
        guard.expect(limitsOf(command));
        const Result<void> r = feedSplit(guard, reply + reply, step);
        QVERIFY2(r.ok(),
                 qPrintable(QStringLiteral("step %1: %2")
                                    .arg(step)
                                    .arg(r.ok() ? QString() : r.error().toString())));
        QCOMPARE(guard.replies(), quint64(2));
        QVERIFY(guard.atBoundary());
    }
}

void TestRespGuard::hostileReplies_areRefused_data()
{
    QTest::addColumn<QList<QByteArray>>("command");
    QTest::addColumn<qint64>("maxReplyBytes");
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<ErrorKind>("kind");
    const QList<QByteArray> get{"GET", "k"};
    const QList<QByteArray> mget{"MGET", "a", "b"};
    const QList<QByteArray> ping{"PING"};
    const QList<QByteArray> unknown{"XINFO"};
    const qint64 none = -1;
    QTest::newRow("GET bulk 2^63-8")
            << get << none << QByteArray("$9223372036854775800\r\n") << ErrorKind::TooLarge;
    QTest::newRow("unknown bulk 2^40")
            << unknown << none << QByteArray("$1099511627776\r\nxx") << ErrorKind::TooLarge;
    QTest::newRow("PING bulk 1 MiB")
            << ping << none << QByteArray("$1048576\r\n") << ErrorKind::TooLarge;
    QTest::newRow("GET over cap") << get << qint64(100) << QByteArray("$99\r\n")
                                  << ErrorKind::TooLarge;
    QTest::newRow("GET bulk -2") << get << none << QByteArray("$-2\r\n") << ErrorKind::Protocol;
    QTest::newRow("GET bulk garbage")
            << get << none << QByteArray("$1x\r\n") << ErrorKind::Protocol;
    QTest::newRow("GET bulk empty") << get << none << QByteArray("$\r\n") << ErrorKind::Protocol;
    QTest::newRow("GET bulk minus only")
            << get << none << QByteArray("$-\r\n") << ErrorKind::Protocol;
    QTest::newRow("GET bulk overflow")
            << get << none << QByteArray("$99999999999999999999\r\n") << ErrorKind::Protocol;
    QTest::newRow("GET bulk without CRLF")
            << get << none << QByteArray("$1\r\nxyz") << ErrorKind::Protocol;
    QTest::newRow("GET lone CR") << get << none << QByteArray("+OK\rX") << ErrorKind::Protocol;
    QTest::newRow("GET array") << get << none << QByteArray("*2147483647\r\n")
                               << ErrorKind::Protocol;
    QTest::newRow("MGET array 2^31-1")
            << mget << none << QByteArray("*2147483647\r\n") << ErrorKind::TooLarge;
    QTest::newRow("MGET array -5") << mget << none << QByteArray("*-5\r\n") << ErrorKind::Protocol;
    QTest::newRow("MGET nested") << mget << none << QByteArray("*2\r\n*1\r\n")
                                 << ErrorKind::Protocol;
    QTest::newRow("MGET running total")
            << mget << qint64(40) << QByteArray("*2\r\n$15\r\n123456789012345\r\n$15\r\n")
            << ErrorKind::TooLarge;
    QTest::newRow("unknown nested 8")
            << unknown << none << QByteArray("*1\r\n").repeated(8) << ErrorKind::Protocol;
    QTest::newRow("unknown array 2^31-1")
            << unknown << none << QByteArray("*2147483647\r\n") << ErrorKind::TooLarge;
    QTest::newRow("unknown array beyond bytes")
            << unknown << qint64(1000) << QByteArray("*400\r\n") << ErrorKind::TooLarge;
    QTest::newRow("array leading zero")
            << mget << none << QByteArray("*01\r\n") << ErrorKind::Protocol;
    QTest::newRow("bulk minus zero") << get << none << QByteArray("$-0\r\n") << ErrorKind::Protocol;
    QTest::newRow("integer garbage")
            << ping << none << QByteArray(":12a\r\n") << ErrorKind::Protocol;
    QTest::newRow("integer overflow")
            << ping << none << QByteArray(":9223372036854775808\r\n") << ErrorKind::Protocol;
    QTest::newRow("status over limit")
            << ping << none << QByteArray("+") + QByteArray(70000, 'a') << ErrorKind::TooLarge;
    QTest::newRow("unknown type") << ping << none << QByteArray("!x\r\n") << ErrorKind::Protocol;
    QTest::newRow("unsolicited") << ping << none << QByteArray("+PONG\r\n+PONG\r\n")
                                 << ErrorKind::Protocol;
}

void TestRespGuard::hostileReplies_areRefused()
{
    QFETCH(QList<QByteArray>, command);
    QFETCH(qint64, maxReplyBytes);
    QFETCH(QByteArray, reply);
    QFETCH(ErrorKind, kind);
    for (const qsizetype step : {qsizetype(1), qsizetype(3), reply.size()}) {
        RespGuard guard;
        guard.expect(limitsOf(command, maxReplyBytes));
        const Result<void> r = feedSplit(guard, reply, step);
        QVERIFY2(!r.ok(), qPrintable(QStringLiteral("step %1 accepted").arg(step)));
        QCOMPARE(r.error().kind, kind);
        QVERIFY(!r.error().message.isEmpty());
    }
}

void TestRespGuard::errorIsSticky_andResetStartsOver()
{
    RespGuard guard;
    guard.expect(limitsOf({"GET", "k"}));
    QVERIFY(!guard.feed("$-2\r\n", 5).ok());
    QVERIFY(!guard.feed("$1\r\nx\r\n", 7).ok()); // out of step: stays failed
    guard.reset();
    guard.expect(limitsOf({"GET", "k"}));
    QVERIFY(guard.feed("$1\r\nx\r\n", 7).ok());
    QCOMPARE(guard.replies(), quint64(1));
}

void TestRespGuard::subscriberFallback_acceptsPushes()
{
    RespGuard guard;
    guard.setFallback(RespLimits::subscriber());
    const QByteArray message = "*3\r\n$7\r\nmessage\r\n$2\r\nch\r\n$5\r\nhello\r\n";
    for (int i = 0; i < 3; ++i)
        QVERIFY(guard.feed(message.constData(), message.size()).ok());
    QCOMPARE(guard.replies(), quint64(3));
    QVERIFY(!guard.feed("*2147483647\r\n", 13).ok());
}

QTEST_GUILESS_MAIN(TestRespGuard)
#include "tst_respguard.moc"
