#pragma once

#include "cache/cachetimeout.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace pm {

/// Makes the stored key from the caller's key, the prefix and the version.
using KeyFunction
        = std::function<QByteArray(const QString &key, const QByteArray &prefix, int version)>;

/// Options of a Cache front end (Django's KEY_PREFIX, VERSION, KEY_FUNCTION, TIMEOUT).
struct CacheOptions
{
    /// Namespace of this cache; clear() and keys() touch only keys under it.
    QByteArray keyPrefix;
    int defaultVersion = 1;
    /// Empty: `prefix:version:key`. A custom function must make keys of that same form
    /// (`keyPrefix:<version as an int>:<anything>`, see isNamespaceKey()) for clear() and keys()
    /// to find them: anything else could be a neighbour's key on a shared Redis.
    KeyFunction keyFunction;
    /// Used when a call omits its timeout; may be Timeout::never() but not Timeout().
    Timeout defaultTimeout = Timeout::ms(300'000);
    /// A backend failure on a read (get, get_many, has_key, the lookup of get_or_set) is a miss
    /// instead of an Error, so that callers fall back to their source of truth when Redis is
    /// dead or hung (docs/cache-semantics.md). The failure is still counted in stats().errors and
    /// reported to observers with its error. Writes always report their errors. The console turns
    /// this off to show the error.
    bool readErrorsAreMisses = true;
    /// Off: no statistics, no records. Exists to measure what the instrumentation costs
    /// (bench_cache); the application never turns it off.
    bool instrumented = true;
};

} // namespace pm
