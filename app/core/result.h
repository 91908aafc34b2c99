#pragma once

#include <QMetaType>
#include <QString>

#include <utility>
#include <variant>

namespace pm {

/// What went wrong, in terms a caller can branch on.
enum class ErrorKind {
    InvalidInput, ///< a field or argument broke a rule; Error::field names it
    NotFound, ///< the key, row or file does not exist
    Type, ///< the value has the wrong type (e.g. incr on a string)
    Unavailable, ///< the backend cannot be reached (connection refused, closed)
    Timeout, ///< the per-call deadline passed
    Io, ///< an I/O error on a socket or file
    Protocol, ///< the peer broke the protocol
    Reply, ///< the server answered with an error reply
    OutOfMemory, ///< the server refused a write for lack of memory (Redis OOM)
    ReadOnly, ///< the target is read-only (Redis READONLY, read-only database file)
    Auth, ///< authentication or permission failed (NOAUTH, WRONGPASS, NOPERM)
    Locked, ///< the database is locked by another writer
    Corrupt, ///< stored data failed validation (bad envelope, corrupt database)
    TooLarge, ///< a value exceeds the configured size cap
    SchemaTooNew, ///< the database was written by a newer version of the app
    Database, ///< any other SQL error
    Internal, ///< a bug: should never happen
};

/// Short machine-friendly name of an error kind ("not_found", "timeout" …).
QString errorKindName(ErrorKind kind);

struct Error
{
    ErrorKind kind = ErrorKind::Internal;
    QString message; ///< human-readable, already translated where it reaches the user
    QString field; ///< for InvalidInput: which field broke the rule

    Error() = default;
    Error(ErrorKind k, QString msg, QString f = {})
        : kind(k)
        , message(std::move(msg))
        , field(std::move(f))
    { }
    /// "kind: message", the form logs and the console print.
    QString toString() const { return errorKindName(kind) + QStringLiteral(": ") + message; }
};

/// A value or an Error. No exceptions cross our code.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(const T &value)
        : m_data(std::in_place_index<0>, value)
    { }
    Result(T &&value)
        : m_data(std::in_place_index<0>, std::move(value))
    { }
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    { }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    /// By value: `for (x : f().value())` must not dangle on a temporary Result.
    T value() && { return std::get<0>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }
    T valueOr(T fallback) const { return ok() ? value() : std::move(fallback); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

/// Result of an operation that yields nothing but can fail.
template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_ok(false)
    { }

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

} // namespace pm

Q_DECLARE_METATYPE(pm::Error)
