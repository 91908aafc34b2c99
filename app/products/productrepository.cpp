#include "products/productrepository.h"

#include "core/clock.h"
#include "core/logging.h"
#include "db/database.h"
#include "products/titlearena.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

#include <sqlite3.h>

namespace pm {

namespace {

// SQLite's historic limit is 999 bound variables per statement; stay well below it.
constexpr int IdChunk = 900;
// Rows per multi-row INSERT: 4–5 values each, still under the limit; one prepared statement
// is reused for every full chunk.
constexpr int InsertChunk = 150;
constexpr int ProgressEvery = 500;

const QString kColumns = QStringLiteral("id, title, price_cents, created_ms, updated_ms");

Product readProduct(const QSqlQuery &q)
{
    Product p;
    p.id = q.value(0).toLongLong();
    p.title = q.value(1).toString();
    p.price = Money(q.value(2).toLongLong());
    p.createdMs = q.value(3).toLongLong();
    p.updatedMs = q.value(4).toLongLong();
    return p;
}

QString placeholders(int n, const QString &one = QStringLiteral("?"))
{
    QString s;
    s.reserve(n * (one.size() + 2));
    for (int i = 0; i < n; ++i) {
        if (i)
            s += QStringLiteral(", ");
        s += one;
    }
    return s;
}

QList<qint64> unique(const QList<qint64> &ids)
{
    QList<qint64> out;
    out.reserve(ids.size());
    QSet<qint64> seen;
    seen.reserve(ids.size());
    for (qint64 id : ids) {
        if (!seen.contains(id)) {
            seen.insert(id);
            out.append(id);
        }
    }
    return out;
}

Result<void> checkPrice(Money price)
{
    if (price.cents() < 0 || price.cents() > Money::MaxCents)
        return Error(ErrorKind::InvalidInput,
                     QCoreApplication::translate("pm::ProductRepository",
                                                 "The price is outside 0.00–99,999,999.99."),
                     QStringLiteral("price"));
    return {};
}

/// A write transaction that rolls back unless committed, and bumps list_version in the same
/// transaction before committing.
class WriteScope
{
public:
    explicit WriteScope(Database &db)
        : m_db(db)
    { }
    ~WriteScope()
    {
        if (m_open)
            m_db.rollback();
    }
    WriteScope(const WriteScope &) = delete;
    WriteScope &operator=(const WriteScope &) = delete;

    Result<void> begin()
    {
        auto r = m_db.beginWrite();
        m_open = r.ok();
        return r;
    }

