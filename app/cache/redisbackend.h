#pragma once
// Owned by the Redis helper (branch feat/redis) from here on; the cache factory only needs the
// declaration below.

#include "cache/cachebackend.h"
#include "core/result.h"

#include <QString>

#include <memory>

namespace pm {

class Clock;
class ValueCodec;

/// Creates the Redis backend for a `redis://[user:password@]host:port/db` or
/// `unix:///path/redis.sock?db=N` URL. Values other than integers go through `codec` (copied).
/// Connecting may be lazy; an unreachable server is reported by the first call or by PING.
Result<std::unique_ptr<CacheBackend>> createRedisBackend(const QString &url, Clock &clock,
                                                         const ValueCodec &codec);

} // namespace pm
