#pragma once

#include "mainwindow/windowmessages.h"

class QLabel;

namespace pm {

class DebugPanel;
class MessageBar;
class ProductWorker;
struct Error;
struct ListLoadStats;

/// The cache's state in the status bar ("Cache: redis, last load a hit"), the debug panel's
/// badge, and one error message per outage: the next outage is news again once the cache
/// answered.
class CacheStatus : public WindowMessages
{
    Q_OBJECT
public:
    CacheStatus(QLabel *label, DebugPanel *debugPanel, MessageBar *messageBar,
                QObject *parent = nullptr);

    void connectWorker(ProductWorker *worker);
    /// The cache answered again: its failure banner goes, the next failure is news again.
    void noteWorks();
    /// The next failure is news again (the cache was cleared, another one opened).
    void resetFailureShown() { m_failureShown = false; }

private:
    void onListMeasured(const ListLoadStats &stats);
    void onFailed(const Error &error);

    QLabel *m_label;
    DebugPanel *m_debugPanel;
    MessageBar *m_messageBar;
    QString m_backend;
    bool m_down = false;
    bool m_failureShown = false;
    QString m_errorText; // the banner of the current outage, empty if none
};

} // namespace pm
