#include "products/productlistcodec.h"

#include "cache/valuecodec.h"

#include <QtEndian>

#include <cstring>
#include <limits>

namespace pm::ProductListCodec {

namespace {

constexpr int FixedPerProduct = 4 * 8 + 4;
// decode() allocates the Product array (count × sizeof(Product)) and one title block of at most
// the payload plus a NUL per title; every product takes FixedPerProduct payload bytes, so the
// total stays within MaxDecodeExpansion × the payload (plus a block header).
static_assert(sizeof(Product) + 2 <= (MaxDecodeExpansion - 1) * FixedPerProduct,
              "a decoded product list must stay within MaxDecodeExpansion × its payload");
static_assert(MaxDecodeExpansion <= ValueCodec::MaxDecodeExpansion);

template<typename T>
void put(char *&out, T value)
{
    qToLittleEndian(value, out);
    out += sizeof(T);
}

template<typename T>
T take(const char *&in)
{
    const T value = qFromLittleEndian<T>(in);
    in += sizeof(T);
    return value;
}

/// memcpy for a title (usually at most 800 bytes): GCC inlines std::memcpy of a bounded size as
/// `rep movsq`, whose start-up cost was half of a 10k decode (perf annotate); fixed-size
/// 16-byte moves with an overlapping tail cost a few cycles.
Q_ALWAYS_INLINE void copyTitle(char *d, const char *s, size_t n)
{
    if (n >= 16) {
        size_t i = 0;
        for (; i + 16 <= n; i += 16)
            std::memcpy(d + i, s + i, 16);
        if (i < n)
            std::memcpy(d + n - 16, s + n - 16, 16);
    } else if (n >= 8) {
        std::memcpy(d, s, 8);
        std::memcpy(d + n - 8, s + n - 8, 8);
    } else if (n >= 4) {
        std::memcpy(d, s, 4);
        std::memcpy(d + n - 4, s + n - 4, 4);
    } else if (n >= 2) {
        std::memcpy(d, s, 2);
    }
}

Error corrupt(const char *what)
{
    return Error(ErrorKind::Corrupt, QStringLiteral("product list: %1").arg(QLatin1String(what)));
}

} // namespace

namespace {
void encodeInto(const ProductList &products, QByteArray &out);

/// The storage of this thread's last decode (see decode()): at most one list, of at most one
/// cache value's worth (the value size cap); while the caller holds that list it costs nothing
/// extra.
struct DecodeScratch
{
    ProductList products;
    QString::DataPointer titles;
};
thread_local DecodeScratch t_scratch;

/// Reused only when big enough and not much bigger: a small list must not pin a large block.
bool fitsReused(qsizetype capacity, qsizetype needed)
{
    return capacity >= needed && capacity <= 2 * needed + 256;
}

/// Empties the scratch list, which nothing else holds: the titles that still reference the
/// scratch title block give up their references in one atomic subtraction rather than one each.
/// All titles share that block, so per-title decrements are one serial chain of locked
/// instructions (~6 ns each on an AMD EPYC, 58 µs for 10k titles). The scratch's own reference
/// keeps the block alive. Titles modified since (other blocks) are destroyed as usual.
void releaseScratchList(DecodeScratch &scratch)
{
    QTypedArrayData<char16_t> *block = scratch.titles.d_ptr();
    int released = 0;
    if (block) {
        for (Product &p : scratch.products) {
            if (p.title.data_ptr().d_ptr() == block) {
                new (&p.title) QString(); // the reference is given back below, with the others
                ++released;
            }
        }
    }
    if (released > 0)
        block->ref_.fetchAndSubOrdered(released);
    scratch.products.clear();
}
} // namespace

QByteArray encode(const ProductList &products)
{
    QByteArray out;
    encodeInto(products, out);
    return out;
}

void registerWith(ValueCodec &codec)
{
    ObjectCodec c;
    c.name = QString::fromLatin1(TypeName);
    c.metaTypeId = qMetaTypeId<CachedProductList>();
    c.encode = [](const QVariant &value, QByteArray &out) -> Result<void> {
        const auto cached = value.value<CachedProductList>();
        char head[32];
        qToLittleEndian<qint64>(cached.catalogueId, head);
        qToLittleEndian<qint64>(cached.listVersion, head + 8);
        qToLittleEndian<quint64>(cached.fillId, head + 16);
        qToLittleEndian<qint64>(cached.listStamp, head + 24);
        out.append(head, sizeof head);
        encodeInto(cached.products, out);
        return {};
    };
    c.decode = [](const char *data, qsizetype size) -> Result<QVariant> {
        if (size < 32)
            return Error(ErrorKind::Corrupt, QStringLiteral("product list: no header"));
        CachedProductList cached;
        cached.catalogueId = qFromLittleEndian<qint64>(data);
        cached.listVersion = qFromLittleEndian<qint64>(data + 8);
        cached.fillId = qFromLittleEndian<quint64>(data + 16);
        cached.listStamp = qFromLittleEndian<qint64>(data + 24);
        auto list = decode(data + 32, size - 32);
        if (!list)
            return list.error();
        cached.products = std::move(list.value());
        return QVariant::fromValue(std::move(cached));
    };
    c.payloadSize = [](const QVariant &value) -> qint64 {
        // The header, then encodeInto()'s layout: a count, fixed fields and the UTF-16 title
        // of each product. One pass over the rows, no copy.
        const auto cached = value.value<CachedProductList>();
        qint64 size = 32 + 4;
        for (const Product &p : cached.products)
            size += FixedPerProduct + 2 * qint64(p.title.size());
        return size;
    };
    codec.registerObjectCodec(std::move(c));

    ObjectCodec m;
    m.name = QString::fromLatin1(ManifestTypeName);
    m.metaTypeId = qMetaTypeId<CachedProductListManifest>();
    m.encode = [](const QVariant &value, QByteArray &out) -> Result<void> {
        const auto manifest = value.value<CachedProductListManifest>();
        char bytes[48];
        qToLittleEndian<qint64>(manifest.catalogueId, bytes);
        qToLittleEndian<qint64>(manifest.listVersion, bytes + 8);
        qToLittleEndian<qint64>(manifest.count, bytes + 16);
        qToLittleEndian<quint32>(quint32(manifest.pageSize), bytes + 24);
        qToLittleEndian<quint32>(quint32(manifest.pageCount), bytes + 28);
        qToLittleEndian<quint64>(manifest.fillId, bytes + 32);
        qToLittleEndian<qint64>(manifest.listStamp, bytes + 40);
        out.append(bytes, sizeof bytes);
        return {};
    };
    m.decode = [](const char *data, qsizetype size) -> Result<QVariant> {
        if (size != 48)
            return Error(ErrorKind::Corrupt, QStringLiteral("product list manifest: bad size"));
        CachedProductListManifest manifest;
        manifest.catalogueId = qFromLittleEndian<qint64>(data);
        manifest.listVersion = qFromLittleEndian<qint64>(data + 8);
        manifest.count = qFromLittleEndian<qint64>(data + 16);
        const quint32 pageSize = qFromLittleEndian<quint32>(data + 24);
        const quint32 pageCount = qFromLittleEndian<quint32>(data + 28);
        manifest.fillId = qFromLittleEndian<quint64>(data + 32);
        manifest.listStamp = qFromLittleEndian<qint64>(data + 40);
        if (pageSize > quint32(std::numeric_limits<int>::max())
            || pageCount > quint32(std::numeric_limits<int>::max()))
            return Error(ErrorKind::Corrupt, QStringLiteral("product list manifest: bad pages"));
        manifest.pageSize = int(pageSize);
        manifest.pageCount = int(pageCount);
        if (!manifest.isConsistent())
            return Error(ErrorKind::Corrupt, QStringLiteral("product list manifest: bad pages"));
        return QVariant::fromValue(manifest);
    };
    codec.registerObjectCodec(std::move(m));
}

namespace {

/// Appends the encoding to `out` (the envelope's header may already be there).
void encodeInto(const ProductList &products, QByteArray &out)
{
    qsizetype size = 4;
    for (const Product &p : products)
        size += FixedPerProduct + 2 * p.title.size();

    const qsizetype offset = out.size();
    out.resize(offset + size);
    char *w = out.data() + offset;
    put<quint32>(w, quint32(products.size()));
    for (const Product &p : products) {
        put<qint64>(w, p.id);
        put<qint64>(w, p.price.cents());
        put<qint64>(w, p.createdMs);
        put<qint64>(w, p.updatedMs);
        put<quint32>(w, quint32(p.title.size()));
        const qsizetype bytes = 2 * p.title.size();
        if constexpr (Q_BYTE_ORDER == Q_LITTLE_ENDIAN) {
            std::memcpy(w, p.title.utf16(), size_t(bytes));
        } else {
            qToLittleEndian<char16_t>(p.title.utf16(), p.title.size(), w);
        }
        w += bytes;
    }
}

} // namespace

Result<ProductList> decode(const QByteArray &payload)
{
    return decode(payload.constData(), payload.size());
}

Result<ProductList> decode(const char *data, qsizetype size)
{
    const char *r = data;
    const char *end = r + size;
    if (end - r < 4)
        return corrupt("too short for a count");
    const quint32 count = take<quint32>(r);
    // Every product needs at least FixedPerProduct bytes: bound the count before reserving.
    if (quint64(count) * FixedPerProduct > quint64(end - r))
        return corrupt("count exceeds the payload");

    // Every byte that is not a fixed field is title text, so this bounds the title units.
    const qsizetype titleUnits = ((end - r) - qsizetype(count) * FixedPerProduct) / 2;
    // All titles live in ONE shared, reference-counted block (each QString references it at
    // its own offset, NUL-terminated as QString requires): a decode is one allocation plus
    // memcpy instead of one malloc per title, which was three quarters of a 10k decode
    // (bench/FINDINGS.md), and freeing the list is one free. Modifying a title detaches it as
    // usual; the block lives until its last title goes.
    //
    // Both the product array and the title block are taken from this thread's previous decode
    // when nothing else holds it any more: a repeated hit then writes into memory that is
    // already faulted in, instead of fresh pages (above 128 KiB glibc's default malloc hands
    // out a fresh mmap, faulted page by page, whatever the CPU).
    DecodeScratch &scratch = t_scratch;
    const qsizetype titleCapacity = titleUnits + qsizetype(count) + 1;
    ProductList products;
    if (scratch.products.isDetached()) {
        const bool reuse = fitsReused(scratch.products.capacity(), count);
        releaseScratchList(scratch); // keeps the capacity; drops the old titles' references
        if (reuse)
            products = std::move(scratch.products);
        else
            scratch.products = ProductList();
    }
    // Built in place: no per-product move and destroy (callgrind: ~20% of a decode).
    products.resize(static_cast<qsizetype>(count));
    QString::DataPointer owner; // our reference to the title block, kept by the scratch
    if (scratch.titles.d_ptr() && !scratch.titles.d_ptr()->isShared()
        && fitsReused(scratch.titles.constAllocatedCapacity(), titleCapacity)) {
        owner = std::move(scratch.titles);
    } else {
        auto [block, text] = QTypedArrayData<char16_t>::allocate(titleCapacity);
        if (!block)
            return corrupt("out of memory for the titles");
        owner = QString::DataPointer(block, text, 0);
    }
    QTypedArrayData<char16_t> *block = owner.d_ptr();
    char16_t *w = owner.data();

    // Every title's reference to the block, taken in one atomic add (see releaseScratchList());
    // a corrupt payload gives back those of the titles not yet built.
    block->ref_.fetchAndAddRelaxed(int(count));
    Product *out = products.data();
    quint32 i = 0;
    const auto fail = [&](const char *what) {
        block->ref_.fetchAndSubOrdered(int(count - i));
        scratch.titles = std::move(owner); // reusable once the titles built so far are gone
        return corrupt(what);
    };
    for (; i < count; ++i) {
        if (end - r < FixedPerProduct)
            return fail("truncated product");
        Product &p = out[i];
        p.id = take<qint64>(r);
        const qint64 cents = take<qint64>(r);
        if (cents < 0 || cents > Money::MaxCents)
            return fail("price out of range");
        p.price = Money(cents);
        p.createdMs = take<qint64>(r);
        p.updatedMs = take<qint64>(r);
        const quint32 units = take<quint32>(r);
        // The later products' fixed fields must still fit: this keeps the titles within the
        // block sized above, whatever a corrupt payload claims.
        // No cap at the app's title limit: the database may hold longer titles (written by
        // another tool before its CHECK existed), and what the encoder writes must decode,
        // or every load of such a list would be a corrupt miss and a refill, forever.
        const qint64 laterFixed = qint64(count - i - 1) * FixedPerProduct;
        if (qint64(units) * 2 > (end - r) - laterFixed)
            return fail("bad title length");
        if constexpr (Q_BYTE_ORDER == Q_LITTLE_ENDIAN) {
            copyTitle(reinterpret_cast<char *>(w), r, size_t(units) * 2);
        } else {
            qFromLittleEndian<char16_t>(r, units, w);
        }
        w[units] = u'\0';
        p.title = QString(QString::DataPointer(block, w, qsizetype(units)));
        w += units + 1;
        r += qsizetype(units) * 2;
    }
    if (r != end)
        return fail("trailing bytes");
    // Kept for the next decode on this thread; reused only once the caller has dropped it.
    scratch.products = products;
    scratch.titles = std::move(owner);
    return products;
}

} // namespace pm::ProductListCodec
