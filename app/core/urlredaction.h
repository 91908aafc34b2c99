#pragma once

#include <QString>

namespace pm {

/// The one place that knows where a password sits in the URLs we accept, so that every log
/// line, label, error text and stored setting masks or drops the same characters.
///
/// A password is:
///   - the part after the first ':' of the user info: `scheme://user:PW@host`, `scheme://:PW@…`
///     (the user info ends at the last '@' before the first '/', so a raw '@' or ':' in the
///     password is covered);
///   - the whole user info of a Redis URL without ':' (`redis://PW@host`, `unix://PW@/x.sock`):
///     RedisOptions takes it as the password. Schemes starting with "redis" (redis, rediss,
///     redis-sentinel, …) and unix count as Redis URLs; elsewhere (postgresql://shop@host) a
///     bare user info is a user name;
///   - the value of a `password=`, `pass=`, `passwd=`, `pwd=`, `sslpassword=`, `requirepass=`
///     or `sentinel_password=` item (query item, libpq keyword, or console argument).
/// Malformed URLs count too: `postgresql:/u:PW@host/db` and `postgres:u:PW@host` are masked.

/// `text` with every password found in it replaced by "***". `text` is a URL or free text
/// that quotes URLs (an error message, a console line); words are split at white space and
/// quotes. Safe for logs, labels and tooltips.
QString redactUrl(const QString &text);

/// `url` without its password: `user:PW@` → `user@` (`user:@` in a Redis URL, where `user@`
/// would be read as a password), `:PW@` and a Redis `PW@` vanish, and a password query item is
/// removed. What may be stored (QSettings); the password lives for the
/// session only. `url` is one URL, not free text.
QString withoutUrlPassword(const QString &url);

} // namespace pm
