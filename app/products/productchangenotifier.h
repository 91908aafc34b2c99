#pragma once

#include "core/result.h"
#include "redis/redissubscriber.h"

#include <QByteArray>
#include <QObject>
#include <QSqlDriver>

#include <atomic>
#include <memory>
#include <optional>

class QTimer;

namespace pm {

class Cache;
class Database;
class ProductRepository;
class RedisConnection;

/// How a ProductChangeNotifier learns of other instances' writes.
enum class ChangeTransport {
    Auto, ///< Redis if the cache URL is redis:// or unix://, else PostgreSQL, else Poll
    Redis, ///< Redis pub/sub on "<keyPrefix>:pm:<db>:products"
    Postgres, ///< PostgreSQL LISTEN/NOTIFY on "pm_products_changed"
    Poll, ///< the fallback: read list_version on a timer
};

struct ProductChangeNotifierOptions
{
    ChangeTransport transport = ChangeTransport::Auto;
    /// The cache URL the product list goes through (memory://, redis://, unix://).
    QString cacheUrl;
    /// The cache's key prefix: the Redis channel lives inside the same namespace.
    QByteArray keyPrefix;
    /// How often the fallback (and a degraded Redis transport) reads list_version.
    int pollIntervalMs = 1000;
    RedisSubscriberOptions subscriber;
    /// This instance's cache, or null. When it is not shared (a memory cache), the list
    /// entries that another instance's write superseded are removed from it at once; they
    /// could never be read again (their version is gone) but would hold memory until evicted.
    /// A Redis cache is shared: the writer already removed them there.
    Cache *localCache = nullptr;
    /// False for a writer that only tells others (productmanager-cli): no subscription, no
    /// LISTEN, no poll; publishChange() still publishes on the transport Auto picks.
    bool listen = true;
};

/**
 * Tells other running instances that the catalogue changed, and tells this one when they did.
 *
 * After every committed write (ProductRepository::productsChanged) it publishes
 * {instance id, catalogue id, list version}; the instance id is a random token per notifier, so
 * an instance ignores its own messages, and the catalogue id (meta.catalogue_id) lets it ignore
 * another catalogue's (a second database whose instances share our Redis prefix). A message is
 * only a hint that something changed: on a message from another instance of our catalogue the
 * notifier reads the real list_version from the database and emits remoteChange() on its own
 * thread when that is newer than the newest it knows. The number in a message is never
 * trusted, so a forged or foreign PUBLISH (a huge version) cannot make this instance believe it
 * is already newer and ignore later real changes.
 *
 * Transports, chosen by ChangeTransport::Auto in this order:
 *  - Redis pub/sub when the cache is Redis (RedisSubscriber on its own thread, PUBLISH on a
 *    RedisConnection of our own);
 *  - PostgreSQL LISTEN/NOTIFY when the database is PostgreSQL (pg_notify right after the
 *    commit, on the repository's connection; notifications arrive through that connection's
 *    event loop);
 *  - otherwise (memory cache and SQLite) the fallback: one O(1) read of list_version every
 *    pollIntervalMs. It is also what a Redis transport degrades to while its subscription is
 *    down, until it is back (then one immediate check catches what was missed).
 *
 * None of this is needed for correctness: every list load checks list_version anyway (see
 * ProductService). The notifier only makes other windows refresh at once instead of on their
 * next load.
 *
 * Threading: lives on the thread that owns the repository and its Database connection (the
 * window's worker), like them, and emits its signals there. isDegraded() and
 * knownListVersion() may be read from any thread; everything else belongs to that thread.
 */
class ProductChangeNotifier : public QObject
{
    Q_OBJECT
public:
    struct Stats
    {
        quint64 published = 0; ///< change messages sent
        quint64 publishFailures = 0;
        quint64 received = 0; ///< messages from other instances of our catalogue
        quint64 ignoredOwn = 0; ///< our own messages coming back
        quint64 ignoredForeign = 0; ///< messages of another catalogue (or of none)
        quint64 ignoredOld = 0; ///< messages after which list_version had not moved
        quint64 messageChecks = 0; ///< list_version reads a message asked for (not polls)
        quint64 malformed = 0;
        quint64 polls = 0; ///< list_version reads
        quint64 remoteChanges = 0; ///< remoteChange() emissions
        quint64 droppedEntries = 0; ///< superseded list entries removed from localCache
    };

