#pragma once

#include "core/result.h"
#include "products/product.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

class QAction;
class QUndoStack;

namespace pm {

class ProductWorker;
class WriteCommand;

/// Undo and Redo of every write of the window (create, edit, bulk edit, delete, import, seed).
///
/// A QUndoStack of commands, each recorded after its write succeeded. Undoing or redoing a
/// command sends the opposite (or the same) write to the worker like any other request, so it
/// goes through the ProductService and invalidates the cached list like any write. One undo or
/// redo runs at a time; the actions are disabled meanwhile. When an undo cannot apply any more
/// (another window or process deleted the product meanwhile), the command is dropped from the
/// history and the user is told; a transient failure (a locked database) keeps it in place.
///
/// The window forwards the worker's answers: answered() and failed() return true for the
/// requests this controller sent.
class UndoController : public QObject
{
    Q_OBJECT
public:
    /// Queues a worker call (the window's send()) and returns its request id.
    using Send = std::function<int(const QString &failureText,
                                   std::function<void(ProductWorker *, int)> call)>;

    explicit UndoController(Send send, QObject *parent = nullptr);
    ~UndoController() override;

    /// Edit ▸ Undo (Ctrl+Z) and Edit ▸ Redo (Ctrl+Shift+Z, Ctrl+Y); their text names the write.
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }
    QUndoStack *stack() const { return m_stack; }

    /// Whether a catalogue is open (the actions are disabled otherwise).
    void setReady(bool ready);
    /// Forgets the history (another catalogue was opened).
    void clear();
    /// True while an undo or redo waits for the worker.
    bool isBusy() const { return m_request != 0; }

    // Writes that succeeded, recorded for undo.
    void recordCreate(const Product &created);
    void recordEdit(const Product &before, const Product &after);
    void recordBulkEdit(const QList<Product> &before, const ProductChanges &changes);
    void recordDelete(const QList<Product> &deleted);
    void recordImport(const QList<qint64> &ids, const QList<ProductFields> &rows);
    void recordSeed(const QList<qint64> &ids, int count);

    void undo();
    void redo();

    /// A successful answer from the worker. `insertedIds`: the new ids of a redone insert;
    /// `count`: rows removed or restored, -1 if the answer carries none.
    bool answered(int requestId, const QList<qint64> &insertedIds = {}, int count = -1);
    bool failed(int requestId, const pm::Error &error);

signals:
    /// An undo or redo was applied: show `message`, reload, and select `selectIds`.
    void applied(const QString &message, const QList<qint64> &selectIds);
    /// It was not: show `message` as an error and reload (the list may have changed).
    void notApplied(const QString &message);

private:
    friend class WriteCommand;
    /// Called by a command's undo()/redo() (inside QUndoStack::undo()/redo()).
    void dispatch(WriteCommand *command, bool undo);
    /// Moves the stack back over a command whose undo/redo did not apply; `drop` removes it.
    void revert(bool drop);
    void push(WriteCommand *command);
    void pushDeferred();
    void updateActions();

    Send m_send;
    QUndoStack *m_stack;
    QAction *m_undoAction;
    QAction *m_redoAction;
    bool m_ready = false;
    int m_request = 0; // the undo or redo in flight, 0 if none
    WriteCommand *m_command = nullptr; // its command
    bool m_undoing = false; // whether it is an undo
    QList<WriteCommand *> m_deferred; // recorded while an undo or redo was in flight
};

} // namespace pm
