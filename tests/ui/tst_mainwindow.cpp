#include "catalogue/bulkeditdialog.h"
#include "catalogue/productdialog.h"
#include "catalogue/productproxymodel.h"
#include "core/clock.h"
#include "db/database.h"
#include "debug/debugpanel.h"
#include "diagnostics/cachecallmodel.h"
#include "diagnostics/sqleventmodel.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/pluraltranslator.h"
#include "products/productrepository.h"
#include "products/productschema.h"
#include "products/productseeder.h"
#include "products/producttablemodel.h"
#include "widgets/dialogs.h"
#include "widgets/messagebar.h"
#include "worker/productworker.h"

#include "redisserver.h"
#include "testsupport.h"
#include "tmpfsmount.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace pm;

namespace {

/// Answers every modal question at once, and remembers what was asked.
class TestDialogs final : public Dialogs
{
public:
    bool confirmAnswer = true;
    QStringList confirmTexts;
    QString fileAnswer;
    std::optional<int> integerAnswer;
    QStringList reports;

    bool confirm(QWidget *, const QString &, const QString &text, const QString &) override
    {
        confirmTexts.append(text);
        return confirmAnswer;
    }
    QString openFileName(QWidget *, const QString &, const QString &) override
    {
        return fileAnswer;
    }
    std::optional<int> integer(QWidget *, const QString &, const QString &, int, int, int) override
    {
        return integerAnswer;
    }
    void report(QWidget *, const QString &, const QString &text, const QString &details) override
    {
        reports.append(text + QLatin1Char('\n') + details);
    }
    void about(QWidget *, const QString &, const QString &text) override { abouts.append(text); }
    QStringList abouts;
    int chooseAnswer = -1;
    QStringList chooseTexts;
    QString saveAnswer;
    int choose(QWidget *, const QString &, const QString &text, const QStringList &) override
    {
        chooseTexts.append(text);
        return chooseAnswer;
    }
    QString saveFileName(QWidget *, const QString &, const QString &, const QString &) override
    {
        return saveAnswer;
    }
};

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void open_newDatabase_listsSeededProducts();
    void newDialog_createsProductAndSelectsIt();
    void newDialog_inlineValidation_blocksEmptyTitleAndBadPrice();
    void editDialog_changesTitleAndPrice();
    void bulkEdit_twoRows_setsPriceOnBoth();
    void delete_confirmedThenUndo_restoresProducts();
    void delete_declined_deletesNothing();
    void search_filtersByTitle();
    void readOnlyDatabase_saveFails_showsInlineErrorAndKeepsText();
    void seed_throughInputSeam_addsProducts();
    void seed_cancelledFromProgressDialog_addsNothing();
    void import_json_reportsAcceptedAndRejected();
    void settings_rememberColumnWidths();
    void lockedDatabase_uiStaysResponsive_thenSaveSucceedsOnRetry();
    void import_cancelledFromProgressDialog_addsNothing();
    void enterOnRow_opensEditDialog();
    void options_seedAndImport_runAfterOpening();
    void keyboardOnly_selectWithArrowsAndEdit();
    void about_goesThroughDialogSeam();
    void corruptDatabase_showsInlineErrorAndDisablesWrites();
    void cache_refreshHits_invalidateMakesTheNextLoadMiss();
    void anotherConnectionWrites_windowRefreshesWithoutBeingAsked();
    void debugPanel_tutorial_missSetQuery_hit_invalidateMisses_data();
    void debugPanel_tutorial_missSetQuery_hit_invalidateMisses();
    void debugPanel_f12TogglesTheDock();
    void deferredDebugPanel_isBuiltAfterTheListIsPainted_andShowsWhatCameBefore();
    void deferredDebugPanel_f12BeforeTheList_buildsItAtOnce();
    void fullDisk_saveFails_keepsDialogAndText_thenSavesOnceSpaceIsFreed();
    void newerSchema_openIsRefused_messageNamesBothVersions_fileUntouched();
    void open_largeCatalogue_showsTheFirstRowsBeforeTheWholeList();
    void open_sortedByTitle_showsNoFirstRows_onlyTheWholeList();
    void undoRedo_createEditBulkEdit_namedInTheMenu_throughTheShortcuts();
    void undoRedo_importAndSeed_removeExactlyTheInsertedRows();
    void undo_productDeletedElsewhere_saysSo_andDropsTheStep();
    void delete_selectsTheRowBelow();
    void import_sameFileTwice_asksBeforeDuplicating();
    void newCatalogue_asksOnceWhetherToAddDemoProducts();
    void import_progressShowsCounts_andEscapeCancels();
    void export_thenImportIntoAnEmptyCatalogue_givesTheSameProducts();

private:
    std::unique_ptr<MainWindow> openWindow(int seedIfNew = 0, MainWindowOptions options = {});
    QString dbPath() const { return m_dir->filePath(QStringLiteral("products.db")); }
    template<typename T>
    T *child(const char *name) const
    {
        return m_window->findChild<T *>(QString::fromLatin1(name));
    }
    QAction *action(const char *name) const { return child<QAction>(name); }
    QTableView *table() const { return child<QTableView>("productTable"); }
    void selectRows(const QList<int> &proxyRows);
    /// A real click on the row's rectangle in the view's viewport.
    void clickRow(int proxyRow, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    int proxyRowOf(qint64 id) const { return int(visibleIds().indexOf(id)); }
    QString actionText(const char *name) const { return action(name)->text().remove(u'&'); }
    QString writeCsv(const QString &name, const QByteArray &rows);
    /// Saves the open product dialog with these fields, by typing and clicking OK.
    void fillProductDialog(const QString &title, const QString &price);
    QList<qint64> visibleIds() const;
    Product productById(qint64 id) const;

    ManualClock m_clock{1'700'000'000'000};
    TestDialogs m_dialogs;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QTemporaryDir> m_settingsDir;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_settingsDir = std::make_unique<QTemporaryDir>();
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir->path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir->path());
    QCoreApplication::setOrganizationName(QStringLiteral("ProductManagerTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCoreApplication::installTranslator(new PluralTranslator(qApp));
}

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_dialogs = TestDialogs();
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

std::unique_ptr<MainWindow> TestMainWindow::openWindow(int seedIfNew, MainWindowOptions options)
{
    options.database.driver = DatabaseConfig::Driver::Sqlite;
    options.database.path = dbPath();
    options.seedIfNew = seedIfNew;
    auto window = std::make_unique<MainWindow>(options, m_clock, m_dialogs);
    window->show();
    window->activateWindow(); // keyboard focus (Ctrl+F) needs an active window
    if (!QTest::qWaitForWindowActive(window.get()))
        qWarning("window did not become active");
    return window;
}

void TestMainWindow::selectRows(const QList<int> &proxyRows)
{
    QItemSelectionModel *sm = table()->selectionModel();
    sm->clearSelection();
    for (int row : proxyRows) {
        const QModelIndex index = m_window->proxyModel()->index(row, 0);
        sm->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        sm->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    }
}

void TestMainWindow::clickRow(int proxyRow, Qt::KeyboardModifiers modifiers)
{
    const QModelIndex index = m_window->proxyModel()->index(proxyRow, 0);
    table()->scrollTo(index);
    QTest::mouseClick(table()->viewport(), Qt::LeftButton, modifiers,
                      table()->visualRect(index).center());
}

QString TestMainWindow::writeCsv(const QString &name, const QByteArray &rows)
{
    const QString path = m_dir->filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write("title,price\n" + rows);
    return path;
}

void TestMainWindow::fillProductDialog(const QString &titleText, const QString &priceText)
{
    ProductDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<ProductDialog *>(QStringLiteral("productDialog"))));
    auto *title = dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
    auto *price = dialog->findChild<QLineEdit *>(QStringLiteral("priceEdit"));
    title->selectAll();
    QTest::keyClicks(title, titleText);
    price->selectAll();
    QTest::keyClicks(price, priceText);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<ProductDialog *>());
    // The offscreen platform has no window manager to give the window back its activation.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

QList<qint64> TestMainWindow::visibleIds() const
{
    QList<qint64> ids;
    const ProductProxyModel *proxy = m_window->proxyModel();
    for (int row = 0; row < proxy->rowCount(); ++row)
        ids.append(proxy->index(row, 0).data(ProductTableModel::IdRole).toLongLong());
    return ids;
}

Product TestMainWindow::productById(qint64 id) const
{
    const ProductTableModel *model = m_window->productModel();
    return model->product(model->rowOfId(id));
}

