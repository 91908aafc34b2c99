#pragma once

#include "cache/cache.h"
#include "core/result.h"

#include <memory>

namespace pm {

class Clock;

/// The cache the product list goes through: the backend the URL names, with the flat
/// "product_list" codec registered so a cached list encodes and decodes fast.
Result<std::unique_ptr<Cache>> createProductCache(const QString &url, Clock &clock,
                                                  CacheOptions options = {});

} // namespace pm
