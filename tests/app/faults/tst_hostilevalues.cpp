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

QTEST_GUILESS_MAIN(TestHostileValues)
#include "tst_hostilevalues.moc"
