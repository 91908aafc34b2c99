#pragma once

#include "mainwindow/windowmessages.h"
#include "products/product.h"

#include <QHash>
#include <QList>

class QTableView;
class QWidget;

namespace pm {

class Dialogs;
class ListLoadController;
class ProductProxyModel;
class ProductWorker;
class UndoController;
class WorkerClient;

/// Deleting the selected products: asked first, undoable (the message bar offers Undo), and
/// the row below the deleted ones is selected next. A delete that found some rows gone already
/// (another window or program deleted them) reloads the list and says so.
class DeleteUndoController : public WindowMessages
{
    Q_OBJECT
public:
    DeleteUndoController(QWidget *window, QTableView *table, ProductProxyModel *proxy,
                         WorkerClient *client, UndoController *undo, ListLoadController *list,
                         Dialogs &dialogs);

    void connectWorker(ProductWorker *worker);
    /// Asks, then deletes `selected` (the table's selected products).
    void confirmAndDelete(const QList<Product> &selected);
    /// A request failed: forget what it would have deleted.
    void failed(int requestId);

signals:
    /// A delete was answered (the actions follow the emptier selection).
    void answered();

private:
    /// The product to select once `deleted` are gone: the row below the last of them in the
    /// view, else the row above the first; 0 if none is left.
    qint64 rowAfterDelete(const QList<Product> &deleted) const;

    QWidget *m_window;
    QTableView *m_table;
    ProductProxyModel *m_proxy;
    WorkerClient *m_client;
    UndoController *m_undo;
    ListLoadController *m_list;
    Dialogs &m_dialogs;
    QHash<int, QList<Product>> m_deleting; // request id → products to undo
    QHash<int, qint64> m_selectAfterDelete; // delete request id → the product to select next
};

} // namespace pm
