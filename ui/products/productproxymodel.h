#pragma once

#include <QSortFilterProxyModel>

namespace pm {

class ProductTableModel;

/// Sorts and filters the product table for the view, fast enough for 1,000,000 rows: it
/// compares the products' fields directly instead of through QVariant (the generic
/// QSortFilterProxyModel took seconds per sort at 1M rows), filters by a plain
/// case-insensitive substring of the title, and rebuilds its mapping in one go when the
/// filter changes (the incremental path re-inserts rows one by one: quadratic).
/// Ties sort by id, so "newest first" is created DESC, id DESC as in the repository.
class ProductProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ProductProxyModel(QObject *parent = nullptr);

    void setProductModel(ProductTableModel *model);
    ProductTableModel *productModel() const { return m_products; }

    /// Shows only products whose title contains `text` (trimmed, case-insensitive).
    void setTitleFilter(const QString &text);
    QString titleFilter() const { return m_filter; }

    /// Newest first (Created, descending) is the order the rows arrive in: then the proxy
    /// keeps the source order instead of sorting a million rows again.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    /// The sort the user asked for (sortColumn() is -1 while the source order serves it).
    int requestedSortColumn() const { return m_sortColumn; }
    Qt::SortOrder requestedSortOrder() const { return m_sortOrder; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void applySort();

    ProductTableModel *m_products = nullptr;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QString m_filter;
};

} // namespace pm
