#include "core/clock.h"
#include "core/urlredaction.h"
#include "db/database.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/pluraltranslator.h"
#include "products/productrepository.h"
#include "products/productschema.h"
#include "products/productseeder.h"
#include "products/producttablemodel.h"
#include "settings/settingsdialog.h"
#include "widgets/dialogs.h"
#include "widgets/messagebar.h"
#include "worker/connectionsettings.h"
#include "worker/productworker.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace pm;

namespace {

/// Answers every modal question at once; only the file question matters here.
class TestDialogs final : public Dialogs
{
public:
    QString fileAnswer;
    int fileQuestions = 0;

    bool confirm(QWidget *, const QString &, const QString &, const QString &) override
    {
        return true;
    }
    QString openFileName(QWidget *, const QString &, const QString &) override
    {
        ++fileQuestions;
        return fileAnswer;
    }
    std::optional<int> integer(QWidget *, const QString &, const QString &, int, int, int) override
    {
        return std::nullopt;
    }
    void report(QWidget *, const QString &, const QString &, const QString &) override { }
    void about(QWidget *, const QString &, const QString &) override { }
};

} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void dialog_showsTheGivenSettings();
    void dialog_invalidDatabaseUrl_disablesOkAndShowsTheRule();
    void dialog_emptyDatabase_disablesOk();
    void dialog_invalidCacheUrl_disablesOkAndShowsTheRule();
    void dialog_cacheErrorWithPassword_neverShowsThePassword();
    void dialog_validInput_enablesOkAndHidesErrors();
    void dialog_neverExpire_disablesTheTimeout();
    void dialog_browse_goesThroughTheSeam();
    void dialog_okWhileInvalid_staysOpen();
    void settings_roundTripThroughQSettings();
    void settings_dialogRoundTrip_returnsWhatItWasGiven();
    void settings_save_writesNoPassword_data();
    void settings_save_writesNoPassword();
    void editableDatabaseUrl_keepsThePasswordThatRedactedUrlHides();
    void worker_keyPrefix_reachesTheCache();
    void mainWindow_settingsAction_switchesToASecondDatabase();
    void mainWindow_shortcut_opensSettings();
    void mainWindow_zeroTimeout_reachesTheCache_everyLoadMisses();
    void mainWindow_languageOnly_savesWithoutReopening();
    void mainWindow_cancel_changesNothing();
    void mainWindow_oneRunCache_languageOnly_neverSavesTheCache();
    void dialog_cacheHint_wrapsInsideItsColumn();
    void mainWindow_unusableRedisWithPassword_fallsBackAndNeverShowsThePassword();
    void mainWindow_settingsOk_keepsTheDatabasePasswordForTheSessionOnly();
    void screenshot();

private:
    QString path(const char *name) const { return m_dir->filePath(QString::fromLatin1(name)); }
    ConnectionSettings validSettings() const;
    /// A catalogue file with `count` demo products, written through the real repository.
    void createCatalogue(const QString &file, int count);
    std::unique_ptr<MainWindow> openWindow(const QString &file, int seedIfNew);
    SettingsDialog *openSettingsDialog();
    template<typename T>
    static T *child(QWidget *parent, const char *name)
    {
        return parent->findChild<T *>(QString::fromLatin1(name));
    }
    static QPushButton *okButton(QWidget *dialog) { return child<QPushButton>(dialog, "okButton"); }
    static void retype(QLineEdit *edit, const QString &text);

    ManualClock m_clock{1'700'000'000'000};
    TestDialogs m_dialogs;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QTemporaryDir> m_settingsDir;
    std::unique_ptr<MainWindow> m_window;
};

void TestSettingsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_settingsDir = std::make_unique<QTemporaryDir>();
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir->path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir->path());
    QCoreApplication::setOrganizationName(QStringLiteral("ProductManagerTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_settingsdialog"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCoreApplication::installTranslator(new PluralTranslator(qApp));
}

void TestSettingsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_dialogs = TestDialogs();
    QSettings().clear();
}

void TestSettingsDialog::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

ConnectionSettings TestSettingsDialog::validSettings() const
{
    ConnectionSettings s;
    s.database = path("products.db");
    s.cache = QStringLiteral("memory://");
    s.defaultTimeoutS = 120;
    s.keyPrefix = QStringLiteral("shop");
    s.language = QStringLiteral("sv");
    return s;
}

