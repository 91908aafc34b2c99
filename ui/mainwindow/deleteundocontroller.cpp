#include "mainwindow/deleteundocontroller.h"

#include "catalogue/productproxymodel.h"
#include "mainwindow/listloadcontroller.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/undocontroller.h"
#include "mainwindow/workerclient.h"
#include "products/producttablemodel.h"
#include "widgets/dialogs.h"
#include "worker/productworker.h"

#include <QItemSelectionModel>
#include <QKeySequence>
#include <QSet>
#include <QTableView>

#include <algorithm>
#include <climits>

namespace pm {

DeleteUndoController::DeleteUndoController(QWidget *window, QTableView *table,
                                           ProductProxyModel *proxy, WorkerClient *client,
                                           UndoController *undo, ListLoadController *list,
                                           Dialogs &dialogs)
    : WindowMessages(window)
    , m_window(window)
    , m_table(table)
    , m_proxy(proxy)
    , m_client(client)
    , m_undo(undo)
    , m_list(list)
    , m_dialogs(dialogs)
{ }

void DeleteUndoController::connectWorker(ProductWorker *worker)
{
    connect(worker, &ProductWorker::removed, this,
            [this](int id, const QList<qint64> &ids, int count) {
                m_client->finish(id);
                if (m_undo->answered(id, {}, count))
                    return;
                QList<Product> deleted = m_deleting.take(id);
                const qint64 next = m_selectAfterDelete.take(id);
                if (count < ids.size()) {
                    // Another window or program deleted some first: the list is reloaded and
                    // says so; Undo brings back only a delete that removed something.
                    emit info(count == 0 ? MainWindow::tr("The product no longer exists: another "
                                                          "window or program deleted it. The "
                                                          "list was reloaded.")
                                         : MainWindow::tr("Deleted %Ln product(s); the others no "
                                                          "longer existed. The list was "
                                                          "reloaded.",
                                                          nullptr, count),
                              {});
                }
                if (count > 0)
                    m_undo->recordDelete(deleted);
                if (count > 0 && count == ids.size())
                    emit info(MainWindow::tr("Deleted %Ln product(s).", nullptr, count),
                              MainWindow::tr("Undo", "message bar button"));
                emit answered();
                m_list->reload(next ? QList<qint64>{next} : QList<qint64>{});
            });
    connect(worker, &ProductWorker::restored, this, [this](int id, int count) {
        m_client->finish(id);
        m_undo->answered(id, {}, count); // only undo restores
    });
}

void DeleteUndoController::confirmAndDelete(const QList<Product> &selected)
{
    const int n = int(selected.size());
    const QString text = n == 1 ? MainWindow::tr("Delete “%1”?").arg(selected.first().title)
                                : MainWindow::tr("Delete %Ln product(s)?", nullptr, n);
    if (!m_dialogs.confirm(m_window, MainWindow::tr("Delete Products"),
                           text + QLatin1Char('\n')
                                   + MainWindow::tr("You can undo this with %1.")
                                             .arg(QKeySequence(QKeySequence::Undo)
                                                          .toString(QKeySequence::NativeText)),
                           MainWindow::tr("Delete", "confirmation button")))
        return;
    QList<qint64> ids;
    ids.reserve(n);
    for (const Product &p : selected)
        ids.append(p.id);
    const qint64 next = rowAfterDelete(selected);
    const int id = m_client->send(MainWindow::tr("Could not delete the products: %1"),
                                  [ids](ProductWorker *w, int id) { w->remove(id, ids); });
    m_deleting.insert(id, selected);
    m_selectAfterDelete.insert(id, next);
    // The rows are on their way out: a second Del must not delete them again.
    m_table->selectionModel()->clearSelection();
}

void DeleteUndoController::failed(int requestId)
{
    m_deleting.remove(requestId);
    m_selectAfterDelete.remove(requestId);
}

qint64 DeleteUndoController::rowAfterDelete(const QList<Product> &deleted) const
{
    QSet<qint64> gone;
    for (const Product &p : deleted)
        gone.insert(p.id);
    int last = -1;
    int first = INT_MAX;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        last = std::max(last, index.row());
        first = std::min(first, index.row());
    }
    if (last < 0)
        return 0;
    const auto idAt = [this](int row) {
        return m_proxy->index(row, 0).data(ProductTableModel::IdRole).toLongLong();
    };
    for (int row = last + 1; row < m_proxy->rowCount(); ++row) {
        if (!gone.contains(idAt(row)))
            return idAt(row);
    }
    for (int row = first - 1; row >= 0; --row) {
        if (!gone.contains(idAt(row)))
            return idAt(row);
    }
    return 0;
}

} // namespace pm