void TestMainWindow::open_newDatabase_listsSeededProducts()
{
    m_window = openWindow(25);
    QTRY_VERIFY(m_window->isListLoaded());
    QCOMPARE(m_window->productModel()->rowCount(), 25);
    QCOMPARE(table()->model()->rowCount(), 25);
    QTRY_COMPARE(m_window->pendingRequests(), 0);
    QCOMPARE(child<QLabel>("countLabel")->text(), QStringLiteral("25 products"));
    QCOMPARE(child<QLabel>("selectionLabel")->text(), QStringLiteral("0 selected"));
    QVERIFY(!child<QProgressBar>("busyIndicator")->isVisible());
    // Newest first by default.
    QCOMPARE(table()->horizontalHeader()->sortIndicatorSection(),
             int(ProductTableModel::CreatedColumn));
    QCOMPARE(table()->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    QVERIFY(QFile::exists(dbPath()));
    QVERIFY(action("actionInvalidateCache")->isEnabled());
    QVERIFY(!action("actionInvalidateCache")->toolTip().isEmpty());
}

void TestMainWindow::newDialog_createsProductAndSelectsIt()
{
    m_window = openWindow();
    QTRY_VERIFY(m_window->isListLoaded());
    QCOMPARE(m_window->productModel()->rowCount(), 0);

    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    ProductDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<ProductDialog *>(QStringLiteral("productDialog"))));
    auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("okButton"));
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit")),
                     QStringLiteral("  Blue Mug  "));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("priceEdit")),
                     QStringLiteral("$9.03"));
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);

    QTRY_VERIFY(!m_window->findChild<ProductDialog *>());
    QTRY_COMPARE(m_window->productModel()->rowCount(), 1);
    const Product p = m_window->productModel()->product(0);
    QCOMPARE(p.title, QStringLiteral("Blue Mug"));
    QCOMPARE(p.price.cents(), 903);
    QVERIFY(p.id > 0);
    QCOMPARE(table()->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(child<QLabel>("countLabel")->text(), QStringLiteral("1 product"));
    QCOMPARE(child<QLabel>("selectionLabel")->text(), QStringLiteral("1 selected"));
    QVERIFY(child<MessageBar>("messageBar")->text().contains(QStringLiteral("Blue Mug")));
}

void TestMainWindow::newDialog_inlineValidation_blocksEmptyTitleAndBadPrice()
{
    m_window = openWindow();
    QTRY_VERIFY(m_window->isListLoaded());
    action("actionNew")->trigger();
    auto *dialog = m_window->findChild<ProductDialog *>(QStringLiteral("productDialog"));
    QVERIFY(dialog);
    auto *title = dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
    auto *price = dialog->findChild<QLineEdit *>(QStringLiteral("priceEdit"));
    auto *titleError = dialog->findChild<QLabel *>(QStringLiteral("titleError"));
    auto *priceError = dialog->findChild<QLabel *>(QStringLiteral("priceError"));
    auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("okButton"));

    // A fresh dialog is not shouting yet, but OK is off.
    QVERIFY(!titleError->isVisible());
    QVERIFY(!ok->isEnabled());

    QTest::keyClicks(title, QStringLiteral("x"));
    QTest::keyClick(title, Qt::Key_Backspace);
    QVERIFY(titleError->isVisible());
    QVERIFY(!titleError->text().isEmpty());
    QTest::keyClicks(title, QStringLiteral("   ")); // whitespace only is still empty
    QVERIFY(titleError->isVisible());

    QTest::keyClicks(price, QStringLiteral("abc"));
    QVERIFY(priceError->isVisible());
    QVERIFY(!priceError->text().isEmpty());
    QVERIFY(!ok->isEnabled());

    QTest::keyClicks(title, QStringLiteral("Lamp"));
    QVERIFY(!titleError->isVisible());
    QVERIFY(!ok->isEnabled()); // the price is still "abc"

    price->clear();
    QTest::keyClicks(price, QStringLiteral("-1"));
    QVERIFY(priceError->isVisible());
    QVERIFY(!ok->isEnabled());

    price->clear();
    QTest::keyClicks(price, QStringLiteral("12.5"));
    QVERIFY(!priceError->isVisible());
    QVERIFY(ok->isEnabled());

    // Pressing OK while invalid (forced through accept()) writes nothing.
    price->clear();
    QTest::keyClicks(price, QStringLiteral("1.234"));
    QVERIFY(!ok->isEnabled());
    dialog->accept();
    QVERIFY(dialog->isVisible());
    QCOMPARE(m_window->pendingRequests(), 0);
    dialog->reject();
    QTRY_VERIFY(!m_window->findChild<ProductDialog *>());
    QCOMPARE(m_window->productModel()->rowCount(), 0);
}

void TestMainWindow::editDialog_changesTitleAndPrice()
{
    m_window = openWindow(5);
    QTRY_VERIFY(m_window->isListLoaded());
    QTRY_COMPARE(m_window->productModel()->rowCount(), 5);
    selectRows({2});
    const qint64 id
            = m_window->proxyModel()->index(2, 0).data(ProductTableModel::IdRole).toLongLong();
    const Product before = productById(id);

    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_F2);
    ProductDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<ProductDialog *>(QStringLiteral("productDialog"))));
    QVERIFY(dialog->isEdit());
    auto *title = dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
    auto *price = dialog->findChild<QLineEdit *>(QStringLiteral("priceEdit"));
    QCOMPARE(title->text(), before.title);
    QCOMPARE(price->text(), before.price.toString());

    m_clock.advanceMs(60'000);
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Renamed Chair"));
    price->selectAll();
    QTest::keyClicks(price, QStringLiteral("1,234.50"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<ProductDialog *>());
    QTRY_COMPARE(productById(id).title, QStringLiteral("Renamed Chair"));
    const Product after = productById(id);
    QCOMPARE(after.price.cents(), 123'450);
    QCOMPARE(after.createdMs, before.createdMs);
    QVERIFY(after.updatedMs > before.updatedMs);
    QCOMPARE(m_window->productModel()->rowCount(), 5);
    // The edited product stays selected after the reload.
    const QModelIndexList selected = table()->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data(ProductTableModel::IdRole).toLongLong(), id);
}

void TestMainWindow::bulkEdit_twoRows_setsPriceOnBoth()
{
    m_window = openWindow(6);
    QTRY_COMPARE(m_window->productModel()->rowCount(), 6);
    selectRows({0, 3});
    const QList<qint64> all = visibleIds();
    const qint64 a = all.at(0), b = all.at(3);
    const Product untouched = productById(all.at(1));
    QCOMPARE(child<QLabel>("selectionLabel")->text(), QStringLiteral("2 selected"));
    QVERIFY(!action("actionEdit")->isEnabled());
    QVERIFY(action("actionBulkEdit")->isEnabled());

    m_clock.advanceMs(5'000);
    action("actionBulkEdit")->trigger();
    auto *dialog = m_window->findChild<BulkEditDialog *>(QStringLiteral("bulkEditDialog"));
    QVERIFY(dialog);
    auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("okButton"));
    QVERIFY(!ok->isEnabled()); // nothing chosen yet
    QTest::mouseClick(dialog->findChild<QCheckBox *>(QStringLiteral("setPriceCheck")),
                      Qt::LeftButton);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("bulkPriceEdit")),
                     QStringLiteral("abc"));
    QVERIFY(!ok->isEnabled());
    dialog->findChild<QLineEdit *>(QStringLiteral("bulkPriceEdit"))->clear();
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("bulkPriceEdit")),
                     QStringLiteral("$1.50"));
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);

    QTRY_VERIFY(!m_window->findChild<BulkEditDialog *>());
    QTRY_COMPARE(productById(a).price.cents(), 150);
    QCOMPARE(productById(b).price.cents(), 150);
    QVERIFY(productById(a).updatedMs > untouched.updatedMs);
    QCOMPARE(productById(all.at(1)), untouched);
    QVERIFY2(child<MessageBar>("messageBar")->text().contains(QStringLiteral("Updated 2 products")),
             qPrintable(child<MessageBar>("messageBar")->text()));
}

void TestMainWindow::delete_confirmedThenUndo_restoresProducts()
{
    m_window = openWindow(8);
    QTRY_COMPARE(m_window->productModel()->rowCount(), 8);
    QTRY_COMPARE(m_window->pendingRequests(), 0);
    selectRows({1, 2});
    const QList<qint64> ids = {visibleIds().at(1), visibleIds().at(2)};
    const Product first = productById(ids.at(0));
    const Product second = productById(ids.at(1));
    QVERIFY(!action("actionUndo")->isEnabled());

    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_Delete);
    QTest::keyClick(table(), Qt::Key_Delete); // the rows are going: nothing to ask again
    QCOMPARE(m_dialogs.confirmTexts.size(), 1);
    QVERIFY2(m_dialogs.confirmTexts.first().contains(QStringLiteral("Delete 2 products?")),
             qPrintable(m_dialogs.confirmTexts.first()));
    QTRY_COMPARE(m_window->productModel()->rowCount(), 6);
    QCOMPARE(m_window->productModel()->rowOfId(ids.at(0)), -1);
    QCOMPARE(m_window->productModel()->rowOfId(ids.at(1)), -1);
    auto *bar = child<MessageBar>("messageBar");
    QVERIFY(bar->isVisible());
    QVERIFY(bar->text().contains(QStringLiteral("Deleted 2 products")));
    auto *undoButton = bar->findChild<QPushButton *>(QStringLiteral("messageBarAction"));
    QVERIFY(undoButton->isVisible());
    QTRY_VERIFY(action("actionUndo")->isEnabled());

    // Undo through the message bar's button.
    QTest::mouseClick(undoButton, Qt::LeftButton);
    QTRY_COMPARE(m_window->productModel()->rowCount(), 8);
    QCOMPARE(productById(ids.at(0)), first); // same id, title, price, timestamps
    QCOMPARE(productById(ids.at(1)), second);
    QTRY_VERIFY(!action("actionUndo")->isEnabled());
    QCOMPARE(table()->selectionModel()->selectedRows().size(), 2);

    // Delete one more and undo with Ctrl+Z.
    QTRY_COMPARE(m_window->pendingRequests(), 0);
    selectRows({0});
    const qint64 one = visibleIds().at(0);
    action("actionDelete")->trigger();
    QVERIFY(m_dialogs.confirmTexts.last().contains(productById(one).title));
    QTRY_COMPARE(m_window->productModel()->rowCount(), 7);
    QTRY_VERIFY(action("actionUndo")->isEnabled());
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_Z, Qt::ControlModifier);
    QTest::keyClick(table(), Qt::Key_Z, Qt::ControlModifier); // a second press sends nothing
    QTRY_COMPARE(m_window->productModel()->rowCount(), 8);
    QTRY_COMPARE(m_window->pendingRequests(), 0);
    QCOMPARE(child<MessageBar>("messageBar")->kind(), MessageBar::Kind::Info);
    QVERIFY(m_window->productModel()->rowOfId(one) >= 0);
}