void TestSettingsDialog::createCatalogue(const QString &file, int count)
{
    DatabaseConfig config;
    config.path = file;
    auto db = ProductSchema::open(config);
    QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
    ProductRepository repository(**db, m_clock);
    auto inserted = repository.insertMany(ProductSeeder::generate(count, 7));
    QVERIFY(inserted);
    QCOMPARE(*inserted, count);
}

std::unique_ptr<MainWindow> TestSettingsDialog::openWindow(const QString &file, int seedIfNew)
{
    MainWindowOptions options;
    options.database.driver = DatabaseConfig::Driver::Sqlite;
    options.database.path = file;
    options.seedIfNew = seedIfNew;
    auto window = std::make_unique<MainWindow>(options, m_clock, m_dialogs);
    window->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window.get()))
        qWarning("window did not become active");
    return window;
}

SettingsDialog *TestSettingsDialog::openSettingsDialog()
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("actionSettings"));
    if (!action || !action->isEnabled())
        return nullptr;
    action->trigger(); // opens window-modally and returns at once
    return m_window->settingsDialog();
}

void TestSettingsDialog::retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void TestSettingsDialog::dialog_showsTheGivenSettings()
{
    SettingsDialog dialog(validSettings(), m_dialogs);
    QCOMPARE(child<QLineEdit>(&dialog, "databaseEdit")->text(), path("products.db"));
    QCOMPARE(child<QLineEdit>(&dialog, "cacheEdit")->text(), QStringLiteral("memory://"));
    QCOMPARE(child<QSpinBox>(&dialog, "timeoutSpin")->value(), 120);
    QVERIFY(!child<QCheckBox>(&dialog, "neverExpireCheck")->isChecked());
    QCOMPARE(child<QLineEdit>(&dialog, "keyPrefixEdit")->text(), QStringLiteral("shop"));
    QCOMPARE(child<QComboBox>(&dialog, "languageCombo")->currentText(), QStringLiteral("Svenska"));
    QCOMPARE(child<QComboBox>(&dialog, "languageCombo")->count(), 7);
    QVERIFY(okButton(&dialog)->isEnabled());

    // Every control has a name a screen reader can say.
    for (QWidget *w : dialog.findChildren<QWidget *>()) {
        if (qobject_cast<QLineEdit *>(w) || qobject_cast<QSpinBox *>(w)
            || qobject_cast<QComboBox *>(w) || qobject_cast<QCheckBox *>(w)
            || qobject_cast<QPushButton *>(w)) {
            if (w->parent() && qobject_cast<QSpinBox *>(w->parent()))
                continue; // the spin box's own inner line edit
            QVERIFY2(!w->objectName().isEmpty(), w->metaObject()->className());
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        }
    }
}

void TestSettingsDialog::dialog_invalidDatabaseUrl_disablesOkAndShowsTheRule()
{
    SettingsDialog dialog(validSettings(), m_dialogs);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *error = child<QLabel>(&dialog, "databaseError");
    QVERIFY(!error->isVisible());

    retype(child<QLineEdit>(&dialog, "databaseEdit"), QStringLiteral("ftp://host/products"));
    QVERIFY(!okButton(&dialog)->isEnabled());
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("Unsupported database URL scheme")),
             qPrintable(error->text()));

    retype(child<QLineEdit>(&dialog, "databaseEdit"), QStringLiteral("sqlite://relative.db"));
    QVERIFY(!okButton(&dialog)->isEnabled());
    QVERIFY2(error->text().contains(QStringLiteral("absolute file path")),
             qPrintable(error->text()));
}

void TestSettingsDialog::dialog_emptyDatabase_disablesOk()
{
    SettingsDialog dialog(validSettings(), m_dialogs);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    child<QLineEdit>(&dialog, "databaseEdit")->clear();
    QVERIFY(!okButton(&dialog)->isEnabled());
    QVERIFY(child<QLabel>(&dialog, "databaseError")->isVisible());
    QVERIFY(!dialog.isValid());
}

void TestSettingsDialog::dialog_invalidCacheUrl_disablesOkAndShowsTheRule()
{
    SettingsDialog dialog(validSettings(), m_dialogs);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *error = child<QLabel>(&dialog, "cacheError");
    auto *edit = child<QLineEdit>(&dialog, "cacheEdit");

    retype(edit, QStringLiteral("memcached://localhost"));
    QVERIFY(!okButton(&dialog)->isEnabled());
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("unsupported cache URL scheme")),
             qPrintable(error->text()));

    retype(edit, QStringLiteral("unix://relative.sock"));
    QVERIFY(!okButton(&dialog)->isEnabled());
    QVERIFY2(error->text().contains(QStringLiteral("no host")), qPrintable(error->text()));

    retype(edit, QStringLiteral("redis://localhost:6379/zero"));
    QVERIFY(!okButton(&dialog)->isEnabled());
    QVERIFY2(error->text().contains(QStringLiteral("must be a number")), qPrintable(error->text()));
}

