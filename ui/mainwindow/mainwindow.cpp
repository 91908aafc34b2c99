#include "mainwindow/mainwindow.h"

#include "catalogue/productproxymodel.h"
#include "core/clock.h"
#include "core/logging.h"
#include "core/settingskeys.h"
#include "debug/actiontracker.h"
#include "debug/debugpanel.h"
#include "diagnostics/calllog.h"
#include "diagnostics/sqllog.h"
#include "mainwindow/cachestatus.h"
#include "mainwindow/debugpanelwiring.h"
#include "mainwindow/deleteundocontroller.h"
#include "mainwindow/listloadcontroller.h"
#include "mainwindow/longwriterunner.h"
#include "mainwindow/mainstatusbar.h"
#include "mainwindow/mainwindowactions.h"
#include "mainwindow/producteditcontroller.h"
#include "mainwindow/producttable.h"
#include "mainwindow/settingsreopen.h"
#include "mainwindow/titlesearch.h"
#include "mainwindow/undocontroller.h"
#include "mainwindow/workerclient.h"
#include "products/producttablemodel.h"
#include "settings/connectionlock.h"
#include "settings/settingsdialog.h"
#include "widgets/dialogs.h"
#include "widgets/firstpaintexit.h"
#include "widgets/messagebar.h"
#include "worker/connectionsettings.h"
#include "worker/productworker.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

