#include "db/schemamigrator.h"

#include "core/logging.h"
#include "db/database.h"

#include <QCoreApplication>

namespace pm {

// The messages keep the translation context of the class they came from (pm::Database).
namespace {

Error schemaTooNew(int found, int understood)
{
    return Error(ErrorKind::SchemaTooNew,
                 QCoreApplication::translate(
                         "pm::Database",
                         "This database was written by a newer version of Product Manager (schema "
                         "version %1); this version understands schema versions up to %2. Upgrade "
                         "Product Manager to open it.")
                         .arg(found)
                         .arg(understood));
}

} // namespace

SchemaMigrator::SchemaMigrator(Database &db)
    : m_db(db)
{ }

Result<int> SchemaMigrator::storedVersion()
{
    const QString existsSql = m_db.driver() == DatabaseConfig::Driver::Sqlite
            ? QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND "
                             "name = 'meta'")
            : QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE "
                             "table_schema = current_schema() AND table_name = 'meta'");
    qint64 exists = 0;
    auto r = m_db.select(existsSql, {},
                         [&exists](const QSqlQuery &q) { exists = q.value(0).toLongLong(); });
    if (!r)
        return r.error();
    if (exists == 0)
        return 0;
    qint64 version = 0;
    r = m_db.select(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"), {},
                    [&version](const QSqlQuery &q) { version = q.value(0).toLongLong(); });
    if (!r)
        return r.error();
    return int(version);
}

Result<void> SchemaMigrator::migrate(const Schema &schema)
{
    auto version = storedVersion();
    if (!version)
        return version.error();
    if (*version > schema.version)
        return schemaTooNew(*version, schema.version);
    if (*version == schema.version)
        return {};
    if (m_db.isReadOnly())
        return Error(ErrorKind::ReadOnly,
                     QCoreApplication::translate("pm::Database",
                                                 "The database %1 needs an upgrade from schema "
                                                 "version %2 to %3, but the file is read-only.")
                             .arg(m_db.config().redactedUrl())
                             .arg(*version)
                             .arg(schema.version));

    if (auto r = m_db.beginWrite(); !r)
        return r;
    auto fail = [this](const Error &e) -> Result<void> {
        m_db.rollback();
        return e;
    };
    if (m_db.driver() == DatabaseConfig::Driver::Postgres) {
        // Two processes opening a fresh database at once must not both create the schema.
        if (auto r = m_db.select(QStringLiteral("SELECT pg_advisory_xact_lock(7070701)"), {},
                                 [](const QSqlQuery &) {});
            !r)
            return fail(r.error());
    }
    if (auto r = m_db.execRaw(QStringLiteral("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY "
                                             "KEY, value BIGINT NOT NULL)"),
                              QCoreApplication::translate("pm::Database", "Creating the schema"));
        !r)
        return fail(r.error());
    // Read again under the write lock: another process may have migrated meanwhile.
    version = storedVersion();
    if (!version)
        return fail(version.error());
    if (*version > schema.version)
        return fail(schemaTooNew(*version, schema.version));
    for (int v = *version + 1; v <= schema.version; ++v) {
        if (auto r = applyStep(schema, v); !r)
            return fail(r.error());
        qCInfo(lcDb) << "migrated" << m_db.config().redactedUrl() << "to schema version" << v;
    }
    if (auto r = m_db.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES "
                                          "('schema_version', ?) ON CONFLICT (key) DO UPDATE SET "
                                          "value = excluded.value"),
                           {qint64(schema.version)});
        !r)
        return fail(r.error());
    return m_db.commit();
}

Result<void> SchemaMigrator::applyStep(const Schema &schema, int version)
{
    const MigrationStep *step = nullptr;
    for (const MigrationStep &s : schema.steps) {
        if (s.version == version)
            step = &s;
    }
    if (!step || !step->statements)
        return Error(
                ErrorKind::Internal,
                QCoreApplication::translate("pm::Database", "No migration to schema version %1.")
                        .arg(version));
    const QString context
            = QCoreApplication::translate("pm::Database", "Migrating the schema to version %1")
                      .arg(version);
    for (const QString &sql : step->statements(m_db.driver())) {
        if (auto r = m_db.execRaw(sql, context); !r)
            return r;
    }
    return {};
}

} // namespace pm
