#pragma once

#include "core/result.h"
#include "db/database.h"
#include "products/product.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

namespace pm {

class Clock;
class ProductRepository;

/// What an import did, for the report the user sees.
struct ImportSummary
{
    QString path;
    int accepted = 0; ///< rows inserted
    int rejected = 0; ///< rows refused by the rules
    QStringList rejections; ///< "line N: reason", at most a few hundred
    bool cancelled = false; ///< the user cancelled; nothing was inserted
};

/// The database side of the window. Lives on a worker thread: the Database connection is
/// opened IN that thread by open() and never touched elsewhere. The UI thread invokes the
/// request slots queued (QMetaObject::invokeMethod with this object as context) and gets
/// the answers back through queued signals that carry its request id; every failure comes
/// back as failed(requestId, error). Each request calls one object (today the repository,
/// later a ProductService), so the worker stays thin.
class ProductWorker : public QObject
{
    Q_OBJECT
public:
    explicit ProductWorker(const Clock &clock, QObject *parent = nullptr);
    ~ProductWorker() override;

    /// Registers the metatypes the queued signals carry. Called by the constructor.
    static void registerMetaTypes();

    /// Thread-safe: asks the import or seed with this request id to stop (it rolls back),
    /// even if it has not started yet. Call directly, not queued.
    void cancel(int requestId) { m_cancel = requestId; }

    // Requests: run in the worker thread.
    /// Opens the database; when it did not exist before and is empty, seeds `seedIfNew` rows.
    void open(int requestId, const pm::DatabaseConfig &config, int seedIfNew);
    void loadList(int requestId);
    void create(int requestId, const pm::ProductFields &fields);
    void update(int requestId, qint64 id, const pm::ProductChanges &changes);
    void bulkUpdate(int requestId, const QList<qint64> &ids, const pm::ProductChanges &changes);
    void remove(int requestId, const QList<qint64> &ids);
    void restore(int requestId, const QList<pm::Product> &products);
    void importFile(int requestId, const QString &path);
    void seed(int requestId, int count);

signals:
    /// `seeded` is the number of demo rows added because the database was new.
    void opened(int requestId, const QString &redactedUrl, int seeded);
    void listLoaded(int requestId, const QList<pm::Product> &products);
    void created(int requestId, const pm::Product &product);
    void updated(int requestId, const pm::Product &product);
    void bulkUpdated(int requestId, int affected);
    void removed(int requestId, const QList<qint64> &ids, int count);
    void restored(int requestId, int count);
    /// Progress of a long write (import, seed): rows done of total.
    void progressed(int requestId, int done, int total);
    void imported(int requestId, const pm::ImportSummary &summary);
    /// `cancelled`: the user stopped it and nothing was added.
    void seeded(int requestId, int count, bool cancelled);
    void failed(int requestId, const pm::Error &error);

private:
    bool ensureOpen(int requestId);

    const Clock &m_clock;
    std::unique_ptr<Database> m_db;
    ProductRepository *m_repository = nullptr; // child of this
    bool isCancelled(int requestId) const { return m_cancel.load() == requestId; }

    std::atomic_int m_cancel = 0; // request id of the import or seed to cancel
};

} // namespace pm

Q_DECLARE_METATYPE(pm::ImportSummary)
Q_DECLARE_METATYPE(pm::ProductFields)
Q_DECLARE_METATYPE(pm::ProductChanges)
Q_DECLARE_METATYPE(pm::DatabaseConfig)
