#include "db/database.h"

#include "core/logging.h"
#include "core/urlredaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>
#include <QUrl>
#include <QUrlQuery>

#include <libpq-fe.h>
#include <sqlite3.h>

#include <unistd.h>

#include <algorithm>
#include <atomic>

namespace pm {

namespace {

Error invalidUrl(const QString &why)
{
    return Error(ErrorKind::InvalidInput, why, QStringLiteral("url"));
}

// Never quotes the URL: where a malformed URL keeps its password is anybody's guess.
Error malformedUrl()
{
    return invalidUrl(Database::tr("The database URL is malformed: expected sqlite:///path or "
                                   "postgresql://host/dbname."));
}

QString decode(const QString &s)
{
    return QUrl::fromPercentEncoding(s.toUtf8());
}

QString encode(const QString &s)
{
    return QString::fromUtf8(QUrl::toPercentEncoding(s));
}

Result<DatabaseConfig> parsePostgres(const QString &url, int schemeEnd)
{
    DatabaseConfig c;
    c.driver = DatabaseConfig::Driver::Postgres;
    QString rest = url.mid(schemeEnd + 3);
    QString query;
    if (const int q = rest.indexOf(QLatin1Char('?')); q >= 0) {
        query = rest.mid(q + 1);
        rest.truncate(q);
    }
    const int slash = rest.indexOf(QLatin1Char('/'));
    const QString authority = slash >= 0 ? rest.left(slash) : rest;
    c.name = slash >= 0 ? decode(rest.mid(slash + 1)) : QString();

    QString hostPort = authority;
    if (const int at = authority.lastIndexOf(QLatin1Char('@')); at >= 0) {
        const QString userInfo = authority.left(at);
        hostPort = authority.mid(at + 1);
        const int colon = userInfo.indexOf(QLatin1Char(':'));
        c.user = decode(colon >= 0 ? userInfo.left(colon) : userInfo);
        if (colon >= 0)
            c.password = decode(userInfo.mid(colon + 1));
    }
    QString portText;
    if (hostPort.startsWith(QLatin1Char('['))) {
        const int close = hostPort.indexOf(QLatin1Char(']'));
        if (close < 0)
            return invalidUrl(Database::tr("The PostgreSQL URL has an unterminated IPv6 address."));
        c.host = hostPort.mid(1, close - 1);
        const QString after = hostPort.mid(close + 1);
        if (!after.isEmpty()) {
            if (!after.startsWith(QLatin1Char(':')))
                return invalidUrl(Database::tr("The PostgreSQL URL has garbage after the host."));
            portText = after.mid(1);
        }
    } else {
        const int colon = hostPort.lastIndexOf(QLatin1Char(':'));
        c.host = decode(colon >= 0 ? hostPort.left(colon) : hostPort);
        if (colon >= 0)
            portText = hostPort.mid(colon + 1);
    }

    const QUrlQuery params(query);
    const auto items = params.queryItems(QUrl::FullyDecoded);
    bool afterPassword = false; // "password=a&b": "b" may be the rest of a password
    for (const auto &[key, value] : items) {
        if (key == QLatin1String("host"))
            c.host = value;
        else if (key == QLatin1String("port"))
            portText = value;
        else if (key == QLatin1String("user"))
            c.user = value;
        else if (key == QLatin1String("password")) {
            c.password = value;
            afterPassword = true;
        } else if (key == QLatin1String("dbname"))
            c.name = value;
        else if (key == QLatin1String("connect_timeout")) {
            bool ok = false;
            c.connectTimeoutS = value.toInt(&ok);
            if (!ok || c.connectTimeoutS < 0)
                return invalidUrl(
                        Database::tr("The PostgreSQL URL has an invalid connect_timeout."));
        } else if (key == QLatin1String("statement_timeout")) {
            bool ok = false;
            c.statementTimeoutMs = value.toInt(&ok);
            if (!ok || c.statementTimeoutMs < 100 || c.statementTimeoutMs > 3'600'000)
                return invalidUrl(Database::tr("The PostgreSQL URL has an invalid "
                                               "statement_timeout (milliseconds, 100–3600000)."));
        } else if (afterPassword) {
            return invalidUrl(Database::tr("The PostgreSQL URL has an unsupported parameter after "
                                           "password= (write & in a password as %26)."));
        } else {
            return invalidUrl(Database::tr("The PostgreSQL URL has an unsupported parameter \"%1\" "
                                           "(supported: host, port, user, password, dbname, "
                                           "connect_timeout, statement_timeout).")
                                      .arg(key));
        }
    }
    if (!portText.isEmpty()) {
        bool ok = false;
        const int port = portText.toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            // Not quoted: in "postgresql://u:pa/ss@h/db" the "port" is half the password.
            return invalidUrl(
                    Database::tr("The PostgreSQL URL has an invalid port (expected 1–65535)."));
        c.port = port;
    }
    if (c.name.isEmpty() || c.name.contains(QLatin1Char('/')))
        return invalidUrl(Database::tr("The PostgreSQL URL needs a database name, as in "
                                       "postgresql://user@host/dbname."));
    return c;
}

std::atomic<quint64> g_connectionCounter{0};

bool isSqliteCode(const QString &code)
{
    // SQLite reports numeric result codes (at most four digits); PostgreSQL reports
    // five-character SQLSTATEs.
    return !code.isEmpty() && code.size() < 5;
}

} // namespace

Result<DatabaseConfig> DatabaseConfig::fromUrl(const QString &input)
{
    const QString url = input.trimmed();
    if (url.isEmpty())
        return invalidUrl(Database::tr("The database location is empty."));

    const int schemeEnd = url.indexOf(QLatin1String("://"));
    if (schemeEnd < 0) {
        if (url.startsWith(QLatin1String("postgres"), Qt::CaseInsensitive)
            || url.startsWith(QLatin1String("sqlite:"), Qt::CaseInsensitive))
            return malformedUrl();
        // A plain file path.
        DatabaseConfig c;
        c.path = QFileInfo(url).absoluteFilePath();
        return c;
    }
    const QString scheme = url.left(schemeEnd).toLower();
    static const QRegularExpression schemeName(QStringLiteral("^[a-z][a-z0-9+.-]*$"));
    if (!schemeName.match(scheme).hasMatch()) // "u:pw@host/x://…": not a scheme to quote
        return malformedUrl();
    if (scheme == QLatin1String("sqlite")) {
        const QString path = decode(url.mid(schemeEnd + 3));
        if (!path.startsWith(QLatin1Char('/')) || path.size() < 2)
            return invalidUrl(
                    Database::tr("The SQLite URL \"%1\" must name an absolute file path, as "
                                 "in sqlite:///home/me/products.db.")
                            .arg(redactUrl(url)));
        DatabaseConfig c;
        c.path = QDir::cleanPath(path);
        return c;
    }
    if (scheme == QLatin1String("postgresql") || scheme == QLatin1String("postgres"))
        return parsePostgres(url, schemeEnd);
    return invalidUrl(Database::tr("Unsupported database URL scheme \"%1\" (use sqlite:// or "
                                   "postgresql://).")
                              .arg(scheme));
}

QString DatabaseConfig::url() const
{
    if (driver == Driver::Sqlite)
        return QStringLiteral("sqlite://") + path;
    QString url = QStringLiteral("postgresql://");
    const bool socketDir = host.startsWith(QLatin1Char('/'));
    if ((!user.isEmpty() || !password.isEmpty()) && !socketDir) {
        url += encode(user);
        if (!password.isEmpty())
            url += QLatin1Char(':') + encode(password);
        url += QLatin1Char('@');
    }
    if (!socketDir) {
        url += host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']')
                                               : encode(host);
        if (port != 5432)
            url += QLatin1Char(':') + QString::number(port);
    }
    url += QLatin1Char('/') + encode(name);
    if (socketDir) {
        QStringList params{QStringLiteral("host=") + host};
        if (port != 5432)
            params << QStringLiteral("port=") + QString::number(port);
        if (!user.isEmpty())
            params << QStringLiteral("user=") + encode(user);
        if (!password.isEmpty())
            params << QStringLiteral("password=") + encode(password);
        url += QLatin1Char('?') + params.join(QLatin1Char('&'));
    }
    return url;
}

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

