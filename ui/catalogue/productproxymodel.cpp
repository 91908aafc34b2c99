#include "catalogue/productproxymodel.h"

#include "core/logging.h"
#include "products/producttablemodel.h"

#include <QElapsedTimer>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace pm {

namespace {
bool sameList(const QList<Product> &a, const QList<Product> &b)
{
    // The lists are immutable snapshots shared by reference count: the same data pointer is the
    // same list, and comparing it is O(1).
    return a.constData() == b.constData() && a.size() == b.size();
}

/// The ordering thread yields to the UI thread when they compete for a core: a frame matters
/// more than finishing a sort a few milliseconds sooner. QThread::setPriority() has no effect
/// under Linux's default scheduler, so the thread's nice value is raised instead.
void lowerThreadPriority()
{
#ifdef Q_OS_LINUX
    setpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)), 10);
#endif
}

int shownSortColumn(const OrderingRequest &request, const RowOrder &order)
{
    return order.identity ? -1 : request.column;
}
} // namespace

ProductProxyModel::ProductProxyModel(QObject *parent)
    : QAbstractProxyModel(parent)
{
    m_pool.setMaxThreadCount(1);
    m_pool.setObjectName(QStringLiteral("productOrderingPool"));
}

ProductProxyModel::~ProductProxyModel()
{
    // The job captures `this` to post its result: it must end before this object does. Results
    // already posted die with this object's event queue.
    if (m_cancelCurrent)
        m_cancelCurrent->store(true);
    m_pool.waitForDone();
}

void ProductProxyModel::setProductModel(ProductTableModel *model)
{
    beginResetModel();
    if (m_products)
        disconnect(m_products, nullptr, this, nullptr);
    m_products = model;
    QAbstractProxyModel::setSourceModel(model);
    m_order = RowOrder();
    m_sortColumn = -1;
    if (model) {
        // ProductTableModel changes its rows only by resets (a new immutable list) and its
        // cells only by dataChanged (locale, currency): nothing else needs forwarding.
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this,
                &ProductProxyModel::onSourceAboutToBeReset);
        connect(model, &QAbstractItemModel::modelReset, this, &ProductProxyModel::onSourceReset);
        connect(model, &QAbstractItemModel::dataChanged, this,
                &ProductProxyModel::onSourceDataChanged);
        connect(model, &QAbstractItemModel::headerDataChanged, this,
                &ProductProxyModel::headerDataChanged);
    }
    endResetModel();
    if (model && model->rowCount() > 0)
        requestOrdering();
}

void ProductProxyModel::setProducts(const QList<Product> &products)
{
    if (!m_products)
        return;
    m_staged = products;
    requestOrdering();
}

void ProductProxyModel::setTitleFilter(const QString &text)
{
    const QString filter = text.trimmed();
    if (filter == m_request.filter)
        return;
    m_request.filter = filter;
    requestOrdering();
}

void ProductProxyModel::sort(int column, Qt::SortOrder order)
{
    m_request.column = column;
    m_request.order = order;
    requestOrdering();
}

void ProductProxyModel::requestOrdering()
{
    if (!m_products)
        return;
    // Whatever runs now answers an older question.
    ++m_generation;
    if (m_cancelCurrent) {
        m_cancelCurrent->store(true);
        m_cancelCurrent.reset();
    }
    const QList<Product> list = m_staged ? *m_staged : m_products->products();
    const OrderingRequest request = m_request;
    if (!m_staged && ProductOrdering::isIdentity(request, m_products->isNewestFirst())) {
        finish(m_generation, list, request, RowOrder()); // no work at all
        return;
    }
    if (list.size() <= m_synchronousLimit) {
        finish(m_generation, list, request, ProductOrdering::compute(list, request));
        return;
    }
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancelCurrent = cancel;
    setBusy(true);
    const int generation = m_generation;
    m_pool.start([this, list, request, cancel, generation] {
        lowerThreadPriority();
        QElapsedTimer timer;
        timer.start();
        RowOrder order = ProductOrdering::compute(list, request, cancel.get());
        if (cancel->load())
            return; // overtaken; a newer job is queued behind this one
        qCDebug(lcUi) << "ordered" << list.size() << "rows by column" << request.column << "in"
                      << timer.elapsed() << "ms";
        auto shared = std::make_shared<RowOrder>(std::move(order));
        QMetaObject::invokeMethod(
                this,
                [this, generation, list, request, shared] {
                    finish(generation, list, request, std::move(*shared));
                },
                Qt::QueuedConnection);
    });
}

