#include "db/sqlerrormap.h"

#include <QCoreApplication>
#include <QSqlError>

namespace pm {

namespace {

bool isSqliteCode(const QString &code)
{
    // SQLite reports numeric result codes (at most four digits); PostgreSQL reports
    // five-character SQLSTATEs.
    return !code.isEmpty() && code.size() < 5;
}

} // namespace

// The messages keep the translation context of the class they came from (pm::Database).
Error SqlErrorMap::toError(const QSqlError &error, const QString &context)
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
        why = QCoreApplication::translate(
                "pm::Database",
                "the database is busy: another program is writing to it and did not finish "
                "in time. Try again in a moment.");
        break;
    case ErrorKind::ReadOnly:
        why = QCoreApplication::translate("pm::Database",
                                          "the database is read-only, so changes cannot be saved.");
        break;
    case ErrorKind::Corrupt:
        why = QCoreApplication::translate("pm::Database",
                                          "the file is not a product database, or it is damaged.");
        break;
    case ErrorKind::Unavailable:
        why = QCoreApplication::translate("pm::Database", "the database cannot be reached.");
        break;
    case ErrorKind::InvalidInput:
        why = QCoreApplication::translate(
                "pm::Database", "the database rejected a value that breaks one of its rules.");
        break;
    case ErrorKind::Io:
        why = diskFull ? QCoreApplication::translate(
                      "pm::Database",
                      "the disk is full. Free some space and try again; nothing was "
                      "saved.")
                       : QCoreApplication::translate(
                               "pm::Database", "the disk reported an error (it may be full).");
        break;
    case ErrorKind::Auth:
        why = QCoreApplication::translate("pm::Database", "access to the database was denied.");
        break;
    default:
        why = QCoreApplication::translate("pm::Database", "the database reported an error.");
        break;
    }
    return Error(kind,
                 QCoreApplication::translate("pm::Database", "%1 failed: %2 (%3)")
                         .arg(context, why, text.trimmed()));
}

bool SqlErrorMap::meansConnectionLost(const QSqlError &error)
{
    // The SQLSTATEs of a closed connection and libpq's texts.
    const QString code = error.nativeErrorCode();
    if (code.startsWith(QLatin1String("08")) || code == QLatin1String("57P01")
        || code == QLatin1String("57P02") || code == QLatin1String("57P03"))
        return true;
    const QString text = error.text().toLower();
    return text.contains(QLatin1String("server closed the connection"))
            || text.contains(QLatin1String("no connection to the server"))
            || text.contains(QLatin1String("terminating connection"));
}

} // namespace pm
