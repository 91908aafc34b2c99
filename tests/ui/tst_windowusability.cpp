// What a tester met driving the window with a real mouse and keyboard: writes of
// productmanager-cli that never reached open windows, a product deleted elsewhere, the keyboard
// trapped in the debug panel, no context menu and no keyboard sorting, a long title silently
// cut, status texts a screen reader could not read, stale messages, tooltips without their
// shortcuts, the debug panel open on first run, and the selection lost after a delete. Every
// test drives real widgets with real events.
#include "catalogue/productdialog.h"
#include "catalogue/productproxymodel.h"
#include "core/clock.h"
#include "debug/debugpanel.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/pluraltranslator.h"
#include "products/productrepository.h"
#include "products/productschema.h"
#include "products/producttablemodel.h"
#include "widgets/dialogs.h"
#include "widgets/messagebar.h"

#include "redisserver.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

#include <memory>

using namespace pm;

namespace {

class TestDialogs final : public Dialogs
{
public:
    bool confirm(QWidget *, const QString &, const QString &, const QString &) override
    {
        return true;
    }
    QString openFileName(QWidget *, const QString &, const QString &) override { return {}; }
    std::optional<int> integer(QWidget *, const QString &, const QString &, int, int, int) override
    {
        return std::nullopt;
    }
    void report(QWidget *, const QString &, const QString &, const QString &) override { }
    void about(QWidget *, const QString &, const QString &) override { }
};

QString accessibleText(QWidget *w, QAccessible::Text t)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(t) : QString();
}

} // namespace

class TestWindowUsability : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void cliDelete_reachesAnOpenWindowOverRedis();
    void editOfAProductDeletedElsewhere_reloadsTheListAndSaysSo();
    void debugPanelTable_tabLeavesTheTable();
    void altSeven_focusesTheConsoleInput();
    void f12Hide_givesTheKeyboardToTheList();
    void productTable_contextMenu_fromTheKeyboardAndTheMouse();
    void sortFromTheKeyboard();
    void longTitlePaste_isKeptAndTheWrappedErrorFits();
    void statusAndMessageTexts_reachScreenReaders();
    void infoMessage_leavesByItself_errorStaysUntilTheNextAction();
    void toolbarTooltips_nameTheirShortcuts();
    void firstRun_debugPanelClosed_thenTheChoiceIsRemembered();
    void delete_selectsTheRowThatTookItsPlace();

private:
    std::unique_ptr<MainWindow> openWindow(int seed, const QString &cacheUrl = {});
    QString dbPath() const { return m_dir->filePath(QStringLiteral("products.db")); }
    QTableView *table() const
    {
        return m_window->findChild<QTableView *>(QStringLiteral("productTable"));
    }
    MessageBar *bar() const { return m_window->findChild<MessageBar *>(); }
    QList<qint64> visibleIds() const;
    void clickRow(int row, Qt::MouseButton button = Qt::LeftButton);
    void showPanel();

    ManualClock m_clock{1'700'000'000'000};
    TestDialogs m_dialogs;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QTemporaryDir> m_settingsDir;
    std::unique_ptr<MainWindow> m_window;
};

void TestWindowUsability::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_settingsDir = std::make_unique<QTemporaryDir>();
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir->path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir->path());
    QCoreApplication::setOrganizationName(QStringLiteral("ProductManagerTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_windowusability"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCoreApplication::installTranslator(new PluralTranslator(qApp));
}

void TestWindowUsability::init()
{
    QSettings().clear(); // every test is a first run
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestWindowUsability::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

std::unique_ptr<MainWindow> TestWindowUsability::openWindow(int seed, const QString &cacheUrl)
{
    MainWindowOptions options;
    options.database.driver = DatabaseConfig::Driver::Sqlite;
    options.database.path = dbPath();
    options.seedIfNew = seed;
    options.cacheUrl = cacheUrl;
    auto window = std::make_unique<MainWindow>(options, m_clock, m_dialogs);
    window->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window.get()))
        qWarning("window did not become active");
    (void)QTest::qWaitFor([&] { return window->isListLoaded() && window->pendingRequests() == 0; },
                          15000);
    return window;
}

QList<qint64> TestWindowUsability::visibleIds() const
{
    QList<qint64> ids;
    const ProductProxyModel *proxy = m_window->proxyModel();
    for (int row = 0; row < proxy->rowCount(); ++row)
        ids.append(proxy->index(row, 0).data(ProductTableModel::IdRole).toLongLong());
    return ids;
}

