#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <atomic>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace pm::test {

/// A hostile Redis for the fault tests (fakes only for faults): a unix socket in front of a
/// real redis-server that forwards every command and its reply, in order, except the one
/// command it is armed for. That one it answers with the armed bytes instead (e.g.
/// "$9223372036854775800\r\n") and then answers nothing more on that connection, keeping it
/// open: a client must find the fault in the bytes themselves, not in an EOF. After SUBSCRIBE
/// a connection forwards the server's pushes; push() injects hostile bytes between them.
class HostileRedis
{
public:
    explicit HostileRedis(QString upstreamSocketPath);
    ~HostileRedis();
    HostileRedis(const HostileRedis &) = delete;
    HostileRedis &operator=(const HostileRedis &) = delete;

    bool start();
    void stop();
    QString socketPath() const;

    /// The next `command` (upper case, e.g. "GET", "AUTH") from any client gets `reply`.
    void arm(const QByteArray &command, const QByteArray &reply);
    /// Sends `reply` to every subscribed connection, between two of the server's pushes.
    void push(const QByteArray &reply);
    /// Well again: forwards everything (connections already poisoned stay silent).
    void disarm();
    /// Hostile replies sent so far.
    int hostileReplies() const { return m_sent.load(); }

private:
    void acceptLoop();
    void serve(int client);
    bool takeArmed(const QByteArray &command, QByteArray &reply);

    QByteArray m_upstream;
    QTemporaryDir m_dir;
    QByteArray m_path;
    int m_listenFd = -1;
    std::thread m_acceptThread;
    std::mutex m_mutex; // guards m_threads, m_armed*, m_push*
    std::vector<std::thread> m_threads;
    QByteArray m_armedCommand;
    QByteArray m_armedReply;
    QByteArray m_pushReply;
    int m_pushGeneration = 0;
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_sent{0};
};

} // namespace pm::test
