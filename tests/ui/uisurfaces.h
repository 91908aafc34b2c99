#pragma once
// Shared by the i18n, accessibility and keyboard tests: opens the window and each of its
// surfaces (product dialog, bulk edit, settings, every debug-panel tab) one at a time, so a test
// can walk what the user sees.

#include "catalogue/bulkeditdialog.h"
#include "catalogue/productdialog.h"
#include "catalogue/productproxymodel.h"
#include "core/clock.h"
#include "debug/debugpanel.h"
#include "mainwindow/mainwindow.h"
#include "settings/settingsdialog.h"
#include "widgets/dialogs.h"

#include <QApplication>
#include <QItemSelectionModel>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <functional>
#include <memory>
#include <optional>

namespace pm::test {

/// Answers every modal question at once, and remembers what was asked.
class AnsweringDialogs final : public Dialogs
{
public:
    bool confirmAnswer = true;
    QStringList confirmTexts;

    bool confirm(QWidget *, const QString &, const QString &text, const QString &) override
    {
        confirmTexts.append(text);
        return confirmAnswer;
    }
    QString openFileName(QWidget *, const QString &, const QString &) override { return {}; }
    std::optional<int> integer(QWidget *, const QString &, const QString &, int, int, int) override
    {
        return std::nullopt;
    }
    void report(QWidget *, const QString &, const QString &, const QString &) override { }
    void about(QWidget *, const QString &, const QString &) override { }
};

/// A shown, active window on a fresh SQLite catalogue with `seed` demo products, list loaded.
inline std::unique_ptr<MainWindow> openLoadedWindow(const QString &dbPath, int seed,
                                                    const Clock &clock, Dialogs &dialogs)
{
    MainWindowOptions options;
    options.database.driver = DatabaseConfig::Driver::Sqlite;
    options.database.path = dbPath;
    options.seedIfNew = seed;
    auto window = std::make_unique<MainWindow>(options, clock, dialogs);
    window->resize(1100, 680);
    window->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window.get()))
        qWarning("window did not become active");
    // Not QTRY_VERIFY: it returns without a value. The caller checks isListLoaded().
    (void)QTest::qWaitFor([&] { return window->isListLoaded() && window->pendingRequests() == 0; },
                          15000);
    return window;
}

/// Calls `visit(surface, label)` for the window with the debug panel hidden, the window with the
/// panel on each of its tabs, the New product dialog, the bulk-edit dialog and the settings
/// dialog; each dialog is closed again before the next one opens.
inline void forEachSurface(MainWindow *window,
                           const std::function<void(QWidget *, const QString &)> &visit)
{
    DebugPanel *panel = window->debugPanel();
    panel->hide();
    QApplication::processEvents();
    visit(window, QStringLiteral("main window"));

    panel->show();
    auto *tabs = panel->findChild<QTabWidget *>(QStringLiteral("debugTabs"));
    for (int i = 0; tabs && i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QApplication::processEvents();
        visit(window, QStringLiteral("debug panel tab %1").arg(i));
    }
    panel->hide();

    window->newProduct();
    if (auto *dialog = window->findChild<ProductDialog *>()) {
        if (!QTest::qWaitForWindowExposed(dialog))
            qWarning("dialog not exposed");
        visit(dialog, QStringLiteral("product dialog"));
        dialog->reject();
        delete dialog;
    }

    auto *table = window->findChild<QTableView *>(QStringLiteral("productTable"));
    QItemSelectionModel *sm = table->selectionModel();
    sm->clearSelection();
    for (int row : {0, 1})
        sm->select(window->proxyModel()->index(row, 0),
                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    window->bulkEdit();
    if (auto *dialog = window->findChild<BulkEditDialog *>()) {
        if (!QTest::qWaitForWindowExposed(dialog))
            qWarning("dialog not exposed");
        visit(dialog, QStringLiteral("bulk-edit dialog"));
        dialog->reject();
        delete dialog;
    }

    window->openSettings();
    if (auto *dialog = window->settingsDialog()) {
        if (!QTest::qWaitForWindowExposed(dialog))
            qWarning("dialog not exposed");
        visit(dialog, QStringLiteral("settings dialog"));
        dialog->reject();
        delete dialog;
    }
}

} // namespace pm::test
