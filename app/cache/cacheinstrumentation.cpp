#include "cache/cacheinstrumentation.h"

#include <atomic>
#include <chrono>

#if defined(__x86_64__) || defined(__i386__)
#include <x86intrin.h>
#define PM_HAVE_TSC 1
#endif

namespace pm {

QString cacheOpName(CacheOp op)
{
    switch (op) {
    case CacheOp::Get:
        return QStringLiteral("get");
    case CacheOp::Set:
        return QStringLiteral("set");
    case CacheOp::Add:
        return QStringLiteral("add");
    case CacheOp::Delete:
        return QStringLiteral("delete");
    case CacheOp::GetOrSet:
        return QStringLiteral("get_or_set");
    case CacheOp::GetMany:
        return QStringLiteral("get_many");
    case CacheOp::SetMany:
        return QStringLiteral("set_many");
    case CacheOp::DeleteMany:
        return QStringLiteral("delete_many");
    case CacheOp::HasKey:
        return QStringLiteral("has_key");
    case CacheOp::Touch:
        return QStringLiteral("touch");
    case CacheOp::Incr:
        return QStringLiteral("incr");
    case CacheOp::Decr:
        return QStringLiteral("decr");
    case CacheOp::IncrVersion:
        return QStringLiteral("incr_version");
    case CacheOp::DecrVersion:
        return QStringLiteral("decr_version");
    case CacheOp::Ttl:
        return QStringLiteral("ttl");
    case CacheOp::Persist:
        return QStringLiteral("persist");
    case CacheOp::Expire:
        return QStringLiteral("expire");
    case CacheOp::Clear:
        return QStringLiteral("clear");
    case CacheOp::Keys:
        return QStringLiteral("keys");
    case CacheOp::Close:
        return QStringLiteral("close");
    }
    return QStringLiteral("unknown");
}

// ---- origin -----------------------------------------------------------------------------------

namespace {
thread_local const CacheOrigin *t_currentOrigin = nullptr;
} // namespace

CacheOrigin::CacheOrigin(QString origin, int actionId)
    : m_origin(std::move(origin))
    , m_actionId(actionId)
    , m_previous(t_currentOrigin)
{
    t_currentOrigin = this;
}

CacheOrigin::~CacheOrigin()
{
    t_currentOrigin = m_previous;
}

int CacheOrigin::currentActionId()
{
    return t_currentOrigin ? t_currentOrigin->m_actionId : 0;
}

QString CacheOrigin::current()
{
    return t_currentOrigin ? t_currentOrigin->m_origin : QString();
}

// ---- ticks ------------------------------------------------------------------------------------

namespace cacheticks {

namespace {

qint64 steadyNs()
{
    using namespace std::chrono;
    return duration_cast<nanoseconds>(steady_clock::now().time_since_epoch()).count();
}

#ifdef PM_HAVE_TSC
struct Anchor
{
    quint64 tsc = __rdtsc();
    qint64 ns = steadyNs();
};

const Anchor &anchor()
{
    static const Anchor a;
    return a;
}

// Set once the process has run long enough for the ratio to be exact to a few ppm.
std::atomic<double> g_settledNsPerTick{0.0};

double nsPerTick()
{
    const double settled = g_settledNsPerTick.load(std::memory_order_relaxed);
    if (settled > 0)
        return settled;
    const Anchor &a = anchor();
    const qint64 elapsedNs = steadyNs() - a.ns;
    const quint64 elapsedTicks = __rdtsc() - a.tsc;
    if (elapsedNs <= 0 || elapsedTicks == 0)
        return 1.0;
    const double ratio = double(elapsedNs) / double(elapsedTicks);
    if (elapsedNs > 1'000'000'000)
        g_settledNsPerTick.store(ratio, std::memory_order_relaxed);
    return ratio;
}
#endif

} // namespace

quint64 now()
{
#ifdef PM_HAVE_TSC
    (void)anchor();
    return __rdtsc();
#else
    return quint64(steadyNs());
#endif
}

qint64 toNs(quint64 ticks)
{
#ifdef PM_HAVE_TSC
    return qint64(double(ticks) * nsPerTick());
#else
    return qint64(ticks);
#endif
}

} // namespace cacheticks

} // namespace pm
