#include "products/product.h"

#include <QTest>

using namespace pm;

class TestProductRules : public QObject
{
    Q_OBJECT
private slots:
    void validateTitle_trimsWhitespace()
    {
        const auto r = ProductRules::validateTitle(QStringLiteral("  Mix - Cappucino Cocktail \n"));
        QVERIFY(r.ok());
        QCOMPARE(r.value(), QStringLiteral("Mix - Cappucino Cocktail"));
    }

    void validateTitle_emptyOrBlank_failsOnTitle_data()
    {
        QTest::addColumn<QString>("title");
        QTest::newRow("empty") << QString();
        QTest::newRow("spaces") << QStringLiteral("   ");
        QTest::newRow("tabs-newlines") << QStringLiteral("\t\n");
    }
    void validateTitle_emptyOrBlank_failsOnTitle()
    {
        QFETCH(QString, title);
        const auto r = ProductRules::validateTitle(title);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::InvalidInput);
        QCOMPARE(r.error().field, QStringLiteral("title"));
        QVERIFY2(r.error().message.contains(QLatin1String("required")),
                 qPrintable(r.error().message));
    }

    void validateTitle_countsCodePointsNotUtf16Units_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<bool>("valid");
        const QString emoji = QStringLiteral("\U0001F600"); // two UTF-16 units, one character
        QTest::newRow("200-ascii") << QString(200, QLatin1Char('a')) << true;
        QTest::newRow("201-ascii") << QString(201, QLatin1Char('a')) << false;
        QTest::newRow("200-emoji") << emoji.repeated(200) << true;
        QTest::newRow("201-emoji") << emoji.repeated(201) << false;
        QTest::newRow("200-accented") << QString(200, QChar(0x00E9)) << true;
        QTest::newRow("1-char") << QStringLiteral("x") << true;
        QTest::newRow("200-plus-padding")
                << QStringLiteral("  ") + QString(200, QLatin1Char('b')) + QStringLiteral("  ")
                << true;
    }
    void validateTitle_countsCodePointsNotUtf16Units()
    {
        QFETCH(QString, title);
        QFETCH(bool, valid);
        const auto r = ProductRules::validateTitle(title);
        QCOMPARE(r.ok(), valid);
        if (!valid) {
            QCOMPARE(r.error().field, QStringLiteral("title"));
            QVERIFY2(r.error().message.contains(QLatin1String("200")),
                     qPrintable(r.error().message));
        }
    }

    void validate_bothFieldsValid_returnsFields()
    {
        const auto r = ProductRules::validate(QStringLiteral(" Kohlrabi "), QStringLiteral("$8.11"),
                                              QLocale(QStringLiteral("en_US")));
        QVERIFY(r.ok());
        QCOMPARE(r->title, QStringLiteral("Kohlrabi"));
        QCOMPARE(r->price, Money(811));
    }

    void validate_reportsFirstBrokenRule()
    {
        auto r = ProductRules::validate(QString(), QStringLiteral("abc"), QLocale::c());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, QStringLiteral("title"));
        r = ProductRules::validate(QStringLiteral("Kohlrabi"), QStringLiteral("-1"), QLocale::c());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, QStringLiteral("price"));
    }

    void validate_usesLocaleForPrice()
    {
        const auto sv = ProductRules::validate(QStringLiteral("Ost"), QStringLiteral("9,03"),
                                               QLocale(QStringLiteral("sv_SE")));
        QVERIFY(sv.ok());
        QCOMPARE(sv->price, Money(903));
        QVERIFY(!ProductRules::validate(QStringLiteral("Cheese"), QStringLiteral("9,03"),
                                        QLocale(QStringLiteral("en_US")))
                         .ok());
    }
};

QTEST_GUILESS_MAIN(TestProductRules)
#include "tst_productrules.moc"
