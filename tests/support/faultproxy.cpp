#include "faultproxy.h"

#include <QDebug>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <vector>

#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace pm::test {

namespace {

using SteadyClock = std::chrono::steady_clock;

void setNonBlocking(int fd)
{
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
}

int connectUnix(const QByteArray &path)
{
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    if (fd < 0)
        return -1;
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    std::strncpy(addr.sun_path, path.constData(), sizeof addr.sun_path - 1);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0) {
        ::close(fd);
        return -1;
    }
    setNonBlocking(fd);
    return fd;
}

// Sends what the socket takes now; returns false when the peer is gone.
bool sendSome(int fd, QByteArray &pending, qsizetype limit)
{
    const qsizetype n = std::min(limit, pending.size());
    if (n <= 0)
        return true;
    const ssize_t sent = ::send(fd, pending.constData(), size_t(n), MSG_NOSIGNAL);
    if (sent < 0)
        return errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR;
    pending.remove(0, qsizetype(sent));
    return true;
}

} // namespace

struct FaultProxy::Pair
{
    int client = -1;
    int server = -1;
    QByteArray toClient;
    QByteArray toServer;
    SteadyClock::time_point nextDrip{};
    bool dead = false;

    void close()
    {
        if (client >= 0) {
            ::shutdown(client, SHUT_RDWR);
            ::close(client);
        }
        if (server >= 0)
            ::close(server);
        client = server = -1;
        dead = true;
    }
};

FaultProxy::FaultProxy(QString upstreamSocketPath)
    : m_upstream(upstreamSocketPath.toLocal8Bit())
{ }

FaultProxy::~FaultProxy()
{
    stop();
}

