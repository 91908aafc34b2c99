#include "products/productseeder.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace pm;

class TestProductSeeder : public QObject
{
    Q_OBJECT
private slots:
    void generate_sameArguments_sameRows()
    {
        const auto a = ProductSeeder::generate(500);
        const auto b = ProductSeeder::generate(500);
        QCOMPARE(a.size(), 500);
        for (int i = 0; i < a.size(); ++i) {
            QCOMPARE(a.at(i).title, b.at(i).title);
            QCOMPARE(a.at(i).price, b.at(i).price);
        }
    }

    void generate_isStableAcrossRunsAndMachines()
    {
        // Golden values: a change of algorithm or word list must be deliberate.
        const auto rows = ProductSeeder::generate(3);
        QCOMPARE(rows.size(), 3);
        const QStringList titles = {rows.at(0).title, rows.at(1).title, rows.at(2).title};
        const QList<qint64> prices
                = {rows.at(0).price.cents(), rows.at(1).price.cents(), rows.at(2).price.cents()};
        QCOMPARE(titles,
                 QStringList({QStringLiteral("Butter - Sweet Shells"),
                              QStringLiteral("Peach - Thai Chops"),
                              QStringLiteral("Cereal - Creamy Leaves")}));
        QCOMPARE(prices, QList<qint64>({6185, 883, 7420}));
    }

    void generate_smallerN_isPrefixOfLarger()
    {
        const auto small = ProductSeeder::generate(100);
        const auto large = ProductSeeder::generate(1000);
        for (int i = 0; i < small.size(); ++i) {
            QCOMPARE(small.at(i).title, large.at(i).title);
            QCOMPARE(small.at(i).price, large.at(i).price);
        }
    }

    void generate_otherSeed_otherRows()
    {
        const auto a = ProductSeeder::generate(50, 1);
        const auto b = ProductSeeder::generate(50, 2);
        int same = 0;
        for (int i = 0; i < a.size(); ++i)
            same += a.at(i).title == b.at(i).title ? 1 : 0;
        QVERIFY(same < 5);
    }

    void generate_rowsFollowTheRulesAndVary()
    {
        const auto rows = ProductSeeder::generate(10000);
        QCOMPARE(rows.size(), 10000);
        const QRegularExpression shape(QStringLiteral("^[A-Z][a-z]+ - [A-Z][a-z]+ [A-Z][a-z]+$"));
        QSet<QString> titles;
        QSet<qint64> prices;
        for (const auto &r : rows) {
            QVERIFY2(shape.match(r.title).hasMatch(), qPrintable(r.title));
            QVERIFY(ProductRules::validateTitle(r.title).ok());
            QVERIFY(r.price.cents() >= 50 && r.price.cents() <= 9999);
            titles.insert(r.title);
            prices.insert(r.price.cents());
        }
        QVERIFY2(titles.size() > 5000, qPrintable(QString::number(titles.size())));
        QVERIFY2(prices.size() > 5000, qPrintable(QString::number(prices.size())));
    }

    void generate_nonPositive_isEmpty()
    {
        QVERIFY(ProductSeeder::generate(0).isEmpty());
        QVERIFY(ProductSeeder::generate(-3).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProductSeeder)
#include "tst_productseeder.moc"