void TestSettingsDialog::dialog_cacheErrorWithPassword_neverShowsThePassword()
{
    SettingsDialog dialog(validSettings(), m_dialogs);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    retype(child<QLineEdit>(&dialog, "databaseEdit"),
           QStringLiteral("postgres:user:hunter2@host/db")); // malformed
    auto *error = child<QLabel>(&dialog, "databaseError");
    QVERIFY(error->isVisible());
    QVERIFY2(!error->text().isEmpty(), "a rule is shown");
    QVERIFY2(!error->text().contains(QStringLiteral("hunter2")), qPrintable(error->text()));
    // A malformed URL may keep its password anywhere: it is not quoted at all.
    retype(child<QLineEdit>(&dialog, "databaseEdit"),
           QStringLiteral("postgresql:/u:hunter2@localhost/db"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("malformed")), qPrintable(error->text()));
    QVERIFY2(!error->text().contains(QStringLiteral("hunter2")), qPrintable(error->text()));

    retype(child<QLineEdit>(&dialog, "databaseEdit"), QStringLiteral("mysql://me:hunter2@host/db"));
    QVERIFY(error->isVisible());
    QVERIFY2(!error->text().contains(QStringLiteral("hunter2")), qPrintable(error->text()));
    QVERIFY(error->toolTip().isEmpty());
}

void TestSettingsDialog::dialog_validInput_enablesOkAndHidesErrors()
{
    SettingsDialog dialog(validSettings(), m_dialogs);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *database = child<QLineEdit>(&dialog, "databaseEdit");
    auto *cache = child<QLineEdit>(&dialog, "cacheEdit");
    retype(database, QStringLiteral("ftp://nope"));
    retype(cache, QStringLiteral("nope://"));
    QVERIFY(!okButton(&dialog)->isEnabled());

    retype(database, QStringLiteral("postgresql://me:secret@db.example.com:5433/shop"));
    QVERIFY(!okButton(&dialog)->isEnabled()); // the cache is still wrong
    QVERIFY(!child<QLabel>(&dialog, "databaseError")->isVisible());
    retype(cache, QStringLiteral("redis://:pw@127.0.0.1:6380/2"));
    QVERIFY(okButton(&dialog)->isEnabled());
    QVERIFY(!child<QLabel>(&dialog, "cacheError")->isVisible());

    retype(cache, QStringLiteral("unix:///run/redis/redis.sock?db=3"));
    QVERIFY(okButton(&dialog)->isEnabled());
    cache->clear(); // empty: memory://
    QVERIFY(okButton(&dialog)->isEnabled());
    QCOMPARE(dialog.settings().database,
             QStringLiteral("postgresql://me:secret@db.example.com:5433/shop"));
}

