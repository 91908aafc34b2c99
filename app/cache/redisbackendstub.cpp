// STUB: the integrator deletes this file (and its line in app/cache/CMakeLists.txt) once
// app/cache/redisbackend.cpp from feat/redis provides createRedisBackend().
#include "cache/redisbackend.h"

#include <QCoreApplication>

namespace pm {

Result<std::unique_ptr<CacheBackend>> createRedisBackend(const QString &, Clock &,
                                                         const ValueCodec &)
{
    return Error(ErrorKind::Unavailable,
                 QCoreApplication::translate("pm::Cache", "redis backend not available"));
}

} // namespace pm
