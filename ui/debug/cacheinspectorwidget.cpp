#include "debug/cacheinspectorwidget.h"

#include "debug/debugtable.h"

#include "cache/cacheconsole.h"
#include "cache/valuecodec.h"
#include "debug/inspectorkeymodel.h"
#include "debug/invalidationlogmodel.h"
#include "debug/productpreviewmodel.h"
#include "worker/productworker.h"
#include "widgets/dialogs.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace pm {

namespace {

/// Request ids of this tab start far above the window's, so that answers (and failures) of
/// the two are never confused.
int nextRequestId()
{
    static int next = 1'000'000'000;
    return next++;
}

QTableView *makeTable(QWidget *parent, const QString &name, QAbstractItemModel *model)
{
    QTableView *table = createDebugTable(parent, name, model);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    return table;
}

/// What a screen reader says for a control: its name and what it does.
void describe(QWidget *widget, const QString &name, const QString &description)
{
    widget->setAccessibleName(name);
    widget->setAccessibleDescription(description);
}

/// A key, quoted into rich text, isolated left to right.
QString keyHtml(const QByteArray &key)
{
    return InspectorKeyModel::ltr(QString::fromUtf8(key)).toHtmlEscaped();
}

QString keyText(const QByteArray &key)
{
    return InspectorKeyModel::ltr(QString::fromUtf8(key));
}

} // namespace

