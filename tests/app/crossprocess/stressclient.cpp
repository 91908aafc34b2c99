// xproc_stressclient: one process of the cross-process staleness proof (tst_crossprocess).
//
// Runs concurrent writer and reader threads against one database and one cache URL. Every
// thread has its own Database connection, ProductRepository and ProductService; they share the
// process's Cache and ListSingleFlight. Timestamps come from std::chrono::steady_clock, which is
// CLOCK_MONOTONIC on Linux and therefore comparable across processes.
//
// Protocol with the test: prints "ready" once every connection is open, waits for one line on
// stdin (the start barrier across processes, no sleeps), runs, writes its log and exits 0.
//
// Each writer owns its products (titles "xw<writer> <seq>") and keeps its state observable:
// every create, edit and bulk update sets the writer's maximum title seq to its own seq, and a
// delete never removes the last holder of that maximum, so it keeps the maximum and lowers the
// count. (maximum seq, count) thus names exactly one state of the writer's history, which makes
// the checker exact.
//
// Log lines (space separated, times in ns):
//   W <writer> <seq> <begin> <returned> <maxSeq> <count> <op>
//   R <reader> <start> <end> <hit 0|1> <writer>:<maxSeq>:<count> …   (writers with count > 0)
//   S <cacheHits> <cacheMisses> <listHits> <reads> <writes> <errors>
//   I <invalidation records> <of which removed a key>
//   E <text>   (an operation failed)
#include "cache/cache.h"
#include "core/clock.h"
#include "db/database.h"
#include "products/productcache.h"
#include "products/productrepository.h"
#include "products/productschema.h"
#include "products/productservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <iostream>
#include <map>
#include <mutex>
#include <random>
#include <string>
#include <thread>
#include <vector>

using namespace pm;

namespace {

enum class Mode {
    Versioned, ///< ProductService as shipped
    Dropped, ///< ProductService with every invalidation dropped
    Tutorial, ///< negative control: plain key, delete before the write, as the tutorial's update
};

struct Config
{
    QString databaseUrl;
    QString cacheUrl;
    QByteArray prefix;
    int process = 0;
    int writers = 2;
    int readers = 2;
    int writesPerWriter = 300;
    int writePauseUs = 2000; ///< a random pause up to this between writes spreads them out
    int readPauseUs = 300;
    int tutorialGapUs = 1000; ///< tutorial mode: time between the delete and the write
    Mode mode = Mode::Versioned;
    QString logPath;
};

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
                   std::chrono::steady_clock::now().time_since_epoch())
            .count();
}

void pauseUs(std::mt19937 &rng, int maxUs)
{
    if (maxUs <= 0)
        return;
    // Spreads the workload; no synchronisation depends on it.
    std::this_thread::sleep_for(
            std::chrono::microseconds(std::uniform_int_distribution<int>(0, maxUs)(rng)));
}

/// Everything the threads share in this process.
struct Shared
{
    Config config;
    Cache *cache = nullptr;
    ListSingleFlight singleFlight;

    std::mutex mutex;
    std::condition_variable cv;
    int opened = 0;
    int failedToOpen = 0;
    bool go = false;
    std::atomic<int> writersRunning{0};
    std::atomic<qint64> listHits{0};
    std::atomic<qint64> reads{0};
    std::atomic<qint64> writes{0};
    std::atomic<qint64> errors{0};
    std::atomic<qint64> invalidations{0};
    std::atomic<qint64> invalidationsRemoved{0};

    std::mutex logMutex;
    std::vector<std::string> log;

    void append(std::vector<std::string> &lines)
    {
        std::lock_guard lock(logMutex);
        log.insert(log.end(), std::make_move_iterator(lines.begin()),
                   std::make_move_iterator(lines.end()));
    }

    /// Reports this thread as open (or failed) and waits for the start signal.
    bool openedAndWait(bool ok)
    {
        std::unique_lock lock(mutex);
        ++opened;
        if (!ok)
            ++failedToOpen;
        cv.notify_all();
        cv.wait(lock, [this] { return go; });
        return ok;
    }
};

const QString TutorialKey = QStringLiteral("product_objects");

