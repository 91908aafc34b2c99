#include "worker/connectionsettings.h"

#include "core/settingskeys.h"
#include "core/urlredaction.h"

#include <QSettings>

namespace pm {

namespace {
constexpr int NeverExpireValue = -1;
} // namespace

ConnectionSettings ConnectionSettings::load(QSettings &store)
{
    ConnectionSettings s;
    s.database = settings::value(store, SettingsKey::ConnectionDatabase).toString();
    s.cache = settings::value(store, SettingsKey::ConnectionCache).toString();
    bool ok = false;
    const int timeout = settings::value(store, SettingsKey::ConnectionDefaultTimeoutS).toInt(&ok);
    if (ok && timeout == NeverExpireValue)
        s.neverExpire = true;
    else if (ok && timeout >= 0)
        s.defaultTimeoutS = timeout;
    s.keyPrefix = settings::value(store, SettingsKey::ConnectionKeyPrefix).toString();
    s.language = settings::value(store, SettingsKey::ConnectionLanguage).toString();
    s.rememberCachePassword
            = settings::value(store, SettingsKey::ConnectionRememberCachePassword).toBool();
    s.rememberDatabasePassword
            = settings::value(store, SettingsKey::ConnectionRememberDatabasePassword).toBool();
    return s;
}

void ConnectionSettings::save(QSettings &store) const
{
    // Nothing secret is written to disk: a password given in a URL (Settings or the command
    // line) lives for this session only, or in the desktop keychain when the user asks to
    // remember it; without either, the next start connects without it, so that the server
    // asks or libpq's PGPASSWORD / ~/.pgpass and PM_CACHE_PASSWORD supply it.
    settings::setValue(store, SettingsKey::ConnectionDatabase, withoutUrlPassword(database));
    settings::setValue(store, SettingsKey::ConnectionCache, withoutUrlPassword(cache));
    settings::setValue(store, SettingsKey::ConnectionDefaultTimeoutS,
                       neverExpire ? NeverExpireValue : defaultTimeoutS);
    settings::setValue(store, SettingsKey::ConnectionKeyPrefix, keyPrefix);
    settings::setValue(store, SettingsKey::ConnectionLanguage, language);
    settings::setValue(store, SettingsKey::ConnectionRememberCachePassword, rememberCachePassword);
    settings::setValue(store, SettingsKey::ConnectionRememberDatabasePassword,
                       rememberDatabasePassword);
}

CacheOptions ConnectionSettings::cacheOptions() const
{
    CacheOptions options;
    options.keyPrefix = keyPrefix.toUtf8();
    options.defaultTimeout = neverExpire ? Timeout::never() : Timeout::seconds(defaultTimeoutS);
    return options;
}

bool ConnectionSettings::needsReopen(const ConnectionSettings &other) const
{
    // The language applies from the next start (translators are installed before any widget
    // exists): changing it reopens nothing.
    return database != other.database || cache != other.cache || neverExpire != other.neverExpire
            || (!neverExpire && defaultTimeoutS != other.defaultTimeoutS)
            || keyPrefix != other.keyPrefix;
}

bool operator==(const ConnectionSettings &a, const ConnectionSettings &b)
{
    return !a.needsReopen(b) && a.language == b.language
            && a.rememberCachePassword == b.rememberCachePassword
            && a.rememberDatabasePassword == b.rememberDatabasePassword;
}

QString editableDatabaseUrl(const DatabaseConfig &config)
{
    if (config.driver == DatabaseConfig::Driver::Sqlite)
        return config.path;
    return config.url();
}

} // namespace pm