bool FaultProxy::start()
{
    if (m_thread.joinable())
        return true;
    m_listenFd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (m_listenFd < 0)
        return false;
    const int one = 1;
    ::setsockopt(m_listenFd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof addr;
    if (::bind(m_listenFd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0
        || ::listen(m_listenFd, 16) != 0
        || ::getsockname(m_listenFd, reinterpret_cast<sockaddr *>(&addr), &len) != 0
        || ::pipe(m_wakeFds) != 0) {
        ::close(m_listenFd);
        m_listenFd = -1;
        return false;
    }
    setNonBlocking(m_listenFd);
    setNonBlocking(m_wakeFds[0]);
    m_port = ntohs(addr.sin_port);
    m_stop = false;
    m_thread = std::thread([this] { run(); });
    return true;
}

void FaultProxy::stop()
{
    if (!m_thread.joinable())
        return;
    m_stop = true;
    const char c = 'q';
    [[maybe_unused]] const ssize_t w = ::write(m_wakeFds[1], &c, 1);
    m_thread.join();
    ::close(m_listenFd);
    ::close(m_wakeFds[0]);
    ::close(m_wakeFds[1]);
    m_listenFd = m_wakeFds[0] = m_wakeFds[1] = -1;
}

QString FaultProxy::url(int db, const QString &query) const
{
    QString u = QStringLiteral("redis://127.0.0.1:%1/%2").arg(m_port).arg(db);
    if (!query.isEmpty())
        u += u'?' + query;
    return u;
}

void FaultProxy::setPass()
{
    m_mode = int(Mode::Pass);
    const char c = 'm';
    [[maybe_unused]] const ssize_t w = ::write(m_wakeFds[1], &c, 1);
}

void FaultProxy::setDrip(int msPerByte)
{
    m_dripMs = std::max(1, msPerByte);
    m_mode = int(Mode::Drip);
    const char c = 'm';
    [[maybe_unused]] const ssize_t w = ::write(m_wakeFds[1], &c, 1);
}

void FaultProxy::setCut(qint64 bytes)
{
    m_budget = std::max<qint64>(0, bytes);
    m_mode = int(Mode::Cut);
    const char c = 'm';
    [[maybe_unused]] const ssize_t w = ::write(m_wakeFds[1], &c, 1);
}

void FaultProxy::run()
{
    std::vector<Pair> pairs;
    std::vector<pollfd> fds;
    char buffer[16384];
    while (!m_stop.load()) {
        const auto mode = Mode(m_mode.load());
        const auto now = SteadyClock::now();
        int timeoutMs = -1;
        fds.clear();
        fds.push_back({m_wakeFds[0], POLLIN, 0});
        fds.push_back({m_listenFd, POLLIN, 0});
        for (const Pair &p : pairs) {
            short clientEvents = POLLIN;
            if (!p.toClient.isEmpty()) {
                if (mode == Mode::Drip && p.nextDrip > now) {
                    const auto wait = std::chrono::duration_cast<std::chrono::milliseconds>(
                                              p.nextDrip - now)
                                              .count()
                            + 1;
                    timeoutMs = timeoutMs < 0 ? int(wait) : std::min(timeoutMs, int(wait));
                } else {
                    clientEvents |= POLLOUT;
                }
            }
            fds.push_back({p.client, clientEvents, 0});
            fds.push_back({p.server, short(POLLIN | (p.toServer.isEmpty() ? 0 : POLLOUT)), 0});
        }
        if (::poll(fds.data(), nfds_t(fds.size()), timeoutMs) < 0 && errno != EINTR)
            break;
        if (fds[0].revents & POLLIN) {
            while (::read(m_wakeFds[0], buffer, sizeof buffer) > 0) { }
        }
        if (fds[1].revents & POLLIN) {
            for (;;) {
                const int client = ::accept(m_listenFd, nullptr, nullptr);
                if (client < 0)
                    break;
                setNonBlocking(client);
                const int server = connectUnix(m_upstream);
                if (server < 0) {
                    ::close(client);
                    continue;
                }
                ++m_accepted;
                Pair p;
                p.client = client;
                p.server = server;
                pairs.push_back(std::move(p));
            }
        }
        // The pollfds of pairs accepted in this round are not in `fds`: handle only the old ones.
        const std::size_t polled = (fds.size() - 2) / 2;
        for (std::size_t i = 0; i < polled && i < pairs.size(); ++i) {
            Pair &p = pairs[i];
            const pollfd &c = fds[2 + 2 * i];
            const pollfd &s = fds[3 + 2 * i];
            // client → server, untouched
            if (c.revents & (POLLIN | POLLHUP | POLLERR)) {
                const ssize_t n = ::recv(p.client, buffer, sizeof buffer, 0);
                if (n <= 0 && !(n < 0 && errno == EAGAIN)) {
                    p.close();
                    continue;
                }
                if (n > 0)
                    p.toServer.append(buffer, qsizetype(n));
            }
            if (!sendSome(p.server, p.toServer, p.toServer.size())) {
                p.close();
                continue;
            }
            // server → client, through the fault
            if (s.revents & (POLLIN | POLLHUP | POLLERR)) {
                const ssize_t n = ::recv(p.server, buffer, sizeof buffer, 0);
                if (n <= 0 && !(n < 0 && errno == EAGAIN)) {
                    sendSome(p.client, p.toClient, p.toClient.size());
                    p.close();
                    continue;
                }
                if (n > 0 && Mode(m_mode.load()) == Mode::Cut) {
                    const qint64 budget = m_budget.load();
                    const qint64 take = std::min<qint64>(budget, n);
                    m_budget = budget - take;
                    p.toClient.append(buffer, qsizetype(take));
                    if (take < n) {
                        // The budget ends inside this data: deliver exactly `take` bytes and cut.
                        while (!p.toClient.isEmpty()) {
                            const qsizetype before = p.toClient.size();
                            if (!sendSome(p.client, p.toClient, p.toClient.size())
                                || p.toClient.size() == before)
                                break;
                        }
                        ::shutdown(p.client, SHUT_WR);
                        ++m_cuts;
                        p.close();
                        continue;
                    }
                } else if (n > 0) {
                    p.toClient.append(buffer, qsizetype(n));
                }
            }
            if (Mode(m_mode.load()) == Mode::Drip) {
                if (!p.toClient.isEmpty() && SteadyClock::now() >= p.nextDrip) {
                    if (!sendSome(p.client, p.toClient, 1)) {
                        p.close();
                        continue;
                    }
                    p.nextDrip = SteadyClock::now() + std::chrono::milliseconds(m_dripMs.load());
                }
            } else if (!sendSome(p.client, p.toClient, p.toClient.size())) {
                p.close();
                continue;
            }
        }
        pairs.erase(
                std::remove_if(pairs.begin(), pairs.end(), [](const Pair &p) { return p.dead; }),
                pairs.end());
    }
    for (Pair &p : pairs)
        p.close();
}

} // namespace pm::test
