#pragma once

#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

class QProgressBar;
class QStatusBar;
class QTableView;

namespace pm {

class ActionTracker;
class ProductProxyModel;
class ProductTableModel;
class ProductWorker;
class WorkerClient;
struct Product;

/// Loading the product list: the latest load wins (older answers are dropped), its first rows
/// are shown in an empty table while the rest arrives, its progress is in the status bar, and
/// the selection survives the reload. The list counts as loaded once the proxy shows it in its
/// order.
class ListLoadController : public QObject
{
    Q_OBJECT
public:
    ListLoadController(WorkerClient *client, ProductTableModel *model, ProductProxyModel *proxy,
                       QTableView *table, QObject *parent = nullptr);

    void setActionTracker(ActionTracker *tracker) { m_tracker = tracker; }
    /// The status bar's busy indicator and message follow the loads, sorts and requests.
    void setBusyIndicator(QProgressBar *busy, QStatusBar *statusBar);
    void connectWorker(ProductWorker *worker);

    /// Loads the list again; `selectIds` are selected once it is shown (else the selection
    /// is kept). Returns the request id.
    int reload(const QList<qint64> &selectIds = {});
    int latestRequest() const { return m_latestRequest; }
    /// True while the latest load is unanswered.
    bool isLoading() const;
    /// True once the first list has been shown.
    bool isLoaded() const { return m_loaded; }
    /// Only the first rows of a list that is still loading are shown.
    bool isPreviewShown() const { return m_previewShown; }
    /// A request failed: a failed load takes its first rows away again.
    void failed(int requestId);
    void updateBusy();

signals:
    /// The proxy shows the first rows of a load (no count yet).
    void previewApplied();
    /// The proxy shows a whole list, in its order, with its selection.
    void listApplied();

private:
    void onListLoaded(int requestId, const QList<pm::Product> &products);
    void onListPreview(int requestId, const QList<pm::Product> &rows);
    void onListProgress(int requestId, qint64 done, qint64 total);
    void selectIds(const QSet<qint64> &ids);

    WorkerClient *m_client;
    ProductTableModel *m_model;
    ProductProxyModel *m_proxy;
    QTableView *m_table;
    ActionTracker *m_tracker = nullptr;
    QProgressBar *m_busy = nullptr;
    QStatusBar *m_statusBar = nullptr;
    QString m_busyStatus; // "Sorting…" or "Loading products…" while shown

    int m_latestRequest = 0;
    bool m_loaded = false;
    // The first rows of a load shown in an empty table until the whole list arrives.
    bool m_previewShown = false;
    qint64 m_listDone = -1; // rows the latest list load has read, -1 before any report
    qint64 m_listTotal = -1; // its total, -1 while unknown
    QList<qint64> m_selectAfterReload;
    QSet<qint64> m_selectAfterApply; // selected once the proxy shows the new list
};

} // namespace pm
