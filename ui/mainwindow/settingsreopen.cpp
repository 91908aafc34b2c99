#include "mainwindow/settingsreopen.h"

#include "core/logging.h"
#include "core/urlredaction.h"
#include "mainwindow/mainwindow.h"

#include <QSettings>

namespace pm {

namespace {
/// Saves in QSettings only what the user changed from `old` to `chosen`; the rest keeps what
/// was saved before. So a one-run --database or --cache shown in the dialog never becomes the
/// saved setting when only, say, the language was changed.
void saveChangedSettings(const ConnectionSettings &old, const ConnectionSettings &chosen)
{
    QSettings store;
    ConnectionSettings saved = ConnectionSettings::load(store);
    if (chosen.database != old.database)
        saved.database = chosen.database;
    if (chosen.cache != old.cache)
        saved.cache = chosen.cache;
    if (chosen.neverExpire != old.neverExpire
        || (!chosen.neverExpire && chosen.defaultTimeoutS != old.defaultTimeoutS)) {
        saved.neverExpire = chosen.neverExpire;
        saved.defaultTimeoutS = chosen.defaultTimeoutS;
    }
    if (chosen.keyPrefix != old.keyPrefix)
        saved.keyPrefix = chosen.keyPrefix;
    if (chosen.language != old.language)
        saved.language = chosen.language;
    saved.rememberCachePassword = chosen.rememberCachePassword;
    saved.rememberDatabasePassword = chosen.rememberDatabasePassword;
    saved.save(store);
}
} // namespace

ConnectionSettings connectionSettingsOf(const MainWindowOptions &options)
{
    ConnectionSettings s;
    s.database = editableDatabaseUrl(options.database);
    s.cache = options.cacheUrl;
    s.neverExpire = options.cacheDefaultTimeoutS < 0;
    s.defaultTimeoutS
            = s.neverExpire ? ConnectionSettings::DefaultTimeoutS : options.cacheDefaultTimeoutS;
    s.keyPrefix = options.cacheKeyPrefix;
    s.language = options.language;
    QSettings store;
    const ConnectionSettings saved = ConnectionSettings::load(store);
    s.rememberCachePassword = saved.rememberCachePassword;
    s.rememberDatabasePassword = saved.rememberDatabasePassword;
    return s;
}

SettingsOutcome applyChosenSettings(MainWindowOptions &options, const ConnectionSettings &chosen)
{
    const ConnectionSettings old = connectionSettingsOf(options);
    saveChangedSettings(old, chosen);
    options.language = chosen.language;
    if (!old.needsReopen(chosen)) {
        return {false,
                chosen.language != old.language
                        ? MainWindow::tr("Settings saved. The language applies from the next "
                                         "start.")
                        : MainWindow::tr("Settings saved."),
                false};
    }
    auto config = DatabaseConfig::fromUrl(chosen.database);
    if (!config) { // the dialog refuses this; a caller passing settings directly may not
        return {false,
                MainWindow::tr("Could not open the database: %1")
                        .arg(redactUrl(config.error().message)),
                true};
    }
    qCInfo(lcUi) << "settings changed: reopening" << config->redactedUrl();
    options.database = *config;
    options.cacheUrl = chosen.cache;
    options.cacheKeyPrefix = chosen.keyPrefix;
    options.cacheDefaultTimeoutS = chosen.neverExpire ? -1 : chosen.defaultTimeoutS;
    // --seed and --import belong to the first catalogue, not to this one.
    options.seedCount = 0;
    options.importFile.clear();
    return {true, {}, false};
}

} // namespace pm