void TestMainWindow::delete_declined_deletesNothing()
{
    m_window = openWindow(3);
    QTRY_COMPARE(m_window->productModel()->rowCount(), 3);
    QTRY_COMPARE(m_window->pendingRequests(), 0);
    selectRows({0, 1, 2});
    m_dialogs.confirmAnswer = false;
    action("actionDelete")->trigger();
    QCOMPARE(m_dialogs.confirmTexts.size(), 1);
    QVERIFY(m_dialogs.confirmTexts.first().contains(QStringLiteral("3 products")));
    QCOMPARE(m_window->pendingRequests(), 0);
    action("actionRefresh")->trigger();
    QTRY_COMPARE(m_window->pendingRequests(), 0);
    QCOMPARE(m_window->productModel()->rowCount(), 3);
}

void TestMainWindow::search_filtersByTitle()
{
    m_window = openWindow();
    QTRY_VERIFY(m_window->isListLoaded());
    const QStringList titles = {QStringLiteral("Red Lamp"), QStringLiteral("Blue Lamp"),
                                QStringLiteral("Green Chair")};
    for (const QString &t : titles) {
        action("actionNew")->trigger();
        auto *dialog = m_window->findChild<ProductDialog *>(QStringLiteral("productDialog"));
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit")), t);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("priceEdit")),
                         QStringLiteral("3"));
        dialog->accept();
        QTRY_VERIFY(!m_window->findChild<ProductDialog *>());
        QTRY_COMPARE(m_window->pendingRequests(), 0);
    }
    QCOMPARE(m_window->productModel()->rowCount(), 3);

    m_window->activateWindow(); // the dialogs were the active windows until now
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    table()->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    auto *search = child<QLineEdit>("searchEdit");
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("lamp"));
    // The filter is debounced while typing (150 ms).
    QTRY_COMPARE(table()->model()->rowCount(), 2);
    QCOMPARE(child<QLabel>("countLabel")->text(), QStringLiteral("2 of 3 products shown"));
    search->clear();
    QTest::keyClicks(search, QStringLiteral("chair"));
    QTRY_COMPARE(table()->model()->rowCount(), 1);
    QCOMPARE(table()->model()->index(0, 0).data().toString(), QStringLiteral("Green Chair"));
    QTest::keyClick(search, Qt::Key_Escape);
    QCOMPARE(search->text(), QString());
    QCOMPARE(table()->model()->rowCount(), 3);
    QTRY_VERIFY(table()->hasFocus());
    QCOMPARE(child<QLabel>("countLabel")->text(), QStringLiteral("3 products"));
}

