#pragma once

#include <QObject>
#include <QString>

namespace pm {

/// What Settings ▸ Test connection shows about a cache server.
struct ConnectionTestResult
{
    bool ok = false;
    QString error; ///< why it failed (redacted: never a password)
    QString serverVersion; ///< INFO server → redis_version
    QString role; ///< ROLE: "master", "replica" or "sentinel"
    QString tlsVersion; ///< empty while the connection is plain
    QString tlsCipher;
    qint64 roundTripUs = -1; ///< one timed PING
};

/// Tests a cache URL off the UI thread: one fresh connection (never the window's), bounded by
/// a deadline for the whole test, answered by finished() on the tester's thread.
class ConnectionTester : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultDeadlineMs = 3000;

    explicit ConnectionTester(QObject *parent = nullptr);

    /// Starts a test of `cacheUrl`; false (and no finished()) while one is running.
    bool start(const QString &cacheUrl, int deadlineMs = DefaultDeadlineMs);
    bool isRunning() const { return m_running; }

    /// The test itself, synchronous: what start() runs on a pool thread.
    static ConnectionTestResult run(const QString &cacheUrl, int deadlineMs);

signals:
    void finished(const pm::ConnectionTestResult &result);

private:
    bool m_running = false;
};

} // namespace pm