void TestSettingsDialog::dialog_neverExpire_disablesTheTimeout()
{
    SettingsDialog dialog(validSettings(), m_dialogs);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *spin = child<QSpinBox>(&dialog, "timeoutSpin");
    auto *never = child<QCheckBox>(&dialog, "neverExpireCheck");
    QVERIFY(spin->isEnabled());
    never->setFocus();
    QTest::keyClick(never, Qt::Key_Space); // keyboard operable
    QVERIFY(never->isChecked());
    QVERIFY(!spin->isEnabled());
    QVERIFY(dialog.settings().neverExpire);
    QVERIFY(dialog.settings().cacheOptions().defaultTimeout.isForever());

    QTest::keyClick(never, Qt::Key_Space);
    QVERIFY(spin->isEnabled());
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, QStringLiteral("45"));
    QCOMPARE(dialog.settings().defaultTimeoutS, 45);
    QCOMPARE(dialog.settings().cacheOptions().defaultTimeout, Timeout::ms(45'000));
}

void TestSettingsDialog::dialog_browse_goesThroughTheSeam()
{
    SettingsDialog dialog(validSettings(), m_dialogs);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    m_dialogs.fileAnswer = path("other.db");
    QTest::mouseClick(child<QPushButton>(&dialog, "browseButton"), Qt::LeftButton);
    QCOMPARE(m_dialogs.fileQuestions, 1);
    QCOMPARE(child<QLineEdit>(&dialog, "databaseEdit")->text(), path("other.db"));

    m_dialogs.fileAnswer.clear(); // cancelled: the field keeps its text
    QTest::mouseClick(child<QPushButton>(&dialog, "browseButton"), Qt::LeftButton);
    QCOMPARE(child<QLineEdit>(&dialog, "databaseEdit")->text(), path("other.db"));
}

void TestSettingsDialog::dialog_okWhileInvalid_staysOpen()
{
    SettingsDialog dialog(validSettings(), m_dialogs);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    retype(child<QLineEdit>(&dialog, "cacheEdit"), QStringLiteral("bogus"));
    dialog.accept(); // Enter in a field, whatever the button's state
    QCOMPARE(accepted.count(), 0);
    QVERIFY(dialog.isVisible());
}

void TestSettingsDialog::settings_roundTripThroughQSettings()
{
    ConnectionSettings s = validSettings();
    s.cache = QStringLiteral("redis://localhost:6379/1");
    {
        QSettings store;
        s.save(store);
    }
    {
        QSettings store;
        QCOMPARE(store.value(QStringLiteral("connection/database")).toString(), s.database);
        QCOMPARE(store.value(QStringLiteral("connection/defaultTimeoutS")).toInt(), 120);
        QCOMPARE(store.value(QStringLiteral("connection/keyPrefix")).toString(),
                 QStringLiteral("shop"));
        QCOMPARE(store.value(QStringLiteral("connection/language")).toString(),
                 QStringLiteral("sv"));
        QVERIFY(ConnectionSettings::load(store) == s);
    }

    s.neverExpire = true;
    {
        QSettings store;
        s.save(store);
    }
    QSettings store;
    QCOMPARE(store.value(QStringLiteral("connection/defaultTimeoutS")).toInt(), -1);
    const ConnectionSettings loaded = ConnectionSettings::load(store);
    QVERIFY(loaded.neverExpire);
    QCOMPARE(loaded.cache, s.cache);

    // Nothing saved yet: the defaults.
    store.clear();
    const ConnectionSettings fresh = ConnectionSettings::load(store);
    QCOMPARE(fresh.defaultTimeoutS, 300);
    QVERIFY(!fresh.neverExpire);
    QVERIFY(fresh.database.isEmpty());
}

void TestSettingsDialog::settings_dialogRoundTrip_returnsWhatItWasGiven()
{
    ConnectionSettings s = validSettings();
    s.language = QStringLiteral("ar");
    s.neverExpire = true;
    SettingsDialog dialog(s, m_dialogs);
    QVERIFY(dialog.settings() == s);
    QVERIFY(!s.needsReopen(dialog.settings()));

    ConnectionSettings other = s;
    other.language = QStringLiteral("de");
    QVERIFY(!s.needsReopen(other)); // stored only
    other.keyPrefix = QStringLiteral("other");
    QVERIFY(s.needsReopen(other));
}

void TestSettingsDialog::editableDatabaseUrl_keepsThePasswordThatRedactedUrlHides()
{
    auto config = DatabaseConfig::fromUrl(QStringLiteral("postgresql://me:p%40ss@db:5433/shop"));
    QVERIFY(config);
    QVERIFY(!config->redactedUrl().contains(QStringLiteral("p%40ss")));
    const QString url = editableDatabaseUrl(*config);
    auto again = DatabaseConfig::fromUrl(url);
    QVERIFY(again);
    QCOMPARE(again->password, QStringLiteral("p@ss"));
    QCOMPARE(again->user, QStringLiteral("me"));
    QCOMPARE(again->port, 5433);

    DatabaseConfig sqlite;
    sqlite.path = path("products.db");
    QCOMPARE(editableDatabaseUrl(sqlite), path("products.db"));
}

void TestSettingsDialog::worker_keyPrefix_reachesTheCache()
{
    // The worker on this thread: its signals arrive directly.
    ProductWorker worker(m_clock);
    QSignalSpy opened(&worker, &ProductWorker::opened);
    QSignalSpy invalidated(&worker, &ProductWorker::cacheInvalidated);
    QSignalSpy failed(&worker, &ProductWorker::failed);
    DatabaseConfig config;
    config.path = path("worker.db");
    ConnectionSettings s;
    s.keyPrefix = QStringLiteral("shop");
    worker.open(1, config, 3, QStringLiteral("memory://"), s.cacheOptions());
    QCOMPARE(failed.count(), 0);
    QCOMPARE(opened.count(), 1);
    worker.loadList(2);
    worker.invalidateCache(3);
    QCOMPARE(failed.count(), 0);
    QVERIFY(invalidated.count() >= 1);
    const auto record = invalidated.last().at(0).value<InvalidationRecord>();
    QVERIFY(!record.keys.isEmpty());
    QVERIFY2(record.keys.first().startsWith(QStringLiteral("shop:")),
             qPrintable(record.keys.first()));
}

void TestSettingsDialog::mainWindow_settingsAction_switchesToASecondDatabase()
{
    const QString second = path("second.db");
    createCatalogue(second, 7);
    m_window = openWindow(path("first.db"), 4);
    QTRY_VERIFY(m_window->isListLoaded());
    QTRY_COMPARE(m_window->pendingRequests(), 0);
    QCOMPARE(m_window->productModel()->rowCount(), 4);

    SettingsDialog *dialog = openSettingsDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(child<QLineEdit>(dialog, "databaseEdit")->text(), path("first.db"));
    retype(child<QLineEdit>(dialog, "databaseEdit"), second);
    QVERIFY(okButton(dialog)->isEnabled());
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);

    QTRY_COMPARE(m_window->productModel()->rowCount(), 7);
    QTRY_COMPARE(m_window->pendingRequests(), 0);
    QTRY_VERIFY(!m_window->settingsDialog());
    auto *bar = m_window->findChild<MessageBar *>(QStringLiteral("messageBar"));
    QVERIFY2(bar->text().contains(QStringLiteral("Settings applied")), qPrintable(bar->text()));
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("databaseLabel"))
                    ->toolTip()
                    .contains(QStringLiteral("second.db")));
    QCOMPARE(QSettings().value(QStringLiteral("connection/database")).toString(), second);

    // The new cache works: a refresh is served from it.
    auto *cacheLabel = m_window->findChild<QLabel *>(QStringLiteral("cacheLabel"));
    QVERIFY2(cacheLabel->text().contains(QStringLiteral("memory")), qPrintable(cacheLabel->text()));
    m_window->findChild<QAction *>(QStringLiteral("actionRefresh"))->trigger();
    QTRY_COMPARE(m_window->pendingRequests(), 0);
    QTRY_VERIFY2(cacheLabel->text().contains(QStringLiteral("hit")),
                 qPrintable(cacheLabel->text()));
    QCOMPARE(m_window->productModel()->rowCount(), 7);
}

