#pragma once

#include <QStringList>

namespace pm {

/// `productmanager-cli products --database URL --cache URL COMMAND …`: the product service
/// (the list through the cache, every write path with its invalidation) from the shell.
/// The whole command line is checked before the database or the cache is opened. Returns the
/// process exit status: 0 on success, 1 when the command failed (nothing was written), 2 for
/// bad arguments (then nothing was opened, so no database file was created).
int runProductsCommand(const QStringList &arguments);

} // namespace pm
