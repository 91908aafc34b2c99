#include "core/clock.h"
#include "db/database.h"
#include "pgsupport.h"
#include "products/productrepository.h"
#include "products/productschema.h"
#include "products/productseeder.h"

#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace pm;

namespace {
ProductFields fields(const QString &title, qint64 cents)
{
    return {title, Money(cents)};
}
} // namespace

/// The same behaviour suite on SQLite and on PostgreSQL (global data rows).
class TestProductRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    ManualClock m_clock;
    DatabaseConfig m_config;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ProductRepository> m_repo;

    /// A second, independent connection to the same database: what another process sees.
    std::unique_ptr<Database> openOther()
    {
        auto other = ProductSchema::open(m_config);
        if (!other) {
            qWarning() << other.error().toString();
            return nullptr;
        }
        return std::move(other.value());
    }

    qint64 version()
    {
        auto v = m_repo->listVersion();
        return v.ok() ? v.value() : -1;
    }

    qint64 rowCount()
    {
        auto n = m_repo->count();
        return n.ok() ? n.value() : -1;
    }

private slots:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }

    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        m_clock.setNowMs(1'700'000'000'000);
        if (backend == QLatin1String("sqlite")) {
            m_config = DatabaseConfig();
            m_config.path = m_dir.filePath(QStringLiteral("repo%1.db").arg(++m_counter));
        } else {
            auto config = test::freshPostgresDatabase(QStringLiteral("pm_tst_productrepository"));
            QVERIFY2(config.ok(), qPrintable(config.ok() ? QString() : config.error().toString()));
            m_config = config.value();
        }
        auto db = ProductSchema::open(m_config);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().toString()));
        m_db = std::move(db.value());
        m_repo = std::make_unique<ProductRepository>(*m_db, m_clock);
    }

    void cleanup()
    {
        m_repo.reset();
        m_db.reset();
    }

    void create_validFields_storesTrimmedProductWithTimestamps()
    {
        QSignalSpy created(m_repo.get(), &ProductRepository::productCreated);
        const auto p = m_repo->create(fields(QStringLiteral("  Mix - Cappucino Cocktail "), 903));
        QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().toString()));
        QVERIFY(p->id > 0);
        QCOMPARE(p->title, QStringLiteral("Mix - Cappucino Cocktail"));
        QCOMPARE(p->price, Money(903));
        QCOMPARE(p->createdMs, m_clock.nowMs());
        QCOMPARE(p->updatedMs, m_clock.nowMs());
        QCOMPARE(created.count(), 1);
        QCOMPARE(created.at(0).at(0).value<Product>(), p.value());

        const auto found = m_repo->find(p->id);
        QVERIFY(found.ok());
        QVERIFY(found->has_value());
        QCOMPARE(**found, p.value());
    }

    void create_unicodeTitle_roundTrips()
    {
        const QString title = QStringLiteral("Smörgåsbord – 寿司 \U0001F363");
        const auto p = m_repo->create(fields(title, 100));
        QVERIFY(p.ok());
        QCOMPARE((*m_repo->find(p->id))->title, title);
    }

    void create_invalidFields_failsWithoutWriting_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<qint64>("cents");
        QTest::addColumn<QString>("field");
        QTest::newRow("blank-title") << QStringLiteral("   ") << qint64(100) << "title";
        QTest::newRow("long-title") << QString(201, QLatin1Char('x')) << qint64(100) << "title";
        QTest::newRow("negative-price") << QStringLiteral("A") << qint64(-1) << "price";
        QTest::newRow("huge-price") << QStringLiteral("A") << Money::MaxCents + 1 << "price";
    }
    void create_invalidFields_failsWithoutWriting()
    {
        QFETCH(QString, title);
        QFETCH(qint64, cents);
        QFETCH(QString, field);
        QSignalSpy changed(m_repo.get(), &ProductRepository::productsChanged);
        const qint64 before = version();
        const auto p = m_repo->create(fields(title, cents));
        QVERIFY(!p.ok());
        QCOMPARE(p.error().kind, ErrorKind::InvalidInput);
        QCOMPARE(p.error().field, field);
        QCOMPARE(rowCount(), 0);
        QCOMPARE(version(), before);
        QCOMPARE(changed.count(), 0);
    }

    void create_maxPrice_isAccepted()
    {
        const auto p = m_repo->create(fields(QStringLiteral("Gold"), Money::MaxCents));
        QVERIFY(p.ok());
        QCOMPARE((*m_repo->find(p->id))->price, Money(Money::MaxCents));
    }

    void update_changesGivenFieldsAndBumpsUpdatedOnly()
    {
        const auto p = m_repo->create(fields(QStringLiteral("Kohlrabi"), 811));
        QVERIFY(p.ok());
        m_clock.advanceMs(1500);
        QSignalSpy updated(m_repo.get(), &ProductRepository::productUpdated);
        ProductChanges changes;
        changes.title = QStringLiteral(" Kohlrabi, purple ");
        const auto u = m_repo->update(p->id, changes);
        QVERIFY2(u.ok(), qPrintable(u.ok() ? QString() : u.error().toString()));
        QCOMPARE(u->title, QStringLiteral("Kohlrabi, purple"));
        QCOMPARE(u->price, Money(811));
        QCOMPARE(u->createdMs, p->createdMs);
        QCOMPARE(u->updatedMs, p->createdMs + 1500);
        QCOMPARE(updated.count(), 1);
        QCOMPARE(updated.at(0).at(0).value<Product>(), u.value());
        QCOMPARE(**m_repo->find(p->id), u.value());

        m_clock.advanceMs(10);
        ProductChanges price;
        price.price = Money(999);
        const auto u2 = m_repo->update(p->id, price);
        QVERIFY(u2.ok());
        QCOMPARE(u2->title, QStringLiteral("Kohlrabi, purple"));
        QCOMPARE(u2->price, Money(999));
        QCOMPARE(u2->updatedMs, p->createdMs + 1510);
    }

    void update_missingId_returnsNotFoundAndEmitsNothing()
    {
        QSignalSpy changed(m_repo.get(), &ProductRepository::productsChanged);
        QSignalSpy updated(m_repo.get(), &ProductRepository::productUpdated);
        const qint64 before = version();
        ProductChanges changes;
        changes.price = Money(1);
        const auto u = m_repo->update(424242, changes);
        QVERIFY(!u.ok());
        QCOMPARE(u.error().kind, ErrorKind::NotFound);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(updated.count(), 0);
        QCOMPARE(version(), before);
    }

    void update_invalidTitle_isRejected()
    {
        const auto p = m_repo->create(fields(QStringLiteral("Kohlrabi"), 811));
        QVERIFY(p.ok());
        ProductChanges changes;
        changes.title = QString();
        const auto u = m_repo->update(p->id, changes);
        QVERIFY(!u.ok());
        QCOMPARE(u.error().field, QStringLiteral("title"));
        QCOMPARE((*m_repo->find(p->id))->title, QStringLiteral("Kohlrabi"));
    }

    void list_isNewestFirstWithTiesBrokenById()
    {
        const qint64 t = m_clock.nowMs();
        const auto a = m_repo->create(fields(QStringLiteral("A"), 1)); // t
        const auto b = m_repo->create(fields(QStringLiteral("B"), 2)); // t, higher id
        m_clock.setNowMs(t + 1000);
        const auto c = m_repo->create(fields(QStringLiteral("C"), 3)); // newest
        m_clock.setNowMs(t - 1000);
        const auto d = m_repo->create(fields(QStringLiteral("D"), 4)); // oldest, highest id
        QVERIFY(a.ok() && b.ok() && c.ok() && d.ok());
        const auto list = m_repo->list();
        QVERIFY(list.ok());
        QList<qint64> ids;
        for (const Product &p : list.value())
            ids << p.id;
        QCOMPARE(ids, QList<qint64>({c->id, b->id, a->id, d->id}));
        QCOMPARE(list->at(0), c.value());
    }

    void list_withObserver_sendsTheFirstRowsNewestFirstAndMonotonicProgress()
    {
        // Three batches of 300 at three times: the newest batch comes first, ties by id DESC.
        const qint64 t = m_clock.nowMs();
        for (int batch = 0; batch < 3; ++batch) {
            m_clock.setNowMs(t + batch * 1000);
            QCOMPARE(m_repo->insertMany(ProductSeeder::generate(300, quint64(batch + 1))).value(),
                     300);
        }
        const auto plain = m_repo->list();
        QVERIFY(plain.ok());
        QCOMPARE(plain->size(), 900);

        QList<QList<Product>> firsts;
        QList<std::pair<qint64, qint64>> progress;
        ListReadObserver observer;
        observer.firstRowCount = 200;
        observer.progressEvery = 250;
        observer.firstRows = [&firsts](const QList<Product> &rows) {
            firsts << rows;
        };
        observer.progress = [&progress, &firsts](qint64 done, qint64 total) {
            QVERIFY(!firsts.isEmpty()); // the first rows come before any progress
            progress << std::make_pair(done, total);
        };
        const auto watched = m_repo->list(&observer);
        QVERIFY(watched.ok());
        QCOMPARE(watched.value(), plain.value()); // the observer changes nothing

        QCOMPARE(firsts.size(), 1);
        QCOMPARE(firsts.first().size(), 200);
        QCOMPARE(firsts.first(), plain->mid(0, 200));
        QCOMPARE(firsts.first().first().createdMs, t + 2000); // the newest batch
        for (qsizetype i = 1; i < firsts.first().size(); ++i) {
            const Product &a = firsts.first().at(i - 1);
            const Product &b = firsts.first().at(i);
            QVERIFY(a.createdMs > b.createdMs || (a.createdMs == b.createdMs && a.id > b.id));
        }
        const QList<std::pair<qint64, qint64>> expected{
                {250, -1}, {500, -1}, {750, -1}, {900, 900}};
        QCOMPARE(progress, expected);
    }

    void list_withObserver_onAShortList_sendsNoFirstRowsButTheFinalProgress()
    {
        QCOMPARE(m_repo->insertMany(ProductSeeder::generate(10)).value(), 10);
        int firsts = 0;
        QList<std::pair<qint64, qint64>> progress;
        ListReadObserver observer;
        observer.firstRows = [&firsts](const QList<Product> &) {
            ++firsts;
        };
        observer.progress = [&progress](qint64 done, qint64 total) {
            progress << std::make_pair(done, total);
        };
        const auto list = m_repo->list(&observer);
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 10);
        QCOMPARE(firsts, 0); // the whole list is as quick as its first rows
        QCOMPARE(progress, (QList<std::pair<qint64, qint64>>{{10, 10}}));
    }

    void list_empty_isEmpty()
    {
        const auto list = m_repo->list();
        QVERIFY(list.ok());
        QVERIFY(list->isEmpty());
        QCOMPARE(rowCount(), 0);
    }

    void bulkUpdate_isOneStatementThatBumpsUpdatedAndReturnsTheCount()
    {
        QList<qint64> ids;
        for (int i = 0; i < 5; ++i) {
            const auto p = m_repo->create(fields(QStringLiteral("P%1").arg(i), 100 + i));
            QVERIFY(p.ok());
            ids << p->id;
        }
        m_clock.advanceMs(60'000);
        QStringList statements;
        m_db->setSqlObserver([&statements](const SqlEvent &e) { statements << e.sql; });
        QSignalSpy bulk(m_repo.get(), &ProductRepository::productsBulkUpdated);
        QSignalSpy changed(m_repo.get(), &ProductRepository::productsChanged);
        ProductChanges changes;
        changes.price = Money(100);
        // Three real ids, a duplicate and a missing one.
        const auto n = m_repo->bulkUpdate({ids[0], ids[2], ids[4], ids[2], 999999}, changes);
        m_db->setSqlObserver({});
        QVERIFY2(n.ok(), qPrintable(n.ok() ? QString() : n.error().toString()));
        QCOMPARE(n.value(), 3);

        const auto updates = statements.filter(QStringLiteral("UPDATE products"));
        QCOMPARE(updates.size(), 1);
        QVERIFY(updates.first().contains(QLatin1String("WHERE id IN")));

        for (int i = 0; i < 5; ++i) {
            const Product p = **m_repo->find(ids[i]);
            if (i % 2 == 0) {
                QCOMPARE(p.price, Money(100));
                QCOMPARE(p.updatedMs, m_clock.nowMs());
                QCOMPARE(p.createdMs, m_clock.nowMs() - 60'000);
            } else {
                QCOMPARE(p.price, Money(100 + i));
                QCOMPARE(p.updatedMs, m_clock.nowMs() - 60'000);
            }
        }
        QCOMPARE(bulk.count(), 1);
        auto bulkIds = bulk.at(0).at(0).value<QList<qint64>>();
        std::sort(bulkIds.begin(), bulkIds.end());
        QCOMPARE(bulkIds, QList<qint64>({ids[0], ids[2], ids[4]}));
        QCOMPARE(bulk.at(0).at(1).toInt(), 3);
        QCOMPARE(changed.count(), 1);
    }

    void bulkUpdate_moreIdsThanTheVariableLimit_allInOneTransaction()
    {
        QVERIFY(m_repo->insertMany(ProductSeeder::generate(2000)).ok());
        const auto all = m_repo->list();
        QVERIFY(all.ok());
        QList<qint64> ids;
        for (const Product &p : all.value())
            ids << p.id;
        const qint64 before = version();
        QSignalSpy changed(m_repo.get(), &ProductRepository::productsChanged);
        ProductChanges changes;
        changes.title = QStringLiteral("Renamed");
        m_clock.advanceMs(5);
        const auto n = m_repo->bulkUpdate(ids, changes);
        QVERIFY2(n.ok(), qPrintable(n.ok() ? QString() : n.error().toString()));
        QCOMPARE(n.value(), 2000);
        QCOMPARE(version(), before + 1);
        QCOMPARE(changed.count(), 1);
        const QList<Product> after = m_repo->list().value();
        for (const Product &p : after) {
            QCOMPARE(p.title, QStringLiteral("Renamed"));
            QCOMPARE(p.updatedMs, m_clock.nowMs());
        }
    }

    void bulkUpdate_noMatchingIds_changesNothing()
    {
        QSignalSpy changed(m_repo.get(), &ProductRepository::productsChanged);
        const qint64 before = version();
        ProductChanges changes;
        changes.price = Money(1);
        QCOMPARE(m_repo->bulkUpdate({}, changes).value(), 0);
        QCOMPARE(m_repo->bulkUpdate({7, 8}, changes).value(), 0);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(version(), before);
    }

    void remove_existingReturnsTrue_missingReturnsFalse()
    {
        const auto p = m_repo->create(fields(QStringLiteral("Gone"), 5));
        QVERIFY(p.ok());
        QSignalSpy deleted(m_repo.get(), &ProductRepository::productsDeleted);
        QSignalSpy changed(m_repo.get(), &ProductRepository::productsChanged);
        const auto r = m_repo->remove(p->id);
        QVERIFY(r.ok());
        QVERIFY(r.value());
        QVERIFY(!m_repo->find(p->id)->has_value());
        QCOMPARE(deleted.count(), 1);
        QCOMPARE(deleted.at(0).at(0).value<QList<qint64>>(), QList<qint64>({p->id}));
        QCOMPARE(changed.count(), 1);

        const auto again = m_repo->remove(p->id);
        QVERIFY(again.ok());
        QVERIFY(!again.value());
        QCOMPARE(deleted.count(), 1);
        QCOMPARE(changed.count(), 1);
    }

    void removeMany_removesOnlyTheGivenRowsAndReturnsTheCount()
    {
        QList<qint64> ids;
        for (int i = 0; i < 6; ++i)
            ids << m_repo->create(fields(QStringLiteral("P%1").arg(i), i)).value().id;
        QSignalSpy deleted(m_repo.get(), &ProductRepository::productsDeleted);
        const auto n = m_repo->removeMany({ids[1], ids[3], ids[5], 123456});
        QVERIFY(n.ok());
        QCOMPARE(n.value(), 3);
        QCOMPARE(rowCount(), 3);
        for (int i = 0; i < 6; ++i)
            QCOMPARE(m_repo->find(ids[i])->has_value(), i % 2 == 0);
        QCOMPARE(deleted.count(), 1);
        auto removed = deleted.at(0).at(0).value<QList<qint64>>();
        std::sort(removed.begin(), removed.end());
        QCOMPARE(removed, QList<qint64>({ids[1], ids[3], ids[5]}));
    }

    void restore_bringsBackIdsAndTimestamps()
    {
        for (int i = 0; i < 4; ++i) {
            QVERIFY(m_repo->create(fields(QStringLiteral("P%1").arg(i), 10 * i)).ok());
            m_clock.advanceMs(100);
        }
        const QList<Product> original = m_repo->list().value();
        const QList<Product> doomed = {original.at(1), original.at(2)};
        QVERIFY(m_repo->removeMany({doomed.at(0).id, doomed.at(1).id}).ok());
        QCOMPARE(rowCount(), 2);
        m_clock.advanceMs(10'000);
        QSignalSpy inserted(m_repo.get(), &ProductRepository::productsInserted);
        const auto n = m_repo->restore(doomed);
        QVERIFY2(n.ok(), qPrintable(n.ok() ? QString() : n.error().toString()));
        QCOMPARE(n.value(), 2);
        QCOMPARE(m_repo->list().value(), original);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(0).toInt(), 2);
        // New rows still get fresh ids above the restored ones.
        const auto fresh = m_repo->create(fields(QStringLiteral("New"), 1));
        QVERIFY(fresh.ok());
        QVERIFY(fresh->id > original.first().id);
    }

    void restore_existingId_failsAndRestoresNothing()
    {
        const Product p = m_repo->create(fields(QStringLiteral("Here"), 1)).value();
        Product copy = p;
        Product other = p;
        other.id = p.id + 100;
        const auto n = m_repo->restore({other, copy});
        QVERIFY(!n.ok());
        QCOMPARE(n.error().kind, ErrorKind::InvalidInput);
        QCOMPARE(rowCount(), 1);
    }

    void listVersion_isBumpedExactlyOncePerWrite()
    {
        QSignalSpy changed(m_repo.get(), &ProductRepository::productsChanged);
        qint64 v = version();
        QVERIFY(v >= 0);
        auto expectBump = [&](const char *what) {
            ++v;
            QVERIFY2(version() == v, what);
            QVERIFY2(!changed.isEmpty() && changed.last().at(0).toLongLong() == v, what);
        };
        const Product p = m_repo->create(fields(QStringLiteral("A"), 1)).value();
        expectBump("create");
        ProductChanges ch;
        ch.price = Money(2);
        QVERIFY(m_repo->update(p.id, ch).ok());
        expectBump("update");
        QVERIFY(m_repo->insertMany(ProductSeeder::generate(1200)).ok());
        expectBump("insertMany");
        QList<qint64> ids;
        const QList<Product> listed = m_repo->list().value();
        for (const Product &x : listed)
            ids << x.id;
        QVERIFY(m_repo->bulkUpdate(ids, ch).ok());
        expectBump("bulkUpdate");
        QVERIFY(m_repo->remove(p.id).ok());
        expectBump("remove");
        QVERIFY(m_repo->restore({p}).ok());
        expectBump("restore");
        QVERIFY(m_repo->removeMany(ids.mid(0, 1000)).ok());
        expectBump("removeMany");
        QCOMPARE(changed.count(), 7);
        // Reads do not bump.
        QVERIFY(m_repo->list().ok());
        QVERIFY(m_repo->count().ok());
        QCOMPARE(version(), v);
    }

    void signals_areEmittedAfterTheCommit()
    {
        auto other = openOther();
        QVERIFY(other);
        ProductRepository observer(*other, m_clock);
        // In the handlers, another connection must already see the write: it was committed.
        qint64 seenVersion = -1;
        qint64 seenCount = -1;
        bool seenCreated = false;
        connect(m_repo.get(), &ProductRepository::productCreated, this,
                [&](const Product &p) { seenCreated = observer.find(p.id).value().has_value(); });
        connect(m_repo.get(), &ProductRepository::productsChanged, this, [&](qint64) {
            seenVersion = observer.listVersion().value();
            seenCount = observer.count().value();
        });
        const auto p = m_repo->create(fields(QStringLiteral("Visible"), 1));
        QVERIFY(p.ok());
        QVERIFY(seenCreated);
        QCOMPARE(seenVersion, version());
        QCOMPARE(seenCount, 1);

        QVERIFY(m_repo->insertMany(ProductSeeder::generate(600)).ok());
        QCOMPARE(seenCount, 601);
        QCOMPARE(seenVersion, version());
    }

    void insertMany_constraintViolation_isAllOrNothingAndSilent()
    {
        QList<ProductFields> rows = ProductSeeder::generate(1000);
        rows[700].price = Money(Money::MaxCents + 1); // breaks the CHECK constraint
        QSignalSpy inserted(m_repo.get(), &ProductRepository::productsInserted);
        QSignalSpy changed(m_repo.get(), &ProductRepository::productsChanged);
        const qint64 before = version();
        const auto n = m_repo->insertMany(rows);
        QVERIFY(!n.ok());
        QCOMPARE(n.error().kind, ErrorKind::InvalidInput);
        QCOMPARE(rowCount(), 0);
        QCOMPARE(version(), before);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(changed.count(), 0);
        // The connection is still usable afterwards.
        QVERIFY(m_repo->create(fields(QStringLiteral("After"), 1)).ok());
    }

    void insertMany_invalidTitle_isRejectedBeforeWriting()
    {
        QList<ProductFields> rows = ProductSeeder::generate(10);
        rows[3].title = QStringLiteral("   ");
        rows[0].title = QStringLiteral("  Padded  ");
        QSignalSpy changed(m_repo.get(), &ProductRepository::productsChanged);
        const auto n = m_repo->insertMany(rows);
        QVERIFY(!n.ok());
        QCOMPARE(n.error().kind, ErrorKind::InvalidInput);
        QCOMPARE(n.error().field, QStringLiteral("title"));
        QVERIFY2(n.error().message.contains(QLatin1String("4")), qPrintable(n.error().message));
        QCOMPARE(rowCount(), 0);
        QCOMPARE(changed.count(), 0);
        rows[3].title = QStringLiteral("Fixed");
        QCOMPARE(m_repo->insertMany(rows).value(), 10);
        QCOMPARE(m_repo->list().value().last().title, QStringLiteral("Padded"));
    }

    void insertMany_reportsTheInsertedIdsInRowOrder()
    {
        // 1,000 rows: several full chunks (one reused prepared statement) and a partial one.
        const auto rows = ProductSeeder::generate(1000);
        QVERIFY(m_repo->create(fields(QStringLiteral("Before"), 1)).ok());
        QList<qint64> ids = {42}; // cleared first
        QCOMPARE(m_repo->insertMany(rows, {}, QStringLiteral("import"), &ids).value(), 1000);
        QCOMPARE(ids.size(), 1000);
        QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()).size(), 1000);
        for (int i : {0, 149, 150, 999}) {
            const auto p = m_repo->find(ids.at(i)).value();
            QVERIFY(p);
            QCOMPARE(p->title, rows.at(i).title);
            QCOMPARE(p->price, rows.at(i).price);
        }
        // Cancelled: rolled back, so no ids.
        QCOMPARE(m_repo->insertMany(
                               rows, [](int, int) { return false; }, QStringLiteral("import"), &ids)
                         .value(),
                 0);
        QVERIFY(ids.isEmpty());
    }

    void restoreFields_putsBackEachProductsFields_allOrNothing()
    {
        const Product a = m_repo->create(fields(QStringLiteral("A"), 100)).value();
        const Product b = m_repo->create(fields(QStringLiteral("B"), 200)).value();
        ProductChanges same;
        same.title = QStringLiteral("Same");
        same.price = Money(1);
        QCOMPARE(m_repo->bulkUpdate({a.id, b.id}, same).value(), 2);
        QCOMPARE(m_repo->restoreFields({a, b}).value(), 2);
        QCOMPARE(m_repo->find(a.id).value()->title, QStringLiteral("A"));
        QCOMPARE(m_repo->find(b.id).value()->price, Money(200));
        QCOMPARE(m_repo->find(b.id).value()->createdMs, b.createdMs);
        QCOMPARE(m_repo->bulkUpdate({a.id, b.id}, same).value(), 2);
        QVERIFY(m_repo->remove(b.id).value());
        const qint64 before = version();
        const auto r = m_repo->restoreFields({a, b});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::NotFound);
        QCOMPARE(m_repo->find(a.id).value()->title, QStringLiteral("Same")); // rolled back
        QCOMPARE(version(), before);
    }

    void insertMany_reportsProgressAndInsertsAll()
    {
        const auto rows = ProductSeeder::generate(1200);
        QList<QPair<int, int>> calls;
        QSignalSpy inserted(m_repo.get(), &ProductRepository::productsInserted);
        const auto n = m_repo->insertMany(rows, [&calls](int done, int total) {
            calls.append({done, total});
            return true;
        });
        QVERIFY2(n.ok(), qPrintable(n.ok() ? QString() : n.error().toString()));
        QCOMPARE(n.value(), 1200);
        QCOMPARE(rowCount(), 1200);
        QVERIFY(calls.size() >= 3);
        QCOMPARE(calls.last(), qMakePair(1200, 1200));
        for (int i = 1; i < calls.size(); ++i) {
            QVERIFY(calls.at(i).first > calls.at(i - 1).first);
            QVERIFY(calls.at(i).first - calls.at(i - 1).first <= 600);
        }
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(0).toInt(), 1200);
        // All rows of one batch share the insert time; newest first is by id then.
        const auto list = m_repo->list().value();
        QCOMPARE(list.first().title, rows.last().title);
        QCOMPARE(list.last().title, rows.first().title);
        QCOMPARE(list.first().price, rows.last().price);
    }

    void insertMany_cancelled_rollsBackEverything()
    {
        QSignalSpy changed(m_repo.get(), &ProductRepository::productsChanged);
        const qint64 before = version();
        int calls = 0;
        const auto n = m_repo->insertMany(ProductSeeder::generate(1200), [&calls](int done, int) {
            ++calls;
            return done < 1000; // cancel at the second report
        });
        QVERIFY(n.ok());
        QCOMPARE(n.value(), 0);
        QCOMPARE(calls, 2);
        QCOMPARE(rowCount(), 0);
        QCOMPARE(version(), before);
        QCOMPARE(changed.count(), 0);
    }

    void insertMany_tenThousandRows()
    {
        const auto rows = ProductSeeder::generate(10'000);
        const auto n = m_repo->insertMany(rows);
        QVERIFY(n.ok());
        QCOMPARE(n.value(), 10'000);
        QCOMPARE(m_repo->list().value().size(), 10'000);
    }

    void find_missing_returnsEmptyOptional()
    {
        const auto found = m_repo->find(31337);
        QVERIFY(found.ok());
        QVERIFY(!found->has_value());
    }

    void sqlObserver_reportsEachStatementOnceWithDurationAndRows()
    {
        QVERIFY(m_repo->insertMany(ProductSeeder::generate(25)).ok());
        QList<SqlEvent> events;
        m_db->setSqlObserver([&events](const SqlEvent &e) { events << e; });
        QVERIFY(m_repo->list().ok());
        QCOMPARE(events.size(), 1);
        QVERIFY(events.first().sql.startsWith(QLatin1String("SELECT")));
        QCOMPARE(events.first().rows, 25);
        QVERIFY(events.first().durationNs > 0);
        QVERIFY(events.first().error.isEmpty());

        events.clear();
        const Product p = m_repo->create(fields(QStringLiteral("Watched"), 77)).value();
        QStringList sql;
        for (const SqlEvent &e : events)
            sql << e.sql.section(QLatin1Char(' '), 0, 1);
        QCOMPARE(sql.first(),
                 QStringLiteral("BEGIN")
                         + (m_config.driver == DatabaseConfig::Driver::Sqlite
                                    ? QStringLiteral(" IMMEDIATE")
                                    : QString()));
        QCOMPARE(sql.last(), QStringLiteral("COMMIT"));
        const auto insert = std::find_if(events.cbegin(), events.cend(), [](const SqlEvent &e) {
            return e.sql.startsWith(QLatin1String("INSERT INTO products"));
        });
        QVERIFY(insert != events.cend());
        QCOMPARE(insert->bound.at(0).toString(), QStringLiteral("Watched"));
        QCOMPARE(insert->bound.at(1).toLongLong(), 77);
        QCOMPARE(insert->rows, 1);
        QVERIFY(std::any_of(events.cbegin(), events.cend(), [](const SqlEvent &e) {
            return e.sql.contains(
                    QLatin1String("UPDATE meta SET value = CASE WHEN key = 'list_version'"));
        }));
        m_db->setSqlObserver({});
        QCOMPARE(p.title, QStringLiteral("Watched"));
    }

    void list_titlesFromSharedBlocks_behaveAsOwnedStrings()
    {
        // list() builds titles inside shared blocks (TitleArena): each must still be its own
        // NUL-terminated string that detaches on change, whatever its encoding.
        const QStringList titles{QStringLiteral("Plain"), QStringLiteral("Smörgåsbord"),
                                 QStringLiteral("Emoji \U0001F600 end"), QStringLiteral("日本語")};
        for (const QString &t : titles)
            QVERIFY(m_repo->create({t, Money(100)}).ok());
        auto listed = m_repo->list();
        QVERIFY(listed);
        QList<Product> products = listed.value();
        QStringList seen;
        for (const Product &p : std::as_const(products)) {
            seen << p.title;
            const auto *raw = reinterpret_cast<const char16_t *>(p.title.utf16());
            QCOMPARE(raw[p.title.size()], u'\0');
        }
        for (const QString &t : titles)
            QVERIFY2(seen.contains(t), qPrintable(t));
        const QString before = products[1].title;
        products[0].title.append(QStringLiteral(" and more"));
        QCOMPARE(products[1].title, before);
        QString survivor = products.last().title;
        products.clear();
        listed = Error(ErrorKind::Internal, QStringLiteral("dropped"));
        survivor.append(QString(500, QLatin1Char('x')));
        QVERIFY(survivor.endsWith(QString(500, QLatin1Char('x'))));
    }
};

QTEST_GUILESS_MAIN(TestProductRepository)
#include "tst_productrepository.moc"
