#pragma once

#include "core/result.h"
#include "mainwindow/windowmessages.h"
#include "products/product.h"

#include <QHash>
#include <QList>
#include <QPointer>

class QDialog;
class QTableView;
class QWidget;

namespace pm {

class BulkEditDialog;
class ListLoadController;
class ProductDialog;
class ProductTableModel;
class ProductWorker;
class UndoController;
class WorkerClient;

/// New, Edit and Edit Selected: the product dialogs, their saves through the worker (the
/// dialog stays open until its save is answered) and the undo of each write that succeeded.
class ProductEditController : public WindowMessages
{
    Q_OBJECT
public:
    ProductEditController(QWidget *window, QTableView *table, ProductTableModel *model,
                          WorkerClient *client, UndoController *undo, ListLoadController *list);

    void connectWorker(ProductWorker *worker);
    void newProduct();
    void editProduct(const Product &product);
    void bulkEdit(const QList<Product> &selected);
    /// A request failed: true if a dialog's save it was (the dialog says why).
    bool dialogSaveFailed(int requestId, const Error &error);
    /// A request failed: forget what it would have recorded for undo.
    void failed(int requestId);

private:
    /// The keyboard goes back to the list when `dialog` closes.
    void returnFocusOnClose(QDialog *dialog);

    QWidget *m_window;
    QTableView *m_table;
    ProductTableModel *m_model;
    WorkerClient *m_client;
    UndoController *m_undo;
    ListLoadController *m_list;
    QHash<int, Product> m_editing; // request id → the product before the edit
    QHash<int, QList<Product>> m_bulkEditing; // request id → the products before the bulk edit
    QHash<int, ProductChanges> m_bulkChanges; // request id → the bulk edit's changes
    QHash<int, QPointer<ProductDialog>> m_productDialogs; // request id → dialog saving
    QHash<int, QPointer<BulkEditDialog>> m_bulkDialogs; // request id → dialog saving
};

} // namespace pm