QString DatabaseConfig::redactedUrl() const
{
    return redactUrl(url());
}

Database::Database(DatabaseConfig config, QString connectionName)
    : m_config(std::move(config))
    , m_connectionName(std::move(connectionName))
{ }

Database::~Database()
{
    if (m_inTransaction)
        rollback();
    m_walWatch.reset(); // it reads the connection's own WAL-index mapping
    for (auto &cached : m_cachedStatements)
        sqlite3_finalize(cached.second);
    m_cachedStatements.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseConfig &config)
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
        Error e = toError(db->m_db.lastError(),
                          tr("Opening the database %1").arg(config.redactedUrl()));
        if (e.kind == ErrorKind::Database)
            e.kind = ErrorKind::Unavailable;
        return e;
    }
    if (sqlite) {
        // Qt's SQLite plugin links the system libsqlite3, the same library we link.
        const QVariant handle = db->m_db.driver()->handle();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
            db->m_sqlite = *static_cast<sqlite3 *const *>(handle.constData());
    }
    if (auto r = db->configure(); !r)
        return r.error();
    if (auto r = db->migrate(); !r)
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
        m_armed = conn
                && db.m_watchdog->arm(PQsocket(conn),
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

Result<int> Database::readSchemaVersion()
{
    const QString existsSql = m_config.driver == DatabaseConfig::Driver::Sqlite
            ? QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND "
                             "name = 'meta'")
            : QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE "
                             "table_schema = current_schema() AND table_name = 'meta'");
    qint64 exists = 0;
    auto r = select(existsSql, {},
                    [&exists](const QSqlQuery &q) { exists = q.value(0).toLongLong(); });
    if (!r)
        return r.error();
    if (exists == 0)
        return 0;
    qint64 version = 0;
    r = select(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"), {},
               [&version](const QSqlQuery &q) { version = q.value(0).toLongLong(); });
    if (!r)
        return r.error();
    return int(version);
}

