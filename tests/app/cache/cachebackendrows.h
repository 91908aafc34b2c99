#pragma once
// The backends the cache behaviour suite runs against. Each row makes a fixture that owns one
// store (a MemoryBackend with a ManualClock, a private redis-server …). To add a backend, add a
// row in backendsUnderTest().

#include "cache/cachebackend.h"
#include "cache/memorybackend.h"
#include "cache/redisbackend.h"
#include "cache/valuecodec.h"
#include "core/clock.h"
#include "redis/redisoptions.h"
#include "redisserver.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace pm::test {

/// One store under test.
class BackendFixture
{
public:
    virtual ~BackendFixture() = default;
    /// A new backend over this fixture's store: two calls give two clients of the same data.
    virtual std::unique_ptr<CacheBackend> connect() = 0;
    /// Lets `ms` milliseconds pass. A fixture with a manual clock moves it; a real-time fixture
    /// does nothing, and the tests wait for expiry with QTRY_* (so TTLs in the suite are short).
    virtual void advance(qint64 ms) = 0;
    /// True when time passes on its own (Redis): tests then tolerate elapsed milliseconds.
    virtual bool isRealTime() const = 0;
    /// A backend whose value size cap is `maxValueBytes` (encoded bytes), as the cache factory
    /// makes it from a codec with that cap. On memory a store of its own; on Redis the same
    /// server.
    virtual std::unique_ptr<CacheBackend> connectCapped(qint64 maxValueBytes) = 0;
};

/// Forwards every call to a backend owned elsewhere, so several Cache objects can share it.
class ForwardingBackend final : public CacheBackend
{
public:
    explicit ForwardingBackend(CacheBackend &target)
        : m_t(target)
    { }
    QString name() const override { return m_t.name(); }
    Result<std::optional<QVariant>> get(const QByteArray &k, CallFacts &f) override
    {
        return m_t.get(k, f);
    }
    Result<void> set(const QByteArray &k, const QVariant &v, Expiry e, CallFacts &f) override
    {
        return m_t.set(k, v, e, f);
    }
    Result<bool> add(const QByteArray &k, const QVariant &v, Expiry e, CallFacts &f) override
    {
        return m_t.add(k, v, e, f);
    }
    Result<bool> remove(const QByteArray &k, CallFacts &f) override { return m_t.remove(k, f); }
    Result<QList<QPair<QByteArray, QVariant>>> getMany(const QList<QByteArray> &k,
                                                       CallFacts &f) override
    {
        return m_t.getMany(k, f);
    }
    Result<QList<QByteArray>> setMany(const QList<QPair<QByteArray, QVariant>> &i, Expiry e,
                                      CallFacts &f) override
    {
        return m_t.setMany(i, e, f);
    }
    Result<int> removeMany(const QList<QByteArray> &k, CallFacts &f) override
    {
        return m_t.removeMany(k, f);
    }
    Result<bool> hasKey(const QByteArray &k, CallFacts &f) override { return m_t.hasKey(k, f); }
    Result<bool> touch(const QByteArray &k, Expiry e, CallFacts &f) override
    {
        return m_t.touch(k, e, f);
    }
    Result<qint64> incr(const QByteArray &k, qint64 d, CallFacts &f) override
    {
        return m_t.incr(k, d, f);
    }
    Result<KeyTtl> ttl(const QByteArray &k, CallFacts &f) override { return m_t.ttl(k, f); }
    Result<bool> persist(const QByteArray &k, CallFacts &f) override { return m_t.persist(k, f); }
    Result<bool> expire(const QByteArray &k, Expiry e, CallFacts &f) override
    {
        return m_t.expire(k, e, f);
    }
    Result<qint64> clear(const QByteArray &p, CallFacts &f) override { return m_t.clear(p, f); }
    Result<KeyPage> scan(const QByteArray &p, const QByteArray &c, int n, CallFacts &f) override
    {
        return m_t.scan(p, c, n, f);
    }
    void close() override { m_t.close(); }

private:
    CacheBackend &m_t;
};

/// The memory backend on a manual clock.
class MemoryFixture final : public BackendFixture
{
public:
    explicit MemoryFixture(MemoryBackendOptions options = {})
        : m_backend(m_clock, options)
    { }
    std::unique_ptr<CacheBackend> connect() override
    {
        return std::make_unique<ForwardingBackend>(m_backend);
    }
    void advance(qint64 ms) override { m_clock.advanceMs(ms); }
    bool isRealTime() const override { return false; }
    std::unique_ptr<CacheBackend> connectCapped(qint64 maxValueBytes) override
    {
        MemoryBackendOptions options;
        options.maxValueBytes = maxValueBytes; // what createCacheBackend() does
        return std::make_unique<MemoryBackend>(m_clock, options, ValueCodec(maxValueBytes));
    }

private:
    ManualClock m_clock;
    MemoryBackend m_backend;
};

/// A private redis-server (unix socket, db 0) started for the fixture; each connect() is a new
/// client with its own connection. Redis keeps time itself, so advance() does nothing.
class RedisFixture final : public BackendFixture
{
public:
    RedisFixture()
        : m_server(leastPrivilegeReady())
    {
        m_started = m_server.start();
    }
    std::unique_ptr<CacheBackend> connect() override
    {
        return connectCapped(ValueCodec::DefaultMaxBytes);
    }
    std::unique_ptr<CacheBackend> connectCapped(qint64 maxValueBytes) override
    {
        RedisOptions options;
        options.transport = RedisOptions::Transport::Unix;
        options.socketPath = m_server.socketPath();
        // Generous: the suite shares two cores with parallel builds; deadlines have own tests.
        options.commandDeadlineMs = 2000;
        return std::make_unique<RedisBackend>(options, ValueCodec(maxValueBytes));
    }
    void advance(qint64) override { }
    bool isRealTime() const override { return true; }
    bool isStarted() const { return m_started; }
    RedisServer &server() { return m_server; }

private:
    // What the least-privilege run (PM_TEST_REDIS_LEAST_PRIVILEGE) grants the default user.
    static RedisServer::Options leastPrivilegeReady()
    {
        RedisServer::Options options;
        options.leastPrivilegeCommands = RedisBackend::requiredCommands();
        return options;
    }

    RedisServer m_server;
    bool m_started = false;
};

struct BackendRow
{
    QString name;
    std::function<std::unique_ptr<BackendFixture>()> make;
};

/// Every backend the behaviour suite covers.
static inline QList<BackendRow> backendsUnderTest()
{
    QList<BackendRow> rows;
    rows.append({QStringLiteral("memory"), [] {
                     return std::make_unique<MemoryFixture>();
                 }});
    rows.append({QStringLiteral("redis"), [] {
                     return std::make_unique<RedisFixture>();
                 }});
    return rows;
}

} // namespace pm::test

Q_DECLARE_METATYPE(pm::test::BackendRow)
