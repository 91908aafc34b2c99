#pragma once

#include <QString>
#include <QVariant>

class QSettings;

namespace pm {

/// Every QSettings key the app reads or writes, with its path and default in one table
/// (settingskeys.cpp), like KeePassXC's Config keys: a key is renamed or re-defaulted in one
/// place, and no caller spells a path. Nothing secret is ever a key: passwords live in the
/// desktop keychain (PasswordStore) or in memory for the session.
enum class SettingsKey {
    ConnectionDatabase, ///< a database URL or SQLite path, without its password
    ConnectionCache, ///< a cache URL, without its password
    ConnectionDefaultTimeoutS, ///< seconds; -1: never expire
    ConnectionKeyPrefix,
    ConnectionLanguage,
    ConnectionRememberCachePassword, ///< the cache password is kept in the keychain
    ConnectionRememberDatabasePassword, ///< the database password is kept in the keychain
    MainWindowGeometry,
    MainWindowState,
    MainWindowHeader,
};

namespace settings {

/// The key's QSettings path ("group/name").
QString path(SettingsKey key);
/// The key's default (an invalid QVariant when it has none).
QVariant defaultValue(SettingsKey key);
/// The stored value, or the key's default.
QVariant value(const QSettings &store, SettingsKey key);
void setValue(QSettings &store, SettingsKey key, const QVariant &value);

} // namespace settings
} // namespace pm
