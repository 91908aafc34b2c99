#pragma once

#include "cache/cacheoptions.h"
#include "db/database.h"

#include <QString>

class QSettings;

namespace pm {

/// What the Settings dialog edits and QSettings keeps (group "connection"). Command-line
/// options override these for one run; they are never written back by main().
struct ConnectionSettings
{
    static constexpr int DefaultTimeoutS = 300; ///< Django's default TIMEOUT

    QString database; ///< a URL or plain SQLite file path; empty: the default file
    QString cache; ///< a cache URL; empty: memory://
    int defaultTimeoutS = DefaultTimeoutS;
    bool neverExpire = false; ///< Django's TIMEOUT=None; stored as defaultTimeoutS = -1
    QString keyPrefix;
    QString language; ///< "" (system default), "en", "sv", "de", "fr", "es", "ar"
    /// Keep the password of the cache / database URL in the desktop keychain (PasswordStore);
    /// only this choice is stored in the settings file, never the password.
    bool rememberCachePassword = false;
    bool rememberDatabasePassword = false;

    /// Reads the connection keys (SettingsKey); missing keys keep their defaults.
    static ConnectionSettings load(QSettings &settings);
    /// Writes the settings; the database and cache URLs are stored without their passwords
    /// (withoutUrlPassword()), which this session keeps in memory only.
    void save(QSettings &settings) const;

    /// The options the cache front end gets (key prefix and default timeout).
    CacheOptions cacheOptions() const;
    /// True when applying `other` needs the database and cache to be reopened.
    bool needsReopen(const ConnectionSettings &other) const;

    friend bool operator==(const ConnectionSettings &a, const ConnectionSettings &b);
    friend bool operator!=(const ConnectionSettings &a, const ConnectionSettings &b)
    {
        return !(a == b);
    }
};

/// The URL of `config` with its password (unlike redactedUrl()): what the Settings dialog
/// edits. SQLite gives the plain file path, which is what people type.
QString editableDatabaseUrl(const DatabaseConfig &config);

} // namespace pm
