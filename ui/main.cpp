// Composition root: parse arguments, build settings → database → cache → services → window.
#include "cache/cacheurl.h"
#include "core/allocator.h"
#include "core/clock.h"
#include "core/logging.h"
#include "db/database.h"
#include "i18n/languagesetup.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/pluraltranslator.h"
#include "widgets/dialogs.h"
#include "worker/connectionsettings.h"
#include "worker/passwordstore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

#include <cstdio>
#include <optional>

namespace {

constexpr int DemoProductsForNewDatabase = 1000;

struct Options
{
    QString database;
    QString cache;
    QString language;
    QString importFile;
    int seed = 0;
    bool demoIfNew = false; ///< --demo-if-new: demo products for a new catalogue, unasked
};

// Spelled out at each call (not a QCoreApplication::translate("main", ) helper) so that lupdate
// sees the "main" context. Parses the command line without a QCoreApplication, so that --help and
// --version work with no display. Returns an exit code when the program should stop.
std::optional<int> parseArguments(int argc, char *argv[], Options &options)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
            "main",
            "Product Manager: a product catalogue whose list loads through a low-level "
            "cache."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption database(
            {QStringLiteral("database")},
            QCoreApplication::translate(
                    "main",
                    "The catalogue: sqlite:///path/products.db, a file path, or "
                    "postgresql://user@host/dbname. Default: products.db in the data directory."),
            QCoreApplication::translate("main", "URL"));
    const QCommandLineOption cache(
            {QStringLiteral("cache")},
            QCoreApplication::translate("main",
                                        "The cache: memory:// (default), redis://host:port/db, "
                                        "rediss://host:port/db?ssl_ca_certs=PATH (TLS), "
                                        "unix:///path/redis.sock?db=N or "
                                        "redis-sentinel://host:port,host:port/db?service=NAME."),
            QCoreApplication::translate("main", "URL"));
    const QCommandLineOption seed(
            {QStringLiteral("seed")},
            QCoreApplication::translate("main", "Add N generated demo products after opening."),
            QCoreApplication::translate("main", "N"));
    const QCommandLineOption import(
            {QStringLiteral("import")},
            QCoreApplication::translate("main",
                                        "Import products from a JSON or CSV file after opening."),
            QCoreApplication::translate("main", "FILE"));
    const QCommandLineOption lang(
            {QStringLiteral("lang")},
            QCoreApplication::translate("main", "The user interface language (e.g. sv, de, ar)."),
            QCoreApplication::translate("main", "CODE"));
    const QCommandLineOption demoIfNew(
            {QStringLiteral("demo-if-new")},
            QCoreApplication::translate("main",
                                        "Add 1,000 demo products to a new, empty catalogue "
                                        "without asking."));
    parser.addOptions({database, cache, seed, import, lang, demoIfNew});

    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "%s\n%s\n", qPrintable(parser.errorText()),
                     qPrintable(QCoreApplication::translate("main", "Try --help.")));
        return 2;
    }
    if (parser.isSet(help) || parser.isSet(QStringLiteral("help-all"))) {
        // Without an application object the parser cannot know the program's name.
        QString text = parser.helpText();
        text.replace(QStringLiteral("<executable_name>"), QStringLiteral("productmanager"));
        // QCommandLineParser has no epilogue: the environment and exit status follow its text.
        text += QCoreApplication::translate(
                "main",
                "\nEnvironment:\n"
                "  PM_CACHE_PASSWORD  The Redis password when the cache URL has none.\n"
                "  PGPASSWORD         The PostgreSQL password when the database URL has none "
                "(read by libpq, as is ~/.pgpass).\n"
                "  QT_QPA_PLATFORM    offscreen runs without a display.\n"
                "\nExit status: 0 on success, 2 for invalid arguments.\n");
        std::fputs(qPrintable(text), stdout);
        return 0;
    }
    if (parser.isSet(version)) {
        std::printf("productmanager %s\n", PM_VERSION);
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("main", "Unexpected argument: %1")
                                        .arg(parser.positionalArguments().constFirst())));
        return 2;
    }
    options.database = parser.value(database);
    options.cache = parser.value(cache);
    if (!options.cache.isEmpty()) {
        // Checked here, before a window exists, so a typo is one clear line on stderr.
        if (auto url = pm::CacheUrl::parse(options.cache); !url) {
            std::fprintf(stderr, "%s\n", qPrintable(url.error().message));
            return 2;
        }
    }
    options.language = parser.value(lang);
    options.importFile = parser.value(import);
    options.demoIfNew = parser.isSet(demoIfNew);
    if (parser.isSet(seed)) {
        bool ok = false;
        options.seed = parser.value(seed).toInt(&ok);
        if (!ok || options.seed < 1 || options.seed > 1'000'000) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate(
                                 "main", "--seed expects a number from 1 to 1000000.")));
            return 2;
        }
    }
    return std::nullopt;
}

} // namespace

