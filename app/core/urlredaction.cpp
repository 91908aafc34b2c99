#include "core/urlredaction.h"

#include <QList>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace pm {

namespace {

const QString Mask = QStringLiteral("***");

bool isAsciiLetter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

bool isSchemeChar(QChar c)
{
    return isAsciiLetter(c) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('.');
}

bool endsWord(QChar c)
{
    return c.isSpace() || c == QLatin1Char('"') || c == QLatin1Char('\'');
}

bool isRedisScheme(const QString &scheme)
{
    // redis, rediss, redis-sentinel, rediss+sentinel…: RedisOptions reads a user info without
    // ':' as the password.
    return scheme.startsWith(QLatin1String("redis")) || scheme == QLatin1String("unix");
}

/// The user info of one URL: text[start, at) with text[at] == '@'.
struct UserInfo
{
    qsizetype start = 0;
    qsizetype at = 0;
    qsizetype colon = -1; ///< the first ':' of the user info, or -1
    bool redis = false;
};

/// The user info of the URL that starts at `i` ("scheme:" then up to two slashes, or none
/// for malformed ones such as postgresql:/u:pw@h). `next` receives where to continue.
std::optional<UserInfo> userInfoAt(const QString &text, qsizetype i, qsizetype *next)
{
    const qsizetype n = text.size();
    qsizetype j = i + 1;
    while (j < n && isSchemeChar(text[j]))
        ++j;
    *next = j;
    if (j >= n || text[j] != QLatin1Char(':'))
        return std::nullopt;
    const QString scheme = text.mid(i, j - i).toLower();
    qsizetype k = j + 1;
    int slashes = 0;
    while (k < n && text[k] == QLatin1Char('/') && slashes < 3) {
        ++k;
        ++slashes;
    }
    *next = k;
    if (slashes == 3) // scheme:///path: no authority, so no user info
        return std::nullopt;
    qsizetype authorityEnd = k;
    while (authorityEnd < n && text[authorityEnd] != QLatin1Char('/')
           && !endsWord(text[authorityEnd]))
        ++authorityEnd;
    if (authorityEnd == k)
        return std::nullopt;
    // The last '@': a raw '@' in a password belongs to the user info, as the parsers read it.
    qsizetype at = text.lastIndexOf(QLatin1Char('@'), authorityEnd - 1);
    if (at < k) {
        // A raw '/' in a password ("redis://:pa/ss@host") ends the authority early and leaves
        // a "port" that is not a number: then the user info runs to the word's last '@'.
        const qsizetype colon = text.indexOf(QLatin1Char(':'), k);
        if (colon < 0 || colon >= authorityEnd || text[k] == QLatin1Char('['))
            return std::nullopt;
        bool numericPort = true; // an empty port counts: "url:redis://…" is a label
        for (qsizetype p = colon + 1; p < authorityEnd; ++p)
            numericPort = numericPort && text[p].isDigit();
        if (numericPort)
            return std::nullopt;
        qsizetype wordEnd = authorityEnd;
        while (wordEnd < n && !endsWord(text[wordEnd]))
            ++wordEnd;
        at = text.lastIndexOf(QLatin1Char('@'), wordEnd - 1);
        if (at < authorityEnd)
            return std::nullopt;
    }
    UserInfo info;
    info.start = k;
    info.at = at;
    const qsizetype colon = text.indexOf(QLatin1Char(':'), k);
    info.colon = colon >= 0 && colon < at ? colon : -1;
    info.redis = isRedisScheme(scheme);
    *next = at + 1;
    return info;
}

/// The characters of the password of `info`, empty when it has none.
std::pair<qsizetype, qsizetype> passwordSpan(const UserInfo &info)
{
    if (info.colon >= 0)
        return {info.colon + 1, info.at - info.colon - 1};
    if (info.redis)
        return {info.start, info.at - info.start};
    return {info.start, 0};
}

// sentinel_password: the sentinels' own AUTH in a redis-sentinel:// URL. The look-behind of
// the pattern below keeps "x_password=" from matching "password=", so it is listed itself.
const QString SecretKeys = QStringLiteral(
        "password|pass|passwd|pwd|sslpassword|requirepass|ssl_password|sentinel_password");

} // namespace

QString redactUrl(const QString &text)
{
    QList<std::pair<qsizetype, qsizetype>> spans;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        if (!isAsciiLetter(text[i]) || (i > 0 && isSchemeChar(text[i - 1]))) {
            ++i;
            continue;
        }
        qsizetype next = i + 1;
        if (const auto info = userInfoAt(text, i, &next)) {
            const auto span = passwordSpan(*info);
            if (span.second > 0)
                spans.append(span);
        }
        i = std::max(next, i + 1);
    }
    QString out = text;
    for (auto it = spans.crbegin(); it != spans.crend(); ++it)
        out.replace(it->first, it->second, Mask);

    // key=value anywhere: URL query items, libpq keyword strings, console arguments.
    static const QRegularExpression item(
            QStringLiteral("(?<![A-Za-z0-9_])((?:%1)=)[^\\s&\"']+").arg(SecretKeys),
            QRegularExpression::CaseInsensitiveOption);
    out.replace(item, QStringLiteral("\\1***"));
    return out;
}

QString withoutUrlPassword(const QString &input)
{
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*:"));
    if (!scheme.match(input).hasMatch())
        return input; // a plain file path: no URL, no password
    QString url = input;
    qsizetype next = 0;
    qsizetype queryFrom = 0;
    if (const auto info = userInfoAt(url, 0, &next)) {
        const auto span = passwordSpan(*info);
        if (span.second > 0) {
            if (info->colon == info->start || info->colon < 0) // ":pw@" or Redis "pw@"
                url.remove(info->start, info->at + 1 - info->start);
            else if (info->redis) // "user:pw@" → "user:@": "user@" would read as a password
                url.remove(info->colon + 1, info->at - info->colon - 1);
            else // "user:pw@" → "user@"
                url.remove(info->colon, info->at - info->colon);
        }
        queryFrom = info->start;
    } else {
        queryFrom = next;
    }
    const qsizetype query = url.indexOf(QLatin1Char('?'), queryFrom);
    if (query < 0)
        return url;
    static const QRegularExpression item(QStringLiteral("([?&])(?:%1)=[^&#]*(&?)").arg(SecretKeys),
                                         QRegularExpression::CaseInsensitiveOption);
    qsizetype from = query;
    for (;;) {
        const QRegularExpressionMatch m = item.match(url, from);
        if (!m.hasMatch())
            break;
        // "?password=x&more" → "?more", "&password=x" at the end → "", "?password=x" → "".
        const QString keep = m.captured(2).isEmpty() ? QString() : m.captured(1);
        url.replace(m.capturedStart(), m.capturedLength(), keep);
        from = m.capturedStart();
    }
    return url;
}

} // namespace pm
