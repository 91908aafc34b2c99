#include "mainwindow/debugpanelwiring.h"

#include "debug/actiontracker.h"
#include "debug/debugpanel.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/workerclient.h"
#include "products/producttablemodel.h"
#include "worker/productworker.h"

#include <QAbstractItemView>
#include <QAction>
#include <QTableView>

namespace pm {

DebugPanelWiring::DebugPanelWiring(MainWindow *window, ProductWorker *worker, WorkerClient *client,
                                   CallLog *callLog, SqlLog *sqlLog, Dialogs &dialogs,
                                   QTableView *table, ProductTableModel *model,
                                   DebugPanel::Content content)
    : QObject(window)
    , m_panel(new DebugPanel(callLog, sqlLog, window, content))
{
    m_panel->attachWorker(worker, dialogs);
    m_panel->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_panel);
    connect(m_panel, &DebugPanel::invalidateRequested, window, &MainWindow::invalidateCache);

    QAction *action = m_panel->toggleViewAction();
    action->setObjectName(QStringLiteral("actionDebugPanel"));
    action->setText(MainWindow::tr("&Debug Panel"));
    action->setShortcut(QKeySequence(Qt::Key_F12));
    action->setToolTip(MainWindow::tr("Show or hide the cache and SQL debug panel"));
    window->addAction(action); // F12 also works while the menu bar is hidden
    connect(action, &QAction::triggered, window, [table](bool shown) {
        // Hidden: the keyboard goes back to the list, not to the next widget in the chain.
        if (!shown)
            table->setFocus(Qt::ShortcutFocusReason);
    });

    // The Timer, History and Charts tabs: every request is an action, timed from here to its
    // answer, through the model and the next paint of the table. Explain runs on the worker.
    m_tracker = new ActionTracker(m_panel->actionLog(), table->viewport(), model, window);
    connect(worker, &ProductWorker::requestMeasured, m_tracker, &ActionTracker::workerMeasured);
    client->setActionTracker(m_tracker);
    connect(m_panel, &DebugPanel::explainRequested, this,
            [this, client](const QString &sql, const QVariantList &bound) {
                const int id = client->send(QString(), [sql, bound](ProductWorker *w, int id) {
                    w->explain(id, sql, bound);
                });
                m_tracker->rename(id, QStringLiteral("explain"));
                m_explainRequests.insert(id);
            });
    connect(worker, &ProductWorker::explained, this,
            [this, client](int id, const QStringList &plan) {
                client->finish(id);
                m_explainRequests.remove(id);
                m_panel->showExplainPlan(plan);
            });
}

QAction *DebugPanelWiring::toggleAction() const
{
    return m_panel->toggleViewAction();
}

bool DebugPanelWiring::explainFailed(int requestId, const Error &error)
{
    if (!m_explainRequests.remove(requestId))
        return false;
    m_panel->showExplainError(error.message);
    return true;
}

} // namespace pm
