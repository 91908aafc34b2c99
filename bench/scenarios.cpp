#include "scenarios.h"

#include "catalogue.h"
#include "processscenarios.h"
#include "rawtls.h"

#include "cache/cache.h"
#include "cache/memorybackend.h"
#include "cache/valuecodec.h"
#include "core/clock.h"
#include "db/database.h"
#include "products/productcache.h"
#include "products/productlistcodec.h"
#include "products/productrepository.h"
#include "products/productschema.h"
#include "products/productseeder.h"
#include "products/productservice.h"
#include "redis/redissocket.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>

#include <hiredis.h>
#include <malloc.h>
#include <sqlite3.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <thread>

#include <memory>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace pm::bench {

namespace {

const QString kListSql
        = QStringLiteral("SELECT id, title, price_cents, created_ms, updated_ms FROM products "
                         "ORDER BY created_ms DESC, id DESC");

QString sizeLabel(int n)
{
    if (n >= 1'000'000 && n % 1'000'000 == 0)
        return QStringLiteral("%1M").arg(n / 1'000'000);
    if (n >= 1000 && n % 1000 == 0)
        return QStringLiteral("%1k").arg(n / 1000);
    return QString::number(n);
}

Plan planFor(const Options &o, double sampleNs = 3e6, int samples = 21)
{
    Plan p;
    p.sampleNs = o.quick ? std::min(sampleNs, 1e6) : sampleNs;
    p.samples = o.quick ? 5 : samples;
    return p;
}

// ---- hiredis and sqlite3 handles --------------------------------------------------------------

struct RedisFree
{
    void operator()(redisContext *c) const { redisFree(c); }
};
using RedisPtr = std::unique_ptr<redisContext, RedisFree>;
struct ReplyFree
{
    void operator()(redisReply *r) const { freeReplyObject(r); }
};
using ReplyPtr = std::unique_ptr<redisReply, ReplyFree>;

RedisPtr connectRaw(const QString &socket)
{
    RedisPtr c(redisConnectUnix(socket.toLocal8Bit().constData()));
    if (!c || c->err)
        return nullptr;
    // The limit keeps its read buffer between replies, as our client does (hiredis frees an
    // idle buffer above 16 KiB by default): the best a program can do.
    c->reader->maxbuf = 0;
    return c;
}

ReplyPtr command(redisContext *c, const QList<QByteArray> &args)
{
    std::vector<const char *> argv;
    std::vector<size_t> argl;
    for (const QByteArray &a : args) {
        argv.push_back(a.constData());
        argl.push_back(size_t(a.size()));
    }
    return ReplyPtr(static_cast<redisReply *>(
            redisCommandArgv(c, int(argv.size()), argv.data(), argl.data())));
}

/// The raw limit of a get: one hiredis GET of `key` on a reused connection; with `copyTo`, the
/// value is copied into that warm buffer as a caller of the bytes would.
Body rawGet(redisContext *rc, const QByteArray &key, std::vector<char> *copyTo = nullptr)
{
    return [rc, key, copyTo](qint64 it) {
        const char *argv[] = {"GET", key.constData()};
        const size_t argl[] = {3, size_t(key.size())};
        for (qint64 i = 0; i < it; ++i) {
            ReplyPtr r(static_cast<redisReply *>(redisCommandArgv(rc, 2, argv, argl)));
            if (copyTo) {
                std::memcpy(copyTo->data(), r->str, r->len);
                sink((*copyTo)[size_t(i) % copyTo->size()]);
            }
            sink(qint64(r->len));
        }
    };
}

/// ProductService::list() in a loop (a hit once the list is cached).
Body serviceList(ProductService &service)
{
    return [&service](qint64 it) {
        for (qint64 i = 0; i < it; ++i)
            sink(service.list().value().size());
    };
}

/// A unix-socket relay between a client and redis-server that counts round trips: a turn is
/// client data arriving after the relay delivered server data, i.e. the client had waited for a
/// reply. A pipeline written at once is one turn however many commands it carries.
class CountingRelay
{
public:
    bool start(const QString &target, const QString &listenPath)
    {
        m_target = target;
        m_listen = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un addr{};
        addr.sun_family = AF_UNIX;
        const QByteArray path = listenPath.toLocal8Bit();
        if (m_listen < 0 || size_t(path.size()) >= sizeof(addr.sun_path))
            return false;
        std::memcpy(addr.sun_path, path.constData(), size_t(path.size()));
        if (::bind(m_listen, reinterpret_cast<sockaddr *>(&addr), sizeof(addr)) != 0
            || ::listen(m_listen, 8) != 0)
            return false;
        m_thread = std::thread([this] { run(); });
        return true;
    }
    qint64 turns() const { return m_turns.load(); }
    void reset() { m_turns.store(0); }
    ~CountingRelay()
    {
        m_stop.store(true);
        if (m_thread.joinable())
            m_thread.join();
        for (const Pair &p : m_pairs) {
            ::close(p.client);
            ::close(p.server);
        }
        if (m_listen >= 0)
            ::close(m_listen);
    }

private:
    struct Pair
    {
        int client = -1;
        int server = -1;
        bool serverSpokeLast = true;
    };

    int connectTarget() const
    {
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un addr{};
        addr.sun_family = AF_UNIX;
        const QByteArray path = m_target.toLocal8Bit();
        std::memcpy(addr.sun_path, path.constData(),
                    std::min(size_t(path.size()), sizeof(addr.sun_path) - 1));
        if (::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof(addr)) != 0) {
            ::close(fd);
            return -1;
        }
        return fd;
    }

    /// Moves everything readable now from `from` to `to`; false when `from` closed.
    static bool drain(int from, int to)
    {
        char buffer[65536];
        for (;;) {
            const ssize_t n = ::recv(from, buffer, sizeof(buffer), MSG_DONTWAIT);
            if (n == 0)
                return false;
            if (n < 0)
                return errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR;
            for (ssize_t done = 0; done < n;) {
                const ssize_t w = ::send(to, buffer + done, size_t(n - done), MSG_NOSIGNAL);
                if (w <= 0)
                    return false;
                done += w;
            }
        }
    }

