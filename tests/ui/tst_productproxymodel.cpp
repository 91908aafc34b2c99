#include "catalogue/productproxymodel.h"
#include "products/producttablemodel.h"

#include <QAbstractItemModelTester>
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

// Newest first, as the repository returns them; ids 4 and 3 share a created time.
QList<Product> newestFirst()
{
    return {makeProduct(5, QStringLiteral("delta lamp"), 500, 3000, 3100),
            makeProduct(4, QStringLiteral("Alpha Chair"), 100, 2000, 9000),
            makeProduct(3, QStringLiteral("charlie LAMP"), 100, 2000, 2000),
            makeProduct(1, QStringLiteral("Bravo table"), 9'999'999, 1000, 5000)};
}

QList<qint64> ids(const QAbstractItemModel &model)
{
    QList<qint64> result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.append(model.index(row, 0).data(ProductTableModel::IdRole).toLongLong());
    return result;
}
} // namespace

class TestProductProxyModel : public QObject
{
    Q_OBJECT
private slots:
    void newestFirst_keepsSourceOrderWithoutSorting();
    void newestFirst_unsortedSource_isSortedByCreatedThenId();
    void sortByTitle_caseInsensitive_tiesById();
    void sortByPrice_usesCents_tiesById();
    void sortByUpdated_descending();
    void titleFilter_substringCaseInsensitiveTrimmed();
    void reset_keepsRequestedSortAndFilter();
};

void TestProductProxyModel::newestFirst_keepsSourceOrderWithoutSorting()
{
    ProductTableModel model;
    ProductProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setProductModel(&model);
    proxy.sort(ProductTableModel::CreatedColumn, Qt::DescendingOrder);
    model.setProducts(newestFirst());
    QVERIFY(model.isNewestFirst());
    QCOMPARE(ids(proxy), (QList<qint64>{5, 4, 3, 1}));
    QCOMPARE(proxy.sortColumn(), -1); // no sorting work at all
    QCOMPARE(proxy.requestedSortColumn(), int(ProductTableModel::CreatedColumn));
    QCOMPARE(proxy.requestedSortOrder(), Qt::DescendingOrder);
}

void TestProductProxyModel::newestFirst_unsortedSource_isSortedByCreatedThenId()
{
    ProductTableModel model;
    ProductProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setProductModel(&model);
    proxy.sort(ProductTableModel::CreatedColumn, Qt::DescendingOrder);
    QList<Product> shuffled = newestFirst();
    std::swap(shuffled[0], shuffled[3]);
    std::swap(shuffled[1], shuffled[2]); // 3 before 4: equal created, wrong id order
    model.setProducts(shuffled);
    QVERIFY(!model.isNewestFirst());
    QCOMPARE(ids(proxy), (QList<qint64>{5, 4, 3, 1}));
    QCOMPARE(proxy.sortColumn(), int(ProductTableModel::CreatedColumn));
    proxy.sort(ProductTableModel::CreatedColumn, Qt::AscendingOrder);
    QCOMPARE(ids(proxy), (QList<qint64>{1, 3, 4, 5}));
}

void TestProductProxyModel::sortByTitle_caseInsensitive_tiesById()
{
    ProductTableModel model;
    ProductProxyModel proxy;
    proxy.setProductModel(&model);
    QList<Product> rows = newestFirst();
    rows.append(makeProduct(2, QStringLiteral("alpha chair"), 1, 1, 1)); // same title, other case
    model.setProducts(rows);
    proxy.sort(ProductTableModel::TitleColumn, Qt::AscendingOrder);
    QCOMPARE(ids(proxy), (QList<qint64>{2, 4, 1, 3, 5}));
    proxy.sort(ProductTableModel::TitleColumn, Qt::DescendingOrder);
    QCOMPARE(ids(proxy), (QList<qint64>{5, 3, 1, 4, 2}));
}

void TestProductProxyModel::sortByPrice_usesCents_tiesById()
{
    ProductTableModel model;
    ProductProxyModel proxy;
    proxy.setProductModel(&model);
    model.setProducts(newestFirst());
    proxy.sort(ProductTableModel::PriceColumn, Qt::AscendingOrder);
    QCOMPARE(ids(proxy), (QList<qint64>{3, 4, 5, 1})); // $100,000 is last, not first as text
}

void TestProductProxyModel::sortByUpdated_descending()
{
    ProductTableModel model;
    ProductProxyModel proxy;
    proxy.setProductModel(&model);
    model.setProducts(newestFirst());
    proxy.sort(ProductTableModel::UpdatedColumn, Qt::DescendingOrder);
    QCOMPARE(ids(proxy), (QList<qint64>{4, 1, 5, 3}));
}

void TestProductProxyModel::titleFilter_substringCaseInsensitiveTrimmed()
{
    ProductTableModel model;
    ProductProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setProductModel(&model);
    proxy.sort(ProductTableModel::CreatedColumn, Qt::DescendingOrder);
    model.setProducts(newestFirst());
    proxy.setTitleFilter(QStringLiteral("  lamp "));
    QCOMPARE(proxy.titleFilter(), QStringLiteral("lamp"));
    QCOMPARE(ids(proxy), (QList<qint64>{5, 3}));
    proxy.setTitleFilter(QStringLiteral("A")); // every title has an "a"
    QCOMPARE(proxy.rowCount(), 4);
    proxy.setTitleFilter(QStringLiteral("(.*)")); // not a pattern: nothing matches literally
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setTitleFilter(QString());
    QCOMPARE(ids(proxy), (QList<qint64>{5, 4, 3, 1}));
}

void TestProductProxyModel::reset_keepsRequestedSortAndFilter()
{
    ProductTableModel model;
    ProductProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setProductModel(&model);
    model.setProducts(newestFirst());
    proxy.sort(ProductTableModel::PriceColumn, Qt::DescendingOrder);
    proxy.setTitleFilter(QStringLiteral("a"));
    QList<Product> more = newestFirst();
    more.prepend(makeProduct(9, QStringLiteral("Zulu kayak"), 50, 4000, 4000));
    model.setProducts(more);
    QCOMPARE(ids(proxy), (QList<qint64>{1, 5, 4, 3, 9}));
}

QTEST_GUILESS_MAIN(TestProductProxyModel)
#include "tst_productproxymodel.moc"