// The icons live in pm_ui, a static library: its resources must be pulled in explicitly, and
// Q_INIT_RESOURCE cannot be used inside a namespace.
static void initResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace pm {

MainWindow::MainWindow(const MainWindowOptions &options, const Clock &clock, Dialogs &dialogs,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_options(options)
    , m_dialogs(dialogs)
    , m_thread(new QThread(this))
    , m_worker(new ProductWorker(clock))
    , m_client(new WorkerClient(m_worker, this))
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
    // The catalogue opens while the window builds itself: the worker connects at once and
    // answers once the window listens (releaseAnswers() below).
    if (!m_options.deferOpen) {
        m_worker->holdAnswersUntilReleased();
        m_thread->start();
        m_firstOpen = openCatalogue(m_options.seedIfNew);
    }

    m_undo = new UndoController(
            [this](const QString &failureText, std::function<void(ProductWorker *, int)> call) {
                return m_client->send(failureText, std::move(call));
            },
            this);
    // An undo or redo is a write like any other: the list is reloaded, the rows selected.
    connect(m_undo, &UndoController::applied, this,
            [this](const QString &message, const QList<qint64> &ids) {
                showInfo(message);
                m_list->reload(ids);
            });
    connect(m_undo, &UndoController::notApplied, this, [this](const QString &message) {
        showError(message);
        m_list->reload();
    });
    m_actions = new MainWindowActions(this, m_undo, m_dialogs);
    connect(m_actions->copy, &QAction::triggered, this, &MainWindow::copySelected);
    connect(m_actions->find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    createCentralWidget();
    createDebugPanel();
    m_actions->createMenusAndToolBar(m_search, m_table, m_proxy);
    m_actions->addShortcutsToToolTips();
    createStatusBar();
    createControllers();
    connectWorker();
    restoreSettings();
    updateActions();
    updateCounts();

    if (m_options.deferOpen) {
        m_thread->start();
    } else {
        m_worker->releaseAnswers();
        // Right behind the open: the list is on its way before the window is first painted.
        m_listBehindOpen = m_list->reload();
    }
}

void MainWindow::openDeferred(const DatabaseConfig &database, const QString &cacheUrl)
{
    m_options.database = database;
    m_options.cacheUrl = cacheUrl;
    openCatalogue(m_options.seedIfNew);
}

QString MainWindow::cacheUrlInUse() const
{
    return m_options.cacheUrl.isEmpty() ? QStringLiteral("memory://") : m_options.cacheUrl;
}

int MainWindow::openCatalogue(int seedIfNew)
{
    const DatabaseConfig config = m_options.database;
    const QString cacheUrl = cacheUrlInUse();
    const CacheOptions cacheOptions = currentSettings().cacheOptions();
    if (m_statusBar) // else createStatusBar() shows it
        m_statusBar->lock()->setCacheUrl(cacheUrl);
    return m_client->send(tr("Could not open the database: %1"),
                          [config, seedIfNew, cacheUrl, cacheOptions](ProductWorker *w, int id) {
                              w->open(id, config, seedIfNew, cacheUrl, cacheOptions);
                          });
}

MainWindow::~MainWindow()
{
    // The only place the UI thread waits for the worker: at exit, after asking a running
    // import or seed to stop. The worker (and its database connection) is deleted in its
    // thread.
    m_longWrites->cancelRunning();
    m_worker->releaseAnswers(); // a held open() must not wait for a window that is gone
    m_thread->quit();
    m_thread->wait();
}

int MainWindow::pendingRequests() const
{
    return m_client->pendingCount();
}

bool MainWindow::isListLoaded() const
{
    return m_list->isLoaded();
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
    auto *search = new TitleSearch(m_proxy, this);
    m_search = search->edit();
    connect(search, &TitleSearch::left, this,
            [this] { m_table->setFocus(Qt::ShortcutFocusReason); });
    connect(search, &TitleSearch::filterApplied, this, &MainWindow::updateCounts);

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
    setUpProductTable(m_table, m_proxy);
    // The bench's cold-start rows: PM_EXIT_AFTER_FIRST_PAINT=1 quits at the first painted list.
    FirstPaintExit::installIfRequested(m_table);
    connect(m_table, &QTableView::activated, this, [this] { editProduct(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateCounts();
        updateActions();
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        updateCounts();
        updateActions();
    });
    m_list = new ListLoadController(m_client, m_model, m_proxy, m_table, this);
    connect(m_proxy, &ProductProxyModel::orderingApplied, this, &MainWindow::updateCounts);
    connect(m_list, &ListLoadController::previewApplied, this, &MainWindow::updateCounts);
    connect(m_list, &ListLoadController::listApplied, this, [this] {
        updateCounts();
        updateActions();
    });
    layout->addWidget(m_table, 1);
    m_table->setFocus(); // keyboard first: arrows, F2, Del work at once

    m_table->addAction(m_actions->edit);
    m_table->addAction(m_actions->copy);
    // Right click, Shift+F10 and the Menu key: the table's actions where the user is.
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this,
            [this](const QPoint &pos) { m_actions->showContextMenu(m_table, pos); });
    setCentralWidget(central);
}

void MainWindow::createDebugPanel()
{
    const auto content
            = m_options.deferDebugPanel ? DebugPanel::Content::OnDemand : DebugPanel::Content::Now;
    auto *wiring = new DebugPanelWiring(this, m_worker, m_client, m_callLog, m_sqlLog, m_dialogs,
                                        m_table, m_model, content);
    m_debugWiring = wiring;
    m_debugPanel = wiring->panel();
    m_actionTracker = wiring->actionTracker();
    m_actions->debugPanel = wiring->toggleAction();
    m_list->setActionTracker(m_actionTracker);
    // A hidden panel is built once the list is on screen (one more turn of the event loop
    // after its first paint), so that it never delays the list and is ready for F12.
    if (content == DebugPanel::Content::OnDemand) {
        // The panel lives as long as the table (both the window's): the hook runs in the
        // table's context, the timer in the panel's.
        FirstListPaint::watch(m_table, [panel = m_debugPanel] {
            QTimer::singleShot(0, panel, &DebugPanel::ensureContent);
        });
    }
}

void MainWindow::createStatusBar()
{
    m_statusBar = new MainStatusBar(this, m_debugPanel);
    m_statusBar->lock()->setCacheUrl(cacheUrlInUse());
    m_list->setBusyIndicator(m_statusBar->busyIndicator(), statusBar());
}

void MainWindow::createControllers()
{
    m_edits = new ProductEditController(this, m_table, m_model, m_client, m_undo, m_list);
    m_deletes
            = new DeleteUndoController(this, m_table, m_proxy, m_client, m_undo, m_list, m_dialogs);
    connect(m_deletes, &DeleteUndoController::answered, this, &MainWindow::updateActions);
    m_longWrites = new LongWriteRunner(this, m_worker, m_client, m_undo, m_list, m_dialogs);
    m_cacheStatus = new CacheStatus(m_statusBar->cacheLabel(), m_debugPanel, m_messageBar, this);
    // What they tell the user goes to the message bar.
    for (WindowMessages *part :
         std::initializer_list<WindowMessages *>{m_edits, m_deletes, m_longWrites, m_cacheStatus}) {
        connect(part, &WindowMessages::info, this, &MainWindow::showInfo);
        connect(part, &WindowMessages::error, this, &MainWindow::showError);
    }
}

void MainWindow::connectWorker()
{
    // Queued: the worker lives in another thread; these run in the UI thread.
    connect(m_worker, &ProductWorker::accessNoted, this,
            [this](const QString &note) { m_accessNote = note; });
    connect(m_worker, &ProductWorker::opened, this, &MainWindow::onOpened);
    m_list->connectWorker(m_worker);
    connect(m_worker, &ProductWorker::failed, this, &MainWindow::onFailed);
    m_edits->connectWorker(m_worker);
    m_deletes->connectWorker(m_worker);
    m_longWrites->connectWorker();
    m_cacheStatus->connectWorker(m_worker);
    connect(m_worker, &ProductWorker::catalogueCreated, this, [this](int) {
        m_offerDemo = true; // onOpened(), which follows, asks
    });
    connect(m_worker, &ProductWorker::cacheRecovered, this, [this] {
        // The worker's probe reached the cache again: load through it, which also puts the
        // badge and the label right, without waiting for F5 or a write.
        m_cacheStatus->noteWorks();
        if (m_opened && !m_list->isLoading())
            m_list->reload();
    });
    connect(m_worker, &ProductWorker::databaseReconnected, this, [this](const QString &) {
        // A write the loss cut off is reported by its own dialog or failure message.
        showInfo(tr("Reconnected to the database."));
    });
    connect(m_worker, &ProductWorker::remoteChange, this, [this](qint64) {
        // Another window or process wrote: show its change, unless a load is already on
        // its way (that load sees the write too).
        if (m_opened && m_client->isIdle())
            m_list->reload();
    });
    connect(m_worker, &ProductWorker::cacheCleared, this, [this](int id, bool removed) {
        m_client->finish(id);
        m_cacheStatus->resetFailureShown();
        showInfo(removed ? tr("Cache invalidated: the next load reads the database.")
                         : tr("The cache held no product list; nothing to invalidate."));
    });
}

void MainWindow::updateCounts()
{
    m_statusBar->showCounts(m_model->rowCount(), m_proxy->rowCount(), m_list->isPreviewShown(),
                            !m_proxy->titleFilter().isEmpty(),
                            int(m_table->selectionModel()->selectedRows().size()));
}

void MainWindow::updateActions()
{
    m_actions->update(m_opened, int(m_table->selectionModel()->selectedRows().size()));
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

void MainWindow::refresh()
{
    m_messageBar->dismissError(); // the user moved on
    m_actionTracker->rename(m_list->reload(), QStringLiteral("refresh"));
}

void MainWindow::onOpened(int requestId, const QString &redactedUrl, int seeded)
{
    m_client->finish(requestId);
    m_opened = true;
    m_statusBar->showDatabase(redactedUrl);
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
    if (requestId == std::exchange(m_firstOpen, 0))
        m_listBehindOpen = 0; // that load is on its way
    else
        m_list->reload();
    m_longWrites->startFirstWrites(m_options.seedCount, m_options.importFile, offerDemo);
}

void MainWindow::onFailed(int requestId, const Error &error)
{
    const QString failureText = m_client->failureText(requestId);
    m_actionTracker->failed(requestId);
    m_client->finish(requestId);
    if (requestId == m_firstOpen) {
        m_firstOpen = 0; // the load behind it fails too ("not open"): say it once
    } else if (requestId == m_listBehindOpen) {
        m_listBehindOpen = 0;
        m_list->failed(requestId);
        return;
    }
    if (m_debugWiring->explainFailed(requestId, error))
        return;
    qCWarning(lcUi) << "request" << requestId << "failed:" << error.toString();
    m_list->failed(requestId);
    if (m_edits->dialogSaveFailed(requestId, error))
        return;
    if (m_undo->failed(requestId, error))
        return; // it says why itself
    m_deletes->failed(requestId);
    m_edits->failed(requestId);
    m_longWrites->failed(requestId);
    showError(failureText.isEmpty() ? error.message : failureText.arg(error.message));
}

void MainWindow::invalidateCache()
{
    m_messageBar->dismissError(); // the user moved on
    m_client->send(tr("Could not invalidate the cache: %1"),
                   [](ProductWorker *w, int id) { w->invalidateCache(id); });
}

void MainWindow::newProduct()
{
    m_messageBar->dismissError(); // the user moved on
    if (!m_opened)
        return;
    m_edits->newProduct();
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
    m_edits->editProduct(selected.first());
}

void MainWindow::bulkEdit()
{
    m_messageBar->dismissError(); // the user moved on
    const QList<Product> selected = selectedProducts();
    if (!m_opened || selected.isEmpty())
        return;
    m_edits->bulkEdit(selected);
}

void MainWindow::deleteSelected()
{
    m_messageBar->dismissError(); // the user moved on
    const QList<Product> selected = selectedProducts();
    if (!m_opened || selected.isEmpty())
        return;
    m_deletes->confirmAndDelete(selected);
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
    m_longWrites->importFile();
}

void MainWindow::seedDemoData()
{
    m_messageBar->dismissError(); // the user moved on
    if (!m_opened)
        return;
    m_longWrites->seedDemoData();
}

void MainWindow::exportFile()
{
    if (!m_opened)
        return;
    m_longWrites->exportFile();
}

ConnectionSettings MainWindow::currentSettings() const
{
    return connectionSettingsOf(m_options);
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
    const SettingsOutcome outcome = applyChosenSettings(m_options, settings);
    if (!outcome.reopen) {
        if (outcome.isError)
            showError(outcome.message);
        else
            showInfo(outcome.message);
        return;
    }
    m_longWrites->forgetImportAfterSeed();

    // Nothing of the old catalogue applies to the new one: its rows, its undo, its errors.
    m_opened = false;
    m_undo->clear();
    m_cacheStatus->resetFailureShown();
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

} // namespace pm
