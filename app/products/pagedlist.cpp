#include "products/pagedlist.h"

#include "products/productservice.h"

#include <QStringList>
#include <QVarLengthArray>

#include <algorithm>

namespace pm {

PagedListRead readPagedList(Cache &cache, const CachedProductListManifest &manifest,
                            const std::function<void(qint64 done, qint64 total)> &progress)
{
    PagedListRead out;
    if (!manifest.isConsistent()) {
        out.missReason = QStringLiteral("the manifest is inconsistent");
        return out;
    }
    const Version version(int(manifest.listVersion));
    ProductList products;
    for (int first = 0; first < manifest.pageCount; first += ProductService::PagesPerCall) {
        const int n = std::min(ProductService::PagesPerCall, manifest.pageCount - first);
        QStringList keys;
        keys.reserve(n);
        for (int i = 0; i < n; ++i)
            keys.append(ProductService::pageKey(first + i));
        auto got = cache.getMany(keys, version);
        ++out.cacheCalls;
        if (!got) {
            out.cacheError = got.error();
            return out;
        }
        // Present keys only, in request order: a short answer is a missing page.
        if (got.value().size() != n) {
            out.missReason = QStringLiteral("a page is missing");
            return out;
        }
        QVarLengthArray<ProductList, ProductService::PagesPerCall> pages;
        qint64 batchProducts = 0;
        for (int i = 0; i < n; ++i) {
            const QVariant &v = got.value().at(i).second;
            const int index = first + i;
            const qint64 expected = index + 1 < manifest.pageCount
                    ? manifest.pageSize
                    : manifest.count - qint64(index) * manifest.pageSize;
            if (!v.canConvert<CachedProductList>()) {
                out.missReason = QStringLiteral("a page is not a product list");
                return out;
            }
            const auto page = v.value<CachedProductList>();
            if (page.catalogueId != manifest.catalogueId || page.listVersion != manifest.listVersion
                || page.listStamp != manifest.listStamp || page.products.size() != expected) {
                out.missReason = QStringLiteral("a page does not match the manifest");
                return out;
            }
            if (page.fillId != manifest.fillId) {
                // Two fills of one version interleaved (their rows may differ): never joined.
                out.missReason = QStringLiteral("a page belongs to another fill");
                return out;
            }
            pages.append(page.products);
            batchProducts += expected;
            out.verifiedPages = index + 1;
        }
        if (first == 0) {
            // Reserved only once the first pages proved the manifest, and at most 16 times
            // what they hold (a forged count reserves nothing): every list of up to 256 pages
            // (1 M products at the default page size) is still built in one allocation.
            products.reserve(qsizetype(std::min(manifest.count, 16 * batchProducts)));
        }
        for (const ProductList &page : pages)
            products.append(page);
        if (progress)
            progress(products.size(), manifest.count);
    }
    out.products = std::move(products);
    return out;
}

} // namespace pm
