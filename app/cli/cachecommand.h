#pragma once

#include <QByteArrayView>
#include <QStringList>

namespace pm {

/// `productmanager-cli cache --cache URL [--key-prefix P] [--version N] [--default-timeout T]`:
/// runs cache console commands read from standard input, one output line per command, flushed
/// at once. `arguments` are those after "cache"; all of them are checked before the cache is
/// opened. Returns the exit status: 0 when every line was processed (even if some printed
/// `error:`, such as a line that is not UTF-8), 2 for bad arguments or an unreachable backend.
int runCacheCommand(const QStringList &arguments);

/// The index of the first byte that does not belong to well-formed UTF-8, or -1 when all of
/// `bytes` is. Console lines that are not UTF-8 are refused rather than decoded lossily.
qsizetype firstInvalidUtf8Byte(QByteArrayView bytes);

} // namespace pm
