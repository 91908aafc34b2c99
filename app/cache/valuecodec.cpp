#include "cache/valuecodec.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVarLengthArray>

#include <cstring>
#include <limits>

#if defined(__x86_64__) || defined(__i386__)
#include <nmmintrin.h>
#define PM_HAVE_X86_CRC 1
#endif

namespace pm {

namespace {

constexpr char Magic[4] = {'\xFE', 'P', 'M', 'v'};
constexpr int MaxDepth = 64;

// ---- CRC-32C ----------------------------------------------------------------------------------

struct Crc32cTable
{
    quint32 t[256];
    constexpr Crc32cTable()
        : t()
    {
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? (c >> 1) ^ 0x82F63B78u : c >> 1;
            t[i] = c;
        }
    }
};
constexpr Crc32cTable crcTable;

quint32 crc32cSoftware(const unsigned char *p, qsizetype n, quint32 crc)
{
    for (qsizetype i = 0; i < n; ++i)
        crc = crcTable.t[(crc ^ p[i]) & 0xFF] ^ (crc >> 8);
    return crc;
}

#ifdef PM_HAVE_X86_CRC
__attribute__((target("sse4.2"))) quint32 crc32cHardware(const unsigned char *p, qsizetype n,
                                                         quint32 crc)
{
    quint64 c = crc;
    while (n >= 8) {
        quint64 word;
        std::memcpy(&word, p, 8);
        c = _mm_crc32_u64(c, word);
        p += 8;
        n -= 8;
    }
    auto c32 = static_cast<quint32>(c);
    while (n-- > 0)
        c32 = _mm_crc32_u8(c32, *p++);
    return c32;
}

bool cpuHasSse42()
{
    static const bool has = __builtin_cpu_supports("sse4.2");
    return has;
}
#endif

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
bool toInt64(const QVariant &v, qint64 *out)
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

Error corrupt(const char *what)
{
    return Error(ErrorKind::Corrupt,
                 QCoreApplication::translate("pm::ValueCodec", "corrupt cache value: %1")
                         .arg(QString::fromLatin1(what)));
}

} // namespace

// ---- encoder ----------------------------------------------------------------------------------

class ValueEncoder
{
public:
    ValueEncoder(const ValueCodec &codec, QByteArray &out)
        : m_codec(codec)
        , m_out(out)
    { }

    // Writes the data of `v` (without its tag) and returns the tag, or sets m_error.
    ValueCodec::Tag writeData(const QVariant &v, int depth)
    {
        using Tag = ValueCodec::Tag;
        if (depth > MaxDepth) {
            fail(Error(ErrorKind::InvalidInput,
                       QCoreApplication::translate("pm::ValueCodec", "value nested too deeply")));
            return Tag::Null;
        }
        const int id = v.metaType().id();
        switch (id) {
        case QMetaType::UnknownType:
        case QMetaType::Nullptr:
            return Tag::Null;
        case QMetaType::Bool:
            return v.toBool() ? Tag::True : Tag::False;
        case QMetaType::Double:
        case QMetaType::Float: {
            const double d = v.toDouble();
            quint64 bits;
            std::memcpy(&bits, &d, 8);
            putU64(m_out, bits);
            return Tag::Double;
        }
        case QMetaType::QString:
            if (!writeString(*static_cast<const QString *>(v.constData())))
                return Tag::Null;
            return Tag::String;
        case QMetaType::QByteArray: {
            const QByteArray &bytes = *static_cast<const QByteArray *>(v.constData());
            if (!reserve(bytes.size() + 4))
                return Tag::Null;
            m_cost += bytesCost(bytes.size());
            putU32(m_out, quint32(bytes.size()));
            m_out.append(bytes);
            return Tag::Bytes;
        }
        case QMetaType::QStringList: {
            const auto &list = *static_cast<const QStringList *>(v.constData());
            putU32(m_out, quint32(list.size()));
            m_cost += list.size() * ElementCost;
            for (const QString &s : list) {
                m_out.append(char(Tag::String));
                if (!writeString(s))
                    return Tag::Null;
            }
            return Tag::List;
        }
        case QMetaType::QVariantList: {
            const auto &list = *static_cast<const QVariantList *>(v.constData());
            putU32(m_out, quint32(list.size()));
            m_cost += list.size() * ElementCost;
            for (const QVariant &e : list) {
                if (!writeTagged(e, depth + 1))
                    return Tag::Null;
            }
            return Tag::List;
        }
        case QMetaType::QVariantMap:
            return writeMap(*static_cast<const QVariantMap *>(v.constData()), depth);
        case QMetaType::QVariantHash:
            return writeMap(*static_cast<const QVariantHash *>(v.constData()), depth);
        default:
            break;
        }
        if (ValueCodec::isInteger(v)) {
            qint64 n = 0;
            if (!toInt64(v, &n)) {
                fail(Error(ErrorKind::InvalidInput,
                           QCoreApplication::translate("pm::ValueCodec",
                                                       "integer out of the 64-bit range")));
                return Tag::Null;
            }
            putU64(m_out, quint64(n));
            return Tag::Int;
        }
        const auto name = m_codec.m_byType.constFind(id);
        if (name != m_codec.m_byType.cend()) {
            const ObjectCodec &oc = m_codec.m_byName[*name];
            const QByteArray nameUtf8 = name->toUtf8();
            m_out.append(char(nameUtf8.size()));
            m_out.append(nameUtf8);
            const qsizetype lengthAt = m_out.size();
            putU32(m_out, 0);
            Result<void> r = oc.encode(v, m_out);
            if (!r) {
                fail(r.error());
                return Tag::Null;
            }
            const qsizetype len = m_out.size() - lengthAt - 4;
            if (!reserve(0))
                return Tag::Null;
            const quint32 l = quint32(len);
            char *p = m_out.data() + lengthAt;
            for (int i = 0; i < 4; ++i)
                p[i] = char((l >> (8 * i)) & 0xFF);
            return Tag::Object;
        }
        fail(Error(
                ErrorKind::InvalidInput,
                QCoreApplication::translate("pm::ValueCodec", "values of type %1 cannot be cached")
                        .arg(QString::fromLatin1(v.metaType().name()))));
        return Tag::Null;
    }