    void run()
    {
        while (!m_stop.load()) {
            std::vector<pollfd> fds{{m_listen, POLLIN, 0}};
            for (const Pair &p : m_pairs) {
                fds.push_back({p.client, POLLIN, 0});
                fds.push_back({p.server, POLLIN, 0});
            }
            if (::poll(fds.data(), nfds_t(fds.size()), 20) <= 0)
                continue;
            if (fds[0].revents & POLLIN) {
                const int client = ::accept(m_listen, nullptr, nullptr);
                const int server = client >= 0 ? connectTarget() : -1;
                if (server >= 0)
                    m_pairs.push_back({client, server, true});
                else if (client >= 0)
                    ::close(client);
            }
            for (size_t i = 0; i < m_pairs.size() && 1 + 2 * i + 1 < fds.size(); ++i) {
                Pair &p = m_pairs[i];
                if (fds[1 + 2 * i].revents & (POLLIN | POLLHUP)) {
                    if (p.serverSpokeLast)
                        m_turns.fetch_add(1);
                    p.serverSpokeLast = false;
                    (void)drain(p.client, p.server);
                }
                if (fds[2 + 2 * i].revents & (POLLIN | POLLHUP)) {
                    p.serverSpokeLast = true;
                    (void)drain(p.server, p.client);
                }
            }
        }
    }

    QString m_target;
    int m_listen = -1;
    std::vector<Pair> m_pairs;
    std::thread m_thread;
    std::atomic<bool> m_stop{false};
    std::atomic<qint64> m_turns{0};
};

/// A private redis-server on a unix socket, when run.sh did not provide one.
class RedisServer
{
public:
    bool start()
    {
        const QString exe = QStandardPaths::findExecutable(QStringLiteral("redis-server"));
        if (exe.isEmpty() || !m_dir.isValid())
            return false;
        m_socket = m_dir.path() + QStringLiteral("/redis.sock");
        m_process.start(exe,
                        {QStringLiteral("--port"), QStringLiteral("0"),
                         QStringLiteral("--unixsocket"), m_socket,
                         QStringLiteral("--unixsocketperm"), QStringLiteral("700"),
                         QStringLiteral("--save"), QString(), QStringLiteral("--appendonly"),
                         QStringLiteral("no"), QStringLiteral("--dir"), m_dir.path()});
        if (!m_process.waitForStarted(5000))
            return false;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 5000) {
            if (RedisPtr c = connectRaw(m_socket)) {
                const ReplyPtr r = command(c.get(), {"PING"});
                if (r && r->type == REDIS_REPLY_STATUS)
                    return true;
            }
            QThread::msleep(5); // waiting for a server to come up, not synchronising a test
        }
        return false;
    }
    QString socket() const { return m_socket; }
    ~RedisServer()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(3000))
                m_process.kill();
        }
    }

private:
    QTemporaryDir m_dir{QStringLiteral("/tmp/pmbench-XXXXXX")};
    QProcess m_process;
    QString m_socket;
};

struct RawSqlite
{
    sqlite3 *db = nullptr;
    sqlite3_stmt *stmt = nullptr;

    bool open(const QString &path)
    {
        if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr)
            != SQLITE_OK)
            return false;
        const QByteArray sql = kListSql.toUtf8();
        return sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &stmt, nullptr)
                == SQLITE_OK;
    }
    /// The limit: step over every row and read every column, building nothing.
    qint64 loop()
    {
        qint64 acc = 0;
        sqlite3_reset(stmt);
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            acc += sqlite3_column_int64(stmt, 0);
            const unsigned char *title = sqlite3_column_text(stmt, 1);
            acc += sqlite3_column_bytes(stmt, 1) + (title ? title[0] : 0);
            acc += sqlite3_column_int64(stmt, 2) + sqlite3_column_int64(stmt, 3)
                    + sqlite3_column_int64(stmt, 4);
        }
        return acc;
    }
    ~RawSqlite()
    {
        sqlite3_finalize(stmt);
        sqlite3_close(db);
    }
};

