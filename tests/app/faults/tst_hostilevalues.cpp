// Hostile cache values (docs/cache-semantics.md, "Values"): every truncation and every single-bit
// flip of valid envelopes is invalid, never a different value; a Python pickle, a foreign
// QDataStream and a wrong magic are misses, logged once, and overwritten by the next fill.
#include "cache/cache.h"
#include "cache/valuecodec.h"
#include "catalogue.h"
#include "products/productservice.h"
#include "redisserver.h"

#include <QDataStream>
#include <QIODevice>
#include <QTest>

#include <sys/resource.h>

#include <cstring>
#include <mutex>

using namespace pm;
using namespace pm::test;

namespace {

ValueCodec productCodec()
{
    ValueCodec codec;
    ProductListCodec::registerWith(codec);
    return codec;
}

ProductList sampleProducts()
{
    ProductList products;
    for (int i = 0; i < 4; ++i) {
        Product p;
        p.id = 10 + i;
        p.title = i == 2 ? QStringLiteral("Crème brûlée") : QStringLiteral("Product %1").arg(i);
        p.price = Money(199 + i);
        products.append(p);
    }
    return products;
}

/// pickle.dumps({'title': 'Apple', 'price': 1.2, 'tags': ['a', 'b']}, protocol=4) from Python 3.11.
const QByteArray PythonPickle = QByteArray::fromHex(
        "80049539000000000000007d94288c057469746c65948c054170706c65948c0570726963659447"
        "3ff33333333333338c0474616773945d94288c0161948c01629465752e");

QByteArray foreignDataStream()
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << QVariant(QVariantMap{{QStringLiteral("title"), QStringLiteral("Apple")},
                                {QStringLiteral("price"), 1.2}});
    return bytes;
}

// Counts the warnings that name a key, whatever their category.
struct LogCapture
{
    static inline std::mutex mutex;
    static inline QStringList messages;
    static inline QtMessageHandler previous = nullptr;
    static void handler(QtMsgType type, const QMessageLogContext &context, const QString &text)
    {
        {
            std::lock_guard<std::mutex> lock(mutex);
            messages.append(text);
        }
        if (previous && type != QtWarningMsg)
            previous(type, context, text);
    }
    LogCapture()
    {
        messages.clear();
        previous = qInstallMessageHandler(&LogCapture::handler);
    }
    ~LogCapture() { qInstallMessageHandler(previous); }
    int count(const QString &needle) const
    {
        std::lock_guard<std::mutex> lock(mutex);
        int n = 0;
        for (const QString &m : messages)
            n += m.contains(needle) ? 1 : 0;
        return n;
    }
};

/// An envelope around `payload` with a valid checksum: what anyone who can write to the cache
/// can store, whatever its contents claim.
QByteArray forgedEnvelope(ValueCodec::Tag tag, const QByteArray &payload)
{
    QByteArray out("\xFEPMv", 4);
    out.append(char(ValueCodec::FormatVersion));
    out.append(char(tag));
    out.append(2, '\0');
    const auto len = quint32(payload.size());
    for (int i = 0; i < 4; ++i)
        out.append(char((len >> (8 * i)) & 0xFF));
    out.append(4, '\0');
    out.append(payload);
    quint32 crc = ValueCodec::crc32c(out.constData(), 12);
    crc = ValueCodec::crc32c(payload.constData(), payload.size(), crc);
    for (int i = 0; i < 4; ++i)
        out[12 + i] = char((crc >> (8 * i)) & 0xFF);
    return out;
}

QByteArray u32(quint32 v)
{
    QByteArray b(4, '\0');
    for (int i = 0; i < 4; ++i)
        b[i] = char((v >> (8 * i)) & 0xFF);
    return b;
}

/// Peak resident set of this process so far, in bytes.
qint64 peakRss()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return qint64(usage.ru_maxrss) * 1024;
}

/// A generous estimate of what a decoded value holds in memory (Qt 6, 64-bit): a QVariant per
/// element, a map node per entry, the UTF-16 of strings.
qint64 approximateSize(const QVariant &v)
{
    qint64 size = qint64(sizeof(QVariant));
    switch (v.metaType().id()) {
    case QMetaType::QString:
        return size + 2 * v.toString().size() + 32;
    case QMetaType::QByteArray:
        return size + v.toByteArray().size() + 32;
    case QMetaType::QVariantList:
        for (const QVariant &e : v.toList())
            size += approximateSize(e);
        return size + 32;
    case QMetaType::QVariantMap: {
        const QVariantMap map = v.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            size += 64 + 2 * it.key().size() + approximateSize(it.value());
        return size;
    }
    default:
        return size;
    }
}

} // namespace