void TestMainWindow::readOnlyDatabase_saveFails_showsInlineErrorAndKeepsText()
{
    m_window = openWindow(4);
    QTRY_COMPARE(m_window->productModel()->rowCount(), 4);
    QTRY_COMPARE(m_window->pendingRequests(), 0);
    m_window.reset();
    QVERIFY(QFile::setPermissions(dbPath(), QFileDevice::ReadOwner | QFileDevice::ReadGroup));

    m_window = openWindow();
    QTRY_COMPARE(m_window->productModel()->rowCount(), 4); // reading still works
    action("actionNew")->trigger();
    auto *dialog = m_window->findChild<ProductDialog *>(QStringLiteral("productDialog"));
    QVERIFY(dialog);
    auto *title = dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
    auto *price = dialog->findChild<QLineEdit *>(QStringLiteral("priceEdit"));
    QTest::keyClicks(title, QStringLiteral("Precious Typing"));
    QTest::keyClicks(price, QStringLiteral("42.42"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);

    auto *saveError = dialog->findChild<QLabel *>(QStringLiteral("saveError"));
    QTRY_VERIFY(saveError->isVisible());
    QVERIFY(!saveError->text().isEmpty());
    QVERIFY(dialog->isVisible());
    QCOMPARE(title->text(), QStringLiteral("Precious Typing"));
    QCOMPARE(price->text(), QStringLiteral("42.42"));
    QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("okButton"))->isEnabled());
    QCOMPARE(m_window->productModel()->rowCount(), 4);

    QFile::setPermissions(dbPath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void TestMainWindow::seed_throughInputSeam_addsProducts()
{
    m_window = openWindow();
    QTRY_VERIFY(m_window->isListLoaded());
    m_dialogs.integerAnswer = 12;
    action("actionSeed")->trigger();
    QTRY_COMPARE(m_window->productModel()->rowCount(), 12);
    m_dialogs.integerAnswer.reset(); // cancelled
    action("actionSeed")->trigger();
    QTRY_COMPARE(m_window->pendingRequests(), 0);
    QCOMPARE(m_window->productModel()->rowCount(), 12);
}

void TestMainWindow::seed_cancelledFromProgressDialog_addsNothing()
{
    m_window = openWindow();
    QTRY_VERIFY(m_window->isListLoaded());
    m_dialogs.integerAnswer = 200'000;
    action("actionSeed")->trigger();
    auto *progress = m_window->findChild<QProgressDialog *>(QStringLiteral("writeProgress"));
    QVERIFY(progress);
    emit progress->canceled();
    QTRY_COMPARE(m_window->pendingRequests(), 0);
    QVERIFY2(child<MessageBar>("messageBar")->text().contains(QStringLiteral("cancelled")),
             qPrintable(child<MessageBar>("messageBar")->text()));
    QCOMPARE(m_window->productModel()->rowCount(), 0);
    QTRY_VERIFY(!m_window->findChild<QProgressDialog *>(QStringLiteral("writeProgress")));
}

void TestMainWindow::import_json_reportsAcceptedAndRejected()
{
    m_window = openWindow();
    QTRY_VERIFY(m_window->isListLoaded());
    const QString path = m_dir->filePath(QStringLiteral("in.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"([{"title": "Imported One", "price": "1.25"},
                   {"title": "", "price": "2.00"},
                   {"title": "Imported Two", "price": 3.5},
                   {"title": "Bad Price", "price": "abc"}])");
    file.close();
    m_dialogs.fileAnswer = path;
    action("actionImport")->trigger();
    QTRY_COMPARE(m_window->productModel()->rowCount(), 2);
    QTRY_COMPARE(m_window->pendingRequests(), 0);
    QCOMPARE(m_dialogs.reports.size(), 1);
    QVERIFY2(m_dialogs.reports.first().contains(QStringLiteral("Imported 2 products")),
             qPrintable(m_dialogs.reports.first()));
    QVERIFY(m_dialogs.reports.first().contains(QStringLiteral("2 rows rejected")));
}

void TestMainWindow::settings_rememberColumnWidths()
{
    m_window = openWindow();
    QTRY_VERIFY(m_window->isListLoaded());
    table()->setColumnWidth(ProductTableModel::PriceColumn, 217);
    m_window->resize(900, 555);
    m_window->close();
    m_window.reset();

    m_window = openWindow();
    QTRY_VERIFY(m_window->isListLoaded());
    QCOMPARE(table()->columnWidth(ProductTableModel::PriceColumn), 217);
    QCOMPARE(m_window->height(), 555);
}

void TestMainWindow::lockedDatabase_uiStaysResponsive_thenSaveSucceedsOnRetry()
{
    MainWindowOptions options;
    options.database.busyTimeoutMs = 1500;
    m_window = openWindow(3, options);
    QTRY_COMPARE(m_window->productModel()->rowCount(), 3);
    QTRY_COMPARE(m_window->pendingRequests(), 0);

    // Another writer holds the write lock, as a second instance of the app would.
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                       QStringLiteral("otherWriter"));
        other.setDatabaseName(dbPath());
        QVERIFY(other.open());
        QSqlQuery lock(other);
        QVERIFY2(lock.exec(QStringLiteral("BEGIN IMMEDIATE")), qPrintable(lock.lastError().text()));

        action("actionNew")->trigger();
        auto *dialog = m_window->findChild<ProductDialog *>(QStringLiteral("productDialog"));
        QVERIFY(dialog);
        auto *title = dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
        QTest::keyClicks(title, QStringLiteral("Waiting Kettle"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("priceEdit")),
                         QStringLiteral("1,999"));
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("okButton"));
        QTest::mouseClick(ok, Qt::LeftButton);

        // The worker is stuck on the lock; the UI thread is not.
        QCOMPARE(m_window->pendingRequests(), 1);
        QVERIFY(child<QProgressBar>("busyIndicator")->isVisible());
        QVERIFY(!ok->isEnabled()); // no double submit while saving
        child<QLineEdit>("searchEdit")->setText(QStringLiteral("no such title"));
        QTRY_COMPARE(table()->model()->rowCount(), 0);
        QCOMPARE(m_window->pendingRequests(), 1);
        child<QLineEdit>("searchEdit")->clear();

        auto *saveError = dialog->findChild<QLabel *>(QStringLiteral("saveError"));
        QTRY_VERIFY_WITH_TIMEOUT(saveError->isVisible(), 15'000);
        QVERIFY2(saveError->text().contains(QStringLiteral("lock"), Qt::CaseInsensitive),
                 qPrintable(saveError->text()));
        QCOMPARE(title->text(), QStringLiteral("Waiting Kettle"));
        QVERIFY(dialog->isVisible());

        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        lock.finish();
        other.close();

        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY(!m_window->findChild<ProductDialog *>());
        QTRY_COMPARE(m_window->productModel()->rowCount(), 4);
        QCOMPARE(m_window->productModel()->product(0).title, QStringLiteral("Waiting Kettle"));
        QCOMPARE(m_window->productModel()->product(0).price.cents(), 199'900);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("otherWriter"));
}

void TestMainWindow::import_cancelledFromProgressDialog_addsNothing()
{
    const QString reference = test::writeCatalogueJson(m_dir->path(), 10'000);
    QVERIFY(!reference.isEmpty());
    m_window = openWindow();
    QTRY_VERIFY(m_window->isListLoaded());
    m_dialogs.fileAnswer = reference;
    action("actionImport")->trigger();
    auto *progress = m_window->findChild<QProgressDialog *>(QStringLiteral("writeProgress"));
    QVERIFY(progress);
    emit progress->canceled(); // what its Cancel button (or Escape) emits
    QTRY_COMPARE(m_window->pendingRequests(), 0);
    QTRY_VERIFY(!m_window->findChild<QProgressDialog *>(QStringLiteral("writeProgress")));
    QVERIFY2(child<MessageBar>("messageBar")->text().contains(QStringLiteral("cancelled")),
             qPrintable(child<MessageBar>("messageBar")->text()));
    QCOMPARE(m_window->productModel()->rowCount(), 0);
    QVERIFY(m_dialogs.reports.isEmpty());
}

void TestMainWindow::enterOnRow_opensEditDialog()
{
    m_window = openWindow(2);
    QTRY_COMPARE(m_window->productModel()->rowCount(), 2);
    selectRows({1});
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_Return);
    ProductDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<ProductDialog *>(QStringLiteral("productDialog"))));
    QVERIFY(dialog->isEdit());
    QCOMPARE(dialog->productId(),
             m_window->proxyModel()->index(1, 0).data(ProductTableModel::IdRole).toLongLong());
    dialog->reject();
}

void TestMainWindow::options_seedAndImport_runAfterOpening()
{
    const QString path = m_dir->filePath(QStringLiteral("start.csv"));
    QFile csv(path);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("title,price\nFrom CSV,2.50\n");
    csv.close();
    MainWindowOptions options;
    options.seedCount = 7;
    options.importFile = path;
    m_window = openWindow(0, options);
    QTRY_COMPARE(m_window->productModel()->rowCount(), 8);
    QTRY_COMPARE(m_window->pendingRequests(), 0);
    QVERIFY(m_window->productModel()->rowOfId(1) >= 0);
    bool found = false;
    for (const Product &p : m_window->productModel()->products())
        found = found || (p.title == QStringLiteral("From CSV") && p.price.cents() == 250);
    QVERIFY(found);
}

void TestMainWindow::keyboardOnly_selectWithArrowsAndEdit()
{
    m_window = openWindow(4);
    QTRY_COMPARE(m_window->productModel()->rowCount(), 4);
    QTRY_VERIFY(table()->hasFocus()); // the table has the keyboard from the start
    QTest::keyClick(table(), Qt::Key_Down);
    QTest::keyClick(table(), Qt::Key_Down);
    QTRY_COMPARE(table()->selectionModel()->selectedRows().size(), 1);
    const qint64 id = table()->selectionModel()
                              ->selectedRows()
                              .first()
                              .data(ProductTableModel::IdRole)
                              .toLongLong();
    QTest::keyClick(table(), Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(child<QLabel>("selectionLabel")->text(), QStringLiteral("2 selected"));
    QTest::keyClick(table(), Qt::Key_Up, Qt::ShiftModifier);
    QTest::keyClick(table(), Qt::Key_F2);
    auto *dialog = m_window->findChild<ProductDialog *>(QStringLiteral("productDialog"));
    QVERIFY(dialog);
    QCOMPARE(dialog->productId(), id);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!m_window->findChild<ProductDialog *>());
}

void TestMainWindow::about_goesThroughDialogSeam()
{
    m_window = openWindow();
    action("actionAbout")->trigger();
    QCOMPARE(m_dialogs.abouts.size(), 1);
    QVERIFY(m_dialogs.abouts.first().contains(QStringLiteral("Product Manager")));
}

void TestMainWindow::corruptDatabase_showsInlineErrorAndDisablesWrites()
{
    QFile file(dbPath());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, '\x5a'));
    file.close();
    m_window = openWindow(10);
    auto *bar = child<MessageBar>("messageBar");
    QTRY_VERIFY(bar->isVisible());
    QCOMPARE(bar->kind(), MessageBar::Kind::Error);
    QVERIFY2(bar->text().startsWith(QStringLiteral("Could not open the database")),
             qPrintable(bar->text()));
    QTRY_COMPARE(m_window->pendingRequests(), 0);
    // The list load sent behind the open failed too ("not open"): the open's error stays.
    QVERIFY2(bar->text().startsWith(QStringLiteral("Could not open the database")),
             qPrintable(bar->text()));
    QVERIFY(!action("actionNew")->isEnabled());
    QVERIFY(!action("actionImport")->isEnabled());
    QCOMPARE(m_window->productModel()->rowCount(), 0);
    // The file is left alone: nothing was seeded into it or written over it.
    QCOMPARE(QFileInfo(dbPath()).size(), 8192);
}

void TestMainWindow::cache_refreshHits_invalidateMakesTheNextLoadMiss()
{
    m_window = openWindow(5);
    QTRY_VERIFY(m_window->isListLoaded());
    QTRY_COMPARE(m_window->pendingRequests(), 0);
    auto *label = child<QLabel>("cacheLabel");
    QVERIFY(label->text().contains(QStringLiteral("memory")));
    QVERIFY2(label->text().contains(QStringLiteral("miss")), qPrintable(label->text()));

    action("actionRefresh")->trigger();
    QTRY_COMPARE(m_window->pendingRequests(), 0);
    QTRY_VERIFY2(label->text().contains(QStringLiteral("hit")), qPrintable(label->text()));

    QVERIFY(action("actionInvalidateCache")->isEnabled());
    action("actionInvalidateCache")->trigger();
    QTRY_COMPARE(m_window->pendingRequests(), 0);
    QTRY_VERIFY(child<MessageBar>("messageBar")->text().contains(QStringLiteral("invalidated")));

    action("actionRefresh")->trigger();
    QTRY_COMPARE(m_window->pendingRequests(), 0);
    QTRY_VERIFY2(label->text().contains(QStringLiteral("miss")), qPrintable(label->text()));
    QCOMPARE(m_window->productModel()->rowCount(), 5);
}

void TestMainWindow::anotherConnectionWrites_windowRefreshesWithoutBeingAsked()
{
    m_window = openWindow(3);
    QTRY_VERIFY(m_window->isListLoaded());
    QTRY_COMPARE(m_window->pendingRequests(), 0);
    {
        // Another instance: its own connection to the same file.
        auto config = DatabaseConfig::fromUrl(dbPath());
        QVERIFY(config);
        auto db = ProductSchema::open(config.value());
        QVERIFY(db);
        ProductRepository other(*db.value(), m_clock);
        QVERIFY(other.create({QStringLiteral("Written elsewhere"), Money(123)}));
    }
    // The list_version poll (every second with SQLite and a memory cache) notices the write.
    QTRY_COMPARE_WITH_TIMEOUT(m_window->productModel()->rowCount(), 4, 5000);
    QCOMPARE(m_window->productModel()->product(0).title, QStringLiteral("Written elsewhere"));
}

namespace {

/// The panel's cache calls made by `origin`, as "operation result" (e.g. "get miss").
QStringList panelCalls(const CacheCallModel *model, const QString &origin)
{
    QStringList calls;
    for (int row = 0; row < model->rowCount(); ++row) {
        const CacheCallRecord &r = model->record(row);
        if (r.origin == origin)
            calls.append(
                    (cacheOpName(r.operation) + QLatin1Char(' ') + CacheCallModel::resultText(r))
                            .trimmed());
    }
    return calls;
}

/// The full list queries the panel's SQL tab shows (not the one-row version probe).
int panelListQueries(const SqlEventModel *model)
{
    int count = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->record(row).sql.contains(QStringLiteral("FROM products ORDER BY")))
            ++count;
    }
    return count;
}

} // namespace

void TestMainWindow::debugPanel_tutorial_missSetQuery_hit_invalidateMisses_data()
{
    QTest::addColumn<bool>("redis");
    QTest::newRow("memory") << false;
    QTest::newRow("redis") << true;
}

