#include "products/productchangenotifier.h"

#include "cache/cache.h"
#include "cache/cacheurl.h"
#include "core/logging.h"
#include "db/database.h"
#include "products/productrepository.h"
#include "products/productservice.h"
#include "redis/redisconnection.h"
#include "redis/redisoptions.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlError>
#include <QTimer>

namespace pm {

namespace {

QByteArray randomToken()
{
    // 128 random bits: two instances (or two notifiers of one process) never collide.
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex();
}

const char *transportName(ChangeTransport t)
{
    switch (t) {
    case ChangeTransport::Auto:
        return "auto";
    case ChangeTransport::Redis:
        return "redis";
    case ChangeTransport::Postgres:
        return "postgres";
    case ChangeTransport::Poll:
        return "poll";
    }
    return "?";
}

} // namespace

ProductChangeNotifier::ProductChangeNotifier(ProductRepository &repository, Database &database,
                                             ProductChangeNotifierOptions options, QObject *parent)
    : QObject(parent)
    , m_repository(repository)
    , m_database(database)
    , m_options(std::move(options))
    , m_instanceId(randomToken())
    , m_pollTimer(new QTimer(this))
{
    m_pollTimer->setInterval(qMax(1, m_options.pollIntervalMs));
    connect(m_pollTimer, &QTimer::timeout, this, &ProductChangeNotifier::checkNow);
    connect(&m_repository, &ProductRepository::productsChanged, this,
            &ProductChangeNotifier::publishChange);
}

ProductChangeNotifier::~ProductChangeNotifier()
{
    stop();
}

QByteArray ProductChangeNotifier::encodeMessage(const QByteArray &instanceId, qint64 listVersion,
                                                qint64 catalogueId)
{
    QJsonObject o;
    o.insert(QStringLiteral("instance"), QString::fromLatin1(instanceId));
    if (catalogueId >= 0)
        o.insert(QStringLiteral("catalogue"), QString::number(catalogueId));
    o.insert(QStringLiteral("version"), listVersion);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<ProductChangeNotifier::Message> ProductChangeNotifier::decodeMessage(
        const QByteArray &payload)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(payload, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    const QJsonValue instance = o.value(QStringLiteral("instance"));
    const QJsonValue catalogue = o.value(QStringLiteral("catalogue"));
    const QJsonValue version = o.value(QStringLiteral("version"));
    if (!instance.isString() || instance.toString().isEmpty() || !version.isDouble())
        return std::nullopt;
    Message m;
    m.instanceId = instance.toString().toLatin1();
    m.listVersion = version.toInteger(-1);
    if (m.listVersion < 0)
        return std::nullopt;
    if (catalogue.isString()) {
        bool ok = false;
        m.catalogueId = catalogue.toString().toLongLong(&ok);
        if (!ok || m.catalogueId < 0)
            return std::nullopt;
    } else if (!catalogue.isUndefined()) {
        return std::nullopt;
    }
    return m;
}

Result<void> ProductChangeNotifier::start()
{
    stop();
    ChangeTransport transport = m_options.transport;
    const bool postgres = m_database.driver() == DatabaseConfig::Driver::Postgres;
    bool redis = false;
    if (!m_options.cacheUrl.isEmpty()) {
        auto url = CacheUrl::parse(m_options.cacheUrl);
        if (!url)
            return url.error();
        redis = url->isRedis();
    }
    m_cacheIsShared = redis;
    if (transport == ChangeTransport::Auto)
        transport = redis ? ChangeTransport::Redis
                          : (postgres ? ChangeTransport::Postgres : ChangeTransport::Poll);
    if (transport == ChangeTransport::Redis && !redis)
        return Error(ErrorKind::InvalidInput,
                     tr("Redis notifications need a redis:// or unix:// cache URL."));
    if (transport == ChangeTransport::Postgres && !postgres)
        return Error(ErrorKind::InvalidInput,
                     tr("PostgreSQL notifications need a PostgreSQL database."));

    // Messages name their catalogue: only ours count.
    auto catalogue = m_repository.catalogueId();
    if (!catalogue)
        return catalogue.error();
    m_catalogueId = catalogue.value();
    // The baseline: changes are versions newer than this.
    auto version = m_repository.listVersion();
    if (!version)
        return version.error();
    m_knownVersion = qMax(m_knownVersion.load(), version.value());
    ++m_stats.polls;

    m_transport = transport;
    switch (transport) {
    case ChangeTransport::Redis: {
        auto options = RedisOptions::fromUrl(m_options.cacheUrl);
        if (!options)
            return options.error();
        m_channel = RedisSubscriber::channelName(m_options.keyPrefix, options->db,
                                                 QByteArrayLiteral("products"));
        m_publisher = std::make_unique<RedisConnection>(options.value());
        if (!m_options.listen)
            break;
        m_subscriber = std::make_unique<RedisSubscriber>(options.value(), QList{m_channel},
                                                         m_options.subscriber);
        // Both handlers run on the subscriber thread: hop to ours through queued calls
        // (discarded if this object is gone; the destructor stops the thread first anyway).
        m_subscriber->setMessageHandler(
                [this](const RedisSubscriber::Message &m) { handleMessage(m.payload); });
        const int generation = ++m_generation; // a late event of a stopped run is ignored
        m_subscriber->setStateHandler([this, generation](bool connected) {
            QMetaObject::invokeMethod(
                    this,
                    [this, connected, generation] {
                        if (generation == m_generation)
                            setSubscribed(connected);
                    },
                    Qt::QueuedConnection);
        });
        // Until the first subscription stands, poll: never a window without either.
        m_degraded = true;
        m_pollTimer->start();
        m_subscriber->start();
        break;
    }
    case ChangeTransport::Postgres: {
        if (!m_options.listen)
            break; // pg_notify after each commit needs no LISTEN
        QSqlDriver *driver = m_database.connection().driver();
        connect(driver, &QSqlDriver::notification, this,
                &ProductChangeNotifier::onPostgresNotification);
        if (driver->subscribeToNotification(PostgresChannel)) {
            m_listening = true;
        } else {
            qCWarning(lcProducts) << "LISTEN failed, polling list_version instead:"
                                  << driver->lastError().text();
            disconnect(driver, &QSqlDriver::notification, this,
                       &ProductChangeNotifier::onPostgresNotification);
            m_transport = ChangeTransport::Poll;
            m_pollTimer->start();
        }
        break;
    }
    case ChangeTransport::Poll:
    case ChangeTransport::Auto:
        m_transport = ChangeTransport::Poll;
        if (m_options.listen)
            m_pollTimer->start();
        break;
    }
    qCInfo(lcProducts) << "change notifier" << m_instanceId << "uses" << transportName(m_transport);
    return {};
}

void ProductChangeNotifier::stop()
{
    if (m_subscriber)
        m_subscriber->stop(); // joins: no handler runs after this
    m_subscriber.reset();
    m_publisher.reset();
    m_pollTimer->stop();
    if (m_listening) {
        QSqlDriver *driver = m_database.connection().driver();
        if (driver) {
            driver->unsubscribeFromNotification(PostgresChannel);
            disconnect(driver, &QSqlDriver::notification, this,
                       &ProductChangeNotifier::onPostgresNotification);
        }
        m_listening = false;
    }
    m_degraded = false;
    m_transport = ChangeTransport::Auto; // stopped: publishes nothing
    ++m_generation;
}

bool ProductChangeNotifier::isPolling() const
{
    return m_pollTimer->isActive();
}

ProductChangeNotifier::Stats ProductChangeNotifier::stats() const
{
    Stats s = m_stats;
    s.ignoredOwn = m_ignoredOwn.load();
    s.malformed = m_malformed.load();
    s.ignoredForeign = m_ignoredForeign.load();
    return s;
}

void ProductChangeNotifier::publishChange(qint64 listVersion)
{
    // Our own write: not a remote change, whatever the poll sees next.
    m_knownVersion = qMax(m_knownVersion.load(), listVersion);
    const QByteArray message = encodeMessage(m_instanceId, listVersion, m_catalogueId.load());
    switch (m_transport) {
    case ChangeTransport::Redis: {
        if (!m_publisher)
            return;
        auto sent = RedisSubscriber::publish(*m_publisher, m_channel, message);
        if (sent) {
            ++m_stats.published;
        } else {
            // Others fall back on their own version checks; say so, do not hide it.
            ++m_stats.publishFailures;
            qCWarning(lcProducts) << "could not publish the change to" << m_channel << ":"
                                  << sent.error().toString();
        }
        break;
    }
    case ChangeTransport::Postgres: {
        // Right after the commit, on the same connection: pg_notify delivers it to every
        // listener of this database (channel and payload bound, never spliced into SQL).
        auto sent = m_database.select(QStringLiteral("SELECT pg_notify(?, ?)"),
                                      {PostgresChannel, QString::fromUtf8(message)},
                                      [](const QSqlQuery &) {});
        if (sent) {
            ++m_stats.published;
        } else {
            ++m_stats.publishFailures;
            qCWarning(lcProducts) << "NOTIFY failed:" << sent.error().toString();
        }
        break;
    }
    case ChangeTransport::Poll:
    case ChangeTransport::Auto:
        break; // others see list_version move
    }
}

void ProductChangeNotifier::checkNow()
{
    auto version = m_repository.listVersion();
    ++m_stats.polls;
    if (!version) {
        qCWarning(lcProducts) << "list_version check failed:" << version.error().toString();
        return;
    }
    if (m_knownVersion < 0) {
        m_knownVersion = version.value();
        return;
    }
    if (version.value() > m_knownVersion)
        handleRemote(version.value());
}

void ProductChangeNotifier::handleMessage(const QByteArray &payload)
{
    // May run on the subscriber thread: touch only constants and atomics here.
    const auto decoded = decodeMessage(payload);
    if (!decoded) {
        ++m_malformed;
        qCWarning(lcProducts) << "ignoring a malformed change message of" << payload.size()
                              << "bytes";
        return;
    }
    if (decoded->instanceId == m_instanceId) {
        ++m_ignoredOwn;
        return;
    }
    const qint64 ours = m_catalogueId.load();
    if (ours < 0 || decoded->catalogueId != ours) {
        // Another catalogue on the same Redis prefix, or a message without one: not ours.
        ++m_ignoredForeign;
        return;
    }
    // The version in the message is not trusted: the database says what changed.
    QMetaObject::invokeMethod(
            this,
            [this] {
                ++m_stats.received;
                checkAfterMessage();
            },
            Qt::QueuedConnection);
}

void ProductChangeNotifier::checkAfterMessage()
{
    auto version = m_repository.listVersion();
    ++m_stats.messageChecks;
    if (!version) {
        qCWarning(lcProducts) << "list_version check after a change message failed:"
                              << version.error().toString();
        return;
    }
    if (m_knownVersion >= 0 && version.value() > m_knownVersion) {
        handleRemote(version.value());
        return;
    }
    m_knownVersion = qMax(m_knownVersion.load(), version.value());
    ++m_stats.ignoredOld; // a late, repeated or forged message: nothing new in the database
}

void ProductChangeNotifier::handleRemote(qint64 listVersion)
{
    if (listVersion <= m_knownVersion) {
        ++m_stats.ignoredOld; // our view already includes it
        return;
    }
    const qint64 previous = m_knownVersion.exchange(listVersion);
    dropSuperseded(previous, listVersion);
    ++m_stats.remoteChanges;
    emit remoteChange(listVersion);
}

void ProductChangeNotifier::dropSuperseded(qint64 from, qint64 to)
{
    if (!m_options.localCache || m_cacheIsShared)
        return;
    // Only the last few versions can still be held: older ones were superseded by writes
    // this instance heard of before (and dropped then) or made itself (its service dropped).
    constexpr qint64 MaxVersions = 16;
    for (qint64 v = qMax(from, qMax<qint64>(to - MaxVersions, 0)); v < to; ++v) {
        auto removed = m_options.localCache->remove(ProductService::ListKey, Version(int(v)));
        if (removed && removed.value())
            ++m_stats.droppedEntries;
    }
}

void ProductChangeNotifier::setSubscribed(bool subscribed)
{
    if (m_transport != ChangeTransport::Redis || !m_subscriber)
        return; // stopped meanwhile
    const bool degraded = !subscribed;
    if (subscribed) {
        m_pollTimer->stop();
        // Messages published while we were away are lost: catch up once.
        checkNow();
    } else {
        qCWarning(lcProducts) << "change subscription lost; polling list_version every"
                              << m_pollTimer->interval() << "ms";
        m_pollTimer->start();
    }
    if (degraded != m_degraded) {
        m_degraded = degraded;
        emit degradedChanged(degraded);
    }
}

void ProductChangeNotifier::onPostgresNotification(const QString &name,
                                                   QSqlDriver::NotificationSource source,
                                                   const QVariant &payload)
{
    Q_UNUSED(source); // the instance id decides: two notifiers may share a backend process
    if (name != PostgresChannel)
        return;
    handleMessage(payload.toString().toUtf8());
}

} // namespace pm
