#include "mainwindow/mainwindow.h"

#include "core/settingskeys.h"

#include "catalogue/bulkeditdialog.h"
#include "catalogue/productdialog.h"
#include "catalogue/productproxymodel.h"
#include "core/clock.h"
#include "core/logging.h"
#include "core/urlredaction.h"
#include "debug/actiontracker.h"
#include "debug/debugpanel.h"
#include "diagnostics/calllog.h"
#include "diagnostics/sqllog.h"
#include "mainwindow/undocontroller.h"
#include "products/producttablemodel.h"
#include "settings/connectionlock.h"
#include "settings/settingsdialog.h"
#include "widgets/dialogs.h"
#include "widgets/firstpaintexit.h"
#include "widgets/messagebar.h"
#include "widgets/readablelabel.h"
#include "worker/connectionsettings.h"
#include "worker/productworker.h"

#include <QAbstractItemView>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QItemSelection>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QProgressDialog>
#include <QSettings>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>
#include <utility>

// The icons live in pm_ui, a static library: its resources must be pulled in explicitly, and
// Q_INIT_RESOURCE cannot be used inside a namespace.
static void initResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace pm {

namespace {
constexpr int MaxSeed = 1'000'000;

QIcon themedIcon(const QWidget *w, const char *themeName, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(QString::fromLatin1(themeName), w->style()->standardIcon(fallback));
}

/// `description` with the action's shortcuts, as toolbar tooltips show them: "Reload (F5)".
QString toolTipWithShortcut(const QAction *action, const QString &description)
{
    QStringList keys;
    for (const QKeySequence &key : action->shortcuts())
        keys.append(key.toString(QKeySequence::NativeText));
    if (keys.isEmpty() || description.contains(keys.first()))
        return description;
    return MainWindow::tr("%1 (%2)", "tooltip: what the action does (its shortcuts)")
            .arg(description, keys.join(QStringLiteral(", ")));
}

/// An error message as a clause inside a sentence: "timed out (250 ms)." loses its full stop,
/// so that "The cache is not working (%1)." does not end in ".).".
QString asClause(QString message)
{
    message = message.trimmed();
    while (message.endsWith(QLatin1Char('.')) && !message.endsWith(QLatin1String("...")))
        message.chop(1);
    return message;
}
} // namespace

MainWindow::MainWindow(const MainWindowOptions &options, const Clock &clock, Dialogs &dialogs,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_options(options)
    , m_dialogs(dialogs)
    , m_thread(new QThread(this))
    , m_worker(new ProductWorker(clock))
    , m_model(new ProductTableModel(this))
    , m_proxy(new ProductProxyModel(this))
    , m_callLog(new CallLog(CallLog::DefaultCapacity, this))
    , m_sqlLog(new SqlLog(clock, SqlLog::DefaultCapacity, this))
{
    initResources();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Product Manager"));
    setAccessibleName(windowTitle());
    setWindowIcon(QIcon(QStringLiteral(":/icons/productmanager.svg")));

    m_model->setObjectName(QStringLiteral("productModel"));
    m_model->setCurrency(options.currency);
    m_proxy->setObjectName(QStringLiteral("productProxy"));
    m_proxy->setProductModel(m_model);

    m_thread->setObjectName(QStringLiteral("productWorkerThread"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    // The logs are children of the window: they outlive the worker, which ~MainWindow waits for.
    m_worker->setObservers(m_callLog, m_sqlLog->observer());

    createActions();
    createCentralWidget();
    createDebugPanel();
    createMenusAndToolBar();
    for (QAction *action : {m_newAction, m_editAction, m_bulkEditAction, m_deleteAction,
                            m_refreshAction, m_invalidateAction, m_importAction, m_seedAction,
                            m_findAction, m_settingsAction, m_debugPanelAction, m_copyAction})
        action->setToolTip(toolTipWithShortcut(action, action->toolTip()));
    createStatusBar();
    connectWorker();
    connectBasics();
    restoreSettings();
    updateActions();
    updateCounts();

    m_thread->start();
    if (!m_options.deferOpen)
        openCatalogue(m_options.seedIfNew);
}

void MainWindow::openDeferred(const DatabaseConfig &database, const QString &cacheUrl)
{
    m_options.database = database;
    m_options.cacheUrl = cacheUrl;
    openCatalogue(m_options.seedIfNew);
}

int MainWindow::openCatalogue(int seedIfNew)
{
    const DatabaseConfig config = m_options.database;
    const QString cacheUrl
            = m_options.cacheUrl.isEmpty() ? QStringLiteral("memory://") : m_options.cacheUrl;
    const CacheOptions cacheOptions = currentSettings().cacheOptions();
    m_lock->setCacheUrl(cacheUrl);
    return send(tr("Could not open the database: %1"),
                [config, seedIfNew, cacheUrl, cacheOptions](ProductWorker *w, int id) {
                    w->open(id, config, seedIfNew, cacheUrl, cacheOptions);
                });
}

MainWindow::~MainWindow()
{
    // The only place the UI thread waits for the worker: at exit, after asking a running
    // import or seed to stop. The worker (and its database connection) is deleted in its
    // thread.
    if (m_longRequest)
        m_worker->cancel(m_longRequest);
    m_thread->quit();
    m_thread->wait();
}

void MainWindow::createActions()
{
    m_newAction
            = new QAction(themedIcon(this, "document-new", QStyle::SP_FileIcon), tr("&New…"), this);
    m_newAction->setObjectName(QStringLiteral("actionNew"));
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setToolTip(
            tr("Create a product (%1)")
                    .arg(m_newAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newProduct);

    m_editAction = new QAction(themedIcon(this, "document-edit", QStyle::SP_FileDialogDetailedView),
                               tr("&Edit…"), this);
    m_editAction->setObjectName(QStringLiteral("actionEdit"));
    m_editAction->setShortcuts({QKeySequence(Qt::Key_F2)});
    m_editAction->setToolTip(tr("Edit the selected product (F2, Enter)"));
    connect(m_editAction, &QAction::triggered, this, &MainWindow::editProduct);

    m_bulkEditAction
            = new QAction(themedIcon(this, "edit-select-all", QStyle::SP_FileDialogListView),
                          tr("Edit &Selected…"), this);
    m_bulkEditAction->setObjectName(QStringLiteral("actionBulkEdit"));
    m_bulkEditAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F2));
    m_bulkEditAction->setToolTip(tr("Set the title or price of all selected products at once"));
    connect(m_bulkEditAction, &QAction::triggered, this, &MainWindow::bulkEdit);

    m_deleteAction = new QAction(themedIcon(this, "edit-delete", QStyle::SP_TrashIcon),
                                 tr("&Delete…"), this);
    m_deleteAction->setObjectName(QStringLiteral("actionDelete"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setToolTip(tr("Delete the selected products (Del)"));
    connect(m_deleteAction, &QAction::triggered, this, &MainWindow::deleteSelected);

    createUndoController();

    m_refreshAction = new QAction(themedIcon(this, "view-refresh", QStyle::SP_BrowserReload),
                                  tr("&Refresh"), this);
    m_refreshAction->setObjectName(QStringLiteral("actionRefresh"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setToolTip(tr("Reload the product list (F5)"));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);

    m_invalidateAction = new QAction(themedIcon(this, "edit-clear", QStyle::SP_DialogResetButton),
                                     tr("&Invalidate Cache"), this);
    m_invalidateAction->setObjectName(QStringLiteral("actionInvalidateCache"));
    m_invalidateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_invalidateAction->setToolTip(
            tr("Remove the cached product list; the next load reads the database"));
    connect(m_invalidateAction, &QAction::triggered, this, &MainWindow::invalidateCache);

    m_importAction = new QAction(themedIcon(this, "document-import", QStyle::SP_DialogOpenButton),
                                 tr("&Import…"), this);
    m_importAction->setObjectName(QStringLiteral("actionImport"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setToolTip(tr("Import products from a JSON or CSV file"));
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importFile);

    m_seedAction = new QAction(themedIcon(this, "list-add", QStyle::SP_FileDialogNewFolder),
                               tr("Seed &Demo Data…"), this);
    m_seedAction->setObjectName(QStringLiteral("actionSeed"));
    m_seedAction->setToolTip(tr("Add generated demo products"));
    connect(m_seedAction, &QAction::triggered, this, &MainWindow::seedDemoData);

    m_copyAction = new QAction(themedIcon(this, "edit-copy", QStyle::SP_FileDialogDetailedView),
                               tr("&Copy"), this);
    m_copyAction->setObjectName(QStringLiteral("actionCopy"));
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(
            Qt::WidgetShortcut); // the table's; the search box keeps its own
    m_copyAction->setToolTip(tr("Copy the selected products as tab-separated text"));
    connect(m_copyAction, &QAction::triggered, this, &MainWindow::copySelected);

    m_findAction = new QAction(themedIcon(this, "edit-find", QStyle::SP_FileDialogContentsView),
                               tr("&Find"), this);
    m_findAction->setObjectName(QStringLiteral("actionFind"));
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    m_quitAction = new QAction(themedIcon(this, "application-exit", QStyle::SP_DialogCloseButton),
                               tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("actionQuit"));
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_settingsAction = new QAction(themedIcon(this, "preferences-system", QStyle::SP_ComputerIcon),
                                   tr("&Settings…"), this);
    m_settingsAction->setObjectName(QStringLiteral("actionSettings"));
    // Ctrl+, where the platform defines Preferences; not every desktop's key table does.
    m_settingsAction->setShortcut(QKeySequence(QKeySequence::Preferences).isEmpty()
                                          ? QKeySequence(Qt::CTRL | Qt::Key_Comma)
                                          : QKeySequence(QKeySequence::Preferences));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_settingsAction->setToolTip(tr("Database, cache and language"));
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::openSettings);

    m_aboutAction = new QAction(tr("&About Product Manager"), this);
    m_aboutAction->setObjectName(QStringLiteral("actionAbout"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        m_dialogs.about(this, tr("About Product Manager"),
                        tr("<h3>Product Manager %1</h3><p>A product catalogue whose list "
                           "loads through a low-level cache you can see.</p>")
                                .arg(QCoreApplication::applicationVersion()));
    });
}

void MainWindow::createMenusAndToolBar()
{
    QMenu *file = menuBar()->addMenu(tr("&File", "menu"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(m_importAction);
    file->addAction(m_exportAction);
    file->addAction(m_seedAction);
    file->addSeparator();
    file->addAction(m_settingsAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit", "menu"));
    edit->setObjectName(QStringLiteral("editMenu"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_newAction);
    edit->addAction(m_editAction);
    edit->addAction(m_bulkEditAction);
    edit->addAction(m_deleteAction);
    edit->addSeparator();
    edit->addAction(m_findAction);

    QMenu *view = menuBar()->addMenu(tr("&View", "menu"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addAction(m_refreshAction);
    view->addAction(m_invalidateAction);
    view->addSeparator();
    view->addMenu(createSortMenu());
    view->addSeparator();
    view->addAction(m_debugPanelAction);

    QMenu *help = menuBar()->addMenu(tr("&Help", "menu"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(m_aboutAction);

    QToolBar *bar = addToolBar(tr("Main Toolbar"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    // Icon only for the less frequent actions, so that the search box keeps its place in
    // longer languages (German, French) instead of going into the toolbar's overflow menu.
    m_bulkEditAction->setPriority(QAction::LowPriority);
    m_importAction->setPriority(QAction::LowPriority);
    bar->addAction(m_newAction);
    bar->addAction(m_editAction);
    bar->addAction(m_bulkEditAction);
    bar->addAction(m_deleteAction);
    bar->addSeparator();
    bar->addAction(m_refreshAction);
    bar->addAction(m_invalidateAction);
    bar->addSeparator();
    bar->addAction(m_importAction);
    auto *spacer = new QWidget(bar);
    spacer->setObjectName(QStringLiteral("toolBarSpacer"));
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    bar->addWidget(m_search);
}

QMenu *MainWindow::createSortMenu()
{
    // The keyboard's way to sort (the header is mouse-only): View ▸ Sort By, and Ctrl+Shift+S
    // to go through the columns.
    auto *menu = new QMenu(tr("&Sort By", "menu"), this);
    menu->setObjectName(QStringLiteral("sortMenu"));
    auto *columns = new QActionGroup(menu);
    for (int column = 0; column < m_proxy->columnCount(); ++column) {
        auto *action = menu->addAction(
                m_proxy->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
        action->setObjectName(QStringLiteral("actionSortColumn%1").arg(column));
        action->setCheckable(true);
        action->setData(column);
        columns->addAction(action);
        connect(action, &QAction::triggered, this, [this, column] {
            m_table->sortByColumn(column, m_table->horizontalHeader()->sortIndicatorOrder());
        });
    }
    menu->addSeparator();
    auto *orders = new QActionGroup(menu);
    m_sortAscendingAction = menu->addAction(tr("&Ascending"));
    m_sortAscendingAction->setObjectName(QStringLiteral("actionSortAscending"));
    m_sortDescendingAction = menu->addAction(tr("&Descending"));
    m_sortDescendingAction->setObjectName(QStringLiteral("actionSortDescending"));
    for (QAction *action : {m_sortAscendingAction, m_sortDescendingAction}) {
        action->setCheckable(true);
        orders->addAction(action);
        connect(action, &QAction::triggered, this, [this, action] {
            m_table->sortByColumn(m_table->horizontalHeader()->sortIndicatorSection(),
                                  action == m_sortAscendingAction ? Qt::AscendingOrder
                                                                  : Qt::DescendingOrder);
        });
    }
    menu->addSeparator();
    m_sortNextAction = menu->addAction(tr("&Next Sort Column"));
    m_sortNextAction->setObjectName(QStringLiteral("actionSortNext"));
    m_sortNextAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_sortNextAction->setToolTip(tr("Sort by the next column; after the last, reverse the order"));
    addAction(m_sortNextAction);
    connect(m_sortNextAction, &QAction::triggered, this, [this] {
        const QHeaderView *header = m_table->horizontalHeader();
        const int count = m_proxy->columnCount();
        int column = header->sortIndicatorSection() + 1;
        Qt::SortOrder order = header->sortIndicatorOrder();
        if (column >= count || column < 0) {
            column = 0;
            order = order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
        }
        m_table->sortByColumn(column, order);
    });
    const auto sync = [this, columns](int section, Qt::SortOrder order) {
        for (QAction *action : columns->actions())
            action->setChecked(action->data().toInt() == section);
        m_sortAscendingAction->setChecked(order == Qt::AscendingOrder);
        m_sortDescendingAction->setChecked(order == Qt::DescendingOrder);
    };
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, menu, sync);
    sync(m_table->horizontalHeader()->sortIndicatorSection(),
         m_table->horizontalHeader()->sortIndicatorOrder());
    return menu;
}

void MainWindow::showTableContextMenu(const QPoint &pos)
{
    // pos is in the viewport for a right click and the table's middle for Shift+F10 or the
    // Menu key; the view has already selected the row a right click pressed on.
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("productContextMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(m_editAction);
    menu->addAction(m_bulkEditAction);
    menu->addAction(m_deleteAction);
    menu->addAction(m_copyAction);
    menu->addSeparator();
    menu->addAction(m_newAction);
    menu->addAction(m_refreshAction);
    m_contextMenu = menu;
    menu->popup(m_table->viewport()->mapToGlobal(pos));
}

void MainWindow::copySelected()
{
    const QList<Product> products = selectedProducts();
    if (products.isEmpty())
        return;
    QStringList lines;
    lines.reserve(products.size());
    for (const Product &p : products) {
        lines.append(QStringList{QString::number(p.id), p.title, p.price.toString()}.join(
                QLatin1Char('\t')));
    }
    QGuiApplication::clipboard()->setText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    showInfo(tr("Copied %Ln product(s).", nullptr, int(products.size())));
}

void MainWindow::createCentralWidget()
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setAccessibleName(tr("Search titles"));
    m_search->setPlaceholderText(
            tr("Search titles (%1)")
                    .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(180);
    m_search->setMaximumWidth(320);
    // Escape in the search box clears it and gives the keyboard back to the table.
    auto *clearSearch = new QShortcut(QKeySequence(Qt::Key_Escape), m_search);
    clearSearch->setContext(Qt::WidgetShortcut);
    connect(clearSearch, &QShortcut::activated, this, [this] {
        m_search->clear();
        m_table->setFocus(Qt::ShortcutFocusReason);
    });
    // Typing is debounced (each filter of 1M rows is a background pass); clearing is at once.
    m_filterTimer = new QTimer(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(150);
    connect(m_filterTimer, &QTimer::timeout, this, &MainWindow::applyTitleFilter);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.trimmed().isEmpty()) {
            m_filterTimer->stop();
            applyTitleFilter();
        } else {
            m_filterTimer->start();
        }
    });

    auto *central = new QWidget(this);
    central->setObjectName(QStringLiteral("centralWidget"));
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_messageBar = new MessageBar(central);
    connect(m_messageBar, &MessageBar::actionTriggered, this, &MainWindow::undo);
    layout->addWidget(m_messageBar);

    m_table = new QTableView(central);
    m_table->setObjectName(QStringLiteral("productTable"));
    m_table->setAccessibleName(tr("Products"));
    m_table->setAccessibleDescription(
            tr("The product catalogue: Enter or F2 edits the selected product, Del deletes it"));
    m_table->setModel(m_proxy);
    // The bench's cold-start rows: PM_EXIT_AFTER_FIRST_PAINT=1 quits at the first painted list.
    FirstPaintExit::installIfRequested(m_table);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setShowGrid(false);
    m_table->setSortingEnabled(true);
    m_table->setTabKeyNavigation(false);
    // The catalogue is the window's job: a docked debug panel may not squeeze it below a
    // header and about eight rows, even in a small window.
    m_table->setMinimumHeight(m_table->fontMetrics().height() * 14);
    // Fixed row heights: nothing is measured per row, so a million rows scroll smoothly.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->verticalHeader()->setVisible(false);
    QHeaderView *header = m_table->horizontalHeader();
    header->setObjectName(QStringLiteral("productTableHeader"));
    header->setSectionResizeMode(ProductTableModel::TitleColumn, QHeaderView::Stretch);
    header->setHighlightSections(false);
    header->setSortIndicatorShown(true);
    m_table->setColumnWidth(ProductTableModel::PriceColumn, 130);
    m_table->setColumnWidth(ProductTableModel::CreatedColumn, 170);
    m_table->setColumnWidth(ProductTableModel::UpdatedColumn, 170);
    m_table->sortByColumn(ProductTableModel::CreatedColumn, Qt::DescendingOrder); // newest first
    connect(m_table, &QTableView::activated, this, [this] { editProduct(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateCounts();
        updateActions();
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        updateCounts();
        updateActions();
    });
    connectProxy();
    layout->addWidget(m_table, 1);
    m_table->setFocus(); // keyboard first: arrows, F2, Del work at once

    m_table->addAction(m_editAction);
    m_table->addAction(m_copyAction);
    // Right click, Shift+F10 and the Menu key: the table's actions where the user is.
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &MainWindow::showTableContextMenu);
    setCentralWidget(central);
}

void MainWindow::applyTitleFilter()
{
    m_proxy->setTitleFilter(m_search->text());
    updateCounts();
}

void MainWindow::connectProxy()
{
    // Sorting and filtering run in the background (ProductProxyModel): the status bar says so,
    // and a new list is shown, with the selection restored, once it is in its order.
    connect(m_proxy, &ProductProxyModel::busyChanged, this, &MainWindow::updateBusy);
    connect(m_proxy, &ProductProxyModel::orderingApplied, this, &MainWindow::updateCounts);
    connect(m_proxy, &ProductProxyModel::productsApplied, this, [this] {
        if (m_previewShown) {
            updateCounts(); // only the first rows: the list is not loaded yet
            return;
        }
        selectIds(m_selectAfterApply);
        m_selectAfterApply.clear();
        m_listLoaded = true;
        updateCounts();
        updateActions();
    });
}

void MainWindow::createDebugPanel()
{
    m_debugPanel = new DebugPanel(m_callLog, m_sqlLog, this);
    m_debugPanel->attachWorker(m_worker, m_dialogs);
    m_debugPanel->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::BottomDockWidgetArea, m_debugPanel);
    connect(m_debugPanel, &DebugPanel::invalidateRequested, this, &MainWindow::invalidateCache);
    // Tab moves between the panel's controls and out of it, never from cell to cell of a
    // table (which would trap the keyboard in a table of 1,000 calls).
    for (QAbstractItemView *view : m_debugPanel->findChildren<QAbstractItemView *>())
        view->setTabKeyNavigation(false);

    m_debugPanelAction = m_debugPanel->toggleViewAction();
    m_debugPanelAction->setObjectName(QStringLiteral("actionDebugPanel"));
    m_debugPanelAction->setText(tr("&Debug Panel"));
    m_debugPanelAction->setShortcut(QKeySequence(Qt::Key_F12));
    m_debugPanelAction->setToolTip(tr("Show or hide the cache and SQL debug panel"));
    addAction(m_debugPanelAction); // F12 also works while the menu bar is hidden
    connect(m_debugPanelAction, &QAction::triggered, this, [this](bool shown) {
        // Hidden: the keyboard goes back to the list, not to the next widget in the chain.
        if (!shown)
            m_table->setFocus(Qt::ShortcutFocusReason);
    });

    // The Timer, History and Charts tabs: every request is an action, timed from here to its
    // answer, through the model and the next paint of the table. Explain runs on the worker.
    m_actionTracker
            = new ActionTracker(m_debugPanel->actionLog(), m_table->viewport(), m_model, this);
    connect(m_worker, &ProductWorker::requestMeasured, m_actionTracker,
            &ActionTracker::workerMeasured);
    connect(m_debugPanel, &DebugPanel::explainRequested, this,
            [this](const QString &sql, const QVariantList &bound) {
                const int id = send(QString(), [sql, bound](ProductWorker *w, int id) {
                    w->explain(id, sql, bound);
                });
                m_actionTracker->rename(id, QStringLiteral("explain"));
                m_explainRequests.insert(id);
            });
    connect(m_worker, &ProductWorker::explained, this, [this](int id, const QStringList &plan) {
        finish(id);
        m_explainRequests.remove(id);
        m_debugPanel->showExplainPlan(plan);
    });
}

void MainWindow::createStatusBar()
{
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setAccessibleName(tr("Working"));
    m_busy->setRange(0, 0); // indeterminate
    m_busy->setMaximumWidth(100);
    m_busy->setMaximumHeight(14);
    m_busy->setTextVisible(false);
    m_busy->setVisible(false);

    m_cacheLabel = new QLabel(this);
    m_cacheLabel->setObjectName(QStringLiteral("cacheLabel"));
    m_cacheLabel->setAccessibleName(tr("Cache"));

    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_databaseLabel->setAccessibleName(tr("Database"));
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_countLabel->setAccessibleName(tr("Product count"));
    m_selectionLabel = new QLabel(this);
    m_selectionLabel->setObjectName(QStringLiteral("selectionLabel"));
    m_selectionLabel->setAccessibleName(tr("Selection count"));

    // Screen readers read the text of these, not only their names.
    for (QLabel *label :
         {m_cacheLabel, m_databaseLabel, m_countLabel, m_selectionLabel, m_debugPanel->badge()})
        makeTextReadable(label);

    statusBar()->setObjectName(QStringLiteral("statusBar"));
    statusBar()->addPermanentWidget(m_busy);
    statusBar()->addPermanentWidget(m_debugPanel->badge());
    statusBar()->addPermanentWidget(m_lock = new ConnectionLock(this));
    statusBar()->addPermanentWidget(m_cacheLabel);
    statusBar()->addPermanentWidget(m_databaseLabel);
    statusBar()->addPermanentWidget(m_selectionLabel);
    statusBar()->addPermanentWidget(m_countLabel);
}

void MainWindow::connectWorker()
{
    // Queued: the worker lives in another thread; these run in the UI thread.
    connect(m_worker, &ProductWorker::accessNoted, this,
            [this](const QString &note) { m_accessNote = note; });
    connect(m_worker, &ProductWorker::opened, this, &MainWindow::onOpened);
    connect(m_worker, &ProductWorker::listLoaded, this, &MainWindow::onListLoaded);
    connect(m_worker, &ProductWorker::listPreview, this, &MainWindow::onListPreview);
    connect(m_worker, &ProductWorker::listProgress, this, &MainWindow::onListProgress);
    connect(m_worker, &ProductWorker::failed, this, &MainWindow::onFailed);
    connect(m_worker, &ProductWorker::imported, this, &MainWindow::onImported);

    connect(m_worker, &ProductWorker::created, this, [this](int id, const Product &product) {
        finish(id);
        if (auto dialog = m_productDialogs.take(id))
            dialog->saveSucceeded();
        m_undo->recordCreate(product);
        showInfo(tr("Created “%1”.").arg(product.title));
        reload({product.id});
    });
    connect(m_worker, &ProductWorker::updated, this, [this](int id, const Product &product) {
        finish(id);
        if (m_undo->answered(id))
            return;
        if (auto dialog = m_productDialogs.take(id))
            dialog->saveSucceeded();
        if (m_editing.contains(id))
            m_undo->recordEdit(m_editing.take(id), product);
        showInfo(tr("Saved “%1”.").arg(product.title));
        reload({product.id});
    });
    connect(m_worker, &ProductWorker::bulkUpdated, this, [this](int id, int affected) {
        finish(id);
        if (m_undo->answered(id, {}, affected))
            return;
        if (auto dialog = m_bulkDialogs.take(id))
            dialog->saveSucceeded();
        if (affected > 0)
            m_undo->recordBulkEdit(m_bulkEditing.take(id), m_bulkChanges.take(id));
        showInfo(tr("Updated %Ln product(s).", nullptr, affected));
        reload();
    });
    connect(m_worker, &ProductWorker::removed, this,
            [this](int id, const QList<qint64> &ids, int count) {
                finish(id);
                if (m_undo->answered(id, {}, count))
                    return;
                QList<Product> deleted = m_deleting.take(id);
                const qint64 next = m_selectAfterDelete.take(id);
                if (count < ids.size()) {
                    // Another window or program deleted some first: the list is reloaded and
                    // says so; Undo brings back only a delete that removed something.
                    showInfo(count == 0 ? tr("The product no longer exists: another window or "
                                             "program deleted it. The list was reloaded.")
                                        : tr("Deleted %Ln product(s); the others no longer "
                                             "existed. The list was reloaded.",
                                             nullptr, count));
                }
                if (count > 0)
                    m_undo->recordDelete(deleted);
                if (count > 0 && count == ids.size())
                    showInfo(tr("Deleted %Ln product(s).", nullptr, count),
                             tr("Undo", "message bar button"));
                updateActions();
                reload(next ? QList<qint64>{next} : QList<qint64>{});
            });
    connect(m_worker, &ProductWorker::restored, this, [this](int id, int count) {
        finish(id);
        m_undo->answered(id, {}, count); // only undo restores
    });
    connect(m_worker, &ProductWorker::seeded, this, [this](int id, int count, bool cancelled) {
        finish(id);
        endLongWrite(id);
        const QList<qint64> inserted = m_insertedIds.take(id);
        if (cancelled) {
            showInfo(tr("Seeding cancelled; nothing was added."));
            return;
        }
        m_undo->recordSeed(inserted, count);
        showInfo(tr("Added %Ln demo product(s).", nullptr, count));
        reload();
    });
    connect(m_worker, &ProductWorker::cacheOpened, this,
            [this](const QString &backend, const QString &redactedUrl) {
                m_debugPanel->noteCacheOpened();
                // A failure reported before the open is the fallback to memory://: it stays
                // news (the configured cache is not used), whatever the memory cache does.
                m_cacheErrorText.clear();
                m_cacheBackend = backend;
                m_cacheLabel->setToolTip(redactedUrl);
                setReadableText(m_cacheLabel, tr("Cache: %1").arg(backend));
            });
    connect(m_worker, &ProductWorker::listMeasured, this, [this](int, const ListLoadStats &stats) {
        m_debugPanel->noteListLoad(stats);
        m_cacheDown = stats.fromDatabaseBecauseCacheFailed;
        if (!m_cacheDown)
            noteCacheWorks();
        if (m_cacheDown)
            setReadableText(
                    m_cacheLabel,
                    tr("Cache: %1 unavailable, list from the database").arg(m_cacheBackend));
        else if (stats.hit)
            setReadableText(m_cacheLabel, tr("Cache: %1, last load a hit").arg(m_cacheBackend));
        else
            setReadableText(m_cacheLabel, tr("Cache: %1, last load a miss").arg(m_cacheBackend));
    });
    connect(m_worker, &ProductWorker::cacheFailed, this, [this](const Error &error) {
        m_debugPanel->noteCacheFailed();
        // One message per outage, not one per call: the label keeps showing the state.
        if (m_cacheFailureShown)
            return;
        m_cacheFailureShown = true;
        m_cacheErrorText = tr("The cache is not working (%1). The list is read from the "
                              "database.")
                                   .arg(asClause(error.message));
        showError(m_cacheErrorText);
    });
    connect(m_worker, &ProductWorker::cacheRecovered, this, [this] {
        // The worker's probe reached the cache again: load through it, which also puts the
        // badge and the label right, without waiting for F5 or a write.
        noteCacheWorks();
        if (m_opened && !m_pending.contains(m_latestListRequest))
            reload();
    });
    connect(m_worker, &ProductWorker::databaseReconnected, this, [this](const QString &) {
        // A write the loss cut off is reported by its own dialog or failure message.
        showInfo(tr("Reconnected to the database."));
    });
    connect(m_worker, &ProductWorker::remoteChange, this, [this](qint64) {
        // Another window or process wrote: show its change, unless a load is already on
        // its way (that load sees the write too).
        if (m_opened && m_pending.isEmpty())
            reload();
    });
    connect(m_worker, &ProductWorker::cacheCleared, this, [this](int id, bool removed) {
        finish(id);
        m_cacheFailureShown = false;
        showInfo(removed ? tr("Cache invalidated: the next load reads the database.")
                         : tr("The cache held no product list; nothing to invalidate."));
    });
    connect(m_worker, &ProductWorker::progressed, this, [this](int id, int done, int total) {
        if (id != m_longRequest || !m_progress)
            return;
        m_progress->setMaximum(total);
        m_progress->setValue(done);
        // "Imported 2,500 of 10,000 (25%)": the counts, not only a bar.
        const int percent = total > 0 ? int(qint64(done) * 100 / total) : 0;
        const QString n = QLocale().toString(done);
        const QString of = QLocale().toString(total);
        if (m_longWriteKind == QLatin1String("import"))
            m_progress->setLabelText(tr("Imported %1 of %2 (%3%)").arg(n, of).arg(percent));
        else if (m_longWriteKind == QLatin1String("export"))
            m_progress->setLabelText(tr("Exported %1 of %2 (%3%)").arg(n, of).arg(percent));
        else
            m_progress->setLabelText(
                    tr("Added %1 of %2 demo products (%3%)").arg(n, of).arg(percent));
    });
}

int MainWindow::send(const QString &failureText, std::function<void(ProductWorker *, int)> call)
{
    const int id = m_nextRequestId++;
    m_pending.insert(id, Pending{failureText});
    m_actionTracker->begin(id);
    updateBusy();
    ProductWorker *worker = m_worker;
    // The worker is the context object: the lambda runs in the worker thread.
    QMetaObject::invokeMethod(
            worker, [worker, id, call = std::move(call)] { call(worker, id); },
            Qt::QueuedConnection);
    return id;
}

void MainWindow::finish(int requestId)
{
    m_actionTracker->answered(requestId);
    m_pending.remove(requestId);
    updateBusy();
}

void MainWindow::updateBusy()
{
    m_busy->setVisible(!m_pending.isEmpty() || m_proxy->isBusy());
    QString status;
    if (m_proxy->isBusy())
        status = tr("Sorting…");
    else if (m_pending.contains(m_latestListRequest) && m_listDone >= 0)
        status = tr("Loading products… %L1").arg(m_listDone);
    else if (m_pending.contains(m_latestListRequest))
        status = tr("Loading products…");
    // Determinate only while the latest load knows its total (a paged cache hit).
    const bool determinate
            = m_pending.contains(m_latestListRequest) && m_listTotal > 0 && !m_proxy->isBusy();
    if (determinate) {
        m_busy->setRange(0, int(std::min<qint64>(m_listTotal, INT_MAX)));
        m_busy->setValue(int(std::min(m_listDone, m_listTotal)));
    } else if (m_busy->maximum() != 0) {
        m_busy->setRange(0, 0); // indeterminate
    }
    if (!status.isEmpty())
        statusBar()->showMessage(status);
    else if (statusBar()->currentMessage() == m_busyStatus)
        statusBar()->clearMessage();
    m_busyStatus = status;
}

void MainWindow::updateCounts()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    if (m_previewShown) // only the first rows of a list that is still loading: no count yet
        setReadableText(m_countLabel, tr("First %Ln product(s); loading the rest", nullptr, total));
    else if (m_proxy->titleFilter().isEmpty())
        setReadableText(m_countLabel, tr("%Ln product(s)", nullptr, total));
    else
        setReadableText(
                m_countLabel,
                tr("%1 of %Ln product(s) shown", nullptr, total).arg(QLocale().toString(shown)));
    const int selected = int(m_table->selectionModel()->selectedRows().size());
    setReadableText(m_selectionLabel, tr("%Ln selected", nullptr, selected));
}

void MainWindow::updateActions()
{
    const int selected = int(m_table->selectionModel()->selectedRows().size());
    const bool ready = m_opened;
    m_newAction->setEnabled(ready);
    m_editAction->setEnabled(ready && selected == 1);
    m_bulkEditAction->setEnabled(ready && selected >= 1);
    m_deleteAction->setEnabled(ready && selected >= 1);
    m_refreshAction->setEnabled(ready);
    m_invalidateAction->setEnabled(ready);
    m_importAction->setEnabled(ready);
    m_seedAction->setEnabled(ready);
    m_exportAction->setEnabled(ready);
    m_undo->setReady(ready);
}

void MainWindow::noteCacheWorks()
{
    m_cacheFailureShown = false; // recovered: the next outage is news again
    if (!m_cacheErrorText.isEmpty() && m_messageBar->isVisible()
        && m_messageBar->text() == m_cacheErrorText)
        m_messageBar->dismiss();
    m_cacheErrorText.clear();
}

void MainWindow::showError(const QString &text)
{
    qCInfo(lcUi) << "error shown:" << text;
    m_messageBar->showMessage(MessageBar::Kind::Error, text);
}

void MainWindow::showInfo(const QString &text, const QString &actionText)
{
    m_messageBar->showMessage(MessageBar::Kind::Info, text, actionText);
}

QList<Product> MainWindow::selectedProducts() const
{
    QList<Product> products;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    products.reserve(rows.size());
    for (const QModelIndex &index : rows)
        products.append(m_model->product(m_proxy->mapToSource(index).row()));
    return products;
}

void MainWindow::reload(const QList<qint64> &selectIds)
{
    m_selectAfterReload = selectIds;
    m_listDone = -1;
    m_listTotal = -1;
    m_latestListRequest = send(tr("Could not load the products: %1"),
                               [](ProductWorker *w, int id) { w->loadList(id); });
    updateBusy(); // "Loading products…"
}

void MainWindow::refresh()
{
    m_messageBar->dismissError(); // the user moved on
    reload();
    m_actionTracker->rename(m_latestListRequest, QStringLiteral("refresh"));
}

void MainWindow::onOpened(int requestId, const QString &redactedUrl, int seeded)
{
    finish(requestId);
    m_opened = true;
    // Elided in the middle, so a long path never widens the window; the tooltip has it all.
    setReadableText(m_databaseLabel,
                    m_databaseLabel->fontMetrics().elidedText(redactedUrl, Qt::ElideMiddle, 360));
    m_databaseLabel->setToolTip(redactedUrl);
    updateActions();
    const bool offerDemo = std::exchange(m_offerDemo, false) && m_options.askDemoIfNew
            && m_options.seedCount == 0 && m_options.importFile.isEmpty();
    if (!m_accessNote.isEmpty())
        showInfo(std::exchange(m_accessNote, QString()));
    else if (seeded > 0)
        showInfo(tr("A new catalogue: added %Ln demo product(s).", nullptr, seeded));
    else if (requestId == m_reopenRequest)
        showInfo(tr("Settings applied: %1 is open.").arg(redactedUrl));
    if (requestId == m_reopenRequest)
        m_reopenRequest = 0;
    reload();
    // --seed and --import; one long write at a time, so a second one waits for the first.
    if (m_options.seedCount > 0)
        startSeed(m_options.seedCount);
    else if (!m_options.importFile.isEmpty())
        startImport(m_options.importFile);
    else if (offerDemo)
        askForDemoData();
}

void MainWindow::onListLoaded(int requestId, const QList<Product> &products)
{
    finish(requestId);
    if (requestId != m_latestListRequest)
        return; // an older answer overtaken by a newer request
    m_actionTracker->listArrived(requestId); // the next model reset applies it
    m_previewShown = false; // the whole list replaces the first rows
    m_listDone = -1;
    m_listTotal = -1;
    QSet<qint64> keep;
    if (!m_selectAfterReload.isEmpty()) {
        keep = QSet<qint64>(m_selectAfterReload.cbegin(), m_selectAfterReload.cend());
    } else {
        for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
            keep.insert(m_model->product(m_proxy->mapToSource(index).row()).id);
    }
    m_selectAfterReload.clear();
    // Ordered off the UI thread first; productsApplied() then selects `keep` (at once for
    // small lists).
    m_selectAfterApply = keep;
    m_proxy->setProducts(products);
    qCDebug(lcUi) << "list of" << products.size() << "received";
}

void MainWindow::onListPreview(int requestId, const QList<Product> &rows)
{
    if (requestId != m_latestListRequest || !m_pending.contains(requestId))
        return;
    // Only into an empty table, and only when the view wants the list's own order (newest
    // first, which the rows are in): anything else would show rows that then jump.
    const int column = m_proxy->requestedSortColumn();
    const bool newestFirst = column < 0
            || (column == ProductTableModel::CreatedColumn
                && m_proxy->requestedSortOrder() == Qt::DescendingOrder);
    if (m_model->rowCount() > 0 || !newestFirst)
        return;
    m_previewShown = true;
    m_proxy->setProducts(rows);
    qCDebug(lcUi) << "first" << rows.size() << "rows shown while the list loads";
}

void MainWindow::onListProgress(int requestId, qint64 done, qint64 total)
{
    if (requestId != m_latestListRequest || !m_pending.contains(requestId))
        return;
    m_listDone = done;
    m_listTotal = total;
    updateBusy();
}

void MainWindow::selectIds(const QSet<qint64> &ids)
{
    if (ids.isEmpty())
        return;
    QItemSelection selection;
    QModelIndex first;
    const QList<Product> &products = m_model->products();
    for (qsizetype row = 0; row < products.size(); ++row) {
        if (!ids.contains(products.at(row).id))
            continue;
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(int(row), 0));
        if (!index.isValid())
            continue; // filtered out
        selection.select(index, index);
        if (!first.isValid() || index.row() < first.row())
            first = index;
    }
    if (!first.isValid())
        return;
    QItemSelectionModel *sm = m_table->selectionModel();
    sm->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    sm->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(first);
}

void MainWindow::onFailed(int requestId, const Error &error)
{
    const Pending pending = m_pending.value(requestId);
    m_actionTracker->failed(requestId);
    finish(requestId);
    if (m_explainRequests.remove(requestId)) {
        m_debugPanel->showExplainError(error.message);
        return;
    }
    qCWarning(lcUi) << "request" << requestId << "failed:" << error.toString();
    if (requestId == m_latestListRequest && m_previewShown) {
        // Partial rows are no catalogue: take them away again.
        m_previewShown = false;
        m_proxy->setProducts({});
    }
    if (auto dialog = m_productDialogs.take(requestId)) {
        dialog->saveFailed(error);
        if (error.kind == ErrorKind::NotFound) {
            // Deleted by another window or program: the list still shows it, so refresh it.
            showError(tr("The product no longer exists: another window or program deleted it. "
                         "The list was reloaded."));
            reload();
        }
        return;
    }
    if (auto dialog = m_bulkDialogs.take(requestId)) {
        dialog->saveFailed(error);
        return;
    }
    if (m_undo->failed(requestId, error))
        return; // it says why itself
    m_deleting.remove(requestId);
    m_editing.remove(requestId);
    m_bulkEditing.remove(requestId);
    m_bulkChanges.remove(requestId);
    m_insertedIds.remove(requestId);
    m_selectAfterDelete.remove(requestId);
    endLongWrite(requestId);
    const QString text = pending.failureText.isEmpty() ? error.message
                                                       : pending.failureText.arg(error.message);
    showError(text);
}

void MainWindow::invalidateCache()
{
    m_messageBar->dismissError(); // the user moved on
    send(tr("Could not invalidate the cache: %1"),
         [](ProductWorker *w, int id) { w->invalidateCache(id); });
}

void MainWindow::newProduct()
{
    m_messageBar->dismissError(); // the user moved on
    if (!m_opened)
        return;
    auto *dialog = new ProductDialog(nullptr, m_model->locale(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProductDialog::saveRequested, this,
            [this, dialog](const ProductFields &fields) {
                const int id = send(tr("Could not create the product: %1"),
                                    [fields](ProductWorker *w, int id) { w->create(id, fields); });
                m_productDialogs.insert(id, dialog);
            });
    // The keyboard goes back to the list, so F2, Del and the arrows work at once.
    connect(dialog, &QDialog::finished, this, [this] { m_table->setFocus(Qt::OtherFocusReason); });
    dialog->open();
}

void MainWindow::editProduct()
{
    m_messageBar->dismissError(); // the user moved on
    const QList<Product> selected = selectedProducts();
    if (!m_opened || selected.size() != 1) {
        if (selected.size() > 1)
            bulkEdit();
        return;
    }
    const Product product = selected.first();
    auto *dialog = new ProductDialog(&product, m_model->locale(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProductDialog::saveRequested, this,
            [this, dialog, product](const ProductFields &fields) {
                ProductChanges changes;
                if (fields.title != product.title)
                    changes.title = fields.title;
                if (fields.price != product.price)
                    changes.price = fields.price;
                if (changes.isEmpty()) {
                    dialog->saveSucceeded(); // nothing to write
                    return;
                }
                const qint64 productId = product.id;
                const int id = send(tr("Could not save the product: %1"),
                                    [productId, changes](ProductWorker *w, int id) {
                                        w->update(id, productId, changes);
                                    });
                m_productDialogs.insert(id, dialog);
                m_editing.insert(id, product);
            });
    // The keyboard goes back to the list, so F2, Del and the arrows work at once.
    connect(dialog, &QDialog::finished, this, [this] { m_table->setFocus(Qt::OtherFocusReason); });
    dialog->open();
}

void MainWindow::bulkEdit()
{
    m_messageBar->dismissError(); // the user moved on
    const QList<Product> selected = selectedProducts();
    if (!m_opened || selected.isEmpty())
        return;
    QList<qint64> ids;
    ids.reserve(selected.size());
    for (const Product &p : selected)
        ids.append(p.id);
    auto *dialog = new BulkEditDialog(int(ids.size()), m_model->locale(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BulkEditDialog::saveRequested, this,
            [this, dialog, ids, selected](const ProductChanges &changes) {
                const int id = send(tr("Could not update the products: %1"),
                                    [ids, changes](ProductWorker *w, int id) {
                                        w->bulkUpdate(id, ids, changes);
                                    });
                m_bulkDialogs.insert(id, dialog);
                m_bulkEditing.insert(id, selected);
                m_bulkChanges.insert(id, changes);
            });
    // The keyboard goes back to the list, so F2, Del and the arrows work at once.
    connect(dialog, &QDialog::finished, this, [this] { m_table->setFocus(Qt::OtherFocusReason); });
    dialog->open();
}

void MainWindow::deleteSelected()
{
    m_messageBar->dismissError(); // the user moved on
    const QList<Product> selected = selectedProducts();
    if (!m_opened || selected.isEmpty())
        return;
    const int n = int(selected.size());
    const QString text = n == 1 ? tr("Delete “%1”?").arg(selected.first().title)
                                : tr("Delete %Ln product(s)?", nullptr, n);
    if (!m_dialogs.confirm(this, tr("Delete Products"),
                           text + QLatin1Char('\n')
                                   + tr("You can undo this with %1.")
                                             .arg(QKeySequence(QKeySequence::Undo)
                                                          .toString(QKeySequence::NativeText)),
                           tr("Delete", "confirmation button")))
        return;
    QList<qint64> ids;
    ids.reserve(n);
    for (const Product &p : selected)
        ids.append(p.id);
    const qint64 next = rowAfterDelete(selected);
    const int id = send(tr("Could not delete the products: %1"),
                        [ids](ProductWorker *w, int id) { w->remove(id, ids); });
    m_deleting.insert(id, selected);
    m_selectAfterDelete.insert(id, next);
    // The rows are on their way out: a second Del must not delete them again.
    m_table->selectionModel()->clearSelection();
}

void MainWindow::undo()
{
    m_messageBar->dismiss();
    m_undo->undo();
}

void MainWindow::redo()
{
    m_messageBar->dismiss();
    m_undo->redo();
}

void MainWindow::importFile()
{
    m_messageBar->dismissError(); // the user moved on
    if (!m_opened)
        return;
    const QString path = m_dialogs.openFileName(this, tr("Import Products"),
                                                tr("Product files (*.json *.csv);;"
                                                   "JSON (*.json);;CSV (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    startImport(path);
}

void MainWindow::startImport(const QString &path)
{
    startImport(path, DuplicatePolicy::Ask);
}

void MainWindow::startSeed(int count)
{
    m_longWriteKind = QStringLiteral("seed");
    startLongWrite(tr("Adding %Ln demo product(s)…", nullptr, count),
                   tr("Could not add demo data: %1"),
                   [count](ProductWorker *w, int id) { w->seed(id, count); });
}

void MainWindow::startLongWrite(const QString &label, const QString &failureText,
                                std::function<void(ProductWorker *, int)> call)
{
    if (m_longRequest) {
        showError(tr("Another import or seed is still running."));
        return;
    }
    auto *progress = new QProgressDialog(label, tr("Cancel"), 0, 0, this);
    progress->setObjectName(QStringLiteral("writeProgress"));
    progress->setAccessibleName(tr("Progress"));
    progress->setWindowTitle(tr("Product Manager"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(400); // short writes never flash a dialog
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    m_progress = progress;
    m_longRequest = send(failureText, std::move(call));
    // A direct call on purpose: cancel() only sets an atomic the worker polls between chunks.
    connect(progress, &QProgressDialog::canceled, this, [this] {
        if (m_longRequest)
            m_worker->cancel(m_longRequest);
    });
}

void MainWindow::endLongWrite(int requestId)
{
    if (requestId != m_longRequest)
        return;
    m_longRequest = 0; // first: closing the dialog emits canceled()
    m_longWriteKind.clear();
    if (m_progress) {
        m_progress->close();
        m_progress->deleteLater();
    }
    // --seed and --import together: the import follows the seed.
    if (!m_options.importFile.isEmpty() && m_options.seedCount > 0) {
        const QString path = m_options.importFile;
        m_options.importFile.clear();
        startImport(path);
    }
}

void MainWindow::onImported(int requestId, const ImportSummary &summary)
{
    finish(requestId);
    m_insertedIds.remove(requestId);
    endLongWrite(requestId);
    if (summary.cancelled) {
        showInfo(tr("Import cancelled; nothing was added."));
        return;
    }
    m_undo->recordImport(summary.insertedIds, summary.insertedRows);
    QString text = tr("%1 %2", "import result: accepted sentence, rejected sentence")
                           .arg(tr("Imported %Ln product(s).", nullptr, summary.accepted),
                                tr("%Ln row(s) rejected.", nullptr, summary.rejected));
    if (summary.skipped > 0)
        text += QLatin1Char(' ')
                + tr("%Ln already in the catalogue skipped.", nullptr, summary.skipped);
    showInfo(text);
    reload();
    if (summary.rejected > 0) {
        m_dialogs.report(this, tr("Import Report"), tr("%1\n\nFile: %2").arg(text, summary.path),
                         summary.rejections.join(QLatin1Char('\n')));
    }
}

void MainWindow::seedDemoData()
{
    m_messageBar->dismissError(); // the user moved on
    if (!m_opened)
        return;
    const auto n = m_dialogs.integer(this, tr("Seed Demo Data"),
                                     tr("Number of demo products to add:"), 1000, 1, MaxSeed);
    if (!n)
        return;
    startSeed(*n);
}

ConnectionSettings MainWindow::currentSettings() const
{
    ConnectionSettings s;
    s.database = editableDatabaseUrl(m_options.database);
    s.cache = m_options.cacheUrl;
    s.neverExpire = m_options.cacheDefaultTimeoutS < 0;
    s.defaultTimeoutS
            = s.neverExpire ? ConnectionSettings::DefaultTimeoutS : m_options.cacheDefaultTimeoutS;
    s.keyPrefix = m_options.cacheKeyPrefix;
    s.language = m_options.language;
    QSettings store;
    const ConnectionSettings saved = ConnectionSettings::load(store);
    s.rememberCachePassword = saved.rememberCachePassword;
    s.rememberDatabasePassword = saved.rememberDatabasePassword;
    return s;
}

SettingsDialog *MainWindow::settingsDialog() const
{
    return m_settingsDialog;
}

void MainWindow::openSettings()
{
    m_messageBar->dismissError(); // the user moved on
    if (m_settingsDialog) {
        m_settingsDialog->raise();
        m_settingsDialog->activateWindow();
        return;
    }
    // The dialog shows what this run uses (command-line options included); OK saves that.
    auto *dialog = new SettingsDialog(currentSettings(), m_dialogs, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { applySettings(dialog->settings()); });
    m_settingsDialog = dialog;
    // The keyboard goes back to the list, so F2, Del and the arrows work at once.
    connect(dialog, &QDialog::finished, this, [this] { m_table->setFocus(Qt::OtherFocusReason); });
    dialog->open();
}

void MainWindow::applySettings(const ConnectionSettings &settings)
{
    const ConnectionSettings old = currentSettings();
    {
        // Only what the user changed is written; the rest keeps what was saved before. So a
        // one-run --database or --cache shown in the dialog never becomes the saved setting
        // when only, say, the language was changed.
        QSettings store;
        ConnectionSettings saved = ConnectionSettings::load(store);
        if (settings.database != old.database)
            saved.database = settings.database;
        if (settings.cache != old.cache)
            saved.cache = settings.cache;
        if (settings.neverExpire != old.neverExpire
            || (!settings.neverExpire && settings.defaultTimeoutS != old.defaultTimeoutS)) {
            saved.neverExpire = settings.neverExpire;
            saved.defaultTimeoutS = settings.defaultTimeoutS;
        }
        if (settings.keyPrefix != old.keyPrefix)
            saved.keyPrefix = settings.keyPrefix;
        if (settings.language != old.language)
            saved.language = settings.language;
        saved.rememberCachePassword = settings.rememberCachePassword;
        saved.rememberDatabasePassword = settings.rememberDatabasePassword;
        saved.save(store);
    }
    m_options.language = settings.language;
    if (!old.needsReopen(settings)) {
        showInfo(settings.language != old.language
                         ? tr("Settings saved. The language applies from the next start.")
                         : tr("Settings saved."));
        return;
    }
    auto config = DatabaseConfig::fromUrl(settings.database);
    if (!config) { // the dialog refuses this; a caller passing settings directly may not
        showError(tr("Could not open the database: %1").arg(redactUrl(config.error().message)));
        return;
    }
    qCInfo(lcUi) << "settings changed: reopening" << config->redactedUrl();
    m_options.database = *config;
    m_options.cacheUrl = settings.cache;
    m_options.cacheKeyPrefix = settings.keyPrefix;
    m_options.cacheDefaultTimeoutS = settings.neverExpire ? -1 : settings.defaultTimeoutS;
    // --seed and --import belong to the first catalogue, not to this one.
    m_options.seedCount = 0;
    m_options.importFile.clear();

    // Nothing of the old catalogue applies to the new one: its rows, its undo, its errors.
    m_opened = false;
    m_undo->clear();
    m_cacheFailureShown = false;
    m_model->setProducts({});
    updateCounts();
    updateActions();
    m_reopenRequest = openCatalogue(0);
}

void MainWindow::restoreSettings()
{
    QSettings store;
    if (!restoreGeometry(settings::value(store, SettingsKey::MainWindowGeometry).toByteArray()))
        resize(1024, 680);
    // The first run shows the list alone; the panel's state is remembered from then on.
    if (!restoreState(settings::value(store, SettingsKey::MainWindowState).toByteArray()))
        m_debugPanel->hide();
    QHeaderView *header = m_table->horizontalHeader();
    if (header->restoreState(settings::value(store, SettingsKey::MainWindowHeader).toByteArray()))
        m_proxy->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
}

void MainWindow::saveSettings()
{
    QSettings store;
    settings::setValue(store, SettingsKey::MainWindowGeometry, saveGeometry());
    settings::setValue(store, SettingsKey::MainWindowState, saveState());
    settings::setValue(store, SettingsKey::MainWindowHeader,
                       m_table->horizontalHeader()->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

// ---- Undo and Redo, export, the duplicate and demo-data questions -------------------------

void MainWindow::createUndoController()
{
    m_undo = new UndoController(
            [this](const QString &failureText, std::function<void(ProductWorker *, int)> call) {
                return send(failureText, std::move(call));
            },
            this);
    m_undoAction = m_undo->undoAction();
    m_redoAction = m_undo->redoAction();
    // An undo or redo is a write like any other: the list is reloaded, the rows selected.
    connect(m_undo, &UndoController::applied, this,
            [this](const QString &message, const QList<qint64> &ids) {
                showInfo(message);
                reload(ids);
            });
    connect(m_undo, &UndoController::notApplied, this, [this](const QString &message) {
        showError(message);
        reload();
    });

    m_exportAction = new QAction(themedIcon(this, "document-export", QStyle::SP_DialogSaveButton),
                                 tr("&Export…"), this);
    m_exportAction->setObjectName(QStringLiteral("actionExport"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setToolTip(tr("Write the whole catalogue to a CSV or JSON file"));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportFile);
}

void MainWindow::connectBasics()
{
    connect(m_worker, &ProductWorker::inserted, this, [this](int id, const QList<qint64> &ids) {
        if (m_undo->answered(id, ids)) { // a redone import or seed: this is its answer
            finish(id);
            return;
        }
        m_insertedIds.insert(id, ids); // the seed's answer follows
    });
    connect(m_worker, &ProductWorker::importNeedsDecision, this,
            &MainWindow::onImportNeedsDecision);
    connect(m_worker, &ProductWorker::catalogueCreated, this, [this](int) {
        m_offerDemo = true; // onOpened(), which follows, asks
    });
    connect(m_worker, &ProductWorker::exported, this,
            [this](int id, const QString &path, int count, bool cancelled) {
                finish(id);
                endLongWrite(id);
                if (cancelled)
                    showInfo(tr("Export cancelled; %1 was left as it was.").arg(path));
                else
                    showInfo(tr("Exported %Ln product(s) to %1.", nullptr, count).arg(path));
            });
}

void MainWindow::startImport(const QString &path, DuplicatePolicy duplicates)
{
    m_longWriteKind = QStringLiteral("import");
    startLongWrite(
            tr("Importing %1…").arg(path),
            tr("Could not import %1: %2").arg(path, QStringLiteral("%1")),
            [path, duplicates](ProductWorker *w, int id) { w->importFile(id, path, duplicates); });
}

void MainWindow::onImportNeedsDecision(int requestId, const QString &path, int duplicates,
                                       int total)
{
    // Nothing was inserted: ask, then import again with the answer.
    finish(requestId);
    endLongWrite(requestId);
    const int answer = m_dialogs.choose(
            this, tr("Import Products"),
            tr("%1 of %Ln product(s) are already in the catalogue (same title and price).", nullptr,
               total)
                    .arg(QLocale().toString(duplicates)),
            {tr("Skip Them"), tr("Import All"), tr("Cancel")});
    if (answer == 0)
        startImport(path, DuplicatePolicy::Skip);
    else if (answer == 1)
        startImport(path, DuplicatePolicy::ImportAll);
    else
        showInfo(tr("Import cancelled; nothing was added."));
}

void MainWindow::askForDemoData()
{
    const int answer = m_dialogs.choose(
            this, tr("New Catalogue"),
            tr("This catalogue is empty. Add %L1 demo products?").arg(DemoProductCount),
            {tr("Yes"), tr("No")});
    if (answer == 0)
        startSeed(DemoProductCount);
}

void MainWindow::exportFile()
{
    if (!m_opened)
        return;
    const QString path
            = m_dialogs.saveFileName(this, tr("Export Products"), tr("CSV (*.csv);;JSON (*.json)"),
                                     QStringLiteral("products.csv"));
    if (path.isEmpty())
        return;
    m_longWriteKind = QStringLiteral("export");
    startLongWrite(tr("Exporting to %1…").arg(path),
                   tr("Could not export to %1: %2").arg(path, QStringLiteral("%1")),
                   [path](ProductWorker *w, int id) { w->exportFile(id, path); });
}

qint64 MainWindow::rowAfterDelete(const QList<Product> &deleted) const
{
    QSet<qint64> gone;
    for (const Product &p : deleted)
        gone.insert(p.id);
    int last = -1;
    int first = INT_MAX;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        last = std::max(last, index.row());
        first = std::min(first, index.row());
    }
    if (last < 0)
        return 0;
    const auto idAt = [this](int row) {
        return m_proxy->index(row, 0).data(ProductTableModel::IdRole).toLongLong();
    };
    for (int row = last + 1; row < m_proxy->rowCount(); ++row) {
        if (!gone.contains(idAt(row)))
            return idAt(row);
    }
    for (int row = first - 1; row >= 0; --row) {
        if (!gone.contains(idAt(row)))
            return idAt(row);
    }
    return 0;
}

} // namespace pm
