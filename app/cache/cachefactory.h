#pragma once

#include "cache/cachebackend.h"
#include "cache/valuecodec.h"
#include "core/result.h"

#include <QString>

#include <memory>

namespace pm {

class Clock;

/// Creates the backend a cache URL names (see CacheUrl). InvalidInput for a bad URL;
/// Unavailable when the Redis backend cannot be created. Logs the URL with its password
/// redacted. `clock` must outlive the backend.
Result<std::unique_ptr<CacheBackend>> createCacheBackend(const QString &url, Clock &clock,
                                                         const ValueCodec &codec = ValueCodec());

} // namespace pm
