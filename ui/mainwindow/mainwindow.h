#pragma once

#include "core/result.h"
#include "db/database.h"
#include "products/product.h"

#include <QHash>
#include <QList>
#include <QMainWindow>
#include <QPointer>
#include <QSet>

#include <functional>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QProgressDialog;
class QTableView;
class QThread;
class QTimer;

namespace pm {

class ActionTracker;
class ConnectionLock;
class BulkEditDialog;
class CallLog;
class DebugPanel;
class SqlLog;
class Clock;
class Dialogs;
class MessageBar;
class ProductDialog;
class ProductProxyModel;
class ProductTableModel;
class ProductWorker;
enum class DuplicatePolicy;
class SettingsDialog;
class UndoController;
struct ConnectionSettings;
struct ImportSummary;

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
    int pendingRequests() const { return int(m_pending.size()); }
    /// True once the first list has been shown.
    bool isListLoaded() const { return m_listLoaded; }
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
    struct Pending
    {
        QString failureText; ///< "%1" is replaced by the error message
    };

    void createActions();
    void createMenusAndToolBar();
    void createCentralWidget();
    void createStatusBar();
    void createDebugPanel();
    QMenu *createSortMenu();
    void showTableContextMenu(const QPoint &pos);
    void copySelected();
    void connectWorker();
    void connectProxy();
    void applyTitleFilter();
    /// Sends the worker an open request for m_options; returns its id.
    int openCatalogue(int seedIfNew);
    void restoreSettings();
    void saveSettings();

    /// Queues `call` to the worker thread under a new request id and returns the id.
    int send(const QString &failureText, std::function<void(ProductWorker *, int)> call);
    void finish(int requestId);
    void updateBusy();
    void updateCounts();
    void updateActions();
    void showError(const QString &text);
    /// The cache answered again: its failure banner goes, the next failure is news again.
    void noteCacheWorks();
    void showInfo(const QString &text, const QString &actionText = {});

    QList<Product> selectedProducts() const;
    void reload(const QList<qint64> &selectIds = {});
    void selectIds(const QSet<qint64> &ids);

    void onOpened(int requestId, const QString &redactedUrl, int seeded);
    void onListLoaded(int requestId, const QList<pm::Product> &products);
    void onListPreview(int requestId, const QList<pm::Product> &rows);
    void onListProgress(int requestId, qint64 done, qint64 total);
    void onFailed(int requestId, const pm::Error &error);
    void onImported(int requestId, const pm::ImportSummary &summary);
    void startImport(const QString &path);
    void startSeed(int count);
    /// Sends a long, cancellable write (import, seed) with a progress dialog.
    void startLongWrite(const QString &label, const QString &failureText,
                        std::function<void(ProductWorker *, int)> call);
    void endLongWrite(int requestId);
    // Undo, export, the duplicate and demo-data questions: kept apart from the rest.
    void createUndoController();
    void connectBasics();
    void onImportNeedsDecision(int requestId, const QString &path, int duplicates, int total);
    void startImport(const QString &path, DuplicatePolicy duplicates);
    void askForDemoData();
    /// The product to select once `deleted` are gone: the row below the last of them in the
    /// view, else the row above the first; 0 if none is left.
    qint64 rowAfterDelete(const QList<Product> &deleted) const;

    MainWindowOptions m_options;
    Dialogs &m_dialogs;
    QThread *m_thread;
    ProductWorker *m_worker; // lives in m_thread, deleted there when it finishes

    ProductTableModel *m_model;
    ProductProxyModel *m_proxy;
    QTableView *m_table = nullptr;
    QLineEdit *m_search = nullptr;
    MessageBar *m_messageBar = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_selectionLabel = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QLabel *m_cacheLabel = nullptr;
    QString m_cacheBackend;
    bool m_cacheDown = false;
    bool m_cacheFailureShown = false;
    QString m_cacheErrorText; // the banner of the current outage, empty if none
    QProgressBar *m_busy = nullptr;
    QPointer<QProgressDialog> m_progress;

    QAction *m_newAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_bulkEditAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_undoAction = nullptr; // m_undo's
    QAction *m_redoAction = nullptr; // m_undo's
    QAction *m_exportAction = nullptr;
    UndoController *m_undo = nullptr;
    QHash<int, Product> m_editing; // request id → the product before the edit
    QHash<int, QList<Product>> m_bulkEditing; // request id → the products before the bulk edit
    QHash<int, ProductChanges> m_bulkChanges; // request id → the bulk edit's changes
    QHash<int, QList<qint64>> m_insertedIds; // request id → ids a seed inserted
    QHash<int, qint64> m_selectAfterDelete; // delete request id → the product to select next
    QString m_longWriteKind; // "import", "seed" or "export": the progress dialog's words
    bool m_offerDemo = false; // the open request answered catalogueCreated()
    QAction *m_refreshAction = nullptr;
    QAction *m_invalidateAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_seedAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_sortAscendingAction = nullptr;
    QAction *m_sortDescendingAction = nullptr;
    QAction *m_sortNextAction = nullptr;
    QPointer<QMenu> m_contextMenu;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_debugPanelAction = nullptr;
    CallLog *m_callLog; // filled by the worker thread, drained by the panel
    SqlLog *m_sqlLog;
    DebugPanel *m_debugPanel = nullptr;
    ActionTracker *m_actionTracker = nullptr; // times every request for the Timer tab
    QSet<int> m_explainRequests; // answered in the debug panel, not the message bar
    QPointer<SettingsDialog> m_settingsDialog;
    ConnectionLock *m_lock = nullptr;
    int m_reopenRequest = 0; // the open request sent by applySettings(), 0 if none
    QString m_accessNote; // read-only or snapshot, from the open in progress; shown once open

    int m_nextRequestId = 1;
    QHash<int, Pending> m_pending;
    int m_latestListRequest = 0;
    int m_longRequest = 0; // the running import or seed, 0 if none
    bool m_opened = false;
    bool m_listLoaded = false;
    // The first rows of a load shown in an empty table until the whole list arrives.
    bool m_previewShown = false;
    qint64 m_listDone = -1; // rows the latest list load has read, -1 before any report
    qint64 m_listTotal = -1; // its total, -1 while unknown
    QList<qint64> m_selectAfterReload;
    QSet<qint64> m_selectAfterApply; // selected once the proxy shows the new list
    QTimer *m_filterTimer = nullptr; // debounces the title filter
    QString m_busyStatus; // "Sorting…" or "Loading products…" while shown
    QHash<int, QPointer<ProductDialog>> m_productDialogs; // request id → dialog saving
    QHash<int, QPointer<BulkEditDialog>> m_bulkDialogs; // request id → dialog saving
    QHash<int, QList<Product>> m_deleting; // request id → products to undo
};

} // namespace pm
