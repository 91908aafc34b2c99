#pragma once

#include <QString>

namespace pm {

/// The user's words for an origin tag ("load list", "invalidate cache"): the tags stay English
/// identifiers in the records (tests and filters key on them); the panel shows this. A tag
/// without a translation shows as it is.
QString originDisplayName(const QString &origin);

/// True for the debug panel's own work (inspector, console, consistency check, clear
/// namespace, explain): like the Django Debug Toolbar, the panel keeps it out of the
/// application's statistics and shows it on its own.
bool isPanelOrigin(const QString &origin);

} // namespace pm
