#pragma once

#include <QtGlobal>

namespace pm {

/// CRC-32C (Castagnoli), hardware-accelerated where the CPU has SSE 4.2. `crc` continues a
/// previous checksum (0 to start).
quint32 crc32c(const char *data, qsizetype size, quint32 crc = 0);

} // namespace pm
