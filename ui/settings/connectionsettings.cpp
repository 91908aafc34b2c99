#include "settings/connectionsettings.h"

#include <QRegularExpression>
#include <QSettings>
#include <QUrl>

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
    settings.setValue(DatabaseKey, database);
    // The password is kept for this session only, never written to disk (docs/reliability.md).
    settings.setValue(CacheKey, withoutPassword(cache));
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
    QString url = config.redactedUrl();
    if (!config.password.isEmpty()) {
        const QString password = QString::fromLatin1(QUrl::toPercentEncoding(config.password));
        url.replace(QStringLiteral(":***@"), QLatin1Char(':') + password + QLatin1Char('@'));
        url.replace(QStringLiteral("password=***"), QStringLiteral("password=") + password);
    }
    return url;
}

QString withoutPassword(const QString &url)
{
    // scheme://[user]:password@ → scheme://user@ (or scheme:// without a user), and the
    // password=… query item of unix:// URLs.
    static const QRegularExpression userInfo(
            QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*://)([^:/@\\s]*):[^@/\\s]*@"));
    static const QRegularExpression query(QStringLiteral("([?&])password=[^&]*(&|$)"));
    QString result = url;
    const QRegularExpressionMatch m = userInfo.match(result);
    if (m.hasMatch()) {
        const QString user = m.captured(2);
        result.replace(0, m.capturedLength(),
                       m.captured(1) + (user.isEmpty() ? QString() : user + QLatin1Char('@')));
    }
    const QRegularExpressionMatch q = query.match(result);
    if (q.hasMatch()) {
        // Keep the separator before the item when more items follow, drop it otherwise.
        const bool more = !q.captured(2).isEmpty();
        result.replace(q.capturedStart(), q.capturedLength(), more ? q.captured(1) : QString());
    }
    return result;
}

QString redactPasswords(const QString &text)
{
    // scheme://user:password@ (also malformed as scheme:user:password@) and ?password=…
    static const QRegularExpression userInfo(
            QStringLiteral("([A-Za-z][A-Za-z0-9+.-]*:(?://)?[^:/@\\s\"]*):[^@\\s\"]*@"));
    static const QRegularExpression query(QStringLiteral("([?&]password=)[^&\\s\"]*"));
    QString result = text;
    result.replace(userInfo, QStringLiteral("\\1:***@"));
    result.replace(query, QStringLiteral("\\1***"));
    return result;
}

} // namespace pm