void TestMainWindow::debugPanel_tutorial_missSetQuery_hit_invalidateMisses()
{
    QFETCH(bool, redis);
    MainWindowOptions options;
    test::RedisServer server;
    if (redis) {
        QVERIFY(server.start());
        options.cacheUrl = server.unixUrl();
    }
    const QString backend = redis ? QStringLiteral("redis") : QStringLiteral("memory");
    m_window = openWindow(5, options);
    QTRY_VERIFY(m_window->isListLoaded());
    QTRY_COMPARE(m_window->pendingRequests(), 0);
    auto *panel = child<DebugPanel>("debugPanel");
    QVERIFY(panel);
    panel->show(); // closed on a first run
    QVERIFY(panel->isVisible());
    const CacheCallModel *calls = panel->callModel();
    const SqlEventModel *sql = panel->sqlModel();
    auto *badge = child<QLabel>("cacheBadge");
    QVERIFY(badge && badge->isVisible());
    const QString load = QStringLiteral("load list");

    // First load: a get that misses, a set and one list query.
    QTRY_COMPARE(panelCalls(calls, load),
                 (QStringList{QStringLiteral("get miss"), QStringLiteral("set")}));
    // The SQL log reaches the panel on its own queued notice, maybe after the cache calls.
    QTRY_COMPARE(panelListQueries(sql), 1);
    QCOMPARE(calls->index(0, CacheCallModel::BackendColumn).data().toString(), backend);
    QCOMPARE(badge->text(), QStringLiteral("Cache ok · 0% hits"));

    // Reset statistics empties both tables.
    QTest::mouseClick(child<QPushButton>("resetStatisticsButton"), Qt::LeftButton);
    QCOMPARE(calls->rowCount(), 0);
    QCOMPARE(sql->rowCount(), 0);
    QVERIFY(child<QLabel>("cacheTotals")->text().contains(QStringLiteral("Calls <b>0</b>")));

    // Refresh: one get that hits, and no list query.
    action("actionRefresh")->trigger();
    QTRY_COMPARE(m_window->pendingRequests(), 0);
    QTRY_COMPARE(panelCalls(calls, load), QStringList{QStringLiteral("get hit")});
    QCOMPARE(panelListQueries(sql), 0);
    QCOMPARE(badge->text(), QStringLiteral("Cache ok · 100% hits"));
    QVERIFY(child<QLabel>("cacheOperationCounts")->text().contains(QStringLiteral("get 1")));

    // The panel's Invalidate cache button, then Refresh: the miss, the set and the query again.
    QTest::mouseClick(child<QPushButton>("invalidateCacheButton"), Qt::LeftButton);
    QTRY_COMPARE(m_window->pendingRequests(), 0);
    QTRY_COMPARE(panelCalls(calls, QStringLiteral("invalidate cache")),
                 QStringList{QStringLiteral("delete")});
    action("actionRefresh")->trigger();
    QTRY_COMPARE(m_window->pendingRequests(), 0);
    QTRY_COMPARE(panelCalls(calls, load),
                 (QStringList{QStringLiteral("get hit"), QStringLiteral("get miss"),
                              QStringLiteral("set")}));
    // The SQL log reaches the panel on its own queued notice, maybe after the cache calls.
    QTRY_COMPARE(panelListQueries(sql), 1);
    QCOMPARE(badge->text(), QStringLiteral("Cache ok · 50% hits"));
    QCOMPARE(m_window->productModel()->rowCount(), 5);

    // The table filters through its proxy: only the miss mentions "miss".
    auto *table = child<QTableView>("cacheCallTable");
    child<QLineEdit>("cacheFilter")->setText(QStringLiteral("miss"));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, CacheCallModel::OperationColumn).data().toString(),
             QStringLiteral("get"));
    QCOMPARE(table->model()->index(0, CacheCallModel::OriginColumn).data().toString(), load);

    // The SQL tab shows the list query with its row count.
    for (int row = 0; row < sql->rowCount(); ++row) {
        if (sql->record(row).sql.contains(QStringLiteral("FROM products ORDER BY")))
            QCOMPARE(sql->record(row).rows, 5);
    }
    child<QLineEdit>("cacheFilter")->clear();

    // Refresh again: no list query; at most the labelled one-row version probe.
    QTest::mouseClick(child<QPushButton>("resetStatisticsButton"), Qt::LeftButton);
    action("actionRefresh")->trigger();
    QTRY_COMPARE(panelCalls(calls, load), QStringList{QStringLiteral("get hit")});
    QTRY_COMPARE(m_window->pendingRequests(), 0);
    QStringList loadStatements;
    for (int row = 0; row < sql->rowCount(); ++row) {
        if (sql->record(row).origin == load)
            loadStatements.append(sql->record(row).sql);
    }
    // At most that probe: it is skipped while SQLite's WAL index shows no commit since the last.
    QVERIFY2(loadStatements.size() <= 1, qPrintable(loadStatements.join(u'\n')));
    for (const QString &statement : std::as_const(loadStatements))
        QVERIFY2(statement.contains(QStringLiteral("list_version")), qPrintable(statement));

    // Add a product: the write invalidates, so the next load misses and shows it first.
    QTest::mouseClick(child<QPushButton>("resetStatisticsButton"), Qt::LeftButton);
    m_clock.advanceMs(60'000);
    action("actionNew")->trigger();
    ProductDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<ProductDialog *>(QStringLiteral("productDialog"))));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit")),
                     QStringLiteral("Tutorial Mug"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("priceEdit")),
                     QStringLiteral("$4.20"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    QTRY_COMPARE(m_window->productModel()->rowCount(), 6);
    QTRY_COMPARE(m_window->pendingRequests(), 0);
    QCOMPARE(m_window->productModel()->product(0).title, QStringLiteral("Tutorial Mug"));
    QTRY_COMPARE(panelCalls(calls, load),
                 (QStringList{QStringLiteral("get miss"), QStringLiteral("set")}));
    // The SQL log reaches the panel on its own queued notice, maybe after the cache calls.
    QTRY_COMPARE(panelListQueries(sql), 1);

    // Bulk-edit two products: the next load misses again.
    QTest::mouseClick(child<QPushButton>("resetStatisticsButton"), Qt::LeftButton);
    selectRows({1, 2});
    action("actionBulkEdit")->trigger();
    auto *bulk = m_window->findChild<BulkEditDialog *>(QStringLiteral("bulkEditDialog"));
    QVERIFY(bulk);
    QTest::mouseClick(bulk->findChild<QCheckBox *>(QStringLiteral("setPriceCheck")),
                      Qt::LeftButton);
    QTest::keyClicks(bulk->findChild<QLineEdit *>(QStringLiteral("bulkPriceEdit")),
                     QStringLiteral("$2.00"));
    QTest::mouseClick(bulk->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<BulkEditDialog *>());
    QTRY_COMPARE(m_window->pendingRequests(), 0);
    QTRY_COMPARE(panelCalls(calls, load),
                 (QStringList{QStringLiteral("get miss"), QStringLiteral("set")}));
    // The SQL log reaches the panel on its own queued notice, maybe after the cache calls.
    QTRY_COMPARE(panelListQueries(sql), 1);
    QCOMPARE(m_window->productModel()->product(1).price.cents(), 200);

    // Invalidate cache once more: the next load misses again.
    QTest::mouseClick(child<QPushButton>("resetStatisticsButton"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>("invalidateCacheButton"), Qt::LeftButton);
    QTRY_COMPARE(panelCalls(calls, QStringLiteral("invalidate cache")),
                 QStringList{QStringLiteral("delete")});
    QTRY_COMPARE(m_window->pendingRequests(), 0);
    action("actionRefresh")->trigger();
    QTRY_COMPARE(panelCalls(calls, load),
                 (QStringList{QStringLiteral("get miss"), QStringLiteral("set")}));
    // The SQL log reaches the panel on its own queued notice, maybe after the cache calls.
    QTRY_COMPARE(panelListQueries(sql), 1);
}

void TestMainWindow::debugPanel_f12TogglesTheDock()
{
    m_window = openWindow(1);
    QTRY_VERIFY(m_window->isListLoaded());
    auto *dock = child<QDockWidget>("debugPanel");
    QVERIFY(!dock->isVisible()); // a first run shows the list alone
    QAction *toggle = action("actionDebugPanel");
    QVERIFY(toggle);
    QCOMPARE(toggle->shortcut(), QKeySequence(Qt::Key_F12));
    QTest::keyClick(m_window.get(), Qt::Key_F12);
    QTRY_VERIFY(dock->isVisible());
    QTest::keyClick(m_window.get(), Qt::Key_F12);
    QTRY_VERIFY(!dock->isVisible());
}

void TestMainWindow::deferredDebugPanel_isBuiltAfterTheListIsPainted_andShowsWhatCameBefore()
{
    // The program's setting: the hidden panel's tabs are not built before the list is on
    // screen, then they are, with the calls made while they did not exist.
    MainWindowOptions options;
    options.deferDebugPanel = true;
    m_window = openWindow(5, options);
    auto *panel = child<DebugPanel>("debugPanel");
    QVERIFY(!panel->isVisible());
    QTRY_VERIFY(m_window->isListLoaded());
    QTRY_VERIFY(panel->hasContent());
    QVERIFY(!panel->isVisible()); // built, still hidden
    auto *calls = panel->findChild<QTableView *>(QStringLiteral("cacheCallTable"));
    QVERIFY(calls);
    QVERIFY(calls->model()->rowCount() >= 2); // the first load's miss and its set
    QCOMPARE(panel->findChild<QTabWidget *>(QStringLiteral("debugTabs"))->count(), 7);
    auto *totals = panel->findChild<QLabel *>(QStringLiteral("cacheTotals"));
    const QString expected
            = QStringLiteral("Calls <b>%1</b>").arg(panel->callModel()->totals().calls);
    QVERIFY2(panel->callModel()->totals().calls >= 2 && totals->text().contains(expected),
             qPrintable(totals->text()));
}

void TestMainWindow::deferredDebugPanel_f12BeforeTheList_buildsItAtOnce()
{
    MainWindowOptions options;
    options.deferDebugPanel = true;
    options.database.driver = DatabaseConfig::Driver::Sqlite;
    options.database.path = dbPath();
    // Not shown yet: no list can have been painted.
    m_window = std::make_unique<MainWindow>(options, m_clock, m_dialogs);
    auto *panel = child<DebugPanel>("debugPanel");
    QVERIFY(!panel->hasContent());
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_F12);
    QTRY_VERIFY(panel->isVisible());
    QVERIFY(panel->hasContent());
    QVERIFY(panel->findChild<QPushButton *>(QStringLiteral("invalidateCacheButton")));
    QTRY_VERIFY(m_window->isListLoaded());
}

