#include "products/producttablemodel.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace pm;

namespace {
Product makeProduct(qint64 id, const QString &title, qint64 cents, qint64 created, qint64 updated)
{
    Product p;
    p.id = id;
    p.title = title;
    p.price = Money(cents);
    p.createdMs = created;
    p.updatedMs = updated;
    return p;
}

QList<Product> sample()
{
    return {makeProduct(3, QStringLiteral("Banana"), 903, 1'700'000'300'000, 1'700'000'900'000),
            makeProduct(2, QStringLiteral("apple"), 12'345, 1'700'000'200'000, 1'700'000'200'000),
            makeProduct(1, QStringLiteral("Cherry"), 5, 1'700'000'100'000, 1'700'000'950'000)};
}
} // namespace

class TestProductTableModel : public QObject
{
    Q_OBJECT
private slots:
    void emptyModel_hasFourColumnsAndNoRows();
    void setProducts_resetsAndExposesRows();
    void display_formatsPriceWithLocaleAndCurrency();
    void display_showsLocalTimeOfTimestamps();
    void idRole_returnsProductIdInEveryColumn();
    void sortRole_givesCentsAndMilliseconds();
    void proxySort_byPriceUsesCentsNotText();
    void proxySort_byCreatedDescending_isNewestFirst();
    void alignment_titleLeadingNumbersTrailing();
    void headers_areNamed();
    void rowOfId_findsRowOrMinusOne();
    void product_outOfRange_returnsDefault();
    void setProducts_sharesListWithoutCopy();
    void setCurrency_emitsDataChangedForPrices();
    void millionRows_resetIsCheap();
};

void TestProductTableModel::emptyModel_hasFourColumnsAndNoRows()
{
    ProductTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 4);
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
}

void TestProductTableModel::setProducts_resetsAndExposesRows()
{
    ProductTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy aboutToReset(&model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setProducts(sample());
    QCOMPARE(aboutToReset.count(), 1);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, ProductTableModel::TitleColumn).data().toString(),
             QStringLiteral("Banana"));
    QCOMPARE(model.index(2, ProductTableModel::TitleColumn).data().toString(),
             QStringLiteral("Cherry"));
    model.setProducts({});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(reset.count(), 2);
}

void TestProductTableModel::display_formatsPriceWithLocaleAndCurrency()
{
    ProductTableModel model;
    model.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    model.setProducts(sample());
    const QModelIndex price = model.index(1, ProductTableModel::PriceColumn);
    QCOMPARE(price.data().toString(),
             Money(12'345).toDisplayString(QLocale(QLocale::English, QLocale::UnitedStates),
                                           QStringLiteral("USD")));
    QVERIFY2(price.data().toString().contains(QStringLiteral("123.45")),
             qPrintable(price.data().toString()));
    QCOMPARE(price.data(Qt::EditRole).toString(), QStringLiteral("123.45"));

    model.setLocale(QLocale(QLocale::German, QLocale::Germany));
    model.setCurrency(QStringLiteral("EUR"));
    QVERIFY2(price.data().toString().contains(QStringLiteral("123,45")),
             qPrintable(price.data().toString()));
}

void TestProductTableModel::display_showsLocalTimeOfTimestamps()
{
    ProductTableModel model;
    const QLocale c(QLocale::C);
    model.setLocale(c);
    model.setProducts(sample());
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(1'700'000'300'000).toLocalTime();
    QCOMPARE(model.index(0, ProductTableModel::CreatedColumn).data().toString(),
             c.toString(local, QLocale::ShortFormat));
    const QDateTime updated = QDateTime::fromMSecsSinceEpoch(1'700'000'900'000).toLocalTime();
    QCOMPARE(model.index(0, ProductTableModel::UpdatedColumn).data().toString(),
             c.toString(updated, QLocale::ShortFormat));
    QCOMPARE(model.index(0, ProductTableModel::CreatedColumn).data(Qt::EditRole).toDateTime(),
             QDateTime::fromMSecsSinceEpoch(1'700'000'300'000, Qt::UTC));
}

void TestProductTableModel::idRole_returnsProductIdInEveryColumn()
{
    ProductTableModel model;
    model.setProducts(sample());
    for (int column = 0; column < model.columnCount(); ++column) {
        QCOMPARE(model.index(0, column).data(ProductTableModel::IdRole).toLongLong(), 3);
        QCOMPARE(model.index(2, column).data(ProductTableModel::IdRole).toLongLong(), 1);
    }
}

void TestProductTableModel::sortRole_givesCentsAndMilliseconds()
{
    ProductTableModel model;
    model.setProducts(sample());
    QCOMPARE(model.index(0, ProductTableModel::PriceColumn).data(ProductTableModel::SortRole),
             QVariant::fromValue<qlonglong>(903));
    QCOMPARE(model.index(1, ProductTableModel::CreatedColumn).data(ProductTableModel::SortRole),
             QVariant::fromValue<qlonglong>(1'700'000'200'000));
    QCOMPARE(model.index(2, ProductTableModel::UpdatedColumn).data(ProductTableModel::SortRole),
             QVariant::fromValue<qlonglong>(1'700'000'950'000));
    QCOMPARE(model.index(1, ProductTableModel::TitleColumn).data(ProductTableModel::SortRole),
             QVariant(QStringLiteral("apple")));
}

