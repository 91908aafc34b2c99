#include "redis/rediserror.h"

#include "redis/redisreply.h"

#include <hiredis/hiredis.h>

#include <QCoreApplication>

#include <cerrno>
#include <cstring>

namespace pm {

ErrorKind RedisError::kindOfReply(QByteArrayView text)
{
    qsizetype space = text.indexOf(' ');
    const QByteArrayView prefix = space < 0 ? text : text.first(space);
    if (prefix == "OOM")
        return ErrorKind::OutOfMemory;
    if (prefix == "READONLY")
        return ErrorKind::ReadOnly;
    if (prefix == "NOAUTH" || prefix == "WRONGPASS" || prefix == "NOPERM")
        return ErrorKind::Auth;
    if (prefix == "WRONGTYPE")
        return ErrorKind::Type;
    if (prefix == "LOADING" || prefix == "MASTERDOWN" || prefix == "BUSY" || prefix == "TRYAGAIN"
        || prefix == "CLUSTERDOWN")
        return ErrorKind::Unavailable;
    // AUTH against a server without a password: "ERR AUTH <password> called without any
    // password configured…" is an authentication problem, not a generic reply error.
    if (prefix == "ERR" && text.size() > 8 && text.sliced(4).startsWith("AUTH"))
        return ErrorKind::Auth;
    return ErrorKind::Reply;
}

Error RedisError::fromReply(const RedisReply &reply)
{
    if (!reply.isError())
        return Error(ErrorKind::Internal,
                     QCoreApplication::translate("pm::RedisError", "Not an error reply."));
    const QByteArrayView text = reply.view();
    return Error(kindOfReply(text), QString::fromUtf8(text.data(), text.size()));
}

Error RedisError::fromErrno(int error, const char *what)
{
    const QString message = QStringLiteral("%1: %2").arg(QString::fromLatin1(what),
                                                         QString::fromLocal8Bit(strerror(error)));
    switch (error) {
    case ECONNREFUSED:
    case ENOENT:
    case ECONNRESET:
    case ECONNABORTED:
    case EPIPE:
    case ENOTCONN:
    case EHOSTUNREACH:
    case ENETUNREACH:
    case ENETDOWN:
        return Error(ErrorKind::Unavailable, message);
    case ETIMEDOUT:
        return Error(ErrorKind::Timeout, message);
    default:
        return Error(ErrorKind::Io, message);
    }
}

Error RedisError::fromContext(const redisContext *c)
{
    if (!c)
        return Error(ErrorKind::Internal, QStringLiteral("no context"));
    const QString text = QString::fromLocal8Bit(c->errstr);
    switch (c->err) {
    case REDIS_ERR_EOF:
        return Error(ErrorKind::Unavailable, text);
    case REDIS_ERR_PROTOCOL:
        return Error(ErrorKind::Protocol, text);
    case REDIS_ERR_IO:
        if (errno == EAGAIN || errno == EWOULDBLOCK)
            return Error(ErrorKind::Timeout, text);
        {
            // hiredis's errstr already is strerror(errno): keep the kind, not the text twice.
            Error e = fromErrno(errno, "");
            e.message = text;
            return e;
        }
    case REDIS_ERR_OOM:
        return Error(ErrorKind::Internal, text);
    default:
        // hiredis reports a failed connect() as REDIS_ERR_OTHER with errno's text.
        if (strstr(c->errstr, "refused") || strstr(c->errstr, "No such file"))
            return Error(ErrorKind::Unavailable, text);
        return Error(ErrorKind::Io, text);
    }
}

} // namespace pm
