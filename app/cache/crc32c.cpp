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
__attribute__((target("sse4.2"))) quint32 crc32cHardware(const unsigned char *p, qsizetype n,
                                                         quint32 crc)
{
    quint64 c = crc;
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
