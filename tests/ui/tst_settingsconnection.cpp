// Settings ▸ the cache connection: the TLS fields and the URL they write, Test connection
// against a real redis-server, the "no keychain" path and the status bar lock. Runs with
// DBUS_SESSION_BUS_ADDRESS pointing nowhere (tests/ui/CMakeLists.txt): no keychain exists.
#include "redisserver.h"
#include "settings/connectionlock.h"
#include "settings/settingsdialog.h"
#include "widgets/dialogs.h"
#include "worker/connectionsettings.h"
#include "worker/connectiontester.h"
#include "worker/passwordstore.h"

#include <QCheckBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

using namespace pm;

namespace {

class FileDialogs final : public Dialogs
{
public:
    QString fileAnswer;
    bool confirm(QWidget *, const QString &, const QString &, const QString &) override
    {
        return true;
    }
    QString openFileName(QWidget *, const QString &, const QString &) override
    {
        return fileAnswer;
    }
    std::optional<int> integer(QWidget *, const QString &, const QString &, int, int, int) override
    {
        return std::nullopt;
    }
    void report(QWidget *, const QString &, const QString &, const QString &) override { }
    void about(QWidget *, const QString &, const QString &) override { }
};

template<typename T>
T *child(QWidget *parent, const char *name)
{
    auto *w = parent->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}

void click(QAbstractButton *button)
{
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(6, button->height() / 2));
}

ConnectionSettings withCache(const QString &cache)
{
    ConnectionSettings s;
    s.database = QStringLiteral("/tmp/products.db");
    s.cache = cache;
    return s;
}

} // namespace

class TestSettingsConnection : public QObject
{
    Q_OBJECT
private slots:
    void tls_openingARedissUrl_fillsTheFields()
    {
        FileDialogs dialogs;
        SettingsDialog dialog(
                withCache(QStringLiteral("rediss://:pw@cache.example:6380/1?ssl_ca_certs=/etc/"
                                         "ca.pem&ssl_certfile=/etc/c.pem&ssl_keyfile=/etc/"
                                         "c.key&ssl_cert_reqs=none")),
                dialogs);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(child<QCheckBox>(&dialog, "useTlsCheck")->isChecked());
        QCOMPARE(child<QLineEdit>(&dialog, "caFileEdit")->text(), QStringLiteral("/etc/ca.pem"));
        QCOMPARE(child<QLineEdit>(&dialog, "certFileEdit")->text(), QStringLiteral("/etc/c.pem"));
        QCOMPARE(child<QLineEdit>(&dialog, "keyFileEdit")->text(), QStringLiteral("/etc/c.key"));
        QVERIFY(!child<QCheckBox>(&dialog, "verifyCheck")->isChecked());
        QVERIFY(child<QLabel>(&dialog, "verifyWarning")->isVisible());
        QVERIFY(dialog.isValid()); // the dialog accepts the TLS URL it writes
        // The unchanged dialog gives back the URL it was given.
        QCOMPARE(QUrl(dialog.settings().cache),
                 QUrl(QStringLiteral("rediss://:pw@cache.example:6380/1?ssl_ca_certs=/etc/"
                                     "ca.pem&ssl_certfile=/etc/c.pem&ssl_keyfile=/etc/"
                                     "c.key&ssl_cert_reqs=none")));
    }

