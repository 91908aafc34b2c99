#include "core/settingskeys.h"

#include <QSettings>

namespace pm::settings {

namespace {

struct Entry
{
    SettingsKey key;
    const char *path;
    QVariant defaultValue;
};

const Entry *find(SettingsKey key)
{
    // The paths match what earlier versions wrote, so existing settings files keep working.
    static const Entry table[] = {
            {SettingsKey::ConnectionDatabase, "connection/database", QString()},
            {SettingsKey::ConnectionCache, "connection/cache", QString()},
            {SettingsKey::ConnectionDefaultTimeoutS, "connection/defaultTimeoutS", 300},
            {SettingsKey::ConnectionKeyPrefix, "connection/keyPrefix", QString()},
            {SettingsKey::ConnectionLanguage, "connection/language", QString()},
            {SettingsKey::ConnectionRememberCachePassword, "connection/rememberCachePassword",
             false},
            {SettingsKey::ConnectionRememberDatabasePassword, "connection/rememberDatabasePassword",
             false},
            {SettingsKey::MainWindowGeometry, "mainWindow/geometry", QVariant()},
            {SettingsKey::MainWindowState, "mainWindow/state", QVariant()},
            {SettingsKey::MainWindowHeader, "mainWindow/header", QVariant()},
    };
    for (const Entry &e : table) {
        if (e.key == key)
            return &e;
    }
    Q_UNREACHABLE();
    return nullptr;
}

} // namespace

QString path(SettingsKey key)
{
    return QString::fromLatin1(find(key)->path);
}

QVariant defaultValue(SettingsKey key)
{
    return find(key)->defaultValue;
}

QVariant value(const QSettings &store, SettingsKey key)
{
    const Entry *e = find(key);
    return store.value(QString::fromLatin1(e->path), e->defaultValue);
}

void setValue(QSettings &store, SettingsKey key, const QVariant &value)
{
    store.setValue(path(key), value);
}

} // namespace pm::settings
