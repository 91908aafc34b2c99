#include "core/clock.h"
#include "products/productimporter.h"
#include "products/productrepository.h"
#include "worker/productworker.h"

#include "testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <atomic>

using namespace pm;

namespace {
// QSignalSpy::wait() waits for the NEXT emission and misses one that a fast worker thread
// already delivered, so wait for the spy to hold something instead.
bool arrived(const QSignalSpy &spy)
{
    return QTest::qWaitFor([&spy] { return !spy.isEmpty(); }, 30'000);
}
} // namespace

class TestProductWorker : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void open_newFile_seedsDemoProducts();
    void open_existingEmptyFile_doesNotSeed();
    void request_beforeOpen_failsUnavailable();
    void requests_runInWorkerThread_andAnswerWithTheirIds();
    void update_missingId_failsNotFound();
    void bulkUpdate_returnsAffectedCount();
    void remove_thenRestore_bringsBackSameProducts();
    void importFile_reportsProgressAndRejections();
    void importFile_cancelledBeforeStart_insertsNothing();
    void importFile_missingFile_failsNotFound();
    void seed_reportsProgress_andCancelsBeforeStart();
    void open_corruptFile_failsWithoutCrash();
    void open_newEmptyFile_announcesCatalogueCreated_onlyOnce();
    void importFile_reportsInsertedIds_andAsksAboutDuplicates();
    void restoreFields_putsBackTitlesAndPrices_invalidatesOnce_orNothingIfOneIsGone();
    void insertRows_reportsNewIds();
    void exportFile_writesWholeCatalogue_importableAgain();
    void heldOpen_connectsAtOnce_answersOnlyAfterRelease();

private:
    template<typename F>
    void invoke(F call)
    {
        QMetaObject::invokeMethod(m_worker, std::move(call), Qt::QueuedConnection);
    }
    DatabaseConfig config() const
    {
        DatabaseConfig c;
        c.path = m_dir->filePath(QStringLiteral("products.db"));
        return c;
    }
    void openAndWait(int seedIfNew);
    QList<Product> loadList();

    ManualClock m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    QThread *m_thread = nullptr;
    ProductWorker *m_worker = nullptr;
};

void TestProductWorker::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_thread = new QThread(this);
    m_worker = new ProductWorker(m_clock);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

