#pragma once

#include "diagnostics/cacheinspector.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QWidget>

#include <functional>

class QAbstractItemView;
class QCheckBox;
class QLabel;
class QStandardItem;
class QStandardItemModel;
class QTimer;
class QTreeView;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace pm {

class Dialogs;
class InspectorKeyModel;
class InvalidationLogModel;
class ProductPreviewModel;
class ProductWorker;
struct Error;
struct InvalidationRecord;

/**
 * The Inspector tab of the debug panel (docs/user-guide.md): the keys of our namespace (SCAN-paged
 * on Redis with "Load more" and "Load all"), a decoded preview of the selected key, key actions, a
 * scoped "Clear namespace…" with a dry-run count, the consistency check, and the invalidation log
 * as a sub-tab. Every request is queued to the ProductWorker; the UI never waits.
 *
 * The preview and the key buttons always belong to the selected key: they follow the
 * selection (a mouse click selects after it moves the current index, the keyboard before),
 * and only the answer to the latest preview request is shown. The keys are a flat table or,
 * with "Group by version", a tree of prefix → version → keys.
 */
class CacheInspectorWidget : public QWidget
{
    Q_OBJECT
public:
    CacheInspectorWidget(ProductWorker *worker, Dialogs &dialogs, QWidget *parent = nullptr);

    InspectorKeyModel *keyModel() const { return m_keys; }
    InvalidationLogModel *invalidationLog() const { return m_log; }
    /// Keys asked for per page (tests use a small page to prove paging).
    void setPageSize(int pageSize) { m_pageSize = pageSize; }
    /// True while a request of this tab is unanswered.
    bool isBusy() const { return !m_pending.isEmpty(); }
    /// True when the last listing stopped before the end of the namespace.
    bool hasMore() const { return !m_cursor.isEmpty(); }

    /// The key view the user sees: the flat table, or the tree when grouped by version.
    QAbstractItemView *keyView() const;
    QTreeView *keyTree() const { return m_keyTree; }
    /// Shows the keys as a tree of prefix → version → keys (or the flat table).
    void setGrouped(bool grouped);
    bool isGrouped() const;
    /// The made key whose preview is shown (empty when none).
    QByteArray previewedKey() const { return m_shownKey; }

    /// Lists the namespace again from the start, with the current glob.
    void refresh();
    void loadMore();
    void loadAll();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QWidget *createKeysPage();
    QWidget *createLogPage();
    int send(std::function<void(ProductWorker *, int)> call);
    bool take(int requestId);
    QString glob() const;
    QByteArray selectedKey() const;
    /// Makes `key` the current, selected key of the visible view (if it is listed).
    void selectKey(const QByteArray &key);
    /// The selection changed: buttons and preview follow it.
    void syncSelection();
    void clearPreview();
    void rebuildTree();
    void tickTtl();
    void addKey();
    void editValue();
    void applyAction(KeyAction action);
    void askClear();
    void showPreview(const KeyPreview &preview);
    void showStatus(const QString &text, bool error = false);
    void updateButtons();

    void onKeys(int requestId, const InspectorPage &page);
    void onPreview(int requestId, const KeyPreview &preview);
    void onAction(int requestId, const KeyActionResult &result);
    void onCounted(int requestId, qint64 count);
    void onCleared(int requestId, qint64 removed);
    void onConsistency(int requestId, const ConsistencyReport &report);
    void onFailed(int requestId, const Error &error);

    QPointer<ProductWorker> m_worker;
    Dialogs &m_dialogs;
    InspectorKeyModel *m_keys;
    QSortFilterProxyModel *m_keyProxy;
    InvalidationLogModel *m_log;
    ProductPreviewModel *m_previewProducts;

    QTabWidget *m_subTabs = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_backend = nullptr;
    QPushButton *m_loadMore = nullptr;
    QPushButton *m_loadAll = nullptr;
    QTableView *m_keyTable = nullptr;
    QTreeView *m_keyTree = nullptr;
    QStandardItemModel *m_treeModel = nullptr;
    QHash<QByteArray, QStandardItem *> m_treeTtl; // the TTL cell of each key in the tree
    QStackedWidget *m_keyStack = nullptr;
    QCheckBox *m_group = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QTimer *m_ttlTimer = nullptr;
    QLabel *m_previewHeader = nullptr;
    QStackedWidget *m_previewStack = nullptr;
    QTableView *m_previewTable = nullptr;
    QPlainTextEdit *m_previewText = nullptr;
    QList<QPushButton *> m_keyButtons; // enabled only with a selected key
    QSpinBox *m_seconds = nullptr;
    QLabel *m_consistency = nullptr;

    QSet<int> m_pending;
    int m_listRequest = 0; // the latest listing; older answers are dropped
    int m_previewRequest = 0; // the latest preview; older answers are dropped
    QByteArray m_previewKey; // the key of m_previewRequest
    QByteArray m_shownKey; // the key whose preview is shown
    QString m_editText; // the shown value as the edit dialog starts with it
    bool m_editable = false; // the shown value is text that "Edit value…" can replace
    QByteArray m_selectAfterList; // selected once the listing after a store arrives
    QByteArray m_cursor;
    int m_pageSize = 200;
    bool m_loadedOnce = false;
};

} // namespace pm
