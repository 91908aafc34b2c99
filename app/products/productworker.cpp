#include "products/productworker.h"

#include "core/clock.h"
#include "core/logging.h"
#include "products/productimporter.h"
#include "products/productrepository.h"
#include "products/productseeder.h"

#include <QFileInfo>

namespace pm {

ProductWorker::ProductWorker(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("productWorker"));
    registerMetaTypes();
}

ProductWorker::~ProductWorker()
{
    // The repository refers to the database: destroy it first, in this (the worker) thread.
    delete m_repository;
    m_repository = nullptr;
    m_db.reset();
}

void ProductWorker::registerMetaTypes()
{
    qRegisterMetaType<pm::Product>();
    qRegisterMetaType<QList<pm::Product>>();
    qRegisterMetaType<QList<qint64>>();
    qRegisterMetaType<pm::Error>();
    qRegisterMetaType<pm::ImportSummary>();
    qRegisterMetaType<pm::ProductFields>();
    qRegisterMetaType<pm::ProductChanges>();
    qRegisterMetaType<pm::DatabaseConfig>();
}

bool ProductWorker::ensureOpen(int requestId)
{
    if (m_repository)
        return true;
    emit failed(requestId, Error(ErrorKind::Unavailable, tr("The database is not open.")));
    return false;
}

void ProductWorker::open(int requestId, const DatabaseConfig &config, int seedIfNew)
{
    delete m_repository;
    m_repository = nullptr;
    m_db.reset();

    const bool isNew
            = config.driver == DatabaseConfig::Driver::Sqlite && !QFileInfo::exists(config.path);
    auto db = Database::open(config);
    if (!db) {
        qCWarning(lcUi) << "cannot open" << config.redactedUrl() << db.error().toString();
        emit failed(requestId, db.error());
        return;
    }
    m_db = std::move(db).value();
    m_repository = new ProductRepository(*m_db, m_clock, this);

    int seededCount = 0;
    if (isNew && seedIfNew > 0) {
        const auto count = m_repository->count();
        if (count && *count == 0) {
            const auto inserted = m_repository->insertMany(ProductSeeder::generate(seedIfNew));
            if (!inserted) {
                emit failed(requestId, inserted.error());
                return;
            }
            seededCount = *inserted;
        }
    }
    emit opened(requestId, config.redactedUrl(), seededCount);
}

void ProductWorker::loadList(int requestId)
{
    if (!ensureOpen(requestId))
        return;
    auto list = m_repository->list();
    if (!list) {
        emit failed(requestId, list.error());
        return;
    }
    emit listLoaded(requestId, *list);
}

void ProductWorker::create(int requestId, const ProductFields &fields)
{
    if (!ensureOpen(requestId))
        return;
    auto product = m_repository->create(fields);
    if (!product) {
        emit failed(requestId, product.error());
        return;
    }
    emit created(requestId, *product);
}

void ProductWorker::update(int requestId, qint64 id, const ProductChanges &changes)
{
    if (!ensureOpen(requestId))
        return;
    auto product = m_repository->update(id, changes);
    if (!product) {
        emit failed(requestId, product.error());
        return;
    }
    emit updated(requestId, *product);
}

void ProductWorker::bulkUpdate(int requestId, const QList<qint64> &ids,
                               const ProductChanges &changes)
{
    if (!ensureOpen(requestId))
        return;
    auto affected = m_repository->bulkUpdate(ids, changes);
    if (!affected) {
        emit failed(requestId, affected.error());
        return;
    }
    emit bulkUpdated(requestId, *affected);
}

void ProductWorker::remove(int requestId, const QList<qint64> &ids)
{
    if (!ensureOpen(requestId))
        return;
    auto count = m_repository->removeMany(ids);
    if (!count) {
        emit failed(requestId, count.error());
        return;
    }
    emit removed(requestId, ids, *count);
}

void ProductWorker::restore(int requestId, const QList<Product> &products)
{
    if (!ensureOpen(requestId))
        return;
    auto count = m_repository->restore(products);
    if (!count) {
        emit failed(requestId, count.error());
        return;
    }
    emit restored(requestId, *count);
}

void ProductWorker::importFile(int requestId, const QString &path)
{
    if (!ensureOpen(requestId))
        return;
    auto parsed = ProductImporter::parseFile(path);
    if (!parsed) {
        emit failed(requestId, parsed.error());
        return;
    }
    ImportSummary summary;
    summary.path = path;
    summary.rejected = int(parsed->rejected.size());
    constexpr int MaxListedRejections = 500; // the report lists the first ones, counts all
    for (const ImportRejection &r : std::as_const(parsed->rejected)) {
        if (summary.rejections.size() >= MaxListedRejections)
            break;
        summary.rejections.append(tr("Row %1: %2").arg(r.row).arg(r.reason));
    }
    if (!parsed->rows.isEmpty()) {
        auto inserted
                = m_repository->insertMany(parsed->rows, [this, requestId](int done, int total) {
                      emit progressed(requestId, done, total);
                      return !isCancelled(requestId);
                  });
        if (!inserted) {
            emit failed(requestId, inserted.error());
            return;
        }
        // A cancelled insertMany rolls back and reports 0 rows.
        summary.cancelled = isCancelled(requestId) && *inserted == 0;
        summary.accepted = *inserted;
    }
    emit imported(requestId, summary);
}

void ProductWorker::seed(int requestId, int count)
{
    if (!ensureOpen(requestId))
        return;
    auto inserted = m_repository->insertMany(ProductSeeder::generate(count),
                                             [this, requestId](int done, int total) {
                                                 emit progressed(requestId, done, total);
                                                 return !isCancelled(requestId);
                                             });
    if (!inserted) {
        emit failed(requestId, inserted.error());
        return;
    }
    emit seeded(requestId, *inserted, isCancelled(requestId) && *inserted == 0);
}

} // namespace pm
