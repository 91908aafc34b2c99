// Renders the main window with demo data to a PNG for docs/screenshots (not a test):
//   QT_QPA_PLATFORM=offscreen build/ci/tests/ui/pm_screenshot docs/screenshots/main-window.png [N
//   [dark]]
// Next to main-window.png it renders debug-panel.png and debug-panel-sql.png: the window at
// 1280×800 with the debug panel after the tutorial's load, Refresh, Invalidate cache, Refresh.
#include "catalogue/productdialog.h"
#include "catalogue/productproxymodel.h"
#include "core/clock.h"
#include "debug/debugpanel.h"
#include "diagnostics/cachecallmodel.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/pluraltranslator.h"
#include "products/producttablemodel.h"
#include "screenshotsupport.h"
#include "widgets/dialogs.h"

#include <QApplication>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPalette>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 2)
        return 2;
    const QString out = QString::fromLocal8Bit(argv[1]);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    if (argc > 3 && qstrcmp(argv[3], "dark") == 0) {
        // A dark palette, to check that nothing hard-codes light colours.
        pm::test::useDarkPalette();
    }
    pm::PluralTranslator plurals;
    QApplication::installTranslator(&plurals);
    QTemporaryDir dir;
    QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());

    pm::MainWindowOptions options;
    options.database.path = dir.filePath(QStringLiteral("products.db"));
    options.seedIfNew = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 1000;
    pm::test::NoDialogs dialogs;
    pm::MainWindow window(options, pm::SystemClock::instance(), dialogs);
    window.resize(1100, 680);
    window.debugPanel()->hide(); // main-window.png shows the catalogue alone
    window.show();

    int exitCode = 1;
    QElapsedTimer sinceStart;
    sinceStart.start();
    // The longest the UI thread went without running its event loop: what a user feels.
    QElapsedTimer tick;
    tick.start();
    qint64 longestStallMs = 0;
    QTimer heartbeat;
    QObject::connect(&heartbeat, &QTimer::timeout, &window,
                     [&] { longestStallMs = std::max(longestStallMs, tick.restart()); });
    heartbeat.start(5);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &window, [&] {
        if (!window.isListLoaded() || window.pendingRequests() > 0)
            return;
        poll.stop();
        qInfo("list shown after %lld ms; longest UI stall %lld ms", sinceStart.elapsed(),
              longestStallMs);
        auto *table = window.findChild<QTableView *>(QStringLiteral("productTable"));
        QItemSelectionModel *sm = table->selectionModel();
        for (int row : {2, 3, 5}) {
            sm->select(window.proxyModel()->index(row, 0),
                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
        QTimer::singleShot(100, &window, [&] {
            exitCode = window.grab().save(out) ? 0 : 1;
            // The New dialog with a rule broken, next to the window's shot.
            window.newProduct();
            auto *dialog = window.findChild<pm::ProductDialog *>();
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit")),
                             QStringLiteral("Blue Mug"));
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("priceEdit")),
                             QStringLiteral("9.031"));
            QString dialogOut = out;
            dialogOut.replace(QStringLiteral("main-window"), QStringLiteral("product-dialog"));
            if (dialogOut != out && !dialog->grab().save(dialogOut))
                exitCode = 1;
            dialog->reject();
            QString panelOut = out;
            panelOut.replace(QStringLiteral("main-window"), QStringLiteral("debug-panel"));
            if (panelOut == out) {
                app.quit();
                return;
            }
            // The tutorial: Refresh (a hit), Invalidate cache, Refresh (a miss and a set).
            pm::DebugPanel *panel = window.debugPanel();
            panel->show();
            window.resize(1280, 800);
            QApplication::processEvents(); // lay out at the new size before sizing the dock
            window.resizeDocks({panel}, {400}, Qt::Vertical);
            window.refresh();
            window.invalidateCache();
            window.refresh();
            auto *shot = new QTimer(&window);
            QObject::connect(shot, &QTimer::timeout, &window, [&, shot, panel, panelOut] {
                if (window.pendingRequests() > 0 || panel->callModel()->rowCount() < 4)
                    return;
                shot->stop();
                if (!window.grab().save(panelOut))
                    exitCode = 1;
                auto *tabs = panel->findChild<QTabWidget *>(QStringLiteral("debugTabs"));
                tabs->setCurrentIndex(1);
                QString sqlOut = panelOut;
                sqlOut.replace(QStringLiteral("debug-panel"), QStringLiteral("debug-panel-sql"));
                if (!window.grab().save(sqlOut))
                    exitCode = 1;
                app.quit();
            });
            shot->start(50);
        });
    });
    poll.start(50);
    app.exec();
    return exitCode;
}
