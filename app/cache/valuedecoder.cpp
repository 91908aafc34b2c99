#include "cache/valuecodec.h"
#include "cache/valuecodecwire.h"

#include <QStringList>
#include <QVarLengthArray>

#include <cstring>

namespace pm {

using namespace valuewire;

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

} // namespace pm
