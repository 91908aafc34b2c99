#pragma once

#include "debug/debugpanel.h"

#include <QObject>
#include <QSet>

class QAction;
class QTableView;

namespace pm {

class ActionTracker;
class CallLog;
class Dialogs;
class MainWindow;
class ProductTableModel;
class ProductWorker;
class SqlLog;
class WorkerClient;
struct Error;

/// The debug panel (F12) docked in the window: its toggle action, the timing of every request
/// for the Timer, History and Charts tabs, and the EXPLAIN requests it sends to the worker
/// (answered in the panel, not in the message bar).
class DebugPanelWiring : public QObject
{
    Q_OBJECT
public:
    DebugPanelWiring(MainWindow *window, ProductWorker *worker, WorkerClient *client,
                     CallLog *callLog, SqlLog *sqlLog, Dialogs &dialogs, QTableView *table,
                     ProductTableModel *model, DebugPanel::Content content);

    DebugPanel *panel() const { return m_panel; }
    ActionTracker *actionTracker() const { return m_tracker; }
    /// View ▸ Debug Panel (F12).
    QAction *toggleAction() const;
    /// A request failed: true if it was an EXPLAIN (the panel shows why).
    bool explainFailed(int requestId, const Error &error);

private:
    DebugPanel *m_panel;
    ActionTracker *m_tracker;
    QSet<int> m_explainRequests; // answered in the debug panel, not the message bar
};

} // namespace pm
