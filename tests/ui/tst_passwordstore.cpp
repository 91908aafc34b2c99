// The passwords in a real desktop keychain: gnome-keyring's Secret Service on a private D-Bus
// session (tests/support/withkeyring.sh), never a fake.
#include "core/clock.h"
#include "core/urlredaction.h"
#include "mainwindow/mainwindow.h"
#include "redisserver.h"
#include "screenshotsupport.h"
#include "settings/settingsdialog.h"
#include "widgets/dialogs.h"
#include "worker/connectionsettings.h"
#include "worker/passwordstore.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>

#include <QTest>
#include <memory>

#include <optional>

using namespace pm;

namespace {

const QString Password = QStringLiteral("s3cret-Pw_4711");
const QString CacheUrl = QStringLiteral("redis://:%1@127.0.0.1:6390/2").arg(Password);
const QString DatabaseUrl = QStringLiteral("postgresql://shop:%1@db.example/shop").arg(Password);

std::optional<PasswordStore::Outcome> readNow(const QString &url, QObject *context)
{
    std::optional<PasswordStore::Outcome> out;
    PasswordStore::read(url, context, [&out](const PasswordStore::Outcome &o) { out = o; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 10000))
        return std::nullopt;
    return out;
}

using test::NoDialogs; // answers nothing: these tests ask no question

} // namespace

class TestPasswordStore : public QObject
{
    Q_OBJECT
private slots:
    void keychain_storesRestoresAndDeletes()
    {
        std::optional<PasswordStore::Outcome> written;
        PasswordStore::write(CacheUrl, Password, this,
                             [&](const PasswordStore::Outcome &o) { written = o; });
        QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 10000);
        QCOMPARE(int(written->status), int(PasswordStore::Status::Ok));

        // Keyed by the URL without its password: a URL typed without it finds the entry.
        const auto read = readNow(withoutUrlPassword(CacheUrl), this);
        QVERIFY(read);
        QCOMPARE(int(read->status), int(PasswordStore::Status::Ok));
        QCOMPARE(read->password, Password);

        std::optional<QString> filled;
        PasswordStore::fillPassword(withoutUrlPassword(CacheUrl), this,
                                    [&](const QString &url) { filled = url; });
        QTRY_VERIFY_WITH_TIMEOUT(filled.has_value(), 10000);
        QCOMPARE(urlPassword(*filled), Password);

