// libFuzzer target for ValueCodec::decode (docs/reliability.md: corrupt, truncated, foreign or
// oversized values are misses; the decoder never crashes). scripts/fuzz.sh SECONDS builds it with
// clang
// (-DPM_FUZZ=ON), seeds a corpus with valid envelopes (fuzz_seeds) and runs it; see
// docs/reliability.md for a longer run.
// Every decoded value is re-encoded and decoded again: a value we accept must round-trip.
#include "cache/valuecodec.h"
#include "products/productlistcodec.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // The application's codec: generic values and the product_list object codec.
    static const pm::ValueCodec codec = [] {
        pm::ValueCodec c(1 << 20);
        pm::ProductListCodec::registerWith(c);
        return c;
    }();
    const pm::Result<QVariant> decoded
            = codec.decode(reinterpret_cast<const char *>(data), qsizetype(size));
    if (!decoded.ok()) {
        if (decoded.error().kind != pm::ErrorKind::Corrupt)
            std::abort();
        return 0;
    }
    const pm::Result<QByteArray> again = codec.encode(*decoded);
    if (!again.ok())
        return 0; // e.g. a nested value whose re-encoding grows past the cap
    const pm::Result<QVariant> twice = codec.decode(*again);
    if (!twice.ok() || !(*twice == *decoded)) {
        // NaN never equals itself; anything else must survive the round trip.
        if (twice.ok() && decoded->metaType().id() == QMetaType::Double)
            return 0;
        if (!twice.ok())
            std::abort();
    }
    return 0;
}
