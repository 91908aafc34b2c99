// productmanager-bench: every goal of docs/performance-goals.md the core can measure, each against
// its physical limit measured in the same run (raw hiredis GET of the same bytes + memcpy, a raw
// sqlite3_step loop over the same rows, memcpy of the same bytes, a raw hiredis round trip). Prints
// a table, optionally writes docs/BENCHMARKS.md, and exits 1 when a goal is missed (naming it).
// bench/run.sh is the one command: Release build, private redis-server, this runner.
//
//   productmanager-bench [--redis-socket PATH] [--sizes 1000,10000] [--large] [--quick]
//                        [--cold-start] [--peer-json FILE] [--markdown FILE] [--commit TEXT]
//                        [--redis-tls-url rediss://HOST:PORT?ssl_ca_certs=FILE --redis-tcp
//                        HOST:PORT]
//   productmanager-bench --only none|raw|instrumented|get_many|service_list|redis_get_many|
//                               redis_set_many|redis_list|codec_decode|held_rss N
//       (one loop only, for valgrind --tool=callgrind)
#include "benchmark.h"
#include "core/allocator.h"
#include "processscenarios.h"
#include "scenarios.h"
#include "uiscenarios.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QSysInfo>
#include <QTextStream>
#include <QThread>

#include <cstdio>

using namespace pm;
using namespace pm::bench;

namespace {

QString cpuModel()
{
    QFile f(QStringLiteral("/proc/cpuinfo"));
    // /proc files report size 0, so read them whole rather than testing atEnd().
    if (f.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : f.readAll().split('\n')) {
            if (line.startsWith("model name"))
                return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
        }
    }
    return QSysInfo::currentCpuArchitecture();
}

} // namespace