    /// Bumps list_version, replaces list_stamp, and commits; returns the new version.
    Result<qint64> commit()
    {
        qint64 version = -1;
        const qint64 stamp = qint64(QRandomGenerator::system()->generate64() >> 1);
        auto r = m_db.select(
                QStringLiteral("UPDATE meta SET value = CASE WHEN key = 'list_version' "
                               "THEN value + 1 ELSE ? END "
                               "WHERE key IN ('list_version', 'list_stamp') RETURNING key, value"),
                {stamp}, [&version](const QSqlQuery &q) {
                    if (q.value(0).toString() == QLatin1String("list_version"))
                        version = q.value(1).toLongLong();
                });
        if (!r)
            return r.error();
        if (version < 0)
            return Error(ErrorKind::Corrupt,
                         ProductRepository::tr("The list version is missing from the database."));
        if (auto c = m_db.commit(); !c) {
            m_open = false; // commit() already rolled back
            return c.error();
        }
        m_open = false;
        return version;
    }

private:
    Database &m_db;
    bool m_open = false;
};

} // namespace

ProductRepository::ProductRepository(Database &db, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
{ }

Result<Product> ProductRepository::create(const ProductFields &fields)
{
    auto title = ProductRules::validateTitle(fields.title);
    if (!title)
        return title.error();
    if (auto r = checkPrice(fields.price); !r)
        return r.error();

    WriteScope tx(m_db);
    if (auto r = tx.begin(); !r)
        return r.error();
    const qint64 now = m_clock.nowMs();
    Product product;
    if (hasHooks({LifecycleMoment::BeforeCreate, LifecycleMoment::BeforeSave})) {
        const Product pending{0, title.value(), fields.price, now, now};
        m_hooks.run(LifecycleMoment::BeforeCreate, pending);
        m_hooks.run(LifecycleMoment::BeforeSave, pending);
    }
    auto r = m_db.select(QStringLiteral("INSERT INTO products (title, price_cents, created_ms, "
                                        "updated_ms) VALUES (?, ?, ?, ?) RETURNING ")
                                 + kColumns,
                         {title.value(), fields.price.cents(), now, now},
                         [&product](const QSqlQuery &q) { product = readProduct(q); });
    if (!r)
        return r.error();
    auto version = tx.commit();
    if (!version)
        return version.error();
    qCDebug(lcProducts) << "created product" << product.id;
    m_lastCommittedVersion = version.value();
    emit productCreated(product);
    m_hooks.run(LifecycleMoment::AfterCreate, product);
    m_hooks.run(LifecycleMoment::AfterSave, product);
    emit productsChanged(version.value());
    return product;
}

Result<Product> ProductRepository::update(qint64 id, const ProductChanges &changes)
{
    QStringList sets;
    QVariantList bound;
    if (changes.title) {
        auto title = ProductRules::validateTitle(*changes.title);
        if (!title)
            return title.error();
        sets << QStringLiteral("title = ?");
        bound << title.value();
    }
    if (changes.price) {
        if (auto r = checkPrice(*changes.price); !r)
            return r.error();
        sets << QStringLiteral("price_cents = ?");
        bound << changes.price->cents();
    }
    sets << QStringLiteral("updated_ms = ?");
    bound << m_clock.nowMs() << id;

    WriteScope tx(m_db);
    if (auto r = tx.begin(); !r)
        return r.error();
    if (hasHooks({LifecycleMoment::BeforeUpdate, LifecycleMoment::BeforeSave})) {
        // Before-hooks see the product as it will be saved.
        auto current = find(id);
        if (!current)
            return current.error();
        if (!current.value())
            return Error(ErrorKind::NotFound, tr("Product %1 does not exist.").arg(id));
        Product pending = *current.value();
        if (changes.title)
            pending.title = changes.title->trimmed();
        if (changes.price)
            pending.price = *changes.price;
        pending.updatedMs = bound.at(bound.size() - 2).toLongLong();
        m_hooks.run(LifecycleMoment::BeforeUpdate, pending);
        m_hooks.run(LifecycleMoment::BeforeSave, pending);
    }
    std::optional<Product> product;
    auto r = m_db.select(QStringLiteral("UPDATE products SET %1 WHERE id = ? RETURNING %2")
                                 .arg(sets.join(QStringLiteral(", ")), kColumns),
                         bound, [&product](const QSqlQuery &q) { product = readProduct(q); });
    if (!r)
        return r.error();
    if (!product)
        return Error(ErrorKind::NotFound, tr("Product %1 does not exist.").arg(id));
    auto version = tx.commit();
    if (!version)
        return version.error();
    m_lastCommittedVersion = version.value();
    emit productUpdated(*product);
    m_hooks.run(LifecycleMoment::AfterUpdate, *product);
    m_hooks.run(LifecycleMoment::AfterSave, *product);
    emit productsChanged(version.value());
    return *product;
}

Result<int> ProductRepository::bulkUpdate(const QList<qint64> &requested,
                                          const ProductChanges &changes)
{
    const QList<qint64> ids = unique(requested);
    if (ids.isEmpty())
        return 0;
    QStringList sets;
    QVariantList head;
    if (changes.title) {
        auto title = ProductRules::validateTitle(*changes.title);
        if (!title)
            return title.error();
        sets << QStringLiteral("title = ?");
        head << title.value();
    }
    if (changes.price) {
        if (auto r = checkPrice(*changes.price); !r)
            return r.error();
        sets << QStringLiteral("price_cents = ?");
        head << changes.price->cents();
    }
    sets << QStringLiteral("updated_ms = ?");
    head << m_clock.nowMs();
    const QString setClause = sets.join(QStringLiteral(", "));

    WriteScope tx(m_db);
    if (auto r = tx.begin(); !r)
        return r.error();
    QList<qint64> updated;
    updated.reserve(ids.size());
    // One statement per chunk of ids (a single one below the variable limit), all in one
    // transaction.
    for (qsizetype start = 0; start < ids.size(); start += IdChunk) {
        const int n = int(std::min<qsizetype>(IdChunk, ids.size() - start));
        QVariantList bound = head;
        for (int i = 0; i < n; ++i)
            bound << ids.at(start + i);
        auto r = m_db.select(
                QStringLiteral("UPDATE products SET %1 WHERE id IN (%2) RETURNING id")
                        .arg(setClause, placeholders(n)),
                bound, [&updated](const QSqlQuery &q) { updated << q.value(0).toLongLong(); });
        if (!r)
            return r.error();
    }
    if (updated.isEmpty())
        return 0; // nothing matched: roll back, nothing to announce
    auto version = tx.commit();
    if (!version)
        return version.error();
    const int affected = int(updated.size());
    afterBatchCommit(QStringLiteral("bulk_update"), updated, affected, version.value());
    emit productsBulkUpdated(updated, affected);
    emit productsChanged(version.value());
    return affected;
}

Result<bool> ProductRepository::remove(qint64 id)
{
    WriteScope tx(m_db);
    if (auto r = tx.begin(); !r)
        return r.error();
    if (hasHooks({LifecycleMoment::BeforeDelete})) {
        auto current = find(id);
        if (!current)
            return current.error();
        if (!current.value())
            return false;
        m_hooks.run(LifecycleMoment::BeforeDelete, *current.value());
    }
    std::optional<Product> removed;
    auto r = m_db.select(
            QStringLiteral("DELETE FROM products WHERE id = ? RETURNING %1").arg(kColumns), {id},
            [&removed](const QSqlQuery &q) { removed = readProduct(q); });
    if (!r)
        return r.error();
    if (!removed)
        return false;
    auto version = tx.commit();
    if (!version)
        return version.error();
    m_lastCommittedVersion = version.value();
    emit productDeleted(id);
    m_hooks.run(LifecycleMoment::AfterDelete, *removed);
    emit productsDeleted({id});
    emit productsChanged(version.value());
    return true;
}

Result<int> ProductRepository::removeMany(const QList<qint64> &requested)
{
    const QList<qint64> ids = unique(requested);
    if (ids.isEmpty())
        return 0;
    WriteScope tx(m_db);
    if (auto r = tx.begin(); !r)
        return r.error();
    QList<qint64> removed;
    for (qsizetype start = 0; start < ids.size(); start += IdChunk) {
        const int n = int(std::min<qsizetype>(IdChunk, ids.size() - start));
        QVariantList bound;
        bound.reserve(n);
        for (int i = 0; i < n; ++i)
            bound << ids.at(start + i);
        auto r = m_db.select(
                QStringLiteral("DELETE FROM products WHERE id IN (%1) RETURNING id")
                        .arg(placeholders(n)),
                bound, [&removed](const QSqlQuery &q) { removed << q.value(0).toLongLong(); });
        if (!r)
            return r.error();
    }
    if (removed.isEmpty())
        return 0;
    auto version = tx.commit();
    if (!version)
        return version.error();
    afterBatchCommit(QStringLiteral("delete_many"), removed, int(removed.size()), version.value());
    emit productsDeleted(removed);
    emit productsChanged(version.value());
    return int(removed.size());
}

namespace {

/// Runs a multi-row INSERT over rows in chunks, reusing one prepared statement for every
/// full chunk. bindRow appends one row's values. Returns false through the Result if
/// progress asked to stop.
template<typename Row, typename BindRow>
Result<bool> insertChunked(Database &db, const QList<Row> &rows, const QString &insertHead,
                           const QString &rowPlaceholder, const BindRow &bindRow,
                           const std::function<bool(int, int)> &progress,
                           QList<qint64> *insertedIds = nullptr)
{
    const int total = int(rows.size());
    // RETURNING id only when asked: the seed of a million rows stays as fast as it was.
    const QString returning = insertedIds ? QStringLiteral(" RETURNING id") : QString();
    std::optional<QSqlQuery> full;
    int done = 0;
    int nextReport = ProgressEvery;
    while (done < total) {
        const int n = std::min(InsertChunk, total - done);
        QVariantList bound;
        bound.reserve(n * 5);
        for (int i = 0; i < n; ++i)
            bindRow(bound, rows.at(done + i));
        const QString sql = insertHead + placeholders(n, rowPlaceholder) + returning;
        Result<int> r = 0;
        std::optional<QSqlQuery> last;
        QSqlQuery *query = nullptr;
        if (n == InsertChunk) {
            if (!full) {
                auto q = db.prepare(sql);
                if (!q)
                    return q.error();
                full = std::move(q.value());
            }
            query = &*full;
        } else {
            auto q = db.prepare(sql);
            if (!q)
                return q.error();
            last = std::move(q.value());
            query = &*last;
        }
        r = db.execPrepared(*query, bound);
        if (!r)
            return r.error();
        if (insertedIds) {
            while (query->next())
                insertedIds->append(query->value(0).toLongLong());
        }
        done += n;
        if (progress && (done >= nextReport || done == total)) {
            nextReport = (done / ProgressEvery + 1) * ProgressEvery;
            if (!progress(done, total))
                return false;
        }
    }
    return true;
}

} // namespace

Result<int> ProductRepository::insertMany(const QList<ProductFields> &rows,
                                          const std::function<bool(int done, int total)> &progress,
                                          const QString &write, QList<qint64> *insertedIds)
{
    if (insertedIds)
        insertedIds->clear();
    if (rows.isEmpty())
        return 0;
    // Titles are checked here to name the row (the schema's own title rule, since schema
    // version 3, would only fail the batch); the price range is the database's CHECK.
    QList<ProductFields> clean;
    clean.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        auto title = ProductRules::validateTitle(rows.at(i).title);
        if (!title)
            return Error(ErrorKind::InvalidInput,
                         tr("Row %1: %2").arg(i + 1).arg(title.error().message),
                         title.error().field);
        clean.append({title.value(), rows.at(i).price});
    }
    WriteScope tx(m_db);
    if (auto r = tx.begin(); !r)
        return r.error();
    const qint64 now = m_clock.nowMs();
    auto r = insertChunked(
            m_db, clean,
            QStringLiteral("INSERT INTO products (title, price_cents, created_ms, updated_ms) "
                           "VALUES "),
            QStringLiteral("(?, ?, ?, ?)"),
            [now](QVariantList &bound, const ProductFields &f) {
                bound << f.title << f.price.cents() << now << now;
            },
            progress, insertedIds);
    if (!r || !r.value()) {
        if (insertedIds)
            insertedIds->clear(); // rolled back: none of them exists
        if (!r)
            return r.error();
        qCInfo(lcProducts) << "insertMany cancelled; rolled back";
        return 0; // the scope rolls back: nothing was inserted
    }
    auto version = tx.commit();
    if (!version)
        return version.error();
    const int count = int(rows.size());
    afterBatchCommit(write, {}, count, version.value());
    emit productsInserted(count);
    emit productsChanged(version.value());
    return count;
}

Result<int> ProductRepository::restore(const QList<Product> &products)
{
    if (products.isEmpty())
        return 0;
    WriteScope tx(m_db);
    if (auto r = tx.begin(); !r)
        return r.error();
    auto r = insertChunked(
            m_db, products,
            QStringLiteral("INSERT INTO products (id, title, price_cents, created_ms, updated_ms) "
                           "VALUES "),
            QStringLiteral("(?, ?, ?, ?, ?)"),
            [](QVariantList &bound, const Product &p) {
                bound << p.id << p.title << p.price.cents() << p.createdMs << p.updatedMs;
            },
            {});
    if (!r)
        return r.error();
    auto version = tx.commit();
    if (!version)
        return version.error();
    const int count = int(products.size());
    QList<qint64> ids;
    ids.reserve(products.size());
    for (const Product &p : products)
        ids << p.id;
    afterBatchCommit(QStringLiteral("undo"), ids, count, version.value());
    emit productsInserted(count);
    emit productsChanged(version.value());
    return count;
}

Result<int> ProductRepository::restoreFields(const QList<Product> &products)
{
    if (products.isEmpty())
        return 0;
    WriteScope tx(m_db);
    if (auto r = tx.begin(); !r)
        return r.error();
    auto q = m_db.prepare(QStringLiteral(
            "UPDATE products SET title = ?, price_cents = ?, updated_ms = ? WHERE id = ?"));
    if (!q)
        return q.error();
    const qint64 now = m_clock.nowMs();
    QList<qint64> ids;
    ids.reserve(products.size());
    for (const Product &p : products) {
        auto r = m_db.execPrepared(q.value(), {p.title, p.price.cents(), now, p.id});
        if (!r)
            return r.error();
        if (r.value() != 1)
            return Error(ErrorKind::NotFound,
                         tr("Product %1 no longer exists; nothing was changed.").arg(p.id));
        ids << p.id;
    }
    auto version = tx.commit();
    if (!version)
        return version.error();
    const int count = int(ids.size());
    afterBatchCommit(QStringLiteral("undo"), ids, count, version.value());
    emit productsBulkUpdated(ids, count);
    emit productsChanged(version.value());
    return count;
}

Result<std::optional<Product>> ProductRepository::find(qint64 id)
{
    std::optional<Product> product;
    auto r = m_db.select(QStringLiteral("SELECT %1 FROM products WHERE id = ?").arg(kColumns), {id},
                         [&product](const QSqlQuery &q) { product = readProduct(q); });
    if (!r)
        return r.error();
    return product;
}

Result<QList<Product>> ProductRepository::list(const ListReadObserver *observer)
{
    QList<Product> products;
    // No index on created_ms: it makes a full sorted load 1.6-2.3x slower from 100k rows up.
    const QString sql = QStringLiteral("SELECT %1 FROM products ORDER BY created_ms DESC, id DESC")
                                .arg(kColumns);
    // One compare per row when nobody watches (next stays -1): no measurable cost.
    qsizetype next = -1;
    bool firstRowsSent = false;
    if (observer) {
        next = observer->firstRowCount > 0 ? observer->firstRowCount
                                           : std::max(1, observer->progressEvery);
        if (!observer->firstRows || observer->firstRowCount <= 0)
            firstRowsSent = true;
    }
    const auto report = [&] {
        const qsizetype done = products.size();
        if (!firstRowsSent && done >= observer->firstRowCount) {
            firstRowsSent = true;
            observer->firstRows(products.mid(0, observer->firstRowCount));
        }
        if (observer->progress && observer->progressEvery > 0
            && done % observer->progressEvery == 0)
            observer->progress(done, -1);
        // The next multiple of progressEvery (or the first-rows mark, if it is sooner).
        const qsizetype every = std::max(1, observer->progressEvery);
        next = (done / every + 1) * every;
        if (!firstRowsSent)
            next = std::min<qsizetype>(next, observer->firstRowCount);
    };
    Result<int> r = 0;
    if (m_db.hasSqliteHandle()) {
        // The C API: Qt's QVariant per value roughly doubles the cost of a full load. Titles
        // share blocks (TitleArena): no allocation and header per title.
        TitleArena titles;
        r = m_db.selectSqlite(sql, {}, [&](sqlite3_stmt *stmt) {
            Product p;
            p.id = sqlite3_column_int64(stmt, 0);
            p.title = titles.fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 1)),
                                      sqlite3_column_bytes(stmt, 1));
            p.price = Money(sqlite3_column_int64(stmt, 2));
            p.createdMs = sqlite3_column_int64(stmt, 3);
            p.updatedMs = sqlite3_column_int64(stmt, 4);
            products.append(std::move(p));
            if (Q_UNLIKELY(products.size() == next))
                report();
        });
    } else {
        // Forward-only: the fastest Qt path. The PostgreSQL driver fetches the whole result
        // before the first row, so there the first rows come only just before the end.
        r = m_db.select(sql, {}, [&](const QSqlQuery &q) {
            products.append(readProduct(q));
            if (Q_UNLIKELY(products.size() == next))
                report();
        });
    }
    if (!r)
        return r.error();
    products.squeeze(); // the list is held for long (cached): no growth slack
    if (observer && observer->progress)
        observer->progress(products.size(), products.size());
    return products;
}

