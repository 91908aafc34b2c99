#include "core/clock.h"
#include "db/database.h"
#include "products/productimporter.h"
#include "products/productrepository.h"
#include "products/productschema.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pm;

namespace {

template<typename T>
QString describe(const Result<T> &r)
{
    return r.ok() ? QStringLiteral("ok") : r.error().toString();
}

QString rejectionsText(const ImportResult &r)
{
    QStringList lines;
    for (const ImportRejection &x : r.rejected)
        lines << QStringLiteral("%1/%2: %3").arg(x.row).arg(x.field, x.reason);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestProductImporter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeFile(const QString &name, const QByteArray &data)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(data);
        return path;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void parseFile_catalogueJson_acceptsAllTenThousandRecords()
    {
        const QString path = test::writeCatalogueJson(m_dir.path(), 10'000);
        QVERIFY(!path.isEmpty());
        const QList<ProductFields> expected = test::catalogueRows(10'000);
        const auto r = ProductImporter::parseFile(path);
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        QVERIFY2(r->rejected.isEmpty(), qPrintable(rejectionsText(r.value())));
        QCOMPARE(r->rows.size(), 10'000);
        // Every row, both price forms (JSON numbers and "$9.03" text), read back exactly.
        for (int i = 0; i < expected.size(); ++i) {
            QCOMPARE(r->rows.at(i).title, expected.at(i).title);
            QCOMPARE(r->rows.at(i).price, expected.at(i).price);
        }
    }

    void import_catalogueJson_insertsInOneTransaction()
    {
        const auto parsed
                = ProductImporter::parseFile(test::writeCatalogueJson(m_dir.path(), 10'000));
        QVERIFY(parsed.ok());
        DatabaseConfig config;
        config.path = m_dir.filePath(QStringLiteral("import.db"));
        auto db = ProductSchema::open(config);
        QVERIFY2(db.ok(), qPrintable(describe(db)));
        ManualClock clock;
        ProductRepository repo(*db.value(), clock);
        int commits = 0;
        db.value()->setSqlObserver([&commits](const SqlEvent &e) {
            commits += e.sql == QLatin1String("COMMIT") ? 1 : 0;
        });
        const auto n = repo.insertMany(parsed->rows);
        QVERIFY2(n.ok(), qPrintable(describe(n)));
        QCOMPARE(n.value(), 10'000);
        QCOMPARE(commits, 1);
        QCOMPARE(repo.count().value(), 10'000);
        QCOMPARE(repo.listVersion().value(), 2); // one bump from the initial 1
        // Same insert time for all: newest first means the last record comes first.
        QCOMPARE(repo.list().value().last().title, parsed->rows.first().title);
        QCOMPARE(repo.list().value().first().title, parsed->rows.last().title);
    }

    void parseJson_mixedRows_acceptsGoodAndReportsBad()
    {
        const QByteArray json = R"([
            {"title": "Number price", "price": 9.03},
            {"title": "Three decimals", "price": 9.035},
            {"title": "   ", "price": "1.00"},
            {"title": "No price"},
            {"title": "Negative", "price": "-1"},
            5,
            {"title": "Max as number", "price": 99999999.99},
            {"title": 12, "price": "1"},
            {"title": "Too much", "price": 100000000},
            {"title": "  Padded  ", "price": "$1,234.50"},
            {"title": "Integer", "price": 7},
            {"title": "Null price", "price": null}
        ])";
        const auto r = ProductImporter::parseJson(json);
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        QCOMPARE(r->rows.size(), 4);
        QCOMPARE(r->rows.at(0).title, QStringLiteral("Number price"));
        QCOMPARE(r->rows.at(0).price, Money(903));
        QCOMPARE(r->rows.at(1).price, Money(Money::MaxCents));
        QCOMPARE(r->rows.at(2).title, QStringLiteral("Padded"));
        QCOMPARE(r->rows.at(2).price, Money(123450));
        QCOMPARE(r->rows.at(3).price, Money(700));

        struct Expected
        {
            int row;
            const char *field;
            const char *word;
        };
        const QList<Expected> expected
                = {{2, "price", "two decimal"}, {3, "title", "required"}, {4, "price", "missing"},
                   {5, "price", "negative"},    {6, "", "not an object"}, {8, "title", "not text"},
                   {9, "price", "more than"},   {12, "price", "missing"}};
        QCOMPARE(r->rejected.size(), expected.size());
        for (int i = 0; i < expected.size(); ++i) {
            const ImportRejection &x = r->rejected.at(i);
            QCOMPARE(x.row, expected[i].row);
            QCOMPARE(x.field, QString::fromLatin1(expected[i].field));
            QVERIFY2(x.reason.contains(QLatin1String(expected[i].word), Qt::CaseInsensitive),
                     qPrintable(x.reason));
        }
    }

    void parseJson_notAnArrayOrNotJson_isInvalidInput_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("word");
        QTest::newRow("object") << QByteArray(R"({"title": "x", "price": 1})") << "array";
        QTest::newRow("truncated") << QByteArray(R"([{"title": "x", "pri)") << "not valid JSON";
        QTest::newRow("empty") << QByteArray() << "not valid JSON";
    }
    void parseJson_notAnArrayOrNotJson_isInvalidInput()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, word);
        const auto r = ProductImporter::parseJson(data);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::InvalidInput);
        QVERIFY2(r.error().message.contains(word), qPrintable(r.error().message));
    }

    void parseJson_emptyArray_isEmptyResult()
    {
        const auto r = ProductImporter::parseJson("[]");
        QVERIFY(r.ok());
        QVERIFY(r->rows.isEmpty());
        QVERIFY(r->rejected.isEmpty());
    }

    void parseCsv_rfc4180_quotingBomAndLineEndings()
    {
        QByteArray csv = "\xEF\xBB\xBF"
                         "Title,Price,Notes\r\n"
                         "Mix - Cappucino Cocktail,$9.03,first\r\n"
                         "\"Bread, sliced\",2.50,comma inside quotes\r\n"
                         "\"The \"\"Best\"\" Cheese\",\"$1,234.50\",doubled quotes\n"
                         "\"Two\nlines\",1,newline inside quotes\r\n"
                         "\r\n"
                         "Smörgås,3\n"
                         "Last,4"; // no final newline
        const auto r = ProductImporter::parseCsv(csv);
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        QVERIFY2(r->rejected.isEmpty(), qPrintable(rejectionsText(r.value())));
        QCOMPARE(r->rows.size(), 6);
        QCOMPARE(r->rows.at(0).title, QStringLiteral("Mix - Cappucino Cocktail"));
        QCOMPARE(r->rows.at(0).price, Money(903));
        QCOMPARE(r->rows.at(1).title, QStringLiteral("Bread, sliced"));
        QCOMPARE(r->rows.at(1).price, Money(250));
        QCOMPARE(r->rows.at(2).title, QStringLiteral("The \"Best\" Cheese"));
        QCOMPARE(r->rows.at(2).price, Money(123450));
        QCOMPARE(r->rows.at(3).title, QStringLiteral("Two\nlines"));
        QCOMPARE(r->rows.at(4).title, QStringLiteral("Smörgås"));
        QCOMPARE(r->rows.at(5).title, QStringLiteral("Last"));
        QCOMPARE(r->rows.at(5).price, Money(400));
    }

    void parseCsv_badRows_areReportedWithRowNumbers()
    {
        const QByteArray csv = "price,title\n" // 1: columns in any order
                               "1.00,Good\n" // 2
                               "abc,Bad price\n" // 3
                               "2.00,\n" // 4: empty title
                               "3.00\n" // 5: missing field
                               "4.001,Decimals\n" // 6
                               "5.00,Fine\n" // 7
                               "6.00,x\"y\n" // 8: stray quote
                               "7.00,\"open"; // 9: unterminated
        const auto r = ProductImporter::parseCsv(csv);
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        QCOMPARE(r->rows.size(), 2);
        QCOMPARE(r->rows.at(0).title, QStringLiteral("Good"));
        QCOMPARE(r->rows.at(1).title, QStringLiteral("Fine"));
        QCOMPARE(r->rows.at(1).price, Money(500));
        const QList<QPair<int, QString>> expected = {{3, QStringLiteral("price")},
                                                     {4, QStringLiteral("title")},
                                                     {5, QString()},
                                                     {6, QStringLiteral("price")},
                                                     {8, QString()},
                                                     {9, QString()}};
        QCOMPARE(r->rejected.size(), expected.size());
        for (int i = 0; i < expected.size(); ++i) {
            QCOMPARE(r->rejected.at(i).row, expected.at(i).first);
            QCOMPARE(r->rejected.at(i).field, expected.at(i).second);
            QVERIFY(!r->rejected.at(i).reason.isEmpty());
        }
    }

    void parseCsv_semicolonsAndCommaLocale()
    {
        const QByteArray csv = "title;price\n"
                               "Ost;9,03\n"
                               "\"Bröd; grovt\";1 234,50\n";
        const auto r = ProductImporter::parseCsv(csv, QLocale(QStringLiteral("sv_SE")));
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        QVERIFY2(r->rejected.isEmpty(), qPrintable(rejectionsText(r.value())));
        QCOMPARE(r->rows.size(), 2);
        QCOMPARE(r->rows.at(0).price, Money(903));
        QCOMPARE(r->rows.at(1).title, QStringLiteral("Bröd; grovt"));
        QCOMPARE(r->rows.at(1).price, Money(123450));
    }

    void parseCsv_withoutTitleAndPriceHeader_isInvalidInput_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("no-price") << QByteArray("title,cost\nA,1\n");
        QTest::newRow("data-first") << QByteArray("Mix,9.03\n");
    }
    void parseCsv_withoutTitleAndPriceHeader_isInvalidInput()
    {
        QFETCH(QByteArray, data);
        const auto r = ProductImporter::parseCsv(data);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::InvalidInput);
        QVERIFY2(r.error().message.contains(QLatin1String("header")),
                 qPrintable(r.error().message));
    }

