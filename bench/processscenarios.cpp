#include "processscenarios.h"

#include "catalogue.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <hiredis.h>

#include <time.h>

#include <algorithm>
#include <functional>
#include <optional>

namespace pm::bench {

namespace {

constexpr int kColdRuns = 11;
constexpr int kProcessTimeoutMs = 60'000;

qint64 monotonicNs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

void emitRow(Report &report, QTextStream &out, const Row &row)
{
    report.add(row);
    out << report.consoleLine(row) << "\n";
    out.flush();
}

/// One fresh process: the time from just before exec to its first-paint line (a paint probe)
/// or to its exit (otherwise). nullopt on a timeout, a crash or a missing line; `error` says.
std::optional<double> timeProcess(const QString &program, const QStringList &args,
                                  const QProcessEnvironment &env, bool untilFirstPaint,
                                  QString *error, QByteArray *stderrOut = nullptr)
{
    QProcess p;
    p.setProcessEnvironment(env);
    if (!untilFirstPaint)
        p.setStandardOutputFile(QProcess::nullDevice());
    const qint64 start = monotonicNs();
    p.start(program, args);
    if (!p.waitForFinished(kProcessTimeoutMs)) {
        *error = QStringLiteral("timed out waiting for %1").arg(QFileInfo(program).fileName());
        p.kill();
        p.waitForFinished(5000);
        return std::nullopt;
    }
    const qint64 end = monotonicNs();
    if (stderrOut)
        *stderrOut = p.readAllStandardError();
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QStringLiteral("%1 failed (exit %2): %3")
                         .arg(QFileInfo(program).fileName())
                         .arg(p.exitCode())
                         .arg(QString::fromLocal8Bit(p.readAllStandardError().left(300)));
        return std::nullopt;
    }
    if (!untilFirstPaint)
        return double(end - start);
    for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
        if (line.startsWith("first-paint ")) {
            const qint64 painted = line.split(' ').value(1).toLongLong();
            return double(painted - start);
        }
    }
    *error = QStringLiteral("timed out waiting for the first paint of %1 (no first-paint line)")
                     .arg(QFileInfo(program).fileName());
    return std::nullopt;
}

/// Interleaves runs of two programs (one unmeasured warm-up run each: the page cache), so a slow
/// minute of the machine slows both. Empty error on success.
QString timeBoth(const std::function<std::optional<double>(QString *)> &subject,
                 const std::function<std::optional<double>(QString *)> &limit, Stats *s, Stats *l)
{
    QString error;
    if (!subject(&error) || !limit(&error))
        return error;
    std::vector<double> a, b;
    for (int i = 0; i < kColdRuns; ++i) {
        const auto x = subject(&error);
        if (!x)
            return error;
        const auto y = limit(&error);
        if (!y)
            return error;
        a.push_back(*x);
        b.push_back(*y);
    }
    *s = statsOf(a);
    *l = statsOf(b);
    return {};
}

Row failedRow(const QString &group, const QString &scenario, const QString &n, const QString &goal,
              const QString &error)
{
    Row row;
    row.group = group;
    row.scenario = scenario;
    row.n = n;
    row.goalText = goal;
    row.met = false;
    row.ratioText = QStringLiteral("missed: %1").arg(error);
    return row;
}

} // namespace