CacheInspectorWidget::CacheInspectorWidget(ProductWorker *worker, Dialogs &dialogs, QWidget *parent)
    : QWidget(parent)
    , m_worker(worker)
    , m_dialogs(dialogs)
    , m_keys(new InspectorKeyModel(this))
    , m_keyProxy(new QSortFilterProxyModel(this))
    , m_log(new InvalidationLogModel(1000, this))
    , m_previewProducts(new ProductPreviewModel(this))
{
    setObjectName(QStringLiteral("inspectorTab"));
    m_keyProxy->setObjectName(QStringLiteral("inspectorKeyProxy"));
    m_keyProxy->setSourceModel(m_keys);
    m_keyProxy->setSortRole(InspectorKeyModel::SortRole);

    m_subTabs = new QTabWidget(this);
    m_subTabs->setObjectName(QStringLiteral("inspectorSubTabs"));
    m_subTabs->setDocumentMode(true);
    describe(m_subTabs->tabBar(), tr("Inspector pages"),
             tr("The keys of the namespace, or the invalidation log"));
    m_subTabs->addTab(createKeysPage(), tr("Keys"));
    m_subTabs->addTab(createLogPage(), tr("Invalidation log"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_subTabs);

    connect(worker, &ProductWorker::keysInspected, this, &CacheInspectorWidget::onKeys);
    connect(worker, &ProductWorker::keyPreviewed, this, &CacheInspectorWidget::onPreview);
    connect(worker, &ProductWorker::keyActionApplied, this, &CacheInspectorWidget::onAction);
    connect(worker, &ProductWorker::namespaceCounted, this, &CacheInspectorWidget::onCounted);
    connect(worker, &ProductWorker::namespaceCleared, this, &CacheInspectorWidget::onCleared);
    connect(worker, &ProductWorker::consistencyChecked, this, &CacheInspectorWidget::onConsistency);
    connect(worker, &ProductWorker::failed, this, &CacheInspectorWidget::onFailed);
    connect(worker, &ProductWorker::cacheInvalidated, m_log, &InvalidationLogModel::append);
    m_ttlTimer = new QTimer(this);
    m_ttlTimer->setObjectName(QStringLiteral("inspectorTtlTimer"));
    m_ttlTimer->setInterval(1000);
    connect(m_ttlTimer, &QTimer::timeout, this, &CacheInspectorWidget::tickTtl);
    connect(worker, &ProductWorker::cacheOpened, this,
            [this](const QString &backend, const QString &redactedUrl) {
                m_backend->setText(tr("%1 · %2").arg(backend, InspectorKeyModel::ltr(redactedUrl)));
                m_keys->clear();
                m_cursor.clear();
                m_loadedOnce = false;
                if (isVisible())
                    refresh();
                updateButtons();
            });
    updateButtons();
}

QWidget *CacheInspectorWidget::createKeysPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("inspectorKeysPage"));

    m_filter = new QLineEdit(page);
    m_filter->setObjectName(QStringLiteral("inspectorFilter"));
    m_filter->setPlaceholderText(tr("Glob, e.g. product* (Enter to apply)"));
    describe(m_filter, tr("Key filter (glob)"),
             tr("Lists only the keys that match this glob; press Enter to apply"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(280);
    connect(m_filter, &QLineEdit::returnPressed, this, &CacheInspectorWidget::refresh);

    auto *refreshButton = new QPushButton(tr("Refresh"), page);
    refreshButton->setObjectName(QStringLiteral("inspectorRefreshButton"));
    describe(refreshButton, tr("Refresh"), tr("List the keys of the namespace again"));
    connect(refreshButton, &QPushButton::clicked, this, &CacheInspectorWidget::refresh);
    m_loadMore = new QPushButton(tr("Load more"), page);
    m_loadMore->setObjectName(QStringLiteral("inspectorLoadMoreButton"));
    describe(m_loadMore, tr("Load more"), tr("List the next page of keys"));
    connect(m_loadMore, &QPushButton::clicked, this, &CacheInspectorWidget::loadMore);
    m_loadAll = new QPushButton(tr("Load all"), page);
    m_loadAll->setObjectName(QStringLiteral("inspectorLoadAllButton"));
    m_loadAll->setToolTip(tr("Walk the whole namespace with SCAN, page by page (never KEYS)"));
    describe(m_loadAll, tr("Load all"), m_loadAll->toolTip());
    connect(m_loadAll, &QPushButton::clicked, this, &CacheInspectorWidget::loadAll);

    m_status = new QLabel(page);
    m_status->setObjectName(QStringLiteral("inspectorStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_backend = new QLabel(page);
    m_backend->setObjectName(QStringLiteral("inspectorBackend"));
    m_backend->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(refreshButton);
    top->addWidget(m_loadMore);
    top->addWidget(m_loadAll);
    top->addWidget(m_status, 1);
    top->addWidget(m_backend);

    m_keyTable = makeTable(page, QStringLiteral("inspectorKeyTable"), m_keyProxy);
    describe(m_keyTable, tr("Cache keys"),
             tr("The keys of this cache's namespace with type, size, TTL and version; select "
                "one to see its value"));
    m_keyTable->setSortingEnabled(true);
    m_keyTable->sortByColumn(InspectorKeyModel::KeyColumn, Qt::AscendingOrder);
    // A narrow panel keeps both ends of ":6:product_objects" (prefix, version and name).
    m_keyTable->setTextElideMode(Qt::ElideMiddle);
    QHeaderView *header = m_keyTable->horizontalHeader();
    header->setSectionResizeMode(InspectorKeyModel::KeyColumn, QHeaderView::Stretch);
    for (int c : {int(InspectorKeyModel::TypeColumn), int(InspectorKeyModel::SizeColumn),
                  int(InspectorKeyModel::TtlColumn), int(InspectorKeyModel::VersionColumn)})
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    // A mouse press moves the current index before it selects; the keyboard selects first.
    // Following both signals, the preview and the buttons always see the final selection.
    connect(m_keyTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CacheInspectorWidget::syncSelection);
    connect(m_keyTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CacheInspectorWidget::syncSelection);
    connect(m_keyProxy, &QAbstractItemModel::modelReset, this,
            &CacheInspectorWidget::syncSelection);
    connect(m_keyProxy, &QAbstractItemModel::rowsRemoved, this,
            &CacheInspectorWidget::syncSelection);

    // The same keys grouped: prefix → version → keys (as RESP.app and RedisInsight show them).
    m_treeModel = new QStandardItemModel(this);
    m_treeModel->setObjectName(QStringLiteral("inspectorKeyTreeModel"));
    m_keyTree = new QTreeView(page);
    m_keyTree->setObjectName(QStringLiteral("inspectorKeyTree"));
    m_keyTree->setModel(m_treeModel);
    m_keyTree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_keyTree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_keyTree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_keyTree->setUniformRowHeights(true);
    m_keyTree->setAlternatingRowColors(true);
    m_keyTree->setTextElideMode(Qt::ElideMiddle);
    m_keyTree->header()->setStretchLastSection(false);
    describe(m_keyTree, tr("Cache keys by version"),
             tr("The keys of this cache's namespace grouped by prefix and version; select one "
                "to see its value"));
    connect(m_keyTree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CacheInspectorWidget::syncSelection);
    connect(m_keyTree->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CacheInspectorWidget::syncSelection);
    connect(m_keys, &QAbstractItemModel::modelReset, this, &CacheInspectorWidget::rebuildTree);
    connect(m_keys, &QAbstractItemModel::rowsInserted, this, &CacheInspectorWidget::rebuildTree);
    connect(m_keys, &QAbstractItemModel::rowsRemoved, this, &CacheInspectorWidget::rebuildTree);
    connect(m_keys, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                // A TTL tick only changes the TTL cells (tickTtl() updates them).
                if (!roles.contains(InspectorKeyModel::ExpiredRole))
                    rebuildTree();
            });
    m_keyStack = new QStackedWidget(page);
    m_keyStack->setObjectName(QStringLiteral("inspectorKeyStack"));
    m_keyStack->addWidget(m_keyTable);
    m_keyStack->addWidget(m_keyTree);

    m_group = new QCheckBox(tr("&Group by version"), page);
    m_group->setObjectName(QStringLiteral("inspectorGroupCheck"));
    describe(m_group, tr("Group by version"),
             tr("Show the keys as a tree: prefix, then version, then the keys"));
    connect(m_group, &QCheckBox::toggled, this, &CacheInspectorWidget::setGrouped);
    top->insertWidget(4, m_group);

    // The preview: a product table for a cached list, text for everything else.
    m_previewHeader = new QLabel(tr("Select a key to see its value."), page);
    m_previewHeader->setObjectName(QStringLiteral("inspectorPreviewHeader"));
    m_previewHeader->setWordWrap(true);
    m_previewHeader->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_previewTable = makeTable(page, QStringLiteral("inspectorPreviewTable"), m_previewProducts);
    // Ids, prices and timestamps are short and fixed-width: they get their width first.
    describe(m_previewTable, tr("Cached product list"),
             tr("The rows of the selected cached product list"));
    m_previewTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_previewTable->horizontalHeader()->setSectionResizeMode(ProductPreviewModel::TitleColumn,
                                                             QHeaderView::Stretch);
    m_previewText = new QPlainTextEdit(page);
    m_previewText->setObjectName(QStringLiteral("inspectorPreviewText"));
    m_previewText->setReadOnly(true);
    m_previewText->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_previewText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    describe(m_previewText, tr("Value preview"),
             tr("The selected key's value as text, or as a hex dump when it cannot be decoded"));
    m_previewStack = new QStackedWidget(page);
    m_previewStack->setObjectName(QStringLiteral("inspectorPreviewStack"));
    m_previewStack->addWidget(m_previewText);
    m_previewStack->addWidget(m_previewTable);
    auto *preview = new QWidget(page);
    auto *previewLayout = new QVBoxLayout(preview);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(m_previewHeader);
    previewLayout->addWidget(m_previewStack, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, page);
    splitter->setObjectName(QStringLiteral("inspectorSplitter"));
    splitter->addWidget(m_keyStack);
    splitter->addWidget(preview);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    // Actions on the selected key, then the namespace-wide ones.
    auto keyButton = [&](const QString &text, const char *name, KeyAction action,
                         const QString &tip) {
        auto *button = new QPushButton(text, page);
        button->setObjectName(QString::fromLatin1(name));
        button->setToolTip(tip);
        describe(button, text, tip);
        connect(button, &QPushButton::clicked, this, [this, action] { applyAction(action); });
        m_keyButtons.append(button);
        return button;
    };
    m_seconds = new QSpinBox(page);
    m_seconds->setObjectName(QStringLiteral("inspectorSecondsSpin"));
    m_seconds->setRange(1, 365 * 24 * 3600);
    m_seconds->setValue(300);
    m_seconds->setSuffix(tr(" s"));
    describe(m_seconds, tr("Timeout in seconds"),
             tr("The new timeout that Touch and Expire give the selected key"));
    m_addButton = new QPushButton(tr("Add key…"), page);
    m_addButton->setObjectName(QStringLiteral("inspectorAddButton"));
    m_addButton->setToolTip(tr("Store a new key: a string, a number or JSON, with a timeout"));
    describe(m_addButton, tr("Add key"), m_addButton->toolTip());
    connect(m_addButton, &QPushButton::clicked, this, &CacheInspectorWidget::addKey);
    m_editButton = new QPushButton(tr("Edit value…"), page);
    m_editButton->setObjectName(QStringLiteral("inspectorEditButton"));
    m_editButton->setToolTip(tr("Replace the selected key's value and timeout"));
    describe(m_editButton, tr("Edit value"), m_editButton->toolTip());
    connect(m_editButton, &QPushButton::clicked, this, &CacheInspectorWidget::editValue);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_addButton);
    actions->addWidget(m_editButton);
    actions->addWidget(keyButton(tr("Delete"), "inspectorDeleteButton", KeyAction::Delete,
                                 tr("Delete the selected key")));
    actions->addWidget(keyButton(tr("Touch"), "inspectorTouchButton", KeyAction::Touch,
                                 tr("Reset the key's expiry to the given seconds")));
    actions->addWidget(keyButton(tr("Expire"), "inspectorExpireButton", KeyAction::Expire,
                                 tr("Let the key expire in the given seconds")));
    actions->addWidget(m_seconds);
    actions->addWidget(keyButton(tr("Persist"), "inspectorPersistButton", KeyAction::Persist,
                                 tr("Remove the key's expiry")));
    actions->addStretch(1);
    auto *consistency = new QPushButton(tr("Check consistency"), page);
    consistency->setObjectName(QStringLiteral("inspectorConsistencyButton"));
    consistency->setToolTip(tr("Compare the cached list of the current list version with the "
                               "database"));
    describe(consistency, tr("Check consistency"), consistency->toolTip());
    connect(consistency, &QPushButton::clicked, this, [this] {
        m_consistency->setText(tr("Checking…"));
        m_consistency->setStyleSheet(QString());
        send([](ProductWorker *w, int id) { w->checkConsistency(id); });
    });
    auto *clear = new QPushButton(tr("Clear namespace…"), page);
    clear->setObjectName(QStringLiteral("inspectorClearButton"));
    clear->setToolTip(tr("Remove every key of this cache's prefix, and nothing else"));
    describe(clear, tr("Clear namespace"), clear->toolTip());
    connect(clear, &QPushButton::clicked, this, &CacheInspectorWidget::askClear);
    actions->addWidget(consistency);
    actions->addWidget(clear);

    m_consistency = new QLabel(page);
    m_consistency->setObjectName(QStringLiteral("inspectorConsistency"));
    m_consistency->setWordWrap(true);
    m_consistency->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addLayout(actions);
    layout->addWidget(m_consistency);
    return page;
}

QWidget *CacheInspectorWidget::createLogPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("inspectorLogPage"));
    auto *proxy = new QSortFilterProxyModel(page);
    proxy->setSourceModel(m_log);
    proxy->setSortRole(InvalidationLogModel::SortRole);
    auto *table = makeTable(page, QStringLiteral("invalidationLogTable"), proxy);
    describe(table, tr("Invalidation log"),
             tr("Every write's invalidation: time, write, products, mechanism, keys and outcome"));
    table->setSortingEnabled(true);
    table->sortByColumn(InvalidationLogModel::TimeColumn, Qt::AscendingOrder);
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(InvalidationLogModel::KeysColumn, QHeaderView::Stretch);
    setLeftToRightColumn(table, InvalidationLogModel::KeysColumn);
    connect(m_log, &QAbstractItemModel::rowsInserted, table, [table] { table->scrollToBottom(); });
    auto *hint = new QLabel(tr("Every write's invalidation: which key it removed or superseded "
                               "(the list version in the key), and writes that removed nothing."),
                            page);
    hint->setWordWrap(true);
    auto *clear = new QPushButton(tr("Clear log"), page);
    clear->setObjectName(QStringLiteral("invalidationLogClearButton"));
    describe(clear, tr("Clear log"), tr("Forget the invalidations listed so far"));
    connect(clear, &QPushButton::clicked, m_log, &InvalidationLogModel::clear);
    auto *top = new QHBoxLayout;
    top->addWidget(hint, 1);
    top->addWidget(clear);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(top);
    layout->addWidget(table, 1);
    return page;
}

void CacheInspectorWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_ttlTimer->start();
    tickTtl(); // time passed while hidden
    if (!m_loadedOnce)
        refresh();
}

void CacheInspectorWidget::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_ttlTimer->stop();
}

QAbstractItemView *CacheInspectorWidget::keyView() const
{
    return isGrouped() ? static_cast<QAbstractItemView *>(m_keyTree) : m_keyTable;
}

bool CacheInspectorWidget::isGrouped() const
{
    return m_keyStack->currentWidget() == m_keyTree;
}

void CacheInspectorWidget::setGrouped(bool grouped)
{
    if (grouped == isGrouped()) {
        m_group->setChecked(grouped);
        return;
    }
    const QByteArray key = selectedKey();
    const bool focused = keyView()->hasFocus();
    m_keyStack->setCurrentWidget(grouped ? static_cast<QWidget *>(m_keyTree) : m_keyTable);
    m_group->setChecked(grouped); // its toggled() comes back here and returns at once
    if (grouped)
        rebuildTree();
    if (!key.isEmpty())
        selectKey(key);
    if (focused)
        keyView()->setFocus();
    syncSelection();
}

void CacheInspectorWidget::rebuildTree()
{
    if (!isGrouped())
        return;
    const QByteArray selected = selectedKey();
    m_treeModel->clear();
    m_treeTtl.clear();
    m_treeModel->setHorizontalHeaderLabels({tr("Key"), tr("Type"), tr("Size (bytes)"), tr("TTL")});
    // prefix → version → rows, each sorted.
    QMap<QString, QMap<int, QList<int>>> groups;
    for (int row = 0; row < m_keys->rowCount(); ++row) {
        const InspectorKey &k = m_keys->keyAt(row);
        QString prefix = tr("(other keys)");
        if (k.version >= 0) {
            const qsizetype tail = k.userKey.toUtf8().size() + QByteArray::number(k.version).size()
                    + 2; // ":version:"
            prefix = QString::fromUtf8(k.key.left(qMax<qsizetype>(0, k.key.size() - tail)));
        }
        groups[prefix][k.version].append(row);
    }
    auto cell = [](const QString &text) {
        auto *item = new QStandardItem(text);
        item->setEditable(false);
        return item;
    };
    for (auto p = groups.cbegin(); p != groups.cend(); ++p) {
        QStandardItem *prefixItem
                = cell(p.key().isEmpty() ? tr("(no prefix)") : InspectorKeyModel::ltr(p.key()));
        for (auto v = p.value().cbegin(); v != p.value().cend(); ++v) {
            QStandardItem *versionItem
                    = cell(v.key() < 0 ? tr("version ?") : tr("version %1").arg(v.key()));
            QList<int> rows = v.value();
            std::sort(rows.begin(), rows.end(),
                      [this](int a, int b) { return m_keys->keyAt(a).key < m_keys->keyAt(b).key; });
            for (int row : std::as_const(rows)) {
                const InspectorKey &k = m_keys->keyAt(row);
                auto text = [this, row](int column) {
                    return m_keys->index(row, column).data().toString();
                };
                QStandardItem *name = cell(InspectorKeyModel::ltr(
                        k.version >= 0 ? k.userKey : QString::fromUtf8(k.key)));
                name->setData(k.key, InspectorKeyModel::MadeKeyRole);
                name->setToolTip(keyText(k.key));
                QStandardItem *size = cell(text(InspectorKeyModel::SizeColumn));
                size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                QStandardItem *ttl = cell(text(InspectorKeyModel::TtlColumn));
                ttl->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                m_treeTtl.insert(k.key, ttl);
                versionItem->appendRow({name, cell(k.type), size, ttl});
            }
            prefixItem->appendRow(versionItem);
        }
        m_treeModel->appendRow(prefixItem);
    }
    m_keyTree->expandAll();
    m_keyTree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 4; ++c)
        m_keyTree->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    tickTtl();
    if (!selected.isEmpty())
        selectKey(selected);
    syncSelection(); // the selected key may be gone
}

