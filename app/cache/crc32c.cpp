#include "cache/crc32c.h"

#include <cstring>

#if defined(__x86_64__) || defined(__i386__)
#include <nmmintrin.h>
#define PM_HAVE_X86_CRC 1
#endif

namespace pm {

namespace {

struct Crc32cTable
{
    quint32 t[256];
    constexpr Crc32cTable()
        : t()
    {
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? (c >> 1) ^ 0x82F63B78u : c >> 1;
            t[i] = c;
        }
    }
};
constexpr Crc32cTable crcTable;

quint32 crc32cSoftware(const unsigned char *p, qsizetype n, quint32 crc)
{
    for (qsizetype i = 0; i < n; ++i)
        crc = crcTable.t[(crc ^ p[i]) & 0xFF] ^ (crc >> 8);
    return crc;
}

#ifdef PM_HAVE_X86_CRC
/// GF(2) operators that append zero bytes to a CRC-32C state: the hardware loop below runs three
/// independent streams (the crc32 instruction takes 3 cycles but starts one per cycle) and joins
/// them by shifting one stream's CRC over the bytes of the next. The joining tables are built
/// once, from the zlib / Mark Adler construction (square the one-zero-bit operator).
quint32 gf2Times(const quint32 *mat, quint32 vec)
{
    quint32 sum = 0;
    for (; vec; vec >>= 1, ++mat)
        if (vec & 1)
            sum ^= *mat;
    return sum;
}

void gf2Square(quint32 *square, const quint32 *mat)
{
    for (int n = 0; n < 32; ++n)
        square[n] = gf2Times(mat, mat[n]);
}

/// `len` (a power of two) zero bytes, as four byte-indexed tables.
struct ZeroShift
{
    quint32 t[4][256];
    explicit ZeroShift(size_t len)
    {
        quint32 even[32];
        quint32 odd[32];
        odd[0] = 0x82F63B78u;
        for (int n = 1; n < 32; ++n)
            odd[n] = 1u << (n - 1);
        gf2Square(even, odd); // two zero bits
        gf2Square(odd, even); // four
        quint32 *op = nullptr;
        for (;;) {
            gf2Square(even, odd);
            op = even;
            if ((len >>= 1) == 0)
                break;
            gf2Square(odd, even);
            op = odd;
            if ((len >>= 1) == 0)
                break;
        }
        for (quint32 n = 0; n < 256; ++n)
            for (int k = 0; k < 4; ++k)
                t[k][n] = gf2Times(op, n << (8 * k));
    }
    quint32 shift(quint32 crc) const
    {
        return t[0][crc & 0xFF] ^ t[1][(crc >> 8) & 0xFF] ^ t[2][(crc >> 16) & 0xFF]
                ^ t[3][crc >> 24];
    }
};

constexpr size_t LongBlock = 8192;
constexpr size_t ShortBlock = 256;

__attribute__((target("sse4.2"))) quint64 crc32cStreams(const unsigned char *&p, size_t &n,
                                                        quint64 c, size_t block,
                                                        const ZeroShift &join)
{
    while (n >= 3 * block) {
        quint64 c1 = 0;
        quint64 c2 = 0;
        const unsigned char *end = p + block;
        do {
            quint64 w0;
            quint64 w1;
            quint64 w2;
            std::memcpy(&w0, p, 8);
            std::memcpy(&w1, p + block, 8);
            std::memcpy(&w2, p + 2 * block, 8);
            c = _mm_crc32_u64(c, w0);
            c1 = _mm_crc32_u64(c1, w1);
            c2 = _mm_crc32_u64(c2, w2);
            p += 8;
        } while (p < end);
        c = join.shift(quint32(c)) ^ quint32(c1);
        c = join.shift(quint32(c)) ^ quint32(c2);
        p += 2 * block;
        n -= 3 * block;
    }
    return c;
}

__attribute__((target("sse4.2"))) quint32 crc32cHardware(const unsigned char *p, qsizetype size,
                                                         quint32 crc)
{
    static const ZeroShift longShift(LongBlock);
    static const ZeroShift shortShift(ShortBlock);
    auto n = size_t(size);
    quint64 c = crc;
    c = crc32cStreams(p, n, c, LongBlock, longShift);
    c = crc32cStreams(p, n, c, ShortBlock, shortShift);
    while (n >= 8) {
        quint64 word;
        std::memcpy(&word, p, 8);
        c = _mm_crc32_u64(c, word);
        p += 8;
        n -= 8;
    }
    auto c32 = static_cast<quint32>(c);
    while (n-- > 0)
        c32 = _mm_crc32_u8(c32, *p++);
    return c32;
}

bool cpuHasSse42()
{
    static const bool has = __builtin_cpu_supports("sse4.2");
    return has;
}
#endif

} // namespace

quint32 crc32c(const char *data, qsizetype size, quint32 crc)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data);
    crc = ~crc;
#ifdef PM_HAVE_X86_CRC
    if (cpuHasSse42())
        return ~crc32cHardware(p, size, crc);
#endif
    return ~crc32cSoftware(p, size, crc);
}

} // namespace pm