    static inline const QString PostgresChannel = QStringLiteral("pm_products_changed");

    ProductChangeNotifier(ProductRepository &repository, Database &database,
                          ProductChangeNotifierOptions options, QObject *parent = nullptr);
    ~ProductChangeNotifier() override;

    /// Resolves the transport and starts listening. Reads list_version once as the baseline.
    /// Errors: InvalidInput (a bad cache URL), or the database's error for the first read.
    /// A PostgreSQL LISTEN that fails falls back to polling (not an error).
    Result<void> start();
    void stop();

    QByteArray instanceId() const { return m_instanceId; }
    /// The transport in use: never Auto while started, Auto when stopped.
    ChangeTransport transport() const { return m_transport; }
    /// The Redis channel (empty for the other transports).
    QByteArray channel() const { return m_channel; }
    /// True while list_version is polled: the Poll transport, or a Redis transport whose
    /// subscription is down.
    bool isPolling() const;
    /// True while a Redis transport's subscription is down.
    bool isDegraded() const { return m_degraded.load(); }
    /// The newest list version this notifier knows (its own writes included).
    qint64 knownListVersion() const { return m_knownVersion.load(); }
    Stats stats() const;

    /// What a change message carries.
    struct Message
    {
        QByteArray instanceId;
        /// meta.catalogue_id of the writer's database; -1 when the message has none.
        qint64 catalogueId = -1;
        /// The writer's list_version: a hint, never trusted (see the class comment).
        qint64 listVersion = 0;
    };
    /// {instance, catalogue, version} as the compact JSON the transports carry. The catalogue
    /// id travels as a decimal string (JSON numbers are doubles; the id has 63 bits).
    static QByteArray encodeMessage(const QByteArray &instanceId, qint64 listVersion,
                                    qint64 catalogueId = -1);
    static std::optional<Message> decodeMessage(const QByteArray &payload);

public slots:
    /// Publishes a committed write. Connected to ProductRepository::productsChanged.
    void publishChange(qint64 listVersion);
    /// Reads list_version once and emits remoteChange() if it moved (the poll tick).
    void checkNow();

signals:
    /// Another instance committed a write; listVersion is the newest version known.
    void remoteChange(qint64 listVersion);
    /// The Redis subscription was lost (true) or is back (false).
    void degradedChanged(bool degraded);

private:
    void handleMessage(const QByteArray &payload);
    void checkAfterMessage();
    void handleRemote(qint64 listVersion);
    void dropSuperseded(qint64 from, qint64 to);
    void setSubscribed(bool subscribed);
    void onPostgresNotification(const QString &name, QSqlDriver::NotificationSource source,
                                const QVariant &payload);

    ProductRepository &m_repository;
    Database &m_database;
    const ProductChangeNotifierOptions m_options;
    const QByteArray m_instanceId;
    ChangeTransport m_transport = ChangeTransport::Auto;
    QByteArray m_channel;
    QTimer *m_pollTimer;
    std::unique_ptr<RedisConnection> m_publisher;
    std::unique_ptr<RedisSubscriber> m_subscriber;
    bool m_listening = false;
    bool m_cacheIsShared = false;
    int m_generation = 0; // bumped by start() and stop()
    std::atomic<bool> m_degraded{false}; // atomics: the panel may read them from elsewhere
    std::atomic<qint64> m_knownVersion{-1};
    std::atomic<qint64> m_catalogueId{-1}; // read at start(); -1: unknown, every message foreign
    Stats m_stats; // touched on this object's thread only, except the atomics below
    std::atomic<quint64> m_ignoredOwn{0};
    std::atomic<quint64> m_malformed{0};
    std::atomic<quint64> m_ignoredForeign{0};
};

} // namespace pm
