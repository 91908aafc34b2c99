#include "debug/debugpanel.h"

#include "debug/debugtable.h"

#include "debug/cacheconsolewidget.h"
#include "debug/cacheinspectorwidget.h"

#include "diagnostics/cachecallmodel.h"
#include "diagnostics/calllog.h"
#include "diagnostics/sqleventmodel.h"
#include "diagnostics/sqllog.h"
#include "products/productservice.h"

// The Timer, History and Charts tabs.
#include "debug/chartwidget.h"
#include "debug/historywidget.h"
#include "debug/timerwidget.h"
#include "diagnostics/actionlog.h"

#include <QAbstractItemView>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace pm {

namespace {

QTableView *makeTable(QWidget *parent, const char *name, QSortFilterProxyModel *proxy)
{
    QTableView *table = createDebugTable(parent, QString::fromLatin1(name), proxy);
    table->setSortingEnabled(true);
    table->sortByColumn(0, Qt::AscendingOrder); // time: the order things happened
    return table;
}

bool isDarkPalette(const QWidget *w)
{
    return w->palette().color(QPalette::Window).lightness() < 128;
}

QSortFilterProxyModel *makeProxy(QObject *parent, QAbstractItemModel *source, int sortRole)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(source);
    proxy->setSortRole(sortRole);
    proxy->setFilterKeyColumn(-1); // any column
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    return proxy;
}

/// Runs `append` and keeps the table at its newest rows if it was showing them (a log view).
/// Without a table yet (the tabs are built on demand) it only appends.
template<typename Append>
void followTail(QTableView *table, Append &&append)
{
    if (!table) {
        append();
        return;
    }
    const QScrollBar *bar = table->verticalScrollBar();
    const bool atEnd = bar->value() == bar->maximum();
    append();
    if (atEnd)
        table->scrollToBottom();
}

QString formatMs(qint64 ns)
{
    return DebugPanel::tr("%1 ms").arg(QLocale().toString(double(ns) / 1e6, 'f', 2));
}

} // namespace

DebugPanel::DebugPanel(CallLog *calls, SqlLog *sql, QWidget *parent, Content content)
    : QDockWidget(tr("Debug Panel"), parent)
    , m_calls(calls)
    , m_sql(sql)
    , m_callModel(new CacheCallModel(calls->capacity(), this))
    , m_sqlModel(new SqlEventModel(sql->capacity(), this))
    , m_callProxy(makeProxy(this, m_callModel, CacheCallModel::SortRole))
    , m_sqlProxy(makeProxy(this, m_sqlModel, SqlEventModel::SortRole))
    , m_badge(new QLabel(this))
    , m_actions(new ActionLog(this))
{
    setObjectName(QStringLiteral("debugPanel"));
    m_callProxy->setObjectName(QStringLiteral("cacheCallProxy"));
    m_sqlProxy->setObjectName(QStringLiteral("sqlEventProxy"));
    m_badge->setObjectName(QStringLiteral("cacheBadge"));
    m_badge->setAccessibleName(tr("Cache health"));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("debugTabs"));
    setWidget(m_tabs);
    // Alt+1…Alt+9 open the panel on that tab, for whatever tabs exist; the tab bar then has
    // the keyboard, so arrows and Ctrl+PgUp/PgDown keep switching and Tab enters the page.
    for (int i = 0; i < 9; ++i) {
        // On the window, not the panel: a hidden panel's shortcuts would never fire.
        auto *shortcut = new QShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)),
                                       parentWidget() ? parentWidget() : this);
        shortcut->setObjectName(QStringLiteral("debugTabShortcut%1").arg(i + 1));
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, i] {
            ensureContent();
            if (i >= m_tabs->count())
                return;
            show();
            raise();
            m_tabs->setCurrentIndex(i);
            // A page that is one input (the Console) gets the keyboard; others the tab bar.
            if (QWidget *input = m_tabs->widget(i)->focusProxy())
                input->setFocus(Qt::ShortcutFocusReason);
            else
                m_tabs->tabBar()->setFocus(Qt::ShortcutFocusReason);
        });
    }

    connect(m_calls, &CallLog::recordsAvailable, this, &DebugPanel::drainCalls);
    connect(m_sql, &SqlLog::recordsAvailable, this, &DebugPanel::drainSql);
    connect(m_callModel, &CacheCallModel::totalsChanged, this, &DebugPanel::updateCacheTotals);
    connect(m_sqlModel, &SqlEventModel::totalsChanged, this, &DebugPanel::updateSqlTotals);
    // Records made before the panel existed, taken one turn of the event loop later: by then
    // the window has registered the requests they belong to (its first open is sent before
    // the panel exists), so the Timer tab counts them for their action.
    QTimer::singleShot(0, this, [this] {
        drainCalls();
        drainSql();
    });
    updateBadge();
    if (content == Content::Now)
        ensureContent();
}

