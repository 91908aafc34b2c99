#include "pgsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace pm::test {

namespace {

std::atomic<int> g_adminCounter{0};

/// Runs statements on a short-lived connection to database `db` as the superuser.
Result<void> runAdmin(const QString &socketDir, const QString &db, const QStringList &sql,
                      bool *exists = nullptr, const QString &probe = {})
{
    const QString name = QStringLiteral("pm-test-admin-%1").arg(g_adminCounter.fetch_add(1));
    Result<void> result;
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        c.setHostName(socketDir);
        c.setUserName(QStringLiteral("postgres"));
        c.setDatabaseName(db);
        c.setConnectOptions(QStringLiteral("connect_timeout=5"));
        if (!c.open()) {
            result = Error(ErrorKind::Unavailable,
                           QStringLiteral("cannot connect to the test PostgreSQL at %1: %2")
                                   .arg(socketDir, c.lastError().text()));
        } else {
            QSqlQuery q(c);
            if (exists) {
                if (!q.exec(probe)) {
                    result = Error(ErrorKind::Database, q.lastError().text());
                } else {
                    *exists = q.next();
                }
            }
            for (const QString &s : sql) {
                if (!result.ok())
                    break;
                if (!q.exec(s))
                    result = Error(ErrorKind::Database,
                                   QStringLiteral("%1: %2").arg(s, q.lastError().text()));
            }
            q.finish();
            c.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

Result<QString> postgresSocketDir()
{
    const QString dir = qEnvironmentVariable("PM_PG_SOCKET_DIR");
    if (dir.isEmpty())
        return Error(ErrorKind::Unavailable,
                     QStringLiteral("PM_PG_SOCKET_DIR is not set: run this test through ctest, "
                                    "which starts the PostgreSQL fixture"));
    QString socketDir = dir;
    QFile redirect(dir + QStringLiteral("/socket_dir"));
    if (redirect.open(QIODevice::ReadOnly))
        socketDir = QString::fromUtf8(redirect.readAll()).trimmed();
    if (!QFileInfo::exists(socketDir + QStringLiteral("/.s.PGSQL.5432")))
        return Error(ErrorKind::Unavailable,
                     QStringLiteral("no PostgreSQL server socket in %1 (did the pg_cluster_start "
                                    "fixture run?)")
                             .arg(socketDir));
    return socketDir;
}

Result<DatabaseConfig> freshPostgresDatabase(const QString &name)
{
    auto socketDir = postgresSocketDir();
    if (!socketDir)
        return socketDir.error();
    bool exists = false;
    auto r = runAdmin(*socketDir, QStringLiteral("postgres"), {}, &exists,
                      QStringLiteral("SELECT 1 FROM pg_database WHERE datname = '%1'").arg(name));
    if (!r)
        return r.error();
    if (!exists) {
        r = runAdmin(*socketDir, QStringLiteral("postgres"),
                     {QStringLiteral("CREATE DATABASE \"%1\"").arg(name)});
        if (!r)
            return r.error();
    }
    r = runAdmin(*socketDir, name,
                 {QStringLiteral("SET client_min_messages TO warning"),
                  QStringLiteral("DROP TABLE IF EXISTS products, meta")});
    if (!r)
        return r.error();
    DatabaseConfig config;
    config.driver = DatabaseConfig::Driver::Postgres;
    config.host = *socketDir;
    config.user = QStringLiteral("postgres");
    config.name = name;
    return config;
}

} // namespace pm::test
