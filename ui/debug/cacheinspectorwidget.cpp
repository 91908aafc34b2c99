#include "debug/cacheinspectorwidget.h"

#include "debug/debugtable.h"

#include "debug/inspectorkeymodel.h"
#include "debug/invalidationlogmodel.h"
#include "debug/productpreviewmodel.h"
#include "products/productworker.h"
#include "widgets/dialogs.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

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
    connect(worker, &ProductWorker::cacheOpened, this,
            [this](const QString &backend, const QString &redactedUrl) {
                m_backend->setText(tr("%1 · %2").arg(backend, redactedUrl));
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
    QHeaderView *header = m_keyTable->horizontalHeader();
    header->setSectionResizeMode(InspectorKeyModel::KeyColumn, QHeaderView::Stretch);
    for (int c : {int(InspectorKeyModel::TypeColumn), int(InspectorKeyModel::SizeColumn),
                  int(InspectorKeyModel::TtlColumn), int(InspectorKeyModel::VersionColumn)})
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    connect(m_keyTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateButtons();
        const QByteArray key = selectedKey();
        if (key.isEmpty())
            return;
        m_previewHeader->setText(tr("Loading %1…").arg(QString::fromUtf8(key)));
        m_previewRequest = send([key](ProductWorker *w, int id) { w->previewKey(id, key); });
    });

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
    splitter->addWidget(m_keyTable);
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
    auto *actions = new QHBoxLayout;
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
    if (!m_loadedOnce)
        refresh();
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
    const QModelIndex current = m_keyTable->selectionModel()->currentIndex();
    if (!current.isValid() || !m_keyTable->selectionModel()->isRowSelected(current.row(), {}))
        return {};
    return current.data(InspectorKeyModel::MadeKeyRole).toByteArray();
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

void CacheInspectorWidget::onAction(int requestId, const KeyActionResult &result)
{
    if (!take(requestId))
        return;
    const QString key = QString::fromUtf8(result.key);
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
    }
    updateButtons();
}

void CacheInspectorWidget::onPreview(int requestId, const KeyPreview &preview)
{
    if (!take(requestId) || requestId != m_previewRequest)
        return;
    showPreview(preview);
}

void CacheInspectorWidget::showPreview(const KeyPreview &p)
{
    const QString key = QString::fromUtf8(p.key);
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
                                         .arg(key.toHtmlEscaped())
                                         .arg(p.catalogueId)
                                         .arg(p.listVersion));
        m_previewProducts->setProducts(p.products);
        m_previewStack->setCurrentWidget(m_previewTable);
        break;
    case KeyPreview::Kind::Text:
        m_previewHeader->setText(
                tr("<b>%1</b> · %2").arg(key.toHtmlEscaped(), p.type.toHtmlEscaped()));
        m_previewText->setPlainText(p.text);
        m_previewStack->setCurrentWidget(m_previewText);
        break;
    case KeyPreview::Kind::Hex: {
        QString header = tr("<b>%1</b> · %2 · cannot be decoded: %3")
                                 .arg(key.toHtmlEscaped(), p.type.toHtmlEscaped(),
                                      p.reason.toHtmlEscaped());
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
    const bool hasKey = !selectedKey().isEmpty();
    for (QPushButton *button : std::as_const(m_keyButtons))
        button->setEnabled(hasKey);
    m_loadMore->setEnabled(!m_cursor.isEmpty());
}

} // namespace pm
