// Writes valid cache envelopes (one file each) into the directory given as argv[1]: the seed
// corpus of fuzz_valuecodec, so that mutations start from real values (scripts/fuzz.sh).
#include "cache/valuecodec.h"
#include "products/productlistcodec.h"

#include <QDir>
#include <QFile>
#include <QVariant>

#include <cstdio>

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: fuzz_seeds DIR\n");
        return 2;
    }
    const QString dir = QString::fromLocal8Bit(argv[1]);
    if (!QDir().mkpath(dir))
        return 1;
    pm::ValueCodec codec;
    pm::ProductListCodec::registerWith(codec);

    pm::ProductList products;
    for (int i = 0; i < 3; ++i) {
        pm::Product p;
        p.id = i + 1;
        p.title = i == 1 ? QStringLiteral("Crème brûlée") : QStringLiteral("Product %1").arg(i);
        p.price = pm::Money(100 + i);
        products.append(p);
    }
    const QList<QVariant> values{
            QVariant::fromValue(nullptr),
            QVariant(true),
            QVariant(false),
            QVariant(3.5),
            QVariant(QStringLiteral("my new value")),
            QVariant(QStringLiteral("ünïcödé – ✓")),
            QVariant(QByteArray("\x00\x01\xFE\xFF", 4)),
            QVariant(QStringList{QStringLiteral("a"), QStringLiteral("b")}),
            QVariant(QVariantList{qlonglong(42), 1.5, QStringLiteral("x"),
                                  QVariant::fromValue(nullptr)}),
            QVariant(QVariantMap{{QStringLiteral("title"), QStringLiteral("Apple")},
                                 {QStringLiteral("price"), qlonglong(120)},
                                 {QStringLiteral("tags"), QVariantList{QStringLiteral("fruit")}},
                                 {QStringLiteral("nested"),
                                  QVariantMap{{QStringLiteral("k"), QVariantList{}}}}}),
            QVariant::fromValue(pm::CachedProductList{1, 7, products}),
            QVariant::fromValue(pm::CachedProductList{2, 1, {}}),
    };
    int n = 0;
    for (const QVariant &v : values) {
        const pm::Result<QByteArray> bytes = codec.encode(v);
        if (!bytes.ok()) {
            std::fprintf(stderr, "seed %d: %s\n", n, qPrintable(bytes.error().toString()));
            return 1;
        }
        QFile f(QStringLiteral("%1/seed-%2").arg(dir).arg(n++, 2, 10, QLatin1Char('0')));
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes.value()) != bytes.value().size())
            return 1;
    }
    // A raw integer, as stored for INCRBY.
    QFile f(QStringLiteral("%1/seed-int").arg(dir));
    if (!f.open(QIODevice::WriteOnly) || f.write("-1234567890") < 0)
        return 1;
    std::printf("%d seeds in %s\n", n + 1, argv[1]);
    return 0;
}