    void tls_fieldsWriteTheUrl_andRoundTrip()
    {
        FileDialogs dialogs;
        SettingsDialog dialog(withCache(QStringLiteral("redis://127.0.0.1:6390/0")), dialogs);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *useTls = child<QCheckBox>(&dialog, "useTlsCheck");
        auto *verify = child<QCheckBox>(&dialog, "verifyCheck");
        auto *warning = child<QLabel>(&dialog, "verifyWarning");
        QVERIFY(!useTls->isChecked());
        QVERIFY(verify->isChecked()); // on by default
        QVERIFY(!child<QLineEdit>(&dialog, "caFileEdit")->isEnabled());

        click(useTls);
        QVERIFY(dialog.settings().cache.startsWith(QLatin1String("rediss://127.0.0.1:6390")));
        auto *ca = child<QLineEdit>(&dialog, "caFileEdit");
        QVERIFY(ca->isEnabled());
        QTest::keyClicks(ca, QStringLiteral("/srv/ca file.pem"));
        dialogs.fileAnswer = QStringLiteral("/srv/client.pem");
        click(child<QPushButton>(&dialog, "certFileButton"));
        dialogs.fileAnswer = QStringLiteral("/srv/client.key");
        click(child<QPushButton>(&dialog, "keyFileButton"));
        QVERIFY(!warning->isVisible());
        click(verify);
        QVERIFY(!verify->isChecked());
        QVERIFY(warning->isVisible());
        QVERIFY(dialog.isValid());

        const QUrl url(dialog.settings().cache);
        const QUrlQuery query(url);
        QCOMPARE(url.scheme(), QStringLiteral("rediss"));
        QCOMPARE(query.queryItemValue(QStringLiteral("ssl_ca_certs"), QUrl::FullyDecoded),
                 QStringLiteral("/srv/ca file.pem"));
        QCOMPARE(query.queryItemValue(QStringLiteral("ssl_certfile"), QUrl::FullyDecoded),
                 QStringLiteral("/srv/client.pem"));
        QCOMPARE(query.queryItemValue(QStringLiteral("ssl_keyfile"), QUrl::FullyDecoded),
                 QStringLiteral("/srv/client.key"));
        QCOMPARE(query.queryItemValue(QStringLiteral("ssl_cert_reqs")), QStringLiteral("none"));

        // Saved and reopened: the same fields.
        QTemporaryDir dir;
        QSettings store(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        dialog.settings().save(store);
        SettingsDialog reopened(ConnectionSettings::load(store), dialogs);
        QVERIFY(child<QCheckBox>(&reopened, "useTlsCheck")->isChecked());
        QCOMPARE(child<QLineEdit>(&reopened, "caFileEdit")->text(),
                 QStringLiteral("/srv/ca file.pem"));
        QCOMPARE(child<QLineEdit>(&reopened, "keyFileEdit")->text(),
                 QStringLiteral("/srv/client.key"));
        QVERIFY(!child<QCheckBox>(&reopened, "verifyCheck")->isChecked());

        // TLS off again: a plain URL with no ssl_* options (the client would refuse them).
        click(useTls);
        QCOMPARE(dialog.settings().cache, QStringLiteral("redis://127.0.0.1:6390/0"));
        QVERIFY(!warning->isVisible());
    }

    void tls_fieldsAreOffForMemoryAndUnix()
    {
        FileDialogs dialogs;
        SettingsDialog dialog(withCache(QStringLiteral("unix:///tmp/r.sock")), dialogs);
        QVERIFY(!child<QWidget>(&dialog, "tlsBox")->isEnabled());
        auto *cache = child<QLineEdit>(&dialog, "cacheEdit");
        cache->clear();
        QTest::keyClicks(cache, QStringLiteral("redis://10.0.0.5"));
        QVERIFY(child<QWidget>(&dialog, "tlsBox")->isEnabled());
    }

    void testConnection_realServer_showsVersionAndRole()
    {
        test::RedisServer server;
        QVERIFY(server.start());
        FileDialogs dialogs;
        SettingsDialog dialog(withCache(server.unixUrl()), dialogs);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *button = child<QPushButton>(&dialog, "testConnectionButton");
        auto *result = child<QLabel>(&dialog, "testResult");
        click(button);
        QVERIFY(!button->isEnabled()); // disabled while it runs
        QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 10000);
        const QByteArray version
                = server.command(QStringList{QStringLiteral("INFO"), QStringLiteral("server")});
        const QString expected = QString::fromUtf8(
                version.mid(version.indexOf("redis_version:") + 14).split('\r').first());
        QVERIFY2(result->text().contains(QStringLiteral("Redis %1").arg(expected)),
                 qPrintable(result->text()));
        QVERIFY2(result->text().contains(QStringLiteral("role: primary (master)")),
                 qPrintable(result->text()));
        QVERIFY2(result->text().contains(QStringLiteral("round trip:")),
                 qPrintable(result->text()));
    }

