#pragma once

#include "core/result.h"

#include <QByteArrayView>

struct redisContext;

namespace pm {

class RedisReply;

/// Maps what Redis and hiredis report to pm::Error, with a precise taxonomy:
///   error replies: OOM → OutOfMemory, READONLY → ReadOnly, NOAUTH/WRONGPASS/NOPERM → Auth,
///   WRONGTYPE → Type, LOADING/MASTERDOWN/BUSY → Unavailable, anything else → Reply;
///   context errors: EOF/ECONNREFUSED/ENOENT/ECONNRESET/EPIPE → Unavailable, other I/O → Io,
///   protocol → Protocol. The raw reply text (with its prefix, e.g. "WRONGTYPE …") is kept
///   as the message so that logs show exactly what the server said.
class RedisError
{
public:
    /// The error kind of an error reply's text, from its first word.
    static ErrorKind kindOfReply(QByteArrayView text);
    /// An Error for an error reply (or Internal if `reply` is not an error reply).
    static Error fromReply(const RedisReply &reply);
    /// An Error for a failed hiredis context (c->err / c->errstr, errno for I/O).
    static Error fromContext(const redisContext *context);
    /// An Error for a socket errno.
    static Error fromErrno(int error, const char *what);
};

} // namespace pm
