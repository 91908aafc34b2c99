#pragma once

#include "cache/cache.h"
#include "core/result.h"
#include "products/productlistcodec.h"

#include <QString>

#include <functional>
#include <optional>

namespace pm {

/// What reading the pages of a paged list found.
struct PagedListRead
{
    /// The whole list, when every page was present and belongs to the manifest's fill.
    std::optional<ProductList> products;
    /// Pages 0 … verifiedPages-1 were read and belong to the manifest's catalogue, version and
    /// fill: the only page keys an invalidation may take from this read.
    int verifiedPages = 0;
    int cacheCalls = 0;
    /// The cache failed (not a miss of the list's making).
    std::optional<Error> cacheError;
    /// Why the list is a miss (missing page, another fill, wrong size …); empty otherwise.
    QString missReason;
};

/// Reads and checks the pages a manifest names, PagesPerCall at a time, the way the list
/// service serves a paged hit (and the inspector checks one). The manifest is believed only as
/// far as its pages prove it: nothing is reserved from its count before the first pages are
/// verified. `progress(done, total)` (may be empty) is called after every batch.
PagedListRead readPagedList(Cache &cache, const CachedProductListManifest &manifest,
                            const std::function<void(qint64 done, qint64 total)> &progress = {});

} // namespace pm