    void testConnection_deadPort_failsWithinTheDeadline()
    {
        // A port where a server was and is no more: the connect is refused.
        test::RedisServer::Options options;
        options.tcp = true;
        test::RedisServer gone(options);
        QVERIFY(gone.start());
        const int port = gone.port();
        gone.stop();
        const QString url = QStringLiteral("redis://127.0.0.1:%1/0").arg(port);
        QElapsedTimer timer;
        timer.start();
        const ConnectionTestResult direct = ConnectionTester::run(url, 1000);
        QVERIFY(!direct.ok);
        QVERIFY(!direct.error.isEmpty());
        QVERIFY2(timer.elapsed() < 1500, qPrintable(QString::number(timer.elapsed())));

        FileDialogs dialogs;
        SettingsDialog dialog(withCache(url), dialogs);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *button = child<QPushButton>(&dialog, "testConnectionButton");
        click(button);
        QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), ConnectionTester::DefaultDeadlineMs + 1000);
        QVERIFY2(child<QLabel>(&dialog, "testResult")->text().startsWith(QLatin1String("Failed: ")),
                 qPrintable(child<QLabel>(&dialog, "testResult")->text()));
    }

    void testConnection_hungServer_answersAtTheDeadline()
    {
        test::RedisServer server;
        QVERIFY(server.start());
        server.pause(); // accepts connections, answers nothing
        QElapsedTimer timer;
        timer.start();
        const ConnectionTestResult result = ConnectionTester::run(server.unixUrl(), 500);
        server.resume();
        QVERIFY(!result.ok);
        QVERIFY2(timer.elapsed() < 1500, qPrintable(QString::number(timer.elapsed())));
    }

    void noKeychain_dialogSaysSo_andKeepsThePasswordForTheSession()
    {
        QVERIFY(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS")
                        .contains(QLatin1String("nowhere")));
        const QString url = QStringLiteral("redis://:hush-7@127.0.0.1:6390/0");
        FileDialogs dialogs;
        SettingsDialog dialog(withCache(url), dialogs);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *note = child<QLabel>(&dialog, "keychainNote");
        QVERIFY(!note->isVisible()); // nothing asked yet
        click(child<QCheckBox>(&dialog, "rememberCacheCheck"));
        QTRY_VERIFY_WITH_TIMEOUT(note->isVisible(), 10000);
        QCOMPARE(note->text(),
                 QStringLiteral("No keychain is available: the password is kept for this "
                                "session only"));
        QVERIFY(dialog.keychainUnavailable());
        click(child<QPushButton>(&dialog, "okButton"));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.settings().cache, url); // the session keeps it
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("s.ini"));
        {
            QSettings store(ini, QSettings::IniFormat);
            dialog.settings().save(store);
        }
        QFile file(ini);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("hush-7"));
    }

    void lock_showsForRediss_withTheVerificationInItsTooltip()
    {
        ConnectionLock lock;
        lock.show();
        lock.setCacheUrl(QStringLiteral("redis://127.0.0.1:6379/0"));
        QVERIFY(!lock.isVisible());
        QVERIFY(!lock.pixmap().isNull());
        lock.setCacheUrl(QStringLiteral("rediss://h.example:6380/0"));
        QVERIFY(lock.isVisible());
        QCOMPARE(lock.toolTip(), QStringLiteral("Encrypted (TLS)"));
        lock.setCacheUrl(QStringLiteral("rediss://h.example:6380/0?ssl_cert_reqs=none"));
        QCOMPARE(lock.toolTip(), QStringLiteral("Encrypted, certificate not verified"));
        lock.setCacheUrl(QStringLiteral("memory://"));
        QVERIFY(!lock.isVisible());
    }
};

QTEST_MAIN(TestSettingsConnection)
#include "tst_settingsconnection.moc"