bool runColdStart(const Options &options, const QString &redisSocket, Report &report,
                  QString &notes, QTextStream &out)
{
    (void)options;
    out << "\n== cold start (fresh processes, offscreen) ==\n";
    out.flush();
    QTemporaryDir home(QStringLiteral("/tmp/pmbench-cold-XXXXXX"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("PM_EXIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
    // Settings of their own: nothing the user saved changes what is measured.
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path() + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.path() + QStringLiteral("/data"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.info=false;*.debug=false"));

    bool ok = true;
    {
        const QString group = QStringLiteral("cold start");
        const QString scenario = QStringLiteral("productmanager: exec → first painted list "
                                                "(SQLite file, memory cache)");
        const QString goal = QStringLiteral("≤ 1.50×");
        Catalogue cat;
        QString error = cat.open(1000);
        cat.close();
        Stats app, minimal;
        if (error.isEmpty()) {
            const QStringList args
                    = {QStringLiteral("--database"), QStringLiteral("sqlite://") + cat.path,
                       QStringLiteral("--cache"), QStringLiteral("memory://")};
            error = timeBoth(
                    [&](QString *e) {
                        return timeProcess(QStringLiteral(PM_BENCH_APP), args, env, true, e);
                    },
                    [&](QString *e) {
                        return timeProcess(QStringLiteral(PM_BENCH_MINIMAL), {}, env, true, e);
                    },
                    &app, &minimal);
        }
        if (!error.isEmpty()) {
            emitRow(report, out, failedRow(group, scenario, QStringLiteral("1k"), goal, error));
            ok = false;
        } else {
            Row row;
            row.group = group;
            row.scenario = scenario;
            row.n = QStringLiteral("1k");
            row.subject = app;
            row.limitName = QStringLiteral("minimal Qt Widgets program: QTableView of 1,000 rows "
                                           "(bench/minimalapp.cpp)");
            row.limit = minimal;
            row.goalText = goal;
            row.met = row.ratio() <= 1.5;
            row.note = QStringLiteral("median of %1 runs each, interleaved, after one warm-up run")
                               .arg(kColdRuns);
            emitRow(report, out, row);
        }
    }

    {
        const QString group = QStringLiteral("cold start");
        const QString scenario = QStringLiteral("productmanager-cli products list, fresh process, "
                                                "warm Redis hit");
        const QString redisCli = QStandardPaths::findExecutable(QStringLiteral("redis-cli"));
        QString error;
        if (redisSocket.isEmpty())
            error = QStringLiteral("no redis-server");
        else if (redisCli.isEmpty())
            error = QStringLiteral("redis-cli is not on PATH");
        Catalogue cat;
        if (error.isEmpty()) {
            error = cat.open(10'000);
            cat.close();
        }
        const QString prefix = QStringLiteral("pmbenchcli");
        const QStringList args = {QStringLiteral("products"),
                                  QStringLiteral("--database"),
                                  QStringLiteral("sqlite://") + cat.path,
                                  QStringLiteral("--cache"),
                                  QStringLiteral("unix://") + redisSocket,
                                  QStringLiteral("--key-prefix"),
                                  prefix,
                                  QStringLiteral("list"),
                                  QStringLiteral("--stats")};
        QByteArray key;
        if (error.isEmpty()) {
            // The miss that stores the list, then the key it was stored under.
            (void)timeProcess(QStringLiteral(PM_BENCH_CLI), args, env, false, &error);
            if (redisContext *c = redisConnectUnix(redisSocket.toLocal8Bit().constData())) {
                const QByteArray pattern = prefix.toUtf8() + "*product_objects*";
                if (auto *r = static_cast<redisReply *>(redisCommand(
                            c, "KEYS %b", pattern.constData(), size_t(pattern.size())))) {
                    if (r->type == REDIS_REPLY_ARRAY && r->elements == 1)
                        key = QByteArray(r->element[0]->str, qsizetype(r->element[0]->len));
                    freeReplyObject(r);
                }
                redisFree(c);
            }
            if (error.isEmpty() && key.isEmpty())
                error = QStringLiteral("the CLI stored no single list key under %1").arg(prefix);
        }
        QByteArray stats;
        Stats cli, get;
        if (error.isEmpty()) {
            error = timeBoth(
                    [&](QString *e) {
                        return timeProcess(QStringLiteral(PM_BENCH_CLI), args, env, false, e,
                                           &stats);
                    },
                    [&](QString *e) {
                        return timeProcess(redisCli,
                                           {QStringLiteral("-s"), redisSocket,
                                            QStringLiteral("GET"), QString::fromUtf8(key)},
                                           env, false, e);
                    },
                    &cli, &get);
        }
        if (!error.isEmpty()) {
            emitRow(report, out,
                    failedRow(group, scenario, QStringLiteral("10k"), QString(), error));
            ok = false;
        } else {
            const QJsonObject s = QJsonDocument::fromJson(stats.trimmed()).object();
            Row row;
            row.group = group;
            row.scenario = scenario;
            row.n = QStringLiteral("10k");
            row.subject = cli;
            row.limitName = QStringLiteral("redis-cli GET of the same key, fresh process");
            row.limit = get;
            row.note = QStringLiteral("information: %1 SQL statement(s) and %2 hit(s) in the "
                                      "list call (--stats)")
                               .arg(s.value(QStringLiteral("sql")).toInt())
                               .arg(s.value(QStringLiteral("hits")).toInt());
            emitRow(report, out, row);
        }
    }
    notes += QStringLiteral("\n### Cold start (bench/processscenarios.cpp)\n"
                            "- productmanager is started with PM_EXIT_AFTER_FIRST_PAINT=1: at the "
                            "first paint of "
                            "a non-empty list it prints CLOCK_MONOTONIC and quits; the row is that "
                            "time minus "
                            "the time just before exec. The minimal program (bench/minimalapp.cpp) "
                            "uses the same "
                            "probe. Both offscreen, own settings directory, %1 interleaved runs "
                            "after a warm-up.\n"
                            "- The CLI row times the whole process (exec → exit) of "
                            "`productmanager-cli products "
                            "list` on a Redis hit against `redis-cli GET` of the same key.\n")
                     .arg(kColdRuns);
    return ok;
}

bool runPeer(const Options &options, const Figures &figures, Report &report, QString &notes,
             QTextStream &out)
{
    if (options.peerJson.isEmpty())
        return true;
    out << "\n== against the tutorial's stack (Django + django-redis) ==\n";
    out.flush();
    const QString group = QStringLiteral("against Django + django-redis");
    QFile f(options.peerJson);
    const QJsonObject peer = f.open(QIODevice::ReadOnly)
            ? QJsonDocument::fromJson(f.readAll()).object()
            : QJsonObject();
    if (peer.isEmpty()) {
        emitRow(report, out,
                failedRow(group, QStringLiteral("bench/peer/peer.py"), QStringLiteral("—"),
                          QString(), QStringLiteral("no figures from the Django program")));
        return false;
    }
    const auto peerStats = [](double ns) {
        Stats s;
        s.median = s.min = s.max = ns;
        s.samples = 1;
        return s;
    };
    bool ok = true;
    const QJsonObject lists = peer.value(QStringLiteral("list_get_ns")).toObject();
    for (int n : {1000, 10'000}) {
        const QString N = QStringLiteral("%1k").arg(n / 1000);
        const QString scenario = QStringLiteral(
                "list hit: ProductService::list() vs cache.get('product_objects')");
        const double django = lists.value(QString::number(n)).toDouble();
        const auto ours = figures.redisListHit.find(n);
        if (django <= 0 || ours == figures.redisListHit.end()) {
            emitRow(report, out,
                    failedRow(group, scenario, N, QStringLiteral("≥ 20× faster"),
                              QStringLiteral("not measured at this N (run sizes 1000,10000)")));
            ok = false;
            continue;
        }
        Row row;
        row.group = group;
        row.scenario = scenario;
        row.n = N;
        row.subject = ours->second;
        row.limitName = QStringLiteral("Django %1 + django-redis, same redis-server (median)")
                                .arg(peer.value(QStringLiteral("django")).toString());
        row.limit = peerStats(django);
        row.ratioText = QStringLiteral("%1× faster").arg(django / ours->second.median, 0, 'f', 1);
        row.goalText = QStringLiteral("≥ 20× faster");
        row.met = django / ours->second.median >= 20;
        emitRow(report, out, row);
    }
    const double djangoSmall = peer.value(QStringLiteral("small_get_ns")).toDouble();
    Row small;
    small.group = group;
    small.scenario = QStringLiteral("small get: Cache::get vs cache.get('small')");
    small.n = QStringLiteral("—");
    small.subject = figures.smallGet;
    small.limitName = QStringLiteral("Django + django-redis (median)");
    small.limit = peerStats(djangoSmall);
    small.goalText = QStringLiteral("≥ 1.5× faster");
    if (djangoSmall > 0 && figures.smallGet.median > 0) {
        small.ratioText = QStringLiteral("%1× faster")
                                  .arg(djangoSmall / figures.smallGet.median, 0, 'f', 1);
        small.met = djangoSmall / figures.smallGet.median >= 1.5;
    } else {
        small.met = false;
        small.ratioText = QStringLiteral("missed: not measured");
        ok = false;
    }
    emitRow(report, out, small);
    notes += QStringLiteral(
            "\n### Against the tutorial's stack (bench/peer/peer.py)\n"
            "- `bench/run.sh --peer` runs a Django program on the same redis-server (its own "
            "database number): the tutorial's Product model in SQLite, "
            "`cache.set('product_objects', Product.objects.all())` once, then "
            "`cache.get('product_objects')` timed (median of 21 samples, 5 with --quick), and a "
            "small `cache.get`. Ours: the Redis-hit and small-get rows above, same run.\n");
    return ok;
}

} // namespace pm::bench
