// Renders the main window with 1,000,000 products sorted by price (not a test):
//   QT_QPA_PLATFORM=offscreen build/ci/tests/ui/pm_screenshot_large
//       docs/screenshots/main-window-1m.png [N]   (one command line)
// The catalogue is seeded into a new SQLite file by the window's worker (as --seed does), then
// listed through the cache; the price header is clicked and the shot is taken once the
// background sort is applied. It prints the timings and the longest UI-thread stall.
#include "catalogue/productproxymodel.h"
#include "core/clock.h"
#include "debug/debugpanel.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/pluraltranslator.h"
#include "products/producttablemodel.h"
#include "screenshotsupport.h"
#include "widgets/dialogs.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QSettings>
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
    const int count = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 1'000'000;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    pm::PluralTranslator plurals;
    QApplication::installTranslator(&plurals);
    QTemporaryDir dir;
    QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());

    pm::MainWindowOptions options;
    options.database.path = dir.filePath(QStringLiteral("products.db"));
    options.seedIfNew = count;
    pm::test::NoDialogs dialogs;
    pm::MainWindow window(options, pm::SystemClock::instance(), dialogs);
    window.resize(1100, 680);
    window.debugPanel()->hide();
    window.show();
    auto *table = window.findChild<QTableView *>(QStringLiteral("productTable"));
    pm::ProductProxyModel *proxy = window.proxyModel();

    QElapsedTimer sinceStart;
    sinceStart.start();
    QElapsedTimer tick;
    tick.start();
    qint64 longestStallMs = 0;
    QTimer heartbeat;
    QObject::connect(&heartbeat, &QTimer::timeout, &window,
                     [&] { longestStallMs = std::max(longestStallMs, tick.restart()); });
    heartbeat.start(5);

    int exitCode = 1;
    bool sortRequested = false;
    QElapsedTimer sortTimer;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &window, [&] {
        if (!sortRequested) {
            if (!window.isListLoaded() || window.pendingRequests() > 0
                || window.productModel()->rowCount() < count)
                return;
            qInfo("%d products shown after %lld ms; longest UI stall so far %lld ms",
                  window.productModel()->rowCount(), sinceStart.elapsed(), longestStallMs);
            longestStallMs = 0;
            sortRequested = true;
            sortTimer.start();
            // A click on the Price header, as a user sorts.
            QHeaderView *header = table->horizontalHeader();
            const QPoint price(header->sectionViewportPosition(pm::ProductTableModel::PriceColumn)
                                       + header->sectionSize(pm::ProductTableModel::PriceColumn)
                                               / 2,
                               header->height() / 2);
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, price);
            return;
        }
        if (proxy->isBusy() || proxy->sortColumn() != pm::ProductTableModel::PriceColumn)
            return;
        poll.stop();
        qInfo("sorted by price after %lld ms; longest UI stall while sorting %lld ms",
              sortTimer.elapsed(), longestStallMs);
        QTimer::singleShot(100, &window, [&] {
            exitCode = window.grab().save(out) ? 0 : 1;
            app.quit();
        });
    });
    poll.start(20);
    app.exec();
    return exitCode;
}