void TestProductTableModel::proxySort_byPriceUsesCentsNotText()
{
    ProductTableModel model;
    QList<Product> rows = sample();
    rows.append(makeProduct(4, QStringLiteral("Dear"), 100'000, 1, 1)); // "$1,000.00" < "$9.03"
    model.setProducts(rows);
    QSortFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.setSortRole(ProductTableModel::SortRole);
    proxy.sort(ProductTableModel::PriceColumn, Qt::AscendingOrder);
    QList<qlonglong> ids;
    for (int row = 0; row < proxy.rowCount(); ++row)
        ids.append(proxy.index(row, 0).data(ProductTableModel::IdRole).toLongLong());
    QCOMPARE(ids, (QList<qlonglong>{1, 3, 2, 4}));
}

void TestProductTableModel::proxySort_byCreatedDescending_isNewestFirst()
{
    ProductTableModel model;
    QList<Product> rows = sample();
    std::reverse(rows.begin(), rows.end());
    model.setProducts(rows);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(ProductTableModel::SortRole);
    proxy.sort(ProductTableModel::CreatedColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, 0).data(ProductTableModel::IdRole).toLongLong(), 3);
    QCOMPARE(proxy.index(2, 0).data(ProductTableModel::IdRole).toLongLong(), 1);
    proxy.sort(ProductTableModel::UpdatedColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, 0).data(ProductTableModel::IdRole).toLongLong(), 1);
}

void TestProductTableModel::alignment_titleLeadingNumbersTrailing()
{
    ProductTableModel model;
    model.setProducts(sample());
    const auto align = [&](int column) {
        return Qt::Alignment(model.index(0, column).data(Qt::TextAlignmentRole).toInt());
    };
    QVERIFY(align(ProductTableModel::TitleColumn) & Qt::AlignLeading);
    QVERIFY(align(ProductTableModel::PriceColumn) & Qt::AlignTrailing);
    QVERIFY(align(ProductTableModel::CreatedColumn) & Qt::AlignTrailing);
}

void TestProductTableModel::headers_areNamed()
{
    ProductTableModel model;
    QCOMPARE(model.headerData(ProductTableModel::TitleColumn, Qt::Horizontal).toString(),
             QStringLiteral("Title"));
    QCOMPARE(model.headerData(ProductTableModel::PriceColumn, Qt::Horizontal).toString(),
             QStringLiteral("Price"));
    QCOMPARE(model.headerData(ProductTableModel::CreatedColumn, Qt::Horizontal).toString(),
             QStringLiteral("Created"));
    QCOMPARE(model.headerData(ProductTableModel::UpdatedColumn, Qt::Horizontal).toString(),
             QStringLiteral("Updated"));
}

void TestProductTableModel::rowOfId_findsRowOrMinusOne()
{
    ProductTableModel model;
    model.setProducts(sample());
    QCOMPARE(model.rowOfId(2), 1);
    QCOMPARE(model.rowOfId(42), -1);
}

void TestProductTableModel::product_outOfRange_returnsDefault()
{
    ProductTableModel model;
    model.setProducts(sample());
    QCOMPARE(model.product(0).title, QStringLiteral("Banana"));
    QCOMPARE(model.product(3).id, 0);
    QCOMPARE(model.product(-1).id, 0);
    QVERIFY(!model.index(0, 0).data(Qt::DecorationRole).isValid());
}

void TestProductTableModel::setProducts_sharesListWithoutCopy()
{
    ProductTableModel model;
    const QList<Product> rows = sample();
    model.setProducts(rows);
    // Implicit sharing: the model holds the same buffer, no per-row copy.
    QCOMPARE(model.products().constData(), rows.constData());
}

void TestProductTableModel::setCurrency_emitsDataChangedForPrices()
{
    ProductTableModel model;
    model.setProducts(sample());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setCurrency(QStringLiteral("SEK"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().column(), int(ProductTableModel::PriceColumn));
    QCOMPARE(changed.first().at(1).toModelIndex().row(), 2);
    QCOMPARE(model.currency(), QStringLiteral("SEK"));
}

void TestProductTableModel::millionRows_resetIsCheap()
{
    QList<Product> rows;
    rows.reserve(1'000'000);
    const QString title = QStringLiteral("Shared title");
    for (int i = 0; i < 1'000'000; ++i)
        rows.append(makeProduct(i + 1, title, i, i, i));
    ProductTableModel model;
    QElapsedTimer timer;
    timer.start();
    model.setProducts(rows);
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(model.rowCount(), 1'000'000);
    QCOMPARE(model.index(999'999, 0).data(ProductTableModel::IdRole).toLongLong(), 1'000'000);
    // A reset only swaps the shared list: far below a frame even on a busy machine.
    QVERIFY2(elapsed < 50, qPrintable(QString::number(elapsed)));
    QCOMPARE(model.products().constData(), rows.constData());
}

QTEST_GUILESS_MAIN(TestProductTableModel)
#include "tst_producttablemodel.moc"
