#include "products/productcache.h"

#include "cache/cachefactory.h"
#include "cache/valuecodec.h"
#include "products/productlistcodec.h"

namespace pm {

Result<std::unique_ptr<Cache>> createProductCache(const QString &url, Clock &clock,
                                                  CacheOptions options)
{
    ValueCodec codec;
    ProductListCodec::registerWith(codec);
    // The product service decides itself that a failed read is a miss, so that it can count
    // the failure, say so in the window and skip the fill.
    options.readErrorsAreMisses = false;
    auto backend = createCacheBackend(url, clock, codec);
    if (!backend)
        return backend.error();
    return std::make_unique<Cache>(std::move(backend.value()), std::move(options));
}

} // namespace pm
