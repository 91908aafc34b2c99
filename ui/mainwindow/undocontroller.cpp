#include "mainwindow/undocontroller.h"

#include "core/logging.h"
#include "products/productseeder.h"
#include "worker/productworker.h"

#include <QAction>
#include <QIcon>
#include <QUndoCommand>
#include <QUndoStack>

#include <utility>

namespace pm {

/// One recorded write. QUndoStack calls undo()/redo(); they only send the request: the
/// answer comes back later through UndoController::answered() or failed().
class WriteCommand : public QUndoCommand
{
public:
    using Call = std::function<void(ProductWorker *, int)>;

    WriteCommand(UndoController *controller, const QString &description)
        : m_controller(controller)
    {
        setText(description);
    }

    void undo() override
    {
        if (!m_silent)
            m_controller->dispatch(this, true);
    }
    void redo() override
    {
        // push() calls redo() at once, but the write already happened.
        if (std::exchange(m_pushed, false) || m_silent)
            return;
        m_controller->dispatch(this, false);
    }

    /// The worker call that undoes (or redoes) the write.
    virtual Call call(bool undo) const = 0;
    /// The answer arrived; false when nothing was left to apply it to (the rows are gone).
    virtual bool answered(bool undo, const QList<qint64> &insertedIds, int count)
    {
        Q_UNUSED(undo);
        Q_UNUSED(insertedIds);
        Q_UNUSED(count);
        return true;
    }
    /// The rows to select once applied.
    virtual QList<qint64> selection(bool undo) const
    {
        Q_UNUSED(undo);
        return {};
    }

