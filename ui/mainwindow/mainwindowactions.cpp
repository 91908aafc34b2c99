#include "mainwindow/mainwindowactions.h"

#include "catalogue/productproxymodel.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/undocontroller.h"
#include "widgets/dialogs.h"
#include "widgets/lazyicon.h"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QStyle>
#include <QTableView>
#include <QToolBar>

namespace pm {

namespace {
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
} // namespace

MainWindowActions::MainWindowActions(MainWindow *window, UndoController *undoController,
                                     Dialogs &dialogs)
    : QObject(window)
    , m_window(window)
    , m_undo(undoController)
{
    MainWindow *w = window;
    newProduct = new QAction(themedIcon("document-new", QStyle::SP_FileIcon),
                             MainWindow::tr("&New…"), w);
    newProduct->setObjectName(QStringLiteral("actionNew"));
    newProduct->setShortcut(QKeySequence::New);
    newProduct->setToolTip(MainWindow::tr("Create a product (%1)")
                                   .arg(newProduct->shortcut().toString(QKeySequence::NativeText)));
    connect(newProduct, &QAction::triggered, w, &MainWindow::newProduct);

    edit = new QAction(themedIcon("document-edit", QStyle::SP_FileDialogDetailedView),
                       MainWindow::tr("&Edit…"), w);
    edit->setObjectName(QStringLiteral("actionEdit"));
    edit->setShortcuts({QKeySequence(Qt::Key_F2)});
    edit->setToolTip(MainWindow::tr("Edit the selected product (F2, Enter)"));
    connect(edit, &QAction::triggered, w, &MainWindow::editProduct);

    bulkEdit = new QAction(themedIcon("edit-select-all", QStyle::SP_FileDialogListView),
                           MainWindow::tr("Edit &Selected…"), w);
    bulkEdit->setObjectName(QStringLiteral("actionBulkEdit"));
    bulkEdit->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F2));
    bulkEdit->setToolTip(MainWindow::tr("Set the title or price of all selected products at once"));
    connect(bulkEdit, &QAction::triggered, w, &MainWindow::bulkEdit);

    remove = new QAction(themedIcon("edit-delete", QStyle::SP_TrashIcon),
                         MainWindow::tr("&Delete…"), w);
    remove->setObjectName(QStringLiteral("actionDelete"));
    remove->setShortcut(QKeySequence::Delete);
    remove->setToolTip(MainWindow::tr("Delete the selected products (Del)"));
    connect(remove, &QAction::triggered, w, &MainWindow::deleteSelected);

    undo = m_undo->undoAction();
    redo = m_undo->redoAction();

    exportFile = new QAction(themedIcon("document-export", QStyle::SP_DialogSaveButton),
                             MainWindow::tr("&Export…"), w);
    exportFile->setObjectName(QStringLiteral("actionExport"));
    exportFile->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportFile->setToolTip(MainWindow::tr("Write the whole catalogue to a CSV or JSON file"));
    connect(exportFile, &QAction::triggered, w, &MainWindow::exportFile);

    refresh = new QAction(themedIcon("view-refresh", QStyle::SP_BrowserReload),
                          MainWindow::tr("&Refresh"), w);
    refresh->setObjectName(QStringLiteral("actionRefresh"));
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setToolTip(MainWindow::tr("Reload the product list (F5)"));
    connect(refresh, &QAction::triggered, w, &MainWindow::refresh);

    invalidate = new QAction(themedIcon("edit-clear", QStyle::SP_DialogResetButton),
                             MainWindow::tr("&Invalidate Cache"), w);
    invalidate->setObjectName(QStringLiteral("actionInvalidateCache"));
    invalidate->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    invalidate->setToolTip(
            MainWindow::tr("Remove the cached product list; the next load reads the database"));
    connect(invalidate, &QAction::triggered, w, &MainWindow::invalidateCache);

    importFile = new QAction(themedIcon("document-import", QStyle::SP_DialogOpenButton),
                             MainWindow::tr("&Import…"), w);
    importFile->setObjectName(QStringLiteral("actionImport"));
    importFile->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    importFile->setToolTip(MainWindow::tr("Import products from a JSON or CSV file"));
    connect(importFile, &QAction::triggered, w, &MainWindow::importFile);

    seed = new QAction(themedIcon("list-add", QStyle::SP_FileDialogNewFolder),
                       MainWindow::tr("Seed &Demo Data…"), w);
    seed->setObjectName(QStringLiteral("actionSeed"));
    seed->setToolTip(MainWindow::tr("Add generated demo products"));
    connect(seed, &QAction::triggered, w, &MainWindow::seedDemoData);

    copy = new QAction(themedIcon("edit-copy", QStyle::SP_FileDialogDetailedView),
                       MainWindow::tr("&Copy"), w);
    copy->setObjectName(QStringLiteral("actionCopy"));
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut); // the table's; the search box keeps its own
    copy->setToolTip(MainWindow::tr("Copy the selected products as tab-separated text"));

    find = new QAction(themedIcon("edit-find", QStyle::SP_FileDialogContentsView),
                       MainWindow::tr("&Find"), w);
    find->setObjectName(QStringLiteral("actionFind"));
    find->setShortcut(QKeySequence::Find);

    quit = new QAction(themedIcon("application-exit", QStyle::SP_DialogCloseButton),
                       MainWindow::tr("&Quit"), w);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, w, &QWidget::close);

    settings = new QAction(themedIcon("preferences-system", QStyle::SP_ComputerIcon),
                           MainWindow::tr("&Settings…"), w);
    settings->setObjectName(QStringLiteral("actionSettings"));
    // Ctrl+, where the platform defines Preferences; not every desktop's key table does.
    settings->setShortcut(QKeySequence(QKeySequence::Preferences).isEmpty()
                                  ? QKeySequence(Qt::CTRL | Qt::Key_Comma)
                                  : QKeySequence(QKeySequence::Preferences));
    settings->setMenuRole(QAction::PreferencesRole);
    settings->setToolTip(MainWindow::tr("Database, cache and language"));
    connect(settings, &QAction::triggered, w, &MainWindow::openSettings);

    about = new QAction(MainWindow::tr("&About Product Manager"), w);
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, w, [w, &dialogs] {
        dialogs.about(w, MainWindow::tr("About Product Manager"),
                      MainWindow::tr("<h3>Product Manager %1</h3><p>A product catalogue whose list "
                                     "loads through a low-level cache you can see.</p>")
                              .arg(QCoreApplication::applicationVersion()));
    });
}

