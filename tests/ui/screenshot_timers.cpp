// Renders the debug panel's Timer, History and Charts tabs with realistic data (not a test):
//   QT_QPA_PLATFORM=offscreen build/ci/tests/ui/pm_screenshot_timers docs/screenshots [suffix
//   [dark]]
// e.g. suffix "@2x" with QT_SCALE_FACTOR=2. The window is 1280×800 (logical pixels) with the
// panel docked at the bottom, after opening a 1,000-product catalogue and a run of refreshes
// with two "Invalidate cache" presses in between; then the SQL tab with the plan of the last
// list query (debug-panel-explain). It prints what each action measured.
#include "core/clock.h"
#include "debug/debugpanel.h"
#include "debug/historywidget.h"
#include "diagnostics/actionlog.h"
#include "diagnostics/actiontablemodel.h"
#include "diagnostics/sqleventmodel.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/pluraltranslator.h"
#include "screenshotsupport.h"
#include "widgets/dialogs.h"

#include <QApplication>
#include <QPalette>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <deque>
#include <functional>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 2)
        return 2;
    const QString outDir = QString::fromLocal8Bit(argv[1]);
    const QString suffix = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString();
    if (argc > 3 && qstrcmp(argv[3], "dark") == 0)
        pm::test::useDarkPalette();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    pm::PluralTranslator plurals;
    QApplication::installTranslator(&plurals);
    QTemporaryDir dir;
    QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());

    pm::MainWindowOptions options;
    options.database.path = dir.filePath(QStringLiteral("products.db"));
    options.seedIfNew = 1000;
    pm::test::NoDialogs dialogs;
    pm::MainWindow window(options, pm::SystemClock::instance(), dialogs);
    window.resize(1280, 800);
    window.show();
    pm::DebugPanel *panel = window.debugPanel();
    QApplication::processEvents();
    window.resizeDocks({panel}, {430}, Qt::Vertical);

    // The tutorial's rhythm: refreshes that hit, an invalidation, a miss, more hits.
    std::deque<std::function<void()>> steps;
    const std::function<void()> refresh = [&] {
        window.refresh();
    };
    const std::function<void()> invalidate = [&] {
        window.invalidateCache();
    };
    for (const auto &step : {refresh, refresh, refresh, invalidate, refresh, refresh, refresh,
                             refresh, invalidate, refresh, refresh, refresh, refresh, refresh})
        steps.push_back(step);

    int exitCode = 1;
    auto shoot = [&](const char *tabName, const QString &file) {
        auto *tabs = panel->findChild<QTabWidget *>(QStringLiteral("debugTabs"));
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->widget(i)->objectName() == QLatin1String(tabName))
                tabs->setCurrentIndex(i);
        }
        QApplication::processEvents();
        const QString path = outDir + QLatin1Char('/') + file + suffix + QStringLiteral(".png");
        if (!window.grab().save(path)) {
            qWarning("cannot save %s", qPrintable(path));
            exitCode = 1;
        }
    };

    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &window, [&] {
        if (!window.isListLoaded() || window.pendingRequests() > 0)
            return;
        if (!steps.empty()) {
            steps.front()();
            steps.pop_front();
            return;
        }
        poll.stop();
        // History: the first load pinned, the miss after the second invalidation selected.
        pm::ActionLog *log = panel->actionLog();
        int firstLoad = 0;
        int lastMiss = 0;
        for (const pm::ActionRecord &a : log->actions()) {
            if (a.name == QLatin1String("load list") && firstLoad == 0)
                firstLoad = a.id;
            if (a.misses > 0)
                lastMiss = a.id;
        }
        log->setPinned(firstLoad, true);
        panel->historyWidget()->selectAction(lastMiss);
        exitCode = 0;
        shoot("timerTab", QStringLiteral("debug-panel-timer"));
        shoot("historyTab", QStringLiteral("debug-panel-history"));
        // Selecting scrolled the list by part of a row; show it from the pinned action on.
        panel->findChild<QTableView *>(QStringLiteral("historyTable"))->scrollToTop();
        shoot("historyTab", QStringLiteral("debug-panel-history"));
        shoot("chartWidget", QStringLiteral("debug-panel-charts"));

        // What the run measured, for docs and reports: one line per action.
        for (const pm::ActionRecord &a : log->actions()) {
            using M = pm::ActionTableModel;
            qInfo("%-16s wall %10s  cpu %10s  cache %10s  sql %10s  model %10s  paint %10s  "
                  "hits %d misses %d statements %d",
                  qPrintable(a.name), qPrintable(M::formatNs(a.wallNs)),
                  qPrintable(M::formatNs(a.cpuNs)), qPrintable(M::formatNs(a.cacheNs)),
                  qPrintable(M::formatNs(a.sqlNs)), qPrintable(M::formatNs(a.modelNs)),
                  qPrintable(M::formatNs(a.paintNs)), a.hits, a.misses, a.statements);
        }

        // The SQL tab with the plan of the last list query.
        auto *table = panel->findChild<QTableView *>(QStringLiteral("sqlTable"));
        const pm::SqlEventModel *sql = panel->sqlModel();
        for (int r = sql->rowCount() - 1; r >= 0; --r) {
            if (sql->record(r).sql.contains(QLatin1String("FROM products ORDER BY"))) {
                auto *proxy = qobject_cast<QSortFilterProxyModel *>(table->model());
                const QModelIndex index = proxy->mapFromSource(sql->index(r, 0));
                table->selectRow(index.row());
                table->scrollTo(index);
                break;
            }
        }
        auto *plan = panel->findChild<QPlainTextEdit *>(QStringLiteral("sqlExplainView"));
        panel->explainSelected();
        auto *wait = new QTimer(&window);
        QObject::connect(wait, &QTimer::timeout, &window, [&, wait, plan] {
            if (window.pendingRequests() > 0
                || !plan->toPlainText().contains(QLatin1String("SCAN")))
                return;
            wait->stop();
            shoot("sqlTab", QStringLiteral("debug-panel-explain"));
            app.quit();
        });
        wait->start(30);
    });
    poll.start(30);
    app.exec();
    return exitCode;
}