    bool m_silent = false; // moved over without a request (a reverted or dropped step)

private:
    UndoController *m_controller;
    bool m_pushed = true;
};

namespace {

QList<qint64> idsOf(const QList<Product> &products)
{
    QList<qint64> ids;
    ids.reserve(products.size());
    for (const Product &p : products)
        ids << p.id;
    return ids;
}

/// Create ↔ remove by id; redo restores the same row (id and timestamps), so later steps
/// that name this id still apply.
class CreateCommand final : public WriteCommand
{
public:
    CreateCommand(UndoController *c, const Product &product)
        : WriteCommand(c, UndoController::tr("creation of “%1”").arg(product.title))
        , m_product(product)
    { }
    Call call(bool undo) const override
    {
        const Product p = m_product;
        if (undo)
            return [p](ProductWorker *w, int id) {
                w->remove(id, {p.id});
            };
        return [p](ProductWorker *w, int id) {
            w->restore(id, {p});
        };
    }
    bool answered(bool undo, const QList<qint64> &, int count) override
    {
        return !undo || count > 0;
    }
    QList<qint64> selection(bool undo) const override
    {
        return undo ? QList<qint64>() : QList<qint64>{m_product.id};
    }

private:
    Product m_product;
};

/// Edit ↔ edit back to the previous title and price (`created` is never touched by an edit).
class EditCommand final : public WriteCommand
{
public:
    EditCommand(UndoController *c, const Product &before, const Product &after)
        : WriteCommand(c, UndoController::tr("edit of “%1”").arg(before.title))
        , m_before(before)
        , m_after(after)
    { }
    Call call(bool undo) const override
    {
        const Product &target = undo ? m_before : m_after;
        ProductChanges changes;
        changes.title = target.title;
        changes.price = target.price;
        const qint64 productId = target.id;
        return [productId, changes](ProductWorker *w, int id) {
            w->update(id, productId, changes);
        };
    }
    QList<qint64> selection(bool) const override { return {m_before.id}; }

private:
    Product m_before;
    Product m_after;
};

/// Bulk edit ↔ the previous title and price of each of those ids put back.
class BulkEditCommand final : public WriteCommand
{
public:
    BulkEditCommand(UndoController *c, const QList<Product> &before, const ProductChanges &changes)
        : WriteCommand(c, UndoController::tr("edit of %Ln product(s)", nullptr, int(before.size())))
        , m_before(before)
        , m_changes(changes)
    { }
    Call call(bool undo) const override
    {
        if (undo) {
            const QList<Product> before = m_before;
            return [before](ProductWorker *w, int id) {
                w->restoreFields(id, before);
            };
        }
        const QList<qint64> ids = idsOf(m_before);
        const ProductChanges changes = m_changes;
        return [ids, changes](ProductWorker *w, int id) {
            w->bulkUpdate(id, ids, changes);
        };
    }
    bool answered(bool, const QList<qint64> &, int count) override { return count != 0; }
    QList<qint64> selection(bool) const override { return idsOf(m_before); }

private:
    QList<Product> m_before;
    ProductChanges m_changes;
};

/// Delete ↔ restore with the same ids and timestamps.
class DeleteCommand final : public WriteCommand
{
public:
    DeleteCommand(UndoController *c, const QList<Product> &products)
        : WriteCommand(c,
                       products.size() == 1
                               ? UndoController::tr("delete of “%1”").arg(products.first().title)
                               : UndoController::tr("delete of %Ln product(s)", nullptr,
                                                    int(products.size())))
        , m_products(products)
    { }
    Call call(bool undo) const override
    {
        if (undo) {
            const QList<Product> products = m_products;
            return [products](ProductWorker *w, int id) {
                w->restore(id, products);
            };
        }
        const QList<qint64> ids = idsOf(m_products);
        return [ids](ProductWorker *w, int id) {
            w->remove(id, ids);
        };
    }
    bool answered(bool undo, const QList<qint64> &, int count) override
    {
        return undo || count > 0;
    }
    QList<qint64> selection(bool undo) const override
    {
        return undo ? idsOf(m_products) : QList<qint64>();
    }

private:
    QList<Product> m_products;
};

/// Import or seed ↔ remove the inserted ids; redo inserts the same rows again (new ids).
class InsertCommand final : public WriteCommand
{
public:
    InsertCommand(UndoController *c, const QString &description, const QList<qint64> &ids,
                  const QList<ProductFields> &rows, int seedCount)
        : WriteCommand(c, description)
        , m_ids(ids)
        , m_rows(rows)
        , m_seedCount(seedCount)
    { }
    Call call(bool undo) const override
    {
        if (undo) {
            const QList<qint64> ids = m_ids;
            return [ids](ProductWorker *w, int id) {
                w->remove(id, ids);
            };
        }
        if (m_seedCount > 0) {
            const int count = m_seedCount;
            // Runs on the worker thread: the deterministic generator gives the same rows.
            return [count](ProductWorker *w, int id) {
                w->insertRows(id, ProductSeeder::generate(count), QStringLiteral("seed"));
            };
        }
        const QList<ProductFields> rows = m_rows;
        return [rows](ProductWorker *w, int id) {
            w->insertRows(id, rows, QStringLiteral("import"));
        };
    }
    bool answered(bool undo, const QList<qint64> &insertedIds, int count) override
    {
        if (undo)
            return count > 0;
        m_ids = insertedIds;
        return true;
    }

private:
    QList<qint64> m_ids;
    QList<ProductFields> m_rows;
    int m_seedCount;
};

} // namespace

UndoController::UndoController(Send send, QObject *parent)
    : QObject(parent)
    , m_send(std::move(send))
    , m_stack(new QUndoStack(this))
    , m_undoAction(new QAction(QIcon::fromTheme(QStringLiteral("edit-undo")), tr("&Undo"), this))
    , m_redoAction(new QAction(QIcon::fromTheme(QStringLiteral("edit-redo")), tr("&Redo"), this))
{
    m_stack->setObjectName(QStringLiteral("undoStack"));
    m_stack->setUndoLimit(100); // an import step holds its rows: keep the history bounded
    m_undoAction->setObjectName(QStringLiteral("actionUndo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    connect(m_undoAction, &QAction::triggered, this, &UndoController::undo);
    m_redoAction->setObjectName(QStringLiteral("actionRedo"));
    // Ctrl+Shift+Z (the desktop's Redo) and Ctrl+Y (what Windows users type).
    m_redoAction->setShortcuts(
            {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    connect(m_redoAction, &QAction::triggered, this, &UndoController::redo);
    connect(m_stack, &QUndoStack::indexChanged, this, &UndoController::updateActions);
    updateActions();
}

UndoController::~UndoController()
{
    qDeleteAll(m_deferred);
}

void UndoController::setReady(bool ready)
{
    m_ready = ready;
    updateActions();
}

void UndoController::clear()
{
    // An answer still on its way belongs to the old catalogue: ignore it.
    m_request = 0;
    m_command = nullptr;
    qDeleteAll(std::exchange(m_deferred, {}));
    m_stack->clear();
    updateActions();
}

void UndoController::push(WriteCommand *command)
{
    // A push drops the redo side of the stack, which holds the command of an undo in flight:
    // wait for its answer.
    if (isBusy()) {
        m_deferred.append(command);
        return;
    }
    m_stack->push(command); // redo() is skipped: the write already happened
    updateActions();
}

void UndoController::pushDeferred()
{
    for (WriteCommand *command : std::exchange(m_deferred, {}))
        m_stack->push(command);
    updateActions();
}

void UndoController::recordCreate(const Product &created)
{
    push(new CreateCommand(this, created));
}

void UndoController::recordEdit(const Product &before, const Product &after)
{
    push(new EditCommand(this, before, after));
}

void UndoController::recordBulkEdit(const QList<Product> &before, const ProductChanges &changes)
{
    if (!before.isEmpty())
        push(new BulkEditCommand(this, before, changes));
}

void UndoController::recordDelete(const QList<Product> &deleted)
{
    if (!deleted.isEmpty())
        push(new DeleteCommand(this, deleted));
}

void UndoController::recordImport(const QList<qint64> &ids, const QList<ProductFields> &rows)
{
    if (ids.isEmpty())
        return;
    push(new InsertCommand(this, tr("import of %Ln product(s)", nullptr, int(ids.size())), ids,
                           rows, 0));
}

void UndoController::recordSeed(const QList<qint64> &ids, int count)
{
    if (ids.isEmpty())
        return;
    push(new InsertCommand(this, tr("adding %Ln demo product(s)", nullptr, int(ids.size())), ids,
                           {}, count));
}

void UndoController::undo()
{
    if (!m_ready || isBusy() || !m_stack->canUndo())
        return;
    m_stack->undo(); // → dispatch(command, true)
}

void UndoController::redo()
{
    if (!m_ready || isBusy() || !m_stack->canRedo())
        return;
    m_stack->redo(); // → dispatch(command, false)
}

void UndoController::dispatch(WriteCommand *command, bool undo)
{
    const QString failure = undo
            ? tr("Could not undo %1: %2").arg(command->text(), QStringLiteral("%1"))
            : tr("Could not redo %1: %2").arg(command->text(), QStringLiteral("%1"));
    m_command = command;
    m_undoing = undo;
    m_request = m_send(failure, command->call(undo));
    updateActions();
}

bool UndoController::answered(int requestId, const QList<qint64> &insertedIds, int count)
{
    if (requestId == 0 || requestId != m_request)
        return false;
    WriteCommand *command = std::exchange(m_command, nullptr);
    m_request = 0;
    const QString text = command->text();
    const bool undo = m_undoing;
    if (!command->answered(undo, insertedIds, count)) {
        revert(true);
        pushDeferred();
        emit notApplied(
                undo ? tr("Cannot undo %1: the products are no longer in the catalogue (deleted "
                          "elsewhere meanwhile). It was removed from the undo history.")
                                .arg(text)
                     : tr("Cannot redo %1: the products are no longer in the catalogue (deleted "
                          "elsewhere meanwhile). It was removed from the undo history.")
                                .arg(text));
        return true;
    }
    const QList<qint64> select = command->selection(undo);
    pushDeferred();
    emit applied(undo ? tr("Undone: %1.").arg(text) : tr("Redone: %1.").arg(text), select);
    return true;
}

bool UndoController::failed(int requestId, const Error &error)
{
    if (requestId == 0 || requestId != m_request)
        return false;
    WriteCommand *command = std::exchange(m_command, nullptr);
    m_request = 0;
    const QString text = command->text();
    const bool undo = m_undoing;
    // NotFound: a product is gone; InvalidInput: a restored id exists again. Neither gets
    // better by trying again. Anything else (a locked database) may: keep the step.
    const bool drop = error.kind == ErrorKind::NotFound || error.kind == ErrorKind::InvalidInput;
    qCInfo(lcUi) << (undo ? "undo" : "redo") << "failed:" << error.toString()
                 << (drop ? "(dropped)" : "(kept)");
    revert(drop);
    pushDeferred();
    if (drop)
        emit notApplied(undo ? tr("Cannot undo %1: %2 It was removed from the undo history.")
                                        .arg(text, error.message)
                             : tr("Cannot redo %1: %2 It was removed from the undo history.")
                                        .arg(text, error.message));
    else
        emit notApplied(undo ? tr("Could not undo %1: %2").arg(text, error.message)
                             : tr("Could not redo %1: %2").arg(text, error.message));
    return true;
}

void UndoController::revert(bool drop)
{
    // QUndoStack moved its index before the request was sent. Move it back over the command
    // without sending anything; an obsolete command is deleted instead (QUndoStack skips
    // undo()/redo() of an obsolete command and removes it).
    const int at = m_undoing ? m_stack->index() : m_stack->index() - 1;
    auto *command
            = const_cast<WriteCommand *>(static_cast<const WriteCommand *>(m_stack->command(at)));
    if (!command) {
        updateActions();
        return;
    }
    command->m_silent = true;
    if (drop)
        command->setObsolete(true);
    if (m_undoing)
        m_stack->redo();
    else
        m_stack->undo();
    if (!drop)
        command->m_silent = false;
    updateActions();
}

void UndoController::updateActions()
{
    const int index = m_stack->index();
    const QUndoCommand *undoable = index > 0 ? m_stack->command(index - 1) : nullptr;
    const QUndoCommand *redoable = m_stack->command(index);
    m_undoAction->setText(undoable ? tr("&Undo %1").arg(undoable->text()) : tr("&Undo"));
    m_redoAction->setText(redoable ? tr("&Redo %1").arg(redoable->text()) : tr("&Redo"));
    m_undoAction->setEnabled(m_ready && !isBusy() && undoable);
    m_redoAction->setEnabled(m_ready && !isBusy() && redoable);
    m_undoAction->setToolTip(m_undoAction->text().remove(QLatin1Char('&')));
    m_redoAction->setToolTip(m_redoAction->text().remove(QLatin1Char('&')));
}

} // namespace pm