void MainWindowActions::addShortcutsToToolTips()
{
    for (QAction *action : {newProduct, edit, bulkEdit, remove, refresh, invalidate, importFile,
                            seed, find, settings, debugPanel, copy})
        action->setToolTip(toolTipWithShortcut(action, action->toolTip()));
}

void MainWindowActions::createMenusAndToolBar(QLineEdit *search, QTableView *table,
                                              ProductProxyModel *proxy)
{
    QMenuBar *menuBar = m_window->menuBar();
    QMenu *file = menuBar->addMenu(MainWindow::tr("&File", "menu"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(importFile);
    file->addAction(exportFile);
    file->addAction(seed);
    file->addSeparator();
    file->addAction(settings);
    file->addSeparator();
    file->addAction(quit);

    QMenu *editMenu = menuBar->addMenu(MainWindow::tr("&Edit", "menu"));
    editMenu->setObjectName(QStringLiteral("editMenu"));
    editMenu->addAction(undo);
    editMenu->addAction(redo);
    editMenu->addSeparator();
    editMenu->addAction(newProduct);
    editMenu->addAction(edit);
    editMenu->addAction(bulkEdit);
    editMenu->addAction(remove);
    editMenu->addSeparator();
    editMenu->addAction(find);

    QMenu *view = menuBar->addMenu(MainWindow::tr("&View", "menu"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addAction(refresh);
    view->addAction(invalidate);
    view->addSeparator();
    view->addMenu(createSortMenu(table, proxy));
    view->addSeparator();
    view->addAction(debugPanel);

    QMenu *help = menuBar->addMenu(MainWindow::tr("&Help", "menu"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(about);

    QToolBar *bar = m_window->addToolBar(MainWindow::tr("Main Toolbar"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    // Icon only for the less frequent actions, so that the search box keeps its place in
    // longer languages (German, French) instead of going into the toolbar's overflow menu.
    bulkEdit->setPriority(QAction::LowPriority);
    importFile->setPriority(QAction::LowPriority);
    bar->addAction(newProduct);
    bar->addAction(edit);
    bar->addAction(bulkEdit);
    bar->addAction(remove);
    bar->addSeparator();
    bar->addAction(refresh);
    bar->addAction(invalidate);
    bar->addSeparator();
    bar->addAction(importFile);
    auto *spacer = new QWidget(bar);
    spacer->setObjectName(QStringLiteral("toolBarSpacer"));
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    bar->addWidget(search);
}

QMenu *MainWindowActions::createSortMenu(QTableView *table, ProductProxyModel *proxy)
{
    // The keyboard's way to sort (the header is mouse-only): View ▸ Sort By, and Ctrl+Shift+S
    // to go through the columns.
    auto *menu = new QMenu(MainWindow::tr("&Sort By", "menu"), m_window);
    menu->setObjectName(QStringLiteral("sortMenu"));
    auto *columns = new QActionGroup(menu);
    for (int column = 0; column < proxy->columnCount(); ++column) {
        auto *action = menu->addAction(
                proxy->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
        action->setObjectName(QStringLiteral("actionSortColumn%1").arg(column));
        action->setCheckable(true);
        action->setData(column);
        columns->addAction(action);
        connect(action, &QAction::triggered, m_window, [table, column] {
            table->sortByColumn(column, table->horizontalHeader()->sortIndicatorOrder());
        });
    }
    menu->addSeparator();
    auto *orders = new QActionGroup(menu);
    sortAscending = menu->addAction(MainWindow::tr("&Ascending"));
    sortAscending->setObjectName(QStringLiteral("actionSortAscending"));
    sortDescending = menu->addAction(MainWindow::tr("&Descending"));
    sortDescending->setObjectName(QStringLiteral("actionSortDescending"));
    for (QAction *action : {sortAscending, sortDescending}) {
        action->setCheckable(true);
        orders->addAction(action);
        connect(action, &QAction::triggered, m_window, [this, table, action] {
            table->sortByColumn(table->horizontalHeader()->sortIndicatorSection(),
                                action == sortAscending ? Qt::AscendingOrder : Qt::DescendingOrder);
        });
    }
    menu->addSeparator();
    sortNext = menu->addAction(MainWindow::tr("&Next Sort Column"));
    sortNext->setObjectName(QStringLiteral("actionSortNext"));
    sortNext->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    sortNext->setToolTip(
            MainWindow::tr("Sort by the next column; after the last, reverse the order"));
    m_window->addAction(sortNext);
    connect(sortNext, &QAction::triggered, m_window, [table, proxy] {
        const QHeaderView *header = table->horizontalHeader();
        const int count = proxy->columnCount();
        int column = header->sortIndicatorSection() + 1;
        Qt::SortOrder order = header->sortIndicatorOrder();
        if (column >= count || column < 0) {
            column = 0;
            order = order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
        }
        table->sortByColumn(column, order);
    });
    const auto sync = [this, columns](int section, Qt::SortOrder order) {
        for (QAction *action : columns->actions())
            action->setChecked(action->data().toInt() == section);
        sortAscending->setChecked(order == Qt::AscendingOrder);
        sortDescending->setChecked(order == Qt::DescendingOrder);
    };
    connect(table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, menu, sync);
    sync(table->horizontalHeader()->sortIndicatorSection(),
         table->horizontalHeader()->sortIndicatorOrder());
    return menu;
}

void MainWindowActions::showContextMenu(QTableView *table, const QPoint &pos)
{
    // pos is in the viewport for a right click and the table's middle for Shift+F10 or the
    // Menu key; the view has already selected the row a right click pressed on.
    auto *menu = new QMenu(m_window);
    menu->setObjectName(QStringLiteral("productContextMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(edit);
    menu->addAction(bulkEdit);
    menu->addAction(remove);
    menu->addAction(copy);
    menu->addSeparator();
    menu->addAction(newProduct);
    menu->addAction(refresh);
    m_contextMenu = menu;
    menu->popup(table->viewport()->mapToGlobal(pos));
}

void MainWindowActions::update(bool ready, int selected)
{
    newProduct->setEnabled(ready);
    edit->setEnabled(ready && selected == 1);
    bulkEdit->setEnabled(ready && selected >= 1);
    remove->setEnabled(ready && selected >= 1);
    refresh->setEnabled(ready);
    invalidate->setEnabled(ready);
    importFile->setEnabled(ready);
    seed->setEnabled(ready);
    exportFile->setEnabled(ready);
    m_undo->setReady(ready);
}

} // namespace pm
