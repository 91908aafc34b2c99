#pragma once

#include <QByteArray>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

struct redisContext;

namespace pm::test {

/// A free loopback TCP port, asked of the kernel.
int freeTcpPort();

/// A private redis-server for one test: unix socket in a short /tmp directory, no
/// persistence, optional TCP port and extra arguments. Always stopped in the destructor.
class RedisServer
{
public:
    struct Options
    {
        QStringList extraArgs; ///< e.g. {"--maxmemory", "1mb"}
        bool tcp = false; ///< also listen on a free loopback TCP port
        QByteArray password; ///< passed as --requirepass and used by command()
        /// Least-privilege mode (the security suite): when not empty, the `default` user
        /// — the one every client that does not AUTH with a user name gets — is limited to
        /// these key patterns (e.g. "~pm:*") and to leastPrivilegeCommands; FLUSHDB, FLUSHALL,
        /// KEYS and CONFIG are denied.
        /// The fixture's own command() then runs as a separate admin user. Taken from the
        /// environment variable PM_TEST_REDIS_LEAST_PRIVILEGE (space-separated patterns) when
        /// not set here, so that a whole suite can run a second time as that user.
        QStringList leastPrivilegeKeyPatterns;
        /// With leastPrivilegeKeyPatterns: the commands that user may run, normally
        /// RedisBackend::requiredCommands(). Given by the caller because the fixture sits below
        /// the cache room (docs/architecture.md, "Rooms"); start() fails when it is empty.
        QStringList leastPrivilegeCommands;
        /// With leastPrivilegeKeyPatterns: the channel patterns (e.g. "&pm:pm:0:*") that user
        /// may SUBSCRIBE and PUBLISH to. When not empty, the user also gets
        /// RedisSubscriber::requiredCommands(), i.e. the application's full ACL user with the
        /// change notifier (docs/reliability.md "An ACL user for the application").
        QStringList leastPrivilegeChannels;
        /// TLS: with a certificate, the server also listens with TLS on a free loopback port
        /// (tlsPort()), presenting tlsCertFile/tlsKeyFile and trusting tlsCaFile for client
        /// certificates, which it requires when tlsAuthClients is set.
        QString tlsCertFile;
        QString tlsKeyFile;
        QString tlsCaFile;
        bool tlsAuthClients = false;
    };

    RedisServer();
    explicit RedisServer(Options options);
    ~RedisServer();
    RedisServer(const RedisServer &) = delete;
    RedisServer &operator=(const RedisServer &) = delete;

    /// Starts the server and waits (with a deadline) until it answers PING.
    bool start();
    /// Starts the server and returns as soon as its unix socket accepts connections, without
    /// waiting for it to load its snapshot: until then it answers most commands with LOADING.
    bool startWithoutWaitingForLoad();
    /// SIGTERM and wait.
    void stop();
    /// SIGKILL and wait.
    void kill();
    /// SIGSTOP: the server hangs but still accepts connections.
    void pause();
    /// SIGCONT.
    void resume();
    /// stop() then start() on the same socket and port.
    bool restart();

    bool isRunning() const;
    /// True when the default user is the least-privilege one (see Options).
    bool isLeastPrivilege() const { return !m_options.leastPrivilegeKeyPatterns.isEmpty(); }
    QString socketPath() const;
    int port() const { return m_port; }
    /// The TLS port (0 without Options::tlsCertFile).
    int tlsPort() const { return m_tlsPort; }
    qint64 pid() const;
    QString dir() const { return m_dir.path(); }
    /// unix:// URL for the socket (with db and password when given).
    QString unixUrl(int db = 0, const QString &password = {}) const;

    /// The password command() uses from now on (after CONFIG SET requirepass).
    void setPassword(const QByteArray &password) { m_options.password = password; }

    /// Runs a command on the fixture's own connection (db `db`) and returns the reply as text:
    /// strings and status as-is, integers in decimal, nil as "(nil)", errors prefixed with
    /// "ERROR:", arrays as their elements joined by '\n'.
    QByteArray command(const QList<QByteArray> &argv, int db = 0);
    QByteArray command(const QStringList &argv, int db = 0);
    /// How many times the server ran `commandName` (from INFO commandstats), e.g. "mget".
    qint64 commandCalls(const QByteArray &commandName);

private:
    bool launch();
    bool waitUntilReady(int timeoutMs);
    bool applyLeastPrivilege();
    void dropConnection();

    Options m_options;
    QTemporaryDir m_dir;
    QProcess m_process;
    int m_port = 0;
    int m_tlsPort = 0;
    redisContext *m_context = nullptr;
    int m_contextDb = -1;
    bool m_paused = false;
    bool m_asAdmin = false; // command() authenticates as the admin user
};

} // namespace pm::test
