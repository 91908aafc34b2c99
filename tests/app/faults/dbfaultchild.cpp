// The child process of tst_dbfaults: real app code (Database, ProductRepository,
// ProductService) writing one SQLite file, printing one line per acknowledged step so that the
// test can kill it at a known point and check afterwards what survived.
//
//   dbfaultchild bulk  DB ROUND       endless: create one product, bulk-update the first
//                                     SEEDED rows to a price of (ROUND, iteration), repeat.
//     out: "ready", "created <id>", "stmt <n>" (after each UPDATE chunk, inside the
//          transaction), "committed <iteration> <cents> <listVersion>"
//   dbfaultchild mixed DB WRITER OPS SEEDED   OPS mixed creates, edits, bulk updates, deletes
//                                     and list loads through ProductService; starts on "go"
//                                     from stdin. Any failure: "FAIL <op> <error>", exit 1.
//     out: "ready", then "done <created> <deleted> <ops>"
#include "cache/cache.h"
#include "core/clock.h"
#include "db/database.h"
#include "products/productcache.h"
#include "products/productrepository.h"
#include "products/productschema.h"
#include "products/productservice.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <cstdio>
#include <iostream>
#include <random>
#include <string>

using namespace pm;

namespace {

void say(const QString &line)
{
    const QByteArray utf8 = line.toUtf8() + '\n';
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stdout);
    std::fflush(stdout); // every line is an acknowledgement: it must leave before the next step
}

int fail(const QString &op, const Error &error)
{
    say(QStringLiteral("FAIL %1 %2").arg(op, error.toString()));
    return 1;
}

qint64 bulkPrice(int round, int iteration)
{
    return 100'000 + qint64(round) * 1000 + iteration;
}

int runBulk(const QString &path, int round)
{
    DatabaseConfig config;
    config.path = path;
    auto db = ProductSchema::open(config);
    if (!db)
        return fail(QStringLiteral("open"), db.error());
    ProductRepository repo(*db.value(), SystemClock::instance());
    QList<qint64> ids;
    auto read = db.value()->select(
            QStringLiteral("SELECT id FROM products WHERE title NOT LIKE 'ack %' ORDER BY id"), {},
            [&ids](const QSqlQuery &q) { ids << q.value(0).toLongLong(); });
    if (!read)
        return fail(QStringLiteral("ids"), read.error());
    int statements = 0;
    db.value()->setSqlObserver([&statements](const SqlEvent &event) {
        if (event.sql.startsWith(QLatin1String("UPDATE products")))
            say(QStringLiteral("stmt %1").arg(++statements));
    });
    say(QStringLiteral("ready %1").arg(ids.size()));
    for (int iteration = 1; iteration < 1000; ++iteration) {
        auto created = repo.create(
                {QStringLiteral("ack r%1 i%2").arg(round).arg(iteration), Money(iteration)});
        if (!created)
            return fail(QStringLiteral("create"), created.error());
        say(QStringLiteral("created %1").arg(created->id));
        ProductChanges changes;
        changes.price = Money(bulkPrice(round, iteration));
        auto affected = repo.bulkUpdate(ids, changes);
        if (!affected)
            return fail(QStringLiteral("bulk"), affected.error());
        say(QStringLiteral("committed %1 %2 %3")
                    .arg(iteration)
                    .arg(bulkPrice(round, iteration))
                    .arg(repo.lastCommittedListVersion()));
    }
    return 0;
}

int runMixed(const QString &path, int writer, int ops, int seeded)
{
    DatabaseConfig config;
    config.path = path;
    auto db = ProductSchema::open(config);
    if (!db)
        return fail(QStringLiteral("open"), db.error());
    ProductRepository repo(*db.value(), SystemClock::instance());
    auto cache = createProductCache(QStringLiteral("memory://"), SystemClock::instance());
    if (!cache)
        return fail(QStringLiteral("cache"), cache.error());
    ProductService service(repo, *cache.value());

    say(QStringLiteral("ready"));
    std::string go;
    std::getline(std::cin, go); // the start barrier: both processes begin together

    std::mt19937 rng(std::uint32_t(writer * 7919 + 13));
    auto pick = [&rng](int n) {
        return int(std::uniform_int_distribution<int>(0, n - 1)(rng));
    };
    QList<qint64> mine;
    int created = 0;
    int deleted = 0;
    for (int op = 0; op < ops; ++op) {
        const int dice = pick(100);
        if (dice < 40 || mine.size() < 2) {
            auto p = service.create(
                    {QStringLiteral("w%1 op%2").arg(writer).arg(op), Money(100 + op)});
            if (!p)
                return fail(QStringLiteral("create"), p.error());
            mine << p->id;
            ++created;
        } else if (dice < 60) {
            ProductChanges changes;
            changes.title = QStringLiteral("w%1 edit%2").arg(writer).arg(op);
            changes.price = Money(op);
            auto p = service.update(mine.at(pick(int(mine.size()))), changes);
            if (!p)
                return fail(QStringLiteral("edit"), p.error());
        } else if (dice < 75) {
            // Own rows and seeded rows the other process updates too.
            QList<qint64> ids;
            for (int i = 0; i < 20; ++i)
                ids << mine.at(pick(int(mine.size()))) << qint64(1 + pick(seeded));
            ProductChanges changes;
            changes.price = Money(1000 + op);
            auto n = service.bulkUpdate(ids, changes);
            if (!n)
                return fail(QStringLiteral("bulk"), n.error());
        } else if (dice < 90) {
            const qint64 id = mine.takeAt(pick(int(mine.size())));
            auto removed = service.remove(id);
            if (!removed)
                return fail(QStringLiteral("delete"), removed.error());
            if (!removed.value())
                return fail(QStringLiteral("delete"),
                            Error(ErrorKind::NotFound, QStringLiteral("own row %1 gone").arg(id)));
            ++deleted;
        } else {
            auto list = service.list();
            if (!list)
                return fail(QStringLiteral("list"), list.error());
        }
    }
    say(QStringLiteral("done %1 %2 %3").arg(created).arg(deleted).arg(ops));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 4 && args.at(1) == QLatin1String("bulk"))
        return runBulk(args.at(2), args.at(3).toInt());
    if (args.size() == 6 && args.at(1) == QLatin1String("mixed"))
        return runMixed(args.at(2), args.at(3).toInt(), args.at(4).toInt(), args.at(5).toInt());
    std::fprintf(stderr, "usage: dbfaultchild bulk DB ROUND | mixed DB WRITER OPS SEEDED\n");
    return 2;
}
