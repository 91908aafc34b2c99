#include "products/productlistcodec.h"

#include <QTest>
#include <QtEndian>

#include <malloc.h>
#include <sys/resource.h>

using namespace pm;

namespace {

ProductList makeList(int n)
{
    ProductList list;
    list.reserve(n);
    for (int i = 0; i < n; ++i) {
        list.append(Product{i + 1, QStringLiteral("Product number %1").arg(i), Money(100 + i),
                            1'700'000'000'000 + i, 1'700'000'000'000 + i});
    }
    return list;
}

long minorFaults()
{
    rusage u{};
    getrusage(RUSAGE_THREAD, &u);
    return u.ru_minflt;
}

} // namespace

class TestProductListCodec : public QObject
{
    Q_OBJECT

private slots:
    void decode_afterTheCallerDroppedTheList_reusesItsStorage()
    {
        const ProductList list = makeList(10'000);
        const QByteArray payload = ProductListCodec::encode(list);
        const Product *array = nullptr;
        const QChar *title = nullptr;
        {
            const ProductList first = ProductListCodec::decode(payload).value();
            QCOMPARE(first, list);
            array = first.constData();
            title = first.constFirst().title.constData();
        }
        const ProductList second = ProductListCodec::decode(payload).value();
        QCOMPARE(second, list);
        QCOMPARE(second.constData(), array);
        QCOMPARE(second.constFirst().title.constData(), title);
    }

    void decode_whileTheCallerHoldsTheList_neverTouchesIt()
    {
        const ProductList list = makeList(1'000);
        const QByteArray payload = ProductListCodec::encode(list);
        const ProductList held = ProductListCodec::decode(payload).value();
        ProductList other = makeList(1'000);
        other.first().title = QStringLiteral("changed");
        const ProductList second
                = ProductListCodec::decode(ProductListCodec::encode(other)).value();
        QVERIFY(second.constData() != held.constData());
        QCOMPARE(held, list);
        QCOMPARE(second, other);
        // The list handed out is the caller's: changing it never shows in a later decode.
        ProductList mutated = second;
        mutated.first().title = QStringLiteral("mine");
        QCOMPARE(ProductListCodec::decode(payload).value(), list);
    }

    void decode_titleKeptByTheCaller_survivesLaterDecodes()
    {
        const ProductList list = makeList(1'000);
        const QByteArray payload = ProductListCodec::encode(list);
        QString kept;
        {
            const ProductList first = ProductListCodec::decode(payload).value();
            kept = first.at(7).title; // shares the title block
        }
        ProductList other = makeList(1'000);
        for (Product &p : other)
            p.title = QStringLiteral("other %1").arg(p.id);
        QCOMPARE(ProductListCodec::decode(ProductListCodec::encode(other)).value(), other);
        QCOMPARE(kept, list.at(7).title);
        QCOMPARE(ProductListCodec::decode(payload).value(), list);
        QCOMPARE(kept, list.at(7).title);
    }

    void decode_referencesTheTitleBlockOncePerTitle()
    {
        // One reference per title plus the decoder's own, whatever happened before: a reused
        // list, a corrupt payload half decoded (its titles' references given back).
        const ProductList list = makeList(1'000);
        const QByteArray payload = ProductListCodec::encode(list);
        const auto refs = [](const ProductList &l) {
            QString title = l.constFirst().title; // one more reference, taken off below
            return title.data_ptr().d_ptr()->ref_.loadRelaxed() - 1;
        };
        const QChar *block = nullptr;
        for (int round = 0; round < 3; ++round) {
            const ProductList decoded = ProductListCodec::decode(payload).value();
            QCOMPARE(refs(decoded), 1'000 + 1);
            block = decoded.constFirst().title.constData();
        }
        QByteArray corrupt = payload;
        // Product 500's price (after the count, 500 products of 36 bytes plus their titles).
        qsizetype offset = 4;
        for (int i = 0; i < 500; ++i)
            offset += 36 + 2 * list.at(i).title.size();
        qToLittleEndian<qint64>(-1, corrupt.data() + offset + 8);
        QCOMPARE(ProductListCodec::decode(corrupt).error().kind, ErrorKind::Corrupt);
        const ProductList after = ProductListCodec::decode(payload).value();
        QCOMPARE(after, list);
        QCOMPARE(refs(after), 1'000 + 1);
        // The same block again: the corrupt decode left no reference behind on it.
        QCOMPARE(after.constFirst().title.constData(), block);
    }

    void decode_ofAMuchSmallerList_doesNotPinTheLargeBlock()
    {
        const QByteArray large = ProductListCodec::encode(makeList(10'000));
        const Product *array = nullptr;
        {
            const ProductList first = ProductListCodec::decode(large).value();
            array = first.constData();
        }
        const ProductList small
                = ProductListCodec::decode(ProductListCodec::encode(makeList(10))).value();
        QVERIFY(small.constData() != array);
        QVERIFY(small.capacity() < 1'000);
    }

    void decode_repeated_faultsAlmostNoPagesAfterWarmUp()
    {
        // A block above 128 KiB is a fresh mmap, faulted in page by page. glibc raises that
        // threshold after the first free unless it was set (by a tunable or a mallopt, as on
        // some hosts): pinned here, so that without reuse every decode of 10k products would
        // fault its ~1 MiB in again (hundreds of pages).
        mallopt(M_MMAP_THRESHOLD, 128 * 1024);
        const QByteArray payload = ProductListCodec::encode(makeList(10'000));
        for (int i = 0; i < 3; ++i)
            QVERIFY(ProductListCodec::decode(payload).ok());
        constexpr int Rounds = 20;
        const long before = minorFaults();
        for (int i = 0; i < Rounds; ++i)
            QVERIFY(ProductListCodec::decode(payload).ok());
        const double perDecode = double(minorFaults() - before) / Rounds;
        qInfo("minor faults per decode of 10k products: %.1f", perDecode);
        QVERIFY2(perDecode < 5, qPrintable(QString::number(perDecode)));
    }
};

QTEST_GUILESS_MAIN(TestProductListCodec)
#include "tst_productlistcodec.moc"
