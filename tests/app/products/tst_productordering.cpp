#include "products/productordering.h"
#include "products/producttablemodel.h"

#include <QSortFilterProxyModel>
#include <QTest>

#include <algorithm>
#include <atomic>

using namespace pm;

namespace {

// Titles chosen to break a naive order: case, accents, ß, Greek, Cyrillic, Deseret (outside the
// BMP, with a case mapping), emoji, CJK, equal titles in other cases, empty-ish and prefixes.
const QStringList kTitles = {
        QStringLiteral("apple"),
        QStringLiteral("Apple"),
        QStringLiteral("APPLE pie"),
        QStringLiteral("Äpfel"),
        QStringLiteral("äpfel"),
        QStringLiteral("Straße"),
        QStringLiteral("STRASSE"),
        QStringLiteral("Ωmega"),
        QStringLiteral("ωmega"),
        QStringLiteral("Ёлка"),
        QStringLiteral("ёлка"),
        QString::fromUtf8("\xF0\x90\x90\x80 deseret"), // U+10400, folds to U+10428
        QString::fromUtf8("\xF0\x90\x90\xA8 deseret"),
        QString::fromUtf8("\xF0\x9F\x98\x80 smile"), // U+1F600
        QStringLiteral("\uE000 private use"),
        QStringLiteral("\uFF21 fullwidth A"),
        QStringLiteral("茶"),
        QStringLiteral("a"),
        QStringLiteral("ab"),
        QStringLiteral("Zebra"),
        QStringLiteral("zebra crossing"),
        QStringLiteral("İstanbul"),
        QStringLiteral("ǅemal"),
};

/// Deterministic data with many ties in every column.
QList<Product> sample(int n)
{
    QList<Product> products;
    quint64 state = 12345;
    auto next = [&state] {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return quint32(state >> 33);
    };
    for (int i = 0; i < n; ++i) {
        Product p;
        p.id = qint64(next() % 1000) * 1000 + i; // unique, unordered
        p.title = kTitles.at(int(next() % kTitles.size()));
        p.price = Money(qint64(next() % 7) * 100);
        p.createdMs = qint64(next() % 9) * 1000;
        p.updatedMs = qint64(next() % 4) * 1000;
        products.append(p);
    }
    return products;
}

/// The reference: std::stable_sort with the documented comparison (ties by id).
std::vector<int> reference(const QList<Product> &products, const OrderingRequest &request)
{
    std::vector<int> rows;
    for (int i = 0; i < products.size(); ++i) {
        if (request.filter.isEmpty()
            || products.at(i).title.contains(request.filter, Qt::CaseInsensitive))
            rows.push_back(i);
    }
    if (request.column < 0)
        return rows;
    auto less = [&](int l, int r) {
        const Product &a = products.at(l);
        const Product &b = products.at(r);
        switch (request.column) {
        case ProductTableModel::TitleColumn:
            if (const int c = a.title.compare(b.title, Qt::CaseInsensitive); c != 0)
                return c < 0;
            break;
        case ProductTableModel::PriceColumn:
            if (a.price != b.price)
                return a.price < b.price;
            break;
        case ProductTableModel::CreatedColumn:
            if (a.createdMs != b.createdMs)
                return a.createdMs < b.createdMs;
            break;
        case ProductTableModel::UpdatedColumn:
            if (a.updatedMs != b.updatedMs)
                return a.updatedMs < b.updatedMs;
            break;
        }
        return a.id < b.id;
    };
    std::stable_sort(rows.begin(), rows.end(), less);
    if (request.order == Qt::DescendingOrder)
        std::reverse(rows.begin(), rows.end());
    return rows;
}

/// What Qt's own QSortFilterProxyModel shows for the same data: the table model's SortRole and
/// TitleRole, a fixed-string case-insensitive filter. Its sort is stable over source order, so
/// the source is presented sorted by id first to get "ties by id" in both directions.
std::vector<int> qtProxyOrder(const QList<Product> &products, const OrderingRequest &request)
{
    QList<Product> byId = products;
    std::vector<int> idx(size_t(products.size()));
    for (int i = 0; i < int(idx.size()); ++i)
        idx[size_t(i)] = i;
    std::sort(idx.begin(), idx.end(),
              [&](int a, int b) { return products.at(a).id < products.at(b).id; });
    for (size_t i = 0; i < idx.size(); ++i)
        byId[qsizetype(i)] = products.at(idx[i]);
    if (request.order == Qt::DescendingOrder) {
        std::reverse(idx.begin(), idx.end());
        std::reverse(byId.begin(), byId.end());
    }

    ProductTableModel model;
    model.setProducts(byId);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(ProductTableModel::SortRole);
    proxy.setFilterRole(ProductTableModel::TitleRole);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy.setSortCaseSensitivity(Qt::CaseInsensitive);
    proxy.setFilterFixedString(request.filter);
    proxy.sort(request.column, request.order);
    std::vector<int> rows;
    for (int r = 0; r < proxy.rowCount(); ++r)
        rows.push_back(idx[size_t(proxy.mapToSource(proxy.index(r, 0)).row())]);
    return rows;
}

QString describe(const QList<Product> &products, const std::vector<int> &rows)
{
    QStringList parts;
    for (int row : rows)
        parts << QStringLiteral("%1:%2").arg(products.at(row).id).arg(products.at(row).title);
    return parts.join(QStringLiteral(", "));
}

} // namespace

