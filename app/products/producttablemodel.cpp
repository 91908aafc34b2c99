#include "products/producttablemodel.h"

#include "products/productordering.h"

#include <QDateTime>

namespace pm {

ProductTableModel::ProductTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ProductTableModel::setProducts(const QList<Product> &products)
{
    setProducts(products, ProductOrdering::isNewestFirst(products));
}

void ProductTableModel::setProducts(const QList<Product> &products, bool newestFirst)
{
    // A reset rather than a diff: a reload replaces the snapshot, and a reset is O(1) for the
    // model while the proxy re-sorts once.
    beginResetModel();
    m_products = products;
    m_newestFirst = newestFirst;
    endResetModel();
}

QModelIndex ProductTableModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= m_products.size()
        || column >= ColumnCount)
        return {};
    return createIndex(row, column);
}

Product ProductTableModel::product(int row) const
{
    if (row < 0 || row >= m_products.size())
        return {};
    return m_products.at(row);
}

int ProductTableModel::rowOfId(qint64 id) const
{
    for (qsizetype i = 0; i < m_products.size(); ++i) {
        if (m_products.at(i).id == id)
            return int(i);
    }
    return -1;
}

void ProductTableModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (!m_products.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole});
}

void ProductTableModel::setCurrency(const QString &currency)
{
    m_currency = currency;
    if (!m_products.isEmpty())
        emit dataChanged(index(0, PriceColumn), index(rowCount() - 1, PriceColumn),
                         {Qt::DisplayRole});
}

int ProductTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_products.size());
}

int ProductTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ProductTableModel::displayTime(qint64 ms) const
{
    return m_locale.toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(),
                             QLocale::ShortFormat);
}

QVariant ProductTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Product &p = m_products.at(index.row());
    switch (role) {
    case IdRole:
        return QVariant::fromValue<qlonglong>(p.id);
    case TitleRole:
        return p.title;
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return p.title;
        case PriceColumn:
            return p.price.toDisplayString(m_locale, m_currency);
        case CreatedColumn:
            return displayTime(p.createdMs);
        case UpdatedColumn:
            return displayTime(p.updatedMs);
        }
        break;
    case Qt::EditRole:
        switch (index.column()) {
        case TitleColumn:
            return p.title;
        case PriceColumn:
            return p.price.toString();
        case CreatedColumn:
            return QDateTime::fromMSecsSinceEpoch(p.createdMs, Qt::UTC);
        case UpdatedColumn:
            return QDateTime::fromMSecsSinceEpoch(p.updatedMs, Qt::UTC);
        }
        break;
    case SortRole:
        switch (index.column()) {
        case TitleColumn:
            return p.title;
        case PriceColumn:
            return QVariant::fromValue<qlonglong>(p.price.cents());
        case CreatedColumn:
            return QVariant::fromValue<qlonglong>(p.createdMs);
        case UpdatedColumn:
            return QVariant::fromValue<qlonglong>(p.updatedMs);
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == TitleColumn)
            return QVariant::fromValue<int>(Qt::AlignLeading | Qt::AlignVCenter);
        return QVariant::fromValue<int>(Qt::AlignTrailing | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn)
            return p.title; // long titles are elided in the cell
        if (index.column() == CreatedColumn || index.column() == UpdatedColumn) {
            const qint64 ms = index.column() == CreatedColumn ? p.createdMs : p.updatedMs;
            return m_locale.toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(),
                                     QLocale::LongFormat);
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant ProductTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case PriceColumn:
        return tr("Price");
    case CreatedColumn:
        return tr("Created");
    case UpdatedColumn:
        return tr("Updated");
    }
    return {};
}

QHash<int, QByteArray> ProductTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "productId");
    names.insert(SortRole, "sortKey");
    names.insert(TitleRole, "title");
    return names;
}

} // namespace pm