int Database::schemaVersion() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")))
        return -1;
    return q.next() ? q.value(0).toInt() : 0;
}

namespace {
/// What QString::trimmed() removes (QChar::isSpace), for the database's title rule.
QString titleTrimCharacters()
{
    QString spaces;
    for (char32_t c = 1; c <= 0x3000; ++c) {
        if (QChar::isSpace(c))
            spaces += QChar(char16_t(c));
    }
    return spaces;
}

Error schemaTooNew(int found)
{
    return Error(
            ErrorKind::SchemaTooNew,
            Database::tr("This database was written by a newer version of Product Manager (schema "
                         "version %1); this version understands schema versions up to %2. Upgrade "
                         "Product Manager to open it.")
                    .arg(found)
                    .arg(Database::SchemaVersion));
}
} // namespace

Result<void> Database::migrate()
{
    auto version = readSchemaVersion();
    if (!version)
        return version.error();
    if (*version > SchemaVersion)
        return schemaTooNew(*version);
    if (*version == SchemaVersion)
        return {};
    if (m_readOnly)
        return Error(ErrorKind::ReadOnly,
                     tr("The database %1 needs an upgrade from schema version %2 to %3, but the "
                        "file is read-only.")
                             .arg(m_config.redactedUrl())
                             .arg(*version)
                             .arg(SchemaVersion));

    if (auto r = beginWrite(); !r)
        return r;
    auto fail = [this](const Error &e) -> Result<void> {
        rollback();
        return e;
    };
    if (m_config.driver == DatabaseConfig::Driver::Postgres) {
        // Two processes opening a fresh database at once must not both create the schema.
        if (auto r = select(QStringLiteral("SELECT pg_advisory_xact_lock(7070701)"), {},
                            [](const QSqlQuery &) {});
            !r)
            return fail(r.error());
    }
    if (auto r = execRaw(QStringLiteral("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, "
                                        "value BIGINT NOT NULL)"),
                         tr("Creating the schema"));
        !r)
        return fail(r.error());
    // Read again under the write lock: another process may have migrated meanwhile.
    version = readSchemaVersion();
    if (!version)
        return fail(version.error());
    if (*version > SchemaVersion)
        return fail(schemaTooNew(*version));
    for (int v = *version + 1; v <= SchemaVersion; ++v) {
        if (auto r = applyMigration(v); !r)
            return fail(r.error());
        qCInfo(lcDb) << "migrated" << m_config.redactedUrl() << "to schema version" << v;
    }
    if (auto r = exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema_version', ?) "
                                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                      {qint64(SchemaVersion)});
        !r)
        return fail(r.error());
    return commit();
}

