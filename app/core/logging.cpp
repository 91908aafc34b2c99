#include "core/logging.h"
#include "core/result.h"

Q_LOGGING_CATEGORY(lcCache, "pm.cache", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRedis, "pm.redis", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDb, "pm.db", QtInfoMsg)
Q_LOGGING_CATEGORY(lcProducts, "pm.products", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "pm.ui", QtInfoMsg)

namespace pm {

QString errorKindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::InvalidInput:
        return QStringLiteral("invalid");
    case ErrorKind::NotFound:
        return QStringLiteral("not_found");
    case ErrorKind::Type:
        return QStringLiteral("type");
    case ErrorKind::Unavailable:
        return QStringLiteral("unavailable");
    case ErrorKind::Timeout:
        return QStringLiteral("timeout");
    case ErrorKind::Io:
        return QStringLiteral("io");
    case ErrorKind::Protocol:
        return QStringLiteral("protocol");
    case ErrorKind::Reply:
        return QStringLiteral("reply");
    case ErrorKind::OutOfMemory:
        return QStringLiteral("oom");
    case ErrorKind::ReadOnly:
        return QStringLiteral("readonly");
    case ErrorKind::Auth:
        return QStringLiteral("auth");
    case ErrorKind::Locked:
        return QStringLiteral("locked");
    case ErrorKind::Corrupt:
        return QStringLiteral("corrupt");
    case ErrorKind::TooLarge:
        return QStringLiteral("too_large");
    case ErrorKind::SchemaTooNew:
        return QStringLiteral("schema_too_new");
    case ErrorKind::Database:
        return QStringLiteral("database");
    case ErrorKind::Internal:
        break;
    }
    return QStringLiteral("internal");
}

} // namespace pm
