#include "worker/connectionsettings.h"

#include "core/urlredaction.h"

#include <QSettings>

namespace pm {

namespace {
const QString Group = QStringLiteral("connection");
const QString DatabaseKey = QStringLiteral("database");
const QString CacheKey = QStringLiteral("cache");
const QString TimeoutKey = QStringLiteral("defaultTimeoutS");
const QString PrefixKey = QStringLiteral("keyPrefix");
const QString LanguageKey = QStringLiteral("language");
constexpr int NeverExpireValue = -1;
} // namespace

ConnectionSettings ConnectionSettings::load(QSettings &settings)
{
    ConnectionSettings s;
    settings.beginGroup(Group);
    s.database = settings.value(DatabaseKey).toString();
    s.cache = settings.value(CacheKey).toString();
    bool ok = false;
    const int timeout = settings.value(TimeoutKey, DefaultTimeoutS).toInt(&ok);
    if (ok && timeout == NeverExpireValue)
        s.neverExpire = true;
    else if (ok && timeout >= 0)
        s.defaultTimeoutS = timeout;
    s.keyPrefix = settings.value(PrefixKey).toString();
    s.language = settings.value(LanguageKey).toString();
    settings.endGroup();
    return s;
}

void ConnectionSettings::save(QSettings &settings) const
{
    settings.beginGroup(Group);
    // Nothing secret is written to disk: a password given in a URL (Settings or the command
    // line) lives for this session only; the next start connects without it, so that the
    // server asks or libpq's PGPASSWORD / ~/.pgpass and PM_CACHE_PASSWORD supply it.
    settings.setValue(DatabaseKey, withoutUrlPassword(database));
    settings.setValue(CacheKey, withoutUrlPassword(cache));
    settings.setValue(TimeoutKey, neverExpire ? NeverExpireValue : defaultTimeoutS);
    settings.setValue(PrefixKey, keyPrefix);
    settings.setValue(LanguageKey, language);
    settings.endGroup();
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
    return !a.needsReopen(b) && a.language == b.language;
}

QString editableDatabaseUrl(const DatabaseConfig &config)
{
    if (config.driver == DatabaseConfig::Driver::Sqlite)
        return config.path;
    return config.url();
}

} // namespace pm
