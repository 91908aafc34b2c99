#pragma once

// The wire helpers shared by the value encoder and decoder (valueencoder.cpp,
// valuedecoder.cpp): not part of the cache's API.

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QVariant>

#include <limits>

namespace pm::valuewire {

inline constexpr char Magic[4] = {'\xFE', 'P', 'M', 'v'};
inline constexpr int MaxDepth = 64;

// ---- little-endian helpers --------------------------------------------------------------------

inline void putU32(QByteArray &out, quint32 v)
{
    const char b[4] = {char(v & 0xFF), char((v >> 8) & 0xFF), char((v >> 16) & 0xFF),
                       char((v >> 24) & 0xFF)};
    out.append(b, 4);
}

inline void putU64(QByteArray &out, quint64 v)
{
    char b[8];
    for (int i = 0; i < 8; ++i)
        b[i] = char((v >> (8 * i)) & 0xFF);
    out.append(b, 8);
}

inline quint32 getU32(const char *p)
{
    const auto *u = reinterpret_cast<const unsigned char *>(p);
    return quint32(u[0]) | (quint32(u[1]) << 8) | (quint32(u[2]) << 16) | (quint32(u[3]) << 24);
}

inline quint64 getU64(const char *p)
{
    const auto *u = reinterpret_cast<const unsigned char *>(p);
    quint64 v = 0;
    for (int i = 7; i >= 0; --i)
        v = (v << 8) | u[i];
    return v;
}

// QVariant::toLongLong() wraps unsigned values above INT64_MAX silently; refuse them instead.
inline bool toInt64(const QVariant &v, qint64 *out)
{
    const int id = v.metaType().id();
    if (id == QMetaType::ULongLong || id == QMetaType::ULong) {
        const qulonglong u = v.toULongLong();
        if (u > qulonglong(std::numeric_limits<qint64>::max()))
            return false;
        *out = qint64(u);
        return true;
    }
    bool ok = false;
    *out = v.toLongLong(&ok);
    return ok;
}

// The decoded-memory estimate shared by the encoder and the decoder (see decodeBudget()).
// Rough upper bounds of what Qt allocates; both sides must charge exactly the same.
constexpr qint64 ElementCost = qint64(sizeof(QVariant)); // every list element and map value
constexpr qint64 MapNodeCost = 80; // a std::map node (links, colour) and its QString key
constexpr qint64 BlockOverhead = 32; // an array header plus allocator slack
// UTF-8 text of n bytes is at most n UTF-16 units.
constexpr qint64 stringCost(qint64 utf8Bytes)
{
    return utf8Bytes > 0 ? 2 * utf8Bytes + BlockOverhead : 0;
}
constexpr qint64 bytesCost(qint64 n)
{
    return n > 0 ? n + BlockOverhead : 0;
}

inline Error corrupt(const char *what)
{
    return Error(ErrorKind::Corrupt,
                 QCoreApplication::translate("pm::ValueCodec", "corrupt cache value: %1")
                         .arg(QString::fromLatin1(what)));
}

} // namespace pm::valuewire