std::unique_ptr<Database> openDatabase(const QString &url, std::vector<std::string> &lines)
{
    auto config = DatabaseConfig::fromUrl(url);
    if (!config) {
        lines.push_back("E bad database url: " + config.error().toString().toStdString());
        return nullptr;
    }
    auto db = ProductSchema::open(config.value());
    if (!db) {
        lines.push_back("E cannot open database: " + db.error().toString().toStdString());
        return nullptr;
    }
    return std::move(db.value());
}

std::string fail(Shared &shared, const char *what, const Error &error)
{
    ++shared.errors;
    return std::string("E ") + what + ": " + error.toString().toStdString();
}

void runWriter(Shared &shared, int writerId)
{
    const Config &c = shared.config;
    std::vector<std::string> lines;
    qint64 committedNs = 0; // declared first: the connections below outlive nothing they use
    std::unique_ptr<Database> db = openDatabase(c.databaseUrl, lines);
    std::unique_ptr<ProductRepository> repo;
    std::unique_ptr<ProductService> service;
    if (db) {
        repo = std::make_unique<ProductRepository>(*db, SystemClock::instance());
        // The commit-returned time of per-row writes, taken by the first receiver of the
        // post-commit signal, before the service's invalidation: a stricter checker. Batch
        // writes invalidate before their signals, so they use the time the call returned.
        auto committed = [&committedNs] {
            committedNs = nowNs();
        };
        QObject::connect(repo.get(), &ProductRepository::productCreated, repo.get(), committed);
        QObject::connect(repo.get(), &ProductRepository::productUpdated, repo.get(), committed);
        QObject::connect(repo.get(), &ProductRepository::productDeleted, repo.get(), committed);
        if (c.mode != Mode::Tutorial) {
            service = std::make_unique<ProductService>(
                    *repo, *shared.cache, InvalidationMechanism::Signals, &shared.singleFlight);
            service->setDropInvalidationsForTest(c.mode == Mode::Dropped);
            QObject::connect(service.get(), &ProductService::invalidated, service.get(),
                             [&shared](const InvalidationRecord &record) {
                                 ++shared.invalidations;
                                 shared.invalidationsRemoved += record.removed;
                                 if (record.error)
                                     ++shared.errors;
                             });
        }
    }
    if (!shared.openedAndWait(db != nullptr)) {
        ++shared.errors;
        shared.append(lines);
        --shared.writersRunning;
        return;
    }

    std::mt19937 rng(std::uint32_t(writerId * 7919 + 17));
    std::map<qint64, qint64> owned; // product id -> seq in its title
    char buf[160];

    for (qint64 seq = 1; seq <= c.writesPerWriter; ++seq) {
        qint64 maxSeq = 0;
        for (const auto &[id, s] : owned)
            maxSeq = std::max(maxSeq, s);
        const auto holders = std::count_if(owned.begin(), owned.end(),
                                           [maxSeq](const auto &p) { return p.second == maxSeq; });
        // Deletable: any product whose removal leaves another holder of the maximum.
        std::vector<qint64> deletable;
        for (const auto &[id, s] : owned)
            if (s < maxSeq || holders > 1)
                deletable.push_back(id);
        if (owned.size() < 2)
            deletable.clear();

        enum { Create, Edit, Bulk, Delete, DeleteMany } op;
        const int roll = std::uniform_int_distribution<int>(0, 99)(rng);
        if (owned.size() < 2)
            op = Create;
        else if (owned.size() >= 12 && !deletable.empty())
            op = Delete;
        else if (roll < 25)
            op = Create;
        else if (roll < 50)
            op = Edit;
        else if (roll < 70)
            op = Bulk;
        else if (roll < 92)
            op = Delete;
        else
            op = DeleteMany;
        if ((op == Delete || op == DeleteMany) && deletable.empty())
            op = Bulk;
        if (op == DeleteMany && (deletable.size() < 2 || owned.size() < 3))
            op = Delete;

        const QString title = QStringLiteral("xw%1 %2").arg(writerId).arg(seq);
        auto pick = [&rng](const std::vector<qint64> &from) {
            return from[size_t(std::uniform_int_distribution<size_t>(0, from.size() - 1)(rng))];
        };
        std::vector<qint64> ids;
        for (const auto &p : owned)
            ids.push_back(p.first);

        if (c.mode == Mode::Tutorial) {
            // The tutorial's ordering: delete the key, then write. A reader that misses in
            // between re-caches the old rows under the one plain key.
            auto removed = shared.cache->remove(TutorialKey);
            if (!removed)
                lines.push_back(fail(shared, "tutorial delete", removed.error()));
            pauseUs(rng, c.tutorialGapUs);
        }
        ProductRepository &r = *repo;
        committedNs = 0;
        const qint64 begin = nowNs();
        const char *opName = "";
        bool ok = true;
        switch (op) {
        case Create: {
            opName = "create";
            ProductFields f{title, Money(seq)};
            auto p = service ? service->create(f) : r.create(f);
            if (p)
                owned[p->id] = seq;
            else
                ok = false, lines.push_back(fail(shared, "create", p.error()));
            break;
        }
        case Edit: {
            opName = "edit";
            const qint64 id = pick(ids);
            ProductChanges ch;
            ch.title = title;
            auto p = service ? service->update(id, ch) : r.update(id, ch);
            if (p)
                owned[id] = seq;
            else
                ok = false, lines.push_back(fail(shared, "edit", p.error()));
            break;
        }
        case Bulk: {
            opName = "bulk";
            std::shuffle(ids.begin(), ids.end(), rng);
            ids.resize(std::max<size_t>(1, ids.size() / 2 + 1));
            ProductChanges ch;
            ch.title = title;
            ch.price = Money(seq);
            const QList<qint64> list(ids.begin(), ids.end());
            auto n = service ? service->bulkUpdate(list, ch) : r.bulkUpdate(list, ch);
            if (n && n.value() == int(ids.size())) {
                for (qint64 id : ids)
                    owned[id] = seq;
            } else {
                ok = false;
                lines.push_back(n ? std::string("E bulk update affected the wrong count")
                                  : fail(shared, "bulk", n.error()));
                if (n)
                    ++shared.errors;
            }
            break;
        }
        case Delete: {
            opName = "delete";
            const qint64 id = pick(deletable);
            auto d = service ? service->remove(id) : r.remove(id);
            if (d && d.value())
                owned.erase(id);
            else
                ok = false,
                lines.push_back(d ? std::string("E delete found nothing")
                                  : fail(shared, "delete", d.error()));
            if (d && !d.value())
                ++shared.errors;
            break;
        }
        case DeleteMany: {
            opName = "delete_many";
            std::shuffle(deletable.begin(), deletable.end(), rng);
            // Two products, leaving a holder of the maximum: when the maximum has a single
            // holder it is not in `deletable`; otherwise keep at least one holder back.
            std::vector<qint64> victims;
            int maxHoldersLeft = int(holders);
            for (qint64 id : deletable) {
                if (victims.size() == 2)
                    break;
                if (owned[id] == maxSeq) {
                    if (maxHoldersLeft <= 1)
                        continue;
                    --maxHoldersLeft;
                }
                victims.push_back(id);
            }
            const QList<qint64> list(victims.begin(), victims.end());
            auto n = service ? service->removeMany(list) : r.removeMany(list);
            if (n && n.value() == int(victims.size())) {
                for (qint64 id : victims)
                    owned.erase(id);
            } else {
                ok = false;
                lines.push_back(n ? std::string("E delete many removed the wrong count")
                                  : fail(shared, "delete_many", n.error()));
                if (n)
                    ++shared.errors;
            }
            break;
        }
        }
        const qint64 returned = committedNs ? committedNs : nowNs();
        if (ok) {
            qint64 newMax = 0;
            for (const auto &[id, s] : owned)
                newMax = std::max(newMax, s);
            std::snprintf(buf, sizeof buf, "W %d %lld %lld %lld %lld %d %s", writerId,
                          static_cast<long long>(seq), static_cast<long long>(begin),
                          static_cast<long long>(returned), static_cast<long long>(newMax),
                          int(owned.size()), opName);
            lines.emplace_back(buf);
            ++shared.writes;
        }
        pauseUs(rng, c.writePauseUs);
    }
    --shared.writersRunning;
    shared.append(lines);
}