int main(int argc, char *argv[])
{
    // Before anything allocates: list-sized buffers reuse warm heap pages (core/allocator.h).
    pm::tuneAllocator();
    // Static setters work before the application object exists; the parser needs them.
    QCoreApplication::setOrganizationName(QStringLiteral("ProductManager"));
    QCoreApplication::setApplicationName(QStringLiteral("ProductManager"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PM_VERSION));

    Options options;
    if (const auto exitCode = parseArguments(argc, argv, options))
        return *exitCode;

    QApplication app(argc, argv);
    // A C/POSIX locale states no preference: show prices and dates the common English way
    // ("$9.03") rather than the C locale's bare "9.03$".
    if (QLocale::system().language() == QLocale::C)
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    pm::PluralTranslator plurals; // English plural forms; real translations install later
    QApplication::installTranslator(&plurals);
    QApplication::setDesktopFileName(QStringLiteral("productmanager"));

    // The command line overrides the saved settings for this run only.
    QSettings settings;
    const pm::ConnectionSettings saved = pm::ConnectionSettings::load(settings);
    if (options.database.isEmpty() && !saved.database.isEmpty()) {
        if (pm::DatabaseConfig::fromUrl(saved.database))
            options.database = saved.database;
        else // edited by hand: say so, and use the default rather than refuse to start
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate(
                                 "main",
                                 "The saved database setting is invalid; using the "
                                 "default catalogue.")));
    }
    if (options.cache.isEmpty())
        options.cache = saved.cache; // an unusable URL falls back to memory:// with a message
    if (options.language.isEmpty())
        options.language = saved.language;

    // --lang, else the settings dialog's choice, else the system locale. Translators go in
    // before any widget exists, so every tr() below and in the window sees them.
    pm::LanguageSetup languages;
    bool unknownLanguage = false;
    const QString language
            = pm::LanguageSetup::resolve(options.language, QLocale::system(), &unknownLanguage);
    if (unknownLanguage)
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate(
                                        "main", "No translation for language \"%1\"; using %2.")
                                        .arg(options.language, language)));
    languages.install(language);
    QApplication::setApplicationDisplayName(QCoreApplication::translate("main", "Product Manager"));

    pm::MainWindowOptions windowOptions;
    if (options.database.isEmpty()) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        if (!QDir().mkpath(dir)) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate(
                                            "main", "Cannot create the data directory %1.")
                                            .arg(dir)));
            return 1;
        }
        windowOptions.database.driver = pm::DatabaseConfig::Driver::Sqlite;
        windowOptions.database.path = QDir(dir).filePath(QStringLiteral("products.db"));
    } else {
        auto config = pm::DatabaseConfig::fromUrl(options.database);
        if (!config) {
            std::fprintf(stderr, "%s\n", qPrintable(config.error().message));
            return 2;
        }
        windowOptions.database = *config;
    }
    // A new, empty catalogue: the window asks whether to add demo products, unless
    // --demo-if-new (scripts/run.sh's quick start) adds them unasked.
    if (options.demoIfNew)
        windowOptions.seedIfNew = DemoProductsForNewDatabase;
    else
        windowOptions.askDemoIfNew = true;
    if (!options.importFile.isEmpty())
        windowOptions.importFile = QFileInfo(options.importFile).absoluteFilePath();
    windowOptions.seedCount = options.seed;
    if (options.seed > 0 || !options.importFile.isEmpty()) {
        // The user asked for specific data: no extra demo rows, no question.
        windowOptions.seedIfNew = 0;
        windowOptions.askDemoIfNew = false;
    }
    windowOptions.cacheUrl = options.cache;
    windowOptions.cacheKeyPrefix = saved.keyPrefix;
    windowOptions.cacheDefaultTimeoutS = saved.neverExpire ? -1 : saved.defaultTimeoutS;
    windowOptions.language = options.language;
    qCInfo(lcUi) << "database" << windowOptions.database.redactedUrl();

    // A remembered password comes from the keychain, asynchronously: the window shows at
    // once and opens the catalogue when the passwords are in (or known to be absent).
    const bool rememberDatabase = saved.rememberDatabasePassword
            && windowOptions.database.driver != pm::DatabaseConfig::Driver::Sqlite;
    windowOptions.deferOpen = rememberDatabase || saved.rememberCachePassword;
    windowOptions.deferDebugPanel = true;

    pm::StandardDialogs dialogs;
    pm::MainWindow window(windowOptions, pm::SystemClock::instance(), dialogs);
    window.show();
    if (windowOptions.deferOpen) {
        const QString database = rememberDatabase ? windowOptions.database.url() : QString();
        const QString cache = saved.rememberCachePassword ? windowOptions.cacheUrl : QString();
        pm::PasswordStore::fillPassword(
                database, &window, [&window, windowOptions, cache](const QString &databaseUrl) {
                    pm::PasswordStore::fillPassword(
                            cache, &window,
                            [&window, windowOptions, databaseUrl](const QString &cacheUrl) {
                                auto config = pm::DatabaseConfig::fromUrl(databaseUrl);
                                window.openDeferred(config ? *config : windowOptions.database,
                                                    cacheUrl.isEmpty() ? windowOptions.cacheUrl
                                                                       : cacheUrl);
                            });
                });
    }
    return app.exec();
}
