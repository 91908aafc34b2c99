#pragma once

#include <QStringList>

namespace pm {

/// `productmanager-cli products --database URL --cache URL COMMAND …`: the product service
/// (the list through the cache, every write path with its invalidation) from the shell.
/// Returns the process exit status: 0 on success, 1 when the command failed (nothing was
/// written), 2 for bad arguments.
int runProductsCommand(const QStringList &arguments);

} // namespace pm
