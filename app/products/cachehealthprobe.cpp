#include "products/cachehealthprobe.h"

#include "cache/cache.h"
#include "cache/cacheinstrumentation.h"
#include "core/logging.h"
#include "products/productservice.h"

#include <QTimer>

#include <algorithm>

namespace pm {

CacheHealthProbe::CacheHealthProbe(Cache &cache, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &CacheHealthProbe::probe);
}

void CacheHealthProbe::noteFailure()
{
    if (m_timer->isActive())
        return; // the running backoff goes on: a burst of failures is one outage
    m_delayMs = FirstDelayMs;
    m_timer->start(m_delayMs);
}

bool CacheHealthProbe::isProbing() const
{
    return m_timer->isActive();
}

void CacheHealthProbe::probe()
{
    ++m_probes;
    // Named in the debug panel's call table, so the probe's calls are not taken for the list's.
    const CacheOrigin origin(QStringLiteral("health probe"));
    const auto answer = m_cache.hasKey(ProductService::ListKey);
    if (answer) {
        qCInfo(lcProducts) << "the cache answers again after" << m_probes << "probe(s)";
        m_delayMs = FirstDelayMs;
        m_probes = 0;
        emit recovered();
        return;
    }
    m_delayMs = std::min(m_delayMs * 2, MaxDelayMs);
    m_timer->start(m_delayMs);
}

} // namespace pm
