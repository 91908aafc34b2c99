#include "cache/valuecodec.h"
#include "cache/valuecodecwire.h"

#include <QCoreApplication>
#include <QStringList>

#include <charconv>
#include <cstring>
#include <optional>

namespace pm {

using namespace valuewire;

class ValueEncoder
{
public:
    /// `base`: where the value (its envelope header) starts in `out`.
    ValueEncoder(const ValueCodec &codec, QByteArray &out, qsizetype base)
        : m_codec(codec)
        , m_out(out)
        , m_base(base)
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
        if (m_out.size() - m_base + extra > m_codec.m_maxBytes) {
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
    const qsizetype m_base; ///< where this value starts in m_out
    std::optional<Error> m_error;
    qint64 m_cost = 0; ///< what decoding the output will be charged (decodeBudget())
};

Result<QByteArray> ValueCodec::encode(const QVariant &value) const
{
    QByteArray out;
    out.reserve(64);
    if (Result<void> r = encodeInto(value, out); !r)
        return r.error();
    return out;
}

Result<void> ValueCodec::encodeInto(const QVariant &value, QByteArray &out) const
{
    if (isInteger(value)) {
        qint64 n = 0;
        if (!toInt64(value, &n)) {
            return Error(ErrorKind::InvalidInput,
                         QCoreApplication::translate("pm::ValueCodec",
                                                     "integer out of the 64-bit range"));
        }
        char digits[24];
        const auto end = std::to_chars(digits, digits + sizeof digits, n).ptr;
        out.append(digits, end - digits);
        return {};
    }
    const qsizetype base = out.size();
    out.append(Magic, 4);
    out.append(char(FormatVersion));
    out.append('\0'); // tag, patched below
    out.append('\0');
    out.append('\0');
    putU32(out, 0); // length, patched below
    putU32(out, 0); // checksum, patched below
    ValueEncoder encoder(*this, out, base);
    const Tag tag = encoder.writeData(value, 0);
    const auto failed = [&](Error error) {
        out.truncate(base);
        return error;
    };
    if (encoder.m_error)
        return failed(*encoder.m_error);
    if (!encoder.reserve(0))
        return failed(*encoder.m_error);
    // What decode() would refuse is never written (a long list of nulls or bools, say).
    if (encoder.m_cost > decodeBudget(out.size() - base))
        return failed(Error(ErrorKind::TooLarge,
                            QCoreApplication::translate("pm::ValueCodec",
                                                        "value would decode into more than %1 "
                                                        "times its size; too sparse to cache")
                                    .arg(MaxDecodeExpansion)));
    const auto len = quint32(out.size() - base - HeaderSize);
    char *h = out.data() + base;
    h[5] = char(tag);
    for (int i = 0; i < 4; ++i)
        h[8 + i] = char((len >> (8 * i)) & 0xFF);
    quint32 crc = crc32c(h, 12);
    crc = crc32c(h + HeaderSize, len, crc);
    for (int i = 0; i < 4; ++i)
        h[12 + i] = char((crc >> (8 * i)) & 0xFF);
    return {};
}

} // namespace pm