        std::optional<PasswordStore::Outcome> removed;
        PasswordStore::remove(CacheUrl, this,
                              [&](const PasswordStore::Outcome &o) { removed = o; });
        QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 10000);
        QCOMPARE(int(removed->status), int(PasswordStore::Status::Ok));
        const auto gone = readNow(CacheUrl, this);
        QVERIFY(gone);
        QCOMPARE(int(gone->status), int(PasswordStore::Status::NotFound));
    }

    void urlPassword_roundTrips_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("redis") << QStringLiteral("redis://127.0.0.1:6379/0");
        QTest::newRow("redis user") << QStringLiteral("redis://app@127.0.0.1:6379/0");
        QTest::newRow("rediss") << QStringLiteral(
                "rediss://h.example:6380/0?ssl_ca_certs=/etc/ca.pem&ssl_cert_reqs=none");
        QTest::newRow("unix") << QStringLiteral("unix:///tmp/redis.sock?db=1");
        QTest::newRow("postgresql") << QStringLiteral("postgresql://shop@db.example/shop");
    }
    void urlPassword_roundTrips()
    {
        QFETCH(QString, url);
        const QString odd = QStringLiteral("p@ss:w/rd&x=1%");
        const QString with = withUrlPassword(url, odd);
        QCOMPARE(urlPassword(with), odd);
        QVERIFY(!withoutUrlPassword(with).contains(QStringLiteral("rd&x")));
    }

    /// Regression: a dialog whose Remember boxes stay off wrote the URL's password to the
    /// keychain anyway (the "remove" branch was skipped and fell through to "write").
    void dialog_rememberNeverTicked_writesNothing()
    {
        const QString url = QStringLiteral("redis://:never-%1@127.0.0.1:6391/0").arg(Password);
        NoDialogs dialogs;
        {
            ConnectionSettings given;
            given.database = QStringLiteral("/tmp/products.db");
            given.cache = url;
            SettingsDialog dialog(given, dialogs);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("okButton")),
                              Qt::LeftButton);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        // A job queued after any the dialog started: once it answers, the bus has delivered
        // the dialog's jobs (one connection, in order).
        std::optional<PasswordStore::Outcome> marker;
        PasswordStore::write(QStringLiteral("redis://marker.example"), QStringLiteral("m"), this,
                             [&](const PasswordStore::Outcome &o) { marker = o; });
        QTRY_VERIFY_WITH_TIMEOUT(marker.has_value(), 10000);
        const auto out = readNow(url, this);
        QVERIFY(out);
        QCOMPARE(int(out->status), int(PasswordStore::Status::NotFound));
    }

    /// Start-up: the window shows at once, opens nothing, and connects with the remembered
    /// password once the keychain answered.
    void startup_deferredOpen_connectsWithTheRememberedPassword()
    {
        test::RedisServer::Options redisOptions;
        redisOptions.password = "startup-pw";
        test::RedisServer server(redisOptions);
        QVERIFY(server.start());
        const QString stored = server.unixUrl(0); // what the settings file holds: no password
        std::optional<PasswordStore::Outcome> written;
        PasswordStore::write(stored, QStringLiteral("startup-pw"), this,
                             [&](const PasswordStore::Outcome &o) { written = o; });
        QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 10000);
        QCOMPARE(int(written->status), int(PasswordStore::Status::Ok));

        QTemporaryDir dir;
        MainWindowOptions options;
        options.database.driver = DatabaseConfig::Driver::Sqlite;
        options.database.path = dir.filePath(QStringLiteral("products.db"));
        options.seedIfNew = 3;
        options.cacheUrl = stored;
        options.deferOpen = true;
        NoDialogs dialogs;
        ManualClock clock{1'700'000'000'000};
        auto window = std::make_unique<MainWindow>(options, clock, dialogs);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QCOMPARE(window->pendingRequests(), 0); // nothing opened before the password is in

        PasswordStore::fillPassword(stored, window.get(), [&](const QString &cacheUrl) {
            window->openDeferred(options.database, cacheUrl);
        });
        QTRY_VERIFY_WITH_TIMEOUT(window->isListLoaded(), 10000);
        QTRY_COMPARE(window->pendingRequests(), 0);
        // The list went through Redis, which only a client with the password can reach.
        QTRY_VERIFY(server.command(QStringList{QStringLiteral("DBSIZE")}).toLongLong() > 0);
        QVERIFY(window->currentSettings().cache.contains(QLatin1String("startup-pw")));
        window.reset();
    }

    /// The Settings dialog with Remember on puts the passwords in the keychain, off takes them
    /// out; the settings file holds the redacted URLs and never a password, either way.
    void dialog_rememberOnAndOff_keychainHoldsItAndTheFileNever()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString iniPath = dir.filePath(QStringLiteral("settings.ini"));
        NoDialogs dialogs;
        for (const bool remember : {true, false}) {
            ConnectionSettings given;
            given.database = DatabaseUrl;
            given.cache = CacheUrl;
            given.rememberCachePassword = !remember; // the dialog's box decides
            given.rememberDatabasePassword = !remember;
            SettingsDialog dialog(given, dialogs);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            for (const char *name : {"rememberCacheCheck", "rememberDatabaseCheck"}) {
                auto *box = dialog.findChild<QCheckBox *>(QLatin1String(name));
                QVERIFY(box);
                QCOMPARE(box->isChecked(), !remember);
                QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
                QCOMPARE(box->isChecked(), remember);
            }
            QTest::qWait(0); // the probe's answer, if any, is for the dialog to show
            QVERIFY(!dialog.keychainUnavailable());
            QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("okButton")),
                              Qt::LeftButton);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            {
                QSettings store(iniPath, QSettings::IniFormat);
                dialog.settings().save(store);
            }

            // The jobs run after the dialog closed: wait for their effect.
            const auto expected
                    = remember ? PasswordStore::Status::Ok : PasswordStore::Status::NotFound;
            for (const QString &url : {CacheUrl, DatabaseUrl}) {
                QString password;
                QTRY_VERIFY_WITH_TIMEOUT(
                        [&] {
                            const auto out = readNow(url, this);
                            password = out ? out->password : QString();
                            return out && out->status == expected;
                        }(),
                        10000);
                QCOMPARE(password, remember ? Password : QString());
            }

            QFile file(iniPath);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray text = file.readAll();
            QVERIFY2(!text.contains(Password.toUtf8()), text.constData());
            QSettings store(iniPath, QSettings::IniFormat);
            const ConnectionSettings saved = ConnectionSettings::load(store);
            QCOMPARE(saved.cache, withoutUrlPassword(CacheUrl));
            QCOMPARE(saved.database, withoutUrlPassword(DatabaseUrl));
            QCOMPARE(saved.rememberCachePassword, remember);
        }
    }
};

QTEST_MAIN(TestPasswordStore)
#include "tst_passwordstore.moc"