/// Per writer: (maximum title seq, count) of its products in the list.
std::map<int, std::pair<qint64, int>> observe(const ProductList &products)
{
    std::map<int, std::pair<qint64, int>> seen;
    for (const Product &p : products) {
        if (!p.title.startsWith(QLatin1String("xw")))
            continue;
        const int space = p.title.indexOf(QLatin1Char(' '));
        bool okW = false, okS = false;
        const int writer = p.title.mid(2, space - 2).toInt(&okW);
        const qint64 seq = p.title.mid(space + 1).toLongLong(&okS);
        if (space < 0 || !okW || !okS)
            continue;
        auto &entry = seen[writer];
        entry.first = std::max(entry.first, seq);
        ++entry.second;
    }
    return seen;
}

void runReader(Shared &shared, int readerId)
{
    const Config &c = shared.config;
    std::vector<std::string> lines;
    std::unique_ptr<Database> db = openDatabase(c.databaseUrl, lines);
    std::unique_ptr<ProductRepository> repo;
    std::unique_ptr<ProductService> service;
    if (db) {
        repo = std::make_unique<ProductRepository>(*db, SystemClock::instance());
        if (c.mode != Mode::Tutorial)
            service = std::make_unique<ProductService>(
                    *repo, *shared.cache, InvalidationMechanism::Signals, &shared.singleFlight);
    }
    if (!shared.openedAndWait(db != nullptr)) {
        ++shared.errors;
        shared.append(lines);
        return;
    }

    std::mt19937 rng(std::uint32_t(readerId * 104729 + 3));
    std::string line;
    // Read while this process's writers run: the other process runs the same schedule.
    while (shared.writersRunning.load() > 0) {
        const qint64 start = nowNs();
        bool hit = false;
        Result<ProductList> products = ProductList();
        if (service) {
            ListLoadStats stats;
            products = service->list(&stats);
            hit = stats.hit;
        } else {
            // The tutorial's view: cache.get('product_objects') or query and cache.set.
            auto cached = shared.cache->get(TutorialKey);
            if (cached && cached.value() && cached.value()->canConvert<CachedProductList>()) {
                hit = true;
                products = cached.value()->value<CachedProductList>().products;
            } else {
                products = repo->list();
                if (products) {
                    auto set = shared.cache->set(
                            TutorialKey,
                            QVariant::fromValue(CachedProductList{0, 0, products.value()}));
                    if (!set)
                        lines.push_back(fail(shared, "tutorial fill", set.error()));
                }
            }
        }
        const qint64 end = nowNs();
        if (!products) {
            lines.push_back(fail(shared, "list", products.error()));
            continue;
        }
        ++shared.reads;
        if (hit)
            ++shared.listHits;
        line = "R " + std::to_string(readerId) + ' ' + std::to_string(start) + ' '
                + std::to_string(end) + (hit ? " 1" : " 0");
        for (const auto &[writer, state] : observe(products.value()))
            line += ' ' + std::to_string(writer) + ':' + std::to_string(state.first) + ':'
                    + std::to_string(state.second);
        lines.push_back(line);
        pauseUs(rng, c.readPauseUs);
    }
    shared.append(lines);
}

