#pragma once

#include <QByteArray>
#include <QString>

#include <atomic>
#include <memory>
#include <thread>

namespace pm::test {

/// A fault-injecting TCP proxy on loopback in front of a real redis-server's unix socket (fakes
/// only for faults: the server behind it is real). It runs its own poll() loop in its own
/// thread and forwards client → server untouched. Server → client bytes follow the mode:
///   Pass  forwards everything at once;
///   Drip  forwards one byte every `msPerByte` ms;
///   Cut   forwards exactly `bytes` more bytes, then closes both sides of that connection.
/// The byte budget of Cut counts only bytes that arrive after the mode was set, so a test arms
/// it between two calls on an established connection and the cut hits the next reply.
class FaultProxy
{
public:
    enum class Mode { Pass, Drip, Cut };

    explicit FaultProxy(QString upstreamSocketPath);
    ~FaultProxy();
    FaultProxy(const FaultProxy &) = delete;
    FaultProxy &operator=(const FaultProxy &) = delete;

    /// Listens on 127.0.0.1 (a free port) and starts the thread.
    bool start();
    void stop();

    int port() const { return m_port; }
    /// redis://127.0.0.1:<port>/<db>, with an optional query (e.g. "deadline=250").
    QString url(int db = 0, const QString &query = {}) const;

    void setPass();
    void setDrip(int msPerByte);
    /// Forwards `bytes` more server bytes, then cuts the connection.
    void setCut(qint64 bytes);

    /// Connections accepted so far, and how many the proxy cut.
    int accepted() const { return m_accepted.load(); }
    int cuts() const { return m_cuts.load(); }

private:
    struct Pair;
    void run();

    QByteArray m_upstream;
    int m_listenFd = -1;
    int m_wakeFds[2] = {-1, -1};
    int m_port = 0;
    std::thread m_thread;
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_mode{int(Mode::Pass)};
    std::atomic<int> m_dripMs{10};
    std::atomic<qint64> m_budget{0};
    std::atomic<int> m_accepted{0};
    std::atomic<int> m_cuts{0};
};

} // namespace pm::test
