#pragma once

#include <QObject>

class QTimer;

namespace pm {

class Cache;

/**
 * Finds out by itself when a failed cache works again. After a failure it asks the cache one
 * cheap question (EXISTS of the list key) after 0.5 s, then 1, 2, 4 and every 8 s (capped
 * exponential backoff) until one succeeds, and then emits recovered() once. Without it a
 * window would keep saying "Cache down" until the user pressed F5 or wrote something.
 *
 * Threading: lives on the thread that uses the cache (the window's worker), like the cache;
 * every probe runs there and is bounded by the cache's own deadline, never on the UI thread.
 */
class CacheHealthProbe : public QObject
{
    Q_OBJECT
public:
    static constexpr int FirstDelayMs = 500;
    static constexpr int MaxDelayMs = 8000;

    explicit CacheHealthProbe(Cache &cache, QObject *parent = nullptr);

    /// A cache call failed: probe until it works again (no-op while probing already).
    void noteFailure();
    bool isProbing() const;
    /// The wait before the next probe.
    int nextDelayMs() const { return m_delayMs; }
    int probes() const { return m_probes; }

signals:
    /// A probe succeeded after a failure.
    void recovered();

private:
    void probe();

    Cache &m_cache;
    QTimer *m_timer;
    int m_delayMs = FirstDelayMs;
    int m_probes = 0;
};

} // namespace pm