void DebugPanel::ensureContent()
{
    if (hasContent())
        return;
    m_tabs->addTab(createCacheTab(), tr("Cache", "debug panel tab"));
    m_tabs->addTab(createSqlTab(), tr("SQL"));
    m_timer = new TimerWidget(m_actions, this);
    m_tabs->addTab(m_timer, tr("Timer"));
    m_history = new HistoryWidget(m_actions, this);
    m_tabs->addTab(m_history, tr("History"));
    m_chart = new ChartWidget(m_actions, this);
    m_tabs->addTab(m_chart, tr("Charts"));
    addWorkerTabs();
    keepTabOutOfTables();
    m_callTable->scrollToBottom();
    m_sqlTable->scrollToBottom();
    updateCacheTotals();
    updateSqlTotals();
}

void DebugPanel::showEvent(QShowEvent *event)
{
    ensureContent();
    QDockWidget::showEvent(event);
}

TimerWidget *DebugPanel::timerWidget()
{
    ensureContent();
    return m_timer;
}

HistoryWidget *DebugPanel::historyWidget()
{
    ensureContent();
    return m_history;
}

ChartWidget *DebugPanel::chartWidget()
{
    ensureContent();
    return m_chart;
}

void DebugPanel::attachWorker(ProductWorker *worker, Dialogs &dialogs)
{
    m_worker = worker;
    m_dialogs = &dialogs;
    if (hasContent())
        addWorkerTabs();
}

void DebugPanel::addWorkerTabs()
{
    if (!m_worker || m_workerTabsAdded)
        return;
    m_workerTabsAdded = true;
    m_tabs->addTab(new CacheInspectorWidget(m_worker, *m_dialogs, m_tabs), tr("Inspector"));
    m_tabs->addTab(new CacheConsoleWidget(m_worker, m_tabs), tr("Console"));
    keepTabOutOfTables();
}

void DebugPanel::keepTabOutOfTables()
{
    // Tab moves between the panel's controls and out of it, never from cell to cell of a
    // table (which would trap the keyboard in a table of 1,000 calls).
    for (QAbstractItemView *view : findChildren<QAbstractItemView *>())
        view->setTabKeyNavigation(false);
}