void CacheInspectorWidget::tickTtl()
{
    m_keys->tick();
    for (auto it = m_treeTtl.cbegin(); it != m_treeTtl.cend(); ++it) {
        const int row = m_keys->rowOfKey(it.key());
        if (row < 0)
            continue;
        const QModelIndex ttl = m_keys->index(row, InspectorKeyModel::TtlColumn);
        it.value()->setText(ttl.data().toString());
        it.value()->setData(ttl.data(Qt::ForegroundRole), Qt::ForegroundRole);
    }
}

void CacheInspectorWidget::selectKey(const QByteArray &key)
{
    QModelIndex index;
    if (isGrouped()) {
        if (QStandardItem *ttl = m_treeTtl.value(key))
            index = m_treeModel->indexFromItem(ttl).siblingAtColumn(0);
    } else if (const int row = m_keys->rowOfKey(key); row >= 0) {
        index = m_keyProxy->mapFromSource(m_keys->index(row, 0));
    }
    if (!index.isValid())
        return;
    QAbstractItemView *view = keyView();
    view->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->scrollTo(index);
}

void CacheInspectorWidget::clearPreview()
{
    m_previewRequest = 0; // an answer still on its way is for a key no longer selected
    m_previewKey.clear();
    m_shownKey.clear();
    m_editText.clear();
    m_editable = false;
    m_previewHeader->setText(tr("Select a key to see its value."));
    m_previewText->clear();
    m_previewStack->setCurrentWidget(m_previewText);
}