Result<void> Database::applyMigration(int version)
{
    const bool sqlite = m_config.driver == DatabaseConfig::Driver::Sqlite;
    QStringList statements;
    switch (version) {
    case 1:
        // Timestamps are integer ms since the epoch (UTC): parsing datetimes would dominate a
        // full list load. No index on created_ms: it makes the full sorted load slower.
        statements << QStringLiteral("CREATE TABLE products ("
                                     "id %1, "
                                     "title TEXT NOT NULL, "
                                     "price_cents BIGINT NOT NULL "
                                     "CHECK (price_cents BETWEEN 0 AND 9999999999), "
                                     "created_ms BIGINT NOT NULL, "
                                     "updated_ms BIGINT NOT NULL)")
                              .arg(sqlite ? QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT")
                                          : QStringLiteral("BIGSERIAL PRIMARY KEY"))
                   << QStringLiteral("INSERT INTO meta (key, value) VALUES ('list_version', 1) "
                                     "ON CONFLICT (key) DO NOTHING");
        break;
    case 2:
        // A random identity for this catalogue. A cached list carries it, so two catalogues
        // sharing one cache (or a catalogue deleted and created anew) can never serve each
        // other's list even when their list versions are equal.
        statements << QStringLiteral("INSERT INTO meta (key, value) VALUES ('catalogue_id', %1) "
                                     "ON CONFLICT (key) DO NOTHING")
                              .arg(qint64(QRandomGenerator::system()->generate64() >> 1));
        break;
    case 3:
        // The list stamp: a random number that every write replaces, in the same statement
        // that bumps list_version. (version, stamp) names one state of the catalogue; a
        // restored backup or a promoted replica that reaches an old version again does so
        // with other stamps, so a list cached for the old history is never served to it.
        statements << QStringLiteral("INSERT INTO meta (key, value) VALUES ('list_stamp', %1) "
                                     "ON CONFLICT (key) DO NOTHING")
                              .arg(qint64(QRandomGenerator::system()->generate64() >> 1));
        break;
    case 4: {
        // The title rule of the app (ProductRules::validateTitle: 1–200 characters after
        // trimming) in the database too, so that another tool cannot write a title the app
        // would refuse. Rows written before stay as they are (and still load): SQLite checks
        // in triggers, which only see new writes; PostgreSQL's constraint is NOT VALID, which
        // checks new and updated rows but not the existing ones.
        const QString spaces = titleTrimCharacters();
        const QString quoted = QLatin1Char('\'') + spaces + QLatin1Char('\'');
        const QString message = QStringLiteral("a product title must have 1 to %1 characters")
                                        .arg(TitleMaxLength);
        if (sqlite) {
            const QString when = QStringLiteral("WHEN length(trim(NEW.title, %1)) NOT BETWEEN 1 "
                                                "AND %2 BEGIN SELECT RAISE(ABORT, '%3'); END")
                                         .arg(quoted)
                                         .arg(TitleMaxLength)
                                         .arg(message);
            statements << QStringLiteral("CREATE TRIGGER IF NOT EXISTS products_title_insert "
                                         "BEFORE INSERT ON products ")
                            + when
                       << QStringLiteral("CREATE TRIGGER IF NOT EXISTS products_title_update "
                                         "BEFORE UPDATE OF title ON products ")
                            + when;
        } else {
            statements << QStringLiteral(
                                  "ALTER TABLE products ADD CONSTRAINT products_title_length "
                                  "CHECK (char_length(btrim(title, %1)) BETWEEN 1 AND %2) "
                                  "NOT VALID")
                                  .arg(quoted)
                                  .arg(TitleMaxLength);
        }
        break;
    }
    default:
        return Error(ErrorKind::Internal, tr("No migration to schema version %1.").arg(version));
    }
    for (const QString &sql : statements) {
        if (auto r = execRaw(sql, tr("Migrating the schema to version %1").arg(version)); !r)
            return r;
    }
    return {};
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

Error Database::toError(const QSqlError &error, const QString &context)
{
    const QString code = error.nativeErrorCode();
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    ErrorKind kind = ErrorKind::Database;
    bool diskFull = false;
    if (isSqliteCode(code)) {
        switch (code.toInt() & 0xff) {
        case 5: // SQLITE_BUSY
        case 6: // SQLITE_LOCKED
            kind = ErrorKind::Locked;
            break;
        case 3: // SQLITE_PERM
        case 8: // SQLITE_READONLY
            kind = ErrorKind::ReadOnly;
            break;
        case 11: // SQLITE_CORRUPT
        case 26: // SQLITE_NOTADB
            kind = ErrorKind::Corrupt;
            break;
        case 14: // SQLITE_CANTOPEN
            kind = ErrorKind::Unavailable;
            break;
        case 13: // SQLITE_FULL
            diskFull = true;
            kind = ErrorKind::Io;
            break;
        case 10: // SQLITE_IOERR
            kind = ErrorKind::Io;
            break;
        case 19: // SQLITE_CONSTRAINT
            kind = ErrorKind::InvalidInput;
            break;
        case 23: // SQLITE_AUTH
            kind = ErrorKind::Auth;
            break;
        default:
            break;
        }
    } else if (code.size() == 5) {
        const QString cls = code.left(2);
        if (cls == QLatin1String("08") || code.startsWith(QLatin1String("57P")))
            kind = ErrorKind::Unavailable;
        else if (code == QLatin1String("40P01") || code == QLatin1String("55P03")
                 || code == QLatin1String("40001"))
            kind = ErrorKind::Locked;
        else if (code == QLatin1String("25006"))
            kind = ErrorKind::ReadOnly;
        else if (code == QLatin1String("57014")) // statement_timeout (or a cancel request)
            kind = ErrorKind::Timeout;
        else if (code == QLatin1String("XX001") || code == QLatin1String("XX002"))
            kind = ErrorKind::Corrupt;
        else if (cls == QLatin1String("23") || cls == QLatin1String("22"))
            kind = ErrorKind::InvalidInput;
        else if (cls == QLatin1String("28") || code == QLatin1String("42501"))
            kind = ErrorKind::Auth;
        else if (cls == QLatin1String("53")) {
            kind = ErrorKind::Io;
            diskFull = code == QLatin1String("53100");
        }
    }
    if (kind == ErrorKind::Database) {
        // Fall back on the text, for drivers and paths that report no code.
        const QString lower = text.toLower();
        if (lower.contains(QLatin1String("database is locked")))
            kind = ErrorKind::Locked;
        else if (lower.contains(QLatin1String("readonly"))
                 || lower.contains(QLatin1String("read-only")))
            kind = ErrorKind::ReadOnly;
        else if (lower.contains(QLatin1String("not a database"))
                 || lower.contains(QLatin1String("malformed")))
            kind = ErrorKind::Corrupt;
        else if (error.type() == QSqlError::ConnectionError && code.isEmpty())
            kind = ErrorKind::Unavailable;
    }

    QString why;
    switch (kind) {
    case ErrorKind::Locked:
        why = tr("the database is busy: another program is writing to it and did not finish "
                 "in time. Try again in a moment.");
        break;
    case ErrorKind::ReadOnly:
        why = tr("the database is read-only, so changes cannot be saved.");
        break;
    case ErrorKind::Corrupt:
        why = tr("the file is not a product database, or it is damaged.");
        break;
    case ErrorKind::Unavailable:
        why = tr("the database cannot be reached.");
        break;
    case ErrorKind::InvalidInput:
        why = tr("the database rejected a value that breaks one of its rules.");
        break;
    case ErrorKind::Io:
        why = diskFull ? tr("the disk is full. Free some space and try again; nothing was "
                            "saved.")
                       : tr("the disk reported an error (it may be full).");
        break;
    case ErrorKind::Auth:
        why = tr("access to the database was denied.");
        break;
    default:
        why = tr("the database reported an error.");
        break;
    }
    return Error(kind, tr("%1 failed: %2 (%3)").arg(context, why, text.trimmed()));
}

bool Database::isConnectionLost(const QSqlError &error) const
{
    if (m_config.driver != DatabaseConfig::Driver::Postgres)
        return false;
    // QPSQL's isOpen() is libpq's PQstatus(conn) == CONNECTION_OK: the authoritative answer.
    if (!m_db.isOpen())
        return true;
    // The status can lag behind the error: the SQLSTATEs of a closed connection and libpq's
    // texts.
    const QString code = error.nativeErrorCode();
    if (code.startsWith(QLatin1String("08")) || code == QLatin1String("57P01")
        || code == QLatin1String("57P02") || code == QLatin1String("57P03"))
        return true;
    const QString text = error.text().toLower();
    return text.contains(QLatin1String("server closed the connection"))
            || text.contains(QLatin1String("no connection to the server"))
            || text.contains(QLatin1String("terminating connection"));
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
        result = toError(m_db.lastError(),
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
    Error e = toError(error, context);
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

void Database::setSqlObserver(std::function<void(const SqlEvent &)> observer)
{
    m_observer = std::move(observer);
}

void Database::report(const QString &sql, const QVariantList &bound, qint64 ns, int rows,
                      const QString &error) const
{
    if (!m_observer)
        return;
    SqlEvent event;
    event.sql = sql;
    event.bound = bound;
    event.durationNs = ns;
    event.rows = rows;
    event.error = error;
    m_observer(event);
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

Result<int> Database::selectSqlite(const QString &sql, const QVariantList &bound,
                                   const std::function<void(sqlite3_stmt *)> &row)
{
    if (!m_sqlite)
        return Error(ErrorKind::Internal, tr("The SQLite fast path needs a SQLite connection."));
    QElapsedTimer timer;
    if (m_observer)
        timer.start();
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v2(m_sqlite, utf8.constData(), int(utf8.size()), &stmt, nullptr);
    if (rc != SQLITE_OK)
        return sqliteFailure(rc, sql, bound, timer);
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> guard(stmt, sqlite3_finalize);
    return stepSqlite(stmt, sql, bound, row, timer);
}

Result<int> Database::selectSqliteCached(const QString &sql, const QVariantList &bound,
                                         const std::function<void(sqlite3_stmt *)> &row)
{
    if (!m_sqlite)
        return Error(ErrorKind::Internal, tr("The SQLite fast path needs a SQLite connection."));
    QElapsedTimer timer;
    if (m_observer)
        timer.start();
    sqlite3_stmt *stmt = nullptr;
    for (const auto &cached : m_cachedStatements) {
        if (cached.first == sql) {
            stmt = cached.second;
            break;
        }
    }
    if (!stmt) {
        const QByteArray utf8 = sql.toUtf8();
        const int rc = sqlite3_prepare_v3(m_sqlite, utf8.constData(), int(utf8.size()),
                                          SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
        if (rc != SQLITE_OK)
            return sqliteFailure(rc, sql, bound, timer);
        m_cachedStatements.emplace_back(sql, stmt);
    }
    // Reset on every exit, so a kept statement never holds a read transaction open.
    const std::unique_ptr<sqlite3_stmt, void (*)(sqlite3_stmt *)> guard(stmt, [](sqlite3_stmt *s) {
        sqlite3_reset(s);
        sqlite3_clear_bindings(s);
    });
    return stepSqlite(stmt, sql, bound, row, timer);
}

Result<int> Database::stepSqlite(sqlite3_stmt *stmt, const QString &sql, const QVariantList &bound,
                                 const std::function<void(sqlite3_stmt *)> &row,
                                 const QElapsedTimer &timer)
{
    int rc = SQLITE_OK;
    for (int i = 0; i < bound.size(); ++i) {
        const QVariant &v = bound.at(i);
        if (v.typeId() == QMetaType::QString) {
            const QByteArray text = v.toString().toUtf8();
            rc = sqlite3_bind_text(stmt, i + 1, text.constData(), int(text.size()),
                                   SQLITE_TRANSIENT);
        } else {
            rc = sqlite3_bind_int64(stmt, i + 1, v.toLongLong());
        }
        if (rc != SQLITE_OK)
            return sqliteFailure(rc, sql, bound, timer);
    }
    int rows = 0;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        row(stmt);
        ++rows;
    }
    if (rc != SQLITE_DONE)
        return sqliteFailure(rc, sql, bound, timer);
    if (m_observer)
        report(sql, bound, timer.nsecsElapsed(), rows, QString());
    return rows;
}

Error Database::sqliteFailure(int rc, const QString &sql, const QVariantList &bound,
                              const QElapsedTimer &timer) const
{
    const QSqlError e(tr("SQLite error"), QString::fromUtf8(sqlite3_errmsg(m_sqlite)),
                      QSqlError::StatementError, QString::number(rc));
    if (m_observer)
        report(sql, bound, timer.nsecsElapsed(), -1, e.text());
    return toError(e, tr("Reading from the database"));
}

} // namespace pm

namespace pm {

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
    Int64Row v{fallback, fallback, fallback};
    if (!m_sqlite) {
        auto r = select(sql, {}, [&v](const QSqlQuery &q) {
            const int columns = std::min(q.record().count(), int(v.size()));
            for (int i = 0; i < columns; ++i)
                v[size_t(i)] = q.value(i).toLongLong();
        });
        if (!r)
            return r.error();
        return v;
    }
    // Inside a transaction our own uncommitted writes are visible to SQL but not yet in the
    // WAL index: always ask SQLite then.
    const bool autocommit = sqlite3_get_autocommit(m_sqlite) != 0;
    WalIndexWatch::Stamp stamp;
    // The stamp is read BEFORE the statement runs: a commit in between leaves an older stamp
    // with a newer answer, which only costs one more real read next time, never a stale one.
    const bool stamped = autocommit && m_walWatch && m_walWatch->read(stamp);
    if (stamped && stamp == m_untilChangedStamp) {
        for (const auto &known : m_untilChanged) {
            if (known.first == sql) {
                ++m_untilChangedFromMemory;
                return known.second;
            }
        }
    }
    auto r = selectSqliteCached(sql, {}, [&v](sqlite3_stmt *stmt) {
        const int columns = std::min(sqlite3_column_count(stmt), int(v.size()));
        for (int i = 0; i < columns; ++i)
            v[size_t(i)] = sqlite3_column_int64(stmt, i);
    });
    if (!r)
        return r.error();
    ++m_untilChangedRan;
    if (!m_walWatchTried && m_changeWatchAllowed && autocommit) {
        // After the first read the WAL index exists (if the database is in WAL mode at all).
        m_walWatchTried = true;
        // Only a shared-memory WAL index (WAL mode, normal locking) is one other processes
        // write to; in exclusive locking mode it lives on the heap.
        auto pragma = [this](const char *sql) {
            QString text;
            auto r = selectSqlite(QString::fromLatin1(sql), {}, [&text](sqlite3_stmt *stmt) {
                text = QString::fromUtf8(
                        reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
            });
            return r ? text.toLower() : QString();
        };
        if (pragma("PRAGMA main.journal_mode") == QLatin1String("wal")
            && pragma("PRAGMA main.locking_mode") == QLatin1String("normal"))
            m_walWatch = WalIndexWatch::open(m_sqlite);
        qCDebug(lcDb) << "list-version fast path:"
                      << (m_walWatch ? "WAL-index watch" : "none (SQL every time)");
        return v; // no stamp was read before this statement
    }
    if (!stamped)
        return v;
    if (stamp != m_untilChangedStamp) {
        m_untilChangedStamp = stamp;
        m_untilChanged.clear();
    }
    bool found = false;
    for (auto &known : m_untilChanged) {
        if (known.first == sql) {
            known.second = v;
            found = true;
        }
    }
    if (!found)
        m_untilChanged.emplace_back(sql, v);
    return v;
}

} // namespace pm