/// Resident set size of this process (/proc/self/statm), in bytes.
qint64 residentBytes()
{
    QFile f(QStringLiteral("/proc/self/statm"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = f.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toLongLong() * sysconf(_SC_PAGESIZE) : 0;
}

qint64 heapInUse()
{
    const struct mallinfo2 m = mallinfo2();
    return qint64(m.uordblks + m.hblkhd);
}

/// How every raw limit holds its destination: allocated once, before calibration, and reused by
/// every sample, so its pages are warm (docs/performance-goals.md, "Why ratios").
const QString kWarmBuffer = QStringLiteral("limit: reused warm buffer");

void addRow(Report &report, QTextStream &out, Row row)
{
    out << report.consoleLine(row) << "\n";
    out.flush();
    report.add(std::move(row));
}

Row ratioRow(const QString &group, const QString &scenario, const QString &n, const Stats &subject,
             const QString &limitName, const Stats &limit)
{
    Row row;
    row.group = group;
    row.scenario = scenario;
    row.n = n;
    row.subject = subject;
    row.limitName = limitName;
    row.limit = limit;
    return row;
}

// ---- per catalogue size -----------------------------------------------------------------------

struct SizeContext
{
    const Options &options;
    Report &report;
    QTextStream &out;
    QString &notes;
    QString redisSocket;
    Figures &figures;
};

bool runSize(SizeContext &ctx, int n)
{
    const QString N = sizeLabel(n);
    QElapsedTimer seedTimer;
    seedTimer.start();
    Catalogue cat;
    if (const QString error = cat.open(n); !error.isEmpty()) {
        ctx.out << "N=" << N << ": cannot build the catalogue: " << error << "\n";
        return false;
    }
    ctx.out << "== N=" << N << " (seeded in " << seedTimer.elapsed() << " ms)\n";
    ctx.out.flush();
    const bool big = n >= 1'000'000;
    const Plan slow = planFor(ctx.options, 3e6, big ? 7 : 21);
    // Short samples: on a loaded machine a sample that was preempted is an outlier the median
    // ignores, instead of every sample carrying a share of the preemption.
    const Plan fast = planFor(ctx.options, 2e5, 101);

    // Uncached: the repository (SQLite C API fast path inside Qt's connection) vs raw step.
    RawSqlite raw;
    if (!raw.open(cat.path)) {
        ctx.out << "cannot open the catalogue with the C API\n";
        return false;
    }
    ProductRepository &repo = *cat.repo;
    const Body uncached = [&repo](qint64 it) {
        for (qint64 i = 0; i < it; ++i)
            sink(repo.list().value().size());
    };
    const Body rawLoop = [&raw](qint64 it) {
        for (qint64 i = 0; i < it; ++i)
            sink(raw.loop());
    };
    const auto sql = measureInterleaved({uncached, rawLoop}, slow);
    const Stats uncachedStats = sql[0];
    {
        Row row = ratioRow(QStringLiteral("uncached list load"),
                           QStringLiteral("ProductRepository::list()"), N, sql[0],
                           QStringLiteral("raw sqlite3_step loop (limit: prepared once, reads "
                                          "every column, builds nothing)"),
                           sql[1]);
        row.goalText = QStringLiteral("≤ 1.30×");
        row.met = row.ratio() <= 1.30;
        row.checkFaults = true;
        row.note = QStringLiteral("%1 per row").arg(formatNs(sql[0].median / n));
        addRow(ctx.report, ctx.out, row);
    }

    // Uncached on PostgreSQL: the same rows through the same repository, against
    // the SQLite figure above (information: no raw libpq loop is linked here).
    if (!ctx.options.postgresUrl.isEmpty()) {
        const QString group = QStringLiteral("uncached list load, PostgreSQL");
        QString error;
        auto config = DatabaseConfig::fromUrl(ctx.options.postgresUrl);
        std::unique_ptr<Database> pg;
        if (config) {
            auto opened = ProductSchema::open(config.value());
            if (opened)
                pg = std::move(opened.value());
            else
                error = opened.error().toString();
        } else {
            error = config.error().toString();
        }
        if (pg) {
            // The previous size's rows go (one statement; the seed below bumps the version).
            if (auto emptied = pg->exec(QStringLiteral("DELETE FROM products")); !emptied)
                error = emptied.error().toString();
        }
        std::unique_ptr<ProductRepository> pgRepo;
        if (pg && error.isEmpty()) {
            pgRepo = std::make_unique<ProductRepository>(*pg, SystemClock::instance());
            auto seeded
                    = pgRepo->insertMany(ProductSeeder::generate(n), {}, QStringLiteral("seed"));
            if (!seeded)
                error = seeded.error().toString();
        }
        Row row;
        row.group = group;
        row.scenario = QStringLiteral("ProductRepository::list() on PostgreSQL");
        row.n = N;
        if (!error.isEmpty()) {
            row.ratioText = QStringLiteral("not measured");
            row.note = error;
        } else {
            const Body pgLoad = [&pgRepo](qint64 it) {
                for (qint64 i = 0; i < it; ++i)
                    sink(pgRepo->list().value().size());
            };
            const auto pgStats = measureInterleaved({pgLoad, uncached}, slow);
            row = ratioRow(group, QStringLiteral("ProductRepository::list() on PostgreSQL"), N,
                           pgStats[0], QStringLiteral("the same on SQLite"), pgStats[1]);
            row.note = QStringLiteral("information: %1 per row; unix socket, same machine")
                               .arg(formatNs(pgStats[0].median / n));
        }
        addRow(ctx.report, ctx.out, row);
    }

    // Heap held by the list in the process (mallinfo2: exact bytes, unlike RSS).
    ProductList list;
    {
        malloc_trim(0);
        const qint64 before = heapInUse();
        const qint64 rssBefore = residentBytes();
        list = repo.list().value();
        const double perProduct = double(heapInUse() - before) / n;
        malloc_trim(0); // what the read left free is not held by the list
        const double rssPerProduct = double(residentBytes() - rssBefore) / n;
        // The raw data: four 64-bit integers and the UTF-8 title of each product.
        qint64 raw = 0;
        for (const Product &p : std::as_const(list))
            raw += 32 + p.title.toUtf8().size();
        const double rawPerProduct = double(raw) / n;
        Row row;
        row.group = QStringLiteral("memory");
        row.scenario = QStringLiteral("heap held by the loaded list, per product");
        row.n = N;
        row.ratioText = QStringLiteral("%1 B").arg(perProduct, 0, 'f', 0);
        row.goalText = QStringLiteral("≤ 200 B at 1M");
        if (big)
            row.met = perProduct <= 200;
        else
            row.note = QStringLiteral("information (the goal applies at 1M)");
        addRow(ctx.report, ctx.out, row);
        Row rss;
        rss.group = QStringLiteral("memory");
        rss.scenario = QStringLiteral("RSS growth after loading the list, per product");
        rss.n = N;
        rss.limitName = QStringLiteral("raw data (4 × 8 B + UTF-8 title)");
        rss.ratioText = QStringLiteral("%1 B = %2× raw (%3 B)")
                                .arg(rssPerProduct, 0, 'f', 0)
                                .arg(rssPerProduct / rawPerProduct, 0, 'f', 2)
                                .arg(rawPerProduct, 0, 'f', 1);
        rss.goalText = QStringLiteral("≤ 200 B and ≤ 2× raw at 1M");
        if (big)
            rss.met = rssPerProduct <= 200 && rssPerProduct <= 2 * rawPerProduct;
        else
            rss.note = QStringLiteral("information (the goals apply at 1M)");
        addRow(ctx.report, ctx.out, rss);
    }

    // Codec: the product list value against memcpy of its bytes.
    {
        const QByteArray bytes = ProductListCodec::encode(list);
        QByteArray target(bytes.size(), Qt::Uninitialized);
        ValueCodec envelope;
        ProductListCodec::registerWith(envelope);
        const QVariant value = QVariant::fromValue(CachedProductList{1, 1, list});
        // Above the value cap (16 MiB: about 200k products) the envelope refuses the list.
        const Result<QByteArray> encoded = envelope.encode(value);
        const bool fits = encoded.ok();
        const QByteArray enveloped = fits ? encoded.value() : QByteArray();
        const auto codec = measureInterleaved(
                {[&](qint64 it) {
                     for (qint64 i = 0; i < it; ++i)
                         sink(ProductListCodec::encode(list).size());
                 },
                 [&](qint64 it) {
                     for (qint64 i = 0; i < it; ++i)
                         sink(ProductListCodec::decode(bytes).value().size());
                 },
                 [&](qint64 it) {
                     for (qint64 i = 0; i < it; ++i)
                         sink(fits ? envelope.encode(value).value().size() : 0);
                 },
                 [&](qint64 it) {
                     for (qint64 i = 0; i < it; ++i)
                         sink(fits ? envelope.decode(enveloped)
                                              .value()
                                              .value<CachedProductList>()
                                              .products.size()
                                   : 0);
                 },
                 [&](qint64 it) {
                     for (qint64 i = 0; i < it; ++i) {
                         std::memcpy(target.data(), bytes.constData(), size_t(bytes.size()));
                         sink(target.at(i % target.size()));
                     }
                 }},
                slow);
        const QString limit
                = QStringLiteral("memcpy of the %1 bytes (%2)").arg(bytes.size()).arg(kWarmBuffer);
        const QString group = QStringLiteral("codec (list value)");
        Row e = ratioRow(group, QStringLiteral("ProductListCodec::encode"), N, codec[0], limit,
                         codec[4]);
        e.note = QStringLiteral("%1 B per product").arg(double(bytes.size()) / n, 0, 'f', 1);
        addRow(ctx.report, ctx.out, e);
        addRow(ctx.report, ctx.out,
               ratioRow(group, QStringLiteral("ProductListCodec::decode"), N, codec[1], limit,
                        codec[4]));
        if (fits) {
            addRow(ctx.report, ctx.out,
                   ratioRow(group, QStringLiteral("ValueCodec::encode (envelope + checksum)"), N,
                            codec[2], limit, codec[4]));
            addRow(ctx.report, ctx.out,
                   ratioRow(group, QStringLiteral("ValueCodec::decode (envelope + checksum)"), N,
                            codec[3], limit, codec[4]));
        } else {
            Row refused;
            refused.group = group;
            refused.scenario = QStringLiteral("ValueCodec::encode (envelope + checksum)");
            refused.n = N;
            refused.ratioText = QStringLiteral("refused");
            refused.note = encoded.error().toString();
            addRow(ctx.report, ctx.out, refused);
        }
    }

    // Memory hit: the pure cache get, the version probe alone, and the full list().
    {
        auto cache = createProductCache(QStringLiteral("memory://"), SystemClock::instance());
        if (!cache) {
            ctx.out << "memory cache: " << cache.error().toString() << "\n";
            return false;
        }
        ProductService service(repo, *cache.value());
        ListLoadStats stats;
        (void)service.list(&stats);
        (void)service.list(&stats);
        const QString group = QStringLiteral("list load, memory hit");
        if (!stats.hit) {
            Row row;
            row.group = group;
            row.scenario = QStringLiteral("ProductService::list()");
            row.n = N;
            row.ratioText = QStringLiteral("never a hit");
            row.goalText = QStringLiteral("≤ 1 µs");
            row.met = false;
            row.note = QStringLiteral("the list was not cached (over the memory backend's value "
                                      "cap?)");
            addRow(ctx.report, ctx.out, row);
        } else {
            const Version version(int(stats.listVersion));
            Cache &c = *cache.value();
            const auto hit
                    = measureInterleaved({[&](qint64 it) {
                                              for (qint64 i = 0; i < it; ++i)
                                                  sink(c.get(ProductService::ListKey, version)
                                                               .value()
                                                               ->value<CachedProductList>()
                                                               .products.size());
                                          },
                                          [&](qint64 it) {
                                              for (qint64 i = 0; i < it; ++i)
                                                  sink(repo.listVersion().value());
                                          },
                                          [&](qint64 it) {
                                              for (qint64 i = 0; i < it; ++i)
                                                  sink(service.list().value().size());
                                          }},
                                         fast);
            Row get;
            get.group = group;
            get.scenario = QStringLiteral("Cache::get of the list (shared snapshot)");
            get.n = N;
            get.subject = hit[0];
            get.ratioText = QStringLiteral("—");
            get.goalText = QStringLiteral("≤ 1 µs");
            get.met = hit[0].median <= 1000;
            get.checkFaults = true;
            addRow(ctx.report, ctx.out, get);
            Row probe;
            probe.group = group;
            probe.scenario = QStringLiteral("list-version probe alone (one SQL statement)");
            probe.n = N;
            probe.subject = hit[1];
            probe.note = QStringLiteral("information: part of every hit");
            addRow(ctx.report, ctx.out, probe);
            Row full;
            full.group = group;
            full.scenario = QStringLiteral("ProductService::list() (probe + get)");
            full.n = N;
            full.subject = hit[2];
            full.limitName = QStringLiteral("uncached ProductRepository::list()");
            full.limit = uncachedStats;
            full.ratioText = QStringLiteral("%1× faster")
                                     .arg(uncachedStats.median / hit[2].median, 0, 'f', 0);
            full.goalText = QStringLiteral("≤ 1 µs");
            full.met = hit[2].median <= 1000;
            full.checkFaults = true;
            if (n == 10'000) {
                full.goalText += QStringLiteral(", ≥ 1000× faster");
                full.met = *full.met && uncachedStats.median / hit[2].median >= 1000;
            }
            addRow(ctx.report, ctx.out, full);
        }
    }

    // Redis hit: list() through Redis against the uncached path and a raw GET + memcpy.
    if (!ctx.redisSocket.isEmpty()) {
        CacheOptions options;
        options.keyPrefix = QByteArrayLiteral("bench") + QByteArray::number(n);
        auto cache = createProductCache(QStringLiteral("unix://") + ctx.redisSocket,
                                        SystemClock::instance(), options);
        if (!cache) {
            ctx.out << "redis cache: " << cache.error().toString() << "\n";
            return false;
        }
        Cache &c = *cache.value();
        (void)c.clear();
        ProductService service(repo, c);
        ListLoadStats stats;
        (void)service.list(&stats);
        (void)service.list(&stats);
        const QString group = QStringLiteral("list load, Redis hit");
        RedisPtr rawConn = connectRaw(ctx.redisSocket);
        const QByteArray made = c.makeKey(ProductService::ListKey, Version(int(stats.listVersion)));
        const Version listVersion(int(stats.listVersion));
        // A paged list is the manifest under the list key plus its pages: the raw
        // limit fetches exactly the same values the same way (GET, then MGET per 16 pages).
        QList<QList<QByteArray>> pageBatches;
        for (int i = 0; i < stats.pages; ++i) {
            if (i % ProductService::PagesPerCall == 0)
                pageBatches.append({QByteArrayLiteral("MGET")});
            pageBatches.last().append(c.makeKey(ProductService::pageKey(i), listVersion));
        }
        qint64 storedBytes = 0;
        if (rawConn) {
            QList<QByteArray> all{made};
            for (const auto &batch : std::as_const(pageBatches))
                all.append(batch.mid(1));
            for (const QByteArray &key : std::as_const(all)) {
                const ReplyPtr len = command(rawConn.get(), {"STRLEN", key});
                storedBytes += len && len->type == REDIS_REPLY_INTEGER ? len->integer : 0;
            }
        }
        if (!stats.hit || !rawConn || storedBytes <= 0) {
            Row row;
            row.group = group;
            row.scenario = QStringLiteral("ProductService::list()");
            row.n = N;
            row.ratioText = QStringLiteral("never a hit");
            row.goalText
                    = n == 10'000 ? QStringLiteral("≥ 10× vs uncached, ≤ 1.5× raw") : QString();
            row.met = n == 10'000 ? std::optional<bool>(false) : std::nullopt;
            row.note = QStringLiteral("not cached: the value exceeds the 16 MiB cap (one value "
                                      "per list does not scale to this N)");
            addRow(ctx.report, ctx.out, row);
        } else {
            std::vector<char> buffer(static_cast<size_t>(storedBytes));
            const char *argv[] = {"GET", made.constData()};
            const size_t argl[] = {3, size_t(made.size())};
            redisContext *rc = rawConn.get();
            const auto hit = measureInterleaved(
                    {serviceList(service),
                     [&](qint64 it) {
                         for (qint64 i = 0; i < it; ++i) {
                             ReplyPtr r(static_cast<redisReply *>(
                                     redisCommandArgv(rc, 2, argv, argl)));
                             std::memcpy(buffer.data(), r->str, r->len);
                             size_t at = r->len;
                             for (const auto &batch : pageBatches) {
                                 const ReplyPtr m = command(rc, batch);
                                 for (size_t e = 0; e < m->elements; ++e) {
                                     const redisReply *v = m->element[e];
                                     std::memcpy(buffer.data() + at, v->str, v->len);
                                     at += v->len;
                                 }
                             }
                             sink(qint64(at) + buffer[i % buffer.size()]);
                         }
                     }},
                    slow);
            Row vsRaw = ratioRow(
                    group, QStringLiteral("ProductService::list()"), N, hit[0],
                    stats.pages > 0
                            ? QStringLiteral("raw hiredis GET + MGET of the same %1 bytes "
                                             "+ memcpy (%2)")
                                      .arg(storedBytes)
                                      .arg(kWarmBuffer)
                            : QStringLiteral("raw hiredis GET of the %1 bytes + memcpy (%2)")
                                      .arg(storedBytes)
                                      .arg(kWarmBuffer),
                    hit[1]);
            vsRaw.checkFaults = true;
            ctx.figures.redisListHit[n] = hit[0];
            if (stats.pages > 0)
                vsRaw.note = QStringLiteral("paged: manifest + %1 pages of %2 products")
                                     .arg(stats.pages)
                                     .arg(service.listPageSize());
            Row vsSql
                    = ratioRow(group, QStringLiteral("ProductService::list()"), N, hit[0],
                               QStringLiteral("uncached ProductRepository::list()"), uncachedStats);
            vsSql.ratioText = QStringLiteral("%1× faster")
                                      .arg(uncachedStats.median / hit[0].median, 0, 'f', 1);
            if (n == 10'000) {
                vsRaw.goalText = QStringLiteral("≤ 1.5×");
                vsRaw.met = vsRaw.ratio() <= 1.5;
                vsSql.goalText = QStringLiteral("≥ 10× faster");
                vsSql.met = uncachedStats.median / hit[0].median >= 10;
            } else if (n == 1'000'000) {
                // The paged list (manifest + MGETs of pages): the same idea, its own goals.
                vsRaw.goalText = QStringLiteral("≤ 2×");
                vsRaw.met = vsRaw.ratio() <= 2.0;
                vsSql.goalText = QStringLiteral("≥ 10× faster");
                vsSql.met = uncachedStats.median / hit[0].median >= 10;
            } else {
                const QString info = QStringLiteral("information (goals at 10k and 1M)");
                vsRaw.note = vsRaw.note.isEmpty() ? info : vsRaw.note + QStringLiteral("; ") + info;
                vsSql.note = info;
            }
            addRow(ctx.report, ctx.out, vsRaw);
            addRow(ctx.report, ctx.out, vsSql);
        }
        (void)c.clear();
    }

    // Allocation (docs/performance-goals.md): the cost of keeping freed memory for the next load.
    {
        const qint64 rssWith = residentBytes();
        list = ProductList();
        const qint64 rssAfter = residentBytes();
        Row held;
        held.group = QStringLiteral("allocation");
        held.scenario = QStringLiteral("memory held after the loaded list is freed");
        held.n = N;
        held.ratioText = QStringLiteral("RSS %1 MB with the list → %2 MB after it is freed "
                                        "(%3 MB returned to the system)")
                                 .arg(double(rssWith) / 1e6, 0, 'f', 1)
                                 .arg(double(rssAfter) / 1e6, 0, 'f', 1)
                                 .arg(double(rssWith - rssAfter) / 1e6, 0, 'f', 1);
        held.note = QStringLiteral("information: freed memory stays in the heap (trim threshold) "
                                   "so that the next load reuses warm pages");
        addRow(ctx.report, ctx.out, held);
    }
    return true;
}

// ---- cache micro-benchmarks -------------------------------------------------------------------

struct NullObserver final : CacheObserver
{
    void callRecorded(const CacheCallRecord &record) override { sink(record.hits); }
};

/// A memory cache holding one small value, reachable with and without the front end.
struct MemorySetup
{
    ManualClock clock;
    MemoryBackend *backend = nullptr;
    std::unique_ptr<Cache> cache;
    const QString key = QStringLiteral("product_objects");

    MemorySetup()
    {
        auto owned = std::make_unique<MemoryBackend>(clock, MemoryBackendOptions{1000, 3});
        backend = owned.get();
        cache = std::make_unique<Cache>(std::move(owned));
        QVariantList list;
        for (int i = 0; i < 100; ++i)
            list.append(i);
        (void)cache->set(key, list, Timeout::never());
    }
    /// What Cache::get does minus the instrumentation: make the key, ask the backend.
    void raw()
    {
        CallFacts facts;
        const Result<std::optional<QVariant>> r = backend->get(cache->makeKey(key), facts);
        sink(r.ok() && r->has_value() ? 1 : 0);
    }
    void instrumented()
    {
        const Result<std::optional<QVariant>> r = cache->get(key);
        sink(r.ok() && r->has_value() ? 1 : 0);
    }
};

void runMemoryCache(SizeContext &ctx)
{
    MemorySetup m;
    NullObserver observer;
    const Plan plan = planFor(ctx.options, 2e5, 201);
    const auto s = measureInterleaved({[&](qint64 it) {
                                           for (qint64 i = 0; i < it; ++i)
                                               m.raw();
                                       },
                                       [&](qint64 it) {
                                           for (qint64 i = 0; i < it; ++i)
                                               m.instrumented();
                                       }},
                                      plan);
    const QString group = QStringLiteral("instrumentation");
    Row row = ratioRow(group, QStringLiteral("memory hit through Cache::get (instrumented)"),
                       QStringLiteral("—"), s[1],
                       QStringLiteral("make key + MemoryBackend::get (no instrumentation)"), s[0]);
    row.goalText = QStringLiteral("≤ 1.05×");
    row.met = row.ratio() <= 1.05;
    addRow(ctx.report, ctx.out, row);

    m.cache->addObserver(&observer);
    const Stats observed = measure(
            [&](qint64 it) {
                for (qint64 i = 0; i < it; ++i)
                    m.instrumented();
            },
            planFor(ctx.options, 1e6, 21));
    m.cache->removeObserver(&observer);
    Row obs = ratioRow(group, QStringLiteral("memory hit with an observer attached"),
                       QStringLiteral("—"), observed,
                       QStringLiteral("make key + MemoryBackend::get"), s[0]);
    obs.note = QStringLiteral("information: every call recorded and delivered (the debug panel)");
    addRow(ctx.report, ctx.out, obs);

    const Stats set = measure(
            [&](qint64 it) {
                for (qint64 i = 0; i < it; ++i)
                    sink(m.cache->set(QStringLiteral("k%1").arg(i % 500), i).ok());
            },
            planFor(ctx.options, 1e6, 21));
    Row ops;
    ops.group = QStringLiteral("memory backend");
    ops.scenario = QStringLiteral("get (hit) / set (int, 500 keys) throughput");
    ops.n = QStringLiteral("—");
    ops.subject = s[1];
    ops.ratioText = QStringLiteral("get %1 M ops/s, set %2 M ops/s")
                            .arg(1e3 / s[1].median, 0, 'f', 2)
                            .arg(1e3 / set.median, 0, 'f', 2);
    ops.note = QStringLiteral("information; set median %1 includes making the key string")
                       .arg(formatNs(set.median));
    addRow(ctx.report, ctx.out, ops);
}

bool runRedisCache(SizeContext &ctx)
{
    CacheOptions options;
    options.keyPrefix = QByteArrayLiteral("benchsmall");
    auto created = createProductCache(QStringLiteral("unix://") + ctx.redisSocket,
                                      SystemClock::instance(), options);
    RedisPtr rawConn = connectRaw(ctx.redisSocket);
    if (!created || !rawConn) {
        ctx.out << "redis: cannot connect\n";
        return false;
    }
    Cache &cache = *created.value();
    (void)cache.clear();
    const QString key = QStringLiteral("small");
    (void)cache.set(key, QStringLiteral("a small cached value"), Timeout::never());
    const QByteArray made = cache.makeKey(key);
    const char *pingArgv[] = {"PING"};
    const size_t pingArgl[] = {4};
    redisContext *rc = rawConn.get();
    const auto s
            = measureInterleaved({[&](qint64 it) {
                                      for (qint64 i = 0; i < it; ++i)
                                          sink(cache.get(key).value().has_value());
                                  },
                                  rawGet(rc, made),
                                  [&](qint64 it) {
                                      for (qint64 i = 0; i < it; ++i) {
                                          ReplyPtr r(static_cast<redisReply *>(
                                                  redisCommandArgv(rc, 1, pingArgv, pingArgl)));
                                          sink(qint64(r->len));
                                      }
                                  }},
                                 planFor(ctx.options, 3e6, 31));
    Row small = ratioRow(QStringLiteral("small get on Redis"), QStringLiteral("Cache::get"),
                         QStringLiteral("—"), s[0],
                         QStringLiteral("raw hiredis GET of the same key (limit: one reused "
                                        "connection)"),
                         s[1]);
    ctx.figures.smallGet = s[0];
    small.goalText = QStringLiteral("≤ 1.10×");
    small.met = small.ratio() <= 1.10;
    addRow(ctx.report, ctx.out, small);
    Row ping = ratioRow(QStringLiteral("small get on Redis"), QStringLiteral("raw hiredis PING"),
                        QStringLiteral("—"), s[2], QString(), Stats());
    ping.note = QStringLiteral("information: the round trip (unix socket)");
    addRow(ctx.report, ctx.out, ping);

    QStringList keys;
    QList<QPair<QString, QVariant>> items;
    for (int i = 0; i < 1000; ++i) {
        keys.append(QStringLiteral("many%1").arg(i));
        items.append({keys.last(), QStringLiteral("value %1").arg(i)});
    }
    (void)cache.setMany(items, Timeout::never());
    // Round trips of one call each, counted by a relay between a second cache and the server.
    qint64 getManyTrips = -1;
    qint64 setManyTrips = -1;
    {
        QTemporaryDir relayDir(QStringLiteral("/tmp/pmbench-relay-XXXXXX"));
        CountingRelay relay;
        const QString relaySocket = relayDir.path() + QStringLiteral("/relay.sock");
        if (relay.start(ctx.redisSocket, relaySocket)) {
            auto relayed = createProductCache(QStringLiteral("unix://") + relaySocket,
                                              SystemClock::instance(), options);
            if (relayed) {
                Cache &rc2 = *relayed.value();
                const auto tripsOf = [&](const std::function<void()> &call) {
                    call(); // warm: a connection idle for a while may be checked first
                    relay.reset();
                    call();
                    return relay.turns();
                };
                getManyTrips = tripsOf([&] { sink(rc2.getMany(keys).value().size()); });
                setManyTrips = tripsOf([&] { sink(rc2.setMany(items).value().size()); });
            }
        }
    }

    const Plan plan = planFor(ctx.options, 20e6, 11);
    const auto many = measureInterleaved({[&](qint64 it) {
                                              for (qint64 i = 0; i < it; ++i)
                                                  sink(cache.getMany(keys).value().size());
                                          },
                                          [&](qint64 it) {
                                              for (qint64 i = 0; i < it; ++i)
                                                  for (const QString &k : keys)
                                                      sink(cache.get(k).value().has_value());
                                          },
                                          [&](qint64 it) {
                                              for (qint64 i = 0; i < it; ++i)
                                                  sink(cache.setMany(items).value().size());
                                          },
                                          [&](qint64 it) {
                                              for (qint64 i = 0; i < it; ++i)
                                                  for (const auto &item : items)
                                                      sink(cache.set(item.first, item.second).ok());
                                          }},
                                         plan);
    const QString group = QStringLiteral("get_many / set_many, 1,000 keys");
    Row gm = ratioRow(group, QStringLiteral("Cache::getMany (MGET)"), QStringLiteral("1k keys"),
                      many[0], QStringLiteral("1,000 Cache::get"), many[1]);
    gm.ratioText = QStringLiteral("%1× faster").arg(many[1].median / many[0].median, 0, 'f', 1);
    gm.goalText = QStringLiteral("≥ 30×, one round trip");
    gm.met = many[1].median / many[0].median >= 30 && getManyTrips == 1;
    gm.note = QStringLiteral("%1 round trip(s) counted by a relay").arg(getManyTrips);
    addRow(ctx.report, ctx.out, gm);
    Row sm = ratioRow(group, QStringLiteral("Cache::setMany (pipeline)"), QStringLiteral("1k keys"),
                      many[2], QStringLiteral("1,000 Cache::set"), many[3]);
    sm.ratioText = QStringLiteral("%1× faster").arg(many[3].median / many[2].median, 0, 'f', 1);
    sm.goalText = QStringLiteral("≥ 30×, one round trip");
    sm.met = many[3].median / many[2].median >= 30 && setManyTrips == 1;
    sm.note = QStringLiteral("%1 round trip(s) counted by a relay").arg(setManyTrips);
    addRow(ctx.report, ctx.out, sm);
    (void)cache.clear();
    return true;
}

// ---- Redis over TLS ---------------------------------------------------------------------------

/// The "Redis over TLS" rows (docs/performance-goals.md): a small Cache::get and the 10k list
/// hit over rediss://, each against a raw OpenSSL round trip on a warm session (the goal: TLS
/// costs what OpenSSL costs) and against raw hiredis over the same server's plain TCP port
/// (what TLS costs end to end: information, since OpenSSL alone costs 1.3× plain TCP on a small
/// get and 2–4× on the 10k list here, more than any goal against plain TCP could allow).
bool runRedisTls(SizeContext &ctx)
{
    const QString group = QStringLiteral("Redis over TLS");
    const auto skipped = [&](const QString &why) {
        Row row;
        row.group = group;
        row.scenario = QStringLiteral("Cache::get and ProductService::list() over rediss://");
        row.n = QStringLiteral("—");
        row.ratioText = QStringLiteral("not measured");
        row.note = why;
        addRow(ctx.report, ctx.out, row);
    };
    if (ctx.options.redisTlsUrl.isEmpty() || ctx.options.redisTcp.isEmpty()) {
        skipped(QStringLiteral("skipped: no --redis-tls-url and --redis-tcp (bench/run.sh "
                               "passes them)"));
        return true;
    }
    const QUrl url(ctx.options.redisTlsUrl);
    const QString caFile
            = QUrlQuery(url).queryItemValue(QStringLiteral("ssl_ca_certs"), QUrl::FullyDecoded);
    const int colon = ctx.options.redisTcp.lastIndexOf(QLatin1Char(':'));
    const QByteArray tcpHost = ctx.options.redisTcp.left(colon).toUtf8();
    const int tcpPort = ctx.options.redisTcp.mid(colon + 1).toInt();

    RedisPtr tcp(redisConnect(tcpHost.constData(), tcpPort));
    if (!tcp || tcp->err) {
        ctx.out << "redis over TCP: cannot connect to " << ctx.options.redisTcp << "\n";
        return false;
    }
    tcp->reader->maxbuf = 0; // as connectRaw(): the limit keeps its read buffer
    RawTlsClient tls;
    if (const QString error = tls.open(url.host(), url.port(), caFile); !error.isEmpty()) {
        ctx.out << "raw OpenSSL client: " << error << "\n";
        return false;
    }
    // Each limit sends exactly the bytes hiredis sends for the same GET.
    const auto getRequest = [](const QByteArray &key) {
        QByteArray resp;
        RedisSocket::appendCommand(resp, {QByteArrayLiteral("GET"), key});
        return resp;
    };
    const QString tcpName = QStringLiteral("raw hiredis GET over plain TCP");
    const QString tlsName
            = QStringLiteral("raw OpenSSL round trip: SSL_write of the GET + SSL_read "
                             "of the reply (warm session)");
    const auto addPair = [&](const QString &scenario, const QString &n, const Stats &ours,
                             const Stats &rawTls, const Stats &rawTcp, const QString &what,
                             double tlsGoal) {
        Row vsTls = ratioRow(group, scenario, n, ours, tlsName + what, rawTls);
        vsTls.goalText = QStringLiteral("≤ %1×").arg(tlsGoal, 0, 'f', 2);
        vsTls.met = vsTls.ratio() <= tlsGoal;
        addRow(ctx.report, ctx.out, vsTls);
        Row vsTcp = ratioRow(group, scenario, n, ours, tcpName + what, rawTcp);
        vsTcp.note = QStringLiteral("information: what TLS costs end to end; OpenSSL itself (the "
                                    "raw round trips) costs %1× plain TCP")
                             .arg(rawTls.median / rawTcp.median, 0, 'f', 2);
        addRow(ctx.report, ctx.out, vsTcp);
    };

    // A small get.
    {
        CacheOptions options;
        options.keyPrefix = QByteArrayLiteral("benchtlssmall");
        auto created
                = createProductCache(ctx.options.redisTlsUrl, SystemClock::instance(), options);
        if (!created) {
            ctx.out << "redis over TLS: " << created.error().toString() << "\n";
            return false;
        }
        Cache &cache = *created.value();
        const QString key = QStringLiteral("small");
        if (const auto stored
            = cache.set(key, QStringLiteral("a small cached value"), Timeout::never());
            !stored) {
            ctx.out << "redis over TLS: " << stored.error().toString() << "\n";
            return false;
        }
        const QByteArray made = cache.makeKey(key);
        const QByteArray request = getRequest(made);
        const auto s = measureInterleaved({[&](qint64 it) {
                                               for (qint64 i = 0; i < it; ++i)
                                                   sink(cache.get(key).value().has_value());
                                           },
                                           [&](qint64 it) {
                                               for (qint64 i = 0; i < it; ++i) {
                                                   qint64 size = 0;
                                                   sink(tls.roundTrip(request, size) ? size : -1);
                                               }
                                           },
                                           rawGet(tcp.get(), made)},
                                          planFor(ctx.options, 3e6, 31));
        addPair(QStringLiteral("Cache::get (small value) over rediss://"), QStringLiteral("—"),
                s[0], s[1], s[2], QString(), 1.2);
        (void)cache.clear();
    }

    // The 10k list hit.
    constexpr int n = 10'000;
    Catalogue cat;
    if (const QString error = cat.open(n); !error.isEmpty()) {
        ctx.out << "redis over TLS: cannot build the catalogue: " << error << "\n";
        return false;
    }
    CacheOptions options;
    options.keyPrefix = QByteArrayLiteral("benchtls10k");
    auto created = createProductCache(ctx.options.redisTlsUrl, SystemClock::instance(), options);
    if (!created) {
        ctx.out << "redis over TLS: " << created.error().toString() << "\n";
        return false;
    }
    Cache &c = *created.value();
    ProductService service(*cat.repo, c);
    ListLoadStats stats;
    (void)service.list(&stats);
    (void)service.list(&stats);
    const QByteArray made = c.makeKey(ProductService::ListKey, Version(int(stats.listVersion)));
    const ReplyPtr len = command(tcp.get(), {"STRLEN", made});
    const qint64 storedBytes = len && len->type == REDIS_REPLY_INTEGER ? len->integer : 0;
    if (!stats.hit || stats.pages > 0 || storedBytes <= 0) {
        // The limits fetch one value; a paged list would need the paged limit of the unix rows.
        skipped(QStringLiteral("the 10k list was not one cached value (hit %1, %2 pages)")
                        .arg(stats.hit)
                        .arg(stats.pages));
        (void)c.clear();
        return true;
    }
    std::vector<char> buffer(static_cast<size_t>(storedBytes));
    const QByteArray request = getRequest(made);
    const auto hit = measureInterleaved({serviceList(service),
                                         [&](qint64 it) {
                                             for (qint64 i = 0; i < it; ++i) {
                                                 qint64 size = 0;
                                                 const char *payload = tls.roundTrip(request, size);
                                                 if (!payload)
                                                     return sink(-1);
                                                 std::memcpy(buffer.data(), payload, size_t(size));
                                                 sink(size + buffer[i % buffer.size()]);
                                             }
                                         },
                                         rawGet(tcp.get(), made, &buffer)},
                                        planFor(ctx.options, 3e6, 21));
    addPair(QStringLiteral("ProductService::list() on a hit over rediss://"), sizeLabel(n), hit[0],
            hit[1], hit[2],
            QStringLiteral(" of the %1 bytes + memcpy (%2)").arg(storedBytes).arg(kWarmBuffer),
            // As the unix-socket hit (≤ 1.5× raw GET + memcpy): decoding the list is what our
            // hit adds above the bytes, over TLS as over a unix socket.
            1.5);
    (void)c.clear();
    return true;
}

} // namespace

bool runAll(const Options &options, Report &report, QString &notes, QTextStream &out,
            Figures &figures)
{
    RedisServer ownServer;
    SizeContext ctx{options, report, out, notes, options.redisSocket, figures};
    if (ctx.redisSocket.isEmpty()) {
        if (!ownServer.start()) {
            out << "redis-server did not start: the Redis scenarios cannot run\n";
            return false;
        }
        ctx.redisSocket = ownServer.socket();
    }
    bool ok = true;
    runMemoryCache(ctx);
    ok = runRedisCache(ctx) && ok;
    ok = runRedisTls(ctx) && ok;
    for (int n : options.sizes)
        ok = runSize(ctx, n) && ok;
    if (options.coldStart)
        ok = runColdStart(options, ctx.redisSocket, report, notes, out) && ok;
    return ok;
}

int runCallgrindLoop(const QString &which, qint64 iterations, const QString &redisSocket)
{
    if (which.startsWith(QLatin1String("redis_"))) {
        RedisServer own;
        QString socket = redisSocket;
        if (socket.isEmpty()) {
            if (!own.start())
                return 2;
            socket = own.socket();
        }
        auto cache
                = createProductCache(QStringLiteral("unix://") + socket, SystemClock::instance());
        if (!cache)
            return 2;
        if (which == QLatin1String("redis_list")) {
            Catalogue cat;
            if (!cat.open(10'000).isEmpty())
                return 2;
            ProductService service(*cat.repo, *cache.value());
            (void)service.list();
            for (qint64 i = 0; i < iterations; ++i)
                sink(service.list().value().size());
            return 0;
        }
        QStringList keys;
        QList<QPair<QString, QVariant>> items;
        for (int i = 0; i < 1000; ++i) {
            keys.append(QStringLiteral("many%1").arg(i));
            items.append({keys.last(), QStringLiteral("value %1").arg(i)});
        }
        (void)cache.value()->setMany(items);
        const bool get = which == QLatin1String("redis_get_many");
        for (qint64 i = 0; i < iterations; ++i)
            sink(get ? cache.value()->getMany(keys).value().size()
                     : cache.value()->setMany(items).value().size());
        return 0;
    }
    if (which == QLatin1String("held_rss")) {
        // docs/performance-goals.md, "Allocation": what loading and freeing a list leaves
        // resident. Compare with GLIBC_TUNABLES=glibc.malloc.mmap_threshold=131072:
        // glibc.malloc.trim_threshold=131072 (glibc's start values, kept by tuneAllocator).
        Catalogue cat;
        if (!cat.open(int(iterations)).isEmpty())
            return 2;
        malloc_trim(0); // the seeding's leftovers are not what is measured
        const qint64 before = residentBytes();
        qint64 with = 0;
        for (int i = 0; i < 3; ++i) {
            ProductList list = cat.repo->list().value();
            with = std::max(with, residentBytes());
            sink(list.size());
        }
        const qint64 after = residentBytes();
        std::printf("N=%lld: RSS before %.1f MB, with the list %.1f MB, after it is freed %.1f "
                    "MB (held %.1f MB); malloc keeps %.1f MB free\n",
                    iterations, double(before) / 1e6, double(with) / 1e6, double(after) / 1e6,
                    double(after - before) / 1e6, double(mallinfo2().fordblks) / 1e6);
        return 0;
    }
    if (which == QLatin1String("service_list")) {
        Catalogue cat;
        if (!cat.open(10'000).isEmpty())
            return 2;
        auto cache = createProductCache(QStringLiteral("memory://"), SystemClock::instance());
        ProductService service(*cat.repo, *cache.value());
        (void)service.list();
        for (qint64 i = 0; i < iterations; ++i)
            sink(service.list().value().size());
        return 0;
    }
    if (which == QLatin1String("codec_decode")) {
        ProductList list;
        const auto rows = ProductSeeder::generate(10'000);
        for (int i = 0; i < rows.size(); ++i)
            list.append(Product{i + 1, rows[i].title, rows[i].price, 1000 + i, 1000 + i});
        const QByteArray bytes = ProductListCodec::encode(list);
        for (qint64 i = 0; i < iterations; ++i)
            sink(ProductListCodec::decode(bytes).value().size());
        return 0;
    }
    MemorySetup m;
    if (which == QLatin1String("get_many")) {
        QStringList keys;
        QList<QPair<QString, QVariant>> items;
        for (int i = 0; i < 1000; ++i) {
            keys.append(QStringLiteral("many%1").arg(i));
            items.append({keys.last(), i});
        }
        (void)m.cache->setMany(items);
        for (qint64 i = 0; i < iterations; ++i)
            sink(m.cache->getMany(keys).value().size());
        return 0;
    }
    if (which == QLatin1String("raw")) {
        for (qint64 i = 0; i < iterations; ++i)
            m.raw();
    } else if (which == QLatin1String("instrumented")) {
        for (qint64 i = 0; i < iterations; ++i)
            m.instrumented();
    } else if (which != QLatin1String("none")) {
        return 2;
    }
    return 0;
}

} // namespace pm::bench
