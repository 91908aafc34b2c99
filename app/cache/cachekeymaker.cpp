#include "cache/cachekeymaker.h"

#include "core/logging.h"

namespace pm {

CacheKeyMaker::CacheKeyMaker(const CacheOptions &options)
    : m_prefix(options.keyPrefix)
    , m_defaultVersion(options.defaultVersion)
    , m_keyFunction(options.keyFunction)
    , m_defaultHead(options.keyPrefix + ':' + QByteArray::number(options.defaultVersion) + ':')
{
    // The prefix is checked once here, so the per-call check covers the caller's key only.
    for (const char c : std::as_const(m_prefix)) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 33 || u == 127)
            m_prefixNeedsCheck = true;
    }
}

QString CacheKeyMaker::keyWarning(const QByteArray &madeKey)
{
    // Log text, in Django's words: not translated.
    qsizetype chars = 0;
    bool bad = false;
    for (const char c : madeKey) {
        const auto u = static_cast<unsigned char>(c);
        if ((u & 0xC0) != 0x80)
            ++chars; // counts code points, as Django counts str characters
        if (u < 33 || u == 127)
            bad = true;
    }
    if (chars > MaxKeyLength) {
        return QStringLiteral("Cache key will cause errors if used with memcached: '%1…' "
                              "(longer than %2)")
                .arg(QString::fromUtf8(madeKey.left(60)))
                .arg(MaxKeyLength);
    }
    if (bad) {
        return QStringLiteral("Cache key contains characters that will cause errors if used "
                              "with memcached: '%1'")
                .arg(QString::fromUtf8(madeKey.toPercentEncoding(":/")));
    }
    return {};
}

void CacheKeyMaker::warnIfBad(const QByteArray &made, int *warnings)
{
    const QString warning = keyWarning(made);
    if (!warning.isEmpty()) {
        ++*warnings;
        qCWarning(lcCache).noquote() << warning;
    }
}

} // namespace pm