void TestMainWindow::fullDisk_saveFails_keepsDialogAndText_thenSavesOnceSpaceIsFreed()
{
    // The database lives on a 1 MiB tmpfs (a private mount namespace); the mount goes away at the
    // end of this function even when a check fails.
    test::TmpfsMount mount(m_dir->path(), 1 << 20);
    QVERIFY2(mount.isMounted(), qPrintable(mount.error()));
    m_window = openWindow(3);
    QTRY_COMPARE(m_window->productModel()->rowCount(), 3);
    QTRY_COMPARE(m_window->pendingRequests(), 0);
    const QString filler = m_dir->filePath(QStringLiteral("filler"));
    const auto filled = mount.fill(filler);
    QVERIFY(filled.ok());

    action("actionNew")->trigger();
    auto *dialog = m_window->findChild<ProductDialog *>(QStringLiteral("productDialog"));
    QVERIFY(dialog);
    auto *title = dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
    auto *price = dialog->findChild<QLineEdit *>(QStringLiteral("priceEdit"));
    QTest::keyClicks(title, QStringLiteral("Typed on a full disk"));
    QTest::keyClicks(price, QStringLiteral("12.34"));
    auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("okButton"));
    QTest::mouseClick(ok, Qt::LeftButton);

    auto *saveError = dialog->findChild<QLabel *>(QStringLiteral("saveError"));
    QTRY_VERIFY(saveError->isVisible());
    QVERIFY2(saveError->text().contains(QStringLiteral("disk is full")),
             qPrintable(saveError->text()));
    QVERIFY(dialog->isVisible());
    QCOMPARE(title->text(), QStringLiteral("Typed on a full disk"));
    QCOMPARE(price->text(), QStringLiteral("12.34"));
    QCOMPARE(m_window->productModel()->rowCount(), 3);

    // Space comes back: the same click saves what the user typed.
    QVERIFY(QFile::remove(filler));
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<ProductDialog *>());
    QTRY_COMPARE(m_window->productModel()->rowCount(), 4);
    QCOMPARE(m_window->productModel()->product(0).title, QStringLiteral("Typed on a full disk"));
    m_window.reset(); // close the database before the mount goes
}