    bool writeTagged(const QVariant &v, int depth)
    {
        const qsizetype tagAt = m_out.size();
        m_out.append('\0');
        const ValueCodec::Tag tag = writeData(v, depth);
        if (m_error)
            return false;
        m_out[tagAt] = char(tag);
        return true;
    }

    template<typename M>
    ValueCodec::Tag writeMap(const M &map, int depth)
    {
        putU32(m_out, quint32(map.size()));
        m_cost += qint64(map.size()) * (MapNodeCost + ElementCost);
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            if (!writeString(it.key()))
                return ValueCodec::Tag::Null;
            if (!writeTagged(it.value(), depth + 1))
                return ValueCodec::Tag::Null;
        }
        return ValueCodec::Tag::Map;
    }

    // Length-prefixed UTF-8. ASCII (the common case) is narrowed straight into the output, without
    // the temporary QByteArray of toUtf8().
    bool writeString(QStringView s)
    {
        const qsizetype n = s.size();
        if (!reserve(n + 4))
            return false;
        const qsizetype at = m_out.size();
        m_out.resize(at + 4 + n);
        char *p = m_out.data() + at;
        const char16_t *src = s.utf16();
        for (qsizetype i = 0; i < n; ++i) {
            if (Q_UNLIKELY(src[i] >= 0x80)) {
                m_out.truncate(at);
                const QByteArray utf8 = s.toUtf8();
                if (!reserve(utf8.size() + 4))
                    return false;
                putU32(m_out, quint32(utf8.size()));
                m_out.append(utf8);
                m_cost += stringCost(utf8.size());
                return true;
            }
            p[4 + i] = char(src[i]);
        }
        const auto len = quint32(n);
        for (int i = 0; i < 4; ++i)
            p[i] = char((len >> (8 * i)) & 0xFF);
        m_cost += stringCost(n);
        return true;
    }

    // Refuses to grow past the cap: checked before large appends so that a huge value is refused
    // without being encoded first.
    bool reserve(qsizetype extra)
    {
        if (m_out.size() + extra > m_codec.m_maxBytes) {
            fail(Error(ErrorKind::TooLarge,
                       QCoreApplication::translate("pm::ValueCodec",
                                                   "value exceeds the cache size limit of %1 bytes")
                               .arg(m_codec.m_maxBytes)));
            return false;
        }
        return true;
    }

    void fail(Error e)
    {
        if (!m_error)
            m_error = std::move(e);
    }

    const ValueCodec &m_codec;
    QByteArray &m_out;
    std::optional<Error> m_error;
    qint64 m_cost = 0; ///< what decoding the output will be charged (decodeBudget())
};

// ---- decoder ----------------------------------------------------------------------------------