class TestHostileValues : public QObject
{
    Q_OBJECT

private slots:
    void envelope_everyTruncation_isInvalid_data();
    void envelope_everyTruncation_isInvalid();
    void envelope_everySingleBitFlip_isInvalid_data();
    void envelope_everySingleBitFlip_isInvalid();
    void foreignValues_areCorrupt_data();
    void foreignValues_areCorrupt();
    void foreignValueUnderListKey_isMissLoggedOnce_andOverwrittenByNextFill_data();
    void foreignValueUnderListKey_isMissLoggedOnce_andOverwrittenByNextFill();
    void forgedSparseValue_isRefusedWithoutAllocatingItsClaim_data();
    void forgedSparseValue_isRefusedWithoutAllocatingItsClaim();
    void decodedValues_stayWithinTheStatedMultipleOfTheirInput_data();
    void decodedValues_stayWithinTheStatedMultipleOfTheirInput();
    void encode_refusesWhatDecodeWouldRefuse();
    void productList_forgedDensestPayload_staysWithinItsStatedMultiple();
    void productList_titleLongerThanTheAppAllows_roundTrips();

private:
    void envelopeRows();
};

void TestHostileValues::envelopeRows()
{
    QTest::addColumn<QVariant>("value");
    // Top-level integers are raw decimal for INCRBY (a truncated "1234" is "123", as in Redis
    // itself); an integer inside an envelope is covered here.
    QTest::newRow("int") << QVariant(QVariantList{qlonglong(-9'007'199'254'740'993)});
    QTest::newRow("string") << QVariant(QStringLiteral("The quick brown fox – ünïcödé"));
    QTest::newRow("bytes") << QVariant(QByteArray("\x00\x01\xFE\xFF", 4));
    QTest::newRow("map") << QVariant(
            QVariantMap{{QStringLiteral("a"), 1.5},
                        {QStringLiteral("b"), QStringList{"x", "y"}},
                        {QStringLiteral("c"), QVariant::fromValue(nullptr)},
                        {QStringLiteral("d"), true}});
    QTest::newRow("product list") << QVariant::fromValue(
            CachedProductList{3, 17, sampleProducts()});
}

void TestHostileValues::envelope_everyTruncation_isInvalid_data()
{
    envelopeRows();
}

void TestHostileValues::envelope_everyTruncation_isInvalid()
{
    QFETCH(QVariant, value);
    const ValueCodec codec = productCodec();
    const Result<QByteArray> encoded = codec.encode(value);
    QVERIFY(encoded.ok());
    const QByteArray &bytes = encoded.value();
    QVERIFY(ValueCodec::hasEnvelope(bytes.constData(), bytes.size()));
    QVERIFY(codec.decode(bytes).ok());
    for (qsizetype n = 0; n < bytes.size(); ++n) {
        const Result<QVariant> d = codec.decode(bytes.constData(), n);
        QVERIFY2(!d.ok(),
                 qPrintable(QStringLiteral("%1 of %2 bytes decoded").arg(n).arg(bytes.size())));
        QCOMPARE(d.error().kind, ErrorKind::Corrupt);
    }
    // Trailing garbage too.
    QVERIFY(!codec.decode(bytes + QByteArray(1, '\0')).ok());
}

void TestHostileValues::envelope_everySingleBitFlip_isInvalid_data()
{
    envelopeRows();
}

void TestHostileValues::envelope_everySingleBitFlip_isInvalid()
{
    QFETCH(QVariant, value);
    const ValueCodec codec = productCodec();
    const QByteArray bytes = codec.encode(value).value();
    int flips = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        for (int bit = 0; bit < 8; ++bit) {
            QByteArray flipped = bytes;
            flipped[i] = char(flipped[i] ^ (1 << bit));
            const Result<QVariant> d = codec.decode(flipped);
            QVERIFY2(!d.ok(),
                     qPrintable(QStringLiteral("bit %1 of byte %2 flipped still decodes")
                                        .arg(bit)
                                        .arg(i)));
            QCOMPARE(d.error().kind, ErrorKind::Corrupt);
            ++flips;
        }
    }
    QCOMPARE(flips, int(bytes.size()) * 8);
}

void TestHostileValues::foreignValues_areCorrupt_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QByteArray wrongMagic = productCodec().encode(QStringLiteral("hello")).value();
    wrongMagic[1] = 'Q';
    QTest::newRow("python pickle") << PythonPickle;
    QTest::newRow("foreign QDataStream") << foreignDataStream();
    QTest::newRow("wrong magic") << wrongMagic;
    QTest::newRow("json") << QByteArray(R"({"title":"Apple"})");
    QTest::newRow("empty") << QByteArray();
}

void TestHostileValues::foreignValues_areCorrupt()
{
    QFETCH(QByteArray, bytes);
    const Result<QVariant> d = productCodec().decode(bytes);
    QVERIFY(!d.ok());
    QCOMPARE(d.error().kind, ErrorKind::Corrupt);
    QCOMPARE(ValueCodec::typeName(bytes.constData(), bytes.size()), QStringLiteral("foreign"));
}

void TestHostileValues::foreignValueUnderListKey_isMissLoggedOnce_andOverwrittenByNextFill_data()
{
    foreignValues_areCorrupt_data();
}

void TestHostileValues::foreignValueUnderListKey_isMissLoggedOnce_andOverwrittenByNextFill()
{
    QFETCH(QByteArray, bytes);
    RedisServer server;
    QVERIFY(server.start());
    Catalogue catalogue(3);
    QVERIFY(catalogue.isValid());
    auto cache = productCache(unixRedisOptions(server.socketPath(), 5));
    ProductService service(catalogue.repository(), *cache);
    const qint64 version = catalogue.repository().listVersion().value();
    const QByteArray key = cache->makeKey(ProductService::ListKey, Version(int(version)));
    QCOMPARE(server.command(QList<QByteArray>{"SET", key, bytes}, 5), QByteArray("OK"));

    LogCapture log;
    // Read twice before any fill: two misses, one log line.
    QVERIFY(!cache->get(ProductService::ListKey, Version(int(version))).value().has_value());
    QVERIFY(!cache->get(ProductService::ListKey, Version(int(version))).value().has_value());
    QCOMPARE(cache->stats().decodeFailures, quint64(2));
    QCOMPARE(log.count(QString::fromUtf8(key)), 1);

    // The list: a miss served from the database, whose fill overwrites the foreign value.
    ListLoadStats s;
    const Result<ProductList> list = service.list(&s);
    QVERIFY(list.ok());
    QCOMPARE(list.value(), catalogue.databaseList());
    QVERIFY(!s.hit);
    QVERIFY(!s.fromDatabaseBecauseCacheFailed);
    QCOMPARE(cache->stats().decodeFailures, quint64(3));
    QCOMPARE(log.count(QString::fromUtf8(key)), 1);
    QVERIFY(server.command(QList<QByteArray>{"GET", key}, 5) != bytes);
    QVERIFY(service.list(&s).ok());
    QVERIFY(s.hit);
}

void TestHostileValues::forgedSparseValue_isRefusedWithoutAllocatingItsClaim_data()
{
    QTest::addColumn<QByteArray>("bytes");
    // 16 MiB (the size cap) of 1-byte nulls in one list: 512 MiB of QVariants if decoded.
    const qsizetype budget = ValueCodec::DefaultMaxBytes - ValueCodec::HeaderSize;
    const quint32 nulls = quint32(budget - 4);
    QTest::newRow("list of nulls") << forgedEnvelope(
            ValueCodec::Tag::List,
            u32(nulls) + QByteArray(qsizetype(nulls), char(ValueCodec::Tag::Null)));
    // 16 MiB of 5-byte map entries (empty key, null): ~370 MiB of map nodes.
    const quint32 entries = quint32((budget - 4) / 5);
    QByteArray entry = u32(0);
    entry.append(char(ValueCodec::Tag::Null));
    QTest::newRow("map of nulls") << forgedEnvelope(ValueCodec::Tag::Map,
                                                    u32(entries) + entry.repeated(entries));
}

void TestHostileValues::forgedSparseValue_isRefusedWithoutAllocatingItsClaim()
{
    QFETCH(QByteArray, bytes);
    QVERIFY(bytes.size() <= ValueCodec::DefaultMaxBytes);
    const ValueCodec codec = productCodec();
    const qint64 before = peakRss();
    const Result<QVariant> decoded = codec.decode(bytes);
    const qint64 grown = peakRss() - before;
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.error().kind, ErrorKind::Corrupt);
    QVERIFY2(decoded.error().message.contains(QLatin1String("16 times")),
             qPrintable(decoded.error().message));
    // Refused before anything its counts claim was allocated (the input is already resident).
    QVERIFY2(grown < ValueCodec::decodeBudget(bytes.size()) / 2,
             qPrintable(QStringLiteral("peak RSS grew by %1 MiB").arg(grown >> 20)));
}

