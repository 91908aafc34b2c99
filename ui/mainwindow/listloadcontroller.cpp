#include "mainwindow/listloadcontroller.h"

#include "catalogue/productproxymodel.h"
#include "core/logging.h"
#include "debug/actiontracker.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/workerclient.h"
#include "products/producttablemodel.h"
#include "worker/productworker.h"

#include <QItemSelection>
#include <QItemSelectionModel>
#include <QProgressBar>
#include <QStatusBar>
#include <QTableView>

#include <algorithm>
#include <climits>

namespace pm {

ListLoadController::ListLoadController(WorkerClient *client, ProductTableModel *model,
                                       ProductProxyModel *proxy, QTableView *table, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model)
    , m_proxy(proxy)
    , m_table(table)
{
    // Sorting and filtering run in the background (ProductProxyModel): the status bar says so,
    // and a new list is shown, with the selection restored, once it is in its order.
    connect(m_proxy, &ProductProxyModel::busyChanged, this, &ListLoadController::updateBusy);
    connect(m_proxy, &ProductProxyModel::productsApplied, this, [this] {
        if (m_previewShown) {
            emit previewApplied(); // only the first rows: the list is not loaded yet
            return;
        }
        selectIds(m_selectAfterApply);
        m_selectAfterApply.clear();
        m_loaded = true;
        emit listApplied();
    });
    connect(m_client, &WorkerClient::pendingChanged, this, &ListLoadController::updateBusy);
}

void ListLoadController::setBusyIndicator(QProgressBar *busy, QStatusBar *statusBar)
{
    m_busy = busy;
    m_statusBar = statusBar;
}

void ListLoadController::connectWorker(ProductWorker *worker)
{
    connect(worker, &ProductWorker::listLoaded, this, &ListLoadController::onListLoaded);
    connect(worker, &ProductWorker::listPreview, this, &ListLoadController::onListPreview);
    connect(worker, &ProductWorker::listProgress, this, &ListLoadController::onListProgress);
}

bool ListLoadController::isLoading() const
{
    return m_client->isPending(m_latestRequest);
}

int ListLoadController::reload(const QList<qint64> &selectIds)
{
    m_selectAfterReload = selectIds;
    m_listDone = -1;
    m_listTotal = -1;
    m_latestRequest = m_client->send(MainWindow::tr("Could not load the products: %1"),
                                     [](ProductWorker *w, int id) { w->loadList(id); });
    updateBusy(); // "Loading products…"
    return m_latestRequest;
}

void ListLoadController::updateBusy()
{
    const bool loading = isLoading();
    m_busy->setVisible(!m_client->isIdle() || m_proxy->isBusy());
    QString status;
    if (m_proxy->isBusy())
        status = MainWindow::tr("Sorting…");
    else if (loading && m_listDone >= 0)
        status = MainWindow::tr("Loading products… %L1").arg(m_listDone);
    else if (loading)
        status = MainWindow::tr("Loading products…");
    // Determinate only while the latest load knows its total (a paged cache hit).
    const bool determinate = loading && m_listTotal > 0 && !m_proxy->isBusy();
    if (determinate) {
        m_busy->setRange(0, int(std::min<qint64>(m_listTotal, INT_MAX)));
        m_busy->setValue(int(std::min(m_listDone, m_listTotal)));
    } else if (m_busy->maximum() != 0) {
        m_busy->setRange(0, 0); // indeterminate
    }
    if (!status.isEmpty())
        m_statusBar->showMessage(status);
    else if (m_statusBar->currentMessage() == m_busyStatus)
        m_statusBar->clearMessage();
    m_busyStatus = status;
}

void ListLoadController::failed(int requestId)
{
    if (requestId == m_latestRequest && m_previewShown) {
        // Partial rows are no catalogue: take them away again.
        m_previewShown = false;
        m_proxy->setProducts({});
    }
}

void ListLoadController::onListLoaded(int requestId, const QList<Product> &products)
{
    m_client->finish(requestId);
    if (requestId != m_latestRequest)
        return; // an older answer overtaken by a newer request
    m_tracker->listArrived(requestId); // the next model reset applies it
    m_previewShown = false; // the whole list replaces the first rows
    m_listDone = -1;
    m_listTotal = -1;
    QSet<qint64> keep;
    if (!m_selectAfterReload.isEmpty()) {
        keep = QSet<qint64>(m_selectAfterReload.cbegin(), m_selectAfterReload.cend());
    } else {
        for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
            keep.insert(m_model->product(m_proxy->mapToSource(index).row()).id);
    }
    m_selectAfterReload.clear();
    // Ordered off the UI thread first; productsApplied() then selects `keep` (at once for
    // small lists).
    m_selectAfterApply = keep;
    m_proxy->setProducts(products);
    qCDebug(lcUi) << "list of" << products.size() << "received";
}

void ListLoadController::onListPreview(int requestId, const QList<Product> &rows)
{
    if (requestId != m_latestRequest || !m_client->isPending(requestId))
        return;
    // Only into an empty table, and only when the view wants the list's own order (newest
    // first, which the rows are in): anything else would show rows that then jump.
    const int column = m_proxy->requestedSortColumn();
    const bool newestFirst = column < 0
            || (column == ProductTableModel::CreatedColumn
                && m_proxy->requestedSortOrder() == Qt::DescendingOrder);
    if (m_model->rowCount() > 0 || !newestFirst)
        return;
    m_previewShown = true;
    m_proxy->setProducts(rows);
    qCDebug(lcUi) << "first" << rows.size() << "rows shown while the list loads";
}

void ListLoadController::onListProgress(int requestId, qint64 done, qint64 total)
{
    if (requestId != m_latestRequest || !m_client->isPending(requestId))
        return;
    m_listDone = done;
    m_listTotal = total;
    updateBusy();
}

void ListLoadController::selectIds(const QSet<qint64> &ids)
{
    if (ids.isEmpty())
        return;
    QItemSelection selection;
    QModelIndex first;
    const QList<Product> &products = m_model->products();
    for (qsizetype row = 0; row < products.size(); ++row) {
        if (!ids.contains(products.at(row).id))
            continue;
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(int(row), 0));
        if (!index.isValid())
            continue; // filtered out
        selection.select(index, index);
        if (!first.isValid() || index.row() < first.row())
            first = index;
    }
    if (!first.isValid())
        return;
    QItemSelectionModel *sm = m_table->selectionModel();
    sm->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    sm->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(first);
}

} // namespace pm
