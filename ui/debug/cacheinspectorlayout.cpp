// CacheInspectorWidget: building the tab, its Keys and Invalidation log pages, their
// controls and connections. The rest of the class (requests, answers, the key views) is in
// cacheinspectorwidget.cpp.
#include "debug/cacheinspectorwidget.h"

#include "debug/debugtable.h"

#include "debug/inspectorkeymodel.h"
#include "debug/invalidationlogmodel.h"
#include "debug/productpreviewmodel.h"
#include "widgets/dialogs.h"
#include "worker/productworker.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
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

} // namespace pm