    void parseCsv_headerError_namesWhatItFound()
    {
        const auto r = ProductImporter::parseCsv("name,cost\nA,1\n");
        QVERIFY(!r.ok());
        QCOMPARE(r.error().message,
                 QStringLiteral("The CSV file needs a header row naming the title and price "
                                "columns (found: “name”, “cost”)."));
        const auto empty = ProductImporter::parseCsv(QByteArray());
        QVERIFY(!empty.ok());
        QVERIFY2(empty.error().message.endsWith(QStringLiteral("(found: nothing).")),
                 qPrintable(empty.error().message));
    }

    void splitDuplicates_sameTitleAndPriceOnly()
    {
        Product tea;
        tea.id = 1;
        tea.title = QStringLiteral("Tea");
        tea.price = Money(903);
        Product mug = tea;
        mug.id = 2;
        mug.title = QStringLiteral("Mug");
        const QList<ProductFields> rows = {
                {QStringLiteral("Tea"), Money(903)}, // duplicate
                {QStringLiteral("Tea"), Money(904)}, // other price
                {QStringLiteral("tea"), Money(903)}, // other title (case counts)
                {QStringLiteral("Mug"), Money(903)}, // duplicate
                {QStringLiteral("Tea"), Money(903)}, // duplicate again: counted again
        };
        const DuplicateSplit split = ProductImporter::splitDuplicates(rows, {tea, mug});
        QCOMPARE(split.duplicates.size(), 3);
        QCOMPARE(split.fresh.size(), 2);
        QCOMPARE(split.fresh.at(0).price, Money(904));
        QCOMPARE(split.fresh.at(1).title, QStringLiteral("tea"));
        QCOMPARE(ProductImporter::splitDuplicates(rows, {}).fresh.size(), 5);
    }

