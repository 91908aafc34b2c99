#pragma once

#include "products/product.h"

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>
#include <QString>

namespace pm {

/// The product list as a table: Title, Price, Created, Updated. Read-only; the rows are one
/// immutable, implicitly shared QList<Product> replaced in one go, so the model holds nothing
/// per row beyond the list itself (1,000,000 rows are fine). Pure QtCore: no colours or fonts.
class ProductTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TitleColumn, PriceColumn, CreatedColumn, UpdatedColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< qlonglong product id, any column
        SortRole, ///< title string, price in cents, timestamps in ms
        TitleRole, ///< the raw title, any column (used by the title filter)
    };

    explicit ProductTableModel(QObject *parent = nullptr);

    /// Replaces every row (a model reset). The list is shared, not copied.
    void setProducts(const QList<Product> &products);
    /// The same, when the caller already knows whether `products` are newest first (the
    /// proxy's background ordering does): no scan of the rows on the calling thread.
    void setProducts(const QList<Product> &products, bool newestFirst);
    /// True when the rows are in the repository's order, newest first (created DESC, id DESC),
    /// so that a view sorted that way needs no sorting at all. Checked once per reset.
    bool isNewestFirst() const { return m_newestFirst; }
    const QList<Product> &products() const { return m_products; }
    /// The product at a source row; a default Product for an invalid row.
    Product product(int row) const;
    /// Source row of a product id, or -1. Linear: for occasional look-ups only.
    int rowOfId(qint64 id) const;

    void setLocale(const QLocale &locale);
    QLocale locale() const { return m_locale; }
    /// ISO 4217 code of the currency prices are shown in (default "USD").
    void setCurrency(const QString &currency);
    QString currency() const { return m_currency; }

    // Cheaper than QAbstractTableModel::index(), which calls rowCount() and columnCount()
    // virtually: a proxy sorting 1M rows asks for tens of millions of indexes.
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QString displayTime(qint64 ms) const;

    QList<Product> m_products;
    QLocale m_locale;
    QString m_currency = QStringLiteral("USD");
    bool m_newestFirst = true;
};

} // namespace pm
