// Accessibility and keyboard-only operation: every interactive control tells a screen reader
// its name and purpose, and the whole tutorial can be done without a mouse.
#include "diagnostics/cachecallmodel.h"
#include "mainwindow/pluraltranslator.h"
#include "products/producttablemodel.h"
#include "widgets/messagebar.h"

#include "uisurfaces.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

using namespace pm;

namespace {

bool isInteractive(const QWidget *w)
{
    // Qt's own parts (scroll bars, the line edit inside a spin box, dock title buttons named
    // qt_*) are named by Qt or reached through their owner.
    if (w->objectName().startsWith(QLatin1String("qt_")) || qobject_cast<const QScrollBar *>(w)
        || qobject_cast<const QHeaderView *>(w))
        return false;
    const QWidget *parent = w->parentWidget();
    if (parent
        && (qobject_cast<const QAbstractSpinBox *>(parent)
            || qobject_cast<const QComboBox *>(parent) || qobject_cast<const QLineEdit *>(parent)))
        return false;
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w)
            || qobject_cast<const QAbstractSpinBox *>(w) || qobject_cast<const QComboBox *>(w)
            || qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QTabBar *>(w)
            || qobject_cast<const QAbstractSlider *>(w) || qobject_cast<const QTextEdit *>(w)
            || qobject_cast<const QPlainTextEdit *>(w);
}

// What a screen reader gets for each visible interactive control of `root`.
QStringList unnamedControls(QWidget *root, const QString &surface, int *checked)
{
    QStringList problems;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisible() || !isInteractive(w))
            continue;
        ++*checked;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        const QString where
                = QStringLiteral("%1: %2 '%3'")
                          .arg(surface, QString::fromLatin1(w->metaObject()->className()),
                               w->objectName());
        if (!iface) {
            problems << where + QStringLiteral(" has no accessible interface");
            continue;
        }
        if (iface->text(QAccessible::Name).trimmed().isEmpty())
            problems << where + QStringLiteral(" has no accessible name");
        if (iface->text(QAccessible::Description).trimmed().isEmpty())
            problems << where + QStringLiteral(" has no accessible description");
        if (qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < iface->childCount(); ++i) {
                QAccessibleInterface *tab = iface->child(i);
                if (tab && tab->role() == QAccessible::PageTab
                    && tab->text(QAccessible::Name).trimmed().isEmpty())
                    problems << where + QStringLiteral(" tab %1 has no name").arg(i);
            }
        }
    }
    return problems;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void everySurface_everyInteractiveControl_hasNameAndDescription();
    void dialogs_tabOrder_followsTheFormTopToBottom();
    void keyboardOnly_createEditDeleteInvalidateAndEveryPanelTab();

private:
    QTableView *table() const
    {
        return m_window->findChild<QTableView *>(QStringLiteral("productTable"));
    }
    /// Sends a key press to whatever has the keyboard focus, as a user's keyboard would.
    static void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    static void type(const QString &text);
    /// What the window manager does when a dialog closes; the offscreen platform has none.
    void reactivate();

    ManualClock m_clock{1'700'000'000'000};
    test::AnsweringDialogs m_dialogs;
    std::unique_ptr<QTemporaryDir> m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_settingsDir = std::make_unique<QTemporaryDir>();
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir->path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir->path());
    QCoreApplication::setOrganizationName(QStringLiteral("ProductManagerTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_accessibility"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCoreApplication::installTranslator(new PluralTranslator(qApp));
}

void TestAccessibility::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_dialogs = test::AnsweringDialogs();
    m_window = test::openLoadedWindow(m_dir->filePath(QStringLiteral("products.db")), 5, m_clock,
                                      m_dialogs);
    QVERIFY(m_window->isListLoaded());
}

void TestAccessibility::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

