#pragma once

#include <QStringList>

namespace pm {

/// `productmanager-cli cache --cache URL [--key-prefix P] [--version N] [--default-timeout T]`:
/// runs cache console commands read from standard input, one output line per command, flushed
/// at once. `arguments` are those after "cache". Returns the exit status: 0 when every line was
/// processed (even if some printed `error:`), 2 for bad arguments or an unreachable backend.
int runCacheCommand(const QStringList &arguments);

} // namespace pm