void TestSettingsDialog::mainWindow_shortcut_opensSettings()
{
    m_window = openWindow(path("products.db"), 2);
    QTRY_VERIFY(m_window->isListLoaded());
    auto *action = m_window->findChild<QAction *>(QStringLiteral("actionSettings"));
    QVERIFY(action);
    QVERIFY(!action->shortcut().isEmpty());
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
    QTest::keySequence(m_window.get(), action->shortcut());
    QTRY_VERIFY(m_window->settingsDialog() && m_window->settingsDialog()->isVisible());
    QTest::keyClick(m_window->settingsDialog(), Qt::Key_Escape);
    QTRY_VERIFY(!m_window->settingsDialog());
}

void TestSettingsDialog::mainWindow_zeroTimeout_reachesTheCache_everyLoadMisses()
{
    m_window = openWindow(path("products.db"), 3);
    QTRY_VERIFY(m_window->isListLoaded());
    QTRY_COMPARE(m_window->pendingRequests(), 0);
    auto *cacheLabel = m_window->findChild<QLabel *>(QStringLiteral("cacheLabel"));
    auto *refresh = m_window->findChild<QAction *>(QStringLiteral("actionRefresh"));
    refresh->trigger();
    QTRY_COMPARE(m_window->pendingRequests(), 0);
    QTRY_VERIFY2(cacheLabel->text().contains(QStringLiteral("hit")),
                 qPrintable(cacheLabel->text()));

    // Django's TIMEOUT=0: nothing is kept, so every load reads the database.
    SettingsDialog *dialog = openSettingsDialog();
    QVERIFY(dialog);
    auto *spin = child<QSpinBox>(dialog, "timeoutSpin");
    spin->setFocus();
    spin->selectAll();
    QTest::keyClick(spin, Qt::Key_0);
    QCOMPARE(spin->value(), 0);
    QTest::keyClick(dialog, Qt::Key_Return);
    QTRY_VERIFY(!m_window->settingsDialog());
    QTRY_VERIFY(m_window->findChild<QAction *>(QStringLiteral("actionRefresh"))->isEnabled());
    QTRY_COMPARE(m_window->pendingRequests(), 0);
    QCOMPARE(QSettings().value(QStringLiteral("connection/defaultTimeoutS")).toInt(), 0);

    refresh->trigger();
    QTRY_COMPARE(m_window->pendingRequests(), 0);
    QTRY_VERIFY2(cacheLabel->text().contains(QStringLiteral("miss")),
                 qPrintable(cacheLabel->text()));
    QCOMPARE(m_window->productModel()->rowCount(), 3);
}