QWidget *DebugPanel::createCacheTab()
{
    auto *tab = new QWidget(this);
    tab->setObjectName(QStringLiteral("cacheTab"));
    m_cacheTotals = new QLabel(tab);
    m_cacheTotals->setObjectName(QStringLiteral("cacheTotals"));
    m_cacheTotals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_panelTotals = new QLabel(tab);
    m_panelTotals->setObjectName(QStringLiteral("cachePanelTotals"));
    m_panelTotals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_panelTotals->setToolTip(tr("The debug panel's own cache calls (inspector, console, "
                                 "consistency check): listed in the table, left out of the "
                                 "totals, the hit ratio and the badge"));
    m_operationCounts = new QLabel(tab);
    m_operationCounts->setObjectName(QStringLiteral("cacheOperationCounts"));
    m_operationCounts->setWordWrap(true);
    m_operationCounts->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *filter = new QLineEdit(tab);
    filter->setObjectName(QStringLiteral("cacheFilter"));
    filter->setPlaceholderText(tr("Filter calls (operation, key, origin…)"));
    filter->setAccessibleName(tr("Filter cache calls"));
    filter->setAccessibleDescription(tr("Shows only the calls whose text contains this"));
    filter->setClearButtonEnabled(true);
    connect(filter, &QLineEdit::textChanged, m_callProxy,
            &QSortFilterProxyModel::setFilterFixedString);

    auto *invalidate = new QPushButton(tr("Invalidate cache"), tab);
    invalidate->setObjectName(QStringLiteral("invalidateCacheButton"));
    invalidate->setToolTip(tr("Remove the cached product list; the next load reads the database"));
    connect(invalidate, &QPushButton::clicked, this, &DebugPanel::invalidateRequested);
    auto *reset = new QPushButton(tr("Reset statistics"), tab);
    reset->setObjectName(QStringLiteral("resetStatisticsButton"));
    reset->setToolTip(tr("Clear the tables and totals of the debug panel"));
    connect(reset, &QPushButton::clicked, this, &DebugPanel::resetStatistics);

    m_callTable = makeTable(tab, "cacheCallTable", m_callProxy);
    m_callTable->setAccessibleName(tr("Cache calls"));
    m_callTable->setAccessibleDescription(
            tr("Every cache call with its operation, keys, hit or miss, duration and origin"));
    QHeaderView *header = m_callTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(CacheCallModel::KeysColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(CacheCallModel::OperationColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(CacheCallModel::BackendColumn, QHeaderView::ResizeToContents);
    header->resizeSection(CacheCallModel::OriginColumn, 140);
    fitHeaderTexts(header);
    setLeftToRightColumn(m_callTable, CacheCallModel::KeysColumn);
    m_callTable->setTextElideMode(Qt::ElideMiddle);

    auto *top = new QHBoxLayout;
    top->addWidget(m_cacheTotals, 1);
    top->addWidget(m_panelTotals);
    top->addWidget(invalidate);
    top->addWidget(reset);
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(top);
    layout->addWidget(m_operationCounts);
    layout->addWidget(filter);
    layout->addWidget(m_callTable, 1);
    return tab;
}

QWidget *DebugPanel::createSqlTab()
{
    auto *tab = new QWidget(this);
    tab->setObjectName(QStringLiteral("sqlTab"));
    m_sqlTotals = new QLabel(tab);
    m_sqlTotals->setObjectName(QStringLiteral("sqlTotals"));
    auto *filter = new QLineEdit(tab);
    filter->setObjectName(QStringLiteral("sqlFilter"));
    filter->setPlaceholderText(tr("Filter statements (SQL, values, flags, origin…)"));
    filter->setAccessibleName(tr("Filter SQL statements"));
    filter->setAccessibleDescription(tr("Shows only the statements whose text contains this"));
    filter->setClearButtonEnabled(true);
    connect(filter, &QLineEdit::textChanged, m_sqlProxy,
            &QSortFilterProxyModel::setFilterFixedString);

    m_sqlTable = makeTable(tab, "sqlTable", m_sqlProxy);
    m_sqlTable->setAccessibleName(tr("SQL statements"));
    m_sqlTable->setAccessibleDescription(
            tr("Every SQL statement with its bound values, duration, rows and similar or "
               "duplicate flags"));
    QHeaderView *header = m_sqlTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(SqlEventModel::SqlColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(SqlEventModel::FlagsColumn, QHeaderView::ResizeToContents);
    header->resizeSection(SqlEventModel::OriginColumn, 140);
    header->resizeSection(SqlEventModel::BoundColumn, 220);
    fitHeaderTexts(header);
    setLeftToRightColumn(m_sqlTable, SqlEventModel::SqlColumn);
    setLeftToRightColumn(m_sqlTable, SqlEventModel::BoundColumn);

    auto *explain = new QPushButton(tr("Explain"), tab);
    explain->setObjectName(QStringLiteral("explainButton"));
    explain->setToolTip(tr("Show the query plan of the selected SELECT, run on the worker's "
                           "connection with its bound values"));
    explain->setAccessibleDescription(explain->toolTip());
    connect(explain, &QPushButton::clicked, this, &DebugPanel::explainSelected);
    m_sqlTable->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_sqlTable, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (!m_sqlTable->indexAt(pos).isValid())
            return;
        QMenu menu(this);
        menu.addAction(tr("Explain"), this, &DebugPanel::explainSelected);
        menu.exec(m_sqlTable->viewport()->mapToGlobal(pos));
    });
    m_explainView = new QPlainTextEdit(tab);
    m_explainView->setObjectName(QStringLiteral("sqlExplainView"));
    m_explainView->setReadOnly(true);
    m_explainView->setAccessibleName(tr("Query plan"));
    m_explainView->setAccessibleDescription(
            tr("The plan of the statement last explained, or why it cannot be explained"));
    m_explainView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_explainView->setLayoutDirection(Qt::LeftToRight); // a plan is code, not prose
    m_explainView->setPlaceholderText(tr("Select a SELECT statement and press Explain to see "
                                         "its query plan."));
    m_explainView->setMaximumHeight(m_explainView->fontMetrics().height() * 7);

    auto *top = new QHBoxLayout;
    top->addWidget(m_sqlTotals, 1);
    top->addWidget(explain);
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(top);
    layout->addWidget(filter);
    layout->addWidget(m_sqlTable, 1);
    layout->addWidget(m_explainView);
    return tab;
}

void DebugPanel::drainCalls()
{
    followTail(m_callTable, [this] {
        const QList<CacheCallRecord> records = m_calls->take();
        m_actions->addCacheCalls(records);
        m_callModel->append(records);
    });
}

void DebugPanel::drainSql()
{
    followTail(m_sqlTable, [this] {
        const QList<SqlRecord> records = m_sql->take();
        m_actions->addSql(records);
        m_sqlModel->append(records);
    });
}

bool DebugPanel::explainSelected()
{
    ensureContent();
    const QModelIndexList rows = m_sqlTable->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        m_explainView->setPlainText(tr("Select a statement first."));
        return false;
    }
    const SqlRecord &record = m_sqlModel->record(m_sqlProxy->mapToSource(rows.first()).row());
    static const QRegularExpression select(QStringLiteral("^\\s*(SELECT|WITH)\\b"),
                                           QRegularExpression::CaseInsensitiveOption);
    if (!select.match(record.sql).hasMatch()) {
        const QString verb = record.sql.trimmed().section(QLatin1Char(' '), 0, 0).toUpper();
        m_explainView->setPlainText(
                tr("Only SELECT statements can be explained; this is %1. Running EXPLAIN on a "
                   "write would not show a read plan, and EXPLAIN ANALYZE would run the write.")
                        .arg(verb));
        return false;
    }
    m_explainView->setPlainText(tr("Explaining…"));
    emit explainRequested(record.sql, record.bound);
    return true;
}