    void parseCsv_invalidUtf8_isInvalidInput()
    {
        const auto r = ProductImporter::parseCsv("title,price\n\xC3\x28,1\n");
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::InvalidInput);
        QVERIFY2(r.error().message.contains(QLatin1String("UTF-8")), qPrintable(r.error().message));
    }

    void parseFile_picksFormatByExtensionOrContent()
    {
        const QByteArray json = R"([{"title": "J", "price": "1.00"}])";
        const QByteArray csv = "title,price\nC,2.00\n";
        auto r = ProductImporter::parseFile(writeFile(QStringLiteral("a.json"), json));
        QVERIFY(r.ok());
        QCOMPARE(r->rows.at(0).title, QStringLiteral("J"));
        r = ProductImporter::parseFile(writeFile(QStringLiteral("b.csv"), csv));
        QVERIFY(r.ok());
        QCOMPARE(r->rows.at(0).title, QStringLiteral("C"));
        r = ProductImporter::parseFile(writeFile(QStringLiteral("c.txt"), json));
        QVERIFY(r.ok());
        QCOMPARE(r->rows.at(0).title, QStringLiteral("J"));
        r = ProductImporter::parseFile(writeFile(QStringLiteral("d.txt"), csv));
        QVERIFY(r.ok());
        QCOMPARE(r->rows.at(0).title, QStringLiteral("C"));
        r = ProductImporter::parseFile(writeFile(QStringLiteral("e.data"), csv),
                                       ProductImporter::Format::Csv);
        QVERIFY(r.ok());
        QCOMPARE(r->rows.at(0).price, Money(200));
    }

    void parseFile_missingOrUnreadable_isNotFoundOrIo()
    {
        auto r = ProductImporter::parseFile(m_dir.filePath(QStringLiteral("nope.json")));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::NotFound);
        r = ProductImporter::parseFile(m_dir.path()); // a directory
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Io);
    }
};

QTEST_GUILESS_MAIN(TestProductImporter)
#include "tst_productimporter.moc"
