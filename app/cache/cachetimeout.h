#pragma once

#include <QtGlobal>

#include <cmath>
#include <optional>

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
    /// The longest timeout, either way: 10^12 s (about 31,700 years). Longer ones are
    /// refused where they are typed (console, command line) and clamped in the API, so a
    /// huge number never wraps to a negative one (which would delete on every set).
    static constexpr double MaxSeconds = 1e12;
    static constexpr qint64 MaxMs = 1'000'000'000'000'000;

    static constexpr Timeout ms(qint64 ms) { return Timeout(Kind::Ms, ms); }
    /// Fractions keep millisecond precision (0.5 → 500 ms; rounded to the nearest ms).
    /// Clamped to ±MaxSeconds (NaN is 0): never undefined behaviour.
    static Timeout seconds(double s)
    {
        const double clamped
                = std::isnan(s) ? 0.0 : std::fmax(-MaxSeconds, std::fmin(s, MaxSeconds));
        return Timeout(Kind::Ms, qint64(std::llround(clamped * 1000.0)));
    }
    /// A typed number of seconds, or nothing when it is not finite or beyond ±MaxSeconds.
    static std::optional<Timeout> checkedSeconds(double s)
    {
        if (!std::isfinite(s) || std::fabs(s) > MaxSeconds)
            return std::nullopt;
        return seconds(s);
    }

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