void TestSettingsDialog::mainWindow_languageOnly_savesWithoutReopening()
{
    m_window = openWindow(path("products.db"), 3);
    QTRY_VERIFY(m_window->isListLoaded());
    QTRY_COMPARE(m_window->pendingRequests(), 0);
    auto *dbLabel = m_window->findChild<QLabel *>(QStringLiteral("databaseLabel"));
    const QString before = dbLabel->toolTip();

    SettingsDialog *dialog = openSettingsDialog();
    QVERIFY(dialog);
    auto *combo = child<QComboBox>(dialog, "languageCombo");
    combo->setCurrentIndex(combo->findData(QStringLiteral("de")));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QTRY_VERIFY(!m_window->settingsDialog());
    QCOMPARE(m_window->pendingRequests(), 0); // nothing was sent to the worker
    QCOMPARE(QSettings().value(QStringLiteral("connection/language")).toString(),
             QStringLiteral("de"));
    auto *bar = m_window->findChild<MessageBar *>(QStringLiteral("messageBar"));
    QVERIFY2(bar->text().contains(QStringLiteral("next start")), qPrintable(bar->text()));
    QCOMPARE(dbLabel->toolTip(), before);
    QCOMPARE(m_window->currentSettings().language, QStringLiteral("de"));
}

void TestSettingsDialog::mainWindow_oneRunCache_languageOnly_neverSavesTheCache()
{
    // As main() gives it: --cache for this run only, nothing saved yet.
    const QString oneRun = QStringLiteral("memory://?max_entries=77");
    MainWindowOptions options;
    options.database.driver = DatabaseConfig::Driver::Sqlite;
    options.database.path = path("products.db");
    options.seedIfNew = 2;
    options.cacheUrl = oneRun;
    m_window = std::make_unique<MainWindow>(options, m_clock, m_dialogs);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTRY_VERIFY(m_window->isListLoaded());
    QTRY_COMPARE(m_window->pendingRequests(), 0);

    SettingsDialog *dialog = openSettingsDialog();
    QVERIFY(dialog);
    QCOMPARE(child<QLineEdit>(dialog, "cacheEdit")->text(), oneRun); // what this run uses
    auto *combo = child<QComboBox>(dialog, "languageCombo");
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down); // System default → English
    QCOMPARE(combo->currentData().toString(), QStringLiteral("en"));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QTRY_VERIFY(!m_window->settingsDialog());
    QSettings store;
    QCOMPARE(store.value(QStringLiteral("connection/language")).toString(), QStringLiteral("en"));
    QVERIFY2(store.value(QStringLiteral("connection/cache")).toString().isEmpty(),
             qPrintable(store.value(QStringLiteral("connection/cache")).toString()));
    QVERIFY(store.value(QStringLiteral("connection/database")).toString().isEmpty());
    QCOMPARE(m_window->currentSettings().cache, oneRun); // still this run's

    // Edited by the user: saved.
    dialog = openSettingsDialog();
    QVERIFY(dialog);
    retype(child<QLineEdit>(dialog, "cacheEdit"), QStringLiteral("memory://?max_entries=55"));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QTRY_VERIFY(!m_window->settingsDialog());
    QCOMPARE(QSettings().value(QStringLiteral("connection/cache")).toString(),
             QStringLiteral("memory://?max_entries=55"));
    QCOMPARE(QSettings().value(QStringLiteral("connection/language")).toString(),
             QStringLiteral("en"));
}

void TestSettingsDialog::dialog_cacheHint_wrapsInsideItsColumn()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    SettingsDialog dialog(validSettings(), m_dialogs);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *hint = child<QLabel>(&dialog, "cacheHint");
    auto *edit = child<QLineEdit>(&dialog, "cacheEdit");
    const QRect hintRect(hint->mapTo(&dialog, QPoint()), hint->size());
    const QRect editRect(edit->mapTo(&dialog, QPoint()), edit->size());
    QVERIFY2(hintRect.right() <= editRect.right(),
             qPrintable(QStringLiteral("hint ends at %1, its field at %2, the dialog at %3")
                                .arg(hintRect.right())
                                .arg(editRect.right())
                                .arg(dialog.width())));
    // Nothing clipped: the text needs at most the label's height at its width.
    QVERIFY(hint->height() >= hint->heightForWidth(hint->width()));
    const int longest = hint->fontMetrics().horizontalAdvance(hint->text());
    QVERIFY(longest > hint->width() || hint->heightForWidth(hint->width()) <= hint->height());
}