void DebugPanel::showExplainPlan(const QStringList &plan)
{
    ensureContent();
    m_explainView->setPlainText(plan.isEmpty() ? tr("The database returned no plan.")
                                               : plan.join(QLatin1Char('\n')));
}

void DebugPanel::showExplainError(const QString &message)
{
    ensureContent();
    m_explainView->setPlainText(tr("Could not explain the statement: %1").arg(message));
}

void DebugPanel::resetStatistics()
{
    // Whatever is still queued belongs to before the reset.
    m_calls->take();
    m_sql->take();
    m_sql->resetFlags();
    m_callModel->clear();
    m_sqlModel->clear();
    m_actions->clearUnpinned();
}

void DebugPanel::updateCacheTotals()
{
    if (!hasContent()) {
        updateBadge();
        return;
    }
    const CacheCallTotals &t = m_callModel->totals();
    const QString ratio = t.hits + t.misses == 0
            ? tr("n/a")
            : QLocale().toString(t.hitRatio() * 100.0, 'f', 0) + QLatin1Char('%');
    // "Label value" pairs: no plurals to get wrong ("1 hits").
    m_cacheTotals->setText(tr("Calls <b>%1</b> · Time <b>%2</b> · Hits <b>%3</b> · Misses "
                              "<b>%4</b> · Hit ratio <b>%5</b>")
                                   .arg(t.calls)
                                   .arg(formatMs(t.totalNs))
                                   .arg(t.hits)
                                   .arg(t.misses)
                                   .arg(ratio));
    QStringList counts;
    for (int op = 0; op < CacheOpCount; ++op) {
        if (t.perOperation[size_t(op)] > 0)
            counts.append(QStringLiteral("%1 %2")
                                  .arg(cacheOpName(CacheOp(op)))
                                  .arg(t.perOperation[size_t(op)]));
    }
    m_operationCounts->setText(counts.isEmpty() ? tr("No cache calls yet.")
                                                : counts.join(QStringLiteral(" · ")));
    const CacheCallTotals &panel = m_callModel->panelTotals();
    m_panelTotals->setText(tr("Panel: %1 calls").arg(panel.calls));
    m_panelTotals->setVisible(panel.calls > 0);
    updateBadge();
}

