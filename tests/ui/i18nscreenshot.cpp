// Renders the main window in a language, optionally in a dark palette, for docs/screenshots
// (not a test). Run it at QT_SCALE_FACTOR=2 for the high-DPI shot:
//   QT_QPA_PLATFORM=offscreen build/ci/tests/ui/pm_i18n_screenshot OUT.png LANG [dark] [panel]
//   scripts/screenshots-i18n.sh renders the set under docs/screenshots/.
#include "i18n/languagesetup.h"
#include "mainwindow/pluraltranslator.h"

#include "screenshotsupport.h"
#include "uisurfaces.h"

#include <QApplication>
#include <QPalette>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 3) {
        qWarning("usage: pm_i18n_screenshot OUT.png LANG [dark] [panel]");
        return 2;
    }
    const QString out = QString::fromLocal8Bit(argv[1]);
    const QString language = QString::fromLocal8Bit(argv[2]);
    bool dark = false;
    bool panel = false;
    for (int i = 3; i < argc; ++i) {
        dark = dark || qstrcmp(argv[i], "dark") == 0;
        panel = panel || qstrcmp(argv[i], "panel") == 0;
    }
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    if (dark) {
        pm::test::useDarkPalette();
    }
    pm::PluralTranslator plurals;
    QApplication::installTranslator(&plurals);
    pm::LanguageSetup languages;
    languages.install(language);

    QTemporaryDir dir;
    pm::test::AnsweringDialogs dialogs;
    pm::MainWindowOptions options;
    options.database.path = dir.filePath(QStringLiteral("products.db"));
    options.seedIfNew = 200;
    pm::MainWindow window(options, pm::SystemClock::instance(), dialogs);
    window.resize(1100, 680);
    window.debugPanel()->setVisible(panel);
    window.show();

    int exitCode = 1;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &window, [&] {
        if (!window.isListLoaded() || window.pendingRequests() > 0)
            return;
        poll.stop();
        if (panel) {
            window.refresh(); // a hit next to the first miss
        }
        auto *table = window.findChild<QTableView *>(QStringLiteral("productTable"));
        for (int row : {1, 2})
            table->selectionModel()->select(window.proxyModel()->index(row, 0),
                                            QItemSelectionModel::Select
                                                    | QItemSelectionModel::Rows);
        QTimer::singleShot(300, &window, [&] {
            exitCode = window.grab().save(out) ? 0 : 1;
            app.quit();
        });
    });
    poll.start(20);
    QTimer::singleShot(60'000, &app, [&] { app.exit(3); }); // never hang a script
    const int code = app.exec();
    return code == 0 ? exitCode : code;
}
