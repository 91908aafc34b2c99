#include "cache/valuecodec.h"

#include "cache/valuecodecwire.h"

#include <QStringList>

#include <cstring>
#include <limits>

namespace pm {

using namespace valuewire;

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