void CacheInspectorWidget::syncSelection()
{
    const QByteArray key = selectedKey();
    if (key != m_previewKey) {
        if (key.isEmpty()) {
            clearPreview();
        } else {
            m_previewKey = key;
            m_shownKey.clear();
            m_editText.clear();
            m_editable = false;
            m_previewHeader->setText(tr("Loading %1…").arg(keyText(key)));
            m_previewText->clear();
            m_previewStack->setCurrentWidget(m_previewText);
            m_previewRequest = send([key](ProductWorker *w, int id) { w->previewKey(id, key); });
        }
    }
    updateButtons();
}

int CacheInspectorWidget::send(std::function<void(ProductWorker *, int)> call)
{
    const int id = nextRequestId();
    ProductWorker *worker = m_worker;
    if (!worker)
        return id;
    m_pending.insert(id);
    // The worker is the context object: the lambda runs in the worker thread.
    QMetaObject::invokeMethod(
            worker, [worker, id, call = std::move(call)] { call(worker, id); },
            Qt::QueuedConnection);
    updateButtons();
    return id;
}

bool CacheInspectorWidget::take(int requestId)
{
    const bool mine = m_pending.remove(requestId);
    if (mine)
        updateButtons();
    return mine;
}

QString CacheInspectorWidget::glob() const
{
    const QString text = m_filter->text().trimmed();
    return text.isEmpty() ? QStringLiteral("*") : text;
}

