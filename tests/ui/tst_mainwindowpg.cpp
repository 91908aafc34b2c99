// The window on PostgreSQL when the server ends its connection (docs/reliability.md): the save that
// was cut off fails in its dialog with what the user typed still there, the window says it
// reconnected, and the same click then saves. Runs on the throwaway cluster fixture.
#include "catalogue/productdialog.h"
#include "core/clock.h"
#include "mainwindow/mainwindow.h"
#include "products/producttablemodel.h"
#include "widgets/dialogs.h"
#include "widgets/messagebar.h"

#include "pgsupport.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace pm;

namespace {

const QString DatabaseName = QStringLiteral("pm_tst_mainwindowpg");

/// Answers every modal question at once.
class SilentDialogs final : public Dialogs
{
public:
    bool confirm(QWidget *, const QString &, const QString &, const QString &) override
    {
        return true;
    }
    QString openFileName(QWidget *, const QString &, const QString &) override { return {}; }
    std::optional<int> integer(QWidget *, const QString &, const QString &, int, int, int) override
    {
        return std::nullopt;
    }
    void report(QWidget *, const QString &, const QString &, const QString &) override { }
    void about(QWidget *, const QString &, const QString &) override { }
};

} // namespace

class TestMainWindowPg : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void connectionKilledDuringSave_dialogKeepsText_windowSaysReconnected_retrySaves();

private:
    qint64 appBackendPid();

    ManualClock m_clock{1'700'000'000'000};
    SilentDialogs m_dialogs;
    QTemporaryDir m_settingsDir;
    DatabaseConfig m_config;
    const QString m_admin = QStringLiteral("mainwindowpg-admin");
};

void TestMainWindowPg::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("ProductManagerTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindowpg"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    auto config = test::freshPostgresDatabase(DatabaseName);
    QVERIFY2(config.ok(), config.ok() ? "" : qPrintable(config.error().toString()));
    m_config = config.value();
    QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_admin);
    admin.setHostName(m_config.host);
    admin.setUserName(m_config.user);
    admin.setDatabaseName(m_config.name);
    QVERIFY2(admin.open(), qPrintable(admin.lastError().text()));
}

void TestMainWindowPg::cleanupTestCase()
{
    QSqlDatabase::database(m_admin, false).close();
    QSqlDatabase::removeDatabase(m_admin);
}

qint64 TestMainWindowPg::appBackendPid()
{
    QSqlQuery q(QSqlDatabase::database(m_admin, false));
    if (!q.exec(QStringLiteral("SELECT pid FROM pg_stat_activity WHERE datname = '%1' AND pid "
                               "<> pg_backend_pid() AND backend_type = 'client backend'")
                        .arg(DatabaseName)))
        return -1;
    QList<qint64> pids;
    while (q.next())
        pids << q.value(0).toLongLong();
    return pids.size() == 1 ? pids.first() : -1;
}

void TestMainWindowPg::connectionKilledDuringSave_dialogKeepsText_windowSaysReconnected_retrySaves()
{
    MainWindowOptions options;
    options.database = m_config;
    options.seedCount = 3;
    auto window = std::make_unique<MainWindow>(options, m_clock, m_dialogs);
    window->show();
    QTRY_COMPARE_WITH_TIMEOUT(window->productModel()->rowCount(), 3, 15'000);
    QTRY_COMPARE(window->pendingRequests(), 0);
    qint64 pid = -1;
    QTRY_VERIFY((pid = appBackendPid()) > 0);

    // Every write bumps the list version: holding that row keeps the save waiting, its
    // transaction open, until the server ends the connection under it.
    QSqlQuery lock(QSqlDatabase::database(m_admin, false));
    QVERIFY(lock.exec(QStringLiteral("BEGIN")));
    QVERIFY(lock.exec(
            QStringLiteral("SELECT value FROM meta WHERE key = 'list_version' FOR UPDATE")));

    window->findChild<QAction *>(QStringLiteral("actionNew"))->trigger();
    auto *dialog = window->findChild<ProductDialog *>(QStringLiteral("productDialog"));
    QVERIFY(dialog);
    auto *title = dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
    QTest::keyClicks(title, QStringLiteral("Saved across a reconnect"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("priceEdit")),
                     QStringLiteral("3.21"));
    auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("okButton"));
    QTest::mouseClick(ok, Qt::LeftButton);

    {
        const QString name = QStringLiteral("mainwindowpg-observer");
        {
            QSqlDatabase observer
                    = QSqlDatabase::cloneDatabase(QSqlDatabase::database(m_admin, false), name);
            QVERIFY(observer.open());
            QSqlQuery q(observer);
            QTRY_VERIFY_WITH_TIMEOUT(
                    q.exec(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE pid = %1 "
                                          "AND wait_event_type = 'Lock'")
                                   .arg(pid))
                            && q.next() && q.value(0).toInt() == 1,
                    15'000);
            QVERIFY(q.exec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid)));
            q.finish();
            observer.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
    lock.finish();

    auto *saveError = dialog->findChild<QLabel *>(QStringLiteral("saveError"));
    QTRY_VERIFY(saveError->isVisible());
    QVERIFY2(saveError->text().contains(QStringLiteral("not saved")),
             qPrintable(saveError->text()));
    QVERIFY(dialog->isVisible());
    QCOMPARE(title->text(), QStringLiteral("Saved across a reconnect"));
    auto *bar = window->findChild<MessageBar *>(QStringLiteral("messageBar"));
    QTRY_COMPARE(bar->text(), QStringLiteral("Reconnected to the database."));
    QCOMPARE(bar->kind(), MessageBar::Kind::Info);

    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(!window->findChild<ProductDialog *>());
    QTRY_COMPARE(window->productModel()->rowCount(), 4);
    QCOMPARE(window->productModel()->product(0).title, QStringLiteral("Saved across a reconnect"));
}

QTEST_MAIN(TestMainWindowPg)
#include "tst_mainwindowpg.moc"
