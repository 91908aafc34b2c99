#include "db/database.h"

#include "core/logging.h"
#include "db/schemamigrator.h"
#include "db/sqlerrormap.h"
#include "db/sqlitefastpath.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>
#include <QUrl>

#include <libpq-fe.h> // types only: the program does not link libpq (see libpqSocketFunction)

#include <dlfcn.h>

#include <unistd.h>

#include <algorithm>
#include <atomic>

namespace pm {

namespace {

std::atomic<quint64> g_connectionCounter{0};

Error noFastPath()
{
    return Error(ErrorKind::Internal,
                 Database::tr("The SQLite fast path needs a SQLite connection."));
}

/// libpq's PQsocket, from the copy Qt's PostgreSQL plugin loaded. The program does not link
/// libpq: with its Kerberos, LDAP and GnuTLS dependencies it added ~14 ms to every start
/// (bench/run.sh, "cold start"), SQLite users included. RTLD_NOLOAD never loads a library: an
/// open PostgreSQL connection means the plugin already has.
using PqSocketFunction = int (*)(const PGconn *);
PqSocketFunction libpqSocketFunction()
{
    static const PqSocketFunction function = []() -> PqSocketFunction {
        void *libpq = dlopen("libpq.so.5", RTLD_LAZY | RTLD_NOLOAD);
        if (!libpq)
            return nullptr;
        return reinterpret_cast<PqSocketFunction>(dlsym(libpq, "PQsocket"));
    }();
    return function;
}

} // namespace

QString Database::accessNote() const
{
    if (m_snapshot)
        return tr("%1 is open as a read-only snapshot: its folder cannot be written, so changes "
                  "saved after it was opened are not shown until you open it again.")
                .arg(m_config.redactedUrl());
    if (m_readOnly)
        return tr("%1 is read-only: you can browse the catalogue but not change it.")
                .arg(m_config.redactedUrl());
    return {};
}

Database::Database(DatabaseConfig config, QString connectionName)
    : m_config(std::move(config))
    , m_connectionName(std::move(connectionName))
{ }

Database::~Database()
{
    if (m_inTransaction)
        rollback();
    m_fastPath.reset(); // its statements and WAL-index watch need the connection
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseConfig &config, const Schema &schema)
{
    const QString name = QStringLiteral("pm-db-%1").arg(g_connectionCounter.fetch_add(1));
    std::unique_ptr<Database> db(new Database(config, name));
    const bool sqlite = config.driver == DatabaseConfig::Driver::Sqlite;
    db->m_db = QSqlDatabase::addDatabase(
            sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"), name);
    if (!db->m_db.isValid())
        return Error(
                ErrorKind::Unavailable,
                tr("The Qt SQL driver for %1 is not installed.")
                        .arg(sqlite ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL")));
    QStringList options;
    if (sqlite) {
        const QFileInfo file(config.path);
        bool immutable = false;
        if (config.path.isEmpty())
            return Error(ErrorKind::InvalidInput, tr("No database file was given."),
                         QStringLiteral("url"));
        if (file.exists()) {
            if (file.isDir())
                return Error(
                        ErrorKind::InvalidInput,
                        tr("The database location %1 is a directory, not a file.").arg(config.path),
                        QStringLiteral("url"));
            // isWritable() is true for root whatever the mode bits say, so look at them too:
            // a file nobody may write is meant to be read-only.
            const auto writeBits
                    = QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
            const QByteArray native = QFile::encodeName(config.path);
            const QByteArray dir = QFile::encodeName(file.absolutePath());
            const QFileInfo dirInfo(file.absolutePath());
            // access() also sees a read-only file system (EROFS), even for root. SQLite must
            // create its -wal and -shm files beside the database: a directory that cannot
            // take them makes the database read-only too.
            const bool dirReadOnly
                    = ::access(dir.constData(), W_OK) != 0 || !(dirInfo.permissions() & writeBits);
            if (!file.isWritable() || !(file.permissions() & writeBits)
                || ::access(native.constData(), W_OK) != 0 || dirReadOnly)
                db->m_readOnly = true;
            // A WAL database in a directory we cannot write, without its -shm file, cannot
            // be opened at all (SQLITE_CANTOPEN: no reader can create the shared index). We
            // cannot change it either, so open it immutable: reads see the file as it is.
            immutable = dirReadOnly && ::access(dir.constData(), W_OK) != 0
                    && !QFileInfo::exists(config.path + QStringLiteral("-shm"));
        } else {
            QDir().mkpath(file.absolutePath());
        }
        db->m_snapshot = immutable;
        if (immutable) {
            db->m_db.setDatabaseName(QUrl::fromLocalFile(config.path).toString(QUrl::FullyEncoded)
                                     + QStringLiteral("?immutable=1"));
            options << QStringLiteral("QSQLITE_OPEN_URI");
        } else {
            db->m_db.setDatabaseName(config.path);
        }
        options << QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(config.busyTimeoutMs);
        if (db->m_readOnly)
            options << QStringLiteral("QSQLITE_OPEN_READONLY");
    } else {
        db->m_db.setDatabaseName(config.name);
        if (!config.host.isEmpty())
            db->m_db.setHostName(config.host);
        db->m_db.setPort(config.port);
        if (!config.user.isEmpty())
            db->m_db.setUserName(config.user);
        if (!config.password.isEmpty())
            db->m_db.setPassword(config.password);
        options << QStringLiteral("connect_timeout=%1").arg(config.connectTimeoutS);
    }
    db->m_db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!sqlite)
        db->m_watchdog = std::make_unique<StatementWatchdog>();

    if (!db->m_db.open()) {
        Error e = SqlErrorMap::toError(db->m_db.lastError(),
                                       tr("Opening the database %1").arg(config.redactedUrl()));
        if (e.kind == ErrorKind::Database)
            e.kind = ErrorKind::Unavailable;
        return e;
    }
    if (sqlite) {
        // Qt's SQLite plugin links the system libsqlite3, the same library we link.
        const QVariant handle = db->m_db.driver()->handle();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
            db->m_fastPath = std::make_unique<SqliteFastPath>(
                    *static_cast<sqlite3 *const *>(handle.constData()), db->m_observer);
    }
    if (auto r = db->configure(); !r)
        return r.error();
    if (auto r = SchemaMigrator(*db).migrate(schema); !r)
        return r.error();
    qCDebug(lcDb) << "opened" << config.redactedUrl() << (db->m_readOnly ? "read-only" : "") << "as"
                  << name;
    return db;
}

class Database::DeadlineScope
{
public:
    explicit DeadlineScope(Database &db)
        : m_db(db)
    {
        if (!db.m_watchdog || !db.m_db.driver())
            return;
        const QVariant handle = db.m_db.driver()->handle();
        // QPSQL registers the handle under libpq's struct name ("pg_conn*" in Qt 6.4).
        if (!handle.isValid()
            || (qstrcmp(handle.typeName(), "pg_conn*") != 0
                && qstrcmp(handle.typeName(), "PGconn*") != 0)) {
            qCWarning(lcDb) << "no statement deadline: unexpected driver handle"
                            << handle.typeName();
            return;
        }
        PGconn *conn = *static_cast<PGconn *const *>(handle.constData());
        const auto socketOf = libpqSocketFunction();
        if (!socketOf) {
            qCWarning(lcDb) << "no statement deadline: libpq's PQsocket was not found";
            return;
        }
        m_armed = conn
                && db.m_watchdog->arm(socketOf(conn),
                                      std::chrono::milliseconds(db.m_config.statementTimeoutMs));
    }
    ~DeadlineScope()
    {
        if (m_armed)
            m_db.m_watchdog->disarm();
    }
    DeadlineScope(const DeadlineScope &) = delete;
    DeadlineScope &operator=(const DeadlineScope &) = delete;

private:
    Database &m_db;
    bool m_armed = false;
};

Result<void> Database::execRaw(const QString &sql, const QString &context)
{
    const DeadlineScope deadline(*this);
    QSqlQuery q(m_db);
    QElapsedTimer timer;
    if (m_observer)
        timer.start();
    const bool ok = q.exec(sql);
    if (m_observer)
        report(sql, {}, timer.nsecsElapsed(), ok ? q.numRowsAffected() : -1,
               ok ? QString() : q.lastError().text());
    if (!ok) {
        const QSqlError error = q.lastError();
        q.finish();
        return statementFailed(error, context);
    }
    return {};
}

Result<void> Database::configure()
{
    if (m_config.driver == DatabaseConfig::Driver::Postgres) {
        // The server cancels a slow statement a little before our own deadline, so a live
        // server answers with a clean error and keeps the connection; the watchdog's deadline
        // is for a server that does not answer at all.
        const int serverMs = std::max(
                50, m_config.statementTimeoutMs - std::max(100, m_config.statementTimeoutMs / 10));
        for (const QString &sql : {QStringLiteral("SET client_min_messages TO warning"),
                                   QStringLiteral("SET statement_timeout = %1").arg(serverMs)}) {
            if (auto r = execRaw(sql, tr("Configuring the connection")); !r)
                return r;
        }
        return {};
    }

    // Reading the schema touches the file header: a file that is not a database fails here.
    if (auto r = select(QStringLiteral("SELECT count(*) FROM sqlite_master"), {},
                        [](const QSqlQuery &) {});
        !r)
        return r.error();
    if (!m_readOnly) {
        QString mode;
        auto r = select(QStringLiteral("PRAGMA journal_mode = WAL"), {},
                        [&mode](const QSqlQuery &q) { mode = q.value(0).toString(); });
        if (!r)
            return r.error();
        if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            qCWarning(lcDb) << "journal_mode is" << mode << "instead of wal";
    }
    const QStringList pragmas = {
            QStringLiteral("PRAGMA busy_timeout = %1").arg(m_config.busyTimeoutMs),
            QStringLiteral("PRAGMA foreign_keys = ON"),
            QStringLiteral("PRAGMA synchronous = NORMAL"),
    };
    for (const QString &p : pragmas) {
        if (auto r = execRaw(p, tr("Configuring the database")); !r)
            return r;
    }
    return {};
}

int Database::schemaVersion() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")))
        return -1;
    return q.next() ? q.value(0).toInt() : 0;
}

Result<void> Database::beginWrite()
{
    if (m_readOnly)
        return Error(ErrorKind::ReadOnly,
                     tr("The database %1 is read-only (the file is not writable), so changes "
                        "cannot be saved.")
                             .arg(m_config.redactedUrl()));
    if (m_inTransaction)
        return Error(ErrorKind::Internal, tr("A write transaction is already open."));
    const bool sqlite = m_config.driver == DatabaseConfig::Driver::Sqlite;
    // Not QSqlDatabase::transaction(): that sends a plain BEGIN, and a deferred transaction
    // that reads and then writes fails at once with "database is locked".
    const QString begin = sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
    const int reconnectsBefore = m_reconnects;
    auto r = execRaw(begin, tr("Starting a write"));
    // A connection found lost at BEGIN wrote nothing yet: BEGIN is safe to send again.
    if (!r && m_reconnects != reconnectsBefore)
        r = execRaw(begin, tr("Starting a write"));
    if (!r)
        return r;
    m_inTransaction = true;
    return {};
}

Result<void> Database::commit()
{
    if (!m_inTransaction)
        return Error(ErrorKind::Internal, tr("No write transaction is open."));
    m_committing = true;
    auto r = execRaw(QStringLiteral("COMMIT"), tr("Saving the changes"));
    m_committing = false;
    if (!r) {
        rollback();
        return r;
    }
    m_inTransaction = false;
    return {};
}

void Database::rollback()
{
    if (!m_inTransaction)
        return;
    m_inTransaction = false;
    // An error may already have ended the transaction; a failing ROLLBACK changes nothing.
    (void)execRaw(QStringLiteral("ROLLBACK"), tr("Rolling back"));
}

bool Database::isConnectionLost(const QSqlError &error) const
{
    if (m_config.driver != DatabaseConfig::Driver::Postgres)
        return false;
    // QPSQL's isOpen() is libpq's PQstatus(conn) == CONNECTION_OK: the authoritative answer.
    if (!m_db.isOpen())
        return true;
    // The status can lag behind the error.
    return SqlErrorMap::meansConnectionLost(error);
}

Result<void> Database::reopen()
{
    QSqlDriver *driver = m_db.driver();
    // LISTEN subscriptions live on the server connection: take them over to the new one,
    // and keep them across failed attempts (close() forgets them).
    if (driver && !driver->subscribedToNotifications().isEmpty())
        m_listenChannels = driver->subscribedToNotifications();
    m_inTransaction = false;
    m_reopening = true;
    m_db.close();
    Result<void> result;
    if (!m_db.open()) {
        result = SqlErrorMap::toError(
                m_db.lastError(),
                tr("Reconnecting to the database %1").arg(m_config.redactedUrl()));
    } else {
        result = configure();
        for (const QString &channel : std::as_const(m_listenChannels)) {
            if (!m_db.driver()->subscribeToNotification(channel))
                qCWarning(lcDb) << "could not LISTEN again on" << channel;
        }
        if (result)
            m_listenChannels.clear();
    }
    m_reopening = false;
    if (!result)
        return result;
    ++m_reconnects;
    qCInfo(lcDb) << "reconnected to" << m_config.redactedUrl();
    return {};
}

Error Database::statementFailed(const QSqlError &error, const QString &context)
{
    Error e = SqlErrorMap::toError(error, context);
    if (m_watchdog && m_watchdog->fired() != m_watchdogFiredSeen) {
        // Our deadline ended the statement by closing the connection. Reconnecting now would
        // wait on the same silent server: the next statement reconnects instead.
        m_watchdogFiredSeen = m_watchdog->fired();
        const bool committing = m_committing;
        const bool writing = m_inTransaction;
        m_inTransaction = false;
        qCWarning(lcDb) << "no answer from" << m_config.redactedUrl() << "within"
                        << m_config.statementTimeoutMs << "ms; connection closed";
        QString message;
        if (committing)
            message = tr("The database did not answer within %1 ms while saving, so it is not "
                         "known whether the change was saved. Reload the list to check before "
                         "trying again.")
                              .arg(m_config.statementTimeoutMs);
        else if (writing)
            message = tr("The database did not answer within %1 ms; the change was not saved "
                         "(nothing was changed).")
                              .arg(m_config.statementTimeoutMs);
        else
            message = tr("The database did not answer within %1 ms.")
                              .arg(m_config.statementTimeoutMs);
        return Error(ErrorKind::Timeout, message);
    }
    if (m_reopening || !isConnectionLost(error))
        return e;
    const bool wasWriting = m_inTransaction;
    const bool committing = m_committing;
    qCWarning(lcDb) << "lost the connection to" << m_config.redactedUrl() << "-" << e.message;
    const auto reopened = reopen();
    QString message;
    if (committing) {
        message = reopened
                ? tr("The connection to the database was lost while saving, so it is not known "
                     "whether the change was saved. Reconnected: reload the list to check "
                     "before trying again.")
                : tr("The connection to the database was lost while saving, so it is not known "
                     "whether the change was saved, and reconnecting failed: %1")
                          .arg(reopened.error().message);
    } else if (wasWriting) {
        message = reopened ? tr("The connection to the database was lost; the change was not "
                                "saved (nothing was changed). Reconnected: try again.")
                           : tr("The connection to the database was lost; the change was not "
                                "saved (nothing was changed), and reconnecting failed: %1")
                                     .arg(reopened.error().message);
    } else {
        message = reopened ? tr("The connection to the database was lost and has been "
                                "reopened: %1")
                                     .arg(e.message)
                           : tr("The connection to the database was lost, and reconnecting "
                                "failed: %1")
                                     .arg(reopened.error().message);
    }
    return Error(ErrorKind::Unavailable, message);
}

void Database::setSqlObserver(SqlObserver observer)
{
    m_observer = std::move(observer);
}

void Database::report(const QString &sql, const QVariantList &bound, qint64 ns, int rows,
                      const QString &error) const
{
    reportSql(m_observer, sql, bound, ns, rows, error);
}

Result<QSqlQuery> Database::prepare(const QString &sql)
{
    const DeadlineScope deadline(*this);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        report(sql, {}, 0, -1, q.lastError().text());
        const QSqlError error = q.lastError();
        q.clear();
        return statementFailed(error, tr("Preparing a statement"));
    }
    return q;
}

Result<int> Database::execPrepared(QSqlQuery &query, const QVariantList &bound)
{
    const DeadlineScope deadline(*this);
    for (int i = 0; i < bound.size(); ++i)
        query.bindValue(i, bound.at(i));
    QElapsedTimer timer;
    if (m_observer)
        timer.start();
    const bool ok = query.exec();
    const int rows = ok ? query.numRowsAffected() : -1;
    if (m_observer)
        report(query.lastQuery(), bound, timer.nsecsElapsed(), rows,
               ok ? QString() : query.lastError().text());
    if (!ok)
        return statementFailed(query.lastError(), tr("Running a statement"));
    return rows;
}

Result<int> Database::exec(const QString &sql, const QVariantList &bound)
{
    auto q = prepare(sql);
    if (!q)
        return q.error();
    return execPrepared(q.value(), bound);
}

Result<int> Database::select(const QString &sql, const QVariantList &bound,
                             const std::function<void(const QSqlQuery &)> &row)
{
    // Only a plain read outside a transaction is retried, and only if it delivered no row
    // yet: anything else could repeat a write or hand the caller rows twice.
    const bool retryable = !m_inTransaction
            && sql.trimmed().startsWith(QLatin1String("SELECT"), Qt::CaseInsensitive);
    const int reconnectsBefore = m_reconnects;
    int delivered = 0;
    auto r = selectOnce(sql, bound, row, &delivered);
    if (!r && retryable && delivered == 0 && m_reconnects != reconnectsBefore) {
        qCInfo(lcDb) << "retrying a read once after reconnecting";
        r = selectOnce(sql, bound, row, &delivered);
    }
    return r;
}

Result<int> Database::selectOnce(const QString &sql, const QVariantList &bound,
                                 const std::function<void(const QSqlQuery &)> &row, int *delivered)
{
    QElapsedTimer timer;
    if (m_observer)
        timer.start();
    QSqlError error;
    int rows = 0;
    bool ok = false;
    {
        const DeadlineScope deadline(*this);
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        ok = q.prepare(sql);
        if (ok) {
            for (int i = 0; i < bound.size(); ++i)
                q.bindValue(i, bound.at(i));
            ok = q.exec();
        }
        if (ok) {
            while (q.next()) {
                row(q);
                ++rows;
                ++*delivered;
            }
            // A fetch can fail half-way (busy, corrupt page): that is an error, not a short
            // list.
            ok = !q.lastError().isValid();
        }
        error = q.lastError();
        q.finish();
    }
    if (m_observer)
        report(sql, bound, timer.nsecsElapsed(), ok ? rows : -1, ok ? QString() : error.text());
    if (!ok)
        return statementFailed(error, tr("Reading from the database"));
    return rows;
}

Result<qint64> Database::selectInt64UntilChanged(const QString &sql, qint64 fallback)
{
    auto r = selectInt64PairUntilChanged(sql, fallback);
    if (!r)
        return r.error();
    return r.value().first;
}

Result<std::pair<qint64, qint64>> Database::selectInt64PairUntilChanged(const QString &sql,
                                                                        qint64 fallback)
{
    auto r = selectInt64RowUntilChanged(sql, fallback);
    if (!r)
        return r.error();
    return std::pair{r.value()[0], r.value()[1]};
}

Result<Database::Int64Row> Database::selectInt64RowUntilChanged(const QString &sql, qint64 fallback)
{
    if (m_fastPath)
        return m_fastPath->int64RowUntilChanged(sql, fallback, m_changeWatchAllowed);
    Int64Row v{fallback, fallback, fallback};
    auto r = select(sql, {}, [&v](const QSqlQuery &q) {
        const int columns = std::min(q.record().count(), int(v.size()));
        for (int i = 0; i < columns; ++i)
            v[size_t(i)] = q.value(i).toLongLong();
    });
    if (!r)
        return r.error();
    return v;
}

qint64 Database::untilChangedFromMemory() const
{
    return m_fastPath ? m_fastPath->fromMemory() : 0;
}

qint64 Database::untilChangedRan() const
{
    return m_fastPath ? m_fastPath->ran() : 0;
}

bool Database::hasChangeWatch() const
{
    return m_fastPath && m_fastPath->hasChangeWatch();
}

Result<int> Database::selectSqlite(const QString &sql, const QVariantList &bound,
                                   const std::function<void(sqlite3_stmt *)> &row)
{
    if (!m_fastPath)
        return noFastPath();
    return m_fastPath->select(sql, bound, row);
}

Result<int> Database::selectSqliteCached(const QString &sql, const QVariantList &bound,
                                         const std::function<void(sqlite3_stmt *)> &row)
{
    if (!m_fastPath)
        return noFastPath();
    return m_fastPath->selectCached(sql, bound, row);
}

} // namespace pm
