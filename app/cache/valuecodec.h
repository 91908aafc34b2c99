#pragma once

#include "cache/crc32c.h"
#include "core/result.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QVariant>

#include <functional>

namespace pm {

/// A codec for one named object type (e.g. "product_list"), so that a hot value can have a fast
/// flat encoding instead of the generic nested one.
struct ObjectCodec
{
    /// Stored in the envelope; at most 255 bytes of UTF-8.
    QString name;
    /// The QMetaType id of the values this codec encodes (QVariant::metaType().id()).
    int metaTypeId = 0;
    /// Appends the encoded payload of `value` to `out`.
    std::function<Result<void>(const QVariant &value, QByteArray &out)> encode;
    /// Decodes a payload; must reject anything malformed with an Error (never crash), and must
    /// allocate at most ValueCodec::MaxDecodeExpansion times `size` bytes (check declared
    /// counts and lengths against the bytes present before reserving).
    std::function<Result<QVariant>(const char *data, qsizetype size)> decode;
    /// Optional: the size of the payload encode() would append, computed without encoding
    /// (for a backend that keeps the value unencoded but reports its size).
    std::function<qint64(const QVariant &value)> payloadSize;
};

/**
 * The safe, versioned binary value format of the cache (never code-executing, unlike pickle).
 *
 * Integers (int, qlonglong and friends) are encoded as raw decimal ASCII, so that Redis INCRBY
 * works on them. Every other value is wrapped in an envelope:
 *
 *     offset size  field
 *     0      4     magic 0xFE 'P' 'M' 'v' (0xFE is never a digit, sign or valid UTF-8)
 *     4      1     format version (1)
 *     5      1     type tag of the top-level value
 *     6      2     reserved, zero
 *     8      4     payload length, little endian
 *     12     4     CRC-32C of bytes 0..11 and of the payload, little endian
 *     16     …     payload
 *
 * Supported values: null (QVariant::fromValue(nullptr), and an invalid QVariant), bool, double,
 * QString (UTF-8), QByteArray, QVariantList / QStringList, QVariantMap / QVariantHash (nested,
 * any depth up to 64), integers nested in containers, and registered object codecs.
 *
 * decode() returns ErrorKind::Corrupt on any problem (truncation, bit flip, wrong magic, unknown
 * version or type, length mismatch, trailing bytes, oversize) — never a partial value.
 *
 * Decoded memory is bounded by the input: a value of n bytes decodes into at most
 * MaxDecodeExpansion × n + DecodeSlackBytes bytes (estimated per element before anything is
 * allocated: a QVariant per element, a map node per entry, the text of strings and bytes).
 * A 1-byte null costs a 32-byte QVariant, so without this a forged 16 MiB list of nulls would
 * decode into 512 MiB. encode() applies the same estimate and refuses (TooLarge) what decode()
 * would refuse, so that what one side writes the other reads.
 * The value is copyable and cheap to copy (the registry is implicitly shared).
 */
class ValueCodec
{
public:
    static constexpr qint64 DefaultMaxBytes = 16 * 1024 * 1024;
    static constexpr int HeaderSize = 16;
    static constexpr quint8 FormatVersion = 1;
    /// Decoded bytes per input byte, at most (see above). Not lower: a list of small maps (the
    /// tutorial's list of dicts) really takes ~11 times its encoding (a std::map node, a QString
    /// key and a QVariant per entry), and must still be cached.
    static constexpr int MaxDecodeExpansion = 16;
    /// Allowed beyond the ratio, so that small values of nulls and bools still decode.
    static constexpr qint64 DecodeSlackBytes = 64 * 1024;
    /// The decoded-memory budget of a value of `size` encoded bytes.
    static constexpr qint64 decodeBudget(qint64 size)
    {
        return MaxDecodeExpansion * size + DecodeSlackBytes;
    }

    /// Type tags; stable on disk and on the wire.
    enum class Tag : quint8 {
        Null = 1,
        False = 2,
        True = 3,
        Int = 4,
        Double = 5,
        String = 6,
        Bytes = 7,
        List = 8,
        Map = 9,
        Object = 10,
    };

    explicit ValueCodec(qint64 maxBytes = DefaultMaxBytes);

    /// The size cap of an encoded value, in bytes.
    qint64 maxBytes() const { return m_maxBytes; }

    /// Registers (or replaces) a codec for a named object type.
    void registerObjectCodec(ObjectCodec codec);
    bool hasObjectCodec(const QString &name) const;

    /// The bytes encode() would make of a registered object, from its codec's payloadSize
    /// (close, not exact: within a few bytes of framing); -1 when it cannot say.
    qint64 encodedSize(const QVariant &value) const;
    /// Encodes a value. InvalidInput for unsupported types, TooLarge above maxBytes().
    Result<QByteArray> encode(const QVariant &value) const;
    /// The same bytes appended to `out` (nothing appended on an error): a pipeline encodes
    /// many values into one reused buffer.
    Result<void> encodeInto(const QVariant &value, QByteArray &out) const;
    /// Decodes what encode() produced; Corrupt on any problem, TooLarge above maxBytes().
    Result<QVariant> decode(const QByteArray &bytes) const;
    Result<QVariant> decode(const char *data, qsizetype size) const;

    /// True if `value` is an integer that is stored raw (and so can be incremented).
    static bool isInteger(const QVariant &value);
    /// Parses raw decimal ASCII as a 64-bit integer, as Redis does for INCRBY.
    static bool parseInteger(const char *data, qsizetype size, qint64 *out);
    /// True if `data` starts with the envelope magic.
    static bool hasEnvelope(const char *data, qsizetype size);
    /// A short type name for the inspector: "int", "null", "bool", "double", "string", "bytes",
    /// "list", "map", the registered object name, or "foreign" for anything we did not write.
    /// Cheap: reads the header only (and the object name), never checks the payload.
    static QString typeName(const char *data, qsizetype size);
    /// Type name of an in-memory value, with the same vocabulary as typeName().
    QString typeNameOf(const QVariant &value) const;

    /// CRC-32C (Castagnoli), hardware-accelerated where the CPU has SSE 4.2.
    static quint32 crc32c(const char *data, qsizetype size, quint32 crc = 0)
    {
        return pm::crc32c(data, size, crc);
    }

private:
    QHash<QString, ObjectCodec> m_byName;
    QHash<int, QString> m_byType;
    qint64 m_maxBytes;

    friend class ValueEncoder;
    friend class ValueDecoder;
};

} // namespace pm