void ProductRepository::afterBatchCommit(const QString &write, const QList<qint64> &ids, int count,
                                         qint64 version)
{
    m_lastCommittedVersion = version;
    if (m_batchInvalidator)
        m_batchInvalidator(BatchWrite{write, ids, count, version});
}

bool ProductRepository::hasHooks(std::initializer_list<LifecycleMoment> moments) const
{
    for (LifecycleMoment m : moments) {
        if (m_hooks.has(m))
            return true;
    }
    return false;
}

Result<qint64> ProductRepository::count()
{
    qint64 n = 0;
    auto r = m_db.select(QStringLiteral("SELECT count(*) FROM products"), {},
                         [&n](const QSqlQuery &q) { n = q.value(0).toLongLong(); });
    if (!r)
        return r.error();
    return n;
}

Result<qint64> ProductRepository::catalogueId()
{
    qint64 id = -1;
    auto r = m_db.select(QStringLiteral("SELECT value FROM meta WHERE key = 'catalogue_id'"), {},
                         [&id](const QSqlQuery &q) { id = q.value(0).toLongLong(); });
    if (!r)
        return r.error();
    if (id < 0)
        return Error(ErrorKind::Corrupt, tr("The catalogue id is missing from the database."));
    return id;
}

Result<qint64> ProductRepository::listVersion()
{
    auto state = listState();
    if (!state)
        return state.error();
    return state.value().version;
}

Result<ListState> ProductRepository::listState()
{
    // Every cache hit runs this probe. On SQLite (WAL) it is answered from memory while no
    // connection in any process has committed since the last real read (Database::
    // selectInt64PairUntilChanged, WalIndexWatch): a few loads instead of a read transaction.
    // One statement for the three: a hit in a fresh process (the command line) must not pay
    // a second round trip for the catalogue id. Scalar subqueries always give one row, so a
    // missing key reads as the COALESCE fallback instead of hiding the others.
    auto r = m_db.selectInt64RowUntilChanged(
            QStringLiteral("SELECT COALESCE((SELECT value FROM meta WHERE key = 'list_version'), "
                           "-1), COALESCE((SELECT value FROM meta WHERE key = 'list_stamp'), 0), "
                           "COALESCE((SELECT value FROM meta WHERE key = 'catalogue_id'), -1)"),
            -1);
    if (!r)
        return r.error();
    if (r.value()[0] < 0)
        return Error(ErrorKind::Corrupt, tr("The list version is missing from the database."));
    return ListState{r.value()[0], r.value()[1], r.value()[2]};
}

} // namespace pm