class ValueDecoder
{
public:
    ValueDecoder(const ValueCodec &codec, const char *p, const char *end, qint64 budget)
        : m_codec(codec)
        , m_p(p)
        , m_end(end)
        , m_budget(budget)
    { }

    bool need(qsizetype n) const { return n >= 0 && m_end - m_p >= n; }

    // Charged before allocating: false once the decoded memory would exceed the budget.
    bool charge(qint64 bytes)
    {
        m_budget -= bytes;
        return m_budget >= 0;
    }

    bool readU32(quint32 *v)
    {
        if (!need(4))
            return false;
        *v = getU32(m_p);
        m_p += 4;
        return true;
    }

    // Reads the data of a value whose tag is already known.
    bool readData(ValueCodec::Tag tag, QVariant *out, int depth)
    {
        using Tag = ValueCodec::Tag;
        if (depth > MaxDepth)
            return false;
        switch (tag) {
        case Tag::Null:
            *out = QVariant::fromValue(nullptr);
            return true;
        case Tag::False:
            *out = QVariant(false);
            return true;
        case Tag::True:
            *out = QVariant(true);
            return true;
        case Tag::Int:
            if (!need(8))
                return false;
            *out = QVariant(qlonglong(getU64(m_p)));
            m_p += 8;
            return true;
        case Tag::Double: {
            if (!need(8))
                return false;
            const quint64 bits = getU64(m_p);
            double d;
            std::memcpy(&d, &bits, 8);
            *out = QVariant(d);
            m_p += 8;
            return true;
        }
        case Tag::String: {
            quint32 n;
            if (!readU32(&n) || !need(n) || !charge(stringCost(n)))
                return false;
            *out = QVariant(QString::fromUtf8(m_p, qsizetype(n)));
            m_p += n;
            return true;
        }
        case Tag::Bytes: {
            quint32 n;
            if (!readU32(&n) || !need(n) || !charge(bytesCost(n)))
                return false;
            *out = QVariant(QByteArray(m_p, qsizetype(n)));
            m_p += n;
            return true;
        }
        case Tag::List: {
            quint32 n;
            // Every element takes at least its tag byte: a count larger than what is left is
            // corrupt; the budget then bounds the allocation to a small multiple of the input
            // (a 1-byte element costs a 32-byte QVariant).
            if (!readU32(&n) || !need(n) || !charge(qint64(n) * ElementCost))
                return false;
            QVariantList list;
            list.reserve(qsizetype(n));
            for (quint32 i = 0; i < n; ++i) {
                if (!need(1))
                    return false;
                const auto t = static_cast<Tag>(quint8(*m_p++));
                list.append(QVariant());
                if (!readData(t, &list.last(), depth + 1))
                    return false;
            }
            *out = QVariant(std::move(list));
            return true;
        }
        case Tag::Map: {
            quint32 n;
            if (!readU32(&n) || !need(qsizetype(n) * 5)
                || !charge(qint64(n) * (MapNodeCost + ElementCost)))
                return false;
            QVariantMap map;
            for (quint32 i = 0; i < n; ++i) {
                quint32 kn;
                if (!readU32(&kn) || !need(qsizetype(kn) + 1) || !charge(stringCost(kn)))
                    return false;
                const QString key = internKey(m_p, qsizetype(kn));
                m_p += kn;
                const auto t = static_cast<Tag>(quint8(*m_p++));
                QVariant v;
                if (!readData(t, &v, depth + 1))
                    return false;
                // Keys were written in order: inserting at the end is amortised O(1).
                map.insert(map.cend(), key, std::move(v));
            }
            *out = QVariant(std::move(map));
            return true;
        }
        case Tag::Object: {
            if (!need(1))
                return false;
            const int nameLen = quint8(*m_p++);
            if (!need(nameLen))
                return false;
            const QString name = QString::fromUtf8(m_p, nameLen);
            m_p += nameLen;
            quint32 n;
            if (!readU32(&n) || !need(n))
                return false;
            const auto it = m_codec.m_byName.constFind(name);
            if (it == m_codec.m_byName.cend() || !it->decode)
                return false;
            Result<QVariant> r = it->decode(m_p, qsizetype(n));
            if (!r)
                return false;
            *out = std::move(r).value();
            m_p += n;
            return true;
        }
        }
        return false; // unknown tag
    }

    // Lists of maps repeat the same few keys: share one QString per distinct key instead of
    // allocating it again for every map.
    QString internKey(const char *p, qsizetype n)
    {
        for (const KeyEntry &e : m_keys) {
            if (e.size == n && std::memcmp(e.bytes, p, size_t(n)) == 0)
                return e.key;
        }
        QString key = QString::fromUtf8(p, n);
        if (m_keys.size() < 32)
            m_keys.append({p, n, key});
        return key;
    }

