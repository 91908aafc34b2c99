#pragma once

#include <QtGlobal>

#include <atomic>

namespace pm {

/// Time source for everything that expires. Injected so that tests never sleep.
class Clock
{
public:
    virtual ~Clock() = default;
    /// Milliseconds since the Unix epoch, UTC (wall clock: timestamps, created/updated).
    virtual qint64 nowMs() const = 0;
    /// Monotonic milliseconds (expiry, deadlines); never jumps backwards.
    virtual qint64 monotonicMs() const = 0;
};

/// The real clock.
class SystemClock final : public Clock
{
public:
    qint64 nowMs() const override;
    qint64 monotonicMs() const override;
    /// A process-wide instance for composition roots; still injected, never looked up.
    static SystemClock &instance();
};

/// A clock that moves only when told to. Thread-safe.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 startMs = 1'700'000'000'000)
        : m_now(startMs)
    { }
    qint64 nowMs() const override { return m_now.load(); }
    qint64 monotonicMs() const override { return m_now.load(); }
    void advanceMs(qint64 ms) { m_now += ms; }
    void setNowMs(qint64 ms) { m_now = ms; }

private:
    std::atomic<qint64> m_now;
};

} // namespace pm
