// The window's promise for large catalogues (docs/performance-goals.md): sorting and filtering
// 200,000+ products happen off the UI thread. A probe timer on the UI thread records the longest
// gap between its ticks while the view is asked to sort and filter; the results, once waited for,
// are in the right order; answers overtaken by newer requests are dropped.
#include "catalogue/productproxymodel.h"
#include "products/productordering.h"
#include "products/producttablemodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <functional>
#include <limits>

using namespace pm;

namespace {

constexpr int kLarge = 250'000;

/// Newest first, as the repository returns them; titles repeat (ties) and mix case.
QList<Product> catalogue(int n, qint64 firstId = 1)
{
    const QStringList words
            = {QStringLiteral("Lamp"), QStringLiteral("chair"), QStringLiteral("TABLE"),
               QStringLiteral("Mug"),  QStringLiteral("Äpfel"), QStringLiteral("kettle"),
               QStringLiteral("Sofa"), QStringLiteral("desk"),  QStringLiteral("Shelf"),
               QStringLiteral("rug"),  QStringLiteral("Clock"), QStringLiteral("Vase")};
    QList<Product> products;
    products.reserve(n);
    quint64 state = 42;
    for (int i = 0; i < n; ++i) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        Product p;
        p.id = firstId + (n - 1 - i);
        p.title = QStringLiteral("%1 %2 %3")
                          .arg(words.at(int((state >> 20) % 12)), words.at(int((state >> 30) % 12)))
                          .arg((state >> 40) % 500);
        p.price = Money(qint64((state >> 13) % 100'000));
        p.createdMs = 1'700'000'000'000 + p.id * 1000;
        p.updatedMs = p.createdMs + qint64((state >> 7) % 1000);
        products.append(p);
    }
    return products;
}

/// The longest time the UI thread went without running its event loop, sampled by a 1 ms timer.
class FrameGapProbe
{
public:
    FrameGapProbe()
    {
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer,
                         [this] { m_maxGapMs = std::max(m_maxGapMs, m_sinceTick.restart()); });
    }
    void start()
    {
        m_maxGapMs = 0;
        m_sinceTick.start();
        m_timer.start();
    }
    qint64 maxGapMs() const { return m_maxGapMs; }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    qint64 m_maxGapMs = 0;
};

QList<qint64> shownIds(const QAbstractItemModel &model, int limit = -1)
{
    QList<qint64> ids;
    const int rows = limit < 0 ? model.rowCount() : std::min(limit, model.rowCount());
    for (int row = 0; row < rows; ++row)
        ids.append(model.index(row, 0).data(ProductTableModel::IdRole).toLongLong());
    return ids;
}

/// The ids ProductOrdering gives for `request` (its correctness is tst_productordering's).
QList<qint64> expectedIds(const QList<Product> &products, const OrderingRequest &request)
{
    QList<qint64> ids;
    for (int row : ProductOrdering::sortedRows(products, request))
        ids.append(products.at(row).id);
    return ids;
}

} // namespace

class TestLargeCatalogue : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void sortAndFilter_largeList_neverStallTheUiThread();
    void staleResults_areDropped();
    void setProducts_largeList_showsOldRowsUntilOrdered();
    void sort_keepsSelectedProduct();
    void sort_withEveryRowSelected_staysResponsive();
    void asyncProxy_passesModelTester();

private:
    std::unique_ptr<ProductTableModel> m_model;
    std::unique_ptr<ProductProxyModel> m_proxy;
    std::unique_ptr<QTableView> m_view;
};

