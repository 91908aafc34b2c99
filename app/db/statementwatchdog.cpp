#include "db/statementwatchdog.h"

#include <sys/socket.h>

namespace pm {

StatementWatchdog::~StatementWatchdog()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_cv.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

bool StatementWatchdog::arm(int fd, std::chrono::milliseconds timeout)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_armed || fd < 0)
            return false;
        m_armed = true;
        m_fd = fd;
        m_deadline = std::chrono::steady_clock::now() + timeout;
        if (!m_thread.joinable())
            m_thread = std::thread([this] { run(); });
    }
    m_cv.notify_all();
    return true;
}

void StatementWatchdog::disarm()
{
    std::lock_guard lock(m_mutex);
    m_armed = false;
    m_fd = -1;
}

unsigned StatementWatchdog::fired() const
{
    std::lock_guard lock(m_mutex);
    return m_fired;
}

void StatementWatchdog::run()
{
    std::unique_lock lock(m_mutex);
    while (!m_stop) {
        if (!m_armed) {
            m_cv.wait(lock);
            continue;
        }
        if (m_cv.wait_until(lock, m_deadline) == std::cv_status::timeout && m_armed
            && std::chrono::steady_clock::now() >= m_deadline) {
            // Still inside the statement (disarm() takes this lock): the descriptor is live.
            ::shutdown(m_fd, SHUT_RDWR);
            ++m_fired;
            m_armed = false;
            m_fd = -1;
        }
    }
}

} // namespace pm
