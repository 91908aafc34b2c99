#pragma once

#include <QObject>

class QLabel;
class QMainWindow;
class QProgressBar;

namespace pm {

class ConnectionLock;

class DebugPanel;

/// The window's status bar: the busy indicator, the debug panel's badge, the cache, the
/// database, the selection and the product count, each readable by screen readers.
class MainStatusBar : public QObject
{
    Q_OBJECT
public:
    MainStatusBar(QMainWindow *window, DebugPanel *debugPanel);

    QProgressBar *busyIndicator() const { return m_busy; }
    QLabel *cacheLabel() const { return m_cacheLabel; }
    /// The lock shown while the cache connection is encrypted (TLS).
    ConnectionLock *lock() const { return m_lock; }
    /// The open database, elided in the middle; the tooltip has it all.
    void showDatabase(const QString &redactedUrl);
    /// `total` products, `shown` of them through the title filter (if `filtered`), `selected`
    /// selected; `preview`: only the first rows of a list that is still loading.
    void showCounts(int total, int shown, bool preview, bool filtered, int selected);

private:
    QProgressBar *m_busy;
    QLabel *m_cacheLabel;
    ConnectionLock *m_lock;
    QLabel *m_databaseLabel;
    QLabel *m_countLabel;
    QLabel *m_selectionLabel;
};

} // namespace pm