void TestSettingsDialog::mainWindow_cancel_changesNothing()
{
    m_window = openWindow(path("products.db"), 3);
    QTRY_VERIFY(m_window->isListLoaded());
    SettingsDialog *dialog = openSettingsDialog();
    QVERIFY(dialog);
    retype(child<QLineEdit>(dialog, "databaseEdit"), path("elsewhere.db"));
    QTest::mouseClick(child<QPushButton>(dialog, "cancelButton"), Qt::LeftButton);
    QTRY_VERIFY(!m_window->settingsDialog());
    QVERIFY(!QSettings().contains(QStringLiteral("connection/database")));
    QCOMPARE(m_window->currentSettings().database, path("products.db"));
    QCOMPARE(m_window->productModel()->rowCount(), 3);
}

void TestSettingsDialog::mainWindow_unusableRedisWithPassword_fallsBackAndNeverShowsThePassword()
{
    m_window = openWindow(path("products.db"), 3);
    QTRY_VERIFY(m_window->isListLoaded());
    QTRY_COMPARE(m_window->pendingRequests(), 0);
    SettingsDialog *dialog = openSettingsDialog();
    QVERIFY(dialog);
    // Nothing listens on port 1: the connection is refused at once.
    retype(child<QLineEdit>(dialog, "cacheEdit"), QStringLiteral("redis://:hunter2@127.0.0.1:1/0"));
    QVERIFY(okButton(dialog)->isEnabled());
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QTRY_VERIFY(!m_window->settingsDialog());
    QTRY_COMPARE(m_window->pendingRequests(), 0);
    QTRY_COMPARE(m_window->productModel()->rowCount(), 3); // the list still loads
    QCOMPARE(m_window->currentSettings().cache, QStringLiteral("redis://:hunter2@127.0.0.1:1/0"));

    auto *bar = m_window->findChild<MessageBar *>(QStringLiteral("messageBar"));
    QTRY_VERIFY2(bar->text().contains(QStringLiteral("cache is not working")),
                 qPrintable(bar->text()));
    QTRY_VERIFY2(m_window->findChild<QLabel *>(QStringLiteral("cacheLabel"))
                         ->text()
                         .contains(QStringLiteral("unavailable")),
                 "the cache label says so");
    for (QWidget *w : m_window->findChildren<QWidget *>()) {
        const auto *label = qobject_cast<QLabel *>(w);
        QVERIFY2(!w->toolTip().contains(QStringLiteral("hunter2")), qPrintable(w->objectName()));
        if (label)
            QVERIFY2(!label->text().contains(QStringLiteral("hunter2")), qPrintable(label->text()));
    }
    QVERIFY(!bar->text().contains(QStringLiteral("hunter2")));
}

void TestSettingsDialog::settings_save_writesNoPassword_data()
{
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("cache");
    QTest::addColumn<QString>("savedDatabase");
    QTest::addColumn<QString>("savedCache");
    QTest::newRow("user:pw") << QStringLiteral("postgresql://shop:hunter2@db.example/catalogue")
                             << QStringLiteral("redis://app:hunter2@127.0.0.1:6379/1")
                             << QStringLiteral("postgresql://shop@db.example/catalogue")
                             << QStringLiteral("redis://app:@127.0.0.1:6379/1");
    QTest::newRow("raw @ and :") << QStringLiteral("postgres://shop:hun@ter:2@db:5433/c")
                                 << QStringLiteral("redis://:hun@ter:2@127.0.0.1/1")
                                 << QStringLiteral("postgres://shop@db:5433/c")
                                 << QStringLiteral("redis://127.0.0.1/1");
    QTest::newRow("query item") << QStringLiteral(
            "postgresql:///c?host=/run/pg&password=hunter2&user=me")
                                << QStringLiteral("unix:///tmp/r.sock?password=hunter2&db=1")
                                << QStringLiteral("postgresql:///c?host=/run/pg&user=me")
                                << QStringLiteral("unix:///tmp/r.sock?db=1");
    QTest::newRow("password only") << QStringLiteral("/srv/catalogue/products.db")
                                   << QStringLiteral("unix://hunter2@/tmp/r.sock?db=1")
                                   << QStringLiteral("/srv/catalogue/products.db")
                                   << QStringLiteral("unix:///tmp/r.sock?db=1");
}

