#include "products/money.h"

#include <QTest>

using namespace pm;

namespace {
const QString nbsp = QString(QChar(0x00A0));
}

class TestMoney : public QObject
{
    Q_OBJECT
private slots:
    void parse_validInput_returnsExactCents_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<qint64>("cents");

        QTest::newRow("plain") << "9.03"
                               << "en_US" << qint64(903);
        QTest::newRow("dollar") << "$9.03"
                                << "en_US" << qint64(903);
        QTest::newRow("dollar-after") << "9.03 $"
                                      << "en_US" << qint64(903);
        QTest::newRow("iso-code") << "USD 9.03"
                                  << "en_US" << qint64(903);
        QTest::newRow("whitespace") << "  9 \t"
                                    << "en_US" << qint64(900);
        QTest::newRow("zero") << "0"
                              << "en_US" << qint64(0);
        QTest::newRow("one-decimal") << "0.5"
                                     << "en_US" << qint64(50);
        QTest::newRow("leading-point") << ".50"
                                       << "en_US" << qint64(50);
        QTest::newRow("leading-zeros") << "0009.10"
                                       << "en_US" << qint64(910);
        QTest::newRow("groups") << "1,234.50"
                                << "en_US" << qint64(123450);
        QTest::newRow("groups-millions") << "12,345,678.90"
                                         << "en_US" << qint64(1234567890);
        QTest::newRow("max") << "99,999,999.99"
                             << "en_US" << Money::MaxCents;
        QTest::newRow("max-plain") << "99999999.99"
                                   << "C" << Money::MaxCents;
        QTest::newRow("c-locale") << "9.03"
                                  << "C" << qint64(903);
        QTest::newRow("sv-comma") << "9,03"
                                  << "sv_SE" << qint64(903);
        QTest::newRow("sv-kr") << "9,03 kr"
                               << "sv_SE" << qint64(903);
        QTest::newRow("sv-space-groups") << "1 234,50"
                                         << "sv_SE" << qint64(123450);
        QTest::newRow("sv-nbsp-groups") << "1" + nbsp + "234,50"
                                        << "sv_SE" << qint64(123450);
        QTest::newRow("sv-canonical-point") << "9.03"
                                            << "sv_SE" << qint64(903);
        QTest::newRow("de-comma") << "9,03"
                                  << "de_DE" << qint64(903);
        QTest::newRow("de-groups") << "1.234,50"
                                   << "de_DE" << qint64(123450);
        QTest::newRow("de-euro") << "1.234,50" + nbsp + "€"
                                 << "de_DE" << qint64(123450);
        QTest::newRow("de-group-only") << "1.234"
                                       << "de_DE" << qint64(123400);
        QTest::newRow("de-canonical-point") << "9.03"
                                            << "de_DE" << qint64(903);
        QTest::newRow("de-dollar") << "$9,03"
                                   << "de_DE" << qint64(903);
        QTest::newRow("fr-narrow-nbsp")
                << QStringLiteral("1\u202F234,50 €") << "fr_FR" << qint64(123450);
        QTest::newRow("arabic-digits")
                << QStringLiteral("\u0669\u066B\u0660\u0663") << "ar_EG" << qint64(903);
    }
    void parse_validInput_returnsExactCents()
    {
        QFETCH(QString, text);
        QFETCH(QString, locale);
        QFETCH(qint64, cents);
        const auto r = Money::parse(text, QLocale(locale));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r->cents(), cents);
    }

    void parse_invalidInput_failsOnPriceNamingTheRule_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("rule"); // a word the message must contain

        QTest::newRow("empty") << ""
                               << "en_US"
                               << "required";
        QTest::newRow("blank") << "   "
                               << "en_US"
                               << "required";
        QTest::newRow("three-decimals") << "9.031"
                                        << "en_US"
                                        << "two decimal";
        QTest::newRow("three-decimals-de") << "9,031"
                                           << "de_DE"
                                           << "two decimal";
        QTest::newRow("negative") << "-1"
                                  << "en_US"
                                  << "negative";
        QTest::newRow("negative-dollar") << "-$9.03"
                                         << "en_US"
                                         << "negative";
        QTest::newRow("dollar-negative") << "$-9.03"
                                         << "en_US"
                                         << "negative";
        QTest::newRow("unicode-minus") << QStringLiteral("\u22129.03") << "en_US"
                                       << "negative";
        QTest::newRow("accounting-negative") << "(9.03)"
                                             << "en_US"
                                             << "negative";
        QTest::newRow("too-large") << "100000000"
                                   << "en_US"
                                   << "more than";
        QTest::newRow("too-large-groups") << "100,000,000.00"
                                          << "en_US"
                                          << "more than";
        QTest::newRow("huge") << "123456789012345678901234567890"
                              << "en_US"
                              << "more than";
        QTest::newRow("garbage") << "abc"
                                 << "en_US"
                                 << "not a price";
        QTest::newRow("trailing-garbage") << "12abc"
                                          << "en_US"
                                          << "not a price";
        QTest::newRow("only-symbol") << "$"
                                     << "en_US"
                                     << "not a price";
        QTest::newRow("double-point") << "1..2"
                                      << "en_US"
                                      << "not a price";
        QTest::newRow("comma-in-point-locale") << "9,03"
                                               << "en_US"
                                               << "not a price";
        QTest::newRow("bad-groups") << "1,23,456"
                                    << "en_US"
                                    << "not a price";
        QTest::newRow("space-in-point-locale") << "1 234.50"
                                               << "en_US"
                                               << "not a price";
        QTest::newRow("exponent") << "1e3"
                                  << "en_US"
                                  << "not a price";
        QTest::newRow("plus") << "+5"
                              << "en_US"
                              << "not a price";
        QTest::newRow("mixed-separators-de") << "1,234.50"
                                             << "de_DE"
                                             << "not a price";
    }
    void parse_invalidInput_failsOnPriceNamingTheRule()
    {
        QFETCH(QString, text);
        QFETCH(QString, locale);
        QFETCH(QString, rule);
        const auto r = Money::parse(text, QLocale(locale));
        QVERIFY2(!r.ok(),
                 qPrintable(QStringLiteral("accepted as %1").arg(r.ok() ? r->cents() : 0)));
        QCOMPARE(r.error().kind, ErrorKind::InvalidInput);
        QCOMPARE(r.error().field, QStringLiteral("price"));
        QVERIFY2(r.error().message.contains(rule, Qt::CaseInsensitive),
                 qPrintable(r.error().message));
    }

    void toString_isCanonicalAndLocaleIndependent_data()
    {
        QTest::addColumn<qint64>("cents");
        QTest::addColumn<QString>("expected");
        QTest::newRow("zero") << qint64(0) << "0.00";
        QTest::newRow("cents") << qint64(5) << "0.05";
        QTest::newRow("tutorial") << qint64(903) << "9.03";
        QTest::newRow("thousands") << qint64(123450) << "1234.50";
        QTest::newRow("max") << Money::MaxCents << "99999999.99";
    }
    void toString_isCanonicalAndLocaleIndependent()
    {
        QFETCH(qint64, cents);
        QFETCH(QString, expected);
        const QLocale saved;
        QLocale::setDefault(QLocale(QStringLiteral("de_DE")));
        const QString text = Money(cents).toString();
        QLocale::setDefault(saved);
        QCOMPARE(text, expected);
        QCOMPARE(Money::parse(text, QLocale::c())->cents(), cents);
    }

    void toDisplayString_followsLocaleAndCurrency_data()
    {
        QTest::addColumn<qint64>("cents");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en-usd") << qint64(903) << "en_US"
                                << "USD"
                                << "$9.03";
        QTest::newRow("en-usd-groups") << qint64(123450) << "en_US"
                                       << "USD"
                                       << "$1,234.50";
        QTest::newRow("en-usd-max") << Money::MaxCents << "en_US"
                                    << "USD"
                                    << "$99,999,999.99";
        // Beyond 2^53 a double would round: the digits must stay exact.
        QTest::newRow("exact-beyond-double") << qint64(9007199254740993) << "en_US"
                                             << "USD"
                                             << "$90,071,992,547,409.93";
        QTest::newRow("gb-gbp") << qint64(123450) << "en_GB"
                                << "GBP"
                                << "£1,234.50";
        QTest::newRow("de-eur") << qint64(123450) << "de_DE"
                                << "EUR"
                                << "1.234,50" + nbsp + "€";
        QTest::newRow("de-usd") << qint64(903) << "de_DE"
                                << "USD"
                                << "9,03" + nbsp + "$";
        QTest::newRow("sv-sek") << qint64(123450) << "sv_SE"
                                << "SEK"
                                << "1" + nbsp + "234,50" + nbsp + "kr";
        QTest::newRow("zero-pads-cents") << qint64(5) << "en_US"
                                         << "USD"
                                         << "$0.05";
    }
    void toDisplayString_followsLocaleAndCurrency()
    {
        QFETCH(qint64, cents);
        QFETCH(QString, locale);
        QFETCH(QString, currency);
        QFETCH(QString, expected);
        QCOMPARE(Money(cents).toDisplayString(QLocale(locale), currency), expected);
    }

    void toDisplayString_parsesBackInTheSameLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("currency");
        for (const char *l : {"en_US", "de_DE", "sv_SE", "fr_FR", "es_ES", "ar_EG"})
            QTest::newRow(l) << QString::fromLatin1(l) << QString();
    }
    void toDisplayString_parsesBackInTheSameLocale()
    {
        QFETCH(QString, locale);
        QFETCH(QString, currency);
        const QLocale l(locale);
        for (qint64 cents : {qint64(0), qint64(7), qint64(903), qint64(123450), Money::MaxCents}) {
            const QString shown = Money(cents).toDisplayString(l, currency);
            const auto back = Money::parse(shown, l);
            QVERIFY2(back.ok(),
                     qPrintable(shown + QStringLiteral(": ")
                                + (back.ok() ? QString() : back.error().message)));
            QCOMPARE(back->cents(), cents);
        }
    }

    void comparison_ordersByCents()
    {
        QVERIFY(Money(1) < Money(2));
        QVERIFY(Money(2) == Money(2));
        QVERIFY(Money(2) != Money(3));
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