void TestAccessibility::press(int key, Qt::KeyboardModifiers modifiers)
{
    QWidget *target = QApplication::focusWidget();
    if (!target)
        target = QApplication::activeWindow();
    QVERIFY2(target, "nothing has the keyboard focus");
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

void TestAccessibility::reactivate()
{
    if (m_window->isActiveWindow())
        return;
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestAccessibility::type(const QString &text)
{
    QWidget *target = QApplication::focusWidget();
    QVERIFY2(target, "nothing has the keyboard focus");
    QTest::keyClicks(target, text);
}

void TestAccessibility::everySurface_everyInteractiveControl_hasNameAndDescription()
{
    QStringList problems;
    int checked = 0;
    test::forEachSurface(m_window.get(), [&](QWidget *surface, const QString &label) {
        problems += unnamedControls(surface, label, &checked);
    });
    QVERIFY2(checked > 20, qPrintable(QString::number(checked)));
    problems.removeDuplicates();
    for (const QString &problem : std::as_const(problems))
        qWarning("%s", qPrintable(problem)); // QVERIFY2 cuts long messages
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestAccessibility::dialogs_tabOrder_followsTheFormTopToBottom()
{
    const auto chain = [](QWidget *first, int length) {
        QStringList names;
        QWidget *w = first;
        for (int i = 0; i < length && w; ++i) {
            names << w->objectName();
            w = w->nextInFocusChain();
            // The line edit inside a spin box or combo box is part of its owner.
            while (w
                   && ((w->focusPolicy() & Qt::TabFocus) != Qt::TabFocus || !w->isEnabled()
                       || !w->isVisible() || qobject_cast<QAbstractSpinBox *>(w->parentWidget())
                       || qobject_cast<QComboBox *>(w->parentWidget())))
                w = w->nextInFocusChain();
        }
        return names;
    };

    m_window->newProduct();
    auto *product = m_window->findChild<ProductDialog *>();
    QVERIFY(product);
    // Valid fields, so that Save is enabled and in the chain.
    QTest::keyClicks(product->findChild<QLineEdit *>(QStringLiteral("titleEdit")),
                     QStringLiteral("Mug"));
    QTest::keyClicks(product->findChild<QLineEdit *>(QStringLiteral("priceEdit")),
                     QStringLiteral("1.00"));
    QCOMPARE(chain(product->findChild<QWidget *>(QStringLiteral("titleEdit")), 4),
             (QStringList{QStringLiteral("titleEdit"), QStringLiteral("priceEdit"),
                          QStringLiteral("okButton"), QStringLiteral("cancelButton")}));
    product->reject();
    delete product;

    QItemSelectionModel *sm = table()->selectionModel();
    for (int row : {0, 1})
        sm->select(m_window->proxyModel()->index(row, 0),
                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    m_window->bulkEdit();
    auto *bulk = m_window->findChild<BulkEditDialog *>();
    QVERIFY(bulk);
    bulk->findChild<QCheckBox *>(QStringLiteral("setTitleCheck"))->setChecked(true);
    QTest::keyClicks(bulk->findChild<QLineEdit *>(QStringLiteral("bulkTitleEdit")),
                     QStringLiteral("Mug"));
    QCOMPARE(chain(bulk->findChild<QWidget *>(QStringLiteral("setTitleCheck")), 5),
             (QStringList{QStringLiteral("setTitleCheck"), QStringLiteral("bulkTitleEdit"),
                          QStringLiteral("setPriceCheck"), QStringLiteral("okButton"),
                          QStringLiteral("cancelButton")}));
    bulk->reject();
    delete bulk;

    m_window->openSettings();
    SettingsDialog *settings = m_window->settingsDialog();
    QVERIFY(settings);
    QCOMPARE(chain(settings->findChild<QWidget *>(QStringLiteral("databaseEdit")), 9),
             (QStringList{QStringLiteral("databaseEdit"), QStringLiteral("browseButton"),
                          QStringLiteral("cacheEdit"), QStringLiteral("timeoutSpin"),
                          QStringLiteral("neverExpireCheck"), QStringLiteral("keyPrefixEdit"),
                          QStringLiteral("languageCombo"), QStringLiteral("okButton"),
                          QStringLiteral("cancelButton")}));
    settings->reject();
}

void TestAccessibility::keyboardOnly_createEditDeleteInvalidateAndEveryPanelTab()
{
    // No mouse event anywhere below: keys go to the focus widget, as from a keyboard.
    QTRY_VERIFY2(table()->hasFocus(),
                 qPrintable(QApplication::focusWidget() ? QApplication::focusWidget()->objectName()
                                                        : QStringLiteral("no focus")));
    const int before = m_window->productModel()->rowCount();

    // Create: Ctrl+N, type the title, Tab, type the price, Enter.
    press(Qt::Key_N, Qt::ControlModifier);
    ProductDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<ProductDialog *>()));
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("titleEdit"));
    type(QStringLiteral("Keyboard Mug"));
    press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("priceEdit"));
    type(QStringLiteral("4.50"));
    press(Qt::Key_Return);
    QTRY_VERIFY(!m_window->findChild<ProductDialog *>());
    QTRY_COMPARE(m_window->productModel()->rowCount(), before + 1);
    const auto selectedTitle = [this] {
        const QModelIndexList rows = table()->selectionModel()->selectedRows();
        return rows.size() == 1 ? rows.first().data().toString() : QString();
    };
    QTRY_COMPARE(selectedTitle(), QStringLiteral("Keyboard Mug")); // the new row is selected
    reactivate();
    QTRY_VERIFY(table()->hasFocus());

    // Edit: F2, replace the title, Enter.
    press(Qt::Key_F2);
    QTRY_VERIFY((dialog = m_window->findChild<ProductDialog *>()));
    QVERIFY(dialog->isEdit());
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("titleEdit"));
    press(Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("Keyboard Cup"));
    press(Qt::Key_Return);
    QTRY_VERIFY(!m_window->findChild<ProductDialog *>());
    QTRY_COMPARE(selectedTitle(), QStringLiteral("Keyboard Cup"));

    // Delete: Del, confirmed through the Dialogs seam.
    reactivate();
    QTRY_VERIFY(table()->hasFocus());
    press(Qt::Key_Delete);
    QCOMPARE(m_dialogs.confirmTexts.size(), 1);
    QVERIFY(m_dialogs.confirmTexts.first().contains(QStringLiteral("Keyboard Cup")));
    QTRY_COMPARE(m_window->productModel()->rowCount(), before);
    QTRY_COMPARE(m_window->pendingRequests(), 0);

    // Invalidate the cache: Ctrl+Shift+I.
    auto *bar = m_window->findChild<MessageBar *>(QStringLiteral("messageBar"));
    auto *message = bar->findChild<QLabel *>(QStringLiteral("messageBarText"));
    press(Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY2(message->text().startsWith(QStringLiteral("Cache invalidated"))
                         || message->text().startsWith(QStringLiteral("The cache held no")),
                 qPrintable(message->text()));

    // F12 opens the panel; Alt+1…Alt+n switch its tabs; F12 closes it.
    DebugPanel *panel = m_window->debugPanel();
    panel->hide();
    press(Qt::Key_F12);
    QTRY_VERIFY(panel->isVisible());
    auto *tabs = panel->findChild<QTabWidget *>(QStringLiteral("debugTabs"));
    QVERIFY(tabs->count() >= 2);
    for (int i = tabs->count() - 1; i >= 0; --i) {
        press(Qt::Key_1 + i, Qt::AltModifier);
        QTRY_COMPARE(tabs->currentIndex(), i);
    }
    // The tab bar has the keyboard now: Right and Ctrl+Tab move on to the next tab.
    QVERIFY(tabs->findChild<QTabBar *>()->hasFocus());
    press(Qt::Key_Right);
    QTRY_COMPARE(tabs->currentIndex(), 1);
    press(Qt::Key_Tab, Qt::ControlModifier);
    QTRY_COMPARE(tabs->currentIndex(), 2 % tabs->count());
    press(Qt::Key_F12);
    QTRY_VERIFY(!panel->isVisible());
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
