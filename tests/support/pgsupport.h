#pragma once

#include "core/result.h"
#include "db/database.h"

#include <QString>

namespace pm::test {

/// The socket directory of the throwaway cluster started by the CTest fixture `postgres`
/// (PM_PG_SOCKET_DIR names the cluster directory; its socket_dir file names the socket
/// directory). An error, never a skip, when the variable is unset or the server is gone.
Result<QString> postgresSocketDir();

/// A config for database `name` on the test cluster, created if missing and emptied of our
/// tables (products, meta) so that opening it migrates from scratch. Use one name per test
/// executable so that parallel ctest runs do not collide.
Result<DatabaseConfig> freshPostgresDatabase(const QString &name);

} // namespace pm::test
