#pragma once

#include <QString>

#include <functional>

class QObject;

namespace pm {

/// The Redis and PostgreSQL passwords in the desktop keychain (QtKeychain: the Secret
/// Service on Linux, Keychain on macOS, Credential Store on Windows). Service "Product
/// Manager"; one entry per connection, keyed by its URL without the password (key()).
///
/// Every call is asynchronous (the keychain sits behind D-Bus) and answers once, on the
/// calling thread, through `done`, unless `context` was destroyed first. QtKeychain's
/// insecure fallback (a plain-text QSettings file) stays off: without a keychain a password
/// lives for the session only.
class PasswordStore
{
public:
    enum class Status {
        Ok,
        NotFound, ///< no entry for this connection (read) — not an error
        NoKeychain, ///< no keychain service, or it refused us: keep the password in memory
        Failed, ///< anything else; `message` says what
    };
    struct Outcome
    {
        Status status = Status::Failed;
        QString password; ///< for read() with Status::Ok
        QString message; ///< the keychain's own words when not Ok
    };
    using Done = std::function<void(const Outcome &)>;

    static QString serviceName();
    /// The entry's key: `url` without its password (so the same connection typed with a new
    /// password replaces its entry).
    static QString key(const QString &url);

    static void read(const QString &url, QObject *context, Done done);
    static void write(const QString &url, const QString &password, QObject *context, Done done);
    static void remove(const QString &url, QObject *context, Done done);

    /// `url` with its password from the keychain when it has none, else `url` as given:
    /// what start-up connects with. Answers `done` once, whatever the keychain says.
    static void fillPassword(const QString &url, QObject *context,
                             std::function<void(const QString &url)> done);
};

/// The password inside `url` (user info, or a unix:// URL's password= item); empty if none.
QString urlPassword(const QString &url);
/// `url` with `password` put where urlPassword() finds it.
QString withUrlPassword(const QString &url, const QString &password);

} // namespace pm
