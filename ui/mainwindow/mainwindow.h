#pragma once

#include "core/result.h"
#include "db/database.h"
#include "products/product.h"

#include <QList>
#include <QMainWindow>
#include <QPointer>

class QLineEdit;
class QTableView;
class QThread;

namespace pm {

class ActionTracker;
class CacheStatus;
class CallLog;
class DebugPanel;
class DebugPanelWiring;
class DeleteUndoController;
class SqlLog;
class Clock;
class Dialogs;
class ListLoadController;
class LongWriteRunner;
class MainStatusBar;
class MainWindowActions;
class MessageBar;
class ProductEditController;
class ProductProxyModel;
class ProductTableModel;
class ProductWorker;
class SettingsDialog;
class UndoController;
class WindowMessages;
class WorkerClient;
struct ConnectionSettings;

/// What the composition root tells the window: where the data is and what to do first.
struct MainWindowOptions
{
    DatabaseConfig database;
    int seedIfNew = 0; ///< demo rows for a database that did not exist before
    /// Ask (through Dialogs) whether to add DemoProductCount demo rows to a new, empty
    /// catalogue, instead of adding seedIfNew rows unasked.
    bool askDemoIfNew = false;
    int seedCount = 0; ///< --seed N: add N demo rows after opening
    QString importFile; ///< --import FILE: import after opening
    QString cacheUrl; ///< --cache URL; empty: memory://
    QString cacheKeyPrefix; ///< the cache's KEY_PREFIX (Settings)
    int cacheDefaultTimeoutS = 300; ///< the cache's default TIMEOUT in seconds; -1: never
    QString language; ///< --lang CODE or Settings; main() installed its translators already
    QString currency = QStringLiteral("USD");
    /// Show the window but open nothing until openDeferred() (main() is still reading the
    /// passwords from the keychain).
    bool deferOpen = false;
    /// Builds the hidden debug panel's tabs once the list has been painted (or when the panel
    /// is first shown), not in the constructor: the list appears sooner. The program sets it;
    /// tests keep the panel built at once.
    bool deferDebugPanel = false;
};

/// The product window. Owns a worker thread with the database connection; it never waits on
/// the database: every request is queued to the worker and answered by a queued signal.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(const MainWindowOptions &options, const Clock &clock, Dialogs &dialogs,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    ProductTableModel *productModel() const { return m_model; }
    ProductProxyModel *proxyModel() const { return m_proxy; }
    /// Number of requests the worker has not answered yet.
    int pendingRequests() const;
    /// True once the first list has been shown.
    bool isListLoaded() const;
    /// The debug panel (F12).
    DebugPanel *debugPanel() const { return m_debugPanel; }
    /// The worker (lives in its own thread), for tests that watch its signals.
    ProductWorker *worker() const { return m_worker; }

    void newProduct();
    void editProduct();
    void bulkEdit();
    void deleteSelected();
    void undo();
    void redo();
    /// Undo and Redo of every write (Edit ▸ Undo / Redo).
    UndoController *undoController() const { return m_undo; }
    void refresh();
    /// The tutorial's "Invalidate cache" button.
    void invalidateCache();
    void importFile();
    /// File ▸ Export…: the whole catalogue as CSV or JSON (by the file's extension).
    void exportFile();
    void seedDemoData();
    /// Demo products offered for a new catalogue.
    static constexpr int DemoProductCount = 1000;
    /// File ▸ Settings: opens the dialog window-modally and returns at once; OK saves the
    /// settings and, when the connection changed, reopens the database and the cache.
    void openSettings();
    /// The open Settings dialog, or nullptr (for tests and the screenshot).
    SettingsDialog *settingsDialog() const;
    /// What the window runs with now, as the Settings dialog shows it.
    ConnectionSettings currentSettings() const;
    /// Saves `settings` in QSettings and applies them; reopens when the connection changed.
    void applySettings(const ConnectionSettings &settings);
    /// With MainWindowOptions::deferOpen: opens `database` and `cacheUrl` (passwords filled).
    void openDeferred(const DatabaseConfig &database, const QString &cacheUrl);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createCentralWidget();
    void createStatusBar();
    void createDebugPanel();
    /// The parts the window delegates to (edits, deletes, long writes, the cache's state).
    void createControllers();
    void copySelected();
    void connectWorker();
    /// Sends the worker an open request for m_options; returns its id.
    int openCatalogue(int seedIfNew);
    /// The cache URL the window opens with: the option, or memory:// when it is empty.
    QString cacheUrlInUse() const;
    void restoreSettings();
    void saveSettings();

    void updateCounts();
    void updateActions();
    void showError(const QString &text);
    void showInfo(const QString &text, const QString &actionText = {});

    QList<Product> selectedProducts() const;

    void onOpened(int requestId, const QString &redactedUrl, int seeded);
    void onFailed(int requestId, const pm::Error &error);

    MainWindowOptions m_options;
    Dialogs &m_dialogs;
    QThread *m_thread;
    ProductWorker *m_worker; // lives in m_thread, deleted there when it finishes
    WorkerClient *m_client; // the requests to m_worker

    ProductTableModel *m_model;
    ProductProxyModel *m_proxy;
    QTableView *m_table = nullptr;
    QLineEdit *m_search = nullptr;
    MessageBar *m_messageBar = nullptr;
    MainStatusBar *m_statusBar = nullptr;

    UndoController *m_undo = nullptr;
    MainWindowActions *m_actions = nullptr;
    ListLoadController *m_list = nullptr;
    ProductEditController *m_edits = nullptr;
    DeleteUndoController *m_deletes = nullptr;
    LongWriteRunner *m_longWrites = nullptr;
    CacheStatus *m_cacheStatus = nullptr;

    CallLog *m_callLog; // filled by the worker thread, drained by the panel
    SqlLog *m_sqlLog;
    DebugPanel *m_debugPanel = nullptr;
    ActionTracker *m_actionTracker = nullptr; // times every request for the Timer tab
    DebugPanelWiring *m_debugWiring = nullptr; // the panel, its timing and its EXPLAINs
    QPointer<SettingsDialog> m_settingsDialog;
    int m_reopenRequest = 0; // the open request sent by applySettings(), 0 if none
    int m_firstOpen = 0; // sent by the constructor, until answered
    int m_listBehindOpen = 0; // the list load sent right behind it, until the open answers
    QString m_accessNote; // read-only or snapshot, from the open in progress; shown once open
    bool m_offerDemo = false; // the open request answered catalogueCreated()
    bool m_opened = false;
};

} // namespace pm