QByteArray CacheInspectorWidget::selectedKey() const
{
    const QItemSelectionModel *selection = keyView()->selectionModel();
    const QModelIndex current = selection->currentIndex();
    if (!current.isValid() || !selection->isRowSelected(current.row(), current.parent()))
        return {};
    return current.siblingAtColumn(0).data(InspectorKeyModel::MadeKeyRole).toByteArray();
}

void CacheInspectorWidget::refresh()
{
    m_loadedOnce = true;
    m_keys->clear();
    m_cursor.clear();
    const QString pattern = glob();
    const int pageSize = m_pageSize;
    showStatus(tr("Loading…"));
    m_listRequest = send([pattern, pageSize](ProductWorker *w, int id) {
        w->inspectKeys(id, QByteArray(), pageSize, pattern, false);
    });
}

void CacheInspectorWidget::loadMore()
{
    if (m_cursor.isEmpty())
        return;
    const QString pattern = glob();
    const QByteArray cursor = m_cursor;
    const int pageSize = m_pageSize;
    showStatus(tr("Loading…"));
    m_listRequest = send([pattern, cursor, pageSize](ProductWorker *w, int id) {
        w->inspectKeys(id, cursor, pageSize, pattern, false);
    });
}

void CacheInspectorWidget::loadAll()
{
    m_loadedOnce = true;
    m_keys->clear();
    m_cursor.clear();
    const QString pattern = glob();
    showStatus(tr("Loading every key…"));
    m_listRequest = send([pattern](ProductWorker *w, int id) {
        w->inspectKeys(id, QByteArray(), 0, pattern, true);
    });
}

void CacheInspectorWidget::onKeys(int requestId, const InspectorPage &page)
{
    if (!take(requestId) || requestId != m_listRequest)
        return;
    m_keys->append(page.keys);
    m_cursor = page.cursor;
    if (!m_selectAfterList.isEmpty() && m_keys->rowOfKey(m_selectAfterList) >= 0)
        selectKey(std::exchange(m_selectAfterList, QByteArray()));
    const int shown = m_keys->rowCount();
    showStatus(m_cursor.isEmpty() ? tr("%n key(s)", nullptr, shown)
                                  : tr("%n key(s) so far; more in the namespace", nullptr, shown));
    updateButtons();
}