class TestProductOrdering : public QObject
{
    Q_OBJECT
private slots:
    void sortedRows_matchesStableSortReference_data();
    void sortedRows_matchesStableSortReference();
    void sortedRows_matchesQSortFilterProxyModel_data();
    void sortedRows_matchesQSortFilterProxyModel();
    void sortedRows_titles_orderLikeCaseInsensitiveCompare();
    void compute_newestFirstList_isIdentityWithoutWork();
    void compute_filter_keepsNewestFirstOrderAndInverse();
    void compute_unsortedListCreatedDescending_sorts();
    void sortedRows_cancelled_stopsEarly();
    void titleMatches_isPlainCaseInsensitiveSubstring();
};

void TestProductOrdering::sortedRows_matchesStableSortReference_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QString>("filter");
    const QList<QPair<int, const char *>> columns = {
            {ProductTableModel::TitleColumn, "title"},
            {ProductTableModel::PriceColumn, "price"},
            {ProductTableModel::CreatedColumn, "created"},
            {ProductTableModel::UpdatedColumn, "updated"},
            {-1, "none"},
    };
    for (const auto &[column, name] : columns) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            for (const QString &filter : {QString(), QStringLiteral("APPLE"), QStringLiteral("ёЛК"),
                                          QStringLiteral("zz")}) {
                QTest::addRow("%s %s '%s'", name, order == Qt::AscendingOrder ? "asc" : "desc",
                              qPrintable(filter))
                        << column << order << filter;
            }
        }
    }
}

void TestProductOrdering::sortedRows_matchesStableSortReference()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QString, filter);
    const QList<Product> products = sample(600);
    const OrderingRequest request{column, order, filter};
    const std::vector<int> expected = reference(products, request);
    const std::vector<int> actual = ProductOrdering::sortedRows(products, request);
    QVERIFY2(actual == expected, qPrintable(describe(products, actual)));
    if (filter == QStringLiteral("zz"))
        QVERIFY(actual.empty());
    else
        QVERIFY(!actual.empty());
}

void TestProductOrdering::sortedRows_matchesQSortFilterProxyModel_data()
{
    sortedRows_matchesStableSortReference_data();
}

void TestProductOrdering::sortedRows_matchesQSortFilterProxyModel()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QString, filter);
    if (column < 0)
        return; // QSortFilterProxyModel's -1 is "unsorted", compared with the reference above
    const QList<Product> products = sample(300);
    const OrderingRequest request{column, order, filter};
    QCOMPARE(ProductOrdering::sortedRows(products, request), qtProxyOrder(products, request));
}

void TestProductOrdering::sortedRows_titles_orderLikeCaseInsensitiveCompare()
{
    // Every title once, ids in reverse: the order comes from the titles, ties from the ids.
    QList<Product> products;
    for (int i = 0; i < kTitles.size(); ++i) {
        Product p;
        p.id = 100 - i;
        p.title = kTitles.at(i);
        products.append(p);
    }
    const std::vector<int> rows = ProductOrdering::sortedRows(
            products, {ProductTableModel::TitleColumn, Qt::AscendingOrder, {}});
    QCOMPARE(int(rows.size()), int(kTitles.size()));
    for (size_t i = 1; i < rows.size(); ++i) {
        const Product &a = products.at(rows[i - 1]);
        const Product &b = products.at(rows[i]);
        const int c = a.title.compare(b.title, Qt::CaseInsensitive);
        QVERIFY2(c < 0 || (c == 0 && a.id < b.id),
                 qPrintable(QStringLiteral("%1 before %2").arg(a.title, b.title)));
    }
    // "apple" and "Apple" compare equal: the lower id (Apple, 99) comes first.
    const auto pos = [&](const QString &t) {
        return std::find_if(rows.begin(), rows.end(),
                            [&](int r) { return products.at(r).title == t; })
                - rows.begin();
    };
    QVERIFY(pos(QStringLiteral("Apple")) + 1 == pos(QStringLiteral("apple")));
    QVERIFY(pos(QStringLiteral("a")) < pos(QStringLiteral("ab")));
    QVERIFY(pos(QStringLiteral("ab")) < pos(QStringLiteral("Zebra")));
}

