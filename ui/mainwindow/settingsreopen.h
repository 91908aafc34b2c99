#pragma once

#include "worker/connectionsettings.h"

#include <QString>

namespace pm {

struct MainWindowOptions;

/// What the window runs with, as the Settings dialog shows it (command-line options included).
ConnectionSettings connectionSettingsOf(const MainWindowOptions &options);

/// What applying the Settings dialog's choice came to.
struct SettingsOutcome
{
    bool reopen = false; ///< the connection changed: `options` point at the new one
    QString message; ///< otherwise, what to tell the user
    bool isError = false;
};

/// Saves what changed in `chosen` and applies it to `options`. When the connection changed,
/// `options` point at the new one for a reopen (--seed and --import belong to the first
/// catalogue, not to the reopened one).
SettingsOutcome applyChosenSettings(MainWindowOptions &options, const ConnectionSettings &chosen);

} // namespace pm