    struct KeyEntry
    {
        const char *bytes; ///< into the input, which outlives the decoder
        qsizetype size;
        QString key;
    };
    const ValueCodec &m_codec;
    const char *m_p;
    const char *m_end;
    qint64 m_budget; ///< decoded bytes still allowed (ValueCodec::decodeBudget())
    static_assert(ValueCodec::MaxDecodeExpansion == 16, "update the message in decode()");
    QVarLengthArray<KeyEntry, 8> m_keys;
};

// ---- ValueCodec -------------------------------------------------------------------------------

ValueCodec::ValueCodec(qint64 maxBytes)
    : m_maxBytes(maxBytes)
{ }

void ValueCodec::registerObjectCodec(ObjectCodec codec)
{
    Q_ASSERT(codec.name.toUtf8().size() <= 255);
    m_byType.insert(codec.metaTypeId, codec.name);
    m_byName.insert(codec.name, std::move(codec));
}

qint64 ValueCodec::encodedSize(const QVariant &value) const
{
    const auto name = m_byType.constFind(value.metaType().id());
    if (name == m_byType.cend())
        return -1;
    const ObjectCodec &oc = m_byName[*name];
    if (!oc.payloadSize)
        return -1;
    // The envelope, the tag, the name's length byte and the name, the payload's length.
    return HeaderSize + 2 + name->toUtf8().size() + 4 + oc.payloadSize(value);
}

bool ValueCodec::hasObjectCodec(const QString &name) const
{
    return m_byName.contains(name);
}

bool ValueCodec::isInteger(const QVariant &value)
{
    switch (value.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return true;
    default:
        return false;
    }
}

bool ValueCodec::parseInteger(const char *data, qsizetype size, qint64 *out)
{
    // The same strictness as Redis's string2ll: optional '-', no '+', no leading zeros, no
    // spaces, at most 20 characters and within the 64-bit range.
    if (size <= 0 || size > 20)
        return false;
    const char *p = data;
    const char *end = data + size;
    bool negative = false;
    if (*p == '-') {
        negative = true;
        if (++p == end)
            return false;
    }
    if (*p == '0')
        return size == 1 && !negative ? (*out = 0, true) : false;
    quint64 v = 0;
    for (; p != end; ++p) {
        if (*p < '0' || *p > '9')
            return false;
        const unsigned digit = unsigned(*p - '0');
        if (v > (std::numeric_limits<quint64>::max() - digit) / 10)
            return false;
        v = v * 10 + digit;
    }
    if (negative) {
        if (v > quint64(std::numeric_limits<qint64>::max()) + 1)
            return false;
        *out = qint64(0 - v);
    } else {
        if (v > quint64(std::numeric_limits<qint64>::max()))
            return false;
        *out = qint64(v);
    }
    return true;
}

bool ValueCodec::hasEnvelope(const char *data, qsizetype size)
{
    return size >= 4 && std::memcmp(data, Magic, 4) == 0;
}

quint32 ValueCodec::crc32c(const char *data, qsizetype size, quint32 crc)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data);
    crc = ~crc;
#ifdef PM_HAVE_X86_CRC
    if (cpuHasSse42())
        return ~crc32cHardware(p, size, crc);
#endif
    return ~crc32cSoftware(p, size, crc);
}

Result<QByteArray> ValueCodec::encode(const QVariant &value) const
{
    if (isInteger(value)) {
        qint64 n = 0;
        if (!toInt64(value, &n)) {
            return Error(ErrorKind::InvalidInput,
                         QCoreApplication::translate("pm::ValueCodec",
                                                     "integer out of the 64-bit range"));
        }
        return QByteArray::number(n);
    }
    QByteArray out;
    out.reserve(64);
    out.append(Magic, 4);
    out.append(char(FormatVersion));
    out.append('\0'); // tag, patched below
    out.append('\0');
    out.append('\0');
    putU32(out, 0); // length, patched below
    putU32(out, 0); // checksum, patched below
    ValueEncoder encoder(*this, out);
    const Tag tag = encoder.writeData(value, 0);
    if (encoder.m_error)
        return *encoder.m_error;
    if (!encoder.reserve(0))
        return *encoder.m_error;
    // What decode() would refuse is never written (a long list of nulls or bools, say).
    if (encoder.m_cost > decodeBudget(out.size()))
        return Error(ErrorKind::TooLarge,
                     QCoreApplication::translate("pm::ValueCodec",
                                                 "value would decode into more than %1 times its "
                                                 "size; too sparse to cache")
                             .arg(MaxDecodeExpansion));
    const auto len = quint32(out.size() - HeaderSize);
    char *h = out.data();
    h[5] = char(tag);
    for (int i = 0; i < 4; ++i)
        h[8 + i] = char((len >> (8 * i)) & 0xFF);
    quint32 crc = crc32c(h, 12);
    crc = crc32c(h + HeaderSize, len, crc);
    for (int i = 0; i < 4; ++i)
        h[12 + i] = char((crc >> (8 * i)) & 0xFF);
    return out;
}