void TestProductWorker::cleanup()
{
    m_thread->quit();
    QVERIFY(m_thread->wait(10'000));
    delete m_thread;
    m_thread = nullptr;
    m_worker = nullptr;
    m_dir.reset();
}

void TestProductWorker::openAndWait(int seedIfNew)
{
    QSignalSpy opened(m_worker, &ProductWorker::opened);
    const DatabaseConfig c = config();
    auto *w = m_worker;
    invoke([w, c, seedIfNew] { w->open(1, c, seedIfNew); });
    QVERIFY(arrived(opened));
}

QList<Product> TestProductWorker::loadList()
{
    QSignalSpy loaded(m_worker, &ProductWorker::listLoaded);
    auto *w = m_worker;
    invoke([w] { w->loadList(99); });
    if (!arrived(loaded))
        return {};
    return loaded.first().at(1).value<QList<Product>>();
}

void TestProductWorker::open_newFile_seedsDemoProducts()
{
    QSignalSpy opened(m_worker, &ProductWorker::opened);
    const DatabaseConfig c = config();
    auto *w = m_worker;
    invoke([w, c] { w->open(7, c, 15); });
    QVERIFY(arrived(opened));
    QCOMPARE(opened.first().at(0).toInt(), 7);
    QCOMPARE(opened.first().at(1).toString(), c.redactedUrl());
    QCOMPARE(opened.first().at(2).toInt(), 15);
    QCOMPARE(loadList().size(), 15);
}

void TestProductWorker::open_existingEmptyFile_doesNotSeed()
{
    openAndWait(0); // creates the file, no rows
    QCOMPARE(loadList().size(), 0);
    QSignalSpy opened(m_worker, &ProductWorker::opened);
    const DatabaseConfig c = config();
    auto *w = m_worker;
    invoke([w, c] { w->open(2, c, 50); }); // not new any more: the user emptied it
    QVERIFY(arrived(opened));
    QCOMPARE(opened.first().at(2).toInt(), 0);
    QCOMPARE(loadList().size(), 0);
}

void TestProductWorker::request_beforeOpen_failsUnavailable()
{
    QSignalSpy failed(m_worker, &ProductWorker::failed);
    auto *w = m_worker;
    invoke([w] { w->loadList(5); });
    QVERIFY(arrived(failed));
    QCOMPARE(failed.first().at(0).toInt(), 5);
    QCOMPARE(failed.first().at(1).value<Error>().kind, ErrorKind::Unavailable);
}

void TestProductWorker::requests_runInWorkerThread_andAnswerWithTheirIds()
{
    openAndWait(0);
    QThread *seenThread = nullptr;
    QSignalSpy created(m_worker, &ProductWorker::created);
    auto *w = m_worker;
    connect(
            m_worker, &ProductWorker::created, m_worker,
            [&seenThread] { seenThread = QThread::currentThread(); }, Qt::DirectConnection);
    invoke([w] { w->create(11, ProductFields{QStringLiteral("A"), Money(100)}); });
    invoke([w] { w->create(12, ProductFields{QStringLiteral("B"), Money(200)}); });
    QTRY_COMPARE(created.count(), 2);
    QCOMPARE(seenThread, m_thread);
    QCOMPARE(created.at(0).at(0).toInt(), 11);
    QCOMPARE(created.at(0).at(1).value<Product>().title, QStringLiteral("A"));
    QCOMPARE(created.at(1).at(0).toInt(), 12);
    QCOMPARE(created.at(1).at(1).value<Product>().price.cents(), 200);
}

void TestProductWorker::update_missingId_failsNotFound()
{
    openAndWait(0);
    QSignalSpy failed(m_worker, &ProductWorker::failed);
    auto *w = m_worker;
    ProductChanges changes;
    changes.title = QStringLiteral("Nobody");
    invoke([w, changes] { w->update(3, 424242, changes); });
    QVERIFY(arrived(failed));
    QCOMPARE(failed.first().at(0).toInt(), 3);
    QCOMPARE(failed.first().at(1).value<Error>().kind, ErrorKind::NotFound);
}

void TestProductWorker::bulkUpdate_returnsAffectedCount()
{
    openAndWait(5);
    const QList<Product> before = loadList();
    QCOMPARE(before.size(), 5);
    QSignalSpy bulk(m_worker, &ProductWorker::bulkUpdated);
    auto *w = m_worker;
    const QList<qint64> ids = {before.at(0).id, before.at(4).id, 999'999};
    ProductChanges changes;
    changes.price = Money(4242);
    invoke([w, ids, changes] { w->bulkUpdate(4, ids, changes); });
    QVERIFY(arrived(bulk));
    QCOMPARE(bulk.first().at(1).toInt(), 2);
    int changed = 0;
    for (const Product &p : loadList())
        changed += p.price.cents() == 4242 ? 1 : 0;
    QCOMPARE(changed, 2);
}

void TestProductWorker::remove_thenRestore_bringsBackSameProducts()
{
    openAndWait(6);
    const QList<Product> before = loadList();
    const QList<Product> victims = {before.at(1), before.at(3)};
    QSignalSpy removed(m_worker, &ProductWorker::removed);
    QSignalSpy restored(m_worker, &ProductWorker::restored);
    auto *w = m_worker;
    const QList<qint64> ids = {victims.at(0).id, victims.at(1).id};
    invoke([w, ids] { w->remove(8, ids); });
    QVERIFY(arrived(removed));
    QCOMPARE(removed.first().at(2).toInt(), 2);
    QCOMPARE(loadList().size(), 4);
    invoke([w, victims] { w->restore(9, victims); });
    QVERIFY(arrived(restored));
    QCOMPARE(restored.first().at(1).toInt(), 2);
    QCOMPARE(loadList(), before);
}

void TestProductWorker::importFile_reportsProgressAndRejections()
{
    const QString reference = test::writeCatalogueJson(m_dir->path(), 10'000);
    QVERIFY(!reference.isEmpty());
    openAndWait(0);
    QSignalSpy progress(m_worker, &ProductWorker::progressed);
    QSignalSpy imported(m_worker, &ProductWorker::imported);
    auto *w = m_worker;
    invoke([w, reference] { w->importFile(21, reference); });
    QVERIFY(arrived(imported));
    const auto summary = imported.first().at(1).value<ImportSummary>();
    QVERIFY(!summary.cancelled);
    QCOMPARE(summary.path, reference);
    QCOMPARE(summary.accepted, 10'000);
    QCOMPARE(summary.rejected, 0);
    QVERIFY(summary.rejections.isEmpty());
    QVERIFY(progress.count() >= 1);
    QCOMPARE(progress.last().at(0).toInt(), 21);
    QCOMPARE(progress.last().at(1).toInt(), progress.last().at(2).toInt()); // done == total
    QCOMPARE(loadList().size(), summary.accepted);

    // A file with bad rows: they are counted and described, the good ones go in.
    const QString path = m_dir->filePath(QStringLiteral("mixed.csv"));
    QFile csv(path);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("title,price\nGood,1.00\n,2.00\nAlso good,$3.50\nBad,-4\n");
    csv.close();
    imported.clear();
    invoke([w, path] { w->importFile(22, path); });
    QVERIFY(arrived(imported));
    const auto mixed = imported.first().at(1).value<ImportSummary>();
    QCOMPARE(mixed.accepted, 2);
    QCOMPARE(mixed.rejected, 2);
    QCOMPARE(mixed.rejections.size(), 2);
    QVERIFY2(mixed.rejections.first().startsWith(QStringLiteral("Row 3")),
             qPrintable(mixed.rejections.first()));
}

void TestProductWorker::importFile_cancelledBeforeStart_insertsNothing()
{
    const QString reference = test::writeCatalogueJson(m_dir->path(), 10'000);
    QVERIFY(!reference.isEmpty());
    openAndWait(0);
    QSignalSpy imported(m_worker, &ProductWorker::imported);
    auto *w = m_worker;
    m_worker->cancel(31); // the user cancelled before the worker got to it
    invoke([w, reference] { w->importFile(31, reference); });
    QVERIFY(arrived(imported));
    QVERIFY(imported.first().at(1).value<ImportSummary>().cancelled);
    QCOMPARE(imported.first().at(1).value<ImportSummary>().accepted, 0);
    QCOMPARE(loadList().size(), 0);

    // Another import id is not affected by that cancellation.
    imported.clear();
    invoke([w, reference] { w->importFile(32, reference); });
    QVERIFY(arrived(imported));
    const auto second = imported.first().at(1).value<ImportSummary>();
    QVERIFY(!second.cancelled);
    QCOMPARE(second.accepted, 10'000);
    QCOMPARE(loadList().size(), second.accepted);
}

void TestProductWorker::importFile_missingFile_failsNotFound()
{
    openAndWait(0);
    QSignalSpy failed(m_worker, &ProductWorker::failed);
    auto *w = m_worker;
    const QString path = m_dir->filePath(QStringLiteral("nope.json"));
    invoke([w, path] { w->importFile(41, path); });
    QVERIFY(arrived(failed));
    QCOMPARE(failed.first().at(1).value<Error>().kind, ErrorKind::NotFound);
}

void TestProductWorker::open_corruptFile_failsWithoutCrash()
{
    QFile file(config().path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    QSignalSpy failed(m_worker, &ProductWorker::failed);
    const DatabaseConfig c = config();
    auto *w = m_worker;
    invoke([w, c] { w->open(51, c, 10); });
    QVERIFY(arrived(failed));
    QCOMPARE(failed.first().at(0).toInt(), 51);
    QCOMPARE(failed.first().at(1).value<Error>().kind, ErrorKind::Corrupt);
    // Still answering, and still not open.
    failed.clear();
    invoke([w] { w->loadList(52); });
    QVERIFY(arrived(failed));
    QCOMPARE(failed.first().at(1).value<Error>().kind, ErrorKind::Unavailable);
}

void TestProductWorker::seed_reportsProgress_andCancelsBeforeStart()
{
    openAndWait(0);
    QSignalSpy seeded(m_worker, &ProductWorker::seeded);
    QSignalSpy progress(m_worker, &ProductWorker::progressed);
    auto *w = m_worker;
    invoke([w] { w->seed(61, 2500); });
    QVERIFY(arrived(seeded));
    QCOMPARE(seeded.first().at(1).toInt(), 2500);
    QCOMPARE(seeded.first().at(2).toBool(), false);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toInt(), 61);
    QCOMPARE(progress.last().at(1).toInt(), 2500);

    seeded.clear();
    m_worker->cancel(62);
    invoke([w] { w->seed(62, 2500); });
    QVERIFY(arrived(seeded));
    QCOMPARE(seeded.first().at(1).toInt(), 0);
    QCOMPARE(seeded.first().at(2).toBool(), true);
    QCOMPARE(loadList().size(), 2500);
}

void TestProductWorker::open_newEmptyFile_announcesCatalogueCreated_onlyOnce()
{
    QSignalSpy created(m_worker, &ProductWorker::catalogueCreated);
    openAndWait(0);
    QCOMPARE(created.count(), 1);
    QCOMPARE(created.first().at(0).toInt(), 1);
    openAndWait(0); // the file exists now: not new
    QCOMPARE(created.count(), 1);
    m_dir = std::make_unique<QTemporaryDir>();
    openAndWait(5); // new, but seeded: nothing to offer
    QCOMPARE(created.count(), 1);
}

void TestProductWorker::importFile_reportsInsertedIds_andAsksAboutDuplicates()
{
    openAndWait(0);
    const QString path = m_dir->filePath(QStringLiteral("three.csv"));
    QFile csv(path);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("title,price\nTea,9.03\nMug,4.50\nPot,20.00\n");
    csv.close();
    QSignalSpy imported(m_worker, &ProductWorker::imported);
    QSignalSpy inserted(m_worker, &ProductWorker::inserted);
    QSignalSpy decision(m_worker, &ProductWorker::importNeedsDecision);
    auto *w = m_worker;
    invoke([w, path] { w->importFile(41, path); });
    QVERIFY(arrived(imported));
    const auto first = imported.first().at(1).value<ImportSummary>();
    QCOMPARE(first.accepted, 3);
    QCOMPARE(first.insertedIds.size(), 3);
    QCOMPARE(first.insertedRows.size(), 3);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).value<QList<qint64>>(), first.insertedIds);
    QSet<qint64> listed;
    for (const Product &p : loadList())
        listed.insert(p.id);
    QCOMPARE(listed, QSet<qint64>(first.insertedIds.cbegin(), first.insertedIds.cend()));

    // The same file again, with one new row: asked first, nothing inserted.
    QVERIFY(csv.open(QIODevice::Append));
    csv.write("Kettle,31.00\n");
    csv.close();
    imported.clear();
    invoke([w, path] { w->importFile(42, path); });
    QVERIFY(arrived(decision));
    QCOMPARE(decision.first().at(0).toInt(), 42);
    QCOMPARE(decision.first().at(1).toString(), path);
    QCOMPARE(decision.first().at(2).toInt(), 3); // duplicates
    QCOMPARE(decision.first().at(3).toInt(), 4); // rows
    QCOMPARE(imported.count(), 0);
    QCOMPARE(loadList().size(), 3);

    invoke([w, path] { w->importFile(43, path, DuplicatePolicy::Skip); });
    QVERIFY(arrived(imported));
    const auto skipped = imported.first().at(1).value<ImportSummary>();
    QCOMPARE(skipped.accepted, 1);
    QCOMPARE(skipped.skipped, 3);
    QCOMPARE(loadList().size(), 4);

    imported.clear();
    invoke([w, path] { w->importFile(44, path, DuplicatePolicy::ImportAll); });
    QVERIFY(arrived(imported));
    QCOMPARE(imported.first().at(1).value<ImportSummary>().accepted, 4);
    QCOMPARE(loadList().size(), 8);
}

void TestProductWorker::restoreFields_putsBackTitlesAndPrices_invalidatesOnce_orNothingIfOneIsGone()
{
    openAndWait(4);
    const QList<Product> before = loadList();
    QCOMPARE(before.size(), 4);
    const QList<Product> two = {before.at(0), before.at(2)};
    QSignalSpy bulk(m_worker, &ProductWorker::bulkUpdated);
    auto *w = m_worker;
    ProductChanges changes;
    changes.title = QStringLiteral("Same");
    changes.price = Money(1);
    const QList<qint64> ids = {two.at(0).id, two.at(1).id};
    invoke([w, ids, changes] { w->bulkUpdate(50, ids, changes); });
    QVERIFY(arrived(bulk));
    QCOMPARE(loadList().at(0).title, QStringLiteral("Same"));

    QSignalSpy restored(m_worker, &ProductWorker::restored);
    QSignalSpy invalidated(m_worker, &ProductWorker::cacheInvalidated);
    m_clock.advanceMs(1000);
    invoke([w, two] { w->restoreFields(51, two); });
    QVERIFY(arrived(restored));
    QCOMPARE(restored.first().at(1).toInt(), 2);
    QTRY_COMPARE(invalidated.count(), 1); // one batch invalidation, like any batch write
    QCOMPARE(invalidated.first().at(0).value<InvalidationRecord>().write, QStringLiteral("undo"));
    const QList<Product> after = loadList(); // through the cache: must not be stale
    for (const Product &p : two) {
        const auto it = std::find_if(after.cbegin(), after.cend(),
                                     [&](const Product &a) { return a.id == p.id; });
        QVERIFY(it != after.cend());
        QCOMPARE(it->title, p.title);
        QCOMPARE(it->price, p.price);
        QCOMPARE(it->createdMs, p.createdMs);
    }

    // One of them deleted meanwhile: NotFound, and the other one is not changed either.
    QSignalSpy removed(m_worker, &ProductWorker::removed);
    const qint64 gone = two.at(1).id;
    invoke([w, gone] { w->remove(52, {gone}); });
    QVERIFY(arrived(removed));
    bulk.clear();
    invoke([w, ids, changes] { w->bulkUpdate(53, ids, changes); });
    QVERIFY(arrived(bulk));
    QSignalSpy failed(m_worker, &ProductWorker::failed);
    invoke([w, two] { w->restoreFields(54, two); });
    QVERIFY(arrived(failed));
    QCOMPARE(failed.first().at(1).value<Error>().kind, ErrorKind::NotFound);
    QCOMPARE(loadList().at(0).title, QStringLiteral("Same"));
}

void TestProductWorker::insertRows_reportsNewIds()
{
    openAndWait(0);
    QSignalSpy inserted(m_worker, &ProductWorker::inserted);
    auto *w = m_worker;
    const QList<ProductFields> rows
            = {{QStringLiteral("A"), Money(100)}, {QStringLiteral("B"), Money(200)}};
    invoke([w, rows] { w->insertRows(60, rows, QStringLiteral("import")); });
    QVERIFY(arrived(inserted));
    const auto ids = inserted.first().at(1).value<QList<qint64>>();
    QCOMPARE(ids.size(), 2);
    const QList<Product> list = loadList();
    QCOMPARE(list.size(), 2);
    for (const Product &p : list)
        QVERIFY(ids.contains(p.id));
}

void TestProductWorker::exportFile_writesWholeCatalogue_importableAgain()
{
    openAndWait(30);
    const QList<Product> before = loadList();
    QSignalSpy exported(m_worker, &ProductWorker::exported);
    auto *w = m_worker;
    const QString path = m_dir->filePath(QStringLiteral("out.json"));
    invoke([w, path] { w->exportFile(70, path); });
    QVERIFY(arrived(exported));
    QCOMPARE(exported.first().at(2).toInt(), 30);
    QVERIFY(!exported.first().at(3).toBool());
    auto parsed = ProductImporter::parseFile(path);
    QVERIFY(parsed);
    QCOMPARE(parsed->rows.size(), 30);
    QVERIFY(parsed->rejected.isEmpty());
    for (int i = 0; i < 30; ++i) {
        QCOMPARE(parsed->rows.at(i).title, before.at(i).title);
        QCOMPARE(parsed->rows.at(i).price, before.at(i).price);
    }
}

void TestProductWorker::heldOpen_connectsAtOnce_answersOnlyAfterRelease()
{
    // A window sends its first open before it listens to the worker (MainWindow's
    // constructor): the catalogue is opened at once, every answer waits for the release.
    QThread thread;
    auto *worker = new ProductWorker(m_clock);
    worker->moveToThread(&thread);
    connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
    std::atomic_int statements = 0;
    worker->setObservers(nullptr, [&statements](const SqlEvent &) { ++statements; });
    worker->holdAnswersUntilReleased();
    thread.start();

    QSignalSpy opened(worker, &ProductWorker::opened);
    QSignalSpy cacheOpened(worker, &ProductWorker::cacheOpened);
    QSignalSpy loaded(worker, &ProductWorker::listLoaded);
    QSignalSpy measured(worker, &ProductWorker::requestMeasured);
    const DatabaseConfig c = config();
    QMetaObject::invokeMethod(
            worker, [worker, c] { worker->open(3, c, 4); }, Qt::QueuedConnection);
    QMetaObject::invokeMethod(
            worker, [worker] { worker->loadList(4); }, Qt::QueuedConnection);
    // Connected and parked: everything before the release has run, and sent nothing.
    QTRY_VERIFY(worker->isWaitingForRelease());
    QVERIFY(statements.load() > 0); // the schema was set up
    QVERIFY(QFileInfo::exists(c.path));
    QCOMPARE(opened.size(), 0);
    QCOMPARE(cacheOpened.size(), 0);
    QCOMPARE(loaded.size(), 0);
    QCOMPARE(measured.size(), 0);

    worker->releaseAnswers();
    worker->releaseAnswers(); // harmless again
    QVERIFY(arrived(loaded));
    QCOMPARE(cacheOpened.size(), 1);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().at(0).toInt(), 3);
    QCOMPARE(opened.first().at(2).toInt(), 4); // the new file was seeded after the release
    QCOMPARE(loaded.first().at(0).toInt(), 4);
    QCOMPARE(loaded.first().at(1).value<QList<Product>>().size(), 4);
    // The open's worker time leaves out the wait for the release.
    QVERIFY(!measured.isEmpty());
    QCOMPARE(measured.first().at(0).toInt(), 3);
    QVERIFY2(measured.first().at(3).toLongLong() < 50'000'000,
             qPrintable(QString::number(measured.first().at(3).toLongLong())));

    thread.quit();
    QVERIFY(thread.wait(10'000));
}

QTEST_GUILESS_MAIN(TestProductWorker)
#include "tst_productworker.moc"
