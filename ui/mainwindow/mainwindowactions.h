#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QLineEdit;
class QMenu;
class QPoint;
class QTableView;

namespace pm {

class Dialogs;
class MainWindow;
class ProductProxyModel;
class UndoController;

/// The window's actions, their menus, toolbar, shortcuts and context menu, and when they are
/// enabled. The actions are children of the window (their shortcuts are the window's); the
/// public ones trigger MainWindow's public methods. Their texts keep the MainWindow context.
class MainWindowActions : public QObject
{
    Q_OBJECT
public:
    MainWindowActions(MainWindow *window, UndoController *undo, Dialogs &dialogs);

    /// File, Edit, View and Help, and the toolbar with the search box at its end.
    void createMenusAndToolBar(QLineEdit *search, QTableView *table, ProductProxyModel *proxy);
    /// Toolbar tooltips name the shortcuts: "Reload (F5)".
    void addShortcutsToToolTips();
    /// Right click, Shift+F10 and the Menu key on the table.
    void showContextMenu(QTableView *table, const QPoint &pos);
    /// Enabled while a catalogue is open, for the `selected` rows.
    void update(bool ready, int selected);

    QAction *newProduct = nullptr;
    QAction *edit = nullptr;
    QAction *bulkEdit = nullptr;
    QAction *remove = nullptr;
    QAction *undo = nullptr; // the UndoController's
    QAction *redo = nullptr; // the UndoController's
    QAction *exportFile = nullptr;
    QAction *refresh = nullptr;
    QAction *invalidate = nullptr;
    QAction *importFile = nullptr;
    QAction *seed = nullptr;
    QAction *copy = nullptr; // the window connects it (copying is its own)
    QAction *find = nullptr; // the window connects it (the search box is its own)
    QAction *quit = nullptr;
    QAction *settings = nullptr;
    QAction *about = nullptr;
    QAction *debugPanel = nullptr; // the debug panel's toggle, set by the window
    QAction *sortAscending = nullptr;
    QAction *sortDescending = nullptr;
    QAction *sortNext = nullptr;

private:
    QMenu *createSortMenu(QTableView *table, ProductProxyModel *proxy);

    MainWindow *m_window;
    UndoController *m_undo;
    QPointer<QMenu> m_contextMenu;
};

} // namespace pm
