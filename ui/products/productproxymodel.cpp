#include "products/productproxymodel.h"

#include "products/producttablemodel.h"

namespace pm {

ProductProxyModel::ProductProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ProductTableModel::SortRole);
    setFilterRole(ProductTableModel::TitleRole);
    setFilterKeyColumn(ProductTableModel::TitleColumn);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void ProductProxyModel::setProductModel(ProductTableModel *model)
{
    m_products = model;
    setSourceModel(model);
    // Connected after setSourceModel(), so it runs after the proxy has handled the reset.
    connect(model, &QAbstractItemModel::modelReset, this, &ProductProxyModel::applySort);
}

void ProductProxyModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    applySort();
}

void ProductProxyModel::applySort()
{
    const bool sourceOrderServes = m_sortColumn == ProductTableModel::CreatedColumn
            && m_sortOrder == Qt::DescendingOrder && m_products && m_products->isNewestFirst();
    if (sourceOrderServes)
        QSortFilterProxyModel::sort(-1, m_sortOrder);
    else
        QSortFilterProxyModel::sort(m_sortColumn, m_sortOrder);
}

void ProductProxyModel::setTitleFilter(const QString &text)
{
    const QString filter = text.trimmed();
    if (filter == m_filter)
        return;
    m_filter = filter;
    // invalidate(), not invalidateFilter(): a full rebuild is O(n log n), while the
    // incremental path inserts each re-appearing row separately.
    invalidate();
}

bool ProductProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_filter.isEmpty() || !m_products || sourceParent.isValid())
        return true;
    return m_products->products().at(sourceRow).title.contains(m_filter, Qt::CaseInsensitive);
}

bool ProductProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_products)
        return QSortFilterProxyModel::lessThan(left, right);
    const QList<Product> &products = m_products->products();
    const Product &a = products.at(left.row());
    const Product &b = products.at(right.row());
    switch (left.column()) {
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
    default:
        break;
    }
    return a.id < b.id;
}

} // namespace pm
