#include "cache/valuecodec.h"

#include <QDataStream>
#include <QIODevice>
#include <QTest>

using namespace pm;

struct Point
{
    qint32 x = 0;
    qint32 y = 0;
};
Q_DECLARE_METATYPE(Point)

namespace {

ObjectCodec pointCodec()
{
    ObjectCodec c;
    c.name = QStringLiteral("point");
    c.metaTypeId = QMetaType::fromType<Point>().id();
    c.encode = [](const QVariant &v, QByteArray &out) -> Result<void> {
        const Point p = v.value<Point>();
        out.append(reinterpret_cast<const char *>(&p.x), 4);
        out.append(reinterpret_cast<const char *>(&p.y), 4);
        return {};
    };
    c.decode = [](const char *data, qsizetype size) -> Result<QVariant> {
        if (size != 8)
            return Error(ErrorKind::Corrupt, QStringLiteral("bad point"));
        Point p;
        std::memcpy(&p.x, data, 4);
        std::memcpy(&p.y, data + 4, 4);
        return QVariant::fromValue(p);
    };
    return c;
}

template<typename T>
QString errorText(const Result<T> &r)
{
    return r.ok() ? QString() : r.error().toString();
}

} // namespace

class TestValueCodec : public QObject
{
    Q_OBJECT

private:
    static QList<QByteArray> sampleEnvelopes()
    {
        ValueCodec codec;
        QVariantMap nested;
        nested.insert(QStringLiteral("a"), 1);
        nested.insert(QStringLiteral("b"),
                      QVariantList{QStringLiteral("x"), QVariant::fromValue(nullptr), 2.5});
        return {codec.encode(QStringLiteral("hello wörld")).value(),
                codec.encode(QVariant::fromValue(nullptr)).value(),
                codec.encode(QByteArray("\0\1\2bin", 6)).value(), codec.encode(nested).value(),
                codec.encode(true).value()};
    }

private slots:
    void roundTrip_everyType_returnsEqualValue_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::newRow("null") << QVariant::fromValue(nullptr);
        QTest::newRow("true") << QVariant(true);
        QTest::newRow("false") << QVariant(false);
        QTest::newRow("double") << QVariant(3.25);
        QTest::newRow("negative double") << QVariant(-1e300);
        QTest::newRow("empty string") << QVariant(QString());
        QTest::newRow("unicode string") << QVariant(QStringLiteral("Ünïcødé ✓ 日本 🎉"));
        QTest::newRow("bytes with NUL") << QVariant(QByteArray("a\0b\xff", 4));
        QTest::newRow("empty bytes") << QVariant(QByteArray());
        QTest::newRow("digits as bytes") << QVariant(QByteArray("12345"));
        QTest::newRow("digits as string") << QVariant(QStringLiteral("42"));
        QTest::newRow("list") << QVariant(
                QVariantList{1, QStringLiteral("two"), 3.5, true, QVariant::fromValue(nullptr)});
        QTest::newRow("empty list") << QVariant(QVariantList{});
        QVariantMap inner;
        inner.insert(QStringLiteral("k"), QVariantList{QByteArray("x"), qlonglong(-7)});
        QVariantMap outer;
        outer.insert(QStringLiteral("inner"), inner);
        outer.insert(QStringLiteral("ключ"), QStringLiteral("значение"));
        QTest::newRow("nested map") << QVariant(outer);
    }

    void roundTrip_everyType_returnsEqualValue()
    {
        QFETCH(QVariant, value);
        ValueCodec codec;
        const Result<QByteArray> encoded = codec.encode(value);
        QVERIFY2(encoded.ok(), qPrintable(errorText(encoded)));
        QVERIFY(ValueCodec::hasEnvelope(encoded->constData(), encoded->size()));
        const Result<QVariant> decoded = codec.decode(*encoded);
        QVERIFY2(decoded.ok(), qPrintable(errorText(decoded)));
        QCOMPARE(decoded->metaType(), value.metaType());
        QCOMPARE(*decoded, value);
    }

    void encode_integers_areRawDecimal_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QByteArray>("raw");
        QTest::newRow("int") << QVariant(42) << QByteArray("42");
        QTest::newRow("zero") << QVariant(0) << QByteArray("0");
        QTest::newRow("negative") << QVariant(qlonglong(-17)) << QByteArray("-17");
        QTest::newRow("max") << QVariant(std::numeric_limits<qlonglong>::max())
                             << QByteArray("9223372036854775807");
        QTest::newRow("min") << QVariant(std::numeric_limits<qlonglong>::min())
                             << QByteArray("-9223372036854775808");
        QTest::newRow("uint") << QVariant(7u) << QByteArray("7");
    }

    void encode_integers_areRawDecimal()
    {
        QFETCH(QVariant, value);
        QFETCH(QByteArray, raw);
        ValueCodec codec;
        QCOMPARE(codec.encode(value).value(), raw);
        const Result<QVariant> back = codec.decode(raw);
        QVERIFY(back.ok());
        QCOMPARE(back->metaType().id(), int(QMetaType::LongLong));
        QCOMPARE(back->toLongLong(), value.toLongLong());
    }

    void encode_hugeUnsigned_isRefused()
    {
        ValueCodec codec;
        const Result<QByteArray> r = codec.encode(QVariant(std::numeric_limits<qulonglong>::max()));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::InvalidInput);
    }

    void encode_unsupportedType_isInvalidInput()
    {
        ValueCodec codec;
        const Result<QByteArray> r = codec.encode(QVariant::fromValue(Point{1, 2}));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::InvalidInput);
    }

    void magic_neverParsesAsInteger()
    {
        const QByteArray env = ValueCodec().encode(QStringLiteral("1")).value();
        qint64 n = 0;
        QVERIFY(!ValueCodec::parseInteger(env.constData(), env.size(), &n));
        QVERIFY(!ValueCodec::parseInteger(env.constData(), 1, &n));
        QVERIFY(!ValueCodec::parseInteger(env.constData(), 4, &n));
    }

    void parseInteger_followsRedisRules()
    {
        qint64 n = 0;
        QVERIFY(ValueCodec::parseInteger("0", 1, &n) && n == 0);
        QVERIFY(ValueCodec::parseInteger("-5", 2, &n) && n == -5);
        QVERIFY(!ValueCodec::parseInteger("", 0, &n));
        QVERIFY(!ValueCodec::parseInteger("-", 1, &n));
        QVERIFY(!ValueCodec::parseInteger("+5", 2, &n));
        QVERIFY(!ValueCodec::parseInteger("05", 2, &n));
        QVERIFY(!ValueCodec::parseInteger("-0", 2, &n));
        QVERIFY(!ValueCodec::parseInteger(" 5", 2, &n));
        QVERIFY(!ValueCodec::parseInteger("5 ", 2, &n));
        QVERIFY(!ValueCodec::parseInteger("9223372036854775808", 19, &n));
        QVERIFY(ValueCodec::parseInteger("-9223372036854775808", 20, &n));
        QCOMPARE(n, std::numeric_limits<qint64>::min());
    }

    void decode_everyTruncation_isCorrupt()
    {
        ValueCodec codec;
        for (const QByteArray &env : sampleEnvelopes()) {
            for (qsizetype len = 0; len < env.size(); ++len) {
                const Result<QVariant> r = codec.decode(env.constData(), len);
                QVERIFY2(!r.ok(), qPrintable(QStringLiteral("length %1 decoded").arg(len)));
                QCOMPARE(r.error().kind, ErrorKind::Corrupt);
            }
        }
    }

    void decode_everySingleBitFlip_isCorrupt()
    {
        ValueCodec codec;
        int checked = 0;
        for (const QByteArray &env : sampleEnvelopes()) {
            for (qsizetype i = 0; i < env.size(); ++i) {
                for (int bit = 0; bit < 8; ++bit) {
                    QByteArray bad = env;
                    bad[i] = char(bad[i] ^ (1 << bit));
                    const Result<QVariant> r = codec.decode(bad);
                    QVERIFY2(!r.ok(),
                             qPrintable(QStringLiteral("byte %1 bit %2 of %3 decoded")
                                                .arg(i)
                                                .arg(bit)
                                                .arg(QString::fromLatin1(env.toHex()))));
                    QCOMPARE(r.error().kind, ErrorKind::Corrupt);
                    ++checked;
                }
            }
        }
        QVERIFY(checked > 500);
    }

    void decode_appendedBytes_isCorrupt()
    {
        ValueCodec codec;
        QByteArray env = codec.encode(QStringLiteral("x")).value();
        env.append('\0');
        QCOMPARE(codec.decode(env).error().kind, ErrorKind::Corrupt);
    }

    void decode_foreignBlobs_areCorrupt_data()
    {
        QTest::addColumn<QByteArray>("blob");
        // pickle.dumps({"a": 1}, protocol=4): the format we refuse to execute.
        QTest::newRow("python pickle")
                << QByteArray::fromHex("80049508000000000000007d948c0161944b01732e");
        QByteArray ds;
        {
            QDataStream s(&ds, QIODevice::WriteOnly);
            s << QVariant(QStringLiteral("hello"));
        }
        QTest::newRow("QDataStream QVariant") << ds;
        QTest::newRow("plain text") << QByteArray("hello");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("json") << QByteArray("{\"a\":1}");
        QByteArray wrongMagic = ValueCodec().encode(QStringLiteral("hi")).value();
        wrongMagic[1] = 'Q';
        QTest::newRow("wrong magic") << wrongMagic;
        QByteArray wrongVersion = ValueCodec().encode(QStringLiteral("hi")).value();
        wrongVersion[4] = 2;
        QTest::newRow("unknown version") << wrongVersion;
    }

    void decode_foreignBlobs_areCorrupt()
    {
        QFETCH(QByteArray, blob);
        const Result<QVariant> r = ValueCodec().decode(blob);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Corrupt);
    }

    void decode_unknownTypeWithValidChecksum_isCorrupt()
    {
        // A well-formed envelope (right length and checksum) with a tag we never wrote.
        QByteArray env = ValueCodec().encode(QVariant::fromValue(nullptr)).value();
        env[5] = char(99);
        const quint32 crc = ValueCodec::crc32c(env.constData(), 12);
        for (int i = 0; i < 4; ++i)
            env[12 + i] = char((crc >> (8 * i)) & 0xFF);
        QCOMPARE(ValueCodec().decode(env).error().kind, ErrorKind::Corrupt);
    }

    void decode_hugeCountWithValidChecksum_isCorruptWithoutAllocating()
    {
        // A list claiming 2^32-1 elements in a 4-byte payload.
        QByteArray env = ValueCodec().encode(QVariantList{}).value();
        env[16] = env[17] = env[18] = env[19] = char(0xFF);
        quint32 crc = ValueCodec::crc32c(env.constData(), 12);
        crc = ValueCodec::crc32c(env.constData() + 16, 4, crc);
        for (int i = 0; i < 4; ++i)
            env[12 + i] = char((crc >> (8 * i)) & 0xFF);
        QCOMPARE(ValueCodec().decode(env).error().kind, ErrorKind::Corrupt);
    }

    void sizeCap_isEnforcedOnEncodeAndDecode()
    {
        ValueCodec small(1024);
        QCOMPARE(small.encode(QByteArray(2000, 'x')).error().kind, ErrorKind::TooLarge);
        QCOMPARE(small.encode(QVariantList(200, QStringLiteral("abcdefgh"))).error().kind,
                 ErrorKind::TooLarge);
        QVERIFY(small.encode(QByteArray(900, 'x')).ok());
        const QByteArray big = ValueCodec().encode(QByteArray(2000, 'x')).value();
        QCOMPARE(small.decode(big).error().kind, ErrorKind::Corrupt);
        QVERIFY(ValueCodec().decode(big).ok());
    }

    void sizeCap_defaultIs16MiB()
    {
        QCOMPARE(ValueCodec().maxBytes(), qint64(16 * 1024 * 1024));
        QCOMPARE(ValueCodec().encode(QByteArray(16 * 1024 * 1024, 'x')).error().kind,
                 ErrorKind::TooLarge);
    }

    void objectCodec_roundTripsAndIsNamed()
    {
        ValueCodec codec;
        codec.registerObjectCodec(pointCodec());
        const QVariant value = QVariant::fromValue(Point{3, -4});
        const QByteArray env = codec.encode(value).value();
        QCOMPARE(ValueCodec::typeName(env.constData(), env.size()), QStringLiteral("point"));
        const Result<QVariant> back = codec.decode(env);
        QVERIFY(back.ok());
        QCOMPARE(back->value<Point>().x, 3);
        QCOMPARE(back->value<Point>().y, -4);
        // Nested in a list too.
        const QByteArray list = codec.encode(QVariantList{value, 1}).value();
        const Result<QVariant> listBack = codec.decode(list);
        QVERIFY(listBack.ok());
        QCOMPARE(listBack->toList().at(0).value<Point>().y, -4);
        // A codec without the registration cannot decode it: a miss, not a crash.
        QCOMPARE(ValueCodec().decode(env).error().kind, ErrorKind::Corrupt);
    }

    void typeName_readsHeaderOnly()
    {
        ValueCodec codec;
        auto name = [&](const QVariant &v) {
            const QByteArray b = codec.encode(v).value();
            return ValueCodec::typeName(b.constData(), b.size());
        };
        QCOMPARE(name(42), QStringLiteral("int"));
        QCOMPARE(name(QStringLiteral("s")), QStringLiteral("string"));
        QCOMPARE(name(QVariant::fromValue(nullptr)), QStringLiteral("null"));
        QCOMPARE(name(QVariantList{}), QStringLiteral("list"));
        QCOMPARE(name(QVariantMap{}), QStringLiteral("map"));
        QCOMPARE(name(QByteArray("b")), QStringLiteral("bytes"));
        QCOMPARE(ValueCodec::typeName("junk", 4), QStringLiteral("foreign"));
    }

    void crc32c_matchesKnownVector()
    {
        // The standard check value of CRC-32C.
        QCOMPARE(ValueCodec::crc32c("123456789", 9), 0xE3069283u);
        // Chaining equals one pass.
        QCOMPARE(ValueCodec::crc32c("56789", 5, ValueCodec::crc32c("1234", 4)), 0xE3069283u);
    }

    void crc32c_longInputsMatchTheBitwiseDefinition()
    {
        // The hardware path runs three streams over 8 KiB and 256-byte blocks and joins them;
        // every length around those block edges, from odd offsets, must equal one bit at a time.
        const auto reference = [](const char *data, qsizetype n, quint32 crc) {
            crc = ~crc;
            for (qsizetype i = 0; i < n; ++i) {
                crc ^= quint8(data[i]);
                for (int k = 0; k < 8; ++k)
                    crc = (crc & 1) ? (crc >> 1) ^ 0x82F63B78u : crc >> 1;
            }
            return ~crc;
        };
        QByteArray data(3 * 8192 * 2 + 3 * 256 * 3 + 64, Qt::Uninitialized);
        quint32 x = 2463534242u;
        for (char &c : data) {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            c = char(x);
        }
        const qsizetype lengths[] = {0,
                                     1,
                                     7,
                                     8,
                                     767,
                                     768,
                                     769,
                                     3 * 8192 - 1,
                                     3 * 8192,
                                     3 * 8192 + 1,
                                     3 * 8192 + 3 * 256 + 9,
                                     6 * 8192,
                                     data.size() - 3};
        for (qsizetype offset : {0, 1, 3}) {
            for (qsizetype n : lengths) {
                const char *p = data.constData() + offset;
                QCOMPARE(ValueCodec::crc32c(p, n, 0x12345678u), reference(p, n, 0x12345678u));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestValueCodec)
#include "tst_valuecodec.moc"