void TestLargeCatalogue::init()
{
    m_model = std::make_unique<ProductTableModel>();
    m_proxy = std::make_unique<ProductProxyModel>();
    m_proxy->setProductModel(m_model.get());
    m_view = std::make_unique<QTableView>();
    m_view->setModel(m_proxy.get());
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(22);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setHighlightSections(false); // as the window's table
    m_view->sortByColumn(ProductTableModel::CreatedColumn, Qt::DescendingOrder);
    m_view->resize(900, 600);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestLargeCatalogue::cleanup()
{
    m_view.reset();
    m_proxy.reset();
    m_model.reset();
}

void TestLargeCatalogue::sortAndFilter_largeList_neverStallTheUiThread()
{
    const QList<Product> products = catalogue(kLarge);
    m_model->setProducts(products); // newest first: shown at once, in its own order
    QCOMPARE(m_proxy->rowCount(), kLarge);
    QVERIFY(!m_proxy->isBusy());
    QTest::qWait(20); // let the first paint happen before the probe starts

    // The expected orders are computed first: the probe measures only the window's work.
    const QList<qint64> byTitle
            = expectedIds(products, {ProductTableModel::TitleColumn, Qt::AscendingOrder, {}});
    const QList<qint64> filteredByPrice = expectedIds(
            products,
            {ProductTableModel::PriceColumn, Qt::DescendingOrder, QStringLiteral("äpfel")});
    QVERIFY(filteredByPrice.size() > 10'000);

    // One measurement: back to the list's own order (no work, not measured), then the change
    // with the probe running, until its result is applied and painted.
    FrameGapProbe probe;
    auto measure = [&](const std::function<void()> &change) -> qint64 {
        m_proxy->setTitleFilter(QString());
        m_view->sortByColumn(ProductTableModel::CreatedColumn, Qt::DescendingOrder);
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(!m_proxy->isBusy(), 30'000);
        }();
        QTest::qWait(20);
        probe.start();
        change();
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(!m_proxy->isBusy(), 30'000);
        }();
        QTest::qWait(20); // the repaint after the layout change
        return probe.maxGapMs();
    };
    // Other processes share this machine's two cores and can preempt the UI thread on their
    // own; blocking work of ours would show in every attempt, so the best of three counts.
    auto bestOfThree = [&](const std::function<void()> &change) {
        qint64 best = std::numeric_limits<qint64>::max();
        for (int attempt = 0; attempt < 3 && best > 50; ++attempt)
            best = std::min(best, measure(change));
        return best;
    };

    QSignalSpy busy(m_proxy.get(), &ProductProxyModel::busyChanged);
    const qint64 sortGapMs = bestOfThree([&] {
        busy.clear();
        m_view->sortByColumn(ProductTableModel::TitleColumn, Qt::AscendingOrder);
        QVERIFY(m_proxy->isBusy()); // the work went to the background
    });
    QCOMPARE(busy.count(), 2);
    QCOMPARE(shownIds(*m_proxy), byTitle);

    const qint64 filterGapMs = bestOfThree([&] {
        m_view->sortByColumn(ProductTableModel::PriceColumn, Qt::DescendingOrder);
        m_proxy->setTitleFilter(QStringLiteral("äPFEL"));
        m_view->scrollToBottom();
    });
    QCOMPARE(m_proxy->rowCount(), int(filteredByPrice.size()));
    QCOMPARE(shownIds(*m_proxy), filteredByPrice);

    qInfo("longest UI-thread gap with %d rows: sorting %lld ms, filtering %lld ms", kLarge,
          sortGapMs, filterGapMs);
    QVERIFY2(sortGapMs <= 50, qPrintable(QString::number(sortGapMs)));
    QVERIFY2(filterGapMs <= 50, qPrintable(QString::number(filterGapMs)));
}

void TestLargeCatalogue::staleResults_areDropped()
{
    m_proxy->setSynchronousLimit(0); // every request goes to the background
    const QList<Product> products = catalogue(60'000);
    m_model->setProducts(products);
    QSignalSpy applied(m_proxy.get(), &ProductProxyModel::orderingApplied);
    QSignalSpy layouts(m_proxy.get(), &QAbstractItemModel::layoutChanged);
    // Three requests in a row, as a user clicking and typing fast: only the last one counts.
    m_proxy->sort(ProductTableModel::PriceColumn, Qt::AscendingOrder);
    m_proxy->sort(ProductTableModel::UpdatedColumn, Qt::DescendingOrder);
    m_proxy->setTitleFilter(QStringLiteral("mug"));
    m_proxy->sort(ProductTableModel::TitleColumn, Qt::DescendingOrder);
    QTRY_COMPARE(applied.count(), 1);
    QVERIFY(!m_proxy->isBusy());
    QCOMPARE(layouts.count(), 1);
    QCOMPARE(shownIds(*m_proxy),
             expectedIds(
                     products,
                     {ProductTableModel::TitleColumn, Qt::DescendingOrder, QStringLiteral("mug")}));
    // Nothing else arrives later.
    QTest::qWait(100);
    QCOMPARE(applied.count(), 1);
    QCOMPARE(layouts.count(), 1);
}

void TestLargeCatalogue::setProducts_largeList_showsOldRowsUntilOrdered()
{
    m_proxy->setSynchronousLimit(0);
    const QList<Product> first = catalogue(1000);
    m_model->setProducts(first);
    m_proxy->sort(ProductTableModel::PriceColumn, Qt::AscendingOrder);
    QTRY_VERIFY(!m_proxy->isBusy());

    const QList<Product> second = catalogue(kLarge, 5000);
    QSignalSpy applied(m_proxy.get(), &ProductProxyModel::productsApplied);
    QSignalSpy resets(m_proxy.get(), &QAbstractItemModel::modelReset);
    m_proxy->setProducts(second);
    QVERIFY(m_proxy->isBusy());
    QCOMPARE(m_proxy->rowCount(), 1000); // the old list, still sorted by price
    QCOMPARE(m_model->rowCount(), 1000);
    QVERIFY(applied.wait(30'000));
    QCOMPARE(resets.count(), 1);
    QCOMPARE(m_model->rowCount(), kLarge);
    QCOMPARE(m_proxy->sortColumn(), int(ProductTableModel::PriceColumn));
    QCOMPARE(shownIds(*m_proxy, 1000),
             expectedIds(second, {ProductTableModel::PriceColumn, Qt::AscendingOrder, {}})
                     .mid(0, 1000));

    // A list set on the model directly wins over one still being ordered.
    m_proxy->setProducts(first);
    m_model->setProducts({});
    QTest::qWait(100);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_proxy->rowCount(), 0);
}

void TestLargeCatalogue::sort_keepsSelectedProduct()
{
    m_proxy->setSynchronousLimit(0);
    const QList<Product> products = catalogue(50'000);
    m_model->setProducts(products);
    const QModelIndex chosen = m_proxy->index(123, 0);
    const qint64 id = chosen.data(ProductTableModel::IdRole).toLongLong();
    m_view->selectionModel()->setCurrentIndex(
            chosen, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->sortByColumn(ProductTableModel::TitleColumn, Qt::AscendingOrder);
    QTRY_VERIFY(!m_proxy->isBusy());
    QVERIFY(m_proxy->sortColumn() == ProductTableModel::TitleColumn);
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data(ProductTableModel::IdRole).toLongLong(), id);
    QCOMPARE(m_view->selectionModel()->currentIndex().data(ProductTableModel::IdRole).toLongLong(),
             id);
    QVERIFY(selected.first().row() != 123);
}

void TestLargeCatalogue::sort_withEveryRowSelected_staysResponsive()
{
    // Select all (Ctrl+A) keeps one range; Qt's selection model tracks it without a persistent
    // index per row, so applying a new order stays cheap and keeps every row selected. (The
    // header's repaint still asks flags() row by row; the gap is printed, not asserted: about
    // 40 ms here at 250k rows on a loaded machine.)
    const QList<Product> products = catalogue(kLarge);
    m_model->setProducts(products);
    m_view->selectAll();
    QCOMPARE(m_view->selectionModel()->selectedRows().size(), kLarge);
    m_view->sortByColumn(ProductTableModel::PriceColumn, Qt::AscendingOrder);
    QTRY_VERIFY_WITH_TIMEOUT(!m_proxy->isBusy(), 30'000);
    FrameGapProbe probe;
    probe.start();
    m_view->sortByColumn(ProductTableModel::UpdatedColumn, Qt::AscendingOrder);
    QTRY_VERIFY_WITH_TIMEOUT(!m_proxy->isBusy(), 30'000);
    QTest::qWait(20);
    const qint64 gapMs = probe.maxGapMs();
    qInfo("longest UI-thread gap sorting %d selected rows: %lld ms", kLarge, gapMs);
    QCOMPARE(m_view->selectionModel()->selectedRows().size(), kLarge);
    QCOMPARE(m_proxy->sortColumn(), int(ProductTableModel::UpdatedColumn));
}

void TestLargeCatalogue::asyncProxy_passesModelTester()
{
    m_proxy->setSynchronousLimit(0);
    QAbstractItemModelTester tester(m_proxy.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setProducts(catalogue(30'000));
    m_proxy->sort(ProductTableModel::PriceColumn, Qt::AscendingOrder);
    QTRY_VERIFY(!m_proxy->isBusy());
    m_proxy->setTitleFilter(QStringLiteral("lamp"));
    QTRY_VERIFY(!m_proxy->isBusy());
    m_proxy->setProducts(catalogue(25'000, 900'000));
    QTRY_VERIFY(!m_proxy->isBusy());
    QVERIFY(m_proxy->rowCount() > 0);
    m_proxy->setTitleFilter(QStringLiteral("no such title"));
    QTRY_COMPARE(m_proxy->rowCount(), 0);
    QCOMPARE(m_proxy->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Title"));
    m_proxy->setTitleFilter(QString());
    m_proxy->sort(ProductTableModel::CreatedColumn, Qt::DescendingOrder);
    QTRY_COMPARE(m_proxy->rowCount(), 25'000);
    QCOMPARE(m_proxy->sortColumn(), -1); // newest first: no work
}

QTEST_MAIN(TestLargeCatalogue)
#include "tst_largecatalogue.moc"
