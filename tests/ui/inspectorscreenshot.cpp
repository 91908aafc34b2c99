// Renders the debug panel's Inspector and Console tabs with demo data (not a test):
//   QT_QPA_PLATFORM=offscreen build/ci/tests/ui/pm_inspector_screenshot docs/screenshots
//   [CACHE_URL] [--lang LANG]
// writes debug-inspector.png, debug-inspector-tree.png (grouped by version),
// debug-inspector-log.png and debug-console.png at 1280×800 (with --lang ar: only
// debug-inspector-ar.png, right to left): the
// tutorial's load, a few console commands (the tutorial's "interact with the low-level cache API"),
// Invalidate cache and a reload, then the cached product list selected in the inspector.
#include "core/clock.h"
#include "debug/cacheconsolewidget.h"
#include "debug/cacheinspectorwidget.h"
#include "debug/debugpanel.h"
#include "debug/inspectorkeymodel.h"
#include "i18n/languagesetup.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/pluraltranslator.h"
#include "screenshotsupport.h"
#include "widgets/dialogs.h"

#include <QApplication>
#include <QDir>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

namespace {

/// Calls `done` once `ready` holds, polling the event loop (no sleeps).
void when(QObject *context, std::function<bool()> ready, std::function<void()> done)
{
    auto *timer = new QTimer(context);
    QObject::connect(timer, &QTimer::timeout, context, [timer, ready, done] {
        if (!ready())
            return;
        timer->stop();
        timer->deleteLater();
        done();
    });
    timer->start(30);
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 2)
        return 2;
    const QDir outDir(QString::fromLocal8Bit(argv[1]));
    QString cacheUrl;
    QString language = QStringLiteral("en");
    for (int i = 2; i < argc; ++i) {
        if (qstrcmp(argv[i], "--lang") == 0 && i + 1 < argc)
            language = QString::fromLocal8Bit(argv[++i]);
        else
            cacheUrl = QString::fromLocal8Bit(argv[i]);
    }
    const QString suffix
            = language == QLatin1String("en") ? QString() : QLatin1Char('-') + language;
    auto file = [&](const char *name) {
        return outDir.filePath(QString::fromLatin1(name) + suffix + QStringLiteral(".png"));
    };
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    pm::PluralTranslator plurals;
    QApplication::installTranslator(&plurals);
    pm::LanguageSetup languages;
    languages.install(language);
    QTemporaryDir dir;
    QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());

    pm::MainWindowOptions options;
    options.database.path = dir.filePath(QStringLiteral("products.db"));
    options.seedIfNew = 1000;
    if (!cacheUrl.isEmpty())
        options.cacheUrl = cacheUrl;
    pm::test::NoDialogs dialogs;
    pm::MainWindow window(options, pm::SystemClock::instance(), dialogs);
    window.resize(1280, 800);
    window.show();
    pm::DebugPanel *panel = window.debugPanel();
    panel->show();
    auto *tabs = panel->findChild<QTabWidget *>(QStringLiteral("debugTabs"));
    auto *inspector = panel->findChild<pm::CacheInspectorWidget *>(QStringLiteral("inspectorTab"));
    auto *console = panel->findChild<pm::CacheConsoleWidget *>(QStringLiteral("consoleTab"));
    if (!tabs || !inspector || !console)
        return 1;

    int exitCode = 1;
    auto settled = [&] {
        return window.isListLoaded() && window.pendingRequests() == 0;
    };
    when(&window, settled, [&] {
        QApplication::processEvents();
        window.resizeDocks({panel}, {470}, Qt::Vertical);
        // The tutorial's session with the low-level API, plus keys of every kind.
        tabs->setCurrentWidget(console);
        for (const char *line :
             {"set my_key \"my new value\" timeout=120", "get my_key", "get_or_set visits 42",
              "incr visits 10", "set_many a=1 b=2", "get_many a b c", "touch my_key 180",
              "ttl my_key", "set session:7f3a {\"user\":17,\"cart\":[3,9]} timeout=1800",
              "set flags [true,false,null] timeout=forever", "incr missing", "get product_objects",
              "set x \"unterminated"})
            console->execute(QString::fromLatin1(line));
        window.invalidateCache();
        window.refresh();
        when(
                &window, [&] { return settled() && !console->isBusy(); },
                [&] {
                    if (suffix.isEmpty() && !window.grab().save(file("debug-console")))
                        return app.exit(1);
                    tabs->setCurrentWidget(inspector);
                    inspector->refresh();
                    when(
                            &window, [&] { return !inspector->isBusy(); },
                            [&] {
                                auto *table = inspector->findChild<QTableView *>(
                                        QStringLiteral("inspectorKeyTable"));
                                auto *proxy = qobject_cast<QSortFilterProxyModel *>(table->model());
                                auto *keys = inspector->keyModel();
                                for (int row = 0; row < keys->rowCount(); ++row) {
                                    if (keys->keyAt(row).userKey
                                        == QLatin1String("product_objects")) {
                                        table->setCurrentIndex(
                                                proxy->mapFromSource(keys->index(row, 0)));
                                    }
                                }
                                if (auto *splitter = inspector->findChild<QSplitter *>(
                                            QStringLiteral("inspectorSplitter")))
                                    splitter->setSizes({560, 700});
                                if (auto *check = inspector->findChild<QPushButton *>(
                                            QStringLiteral("inspectorConsistencyButton")))
                                    check->click();
                                when(
                                        &window, [&] { return !inspector->isBusy(); },
                                        [&] {
                                            QApplication::processEvents();
                                            exitCode = window.grab().save(file("debug-inspector"))
                                                    ? 0
                                                    : 1;
                                            // The same keys as a tree: prefix → version → keys.
                                            inspector->setGrouped(true);
                                            QApplication::processEvents();
                                            if (suffix.isEmpty()
                                                && !window.grab().save(
                                                        file("debug-inspector-tree")))
                                                exitCode = 1;
                                            inspector->setGrouped(false);
                                            // The invalidation log: the seed, Invalidate cache, and
                                            // their keys.
                                            auto *sub = inspector->findChild<QTabWidget *>(
                                                    QStringLiteral("inspectorSubTabs"));
                                            sub->setCurrentIndex(1);
                                            QApplication::processEvents();
                                            if (suffix.isEmpty()
                                                && !window.grab().save(file("debug-inspector-log")))
                                                exitCode = 1;
                                            app.quit();
                                        });
                            });
                });
    });
    app.exec();
    return exitCode;
}
