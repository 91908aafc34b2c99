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
    /// Empty: `prefix:version:key`. A custom function must start its keys with
    /// `keyPrefix + ':'` for clear() and keys() to find them.
    KeyFunction keyFunction;
    /// Used when a call omits its timeout; may be Timeout::never() but not Timeout().
    Timeout defaultTimeout = Timeout::ms(300'000);
};

} // namespace pm
