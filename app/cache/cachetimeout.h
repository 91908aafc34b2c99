#pragma once

#include <QtGlobal>

#include <cmath>

namespace pm {

/// A cache timeout as the caller gives it: omitted (use the cache's default), forever
/// (Django's None), or a number of milliseconds (0 or negative: expire at once).
class Timeout
{
public:
    /// Omitted: the cache's default timeout.
    constexpr Timeout() = default;
    /// Never expires (Django's None; not called forever() because Qt defines that macro).
    static constexpr Timeout never() { return Timeout(Kind::Forever, 0); }
    static constexpr Timeout ms(qint64 ms) { return Timeout(Kind::Ms, ms); }
    /// Fractions keep millisecond precision (0.5 → 500 ms; rounded to the nearest ms).
    static Timeout seconds(double s) { return Timeout(Kind::Ms, qint64(std::llround(s * 1000.0))); }

    constexpr bool isDefault() const { return m_kind == Kind::Default; }
    constexpr bool isForever() const { return m_kind == Kind::Forever; }
    /// Milliseconds; meaningful when neither default nor forever.
    constexpr qint64 milliseconds() const { return m_ms; }

    friend constexpr bool operator==(Timeout a, Timeout b)
    {
        return a.m_kind == b.m_kind && a.m_ms == b.m_ms;
    }

private:
    enum class Kind : quint8 { Default, Forever, Ms };
    constexpr Timeout(Kind kind, qint64 ms)
        : m_kind(kind)
        , m_ms(ms)
    { }
    Kind m_kind = Kind::Default;
    qint64 m_ms = 0;
};

/// A cache key version: omitted (the cache's default version) or explicit. Explicit so that
/// `cache.get("k", 5)` means "default 5", never "version 5".
class Version
{
public:
    constexpr Version() = default;
    explicit constexpr Version(int version)
        : m_version(version)
        , m_set(true)
    { }
    constexpr bool isDefault() const { return !m_set; }
    constexpr int value() const { return m_version; }
    constexpr int valueOr(int fallback) const { return m_set ? m_version : fallback; }

private:
    int m_version = 0;
    bool m_set = false;
};

} // namespace pm