void DebugPanel::updateSqlTotals()
{
    if (!hasContent())
        return;
    QString text = tr("Statements <b>%1</b> · Time <b>%2</b> · Similar <b>%3</b> · "
                      "Duplicates <b>%4</b>")
                           .arg(m_sqlModel->rowCount())
                           .arg(formatMs(m_sqlModel->totalNs()))
                           .arg(m_sqlModel->similarCount())
                           .arg(m_sqlModel->duplicateCount());
    // The table keeps the newest statements only: say so rather than pass them off as all.
    if (m_sqlModel->seenCount() > m_sqlModel->rowCount())
        text += QStringLiteral(" · ")
                + tr("showing the last %1 of %2 statements")
                          .arg(QLocale().toString(m_sqlModel->rowCount()),
                               QLocale().toString(m_sqlModel->seenCount()));
    m_sqlTotals->setText(text);
}

void DebugPanel::noteCacheOpened()
{
    // The worker reports an unusable cache URL (cacheFailed) just before it opens the
    // in-memory fallback.
    m_fallback = m_failedSinceLoad;
    m_failedSinceLoad = false;
    setHealth(m_fallback ? CacheHealth::Degraded : CacheHealth::Ok);
}

void DebugPanel::noteCacheFailed()
{
    m_failedSinceLoad = true;
    if (m_health != CacheHealth::Down)
        setHealth(CacheHealth::Degraded);
}

void DebugPanel::noteListLoad(const ListLoadStats &stats)
{
    m_failedSinceLoad = false;
    if (stats.fromDatabaseBecauseCacheFailed)
        setHealth(CacheHealth::Down);
    else
        setHealth(m_fallback ? CacheHealth::Degraded : CacheHealth::Ok);
}

void DebugPanel::setHealth(CacheHealth health)
{
    m_health = health;
    updateBadge();
}

void DebugPanel::updateBadge()
{
    const CacheCallTotals &t = m_callModel->totals();
    switch (m_health) {
    case CacheHealth::Ok:
        if (t.hits + t.misses == 0)
            m_badge->setText(tr("Cache ok"));
        else
            m_badge->setText(tr("Cache ok · %1% hits")
                                     .arg(QLocale().toString(t.hitRatio() * 100.0, 'f', 0)));
        m_badge->setStyleSheet(QString());
        break;
    case CacheHealth::Degraded:
        m_badge->setText(tr("Cache degraded"));
        // Lighter shades on dark palettes, so the warning stays readable there too.
        m_badge->setStyleSheet(isDarkPalette(m_badge) ? QStringLiteral("color: #e3b341;")
                                                      : QStringLiteral("color: #9a6700;"));
        break;
    case CacheHealth::Down:
        m_badge->setText(tr("Cache down"));
        m_badge->setStyleSheet(isDarkPalette(m_badge) ? QStringLiteral("color: #ff7b72;")
                                                      : QStringLiteral("color: #cf222e;"));
        break;
    }
    m_badge->setToolTip(tr("Cache health, with the hit ratio of the application's cache calls "
                           "(the debug panel's own calls left out) (F12)"));
}

} // namespace pm
