#pragma once

#include "core/result.h"
#include "products/product.h"
#include "products/producthooks.h"

#include <QList>
#include <QObject>

#include <functional>
#include <optional>

namespace pm {

class Clock;
class Database;

/// A committed multi-row write, handed to the batch invalidator.
struct BatchWrite
{
    QString write; ///< "bulk_update", "delete_many", "import", "seed", "undo"
    QList<qint64> ids; ///< the rows touched, when known (empty for inserts)
    int count = 0;
    qint64 listVersion = 0; ///< the version after the commit
};

/// One state of the catalogue's list: the version every write bumps, and the random stamp
/// every write replaces in the same statement. A list cached for one state is served only
/// to readers that see exactly that state (docs/cache-semantics.md).
struct ListState
{
    qint64 version = 0;
    qint64 stamp = 0;
    /// The catalogue's random identity (catalogueId()), read by the same statement so that a
    /// hit in a fresh process needs one read, not two. -1 when the database lacks it.
    qint64 catalogueId = -1;
};

/// Watches one long list read (so that a million products show their first rows at once).
/// Called on the reading thread, during the read; both callbacks are optional.
struct ListReadObserver
{
    /// The first `firstRowCount` rows, newest first, once read (not called for shorter lists).
    std::function<void(const QList<Product> &rows)> firstRows;
    /// Rows read so far, every `progressEvery` rows and once at the end; `total` is the
    /// final count at the end and -1 before (counting first would cost a second scan).
    std::function<void(qint64 done, qint64 total)> progress;
    int firstRowCount = 200;
    int progressEvery = 50000;
};

/// Every product write and read, as prepared SQL with bound values. Multi-row writes run in
/// one transaction: all or nothing. Every write also bumps `list_version` in the same
/// transaction, so a cached list keyed by that version can never be served after the commit.
///
/// Signals are emitted only after a successful commit (the equivalent of Django's post_save /
/// post_delete); nothing is emitted for a rolled-back write.
class ProductRepository : public QObject
{
    Q_OBJECT
public:
    ProductRepository(Database &db, const Clock &clock, QObject *parent = nullptr);

    Result<Product> create(const ProductFields &fields);
    /// Updates one product; bumps `updated` (even when changes is empty: a "touch").
    /// NotFound if the id does not exist.
    Result<Product> update(qint64 id, const ProductChanges &changes);
    /// One UPDATE … WHERE id IN (…) for the whole set (chunked by 900 ids, still one
    /// transaction); bumps `updated`; returns the affected count. Unknown and duplicate ids
    /// are ignored; when nothing matches, nothing is written or emitted.
    Result<int> bulkUpdate(const QList<qint64> &ids, const ProductChanges &changes);
    /// Returns false if there was nothing to delete (nothing is then emitted).
    Result<bool> remove(qint64 id);
    /// Returns the number of rows removed; productsDeleted carries the ids really removed.
    Result<int> removeMany(const QList<qint64> &ids);
    /// Inserts many (import, seed) in one transaction; returns the count inserted.
    /// progress(done, total) is called every ~500 rows and at the end; returning false
    /// cancels: everything is rolled back, nothing is emitted and the result is 0.
    /// Titles are trimmed and checked first (InvalidInput naming the row, nothing written);
    /// the price range is the database's CHECK: a bad price fails the whole batch too.
    /// `insertedIds` (may be null) receives the new ids in row order, for an Undo that removes
    /// exactly these rows; asking for them adds RETURNING id to the inserts.
    Result<int> insertMany(const QList<ProductFields> &rows,
                           const std::function<bool(int done, int total)> &progress = {},
                           const QString &write = QStringLiteral("import"),
                           QList<qint64> *insertedIds = nullptr);
    /// Re-inserts deleted products with their ids and timestamps (Undo of a delete).
    /// All or nothing: an id that exists again fails the whole restore with InvalidInput.
    Result<int> restore(const QList<Product> &products);
    /// Puts back the title and price of each product (Undo of a bulk edit), in one
    /// transaction; `updated` is bumped, `created` kept. All or nothing: if any of the ids no
    /// longer exists, nothing is written and the error is NotFound.
    Result<int> restoreFields(const QList<Product> &products);

    Result<std::optional<Product>> find(qint64 id);
    /// All products, newest first (created DESC, id DESC). `observer` (may be null) is told
    /// of the first rows and the progress of the one query; without it the read is unchanged.
    Result<QList<Product>> list(const ListReadObserver *observer = nullptr);
    Result<qint64> count();
    /// The current list version: bumped in the same transaction as every write.
    Result<qint64> listVersion();
    /// The current list version, stamp and catalogue id, in one O(1) read (the probe of every
    /// cache hit).
    Result<ListState> listState();
    /// The random identity of this catalogue, fixed when its schema was created.
    Result<qint64> catalogueId();
    /// The version this repository's last commit produced (0 before any write).
    qint64 lastCommittedListVersion() const { return m_lastCommittedVersion; }

    /// Lifecycle hooks of per-row writes (create, update, delete one), django-lifecycle style:
    /// Before* run inside the transaction before the statement, After* after the commit.
    ProductHooks &hooks() { return m_hooks; }
    /// The batch path's own invalidation, like the tutorial's CustomQuerySet.update(): called
    /// after the commit of bulkUpdate, removeMany, insertMany and restore, which bypass the
    /// per-row signals and hooks. Runs before the batch signals.
    void setBatchInvalidator(std::function<void(const BatchWrite &)> invalidator)
    {
        m_batchInvalidator = std::move(invalidator);
    }

signals:
    void productCreated(const pm::Product &product);
    void productUpdated(const pm::Product &product);
    void productsBulkUpdated(const QList<qint64> &ids, int affected);
    /// A single product was deleted through remove() (Django's post_delete).
    void productDeleted(qint64 id);
    /// Products were deleted (by remove() or removeMany()).
    void productsDeleted(const QList<qint64> &ids);
    void productsInserted(int count); // insertMany and restore
    /// Any committed write, after the specific signal. listVersion is the new version.
    void productsChanged(qint64 listVersion);

private:
    void afterBatchCommit(const QString &write, const QList<qint64> &ids, int count,
                          qint64 version);
    bool hasHooks(std::initializer_list<LifecycleMoment> moments) const;

    Database &m_db;
    const Clock &m_clock;
    ProductHooks m_hooks;
    std::function<void(const BatchWrite &)> m_batchInvalidator;
    qint64 m_lastCommittedVersion = 0;
};

} // namespace pm