void TestHostileValues::decodedValues_stayWithinTheStatedMultipleOfTheirInput_data()
{
    QTest::addColumn<QVariant>("value");
    QVariantList bools;
    for (int i = 0; i < 3000; ++i)
        bools.append(i % 2 == 0);
    QTest::newRow("3,000 bools (the slack)") << QVariant(bools);
    QVariantList ints;
    for (int i = 0; i < 100'000; ++i)
        ints.append(i);
    QTest::newRow("100,000 ints") << QVariant(ints);
    QVariantList maps;
    for (int i = 0; i < 20'000; ++i)
        maps.append(QVariantMap{{QStringLiteral("id"), i}, {QStringLiteral("t"), QString()}});
    QTest::newRow("20,000 small maps") << QVariant(maps);
    QStringList strings;
    for (int i = 0; i < 50'000; ++i)
        strings.append(QStringLiteral("s%1").arg(i));
    QTest::newRow("50,000 short strings") << QVariant(strings);
}

void TestHostileValues::decodedValues_stayWithinTheStatedMultipleOfTheirInput()
{
    QFETCH(QVariant, value);
    const ValueCodec codec = productCodec();
    const Result<QByteArray> bytes = codec.encode(value);
    QVERIFY2(bytes.ok(), qPrintable(bytes.ok() ? QString() : bytes.error().toString()));
    const Result<QVariant> decoded = codec.decode(bytes.value());
    QVERIFY(decoded.ok());
    const qint64 size = approximateSize(decoded.value());
    QVERIFY2(size <= ValueCodec::decodeBudget(bytes.value().size()),
             qPrintable(QStringLiteral("%1 bytes decoded into ~%2")
                                .arg(bytes.value().size())
                                .arg(size)));
}

void TestHostileValues::encode_refusesWhatDecodeWouldRefuse()
{
    // What one side writes the other must read: a value the decoder would refuse as too
    // sparse is refused when it is set, with a reason, instead of being a miss at every read.
    const ValueCodec codec = productCodec();
    const QVariant sparse(QVariantList(200'000, QVariant(true)));
    const Result<QByteArray> refused = codec.encode(sparse);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, ErrorKind::TooLarge);
    QVERIFY2(refused.error().message.contains(QLatin1String("16 times")),
             qPrintable(refused.error().message));
}

void TestHostileValues::productList_forgedDensestPayload_staysWithinItsStatedMultiple()
{
    // The densest product list a payload can claim: as many products as fit, no titles.
    constexpr int FixedPerProduct = 36;
    const qsizetype payloadSize = 4 * 1024 * 1024;
    const quint32 count = quint32((payloadSize - 4) / FixedPerProduct);
    QByteArray payload = u32(count);
    QByteArray product(FixedPerProduct, '\0');
    payload.append(product.repeated(count));
    const Result<ProductList> decoded = ProductListCodec::decode(payload);
    QVERIFY(decoded.ok());
    QCOMPARE(decoded.value().size(), qsizetype(count));
    const qint64 size = qint64(count) * qint64(sizeof(Product)) + 2 * (qint64(count) + 1) + 64;
    QVERIFY2(size <= ProductListCodec::MaxDecodeExpansion * qint64(payload.size()),
             qPrintable(QString::number(size)));
    // One more product than the bytes hold: refused before reserving.
    QByteArray lying = payload;
    std::memcpy(lying.data(), u32(count + 1).constData(), 4);
    QVERIFY(!ProductListCodec::decode(lying).ok());
}

void TestHostileValues::productList_titleLongerThanTheAppAllows_roundTrips()
{
    // The database can hold titles over the app's 200 characters (written by another tool):
    // the codec carries them, or every load of such a list would be a corrupt miss.
    ProductList products = sampleProducts();
    products[1].title = QString(5000, QChar(0x00E9));
    const ValueCodec codec = productCodec();
    const QVariant value = QVariant::fromValue(CachedProductList{3, 17, products});
    const Result<QByteArray> bytes = codec.encode(value);
    QVERIFY(bytes.ok());
    const Result<QVariant> decoded = codec.decode(bytes.value());
    QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().toString()));
    QCOMPARE(decoded.value().value<CachedProductList>().products, products);
}

QTEST_GUILESS_MAIN(TestHostileValues)
#include "tst_hostilevalues.moc"