void CacheInspectorWidget::applyAction(KeyAction action)
{
    const QByteArray key = selectedKey();
    if (key.isEmpty())
        return;
    const qint64 seconds = m_seconds->value();
    send([action, key, seconds](ProductWorker *w, int id) {
        w->applyKeyAction(id, action, key, seconds);
    });
}

void CacheInspectorWidget::addKey()
{
    CacheValueInput initial;
    const auto input = m_dialogs.cacheValue(this, tr("Add key"), initial, true);
    if (!input || input->key.isEmpty())
        return;
    const CacheValueInput in = *input;
    const QVariant value = CacheConsole::parseValue(in.value);
    showStatus(tr("Storing %1…").arg(InspectorKeyModel::ltr(in.key)));
    send([in, value](ProductWorker *w, int id) {
        w->storeKey(id, in.key, in.version, value, in.seconds);
    });
}

void CacheInspectorWidget::editValue()
{
    const QByteArray key = selectedKey();
    const int row = m_keys->rowOfKey(key);
    if (key.isEmpty() || key != m_shownKey || !m_editable || row < 0
        || m_keys->keyAt(row).version < 0)
        return;
    CacheValueInput initial;
    initial.key = m_keys->keyAt(row).userKey;
    initial.version = m_keys->keyAt(row).version;
    initial.value = m_editText;
    const KeyTtl ttl = m_keys->remainingTtl(row);
    initial.seconds = ttl.state == KeyTtl::State::Expiring ? (ttl.ms + 999) / 1000 : 0;
    const auto input = m_dialogs.cacheValue(this, tr("Edit value"), initial, false);
    if (!input)
        return;
    CacheValueInput in = *input;
    in.key = initial.key; // only the value and the timeout change
    in.version = initial.version;
    const QVariant value = CacheConsole::parseValue(in.value);
    showStatus(tr("Storing %1…").arg(keyText(key)));
    send([in, value](ProductWorker *w, int id) {
        w->storeKey(id, in.key, in.version, value, in.seconds);
    });
}

void CacheInspectorWidget::onAction(int requestId, const KeyActionResult &result)
{
    if (!take(requestId))
        return;
    const QString key = keyText(result.key);
    if (!result.applied) {
        // Gone in the meantime (expired, or removed by another instance).
        m_keys->removeKey(result.key);
        showStatus(tr("%1 no longer exists.").arg(key), true);
        return;
    }
    switch (result.action) {
    case KeyAction::Delete:
        m_keys->removeKey(result.key);
        showStatus(tr("Deleted %1.").arg(key));
        break;
    case KeyAction::Touch:
    case KeyAction::Expire:
    case KeyAction::Persist:
        m_keys->setTtl(result.key, result.ttl);
        showStatus(tr("%1: TTL %2.").arg(key, InspectorKeyModel::formatTtl(result.ttl)));
        break;
    case KeyAction::Set:
        showStatus(tr("Stored %1.").arg(key));
        // List again for the real type and size, then show the stored value.
        m_selectAfterList = result.key;
        if (m_previewKey == result.key)
            m_previewKey.clear(); // its preview is out of date
        refresh();
        break;
    }
    updateButtons();
}

void CacheInspectorWidget::onPreview(int requestId, const KeyPreview &preview)
{
    if (!take(requestId) || requestId != m_previewRequest || preview.key != m_previewKey)
        return;
    m_shownKey = preview.key;
    m_editText.clear();
    m_editable = false;
    if (preview.kind == KeyPreview::Kind::Text) {
        // A string that reads as a number or JSON is quoted, so storing it again keeps it text.
        const bool text = preview.type == QLatin1String("string");
        const QVariant parsed = CacheConsole::parseValue(preview.text);
        const bool readsBack = parsed.metaType() == QMetaType::fromType<QString>()
                && parsed.toString() == preview.text;
        m_editText = text && !readsBack ? CacheConsole::toJson(preview.text) : preview.text;
        m_editable = true;
    }
    showPreview(preview);
    updateButtons();
}

