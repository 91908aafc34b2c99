#pragma once

#include "cache/cacheoptions.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <charconv>
#include <cstring>

namespace pm {

/**
 * Makes stored keys (`prefix:version:key`, or the options' key function) and warns, as Django
 * does, about keys memcached would refuse.
 *
 * make() is defined here so that it stays inlinable into every Cache call: it is on the path
 * of every memory hit.
 */
class CacheKeyMaker
{
public:
    static constexpr int MaxKeyLength = 250; // memcached's limit, which Django warns about

    explicit CacheKeyMaker(const CacheOptions &options);

    /// The stored key for `key` at `version`; a key memcached would refuse is logged and
    /// counted in `*warnings`.
    QByteArray make(const QString &key, int version, int *warnings) const;
    /// Every key of the cache starts with this: `keyPrefix + ':'`.
    QByteArray namespacePrefix() const { return m_prefix + ':'; }
    /// Django's memcache key warnings: a made key over 250 characters or with a control
    /// character or a space. Empty when the key is fine.
    static QString keyWarning(const QByteArray &madeKey);

private:
    /// Logs the warning of a suspicious key, if it really is one (rare: out of line).
    static void warnIfBad(const QByteArray &made, int *warnings);

    QByteArray m_prefix;
    int m_defaultVersion = 1;
    KeyFunction m_keyFunction;
    QByteArray m_defaultHead; ///< "prefix:defaultVersion:" for the default key function
    bool m_prefixNeedsCheck = false;
};

inline QByteArray CacheKeyMaker::make(const QString &key, int version, int *warnings) const
{
    QByteArray made;
    bool suspicious = false;
    bool checked = false;
    if (m_keyFunction) {
        made = m_keyFunction(key, m_prefix, version);
    } else {
        // "prefix:version:" written in place: the product list's key has a non-default
        // version (the list version), and building that head from temporaries cost three
        // allocations, most of a memory hit of ProductService::list() (callgrind).
        const bool defaultVersion = version == m_defaultVersion;
        char digits[16];
        const auto conv = std::to_chars(digits, digits + sizeof digits, version);
        const qsizetype headSize
                = defaultVersion ? m_defaultHead.size() : m_prefix.size() + (conv.ptr - digits) + 2;
        // ASCII keys (the common case) are narrowed in place: one allocation, no UTF-8 pass,
        // and the memcached character check rides along.
        const QChar *p = key.constData();
        const qsizetype n = key.size();
        made = QByteArray(headSize + n, Qt::Uninitialized);
        char *out = made.data();
        if (defaultVersion) {
            std::memcpy(out, m_defaultHead.constData(), size_t(headSize));
        } else {
            char *h = out;
            if (!m_prefix.isEmpty())
                std::memcpy(h, m_prefix.constData(), size_t(m_prefix.size()));
            h += m_prefix.size();
            *h++ = ':';
            std::memcpy(h, digits, size_t(conv.ptr - digits));
            h += conv.ptr - digits;
            *h++ = ':';
        }
        out += headSize;
        checked = true;
        suspicious = m_prefixNeedsCheck;
        for (qsizetype i = 0; i < n; ++i) {
            const char16_t u = p[i].unicode();
            if (Q_UNLIKELY(u >= 0x80)) {
                made.truncate(headSize + i);
                made.append(QStringView(p + i, n - i).toUtf8());
                checked = false;
                break;
            }
            suspicious |= u < 33 || u == 127;
            out[i] = char(u);
        }
    }
    suspicious |= made.size() > MaxKeyLength;
    if (!checked) {
        const char *c = made.constData();
        for (const char *end = c + made.size(); c != end && !suspicious; ++c) {
            const auto u = static_cast<unsigned char>(*c);
            suspicious = u < 33 || u == 127;
        }
    }
    if (Q_UNLIKELY(suspicious))
        warnIfBad(made, warnings);
    return made;
}

} // namespace pm