Mode parseMode(const QString &text, bool *ok)
{
    *ok = true;
    if (text == QLatin1String("versioned"))
        return Mode::Versioned;
    if (text == QLatin1String("dropped"))
        return Mode::Dropped;
    if (text == QLatin1String("tutorial"))
        return Mode::Tutorial;
    *ok = false;
    return Mode::Versioned;
}

} // namespace

int main(int argc, char *argv[])
{
    QLoggingCategory::setFilterRules(QStringLiteral("pm.*.info=false\npm.*.debug=false"));
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QList<QCommandLineOption> options = {
            {QStringLiteral("database"), QStringLiteral("database URL"), QStringLiteral("url")},
            {QStringLiteral("cache"), QStringLiteral("cache URL"), QStringLiteral("url")},
            {QStringLiteral("prefix"), QStringLiteral("cache key prefix"), QStringLiteral("p")},
            {QStringLiteral("process"), QStringLiteral("process index"), QStringLiteral("n")},
            {QStringLiteral("writers"), QStringLiteral("writer threads"), QStringLiteral("n")},
            {QStringLiteral("readers"), QStringLiteral("reader threads"), QStringLiteral("n")},
            {QStringLiteral("writes"), QStringLiteral("writes per writer"), QStringLiteral("n")},
            {QStringLiteral("write-pause-us"), QStringLiteral("max pause"), QStringLiteral("us")},
            {QStringLiteral("read-pause-us"), QStringLiteral("max pause"), QStringLiteral("us")},
            {QStringLiteral("tutorial-gap-us"), QStringLiteral("gap"), QStringLiteral("us")},
            {QStringLiteral("mode"), QStringLiteral("versioned|dropped|tutorial"),
             QStringLiteral("m")},
            {QStringLiteral("log"), QStringLiteral("log file"), QStringLiteral("path")},
    };
    parser.addOptions(options);
    parser.process(app);

    Shared shared;
    Config &c = shared.config;
    c.databaseUrl = parser.value(QStringLiteral("database"));
    c.cacheUrl = parser.value(QStringLiteral("cache"));
    c.prefix = parser.value(QStringLiteral("prefix")).toUtf8();
    c.logPath = parser.value(QStringLiteral("log"));
    auto intOption = [&parser](const char *name, int fallback) {
        const QString v = parser.value(QString::fromLatin1(name));
        return v.isEmpty() ? fallback : v.toInt();
    };
    c.process = intOption("process", 0);
    c.writers = intOption("writers", c.writers);
    c.readers = intOption("readers", c.readers);
    c.writesPerWriter = intOption("writes", c.writesPerWriter);
    c.writePauseUs = intOption("write-pause-us", c.writePauseUs);
    c.readPauseUs = intOption("read-pause-us", c.readPauseUs);
    c.tutorialGapUs = intOption("tutorial-gap-us", c.tutorialGapUs);
    bool modeOk = false;
    c.mode = parseMode(parser.value(QStringLiteral("mode")).isEmpty()
                               ? QStringLiteral("versioned")
                               : parser.value(QStringLiteral("mode")),
                       &modeOk);
    if (c.databaseUrl.isEmpty() || c.cacheUrl.isEmpty() || c.logPath.isEmpty() || !modeOk) {
        std::fprintf(stderr,
                     "usage: xproc_stressclient --database URL --cache URL --log FILE "
                     "[--mode versioned|dropped|tutorial] …\n");
        return 2;
    }

    CacheOptions cacheOptions;
    cacheOptions.keyPrefix = c.prefix;
    auto cache = createProductCache(c.cacheUrl, SystemClock::instance(), cacheOptions);
    if (!cache) {
        std::fprintf(stderr, "cannot create the cache: %s\n", qPrintable(cache.error().toString()));
        return 1;
    }
    shared.cache = cache.value().get();

    shared.writersRunning = c.writers;
    std::vector<std::thread> threads;
    for (int i = 0; i < c.writers; ++i)
        threads.emplace_back(runWriter, std::ref(shared), c.process * 100 + i);
    for (int i = 0; i < c.readers; ++i)
        threads.emplace_back(runReader, std::ref(shared), c.process * 100 + 50 + i);
    {
        std::unique_lock lock(shared.mutex);
        shared.cv.wait(lock, [&shared, &c] { return shared.opened == c.writers + c.readers; });
    }
    // The start barrier across processes: the test answers once every process is ready.
    std::printf("ready %d\n", shared.failedToOpen);
    std::fflush(stdout);
    std::string goLine;
    std::getline(std::cin, goLine);
    {
        std::lock_guard lock(shared.mutex);
        shared.go = true;
    }
    shared.cv.notify_all();
    for (std::thread &t : threads)
        t.join();

    const CacheStats stats = shared.cache->stats();
    char summary[200];
    std::snprintf(summary, sizeof summary, "S %llu %llu %lld %lld %lld %lld",
                  static_cast<unsigned long long>(stats.hits),
                  static_cast<unsigned long long>(stats.misses),
                  static_cast<long long>(shared.listHits.load()),
                  static_cast<long long>(shared.reads.load()),
                  static_cast<long long>(shared.writes.load()),
                  static_cast<long long>(shared.errors.load()));
    shared.log.emplace_back(summary);
    shared.log.push_back("I " + std::to_string(shared.invalidations.load()) + ' '
                         + std::to_string(shared.invalidationsRemoved.load()));

    QFile file(c.logPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(c.logPath));
        return 1;
    }
    for (const std::string &l : shared.log) {
        file.write(l.data(), qint64(l.size()));
        file.write("\n", 1);
    }
    file.close();
    std::printf("done\n");
    return shared.errors.load() == 0 ? 0 : 3;
}
