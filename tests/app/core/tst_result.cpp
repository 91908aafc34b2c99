#include "core/result.h"

#include <QTest>

using namespace pm;

class TestResult : public QObject
{
    Q_OBJECT
private slots:
    void value_isOkAndReadable()
    {
        Result<int> r(42);
        QVERIFY(r.ok());
        QCOMPARE(r.value(), 42);
        QCOMPARE(r.valueOr(7), 42);
    }

    void error_carriesKindMessageAndField()
    {
        Result<int> r(Error(ErrorKind::InvalidInput, QStringLiteral("too long"),
                            QStringLiteral("title")));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::InvalidInput);
        QCOMPARE(r.error().field, QStringLiteral("title"));
        QCOMPARE(r.valueOr(7), 7);
        QCOMPARE(r.error().toString(), QStringLiteral("invalid: too long"));
    }

    void voidResult_defaultsToOk()
    {
        Result<void> ok;
        QVERIFY(ok.ok());
        Result<void> bad(Error(ErrorKind::NotFound, QStringLiteral("x")));
        QVERIFY(!bad.ok());
        QCOMPARE(errorKindName(bad.error().kind), QStringLiteral("not_found"));
    }
};

QTEST_GUILESS_MAIN(TestResult)
#include "tst_result.moc"
