#pragma once

#include <QDockWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace pm {

class ActionLog;
class CacheCallModel;
class ChartWidget;
class HistoryWidget;
class TimerWidget;
class CallLog;
class SqlEventModel;
class SqlLog;
struct ListLoadStats;
class Dialogs;
class ProductWorker;

/// Cache health as the status-bar badge shows it.
enum class CacheHealth { Ok, Degraded, Down };

/**
 * The debug panel (docs/user-guide.md): a dock with a Cache tab (totals, a count per operation, the
 * call table, Invalidate cache and Reset statistics) and an SQL tab (every statement with its
 * similar/duplicate flags). It drains a CallLog and an SqlLog that the worker thread fills,
 * and owns the status-bar badge (cacheBadge) that the window places in its status bar.
 */
class DebugPanel : public QDockWidget
{
    Q_OBJECT
public:
    /// When the tabs are built: at once, or on demand (ensureContent(): when the panel is
    /// first shown, a tab is asked for, or the window's start-up is over).
    enum class Content { Now, OnDemand };
    DebugPanel(CallLog *calls, SqlLog *sql, QWidget *parent = nullptr,
               Content content = Content::Now);
    /// Builds the tabs if they are not built yet. Everything recorded before shows: the models
    /// and the logs are kept up to date from the start.
    void ensureContent();
    bool hasContent() const { return m_callTable != nullptr; }

    CacheCallModel *callModel() const { return m_callModel; }
    SqlEventModel *sqlModel() const { return m_sqlModel; }
    /// The status-bar badge: "Cache ok · 87% hits", "Cache degraded", "Cache down".
    QLabel *badge() const { return m_badge; }
    /// The UI actions of the Timer, History and Charts tabs (filled by the window's
    /// ActionTracker; the panel routes the drained cache calls and SQL to them).
    ActionLog *actionLog() const { return m_actions; }
    TimerWidget *timerWidget();
    HistoryWidget *historyWidget();
    ChartWidget *chartWidget();

    /// Asks for the plan of the SQL tab's selected statement (the Explain button): emits
    /// explainRequested() for a SELECT, or says in the plan view why not. False if nothing
    /// was asked.
    bool explainSelected();
    /// The worker's answer to explainRequested().
    void showExplainPlan(const QStringList &plan);
    void showExplainError(const QString &message);
    CacheHealth health() const { return m_health; }

    /// Adds the Inspector and Console tabs, which send their requests to `worker` (with the
    /// other tabs, when they are built).
    void attachWorker(ProductWorker *worker, Dialogs &dialogs);

    /// Clears the tables and totals and forgets the SQL flag window.
    void resetStatistics();

    // Fed by the window from the worker's signals.
    void noteCacheOpened();
    void noteCacheFailed();
    void noteListLoad(const ListLoadStats &stats);

signals:
    /// The "Invalidate cache" button was pressed.
    void invalidateRequested();
    /// Explain was asked for a recorded SELECT: the window runs it on the worker.
    void explainRequested(const QString &sql, const QVariantList &bound);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void addWorkerTabs();
    void keepTabOutOfTables();
    QWidget *createCacheTab();
    QWidget *createSqlTab();
    void drainCalls();
    void drainSql();
    void updateCacheTotals();
    void updateSqlTotals();
    void setHealth(CacheHealth health);
    void updateBadge();

    CallLog *m_calls;
    SqlLog *m_sql;
    CacheCallModel *m_callModel;
    SqlEventModel *m_sqlModel;
    QSortFilterProxyModel *m_callProxy;
    QSortFilterProxyModel *m_sqlProxy;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_cacheTotals = nullptr;
    QLabel *m_panelTotals = nullptr;
    QLabel *m_operationCounts = nullptr;
    QLabel *m_sqlTotals = nullptr;
    QTableView *m_callTable = nullptr;
    QTableView *m_sqlTable = nullptr;
    QLabel *m_badge;
    QPlainTextEdit *m_explainView = nullptr;
    ActionLog *m_actions;
    TimerWidget *m_timer = nullptr;
    HistoryWidget *m_history = nullptr;
    ChartWidget *m_chart = nullptr;
    ProductWorker *m_worker = nullptr;
    Dialogs *m_dialogs = nullptr;
    bool m_workerTabsAdded = false;
    CacheHealth m_health = CacheHealth::Ok;
    bool m_fallback = false; // the configured cache could not be used: memory instead
    bool m_failedSinceLoad = false;
};

} // namespace pm
