#include "cache/cachefactory.h"

#include "cache/cacheurl.h"
#include "cache/memorybackend.h"
#include "cache/redisbackend.h"
#include "core/logging.h"

namespace pm {

Result<std::unique_ptr<CacheBackend>> createCacheBackend(const QString &url, Clock &clock,
                                                         const ValueCodec &codec)
{
    Result<CacheUrl> parsed = CacheUrl::parse(url);
    if (!parsed)
        return parsed.error();
    qCInfo(lcCache).noquote() << "cache backend:" << parsed->redacted();
    if (parsed->isRedis())
        return createRedisBackend(parsed->url(), clock, codec);
    MemoryBackendOptions options = parsed->memoryOptions();
    options.maxValueBytes = codec.maxBytes();
    return std::unique_ptr<CacheBackend>(std::make_unique<MemoryBackend>(clock, options, codec));
}

} // namespace pm
