#pragma once

#include "core/result.h"

#include <QString>

class QSqlError;

namespace pm {

/// What a database error means for the app: QSqlError's driver codes (SQLite result codes,
/// PostgreSQL SQLSTATEs) and, failing those, its text, mapped to an ErrorKind and a message
/// the user can act on.
class SqlErrorMap
{
public:
    /// Locked, ReadOnly, Corrupt, Unavailable, InvalidInput (constraint violations), Io (disk
    /// full), Auth, Timeout, else Database. The message is "<context> failed: <why> (<text>)".
    static Error toError(const QSqlError &error, const QString &context);
    /// True for the SQLSTATEs and libpq texts of a PostgreSQL connection that has gone away.
    static bool meansConnectionLost(const QSqlError &error);
};

} // namespace pm