void TestMainWindow::newerSchema_openIsRefused_messageNamesBothVersions_fileUntouched()
{
    {
        auto config = DatabaseConfig::fromUrl(dbPath());
        QVERIFY(config.ok());
        auto db = ProductSchema::open(config.value());
        QVERIFY(db.ok());
        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE meta SET value = 99 WHERE key = 'schema_version'")));
    }
    const QByteArray before = [this] {
        QFile f(dbPath());
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    m_window = openWindow(10);
    auto *bar = child<MessageBar>("messageBar");
    QTRY_VERIFY(bar->isVisible());
    QCOMPARE(bar->kind(), MessageBar::Kind::Error);
    QVERIFY2(bar->text().contains(QStringLiteral("newer version")), qPrintable(bar->text()));
    QVERIFY2(bar->text().contains(QStringLiteral("version 99")), qPrintable(bar->text()));
    QVERIFY2(bar->text().contains(QStringLiteral("up to %1").arg(ProductSchema::Version)),
             qPrintable(bar->text()));
    QTRY_COMPARE(m_window->pendingRequests(), 0);
    QVERIFY(!action("actionNew")->isEnabled());
    QCOMPARE(m_window->productModel()->rowCount(), 0);
    m_window.reset();
    // Nothing was seeded, migrated or written over.
    QFile f(dbPath());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
}

void TestMainWindow::open_largeCatalogue_showsTheFirstRowsBeforeTheWholeList()
{
    // The first rows of a big catalogue are in the table long before the whole list.
    constexpr int n = 200'000;
    {
        DatabaseConfig config;
        config.path = dbPath();
        auto db = ProductSchema::open(config);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
        ProductRepository repo(*db.value(), m_clock);
        QCOMPARE(repo.insertMany(ProductSeeder::generate(n), {}, QStringLiteral("seed")).value(),
                 n);
    }
    MainWindowOptions options;
    options.database.driver = DatabaseConfig::Driver::Sqlite;
    options.database.path = dbPath();
    m_window = std::make_unique<MainWindow>(options, m_clock, m_dialogs);
    // Connected before the event loop runs: every model reset and status message is seen.
    struct Reset
    {
        int rows;
        bool listLoaded;
        QList<qint64> firstIds;
    };
    QList<Reset> resets;
    ProductTableModel *model = m_window->productModel();
    connect(model, &QAbstractItemModel::modelReset, m_window.get(), [&] {
        QList<qint64> ids;
        for (int row = 0; row < std::min(5, model->rowCount()); ++row)
            ids << model->product(row).id;
        resets.append({model->rowCount(), m_window->isListLoaded(), ids});
    });
    // Connected after the window's own handler, so it sees the label that handler wrote.
    QStringList countTexts;
    connect(m_window->proxyModel(), &ProductProxyModel::productsApplied, m_window.get(),
            [&] { countTexts << child<QLabel>("countLabel")->text(); });
    QSignalSpy messages(m_window->statusBar(), &QStatusBar::messageChanged);
    m_window->show();

    QTRY_VERIFY_WITH_TIMEOUT(m_window->isListLoaded(), 30'000);
    QTRY_COMPARE(m_window->pendingRequests(), 0);
    QVERIFY(resets.size() >= 2);
    // The preview: 200 rows, newest first, while the list is still loading.
    QCOMPARE(resets.first().rows, 200);
    QVERIFY(!resets.first().listLoaded);
    // Then the whole list replaces it, with the same newest rows on top.
    QCOMPARE(resets.last().rows, n);
    QCOMPARE(model->rowCount(), n);
    QCOMPARE(m_window->proxyModel()->rowCount(), n);
    QCOMPARE(resets.last().firstIds, resets.first().firstIds);
    QCOMPARE(visibleIds().mid(0, 5), resets.first().firstIds);
    QCOMPARE(child<QLabel>("countLabel")->text(), QStringLiteral("200,000 products"));
    // While only the first rows were shown, the count did not pretend they were the catalogue.
    QVERIFY2(countTexts.contains(QStringLiteral("First 200 products; loading the rest")),
             qPrintable(countTexts.join(u'|')));
    // The running count was in the status bar, and is gone now.
    QStringList texts;
    for (const QList<QVariant> &args : std::as_const(messages))
        texts << args.at(0).toString();
    QVERIFY2(texts.contains(QStringLiteral("Loading products… 50,000")),
             qPrintable(texts.join(QLatin1Char('|'))));
    QVERIFY(!m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Loading")));
}

void TestMainWindow::open_sortedByTitle_showsNoFirstRows_onlyTheWholeList()
{
    // The first rows are newest first: under another sort they would jump, so none are shown.
    constexpr int n = 5000;
    {
        DatabaseConfig config;
        config.path = dbPath();
        auto db = ProductSchema::open(config);
        QVERIFY(db);
        ProductRepository repo(*db.value(), m_clock);
        QCOMPARE(repo.insertMany(ProductSeeder::generate(n)).value(), n);
    }
    MainWindowOptions options;
    options.database.driver = DatabaseConfig::Driver::Sqlite;
    options.database.path = dbPath();
    m_window = std::make_unique<MainWindow>(options, m_clock, m_dialogs);
    table()->sortByColumn(ProductTableModel::TitleColumn, Qt::AscendingOrder);
    QList<int> resetRows;
    ProductTableModel *model = m_window->productModel();
    connect(model, &QAbstractItemModel::modelReset, m_window.get(),
            [&] { resetRows << model->rowCount(); });
    m_window->show();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isListLoaded(), 30'000);
    QTRY_COMPARE(m_window->pendingRequests(), 0);
    QCOMPARE(resetRows, QList<int>{n});
    QCOMPARE(m_window->proxyModel()->rowCount(), n);
}

// ---- Undo / Redo, duplicates, demo data, progress, export ----------------------------------

void TestMainWindow::undoRedo_createEditBulkEdit_namedInTheMenu_throughTheShortcuts()
{
    m_window = openWindow(3);
    QTRY_COMPARE(m_window->productModel()->rowCount(), 3);
    QTRY_COMPARE(m_window->pendingRequests(), 0);
    QVERIFY(!action("actionUndo")->isEnabled());
    QVERIFY(!action("actionRedo")->isEnabled());
    // The shortcuts the brief of every desktop expects.
    QCOMPARE(action("actionUndo")->shortcut(), QKeySequence(QKeySequence::Undo));
    QVERIFY(action("actionRedo")->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Y)));
    QVERIFY(action("actionRedo")
                    ->shortcuts()
                    .contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));

    // Create "Tea".
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    fillProductDialog(QStringLiteral("Tea"), QStringLiteral("2.00"));
    QTRY_COMPARE(m_window->productModel()->rowCount(), 4);
    QTRY_COMPARE(m_window->pendingRequests(), 0);
    const qint64 tea = m_window->productModel()->product(0).id;
    const Product created = productById(tea);
    QCOMPARE(created.title, QStringLiteral("Tea"));
    QCOMPARE(actionText("actionUndo"), QStringLiteral("Undo creation of “Tea”"));

    // Edit it: F2 on its row.
    m_clock.advanceMs(10'000);
    clickRow(proxyRowOf(tea));
    QTest::keyClick(table(), Qt::Key_F2);
    fillProductDialog(QStringLiteral("Green Tea"), QStringLiteral("3.00"));
    QTRY_COMPARE(productById(tea).title, QStringLiteral("Green Tea"));
    QTRY_COMPARE(m_window->pendingRequests(), 0);
    QCOMPARE(actionText("actionUndo"), QStringLiteral("Undo edit of “Tea”"));

    // Ctrl+Z: back to the old fields; `created` kept.
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(productById(tea).title, QStringLiteral("Tea"));
    QCOMPARE(productById(tea).price.cents(), 200);
    QCOMPARE(productById(tea).createdMs, created.createdMs);
    QTRY_COMPARE(m_window->pendingRequests(), 0);
    QCOMPARE(actionText("actionRedo"), QStringLiteral("Redo edit of “Tea”"));
    QCOMPARE(actionText("actionUndo"), QStringLiteral("Undo creation of “Tea”"));
    QCOMPARE(child<MessageBar>("messageBar")->text(), QStringLiteral("Undone: edit of “Tea”."));

    // Ctrl+Shift+Z: the edit again.
    QTest::keyClick(table(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(productById(tea).title, QStringLiteral("Green Tea"));
    QCOMPARE(productById(tea).price.cents(), 300);
    QTRY_COMPARE(m_window->pendingRequests(), 0);
    QVERIFY(!action("actionRedo")->isEnabled());

    // Bulk edit two other rows (click, Ctrl+click), then undo: each gets its own price back.
    const QList<qint64> others = {visibleIds().at(1), visibleIds().at(3)};
    const Product a = productById(others.at(0));
    const Product b = productById(others.at(1));
    clickRow(1);
    clickRow(3, Qt::ControlModifier);
    QCOMPARE(table()->selectionModel()->selectedRows().size(), 2);
    QTest::keyClick(table(), Qt::Key_F2, Qt::ShiftModifier);
    BulkEditDialog *bulk = nullptr;
    QTRY_VERIFY((bulk = m_window->findChild<BulkEditDialog *>(QStringLiteral("bulkEditDialog"))));
    QTest::mouseClick(bulk->findChild<QCheckBox *>(QStringLiteral("setPriceCheck")),
                      Qt::LeftButton);
    QTest::keyClicks(bulk->findChild<QLineEdit *>(QStringLiteral("bulkPriceEdit")),
                     QStringLiteral("1.50"));
    QTest::mouseClick(bulk->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<BulkEditDialog *>());
    m_window->activateWindow(); // no window manager offscreen to do it
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTRY_COMPARE(productById(a.id).price.cents(), 150);
    QTRY_COMPARE(m_window->pendingRequests(), 0);
    QCOMPARE(actionText("actionUndo"), QStringLiteral("Undo edit of 2 products"));
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(productById(a.id).price, a.price);
    QCOMPARE(productById(b.id).price, b.price);
    QCOMPARE(productById(a.id).title, a.title);
    QTRY_COMPARE(m_window->pendingRequests(), 0);
    // Ctrl+Y: the bulk edit again; Ctrl+Z once more.
    QTest::keyClick(table(), Qt::Key_Y, Qt::ControlModifier);
    QTRY_COMPARE(productById(b.id).price.cents(), 150);
    QTRY_COMPARE(m_window->pendingRequests(), 0);
    QTest::keyClick(table(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(productById(b.id).price, b.price);
    QTRY_COMPARE(m_window->pendingRequests(), 0);

    // Undo the edit, then the creation; redo the creation: the same id comes back.
    QTest::keyClick(table(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(productById(tea).title, QStringLiteral("Tea"));
    QTRY_COMPARE(m_window->pendingRequests(), 0);
    QTest::keyClick(table(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(m_window->productModel()->rowCount(), 3);
    QCOMPARE(m_window->productModel()->rowOfId(tea), -1);
    QTRY_COMPARE(m_window->pendingRequests(), 0);
    QVERIFY(!action("actionUndo")->isEnabled());
    QCOMPARE(actionText("actionRedo"), QStringLiteral("Redo creation of “Tea”"));
    QTest::keyClick(table(), Qt::Key_Y, Qt::ControlModifier);
    QTRY_COMPARE(m_window->productModel()->rowCount(), 4);
    QCOMPARE(productById(tea), created);
}

void TestMainWindow::undoRedo_importAndSeed_removeExactlyTheInsertedRows()
{
    m_window = openWindow(2);
    QTRY_COMPARE(m_window->productModel()->rowCount(), 2);
    QTRY_COMPARE(m_window->pendingRequests(), 0);
    const QList<qint64> original = visibleIds();
    m_dialogs.fileAnswer = writeCsv(QStringLiteral("three.csv"), "Tea,1.00\nMug,2.00\nPot,3.00\n");
    QTest::keyClick(table(), Qt::Key_I, Qt::ControlModifier);
    QTRY_COMPARE(m_window->productModel()->rowCount(), 5);
    QTRY_COMPARE(m_window->pendingRequests(), 0);
    QCOMPARE(actionText("actionUndo"), QStringLiteral("Undo import of 3 products"));

    m_dialogs.integerAnswer = 10;
    action("actionSeed")->trigger();
    QTRY_COMPARE(m_window->productModel()->rowCount(), 15);
    QTRY_COMPARE(m_window->pendingRequests(), 0);
    QCOMPARE(actionText("actionUndo"), QStringLiteral("Undo adding 10 demo products"));

    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(m_window->productModel()->rowCount(), 5);
    QTRY_COMPARE(m_window->pendingRequests(), 0);
    QTest::keyClick(table(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(m_window->productModel()->rowCount(), 2);
    QTRY_COMPARE(m_window->pendingRequests(), 0);
    QCOMPARE(visibleIds(), original);
    QCOMPARE(actionText("actionRedo"), QStringLiteral("Redo import of 3 products"));
    QTest::keyClick(table(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(m_window->productModel()->rowCount(), 5);
    QTRY_COMPARE(m_window->pendingRequests(), 0);
    // The redone import is undoable again: its new ids were recorded.
    QTest::keyClick(table(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(m_window->productModel()->rowCount(), 2);
    QCOMPARE(visibleIds(), original);
}

void TestMainWindow::undo_productDeletedElsewhere_saysSo_andDropsTheStep()
{
    m_window = openWindow(3);
    QTRY_COMPARE(m_window->productModel()->rowCount(), 3);
    QTRY_COMPARE(m_window->pendingRequests(), 0);
    const qint64 id = visibleIds().at(1);
    const QString oldTitle = productById(id).title;
    clickRow(1);
    QTest::keyClick(table(), Qt::Key_F2);
    fillProductDialog(QStringLiteral("Renamed"), QStringLiteral("5.00"));
    QTRY_COMPARE(productById(id).title, QStringLiteral("Renamed"));
    QTRY_COMPARE(m_window->pendingRequests(), 0);
    {
        // Another instance deletes it.
        auto config = DatabaseConfig::fromUrl(dbPath());
        QVERIFY(config);
        auto db = ProductSchema::open(config.value());
        QVERIFY(db);
        ProductRepository other(*db.value(), m_clock);
        QVERIFY(other.remove(id));
    }
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_Z, Qt::ControlModifier);
    auto *bar = child<MessageBar>("messageBar");
    QTRY_COMPARE(bar->kind(), MessageBar::Kind::Error);
    QVERIFY2(bar->text().startsWith(QStringLiteral("Cannot undo edit of “%1”").arg(oldTitle)),
             qPrintable(bar->text()));
    QVERIFY2(bar->text().contains(QStringLiteral("removed from the undo history")),
             qPrintable(bar->text()));
    QTRY_COMPARE(m_window->pendingRequests(), 0);
    QTRY_COMPARE(m_window->productModel()->rowCount(), 2);
    QVERIFY(!action("actionUndo")->isEnabled());
    QVERIFY(!action("actionRedo")->isEnabled()); // dropped, not waiting to be redone
}

void TestMainWindow::delete_selectsTheRowBelow()
{
    m_window = openWindow(5);
    QTRY_COMPARE(m_window->productModel()->rowCount(), 5);
    QTRY_COMPARE(m_window->pendingRequests(), 0);
    const qint64 below = visibleIds().at(2);
    clickRow(1);
    QTest::keyClick(table(), Qt::Key_Delete);
    QTRY_COMPARE(m_window->productModel()->rowCount(), 4);
    QTRY_COMPARE(table()->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(table()->selectionModel()
                     ->selectedRows()
                     .first()
                     .data(ProductTableModel::IdRole)
                     .toLongLong(),
             below);
    QCOMPARE(table()->currentIndex().row(), 1);
    // The last row: the one above is selected.
    QTRY_COMPARE(m_window->pendingRequests(), 0);
    const qint64 above = visibleIds().at(2);
    clickRow(3);
    QTest::keyClick(table(), Qt::Key_Delete);
    QTRY_COMPARE(m_window->productModel()->rowCount(), 3);
    QTRY_COMPARE(table()->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(table()->selectionModel()
                     ->selectedRows()
                     .first()
                     .data(ProductTableModel::IdRole)
                     .toLongLong(),
             above);
}

void TestMainWindow::import_sameFileTwice_asksBeforeDuplicating()
{
    m_window = openWindow();
    QTRY_VERIFY(m_window->isListLoaded());
    m_dialogs.fileAnswer = writeCsv(QStringLiteral("three.csv"), "Tea,1.00\nMug,2.00\nPot,3.00\n");
    action("actionImport")->trigger();
    QTRY_COMPARE(m_window->productModel()->rowCount(), 3);
    QTRY_COMPARE(m_window->pendingRequests(), 0);
    QVERIFY(m_dialogs.chooseTexts.isEmpty()); // nothing to ask the first time

    // Cancel: nothing added.
    m_dialogs.chooseAnswer = 2;
    action("actionImport")->trigger();
    QTRY_COMPARE(m_dialogs.chooseTexts.size(), 1);
    QCOMPARE(m_dialogs.chooseTexts.first(),
             QStringLiteral("3 of 3 products are already in the catalogue (same title and "
                            "price)."));
    QTRY_COMPARE(m_window->pendingRequests(), 0);
    QCOMPARE(m_window->productModel()->rowCount(), 3);

    // Skip them: only the new row goes in.
    m_dialogs.fileAnswer
            = writeCsv(QStringLiteral("four.csv"), "Tea,1.00\nMug,2.00\nPot,3.00\nKettle,4.00\n");
    m_dialogs.chooseAnswer = 0;
    action("actionImport")->trigger();
    QTRY_COMPARE(m_window->productModel()->rowCount(), 4);
    QTRY_COMPARE(m_window->pendingRequests(), 0);
    QCOMPARE(m_dialogs.chooseTexts.last(),
             QStringLiteral("3 of 4 products are already in the catalogue (same title and "
                            "price)."));
    QVERIFY2(child<MessageBar>("messageBar")->text().contains(QStringLiteral("3 already")),
             qPrintable(child<MessageBar>("messageBar")->text()));

    // Import all: duplicates on purpose.
    m_dialogs.chooseAnswer = 1;
    action("actionImport")->trigger();
    QTRY_COMPARE(m_window->productModel()->rowCount(), 8);
}

void TestMainWindow::newCatalogue_asksOnceWhetherToAddDemoProducts()
{
    MainWindowOptions options;
    options.askDemoIfNew = true;
    m_dialogs.chooseAnswer = 0; // Yes
    m_window = openWindow(0, options);
    QTRY_COMPARE(m_window->productModel()->rowCount(), MainWindow::DemoProductCount);
    QCOMPARE(m_dialogs.chooseTexts,
             QStringList{QStringLiteral("This catalogue is empty. Add 1,000 demo products?")});
    QTRY_COMPARE(m_window->pendingRequests(), 0);
    m_window.reset();

    // Opened again: not new, not asked.
    m_window = openWindow(0, options);
    QTRY_VERIFY(m_window->isListLoaded());
    QTRY_COMPARE(m_window->pendingRequests(), 0);
    QCOMPARE(m_dialogs.chooseTexts.size(), 1);
    m_window.reset();

    // Another new catalogue, answered No: empty. With --seed N: not asked at all.
    QVERIFY(QFile::remove(dbPath()));
    QFile::remove(dbPath() + QStringLiteral("-wal"));
    QFile::remove(dbPath() + QStringLiteral("-shm"));
    m_dialogs.chooseAnswer = 1;
    m_window = openWindow(0, options);
    QTRY_COMPARE(m_dialogs.chooseTexts.size(), 2);
    QTRY_COMPARE(m_window->pendingRequests(), 0);
    QCOMPARE(m_window->productModel()->rowCount(), 0);
    m_window.reset();
    QVERIFY(QFile::remove(dbPath()));
    QFile::remove(dbPath() + QStringLiteral("-wal"));
    QFile::remove(dbPath() + QStringLiteral("-shm"));
    options.seedCount = 7;
    m_window = openWindow(0, options);
    QTRY_COMPARE(m_window->productModel()->rowCount(), 7);
    QCOMPARE(m_dialogs.chooseTexts.size(), 2);
}

void TestMainWindow::import_progressShowsCounts_andEscapeCancels()
{
    QByteArray rows;
    for (int i = 0; i < 3000; ++i)
        rows += "Item " + QByteArray::number(i) + ",1.00\n";
    m_dialogs.fileAnswer = writeCsv(QStringLiteral("big.csv"), rows);
    m_window = openWindow();
    QTRY_VERIFY(m_window->isListLoaded());
    QTRY_COMPARE(m_window->pendingRequests(), 0);

    // Hold the worker at its first progress report (direct: runs in the worker thread), so
    // the dialog shows that report while the import is still running.
    QSemaphore release;
    bool held = false;
    connect(
            m_window->worker(), &ProductWorker::progressed, m_window->worker(),
            [&](int, int, int) {
                if (!std::exchange(held, true))
                    release.acquire();
            },
            Qt::DirectConnection);
    const auto unblock = qScopeGuard([&] { release.release(); });

    QTest::keyClick(table(), Qt::Key_I, Qt::ControlModifier);
    QProgressDialog *progress = nullptr;
    QTRY_VERIFY(
            (progress = m_window->findChild<QProgressDialog *>(QStringLiteral("writeProgress"))));
    QTRY_VERIFY(progress->isVisible()); // after its minimum duration
    QTRY_COMPARE(progress->labelText(), QStringLiteral("Imported 600 of 3,000 (20%)"));
    QCOMPARE(progress->value(), 600); // the first report after 500 rows (chunks of 150)

    // A real Escape key press on the dialog, as a user gives it.
    progress->activateWindow();
    QTRY_VERIFY(QApplication::activeWindow() == progress);
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget()
                                                : static_cast<QWidget *>(progress),
                    Qt::Key_Escape);
    release.release();
    QTRY_COMPARE(m_window->pendingRequests(), 0);
    QTRY_VERIFY(!m_window->findChild<QProgressDialog *>(QStringLiteral("writeProgress")));
    QVERIFY2(child<MessageBar>("messageBar")->text().contains(QStringLiteral("cancelled")),
             qPrintable(child<MessageBar>("messageBar")->text()));
    QCOMPARE(m_window->productModel()->rowCount(), 0);
}

void TestMainWindow::export_thenImportIntoAnEmptyCatalogue_givesTheSameProducts()
{
    m_window = openWindow(40);
    QTRY_COMPARE(m_window->productModel()->rowCount(), 40);
    QTRY_COMPARE(m_window->pendingRequests(), 0);
    QMultiHash<QString, qint64> before;
    for (const Product &p : m_window->productModel()->products())
        before.insert(p.title, p.price.cents());

    for (const QString &name : {QStringLiteral("out.csv"), QStringLiteral("out.json")}) {
        m_window = openWindow();
        QTRY_COMPARE(m_window->productModel()->rowCount(), 40);
        QTRY_COMPARE(m_window->pendingRequests(), 0);
        const QString path = QDir(m_dir->path()).filePath(name);
        m_dialogs.saveAnswer = path;
        QTest::keyClick(table(), Qt::Key_E, Qt::ControlModifier);
        QTRY_COMPARE(m_window->pendingRequests(), 0);
        QCOMPARE(child<MessageBar>("messageBar")->text(),
                 QStringLiteral("Exported 40 products to %1.").arg(path));
        QVERIFY(QFile::exists(path));
        m_window.reset();

        // A fresh, empty catalogue elsewhere; import the export.
        QTemporaryDir other;
        MainWindowOptions options;
        options.importFile = path;
        options.database.driver = DatabaseConfig::Driver::Sqlite;
        options.database.path = other.filePath(QStringLiteral("fresh.db"));
        auto window = std::make_unique<MainWindow>(options, m_clock, m_dialogs);
        QTRY_COMPARE(window->productModel()->rowCount(), 40);
        QTRY_COMPARE(window->pendingRequests(), 0);
        QMultiHash<QString, qint64> after;
        for (const Product &p : window->productModel()->products())
            after.insert(p.title, p.price.cents());
        QCOMPARE(after, before);
    }
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