void TestSettingsDialog::settings_save_writesNoPassword()
{
    QFETCH(QString, database);
    QFETCH(QString, cache);
    QFETCH(QString, savedDatabase);
    QFETCH(QString, savedCache);
    ConnectionSettings s = validSettings();
    s.database = database;
    s.cache = cache;
    QString fileName;
    {
        QSettings store;
        s.save(store);
        store.sync();
        fileName = store.fileName();
    }
    QFile file(fileName);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(fileName));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.isEmpty());
    QVERIFY2(!bytes.contains("hun"), bytes.constData()); // nor a piece of it
    QSettings store;
    QCOMPARE(store.value(QStringLiteral("connection/database")).toString(), savedDatabase);
    QCOMPARE(store.value(QStringLiteral("connection/cache")).toString(), savedCache);
}

void TestSettingsDialog::mainWindow_settingsOk_keepsTheDatabasePasswordForTheSessionOnly()
{
    // As with --database postgresql://shop:hunter2@…: nothing listens on port 1, so the open
    // fails at once, and Settings → OK (changing nothing) must still not write the password.
    MainWindowOptions options;
    auto config = DatabaseConfig::fromUrl(
            QStringLiteral("postgresql://shop:hunter2@127.0.0.1:1/catalogue"));
    QVERIFY(config);
    options.database = *config;
    m_window = std::make_unique<MainWindow>(options, m_clock, m_dialogs);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_COMPARE(m_window->pendingRequests(), 0);

    SettingsDialog *dialog = openSettingsDialog();
    QVERIFY(dialog);
    // The session keeps the password: the dialog shows what this run uses.
    QCOMPARE(child<QLineEdit>(dialog, "databaseEdit")->text(),
             QStringLiteral("postgresql://shop:hunter2@127.0.0.1:1/catalogue"));
    QVERIFY(okButton(dialog)->isEnabled());
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QTRY_VERIFY(!m_window->settingsDialog());

    QString fileName;
    {
        // A one-run --database the user did not edit is not saved at all.
        QSettings store;
        store.sync();
        fileName = store.fileName();
        QCOMPARE(store.value(QStringLiteral("connection/database")).toString(), QString());
    }
    // Typed in Settings, it is saved, without its password.
    dialog = openSettingsDialog();
    QVERIFY(dialog);
    auto *databaseEdit = child<QLineEdit>(dialog, "databaseEdit");
    databaseEdit->setFocus();
    databaseEdit->selectAll();
    QTest::keyClicks(databaseEdit,
                     QStringLiteral("postgresql://shop:hunter2@127.0.0.1:2/catalogue"));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QTRY_VERIFY(!m_window->settingsDialog());
    {
        QSettings store;
        store.sync();
        QCOMPARE(store.value(QStringLiteral("connection/database")).toString(),
                 QStringLiteral("postgresql://shop@127.0.0.1:2/catalogue"));
    }
    QFile file(fileName);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(fileName));
    QVERIFY2(!file.readAll().contains("hunter2"), qPrintable(fileName));
    QVERIFY(m_window->currentSettings().database.contains(QStringLiteral("hunter2")));
    for (QWidget *w : m_window->findChildren<QWidget *>()) {
        QVERIFY2(!w->toolTip().contains(QStringLiteral("hunter2")), qPrintable(w->objectName()));
        if (const auto *label = qobject_cast<QLabel *>(w))
            QVERIFY2(!label->text().contains(QStringLiteral("hunter2")), qPrintable(label->text()));
    }
}

void TestSettingsDialog::screenshot()
{
    // Not an assertion about looks: renders docs/screenshots/settings-dialog.png when asked
    // (PM_SETTINGS_SCREENSHOT=path), so the picture comes from the real dialog.
    ConnectionSettings s;
    s.database = QStringLiteral("/home/me/.local/share/ProductManager/products.db");
    s.cache = QStringLiteral("redis://localhost:6379/1");
    s.keyPrefix = QStringLiteral("shop");
    SettingsDialog dialog(s, m_dialogs);
    if (qEnvironmentVariableIsSet("PM_SETTINGS_SCREENSHOT_INVALID"))
        retype(child<QLineEdit>(&dialog, "cacheEdit"), QStringLiteral("redis://localhost:63x9"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QPixmap pixmap = dialog.grab();
    QVERIFY(!pixmap.isNull());
    const QString out = qEnvironmentVariable("PM_SETTINGS_SCREENSHOT");
    if (!out.isEmpty())
        QVERIFY(pixmap.save(out));
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
