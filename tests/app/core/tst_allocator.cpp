// tuneAllocator(): a list-sized buffer allocated and freed again and again must reuse warm heap
// pages (≈ 0 minor page faults after the first round), where glibc's defaults fault it in anew.
// Each measurement runs in a fresh child process (this binary, --measure) so that the defaults
// are really the defaults and the user's environment is exactly what the test sets.
#include "core/allocator.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QtTest>

#include <sys/resource.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

using namespace pm;

namespace {

long minorFaults()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_minflt;
}

/// Allocates, touches and frees `bytes` `rounds` times; prints the minor faults after the first.
int measure(bool tuned, std::size_t bytes, int rounds)
{
    if (tuned)
        tuneAllocator();
    const auto once = [bytes](int fill) {
        auto *p = static_cast<char *>(std::malloc(bytes));
        std::memset(p, fill, bytes);
        __asm__ volatile("" : : "r"(p) : "memory"); // the stores must happen
        std::free(p);
    };
    once(1);
    const long before = minorFaults();
    for (int i = 0; i < rounds; ++i)
        once(i);
    std::printf("%ld\n", minorFaults() - before);
    return 0;
}

constexpr std::size_t MiB = std::size_t(1) << 20;

} // namespace

class TestAllocator : public QObject
{
    Q_OBJECT

private:
    /// Minor faults in a child (this binary) with a clean malloc environment plus `env`.
    long childFaults(bool tuned, std::size_t bytes, int rounds, const QStringList &env = {})
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.remove(QStringLiteral("GLIBC_TUNABLES"));
        for (const QString &name : e.keys()) {
            if (name.startsWith(QLatin1String("MALLOC_")))
                e.remove(name);
        }
        for (const QString &kv : env)
            e.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
        QProcess child;
        child.setProcessEnvironment(e);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--measure"),
                     tuned ? QStringLiteral("tuned") : QStringLiteral("default"),
                     QString::number(bytes), QString::number(rounds)});
        if (!child.waitForFinished(60'000) || child.exitCode() != 0)
            return -1;
        bool ok = false;
        const long faults = child.readAllStandardOutput().trimmed().toLong(&ok);
        return ok ? faults : -1;
    }

private slots:
    void fourMiBReusedWithoutFaults()
    {
        // 50 rounds of 4 MiB touch 51,200 pages; warm reuse faults none of them.
        const long tuned = childFaults(true, 4 * MiB, 50);
        QVERIFY2(tuned >= 0, "the child did not report");
        QVERIFY2(tuned <= 16, qPrintable(QStringLiteral("%1 minor faults").arg(tuned)));
        // glibc's default mmaps the first 4 MiB again (its dynamic threshold only rises after
        // that free): at least one whole buffer is faulted in anew.
        const long untuned = childFaults(false, 4 * MiB, 50);
        QVERIFY2(untuned >= long(4 * MiB / 4096),
                 qPrintable(QStringLiteral("%1 minor faults").arg(untuned)));
    }

    void listSizedBufferReusedWithoutFaults()
    {
        // A 1M-product list (~50-80 MB) is above glibc's largest dynamic threshold (32 MiB):
        // by default every load is a fresh mmap, faulted in page by page.
        const long tuned = childFaults(true, 48 * MiB, 5);
        QVERIFY2(tuned >= 0 && tuned <= 16, qPrintable(QStringLiteral("%1").arg(tuned)));
        const long untuned = childFaults(false, 48 * MiB, 5);
        QVERIFY2(untuned >= long(5 * 48 * MiB / 4096 / 2),
                 qPrintable(QStringLiteral("%1 minor faults").arg(untuned)));
    }

    void userEnvironmentIsRespected()
    {
        // The user asked for glibc's own small threshold: tuneAllocator leaves it alone.
        const long faults = childFaults(
                true, 48 * MiB, 5,
                {QStringLiteral("GLIBC_TUNABLES=glibc.malloc.mmap_threshold=131072")});
        QVERIFY2(faults >= long(5 * 48 * MiB / 4096 / 2),
                 qPrintable(QStringLiteral("%1 minor faults").arg(faults)));
        const long legacy
                = childFaults(true, 48 * MiB, 5, {QStringLiteral("MALLOC_MMAP_THRESHOLD_=131072")});
        QVERIFY2(legacy >= long(5 * 48 * MiB / 4096 / 2),
                 qPrintable(QStringLiteral("%1 minor faults").arg(legacy)));
    }

    void settingsNameWhatIsInEffect()
    {
        qunsetenv("MALLOC_TRIM_THRESHOLD_");
        qputenv("GLIBC_TUNABLES", "glibc.malloc.tcache_count=0:glibc.malloc.trim_threshold=1");
        AllocatorSettings s = allocatorSettings();
        QVERIFY(!s.userMmapThreshold);
        QVERIFY(s.userTrimThreshold);
        QCOMPARE(s.mmapThreshold, std::size_t(256 * MiB));
        QCOMPARE(s.trimThreshold, std::size_t(0));
        QVERIFY(s.describe().contains(QLatin1String("mmap_threshold 256 MiB")));
        QVERIFY(s.describe().contains(QLatin1String("trim_threshold set by the environment")));
        // A name that merely ends like ours is someone else's tunable.
        qputenv("GLIBC_TUNABLES", "glibc.malloc.trim_threshold_x=1");
        QVERIFY(!allocatorSettings().userTrimThreshold);
        qunsetenv("GLIBC_TUNABLES");
    }
};

int main(int argc, char *argv[])
{
    if (argc == 5 && std::strcmp(argv[1], "--measure") == 0)
        return measure(std::strcmp(argv[2], "tuned") == 0, std::strtoull(argv[3], nullptr, 10),
                       std::atoi(argv[4]));
    QCoreApplication app(argc, argv);
    TestAllocator test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_allocator.moc"
