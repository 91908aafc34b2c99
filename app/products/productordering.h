#pragma once

#include "products/product.h"

#include <QList>
#include <QString>

#include <atomic>
#include <optional>
#include <vector>

namespace pm {

/// What a view of the product list asks for: a column of ProductTableModel (-1: the list's own
/// order), a direction, and a title filter (a plain, case-insensitive substring; empty: all).
struct OrderingRequest
{
    int column = -1;
    Qt::SortOrder order = Qt::AscendingOrder;
    QString filter;

    friend bool operator==(const OrderingRequest &a, const OrderingRequest &b)
    {
        return a.column == b.column && a.order == b.order && a.filter == b.filter;
    }
    friend bool operator!=(const OrderingRequest &a, const OrderingRequest &b) { return !(a == b); }
};

/// The rows a view shows, as source rows of one immutable list: either the list itself (identity,
/// which costs no memory at all) or a permutation of a subset, with its inverse so that both
/// directions of the proxy mapping are O(1).
struct RowOrder
{
    bool identity = true;
    std::vector<int> sourceRows; ///< view row → source row (when !identity)
    std::vector<int> viewRows; ///< source row → view row, -1 when filtered out (when !identity)
    /// Whether the list itself was newest first (compute() finds out anyway; passing it on
    /// spares the table model a scan of a million rows on the UI thread).
    std::optional<bool> listNewestFirst;

    int rowCount(int sourceCount) const { return identity ? sourceCount : int(sourceRows.size()); }
    int sourceRow(int viewRow) const { return identity ? viewRow : sourceRows[size_t(viewRow)]; }
    int viewRow(int sourceRow) const { return identity ? sourceRow : viewRows[size_t(sourceRow)]; }
};

/// Sorting and filtering of a product list as pure functions, so that they can run on any thread
/// over the shared, immutable QList<Product> (1,000,000 rows take a fraction of a second, off the
/// UI thread). The order is the one the table promises: titles compare case-insensitively (as
/// QString::compare with Qt::CaseInsensitive), prices by cents, times by milliseconds, and ties
/// by id, so the order is total and descending is exactly ascending reversed ("newest first" is
/// created DESC, id DESC as in the repository).
class ProductOrdering
{
public:
    /// True when `products` are already newest first (created DESC, id DESC).
    static bool isNewestFirst(const QList<Product> &products);
    /// True when `title` contains `filter` case-insensitively (an empty filter matches all).
    static bool titleMatches(const QString &title, const QString &filter);
    /// True when the request needs no work at all for a list whose newest-first state is given:
    /// no filter, and either no sort or created DESC over a newest-first list.
    static bool isIdentity(const OrderingRequest &request, bool newestFirst);

    /// The source rows to show for `request`, in view order. `cancelled` (may be null) is polled
    /// between phases; when it turns true the result is meaningless and should be dropped.
    static std::vector<int> sortedRows(const QList<Product> &products,
                                       const OrderingRequest &request,
                                       const std::atomic_bool *cancelled = nullptr);
    /// sortedRows() with its inverse, or identity when that serves the request.
    static RowOrder compute(const QList<Product> &products, const OrderingRequest &request,
                            const std::atomic_bool *cancelled = nullptr);
};

} // namespace pm