void TestWindowUsability::clickRow(int row, Qt::MouseButton button)
{
    const QRect rect = table()->visualRect(m_window->proxyModel()->index(row, 0));
    QTest::mouseClick(table()->viewport(), button, Qt::NoModifier, rect.center());
}

void TestWindowUsability::showPanel()
{
    if (!m_window->debugPanel()->isVisible())
        QTest::keyClick(m_window.get(), Qt::Key_F12);
    QTRY_VERIFY(m_window->debugPanel()->isVisible());
}

void TestWindowUsability::cliDelete_reachesAnOpenWindowOverRedis()
{
    test::RedisServer server;
    QVERIFY(server.start());
    const QString url = server.unixUrl(2);
    m_window = openWindow(6, url);
    QTRY_COMPARE(m_window->productModel()->rowCount(), 6);
    const qint64 victim = visibleIds().at(2);

    QProcess cli;
    cli.start(QStringLiteral(PM_CLI_PATH),
              {QStringLiteral("products"), QStringLiteral("--database"), dbPath(),
               QStringLiteral("--cache"), url, QStringLiteral("delete"), QString::number(victim)});
    QVERIFY(cli.waitForFinished(15000));
    QCOMPARE(cli.exitCode(), 0);
    QVERIFY2(cli.readAllStandardOutput().contains("\"deleted\":1"), "the CLI deleted nothing");
    // A subscribed window does not poll: only the CLI's PUBLISH can tell it.
    QTRY_VERIFY_WITH_TIMEOUT(!visibleIds().contains(victim), 5000);
    QCOMPARE(m_window->productModel()->rowCount(), 5);
}

void TestWindowUsability::editOfAProductDeletedElsewhere_reloadsTheListAndSaysSo()
{
    test::RedisServer server;
    QVERIFY(server.start());
    m_window = openWindow(4, server.unixUrl(3));
    QTRY_COMPARE(m_window->productModel()->rowCount(), 4);
    const qint64 victim = visibleIds().at(1);
    {
        // Another program deletes it without telling anyone (an old writer).
        DatabaseConfig config;
        config.path = dbPath();
        auto db = ProductSchema::open(config);
        QVERIFY(db);
        ProductRepository repository(**db, m_clock);
        QVERIFY(repository.remove(victim).ok());
    }
    QVERIFY(visibleIds().contains(victim)); // the window does not know yet

    clickRow(1);
    QTest::keyClick(table(), Qt::Key_F2);
    ProductDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<ProductDialog *>()) != nullptr);
    auto *title = dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
    QTest::keyClicks(title, QStringLiteral(" renamed"));
    QTest::keyClick(title, Qt::Key_Return);
    QTRY_VERIFY2(bar()->text().contains(QStringLiteral("no longer exists")),
                 qPrintable(bar()->text()));
    QTRY_VERIFY(!visibleIds().contains(victim));
}

void TestWindowUsability::debugPanelTable_tabLeavesTheTable()
{
    m_window = openWindow(3);
    showPanel();
    auto *calls = m_window->debugPanel()->findChild<QTableView *>(QStringLiteral("cacheCallTable"));
    QVERIFY(calls);
    QTRY_VERIFY(calls->model()->rowCount() > 0);
    QTest::mouseClick(calls->viewport(), Qt::LeftButton, Qt::NoModifier,
                      calls->visualRect(calls->model()->index(0, 0)).center());
    QTRY_VERIFY(calls->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY2(!calls->hasFocus(), "Tab moved from cell to cell inside the call table");
}

void TestWindowUsability::altSeven_focusesTheConsoleInput()
{
    m_window = openWindow(1);
    QTest::keyClick(m_window.get(), Qt::Key_7, Qt::AltModifier);
    QTRY_VERIFY(m_window->debugPanel()->isVisible());
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("consoleInput"));
}

void TestWindowUsability::f12Hide_givesTheKeyboardToTheList()
{
    m_window = openWindow(1);
    QTest::keyClick(m_window.get(), Qt::Key_7, Qt::AltModifier); // the console input
    QTRY_VERIFY(m_window->debugPanel()->isVisible());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F12);
    QTRY_VERIFY(!m_window->debugPanel()->isVisible());
    QTRY_COMPARE(QApplication::focusWidget(), table());
}

