#pragma once

#include "core/result.h"
#include "redis/redisoptions.h"
#include "redis/redissocket.h"
#include "redis/respguard.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace pm {

class RedisConnection;

/// Timing of a RedisSubscriber beyond what RedisOptions already says.
struct RedisSubscriberOptions
{
    /// Longest single poll() wait: stop() is noticed within this time.
    int pollSliceMs = 50;
    /// A PING is sent after this much silence, so a hung server (SIGSTOP, a cut network)
    /// is noticed even when nobody publishes.
    int pingIntervalMs = 1000;
    /// The connection counts as lost when nothing arrives this long after a PING.
    int pingTimeoutMs = 500;
};

/**
 * A Redis pub/sub subscriber on its own thread.
 *
 * It owns a hiredis context that nothing else uses (a subscribed connection cannot run
 * ordinary commands), connects like RedisConnection does — non-blocking connect bounded by
 * RedisOptions::connectTimeoutMs, AUTH and SELECT, then SUBSCRIBE to every channel — and
 * reads messages in a poll() loop whose slices are short enough that stop() returns within
 * about RedisSubscriberOptions::pollSliceMs.
 *
 * A lost connection (EOF, an I/O error, a PING left unanswered) is dropped and re-established
 * after the same capped exponential backoff with jitter as RedisConnection
 * (RedisOptions::backoffInitialMs … backoffMaxMs); the channels are subscribed again after
 * every reconnect. Messages published while the subscriber was disconnected are lost (that is
 * Redis pub/sub): users must treat a reconnect as "anything may have changed".
 *
 * Every byte from the server passes a RespGuard first: a reply that is not RESP or declares
 * more than RespLimits::subscriber() (or the small limits of AUTH and SELECT) is a lost
 * connection, never an allocation of what it declares.
 *
 * The message and state handlers run on the subscriber thread; set them before start().
 *
 * Note that Redis pub/sub channels are global to the server, not per database: callers
 * that share a server must put their namespace into the channel name (see channelName()).
 * A least-privilege ACL user needs requiredCommands() and the channel pattern
 * `&<keyPrefix>:pm:*` (Redis 7 users start with `resetchannels`).
 *
 * Limitations: stop() must not be called from a handler (it joins the thread the handler
 * runs on). A TCP host name is resolved with a blocking getaddrinfo() that neither the
 * connect timeout nor stop() bounds; use an IP address or a unix socket where that matters.
 */
class RedisSubscriber
{
public:
    /// One message as published.
    struct Message
    {
        QByteArray channel;
        QByteArray payload;
    };
    using MessageHandler = std::function<void(const Message &)>;
    /// Called with true after every successful (re)subscription, false when it is lost.
    using StateHandler = std::function<void(bool connected)>;

    enum class State {
        Stopped, ///< not started, or stopped
        Connecting, ///< connecting or subscribing
        Connected, ///< subscribed to every channel
        BackingOff, ///< the last attempt failed or the connection was lost; waiting to retry
    };

    /// Counters since construction.
    struct Stats
    {
        quint64 messages = 0; ///< messages delivered to the handler
        quint64 connects = 0; ///< successful subscriptions (first one included)
        quint64 reconnects = 0; ///< successful subscriptions after the first one
        quint64 failures = 0; ///< failed attempts and lost connections
        quint64 pings = 0; ///< keep-alive PINGs sent
    };

    RedisSubscriber(RedisOptions options, QList<QByteArray> channels,
                    RedisSubscriberOptions timing = {});
    /// Stops the thread (see stop()).
    ~RedisSubscriber();
    RedisSubscriber(const RedisSubscriber &) = delete;
    RedisSubscriber &operator=(const RedisSubscriber &) = delete;

    void setMessageHandler(MessageHandler handler);
    void setStateHandler(StateHandler handler);

    /// Starts the subscriber thread; it connects in the background. No effect if running.
    void start();
    /// Ends the thread and closes the connection; returns within about pollSliceMs.
    /// No handler runs after it returns. The subscriber may be started again.
    void stop();

    bool isRunning() const { return m_thread.joinable(); }
    State state() const { return m_state.load(); }
    bool isConnected() const { return state() == State::Connected; }
    Stats stats() const;
    /// The last connection error (empty message when none yet).
    Error lastError() const;
    const QList<QByteArray> &channels() const { return m_channels; }

    /// A channel name inside a cache namespace: "<keyPrefix>:pm:<db>:<topic>". Two caches
    /// with different prefixes or databases on one server never hear each other.
    static QByteArray channelName(const QByteArray &keyPrefix, int db, const QByteArray &topic);

    /// The commands a subscriber and its publisher need, for an ACL allow-list
    /// (lower case, e.g. "+subscribe").
    static QStringList requiredCommands();

    /// PUBLISH on an ordinary connection (argv form, binary-safe). Returns the number of
    /// subscribers that received the message.
    static Result<qint64> publish(RedisConnection &connection, const QByteArray &channel,
                                  const QByteArray &payload);

private:
    using SteadyClock = std::chrono::steady_clock;
    using TimePoint = SteadyClock::time_point;

    void run();
    Result<void> connectAndSubscribe();
    Error readLoop();
    void setState(State state);
    void recordError(const Error &error);
    bool waitBackoff(int streak);
    Error stoppedError() const;

    const RedisOptions m_options;
    const QList<QByteArray> m_channels;
    const RedisSubscriberOptions m_timing;
    MessageHandler m_onMessage;
    StateHandler m_onState;

    RedisEndpoint m_target; // the subscriber thread's: where it is connected (TCP)
    RespGuard m_guard; // the subscriber thread's: validates every byte before hiredis does
    RedisSocket m_socket; // the subscriber thread's
    std::thread m_thread;
    std::atomic<bool> m_stop{false};
    std::mutex m_stopMutex;
    std::condition_variable m_stopCv;

    std::atomic<State> m_state{State::Stopped};
    std::atomic<quint64> m_messages{0};
    std::atomic<quint64> m_connects{0};
    std::atomic<quint64> m_failures{0};
    std::atomic<quint64> m_pings{0};
    mutable std::mutex m_errorMutex;
    Error m_lastError;
};

} // namespace pm