Result<QVariant> ValueCodec::decode(const QByteArray &bytes) const
{
    return decode(bytes.constData(), bytes.size());
}

Result<QVariant> ValueCodec::decode(const char *data, qsizetype size) const
{
    if (size > m_maxBytes)
        return corrupt("larger than the size limit");
    if (!hasEnvelope(data, size)) {
        qint64 n;
        if (parseInteger(data, size, &n))
            return QVariant(qlonglong(n));
        return corrupt("not written by this application");
    }
    if (size < HeaderSize)
        return corrupt("truncated header");
    if (quint8(data[4]) != FormatVersion)
        return corrupt("unknown format version");
    if (data[6] != 0 || data[7] != 0)
        return corrupt("bad header");
    const quint32 len = getU32(data + 8);
    if (qsizetype(len) != size - HeaderSize)
        return corrupt("length mismatch");
    quint32 crc = crc32c(data, 12);
    crc = crc32c(data + HeaderSize, len, crc);
#ifndef FUZZING_BUILD_MODE_UNSAFE_FOR_PRODUCTION
    // (The fuzz build skips this so that mutations reach the payload parser.)
    if (crc != getU32(data + 12))
        return corrupt("checksum mismatch");
#endif
    ValueDecoder decoder(*this, data + HeaderSize, data + size, decodeBudget(size));
    QVariant value;
    if (!decoder.readData(static_cast<Tag>(quint8(data[5])), &value, 0))
        return corrupt(decoder.m_budget < 0 ? "it would decode into more than 16 times its size"
                                            : "malformed payload");
    if (decoder.m_p != decoder.m_end)
        return corrupt("trailing bytes");
    return value;
}

QString ValueCodec::typeName(const char *data, qsizetype size)
{
    if (!hasEnvelope(data, size)) {
        qint64 n;
        return parseInteger(data, size, &n) ? QStringLiteral("int") : QStringLiteral("foreign");
    }
    if (size < HeaderSize)
        return QStringLiteral("foreign");
    switch (static_cast<Tag>(quint8(data[5]))) {
    case Tag::Null:
        return QStringLiteral("null");
    case Tag::False:
    case Tag::True:
        return QStringLiteral("bool");
    case Tag::Int:
        return QStringLiteral("int");
    case Tag::Double:
        return QStringLiteral("double");
    case Tag::String:
        return QStringLiteral("string");
    case Tag::Bytes:
        return QStringLiteral("bytes");
    case Tag::List:
        return QStringLiteral("list");
    case Tag::Map:
        return QStringLiteral("map");
    case Tag::Object: {
        if (size < HeaderSize + 1)
            return QStringLiteral("foreign");
        const int n = quint8(data[HeaderSize]);
        if (size < HeaderSize + 1 + n)
            return QStringLiteral("foreign");
        return QString::fromUtf8(data + HeaderSize + 1, n);
    }
    }
    return QStringLiteral("foreign");
}

QString ValueCodec::typeNameOf(const QVariant &value) const
{
    switch (value.metaType().id()) {
    case QMetaType::UnknownType:
    case QMetaType::Nullptr:
        return QStringLiteral("null");
    case QMetaType::Bool:
        return QStringLiteral("bool");
    case QMetaType::Double:
    case QMetaType::Float:
        return QStringLiteral("double");
    case QMetaType::QString:
        return QStringLiteral("string");
    case QMetaType::QByteArray:
        return QStringLiteral("bytes");
    case QMetaType::QStringList:
    case QMetaType::QVariantList:
        return QStringLiteral("list");
    case QMetaType::QVariantMap:
    case QMetaType::QVariantHash:
        return QStringLiteral("map");
    default:
        break;
    }
    if (isInteger(value))
        return QStringLiteral("int");
    return m_byType.value(value.metaType().id(), QString::fromLatin1(value.metaType().name()));
}

} // namespace pm