void ProductProxyModel::finish(int generation, const QList<Product> &list,
                               const OrderingRequest &request, RowOrder order)
{
    if (generation != m_generation)
        return; // stale: the user asked for something else meanwhile
    m_cancelCurrent.reset();
    setBusy(false);
    if (m_staged && sameList(*m_staged, list)) {
        m_staged.reset();
        const std::optional<bool> newestFirst = order.listNewestFirst;
        m_install = std::move(order);
        m_sortColumn = shownSortColumn(request, *m_install);
        m_installing = true;
        // onSourceReset() takes m_install.
        if (newestFirst)
            m_products->setProducts(list, *newestFirst);
        else
            m_products->setProducts(list);
        m_installing = false;
        emit productsApplied();
        emit orderingApplied();
        return;
    }
    if (!sameList(list, m_products->products()))
        return; // the model changed under the job; its reset asked for a new order
    const int sortColumn = shownSortColumn(request, order);
    applyLayout(std::move(order), sortColumn);
    emit orderingApplied();
}

void ProductProxyModel::applyLayout(RowOrder order, int sortColumn)
{
    // A layout change, not a reset: the view keeps its scroll position, selection and current
    // row, remapped through the persistent indexes (a handful, not one per row).
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList from = persistentIndexList();
    QModelIndexList to;
    to.reserve(from.size());
    for (const QModelIndex &index : from) {
        const int view = order.viewRow(m_order.sourceRow(index.row()));
        to.append(view < 0 ? QModelIndex() : createIndex(view, index.column()));
    }
    m_order = std::move(order);
    m_sortColumn = sortColumn;
    changePersistentIndexList(from, to);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void ProductProxyModel::onSourceAboutToBeReset()
{
    beginResetModel();
}

void ProductProxyModel::onSourceReset()
{
    if (m_installing && m_install) {
        m_order = std::move(*m_install);
        m_install.reset();
        endResetModel();
        return;
    }
    // A list set on the table model directly: it is the newest intent, so a list still being
    // ordered for setProducts() is dropped.
    m_staged.reset();
    const int count = m_products->rowCount();
    if (ProductOrdering::isIdentity(m_request, m_products->isNewestFirst())) {
        m_order = RowOrder();
        m_sortColumn = -1;
    } else if (count <= m_synchronousLimit) {
        m_order = ProductOrdering::compute(m_products->products(), m_request);
        m_sortColumn = shownSortColumn(m_request, m_order);
    } else {
        // Shown in its own order until the ordering arrives (a layout change).
        m_order = RowOrder();
        m_sortColumn = -1;
        endResetModel();
        requestOrdering();
        return;
    }
    endResetModel();
    // Anything still running answers for the previous list.
    ++m_generation;
    if (m_cancelCurrent) {
        m_cancelCurrent->store(true);
        m_cancelCurrent.reset();
    }
    setBusy(false);
}

void ProductProxyModel::onSourceDataChanged(const QModelIndex &topLeft,
                                            const QModelIndex &bottomRight, const QList<int> &roles)
{
    // Locale or currency: every row, and the view repaints only what it shows.
    const int rows = rowCount();
    if (rows > 0)
        emit dataChanged(index(0, topLeft.column()), index(rows - 1, bottomRight.column()), roles);
}

void ProductProxyModel::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

QModelIndex ProductProxyModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !m_products)
        return {};
    return m_products->index(m_order.sourceRow(proxyIndex.row()), proxyIndex.column());
}

QModelIndex ProductProxyModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || !m_products)
        return {};
    const int view = m_order.viewRow(sourceIndex.row());
    return view < 0 ? QModelIndex() : createIndex(view, sourceIndex.column());
}

QModelIndex ProductProxyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex ProductProxyModel::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex ProductProxyModel::sibling(int row, int column, const QModelIndex &idx) const
{
    return idx.isValid() ? index(row, column) : QModelIndex();
}

int ProductProxyModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_products)
        return 0;
    return m_order.rowCount(m_products->rowCount());
}

int ProductProxyModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_products)
        return 0;
    return m_products->columnCount();
}

bool ProductProxyModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0;
}

Qt::ItemFlags ProductProxyModel::flags(const QModelIndex &index) const
{
    // Read-only rows, all alike (ProductTableModel keeps QAbstractTableModel's flags). With a
    // million rows selected, the header's isColumnSelected() calls this once per row and column.
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

QVariant ProductProxyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_products)
        return {};
    // The base class maps sections through index(0, section), which fails when the filter
    // leaves no rows: columns are never reordered here, so ask the source directly.
    if (orientation == Qt::Horizontal)
        return m_products->headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return section + 1;
    return {};
}

} // namespace pm
