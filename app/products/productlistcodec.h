#pragma once

#include "core/result.h"
#include "products/product.h"

#include <QByteArray>
#include <QList>

namespace pm {

class ValueCodec;

using ProductList = QList<Product>;

/// What the cache holds for the list: the rows and which catalogue and list version they are.
/// A hit counts only when both match the database's, so two catalogues sharing one cache
/// never see each other's list even at equal versions.
struct CachedProductList
{
    qint64 catalogueId = 0;
    qint64 listVersion = 0;
    ProductList products; ///< implicitly shared: copying the value copies no rows
};

/// A flat binary codec for a whole product list: the payload the cache envelope carries for
/// the "product_list" type. Decoding dominates a Redis hit (PLATFORM.md: 74% with
/// QDataStream), so the layout is fixed-width little-endian fields plus UTF-16 titles that
/// decode with one memcpy each:
///   u32 count, then per product: i64 id, i64 price_cents, i64 created_ms, i64 updated_ms,
///   u32 title_units, title_units × u16.
/// The envelope around it carries magic, version, length and checksum.
namespace ProductListCodec {
inline constexpr char TypeName[] = "product_list";

QByteArray encode(const ProductList &products);
/// Corrupt on any inconsistency (short buffer, trailing bytes, absurd lengths).
Result<ProductList> decode(const QByteArray &payload);
Result<ProductList> decode(const char *data, qsizetype size);
/// Registers the "product_list" object codec for CachedProductList values:
/// i64 catalogue id, i64 list version, then the list as encode() writes it.
void registerWith(ValueCodec &codec);
} // namespace ProductListCodec

} // namespace pm

Q_DECLARE_METATYPE(pm::ProductList)
Q_DECLARE_METATYPE(pm::CachedProductList)
