#include "products/productexporter.h"
#include "products/productimporter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace pm;

namespace {

QList<Product> sample()
{
    // Titles that need quoting in CSV and escaping in JSON, and prices at the edges.
    const QStringList titles = {QStringLiteral("Plain"),
                                QStringLiteral("Comma, inside"),
                                QStringLiteral("Quote \" inside"),
                                QStringLiteral("Semicolon; inside"),
                                QStringLiteral("Ünïcødé ☕ مرحبا"),
                                QStringLiteral("$9.03 looks like a price"),
                                QStringLiteral("Backslash \\ and tab\tinside")};
    const QList<qint64> cents = {0, 1, 903, 123'450, Money::MaxCents, 100, 99};
    QList<Product> products;
    for (int i = 0; i < titles.size(); ++i) {
        Product p;
        p.id = i + 1;
        p.title = titles.at(i);
        p.price = Money(cents.at(i));
        products << p;
    }
    return products;
}

} // namespace

class TestProductExporter : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip_data();
    void roundTrip();
    void csv_isTheDocumentedFormat();
    void cancel_leavesAnExistingFileAsItWas();
    void unwritableDirectory_failsIo();

private:
    QTemporaryDir m_dir;
};

void TestProductExporter::roundTrip_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("csv") << QStringLiteral("out.csv");
    QTest::newRow("json") << QStringLiteral("out.json");
    QTest::newRow("csv-large") << QStringLiteral("large.csv");
}

void TestProductExporter::roundTrip()
{
    QFETCH(QString, name);
    QList<Product> products = sample();
    if (name.startsWith(QLatin1String("large"))) { // more than one write chunk
        for (int i = 0; i < 10'000; ++i) {
            Product p;
            p.id = 100 + i;
            p.title = QStringLiteral("Item %1").arg(i);
            p.price = Money(i * 7);
            products << p;
        }
    }
    const QString path = m_dir.filePath(name);
    int reports = 0;
    const auto written = ProductExporter::writeFile(path, products, ProductExporter::Format::Auto,
                                                    [&](int done, int total) {
                                                        ++reports;
                                                        return done <= total;
                                                    });
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().toString()));
    QCOMPARE(written.value(), int(products.size()));
    QVERIFY(reports >= 1);
    const auto parsed = ProductImporter::parseFile(path);
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().toString()));
    QVERIFY(parsed->rejected.isEmpty());
    QCOMPARE(parsed->rows.size(), products.size());
    for (qsizetype i = 0; i < products.size(); ++i) {
        QCOMPARE(parsed->rows.at(i).title, products.at(i).title);
        QCOMPARE(parsed->rows.at(i).price, products.at(i).price);
    }
}

void TestProductExporter::csv_isTheDocumentedFormat()
{
    Product p;
    p.title = QStringLiteral("Say \"hi\", friend");
    p.price = Money(123'450);
    QCOMPARE(ProductExporter::toCsv({p}),
             QByteArray("title,price\r\n\"Say \"\"hi\"\", friend\",1234.50\r\n"));
    QCOMPARE(ProductExporter::toJson({}), QByteArray("[]\n"));
    QCOMPARE(ProductExporter::formatForPath(QStringLiteral("a.JSON")),
             ProductExporter::Format::Json);
    QCOMPARE(ProductExporter::formatForPath(QStringLiteral("a.txt")), ProductExporter::Format::Csv);
}

void TestProductExporter::cancel_leavesAnExistingFileAsItWas()
{
    const QString path = m_dir.filePath(QStringLiteral("keep.csv"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("title,price\r\nOld,1.00\r\n");
    }
    QList<Product> many;
    for (int i = 0; i < 20'000; ++i) {
        Product p;
        p.title = QStringLiteral("New %1").arg(i);
        many << p;
    }
    const auto r = ProductExporter::writeFile(path, many, ProductExporter::Format::Csv,
                                              [](int done, int) { return done < 8000; });
    QVERIFY(r.ok());
    QCOMPARE(r.value(), -1);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("title,price\r\nOld,1.00\r\n"));
    // No temporary file left behind.
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("keep*")}, QDir::Files).size(), 1);
}

void TestProductExporter::unwritableDirectory_failsIo()
{
    const auto r = ProductExporter::writeFile(m_dir.filePath(QStringLiteral("missing/dir/out.csv")),
                                              sample());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::Io);
    QVERIFY(r.error().message.contains(QStringLiteral("missing/dir/out.csv")));
}

QTEST_GUILESS_MAIN(TestProductExporter)
#include "tst_productexporter.moc"