void TestProductOrdering::compute_newestFirstList_isIdentityWithoutWork()
{
    QList<Product> products = sample(50);
    std::sort(products.begin(), products.end(), [](const Product &a, const Product &b) {
        return a.createdMs != b.createdMs ? a.createdMs > b.createdMs : a.id > b.id;
    });
    QVERIFY(ProductOrdering::isNewestFirst(products));
    const RowOrder order = ProductOrdering::compute(
            products, {ProductTableModel::CreatedColumn, Qt::DescendingOrder, {}});
    QVERIFY(order.identity);
    QVERIFY(order.sourceRows.empty());
    QCOMPARE(order.rowCount(50), 50);
    QCOMPARE(order.sourceRow(7), 7);
    QVERIFY(ProductOrdering::compute(products, {}).identity);
    // Any other order is real work.
    QVERIFY(!ProductOrdering::compute(products,
                                      {ProductTableModel::CreatedColumn, Qt::AscendingOrder, {}})
                     .identity);
}

void TestProductOrdering::compute_filter_keepsNewestFirstOrderAndInverse()
{
    QList<Product> products = sample(200);
    std::sort(products.begin(), products.end(), [](const Product &a, const Product &b) {
        return a.createdMs != b.createdMs ? a.createdMs > b.createdMs : a.id > b.id;
    });
    const RowOrder order = ProductOrdering::compute(
            products,
            {ProductTableModel::CreatedColumn, Qt::DescendingOrder, QStringLiteral("apple")});
    QVERIFY(!order.identity);
    QVERIFY(!order.sourceRows.empty());
    QVERIFY(std::is_sorted(order.sourceRows.begin(), order.sourceRows.end()));
    QCOMPARE(int(order.viewRows.size()), 200);
    int shown = 0;
    for (int source = 0; source < 200; ++source) {
        const int view = order.viewRow(source);
        const bool matches
                = products.at(source).title.contains(QStringLiteral("apple"), Qt::CaseInsensitive);
        QCOMPARE(view >= 0, matches);
        if (view >= 0) {
            QCOMPARE(order.sourceRow(view), source);
            ++shown;
        }
    }
    QCOMPARE(order.rowCount(200), shown);
}

void TestProductOrdering::compute_unsortedListCreatedDescending_sorts()
{
    const QList<Product> products = sample(100);
    QVERIFY(!ProductOrdering::isNewestFirst(products));
    const OrderingRequest request{ProductTableModel::CreatedColumn, Qt::DescendingOrder, {}};
    const RowOrder order = ProductOrdering::compute(products, request);
    QVERIFY(!order.identity);
    QCOMPARE(order.sourceRows, reference(products, request));
}

void TestProductOrdering::sortedRows_cancelled_stopsEarly()
{
    const QList<Product> products = sample(100);
    std::atomic_bool cancelled = true;
    QVERIFY(ProductOrdering::sortedRows(
                    products,
                    {ProductTableModel::TitleColumn, Qt::AscendingOrder, QStringLiteral("a")},
                    &cancelled)
                    .empty());
}

void TestProductOrdering::titleMatches_isPlainCaseInsensitiveSubstring()
{
    QVERIFY(ProductOrdering::titleMatches(QStringLiteral("Green Lamp"), QString()));
    QVERIFY(ProductOrdering::titleMatches(QStringLiteral("Green Lamp"), QStringLiteral("LAMP")));
    QVERIFY(ProductOrdering::titleMatches(QStringLiteral("ÄPFEL"), QStringLiteral("äpf")));
    QVERIFY(!ProductOrdering::titleMatches(QStringLiteral("Green Lamp"), QStringLiteral("(.*)")));
    QVERIFY(!ProductOrdering::titleMatches(QStringLiteral("Green Lamp"), QStringLiteral("lamps")));
}

QTEST_GUILESS_MAIN(TestProductOrdering)
#include "tst_productordering.moc"
