#include "redis/openssllibrary.h"

#include <dlfcn.h>

namespace pm {

namespace {

struct LoadResult
{
    OpenSslLibrary library;
    bool ok = false;
    QString error;
};

LoadResult loadOnce()
{
    LoadResult r;
    // The soname Debian's libssl3 ships (the ABI these headers were compiled against).
    void *handle = dlopen("libssl.so.3", RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        r.error = QString::fromLocal8Bit(dlerror());
        return r;
    }
    // dlsym on the handle also searches what libssl depends on (libcrypto).
#define PM_OPENSSL_RESOLVE(name) \
    r.library.name = reinterpret_cast<decltype(r.library.name)>(dlsym(handle, #name)); \
    if (!r.library.name) { \
        r.error = QStringLiteral("libssl.so.3 has no %1").arg(QLatin1String(#name)); \
        return r; \
    }
    PM_OPENSSL_FUNCTIONS(PM_OPENSSL_RESOLVE)
#undef PM_OPENSSL_RESOLVE
    r.ok = true; // never unloaded: OpenSSL keeps global state
    return r;
}

const LoadResult &result()
{
    static const LoadResult r = loadOnce();
    return r;
}

} // namespace

const OpenSslLibrary *OpenSslLibrary::load(QString *error)
{
    const LoadResult &r = result();
    if (!r.ok && error)
        *error = r.error;
    return r.ok ? &r.library : nullptr;
}

const OpenSslLibrary &OpenSslLibrary::loaded()
{
    return result().library;
}

} // namespace pm