void CacheInspectorWidget::showPreview(const KeyPreview &p)
{
    const QString key = keyText(p.key);
    switch (p.kind) {
    case KeyPreview::Kind::Missing:
        m_previewHeader->setText(tr("%1 no longer exists (expired or removed).").arg(key));
        m_previewText->clear();
        m_previewStack->setCurrentWidget(m_previewText);
        break;
    case KeyPreview::Kind::ProductList:
        m_previewHeader->setText(tr("<b>%1</b> · product list · catalogue %2 · list version %3 · "
                                    "%n product(s)",
                                    nullptr, int(p.products.size()))
                                         .arg(keyHtml(p.key))
                                         .arg(p.catalogueId)
                                         .arg(p.listVersion));
        m_previewProducts->setProducts(p.products);
        m_previewStack->setCurrentWidget(m_previewTable);
        break;
    case KeyPreview::Kind::Text:
        m_previewHeader->setText(tr("<b>%1</b> · %2").arg(keyHtml(p.key), p.type.toHtmlEscaped()));
        m_previewText->setPlainText(p.text);
        m_previewStack->setCurrentWidget(m_previewText);
        break;
    case KeyPreview::Kind::Hex: {
        QString header
                = tr("<b>%1</b> · %2 · cannot be decoded: %3")
                          .arg(keyHtml(p.key), p.type.toHtmlEscaped(), p.reason.toHtmlEscaped());
        if (p.totalBytes > p.bytes.size())
            header += QLatin1Char(' ')
                    + tr("(first %1 of %2 bytes)")
                              .arg(QLocale().toString(p.bytes.size()),
                                   QLocale().toString(p.totalBytes));
        m_previewHeader->setText(header);
        m_previewText->setPlainText(CacheInspector::hexDump(p.bytes));
        m_previewStack->setCurrentWidget(m_previewText);
        break;
    }
    }
}

void CacheInspectorWidget::askClear()
{
    showStatus(tr("Counting the keys of the namespace…"));
    send([](ProductWorker *w, int id) { w->countNamespace(id); });
}

void CacheInspectorWidget::onCounted(int requestId, qint64 count)
{
    if (!take(requestId))
        return;
    // The dry run comes first: the user sees what would go before anything goes.
    const QString dryRun = tr("Would remove %n key(s).", nullptr, int(count));
    showStatus(dryRun);
    if (count == 0)
        return;
    const bool confirmed = m_dialogs.confirm(
            this, tr("Clear namespace"),
            tr("This removes every key of this cache's namespace and nothing else: %1 Other "
               "keys in the same Redis database are left alone.")
                    .arg(dryRun),
            tr("Clear namespace"));
    if (!confirmed) {
        showStatus(tr("%1 Nothing was removed.").arg(dryRun));
        return;
    }
    send([](ProductWorker *w, int id) { w->clearNamespace(id); });
}

void CacheInspectorWidget::onCleared(int requestId, qint64 removed)
{
    if (!take(requestId))
        return;
    // The namespace is empty now; what is written later shows up on Refresh.
    m_keys->clear();
    m_cursor.clear();
    updateButtons();
    showStatus(tr("Removed %n key(s) of the namespace.", nullptr, int(removed)));
}

void CacheInspectorWidget::onConsistency(int requestId, const ConsistencyReport &report)
{
    if (!take(requestId))
        return;
    m_consistency->setText(report.summary());
    if (report.isConsistent())
        m_consistency->setStyleSheet(QStringLiteral("color: #1a7f37;"));
    else if (report.cached || report.foreignValue || report.otherCatalogue)
        m_consistency->setStyleSheet(QStringLiteral("color: #cf222e;"));
    else
        m_consistency->setStyleSheet(QString());
}

void CacheInspectorWidget::onFailed(int requestId, const Error &error)
{
    if (!take(requestId))
        return;
    showStatus(tr("Failed: %1").arg(error.message), true);
}

void CacheInspectorWidget::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #cf222e;") : QString());
}

void CacheInspectorWidget::updateButtons()
{
    const QByteArray key = selectedKey();
    const bool hasKey = !key.isEmpty();
    for (QPushButton *button : std::as_const(m_keyButtons))
        button->setEnabled(hasKey);
    // Editable once the selected key's own value is shown as text.
    const int row = m_keys->rowOfKey(key);
    m_editButton->setEnabled(hasKey && key == m_shownKey && m_editable && row >= 0
                             && m_keys->keyAt(row).version >= 0);
    m_loadMore->setEnabled(!m_cursor.isEmpty());
}

} // namespace pm
