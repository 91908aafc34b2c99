#include "products/pagedlist.h"

#include "products/productservice.h"

#include <QStringList>
#include <QVarLengthArray>

#include <algorithm>
#include <type_traits>

namespace pm {

// QList::append(QList &&) moves the rows only for such a type (else it copies them).
static_assert(std::is_nothrow_move_constructible_v<Product>);

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
        QList<QPair<QString, QVariant>> &items = got.value();
        if (items.size() != n) {
            out.missReason = QStringLiteral("a page is missing");
            return out;
        }
        QVarLengthArray<ProductList, ProductService::PagesPerCall> pages;
        qint64 batchProducts = 0;
        for (int i = 0; i < n; ++i) {
            QVariant &v = items[i].second;
            const int index = first + i;
            const qint64 expected = index + 1 < manifest.pageCount
                    ? manifest.pageSize
                    : manifest.count - qint64(index) * manifest.pageSize;
            if (v.metaType() != QMetaType::fromType<CachedProductList>()) {
                out.missReason = QStringLiteral("a page is not a product list");
                return out;
            }
            // The page in place (the answer holds the only reference): its rows are moved, not
            // copied, into the list below, so no title's reference count is touched twice per
            // load (a locked increment and decrement each, ~12 ns per product).
            auto &page = *static_cast<CachedProductList *>(v.data());
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
            pages.append(std::move(page.products));
            batchProducts += expected;
            out.verifiedPages = index + 1;
        }
        if (first == 0) {
            // Reserved only once the first pages proved the manifest, and at most 16 times
            // what they hold (a forged count reserves nothing): every list of up to 256 pages
            // (1 M products at the default page size) is still built in one allocation.
            products.reserve(qsizetype(std::min(manifest.count, 16 * batchProducts)));
        }
        for (ProductList &page : pages)
            products.append(std::move(page)); // moves the rows when the page is not shared
        if (progress)
            progress(products.size(), manifest.count);
    }
    out.products = std::move(products);
    return out;
}

} // namespace pm
