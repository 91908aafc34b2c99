#pragma once

#include "products/product.h"

#include <QAbstractTableModel>
#include <QList>

namespace pm {

/// A cached product list as the inspector's preview shows it: id, title, price, created and
/// updated (UTC). The list is shared, not copied.
class ProductPreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { IdColumn, TitleColumn, PriceColumn, CreatedColumn, UpdatedColumn, ColumnCount };

    explicit ProductPreviewModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setProducts(const QList<Product> &products);

private:
    QList<Product> m_products;
};

} // namespace pm