void TestWindowUsability::productTable_contextMenu_fromTheKeyboardAndTheMouse()
{
    m_window = openWindow(3);
    // The mouse: a right click on a row opens the menu there, with that row selected.
    // Through the window, as a real click arrives: the window turns it into the context event.
    const QPoint at = table()->viewport()->mapTo(
            m_window.get(), table()->visualRect(m_window->proxyModel()->index(2, 0)).center());
    QTest::mouseClick(m_window->windowHandle(), Qt::RightButton, Qt::NoModifier, at);
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = m_window->findChild<QMenu *>(QStringLiteral("productContextMenu")))
                        != nullptr
                && menu->isVisible());
    QVERIFY(table()->selectionModel()->isRowSelected(2, QModelIndex()));
    QStringList names;
    for (QAction *a : menu->actions())
        names << a->objectName();
    for (const char *expected : {"actionEdit", "actionDelete", "actionCopy", "actionRefresh"})
        QVERIFY2(names.contains(QLatin1String(expected)), expected);
    QTest::keyClick(menu, Qt::Key_Escape);
    QTRY_VERIFY(!menu || !menu->isVisible());

    // The keyboard (Shift+F10, the Menu key): the platform sends a keyboard context-menu event.
    clickRow(1);
    QContextMenuEvent keyboard(
            QContextMenuEvent::Keyboard, table()->viewport()->rect().center(),
            table()->viewport()->mapToGlobal(table()->viewport()->rect().center()));
    QApplication::sendEvent(table()->viewport(), &keyboard);
    QTRY_VERIFY((menu = m_window->findChild<QMenu *>(QStringLiteral("productContextMenu")))
                        != nullptr
                && menu->isVisible());
    // Copy from the menu puts the row on the clipboard.
    QAction *copy = m_window->findChild<QAction *>(QStringLiteral("actionCopy"));
    menu->setActiveAction(copy);
    QTest::keyClick(menu, Qt::Key_Return);
    const Product p = m_window->productModel()->product(
            m_window->proxyModel()->mapToSource(m_window->proxyModel()->index(1, 0)).row());
    QTRY_VERIFY(QGuiApplication::clipboard()->text().contains(p.title));
}

