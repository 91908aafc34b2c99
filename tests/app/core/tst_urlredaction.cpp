// Every URL form the app accepts (and the ones it will), through the one redaction routine.
#include "core/urlredaction.h"

#include <QTest>

using namespace pm;

class TestUrlRedaction : public QObject
{
    Q_OBJECT
private slots:
    void redactAndStrip_data();
    void redactAndStrip();
};

void TestUrlRedaction::redactAndStrip_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("redacted");
    // What may be stored; a null string: free text, which is never stored.
    QTest::addColumn<QString>("stripped");
    // Must appear in neither; empty when the input holds no secret.
    QTest::addColumn<QString>("secret");

    auto row = [](const char *name, const char *input, const char *redacted, const char *stripped,
                  const char *secret) {
        QTest::newRow(name) << QString::fromUtf8(input) << QString::fromUtf8(redacted)
                            << (stripped ? QString::fromUtf8(stripped) : QString())
                            << QString::fromUtf8(secret);
    };

    // --- redis://
    row("redis user:pw", "redis://app:hunter2@cache:6379/0", "redis://app:***@cache:6379/0",
        "redis://app:@cache:6379/0", "hunter2");
    row("redis :pw", "redis://:hunter2@127.0.0.1:6379/1", "redis://:***@127.0.0.1:6379/1",
        "redis://127.0.0.1:6379/1", "hunter2");
    row("redis password only", "redis://hunter2@127.0.0.1/1", "redis://***@127.0.0.1/1",
        "redis://127.0.0.1/1", "hunter2");
    row("redis upper-case scheme", "REDIS://hunter2@127.0.0.1/1", "REDIS://***@127.0.0.1/1",
        "REDIS://127.0.0.1/1", "hunter2");
    row("redis percent-encoded", "redis://app:s3cr%40t@cache:6380/3",
        "redis://app:***@cache:6380/3", "redis://app:@cache:6380/3", "s3cr%40t");
    row("redis raw @ in password", "redis://:p@ss@127.0.0.1/1", "redis://:***@127.0.0.1/1",
        "redis://127.0.0.1/1", "p@ss");
    row("redis raw : in password", "redis://app:pa:ss@localhost/1", "redis://app:***@localhost/1",
        "redis://app:@localhost/1", "pa:ss");
    row("redis raw / in password", "redis://:hun/ter2@localhost/1", "redis://:***@localhost/1",
        "redis://localhost/1", "ter2");
    row("redis ipv6", "redis://:hunter2@[::1]:6379/0", "redis://:***@[::1]:6379/0",
        "redis://[::1]:6379/0", "hunter2");
    row("redis password query", "redis://127.0.0.1/1?password=hunter2&deadline=250",
        "redis://127.0.0.1/1?password=***&deadline=250", "redis://127.0.0.1/1?deadline=250",
        "hunter2");
    row("redis pass query last", "redis://127.0.0.1/1?deadline=250&PASS=hunter2",
        "redis://127.0.0.1/1?deadline=250&PASS=***", "redis://127.0.0.1/1?deadline=250", "hunter2");
    row("redis empty password", "redis://app:@127.0.0.1/1", "redis://app:@127.0.0.1/1",
        "redis://app:@127.0.0.1/1", "");
    row("redis no password", "redis://127.0.0.1:6379/1?deadline=250",
        "redis://127.0.0.1:6379/1?deadline=250", "redis://127.0.0.1:6379/1?deadline=250", "");
    // --- unix://
    row("unix password query", "unix:///tmp/r.sock?db=1&password=hunter2",
        "unix:///tmp/r.sock?db=1&password=***", "unix:///tmp/r.sock?db=1", "hunter2");
    row("unix password query first", "unix:///tmp/r.sock?password=hunter2&db=1",
        "unix:///tmp/r.sock?password=***&db=1", "unix:///tmp/r.sock?db=1", "hunter2");
    row("unix password only", "unix://hunter2@/tmp/r.sock?db=1", "unix://***@/tmp/r.sock?db=1",
        "unix:///tmp/r.sock?db=1", "hunter2");
    row("unix user:pw", "unix://app:hunter2@/tmp/r.sock?db=1", "unix://app:***@/tmp/r.sock?db=1",
        "unix://app:@/tmp/r.sock?db=1", "hunter2");
    row("unix @ in socket path", "unix:///run/u@x/r.sock?db=1", "unix:///run/u@x/r.sock?db=1",
        "unix:///run/u@x/r.sock?db=1", "");
    // --- rediss:// (not accepted yet, masked already) and Sentinel.
    row("rediss user:pw", "rediss://app:hunter2@cache.example:6380/0?ssl_ca_certs=/etc/ca.pem",
        "rediss://app:***@cache.example:6380/0?ssl_ca_certs=/etc/ca.pem",
        "rediss://app:@cache.example:6380/0?ssl_ca_certs=/etc/ca.pem", "hunter2");
    row("rediss password only", "rediss://hunter2@cache.example/0", "rediss://***@cache.example/0",
        "rediss://cache.example/0", "hunter2");
    row("sentinel :pw", "redis-sentinel://:hunter2@s1:26379,s2:26379/0?service=main",
        "redis-sentinel://:***@s1:26379,s2:26379/0?service=main",
        "redis-sentinel://s1:26379,s2:26379/0?service=main", "hunter2");
    row("sentinel user:pw", "redis-sentinel://app:hun@ter2@s1:26379,s2/0?service=main",
        "redis-sentinel://app:***@s1:26379,s2/0?service=main",
        "redis-sentinel://app:@s1:26379,s2/0?service=main", "hun@ter2");
    row("sentinel password only", "redis-sentinel://hunter2@s1:26379/0?service=main",
        "redis-sentinel://***@s1:26379/0?service=main", "redis-sentinel://s1:26379/0?service=main",
        "hunter2");
    row("sentinel_password query",
        "redis-sentinel://s1,s2/0?service=main&sentinel_password=hunter2",
        "redis-sentinel://s1,s2/0?service=main&sentinel_password=***",
        "redis-sentinel://s1,s2/0?service=main", "hunter2");
    row("sentinel both passwords", "redis-sentinel://:pw1@s1/0?sentinel_password=hunter2&service=m",
        "redis-sentinel://:***@s1/0?sentinel_password=***&service=m",
        "redis-sentinel://s1/0?service=m", "hunter2");
    // --- PostgreSQL
    row("postgresql user:pw", "postgresql://shop:hunter2@db.example:5433/catalogue",
        "postgresql://shop:***@db.example:5433/catalogue",
        "postgresql://shop@db.example:5433/catalogue", "hunter2");
    row("postgres scheme", "postgres://shop:hunter2@db/catalogue",
        "postgres://shop:***@db/catalogue", "postgres://shop@db/catalogue", "hunter2");
    row("postgresql user only is a user", "postgresql://shop@db.example/catalogue",
        "postgresql://shop@db.example/catalogue", "postgresql://shop@db.example/catalogue", "");
    row("postgresql percent-encoded", "postgresql://me:p%40ss%3Aw@[::1]:5433/db",
        "postgresql://me:***@[::1]:5433/db", "postgresql://me@[::1]:5433/db", "p%40ss");
    row("postgresql socket query", "postgresql:///catalogue?host=/run/pg&user=me&password=hunter2",
        "postgresql:///catalogue?host=/run/pg&user=me&password=***",
        "postgresql:///catalogue?host=/run/pg&user=me", "hunter2");
    row("postgresql only query item", "postgresql://h/c?password=hunter2",
        "postgresql://h/c?password=***", "postgresql://h/c", "hunter2");
    row("postgresql database name with @", "postgresql://shop@h:5432/a@b",
        "postgresql://shop@h:5432/a@b", "postgresql://shop@h:5432/a@b", "");
    // --- malformed
    row("malformed one slash", "postgresql:/u:hunter2@localhost/db",
        "postgresql:/u:***@localhost/db", "postgresql:/u@localhost/db", "hunter2");
    row("malformed no slash", "postgres:user:hunter2@host/db", "postgres:user:***@host/db",
        "postgres:user@host/db", "hunter2");
    row("malformed redis one slash", "redis:/hunter2@localhost/1", "redis:/***@localhost/1",
        "redis:/localhost/1", "hunter2");
    row("unknown scheme user:pw", "mysql://me:hunter2@host/db", "mysql://me:***@host/db",
        "mysql://me@host/db", "hunter2");
    // --- SQLite and memory: paths are not secrets, even with ':' or '@'.
    row("sqlite url", "sqlite:///home/me/products.db", "sqlite:///home/me/products.db",
        "sqlite:///home/me/products.db", "");
    row("sqlite url with @", "sqlite:///srv/me@x/p.db", "sqlite:///srv/me@x/p.db",
        "sqlite:///srv/me@x/p.db", "");
    row("sqlite plain path", "/srv/a:b@c/products.db", "/srv/a:b@c/products.db",
        "/srv/a:b@c/products.db", "");
    row("sqlite relative path with ?", "a?password=x.db", "a?password=***", "a?password=x.db", "");
    row("memory", "memory://?max_entries=30&cull_frequency=3",
        "memory://?max_entries=30&cull_frequency=3", "memory://?max_entries=30&cull_frequency=3",
        "");
    // --- free text (error messages, log lines, console lines)
    row("text quoting a url", "Opening the database \"postgresql://me:hunter2@h/db\" failed",
        "Opening the database \"postgresql://me:***@h/db\" failed", nullptr, "hunter2");
    row("text with two urls", "from redis://:hunter2@a/0 to unix://hunter2@/tmp/s.sock?db=1.",
        "from redis://:***@a/0 to unix://***@/tmp/s.sock?db=1.", nullptr, "hunter2");
    row("text url after a label", "url:redis://hunter2@a/0", "url:redis://***@a/0", nullptr,
        "hunter2");
    row("text libpq keywords", "host=/s user=me password=hunter2 dbname=x",
        "host=/s user=me password=*** dbname=x", nullptr, "hunter2");
    row("text console argument", "config set requirepass=hunter2", "config set requirepass=***",
        nullptr, "hunter2");
    row("text without url", "get product_objects", "get product_objects", nullptr, "");
    row("text host:port", "connect to localhost:6379 failed", "connect to localhost:6379 failed",
        nullptr, "");
}

void TestUrlRedaction::redactAndStrip()
{
    QFETCH(QString, input);
    QFETCH(QString, redacted);
    QFETCH(QString, stripped);
    QFETCH(QString, secret);

    const QString r = redactUrl(input);
    QCOMPARE(r, redacted);
    QCOMPARE(redactUrl(r), r); // masking twice changes nothing
    if (!secret.isEmpty())
        QVERIFY2(!r.contains(secret), qPrintable(r));
    if (stripped.isNull())
        return;
    const QString s = withoutUrlPassword(input);
    QCOMPARE(s, stripped);
    if (!secret.isEmpty())
        QVERIFY2(!s.contains(secret), qPrintable(s));
    QCOMPARE(withoutUrlPassword(s), s);
}

QTEST_GUILESS_MAIN(TestUrlRedaction)
#include "tst_urlredaction.moc"
