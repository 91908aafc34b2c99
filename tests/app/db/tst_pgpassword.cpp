// A PostgreSQL URL without a password leaves the password to libpq (PGPASSWORD, ~/.pgpass):
// against the test cluster, where the role pm_password_user must give a password
// (scram-sha-256, tests/support/pgcluster.sh). A password in the URL wins, and none of them
// shows in an error or in redactedUrl().
#include "db/database.h"
#include "db/schemamigrator.h"
#include "pgsupport.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace pm;
using namespace pm::test;

namespace {

const QString Role = QStringLiteral("pm_password_user");
const QString DatabaseName = QStringLiteral("pmtest_pgpassword");
// ':' and '@' so that the URL and ~/.pgpass forms need their escapes.
const QString Secret = QStringLiteral("pg-S3cret:@4d");
const QString WrongSecret = QStringLiteral("pg-Wr0ng-81");

} // namespace

class TestPgPassword : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void noPasswordInUrl_refusedWithoutLibpqPassword();
    void noPasswordInUrl_setsNoPassword_andPgpasswordIsHonoured();
    void noPasswordInUrl_pgpassFileIsHonoured();
    void passwordInUrl_winsOverPgpassword();

private:
    DatabaseConfig config(const QString &password = {}) const;
    void verifyNoSecret(const QString &text) const;

    QString m_socketDir;
    QTemporaryDir m_dir;
};

void TestPgPassword::initTestCase()
{
    auto fresh = freshPostgresDatabase(DatabaseName);
    QVERIFY2(fresh, qPrintable(fresh ? QString() : fresh.error().toString()));
    m_socketDir = fresh->host;
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), "admin");
        admin.setHostName(m_socketDir);
        admin.setUserName(QStringLiteral("postgres"));
        admin.setDatabaseName(DatabaseName);
        QVERIFY2(admin.open(), qPrintable(admin.lastError().text()));
        QSqlQuery q(admin);
        QVERIFY(q.exec(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = '%1'").arg(Role)));
        if (!q.next())
            QVERIFY2(q.exec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(Role)),
                     qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(QStringLiteral("ALTER ROLE %1 PASSWORD '%2'").arg(Role, Secret)),
                 qPrintable(q.lastError().text()));
        // The owner may create the tables (PostgreSQL 15 gives public's CREATE to the owner).
        QVERIFY2(q.exec(QStringLiteral("ALTER DATABASE %1 OWNER TO %2").arg(DatabaseName, Role)),
                 qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("DROP TABLE IF EXISTS products, meta")));
        q.finish();
        admin.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("admin"));
    QVERIFY(m_dir.isValid());
}

void TestPgPassword::cleanup()
{
    qunsetenv("PGPASSWORD");
    // Never the tester's own ~/.pgpass: a file that does not exist.
    qputenv("PGPASSFILE", m_dir.filePath(QStringLiteral("none")).toLocal8Bit());
}

DatabaseConfig TestPgPassword::config(const QString &password) const
{
    QString url = QStringLiteral("postgresql:///%1?host=%2&user=%3&connect_timeout=5")
                          .arg(DatabaseName, m_socketDir, Role);
    if (!password.isEmpty())
        url += QStringLiteral("&password=")
                + QString::fromLatin1(QUrl::toPercentEncoding(password));
    auto parsed = DatabaseConfig::fromUrl(url);
    if (!parsed)
        qFatal("%s", qPrintable(parsed.error().toString()));
    return *parsed;
}

void TestPgPassword::verifyNoSecret(const QString &text) const
{
    QVERIFY2(!text.contains(Secret) && !text.contains(WrongSecret), qPrintable(text));
    QVERIFY2(!text.contains(QString::fromLatin1(QUrl::toPercentEncoding(Secret))),
             qPrintable(text));
}

void TestPgPassword::noPasswordInUrl_refusedWithoutLibpqPassword()
{
    cleanup();
    const DatabaseConfig c = config();
    QVERIFY(c.password.isEmpty());
    auto db = Database::open(c, Schema{});
    QVERIFY2(!db, "the role needs a password: the cluster really asks for one");
    QCOMPARE(db.error().kind, ErrorKind::Unavailable);
    verifyNoSecret(db.error().toString());
}

void TestPgPassword::noPasswordInUrl_setsNoPassword_andPgpasswordIsHonoured()
{
    cleanup();
    qputenv("PGPASSWORD", Secret.toUtf8());
    auto db = Database::open(config(), Schema{});
    QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
    // Nothing set on the Qt side: libpq found the password itself.
    QVERIFY((*db)->connection().password().isNull());
    QSqlQuery q((*db)->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT current_user")) && q.next());
    QCOMPARE(q.value(0).toString(), Role);
    verifyNoSecret((*db)->config().redactedUrl());
}

void TestPgPassword::noPasswordInUrl_pgpassFileIsHonoured()
{
    cleanup();
    const QString pgpass = m_dir.filePath(QStringLiteral("pgpass"));
    QFile file(pgpass);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QString escaped = Secret;
    escaped.replace(QLatin1Char(':'), QStringLiteral("\\:"));
    file.write(QStringLiteral("*:*:%1:%2:%3\n").arg(DatabaseName, Role, escaped).toUtf8());
    file.close();
    // libpq ignores a password file that others may read.
    QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    qputenv("PGPASSFILE", pgpass.toLocal8Bit());
    auto db = Database::open(config(), Schema{});
    QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
    QVERIFY((*db)->connection().password().isNull());
}

void TestPgPassword::passwordInUrl_winsOverPgpassword()
{
    cleanup();
    {
        auto db = Database::open(config(Secret), Schema{});
        QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
        verifyNoSecret((*db)->config().redactedUrl());
        QVERIFY((*db)->config().redactedUrl().contains(QStringLiteral("password=***")));
    }

    qputenv("PGPASSWORD", Secret.toUtf8());
    auto wrong = Database::open(config(WrongSecret), Schema{});
    QVERIFY2(!wrong, "the URL's password is the one sent");
    verifyNoSecret(wrong.error().toString());
}

QTEST_GUILESS_MAIN(TestPgPassword)
#include "tst_pgpassword.moc"
