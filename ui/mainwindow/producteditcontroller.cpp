#include "mainwindow/producteditcontroller.h"

#include "catalogue/bulkeditdialog.h"
#include "catalogue/productdialog.h"
#include "mainwindow/listloadcontroller.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/undocontroller.h"
#include "mainwindow/workerclient.h"
#include "products/producttablemodel.h"
#include "worker/productworker.h"

#include <QTableView>

namespace pm {

ProductEditController::ProductEditController(QWidget *window, QTableView *table,
                                             ProductTableModel *model, WorkerClient *client,
                                             UndoController *undo, ListLoadController *list)
    : WindowMessages(window)
    , m_window(window)
    , m_table(table)
    , m_model(model)
    , m_client(client)
    , m_undo(undo)
    , m_list(list)
{ }

void ProductEditController::connectWorker(ProductWorker *worker)
{
    connect(worker, &ProductWorker::created, this, [this](int id, const Product &product) {
        m_client->finish(id);
        if (auto dialog = m_productDialogs.take(id))
            dialog->saveSucceeded();
        m_undo->recordCreate(product);
        emit info(MainWindow::tr("Created “%1”.").arg(product.title), {});
        m_list->reload({product.id});
    });
    connect(worker, &ProductWorker::updated, this, [this](int id, const Product &product) {
        m_client->finish(id);
        if (m_undo->answered(id))
            return;
        if (auto dialog = m_productDialogs.take(id))
            dialog->saveSucceeded();
        if (m_editing.contains(id))
            m_undo->recordEdit(m_editing.take(id), product);
        emit info(MainWindow::tr("Saved “%1”.").arg(product.title), {});
        m_list->reload({product.id});
    });
    connect(worker, &ProductWorker::bulkUpdated, this, [this](int id, int affected) {
        m_client->finish(id);
        if (m_undo->answered(id, {}, affected))
            return;
        if (auto dialog = m_bulkDialogs.take(id))
            dialog->saveSucceeded();
        if (affected > 0)
            m_undo->recordBulkEdit(m_bulkEditing.take(id), m_bulkChanges.take(id));
        emit info(MainWindow::tr("Updated %Ln product(s).", nullptr, affected), {});
        m_list->reload();
    });
}

void ProductEditController::returnFocusOnClose(QDialog *dialog)
{
    // The keyboard goes back to the list, so F2, Del and the arrows work at once.
    connect(dialog, &QDialog::finished, this, [this] { m_table->setFocus(Qt::OtherFocusReason); });
}

void ProductEditController::newProduct()
{
    auto *dialog = new ProductDialog(nullptr, m_model->locale(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProductDialog::saveRequested, this,
            [this, dialog](const ProductFields &fields) {
                const int id = m_client->send(
                        MainWindow::tr("Could not create the product: %1"),
                        [fields](ProductWorker *w, int id) { w->create(id, fields); });
                m_productDialogs.insert(id, dialog);
            });
    returnFocusOnClose(dialog);
    dialog->open();
}

void ProductEditController::editProduct(const Product &product)
{
    auto *dialog = new ProductDialog(&product, m_model->locale(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProductDialog::saveRequested, this,
            [this, dialog, product](const ProductFields &fields) {
                ProductChanges changes;
                if (fields.title != product.title)
                    changes.title = fields.title;
                if (fields.price != product.price)
                    changes.price = fields.price;
                if (changes.isEmpty()) {
                    dialog->saveSucceeded(); // nothing to write
                    return;
                }
                const qint64 productId = product.id;
                const int id = m_client->send(MainWindow::tr("Could not save the product: %1"),
                                              [productId, changes](ProductWorker *w, int id) {
                                                  w->update(id, productId, changes);
                                              });
                m_productDialogs.insert(id, dialog);
                m_editing.insert(id, product);
            });
    returnFocusOnClose(dialog);
    dialog->open();
}

void ProductEditController::bulkEdit(const QList<Product> &selected)
{
    QList<qint64> ids;
    ids.reserve(selected.size());
    for (const Product &p : selected)
        ids.append(p.id);
    auto *dialog = new BulkEditDialog(int(ids.size()), m_model->locale(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BulkEditDialog::saveRequested, this,
            [this, dialog, ids, selected](const ProductChanges &changes) {
                const int id = m_client->send(MainWindow::tr("Could not update the products: %1"),
                                              [ids, changes](ProductWorker *w, int id) {
                                                  w->bulkUpdate(id, ids, changes);
                                              });
                m_bulkDialogs.insert(id, dialog);
                m_bulkEditing.insert(id, selected);
                m_bulkChanges.insert(id, changes);
            });
    returnFocusOnClose(dialog);
    dialog->open();
}

bool ProductEditController::dialogSaveFailed(int requestId, const Error &error)
{
    if (auto dialog = m_productDialogs.take(requestId)) {
        dialog->saveFailed(error);
        if (error.kind == ErrorKind::NotFound) {
            // Deleted by another window or program: the list still shows it, so refresh it.
            emit this->error(MainWindow::tr("The product no longer exists: another window or "
                                            "program deleted it. The list was reloaded."));
            m_list->reload();
        }
        return true;
    }
    if (auto dialog = m_bulkDialogs.take(requestId)) {
        dialog->saveFailed(error);
        return true;
    }
    return false;
}

void ProductEditController::failed(int requestId)
{
    m_editing.remove(requestId);
    m_bulkEditing.remove(requestId);
    m_bulkChanges.remove(requestId);
}

} // namespace pm
