#pragma once

#include <QLabel>

namespace pm {

/// The status bar's lock: shown while the cache connection is encrypted (a rediss:// URL),
/// with a tooltip that says whether the server's certificate is verified.
class ConnectionLock : public QLabel
{
    Q_OBJECT
public:
    explicit ConnectionLock(QWidget *parent = nullptr);

    /// The cache URL the window connects with; memory://, redis:// and unix:// hide the lock.
    // Once RedisConnection::isEncrypted() lands, the worker's answer can replace the URL test.
    void setCacheUrl(const QString &url);
};

} // namespace pm