void TestWindowUsability::sortFromTheKeyboard()
{
    m_window = openWindow(5);
    QHeaderView *header = table()->horizontalHeader();
    const int before = header->sortIndicatorSection();
    QTest::keyClick(table(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(header->sortIndicatorSection() != before);
    QTRY_COMPARE(m_window->proxyModel()->requestedSortColumn(), header->sortIndicatorSection());
    // The View ▸ Sort By menu names the column and the order.
    auto *ascending = m_window->findChild<QAction *>(QStringLiteral("actionSortAscending"));
    QVERIFY(ascending);
    ascending->trigger();
    QTRY_COMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
    auto *column = m_window->findChild<QAction *>(
            QStringLiteral("actionSortColumn%1").arg(ProductTableModel::TitleColumn));
    QVERIFY(column);
    column->trigger();
    QTRY_COMPARE(header->sortIndicatorSection(), int(ProductTableModel::TitleColumn));
    QVERIFY(column->isChecked());
}

void TestWindowUsability::longTitlePaste_isKeptAndTheWrappedErrorFits()
{
    m_window = openWindow(1);
    QTest::keyClick(table(), Qt::Key_N, Qt::ControlModifier);
    ProductDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<ProductDialog *>()) != nullptr);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *title = dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
    QGuiApplication::clipboard()->setText(QString(10'000, QLatin1Char('x')));
    title->setFocus();
    QTest::keyClick(title, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(title->text().size(), 10'000); // not silently cut
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("titleError"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("200"))
                     && error->text().contains(QStringLiteral("10000")),
             qPrintable(error->text()));
    // Wrapped and whole: the label is as tall as its text needs at its width, inside the dialog.
    QTRY_VERIFY2(error->height() >= error->heightForWidth(error->width()),
                 qPrintable(QStringLiteral("%1 px for %2 px of text")
                                    .arg(error->height())
                                    .arg(error->heightForWidth(error->width()))));
    QVERIFY(error->heightForWidth(error->width()) > error->fontMetrics().height()); // 2+ lines
    QVERIFY(dialog->rect().contains(error->geometry()));
    dialog->reject();
}

void TestWindowUsability::statusAndMessageTexts_reachScreenReaders()
{
    m_window = openWindow(4);
    auto *count = m_window->findChild<QLabel *>(QStringLiteral("countLabel"));
    auto *badge = m_window->findChild<QLabel *>(QStringLiteral("cacheBadge"));
    auto *cache = m_window->findChild<QLabel *>(QStringLiteral("cacheLabel"));
    QTRY_COMPARE(count->text(), QStringLiteral("4 products"));
    for (QLabel *label : {count, badge, cache}) {
        QVERIFY(!label->text().isEmpty());
        QCOMPARE(accessibleText(label, QAccessible::Value), label->text());
        QCOMPARE(accessibleText(label, QAccessible::Description), label->text());
        QVERIFY(!accessibleText(label, QAccessible::Name).isEmpty()); // the name stays
    }
    clickRow(0);
    QTest::keyClick(table(), Qt::Key_F5);
    QTRY_COMPARE(m_window->pendingRequests(), 0);
    QTest::keyClick(table(), Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
    auto *message = bar()->findChild<QLabel *>(QStringLiteral("messageBarText"));
    QTRY_VERIFY(!message->text().isEmpty());
    QCOMPARE(accessibleText(message, QAccessible::Value), message->text());
    QCOMPARE(accessibleText(message, QAccessible::Description), message->text());
    // Updated with the text.
    QTRY_COMPARE(accessibleText(count, QAccessible::Value), count->text());
}

void TestWindowUsability::infoMessage_leavesByItself_errorStaysUntilTheNextAction()
{
    m_window = openWindow(2);
    bar()->setInfoTimeoutMs(300);
    QTest::keyClick(table(), Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(bar()->isVisible());
    QCOMPARE(bar()->kind(), MessageBar::Kind::Info);
    QTRY_VERIFY_WITH_TIMEOUT(!bar()->isVisible(), 3000);

    // An error stays...
    bar()->showMessage(MessageBar::Kind::Error, QStringLiteral("Something failed."));
    QTest::qWait(600);
    QVERIFY(bar()->isVisible());
    // ...until the user's next action.
    QTest::keyClick(table(), Qt::Key_F5);
    QTRY_VERIFY(!bar()->isVisible() || bar()->kind() != MessageBar::Kind::Error);
}

void TestWindowUsability::toolbarTooltips_nameTheirShortcuts()
{
    m_window = openWindow(1);
    auto *bar = m_window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    QVERIFY(bar);
    int checked = 0;
    for (QAction *action : bar->actions()) {
        if (action->shortcut().isEmpty())
            continue;
        const QString key = action->shortcut().toString(QKeySequence::NativeText);
        auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(action));
        QVERIFY(button);
        QVERIFY2(button->toolTip().contains(key),
                 qPrintable(action->objectName() + QStringLiteral(": ") + button->toolTip()));
        ++checked;
    }
    QVERIFY(checked >= 6);
}

void TestWindowUsability::firstRun_debugPanelClosed_thenTheChoiceIsRemembered()
{
    m_window = openWindow(2);
    QVERIFY(!m_window->debugPanel()->isVisible());
    QCOMPARE(QApplication::focusWidget(), table());
    showPanel();
    m_window->close(); // saves the layout
    m_window.reset();
    m_window = openWindow(0);
    QTRY_VERIFY(m_window->debugPanel()->isVisible());
}

void TestWindowUsability::delete_selectsTheRowThatTookItsPlace()
{
    m_window = openWindow(5);
    QTRY_COMPARE(m_window->proxyModel()->rowCount(), 5);
    const QList<qint64> before = visibleIds();
    clickRow(1);
    QTest::keyClick(table(), Qt::Key_Delete);
    QTRY_COMPARE(m_window->proxyModel()->rowCount(), 4);
    QTRY_COMPARE(table()->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(table()->selectionModel()
                     ->selectedRows()
                     .first()
                     .data(ProductTableModel::IdRole)
                     .toLongLong(),
             before.at(2));
    QCOMPARE(table()->currentIndex().row(), 1);

    // The last row: the one before it.
    clickRow(3);
    QTest::keyClick(table(), Qt::Key_Delete);
    QTRY_COMPARE(m_window->proxyModel()->rowCount(), 3);
    QTRY_COMPARE(table()->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(table()->selectionModel()
                     ->selectedRows()
                     .first()
                     .data(ProductTableModel::IdRole)
                     .toLongLong(),
             before.at(3));
}

QTEST_MAIN(TestWindowUsability)
#include "tst_windowusability.moc"
