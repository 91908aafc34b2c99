#include "hostileredis.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace pm::test {

namespace {

bool fillAddress(sockaddr_un &addr, const QByteArray &path)
{
    addr = sockaddr_un{};
    addr.sun_family = AF_UNIX;
    if (size_t(path.size()) >= sizeof addr.sun_path)
        return false;
    std::memcpy(addr.sun_path, path.constData(), size_t(path.size()));
    return true;
}

int connectUnix(const QByteArray &path)
{
    sockaddr_un addr;
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    if (fd < 0 || !fillAddress(addr, path)
        || ::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0) {
        if (fd >= 0)
            ::close(fd);
        return -1;
    }
    return fd;
}

bool sendAll(int fd, const QByteArray &bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::send(fd, bytes.constData() + done, size_t(bytes.size() - done),
                                 MSG_NOSIGNAL | MSG_DONTWAIT);
        if (n > 0) {
            done += n;
            continue;
        }
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)) {
            pollfd p{fd, POLLOUT, 0};
            if (::poll(&p, 1, 1000) <= 0)
                return false;
            continue;
        }
        return false;
    }
    return true;
}

// End of the complete RESP value that starts at `pos` (trusted input: our client's commands,
// the real server's replies), or -1 while more bytes are needed.
qsizetype valueEnd(const QByteArray &b, qsizetype pos)
{
    if (pos >= b.size())
        return -1;
    const qsizetype eol = b.indexOf("\r\n", pos);
    if (eol < 0)
        return -1;
    const qint64 n = b.mid(pos + 1, eol - pos - 1).toLongLong();
    qsizetype next = eol + 2;
    if (b.at(pos) == '$')
        return n < 0 ? next : (next + n + 2 <= b.size() ? next + n + 2 : -1);
    if (b.at(pos) == '*') {
        for (qint64 i = 0; i < n && next >= 0; ++i)
            next = valueEnd(b, next);
    }
    return next;
}

// The upper-case name of a command in RESP ("*2\r\n$3\r\nGET\r\n…" → "GET").
QByteArray commandName(const QByteArray &command)
{
    const qsizetype lenStart = command.indexOf("\r\n") + 2;
    const qsizetype lenEnd = command.indexOf("\r\n", lenStart);
    if (lenStart < 2 || lenEnd < 0)
        return {};
    const qsizetype len = command.mid(lenStart + 1, lenEnd - lenStart - 1).toLongLong();
    return command.mid(lenEnd + 2, len).toUpper();
}

} // namespace

HostileRedis::HostileRedis(QString upstreamSocketPath)
    : m_upstream(upstreamSocketPath.toLocal8Bit())
    , m_dir(QStringLiteral("/tmp/pmhostile-XXXXXX"))
{
    m_path = (m_dir.path() + QStringLiteral("/hostile.sock")).toLocal8Bit();
}

HostileRedis::~HostileRedis()
{
    stop();
}

QString HostileRedis::socketPath() const
{
    return QString::fromLocal8Bit(m_path);
}

bool HostileRedis::start()
{
    sockaddr_un addr;
    m_listenFd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    if (m_listenFd < 0 || !fillAddress(addr, m_path)
        || ::bind(m_listenFd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0
        || ::listen(m_listenFd, 16) != 0)
        return false;
    m_stop = false;
    m_acceptThread = std::thread([this] { acceptLoop(); });
    return true;
}

void HostileRedis::stop()
{
    m_stop = true;
    if (m_acceptThread.joinable())
        m_acceptThread.join();
    std::vector<std::thread> threads;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        threads.swap(m_threads);
    }
    for (std::thread &t : threads)
        t.join();
    if (m_listenFd >= 0)
        ::close(m_listenFd);
    m_listenFd = -1;
}

void HostileRedis::arm(const QByteArray &command, const QByteArray &reply)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_armedCommand = command;
    m_armedReply = reply;
}

void HostileRedis::push(const QByteArray &reply)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_pushReply = reply;
    ++m_pushGeneration;
}

void HostileRedis::disarm()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_armedCommand.clear();
    m_armedReply.clear();
    m_pushReply.clear();
}

bool HostileRedis::takeArmed(const QByteArray &command, QByteArray &reply)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    if (m_armedCommand.isEmpty() || m_armedCommand != command)
        return false;
    reply = m_armedReply;
    m_armedCommand.clear();
    return true;
}

void HostileRedis::acceptLoop()
{
    while (!m_stop) {
        pollfd p{m_listenFd, POLLIN, 0};
        if (::poll(&p, 1, 20) <= 0)
            continue;
        const int client = ::accept(m_listenFd, nullptr, nullptr);
        if (client < 0)
            continue;
        std::lock_guard<std::mutex> lock(m_mutex);
        m_threads.emplace_back([this, client] { serve(client); });
    }
}

void HostileRedis::serve(int client)
{
    const int server = connectUnix(m_upstream);
    int seenPush = 0;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        seenPush = m_pushGeneration;
    }
    QByteArray in; // client → us
    QByteArray out; // server → us
    int pending = 0; // forwarded commands whose replies have not been passed on
    bool subscribed = false;
    bool poisoned = false;
    char buffer[16384];
    while (!m_stop && server >= 0) {
        pollfd fds[2] = {{client, POLLIN, 0}, {server, POLLIN, 0}};
        if (::poll(fds, 2, 20) < 0 && errno != EINTR)
            break;
        bool closed = false;
        for (int i = 0; i < 2; ++i) {
            if (!(fds[i].revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            const ssize_t n = ::recv(fds[i].fd, buffer, sizeof buffer, MSG_DONTWAIT);
            if (n == 0 || (n < 0 && errno != EAGAIN && errno != EINTR))
                closed = true;
            else if (n > 0)
                (i == 0 ? in : out).append(buffer, qsizetype(n));
        }
        if (closed)
            break;
        if (poisoned) {
            in.clear();
            out.clear();
            continue;
        }
        // Replies in order; once subscribed, everything the server pushes.
        while (pending > 0 || subscribed) {
            const qsizetype end = valueEnd(out, 0);
            if (end < 0)
                break;
            if (!sendAll(client, out.left(end)))
                closed = true;
            out.remove(0, end);
            pending = std::max(0, pending - 1);
        }
        if (subscribed) {
            std::lock_guard<std::mutex> lock(m_mutex);
            if (m_pushGeneration != seenPush) {
                seenPush = m_pushGeneration;
                if (!m_pushReply.isEmpty()) {
                    ++m_sent; // before the bytes: the client may check as soon as they arrive
                    sendAll(client, m_pushReply);
                    poisoned = true;
                    continue;
                }
            }
        }
        for (;;) {
            const qsizetype end = valueEnd(in, 0);
            if (end < 0)
                break;
            const QByteArray command = in.left(end);
            const QByteArray name = commandName(command);
            QByteArray hostile;
            if (pending == 0 && takeArmed(name, hostile)) {
                ++m_sent; // before the bytes: the client may check as soon as they arrive
                sendAll(client, hostile);
                poisoned = true;
                break;
            }
            if (pending > 0 && !subscribed) {
                std::lock_guard<std::mutex> lock(m_mutex);
                if (m_armedCommand == name)
                    break; // answer it only after the replies before it
            }
            if (!sendAll(server, command))
                closed = true;
            in.remove(0, end);
            if (name == "SUBSCRIBE")
                subscribed = true;
            else if (!subscribed)
                ++pending;
        }
        if (closed)
            break;
    }
    if (server >= 0)
        ::close(server);
    ::close(client);
}

} // namespace pm::test
