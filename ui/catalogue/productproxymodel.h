#pragma once

#include "products/product.h"
#include "products/productordering.h"

#include <QAbstractProxyModel>
#include <QList>
#include <QThreadPool>

#include <atomic>
#include <memory>
#include <optional>

namespace pm {

class ProductTableModel;

/// Sorts and filters the product table for the view without blocking the UI thread, for
/// 1,000,000 rows: the row order (a permutation of the source rows, see ProductOrdering) is
/// computed on a background thread from the immutable shared list, and applied on the UI thread
/// by swapping two index vectors (a layout change, so selection and current row survive). A
/// request overtaken by a newer one (the user typed again, clicked another column) is cancelled
/// and its result dropped by a generation counter. Small lists (≤ synchronousLimit() rows) are
/// ordered at once, inline. Until a result arrives the view keeps showing the previous order.
///
/// setProducts() stages a new list: it is ordered in the background first and handed to the
/// table model together with its order, so a reload never shows unsorted rows. A list set on
/// the table model directly is shown in its own order until its ordering arrives.
///
/// Titles filter by a plain case-insensitive substring; ties sort by id, so "newest first" is
/// created DESC, id DESC as in the repository and needs no work for a list that arrives so.
class ProductProxyModel : public QAbstractProxyModel
{
    Q_OBJECT
public:
    explicit ProductProxyModel(QObject *parent = nullptr);
    ~ProductProxyModel() override;

    void setProductModel(ProductTableModel *model);
    ProductTableModel *productModel() const { return m_products; }

    /// Orders `products` off the UI thread, then sets them on the table model with that order;
    /// productsApplied() follows. Replaces any list still being ordered.
    void setProducts(const QList<Product> &products);

    /// Shows only products whose title contains `text` (trimmed, case-insensitive).
    void setTitleFilter(const QString &text);
    QString titleFilter() const { return m_request.filter; }

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    /// The sort the user asked for.
    int requestedSortColumn() const { return m_request.column; }
    Qt::SortOrder requestedSortOrder() const { return m_request.order; }
    /// The column the shown order was sorted by: -1 while the list's own order serves (newest
    /// first), or while a list set directly on the table model waits for its order.
    int sortColumn() const { return m_sortColumn; }

    /// True while an ordering runs in the background.
    bool isBusy() const { return m_busy; }
    /// Lists up to this many rows are ordered inline (default 20,000: a few milliseconds).
    void setSynchronousLimit(int rows) { m_synchronousLimit = rows; }
    int synchronousLimit() const { return m_synchronousLimit; }

    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    /// The table model's flags, without mapping: QHeaderView asks for them row by row
    /// (QItemSelectionModel::isColumnSelected) on every repaint after a selection change.
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;

signals:
    void busyChanged(bool busy);
    /// A list given to setProducts() is now in the table model and shown in its order.
    void productsApplied();
    /// The shown order now matches the request (after a sort, a filter or a new list).
    void orderingApplied();

private:
    void requestOrdering();
    void finish(int generation, const QList<Product> &list, const OrderingRequest &request,
                RowOrder order);
    void applyLayout(RowOrder order, int sortColumn);
    void onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                             const QList<int> &roles);
    void onSourceAboutToBeReset();
    void onSourceReset();
    void setBusy(bool busy);

    ProductTableModel *m_products = nullptr;
    OrderingRequest m_request;
    RowOrder m_order;
    int m_sortColumn = -1;
    int m_synchronousLimit = 20'000;
    bool m_busy = false;

    int m_generation = 0;
    std::shared_ptr<std::atomic_bool> m_cancelCurrent;
    std::optional<QList<Product>> m_staged; ///< waiting for its order
    std::optional<RowOrder> m_install; ///< the order to take while the model resets to m_staged
    bool m_installing = false;
    QThreadPool m_pool; ///< one thread: a newer request cancels the older one
};

} // namespace pm
