#include "debug/productpreviewmodel.h"

#include <QDateTime>

namespace pm {

namespace {
QString utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)
            .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}
} // namespace

ProductPreviewModel::ProductPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int ProductPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_products.size());
}

int ProductPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProductPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_products.size())
        return {};
    const Product &p = m_products.at(index.row());
    if (role == Qt::TextAlignmentRole
        && (index.column() == IdColumn || index.column() == PriceColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case IdColumn:
        return p.id;
    case TitleColumn:
        return p.title;
    case PriceColumn:
        return p.price.toString();
    case CreatedColumn:
        return utc(p.createdMs);
    case UpdatedColumn:
        return utc(p.updatedMs);
    default:
        return {};
    }
}

QVariant ProductPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("Id");
    case TitleColumn:
        return tr("Title");
    case PriceColumn:
        return tr("Price");
    case CreatedColumn:
        return tr("Created (UTC)");
    case UpdatedColumn:
        return tr("Updated (UTC)");
    default:
        return {};
    }
}

void ProductPreviewModel::setProducts(const QList<Product> &products)
{
    beginResetModel();
    m_products = products;
    endResetModel();
}

} // namespace pm
