#pragma once

#include "core/result.h"
#include "redis/redisoptions.h"

#include <QList>
#include <QString>

#include <chrono>
#include <memory>
#include <mutex>
#include <vector>

namespace pm {

class RedisConnection;
class RedisReply;

/// Finds the current master of a Redis Sentinel service (redis-sentinel:// URLs).
///
/// discover() asks the sentinels in order, each with a fair share of what is left of the
/// caller's deadline, `SENTINEL get-master-addr-by-name <service>`; a sentinel that answered
/// moves to the front, so a dead one costs only the first discovery (as redis-py does).
/// RedisConnection and RedisSubscriber ask it for their target on every (re)connect and put
/// ROLE into their handshake (checkRole()): a sentinel that is out of date may still name a
/// demoted master.
///
/// A demoted master keeps accepting writes until the sentinels reconfigure it (about ten
/// seconds after the failover), so an open connection also asks masterMoved() before its calls:
/// at most once per RecheckMs per resolver the sentinels are asked again, and a connection to
/// an address they no longer name is dropped. A write that reaches a master already turned
/// replica gets READONLY, which the connection turns into failoverError(), never a success.
///
/// Thread-safety: every method may be called from any thread; copies of one RedisOptions share
/// one resolver, its sentinel order and its last answer.
class SentinelResolver
{
public:
    using TimePoint = std::chrono::steady_clock::time_point;
    /// How old the last answer of the sentinels may be before masterMoved() asks again.
    static constexpr int RecheckMs = 1000;
    static constexpr int DefaultPort = 26379;

    /// `base` gives the timeouts, backoff and allow_insecure of the sentinel connections and
    /// of the check of the master's address.
    SentinelResolver(QList<RedisEndpoint> sentinels, QString service, QString sentinelPassword,
                     const RedisOptions &base);
    ~SentinelResolver();
    SentinelResolver(const SentinelResolver &) = delete;
    SentinelResolver &operator=(const SentinelResolver &) = delete;

    /// The master the sentinels name now. Errors: Unavailable ("no sentinel answered (tried
    /// …)"), NotFound (no sentinel knows the service), InvalidInput (a remote master without
    /// allow_insecure), Protocol.
    Result<RedisEndpoint> discover(TimePoint deadline);

    /// True when the sentinels name a master other than `current` (asking them if their last
    /// answer is older than RecheckMs). Sentinels that do not answer leave the connection be.
    bool masterMoved(const RedisEndpoint &current, TimePoint deadline);

    /// The sentinels in the order they are asked now.
    QList<RedisEndpoint> sentinels() const;
    const QList<RedisEndpoint> &configuredSentinels() const { return m_sentinels; }
    const QString &service() const { return m_service; }
    const QString &sentinelPassword() const { return m_password; }

    /// The reply to ROLE in a handshake: fine for a master, an error naming the role otherwise.
    static Result<void> checkRole(const RedisReply &role, const RedisEndpoint &target);
    /// True if one of `replies` is a READONLY error reply: the master was demoted.
    static bool hitDemotedMaster(const std::vector<RedisReply> &replies);
    /// What a call that hit a demoted master fails with (Unavailable: retry).
    static Error failoverError();

private:
    const QList<RedisEndpoint> m_sentinels;
    const QString m_service;
    const QString m_password;
    const bool m_allowInsecure;
    std::vector<std::unique_ptr<RedisConnection>> m_connections; // index-aligned with m_sentinels

    mutable std::mutex m_mutex; // guards the members below; never held across I/O
    QList<int> m_order; // indices into m_sentinels, the one that answered last first
    RedisEndpoint m_lastMaster;
    TimePoint m_lastAsked;
    bool m_asked = false;
};

} // namespace pm
