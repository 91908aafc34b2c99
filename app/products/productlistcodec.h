#pragma once

#include "core/result.h"
#include "products/product.h"

#include <QByteArray>
#include <QList>

namespace pm {

class ValueCodec;

using ProductList = QList<Product>;

/// What the cache holds for the list: the rows and which database state they were read from
/// (catalogue, list version and list stamp). A hit counts only when all three match the
/// database's, so two catalogues sharing one cache never see each other's list even at equal
/// versions, and a database restored from a backup (or a lagging replica promoted after a
/// failover) that reaches an old version number again is not served the list cached for it.
struct CachedProductList
{
    qint64 catalogueId = 0;
    qint64 listVersion = 0;
    ProductList products; ///< implicitly shared: copying the value copies no rows
    /// The random stamp every write sets with the version (ListState::stamp).
    qint64 listStamp = 0;
    /// A page of a paged list: the fill it belongs to (CachedProductListManifest::fillId), so
    /// that pages of two fills of one version are never joined. 0 for a list in one value.
    quint64 fillId = 0;
};

/// What the cache holds under the list key for a large catalogue instead of the list itself:
/// the list is split into pages of `pageSize` products (CachedProductList values under the
/// keys pageKey(i), same cache version), so no value nears the size cap and no instance
/// fetches one giant value. A hit needs the manifest and every page, all of the same
/// catalogue and version; anything missing or inconsistent is a miss.
struct CachedProductListManifest
{
    /// Hard limits, whatever a (checksum-valid but forged) manifest claims: a page must fit in
    /// one cache value (16 MiB, 36+ bytes a product), and 4,096 pages of the default 4,096
    /// products hold 16.7 M products, far beyond the catalogues the app is built for.
    static constexpr int MaxPageSize = 1 << 18;
    static constexpr int MaxPageCount = 4096;

    qint64 catalogueId = 0;
    qint64 listVersion = 0;
    qint64 count = 0; ///< products in the whole list
    int pageSize = 0;
    int pageCount = 0;
    /// A random id of the fill that wrote this manifest and its pages (never 0): a page of
    /// another fill of the same version (a concurrent writer) makes the list a miss.
    quint64 fillId = 0;
    qint64 listStamp = 0; ///< as CachedProductList::listStamp
    /// True when the page arithmetic is consistent and within the limits (a corrupt or forged
    /// manifest is a miss). The manifest is still only believed once its pages are read.
    bool isConsistent() const
    {
        return count > 0 && pageSize > 0 && pageCount > 0 && fillId != 0 && pageSize <= MaxPageSize
                && pageCount <= MaxPageCount
                && qint64(pageCount) == (count + pageSize - 1) / pageSize;
    }
};

/// A flat binary codec for a whole product list: the payload the cache envelope carries for
/// the "product_list" type. Decoding dominates a Redis hit (about 74% of it when measured
/// with QDataStream), so the layout is fixed-width little-endian fields plus UTF-16 titles that
/// decode with one memcpy each:
///   u32 count, then per product: i64 id, i64 price_cents, i64 created_ms, i64 updated_ms,
///   u32 title_units, title_units × u16.
/// The envelope around it carries magic, version, length and checksum.
namespace ProductListCodec {
/// A payload of n bytes decodes into at most MaxDecodeExpansion × n bytes (plus a header):
/// every count and length is checked against the bytes present before anything is reserved.
/// Titles of any length are carried (the database may hold longer ones than the app writes).
inline constexpr int MaxDecodeExpansion = 3;
inline constexpr char TypeName[] = "product_list";
inline constexpr char ManifestTypeName[] = "product_list_manifest";

QByteArray encode(const ProductList &products);
/// Corrupt on any inconsistency (short buffer, trailing bytes, absurd lengths).
Result<ProductList> decode(const QByteArray &payload);
Result<ProductList> decode(const char *data, qsizetype size);
/// Registers the "product_list" object codec for CachedProductList values:
/// i64 catalogue id, i64 list version, u64 fill id, i64 list stamp, then the list as encode()
/// writes it. Also registers "product_list_manifest" for CachedProductListManifest values: i64
/// catalogue id, i64 list version, i64 count, u32 page size, u32 page count, u64 fill id, i64
/// list stamp (exactly 48 bytes). (Values of earlier layouts no longer decode: one miss each.)
void registerWith(ValueCodec &codec);
} // namespace ProductListCodec

} // namespace pm

Q_DECLARE_METATYPE(pm::ProductList)
Q_DECLARE_METATYPE(pm::CachedProductList)
Q_DECLARE_METATYPE(pm::CachedProductListManifest)