int main(int argc, char *argv[])
{
    // As productmanager and productmanager-cli do: the benchmark measures what they run.
    const AllocatorSettings allocator = tuneAllocator();
    // A QApplication for the window scenarios; offscreen unless a platform is chosen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("productmanager-bench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
            QCoreApplication::translate("bench", "Product Manager benchmarks"));
    parser.addHelpOption();
    const QCommandLineOption socketOpt(
            QStringLiteral("redis-socket"),
            QCoreApplication::translate("bench",
                                        "Unix socket of a redis-server to use "
                                        "(default: start a private one)."),
            QStringLiteral("path"));
    const QCommandLineOption sizesOpt(
            QStringLiteral("sizes"),
            QCoreApplication::translate("bench", "Catalogue sizes, comma-separated."),
            QStringLiteral("list"), QStringLiteral("1000,10000,100000"));
    const QCommandLineOption largeOpt(
            QStringLiteral("large"),
            QCoreApplication::translate("bench", "Add N = 1,000,000 (several minutes)."));
    const QCommandLineOption quickOpt(
            QStringLiteral("quick"),
            QCoreApplication::translate("bench", "Few short samples: a smoke run, not figures."));
    const QCommandLineOption mdOpt(
            QStringLiteral("markdown"),
            QCoreApplication::translate("bench", "Write the report as Markdown to this file."),
            QStringLiteral("file"));
    const QCommandLineOption commitOpt(
            QStringLiteral("commit"),
            QCoreApplication::translate("bench", "The git commit measured, for the report."),
            QStringLiteral("text"));
    const QCommandLineOption onlyOpt(
            QStringLiteral("only"),
            QCoreApplication::translate("bench", "Run one loop only (for callgrind)."),
            QStringLiteral("loop"));
    const QCommandLineOption pgOpt(
            QStringLiteral("postgres-url"),
            QCoreApplication::translate("bench",
                                        "A PostgreSQL database to measure the uncached list load "
                                        "on (its products table is replaced)."),
            QStringLiteral("url"));
    const QCommandLineOption coldOpt(
            QStringLiteral("cold-start"),
            QCoreApplication::translate("bench",
                                        "Run the cold-start rows (fresh processes); full runs "
                                        "include them, --quick runs only with this option."));
    const QCommandLineOption peerOpt(
            QStringLiteral("peer-json"),
            QCoreApplication::translate("bench",
                                        "The Django program's figures (bench/peer/peer.py), to "
                                        "compare with (bench/run.sh --peer)."),
            QStringLiteral("file"));
    const QCommandLineOption tlsOpt(
            QStringLiteral("redis-tls-url"),
            QCoreApplication::translate("bench",
                                        "A rediss:// URL of a redis-server for the TLS rows "
                                        "(with --redis-tcp: the same server's plain TCP port)."),
            QStringLiteral("url"));
    const QCommandLineOption tcpOpt(
            QStringLiteral("redis-tcp"),
            QCoreApplication::translate("bench",
                                        "host:port of the same redis-server without TLS, for "
                                        "the raw limits of the TLS rows."),
            QStringLiteral("host:port"));
    parser.addOptions({socketOpt, sizesOpt, largeOpt, quickOpt, mdOpt, commitOpt, onlyOpt, pgOpt,
                       coldOpt, peerOpt, tlsOpt, tcpOpt});
    parser.process(app);

    if (parser.isSet(onlyOpt)) {
        const QStringList rest = parser.positionalArguments();
        return runCallgrindLoop(parser.value(onlyOpt), rest.value(0).toLongLong(),
                                parser.value(socketOpt));
    }

    Options options;
    for (const QString &s : parser.value(sizesOpt).split(QLatin1Char(','), Qt::SkipEmptyParts))
        options.sizes.push_back(s.toInt());
    if (parser.isSet(largeOpt))
        options.sizes.push_back(1'000'000);
    options.quick = parser.isSet(quickOpt);
    options.redisSocket = parser.value(socketOpt);
    options.postgresUrl = parser.value(pgOpt);
    options.coldStart = parser.isSet(coldOpt) || !options.quick;
    options.peerJson = parser.value(peerOpt);
    options.redisTlsUrl = parser.value(tlsOpt);
    options.redisTcp = parser.value(tcpOpt);

    QTextStream out(stdout);
    const QString started
            = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    // The machine and the allocator first: a run's ratios are read against them.
    const QString machine = QStringLiteral("machine: %1, %2 logical cores, %3 (%4)")
                                    .arg(cpuModel())
                                    .arg(QThread::idealThreadCount())
                                    .arg(QSysInfo::prettyProductName(), QSysInfo::kernelVersion());
    const QString allocatorLine = QStringLiteral("allocator: %1 (core/allocator.h; productmanager "
                                                 "and productmanager-cli start the same way)")
                                          .arg(allocator.describe());
    out << machine << "\n" << allocatorLine << "\n";
    out.flush();
    Report report;
    QString notes;
    Figures figures;
    bool ran = runAll(options, report, notes, out, figures);
    ran = runPeer(options, figures, report, notes, out) && ran;
    runUiScenarios(options, report, notes, out);

    const QStringList missed = report.missedGoals();
    if (parser.isSet(mdOpt)) {
        const QStringList header = {
                QStringLiteral("# Benchmarks"),
                QString(),
                QStringLiteral("Generated by `bench/run.sh` (productmanager-bench, Release build). "
                               "Every ratio compares two figures measured in the same run: on this "
                               "shared, noisy machine only ratios mean anything."),
                QString(),
                QStringLiteral("- ") + machine,
                QStringLiteral("- ") + allocatorLine,
                QStringLiteral("- date: %1").arg(started),
                QStringLiteral("- commit: %1")
                        .arg(parser.value(commitOpt).isEmpty() ? QStringLiteral("unknown")
                                                               : parser.value(commitOpt)),
                QStringLiteral("- Qt %1, sizes %2%3")
                        .arg(QString::fromLatin1(qVersion()), parser.value(sizesOpt),
                             parser.isSet(largeOpt) ? QStringLiteral(",1000000") : QString()),
                QStringLiteral("- each figure: per operation, median (min–max) of %1 interleaved "
                               "samples after a warm-up; a sample lasts ≥ %2 ms or one operation "
                               "(sub-microsecond operations: 0.2 ms samples, 101–201 of them)")
                        .arg(options.quick ? 5 : 21)
                        .arg(options.quick ? 1 : 3),
        };
        QFile f(parser.value(mdOpt));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(parser.value(mdOpt)));
            return 2;
        }
        f.write(report.markdown(header, notes).toUtf8());
    }

    out << "\n";
    if (!ran) {
        out << "Some scenarios could not run (see above).\n";
        return 2;
    }
    if (!missed.isEmpty()) {
        out << "Performance goals MISSED (" << missed.size() << "):\n";
        for (const QString &m : missed)
            out << "  - " << m << "\n";
        return 1;
    }
    out << "All performance goals measured here are met.\n";
    return sinkValue() == 42 ? 3 : 0; // keeps the sink observable
}
