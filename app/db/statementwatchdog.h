#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace pm {

/**
 * Ends a PostgreSQL statement that outlives its deadline. A server that is stopped (SIGSTOP,
 * a frozen VM, a cable pulled without a reset) never answers, and neither its own
 * statement_timeout nor a cancel request can reach it: libpq would wait for ever. The watchdog
 * shuts the connection's socket down instead, so the blocked read returns at once with an
 * error and the connection is reopened (or reported lost).
 *
 * One thread per watchdog, started on first use; arm() and disarm() bracket the statement.
 * The socket is only ever shut down between the two, while libpq holds it open, so it can
 * never hit a descriptor that was closed and reused.
 */
class StatementWatchdog
{
public:
    StatementWatchdog() = default;
    ~StatementWatchdog();
    StatementWatchdog(const StatementWatchdog &) = delete;
    StatementWatchdog &operator=(const StatementWatchdog &) = delete;

    /// Shuts `fd` down if disarm() has not been called within `timeout`. Returns false (and
    /// does nothing) if already armed: the outer statement's deadline covers nested ones.
    bool arm(int fd, std::chrono::milliseconds timeout);
    void disarm();
    /// How many times a deadline has passed: compare before and after a statement.
    unsigned fired() const;

private:
    void run();

    mutable std::mutex m_mutex;
    std::condition_variable m_cv;
    std::thread m_thread;
    bool m_stop = false;
    bool m_armed = false;
    int m_fd = -1;
    std::chrono::steady_clock::time_point m_deadline;
    unsigned m_fired = 0;
};

} // namespace pm
