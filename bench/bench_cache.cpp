// Cache micro-benchmarks: memory get/set throughput and the cost of the built-in
// instrumentation on a memory hit (goal: at most 5%). Not a test; prints figures.
// Usage: bench_cache [iterations]
#include "cache/cache.h"
#include "cache/memorybackend.h"
#include "core/clock.h"

#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>
#include <chrono>
#include <vector>

using namespace pm;

namespace {

struct NullObserver final : CacheObserver
{
    quint64 seen = 0;
    void callRecorded(const CacheCallRecord &record) override { seen += quint64(record.hits); }
};

template<typename F>
double nsPerOp(int iterations, F &&f)
{
    const auto t0 = std::chrono::steady_clock::now();
    for (int i = 0; i < iterations; ++i)
        f(i);
    const auto t1 = std::chrono::steady_clock::now();
    return double(std::chrono::duration_cast<std::chrono::nanoseconds>(t1 - t0).count())
            / iterations;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int iterations = argc > 1 ? QByteArray(argv[1]).toInt() : 1'000'000;
    QTextStream out(stdout);

    ManualClock clock;
    auto backendOwned = std::make_unique<MemoryBackend>(clock, MemoryBackendOptions{1000, 3});
    MemoryBackend &backend = *backendOwned;
    Cache cache(std::move(backendOwned));
    const QString key = QStringLiteral("product_objects");
    QVariantList list;
    for (int i = 0; i < 100; ++i)
        list.append(i);
    (void)cache.set(key, list, Timeout::never());
    const QByteArray made = cache.makeKey(key);

    volatile qsizetype sink = 0;
    // The baseline does what Cache::get does minus the instrumentation: make the key, ask the
    // backend.
    auto raw = [&](int) {
        CallFacts facts;
        const Result<std::optional<QVariant>> r = backend.get(cache.makeKey(key), facts);
        sink = sink + (r.ok() && r->has_value() ? 1 : 0);
    };
    auto instrumented = [&](int) {
        const Result<std::optional<QVariant>> r = cache.get(key);
        sink = sink + (r.ok() && r->has_value() ? 1 : 0);
    };
    NullObserver observer;

    // Interleaved rounds, best of each: the machine is shared and noisy.
    const int rounds = 15;
    const int perRound = std::max(1, iterations / rounds);
    std::vector<double> rawNs, instNs, obsNs;
    for (int r = 0; r < rounds; ++r) {
        rawNs.push_back(nsPerOp(perRound, raw));
        instNs.push_back(nsPerOp(perRound, instrumented));
        cache.addObserver(&observer);
        obsNs.push_back(nsPerOp(perRound / 4, instrumented));
        cache.removeObserver(&observer);
    }
    auto best = [](std::vector<double> v) {
        return *std::min_element(v.begin(), v.end());
    };
    auto median = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };
    const double rawBest = best(rawNs), instBest = best(instNs);
    const double rawMed = median(rawNs), instMed = median(instNs);

    double setNs = nsPerOp(perRound,
                           [&](int i) { (void)cache.set(QStringLiteral("k%1").arg(i % 500), i); });

    out << "memory hit, backend + key (baseline): best " << rawBest << " ns, median " << rawMed
        << " ns\n";
    out << "memory hit through Cache (instrumented): best " << instBest << " ns, median " << instMed
        << " ns\n";
    out << "instrumentation overhead: best " << (instBest / rawBest - 1.0) * 100.0 << " %, median "
        << (instMed / rawMed - 1.0) * 100.0 << " % (goal <= 5 %)\n";
    out << "memory hit with one observer attached: best " << best(obsNs) << " ns\n";
    out << "memory get: " << 1e9 / instBest << " ops/s; memory set (int, 500 keys): " << 1e9 / setNs
        << " ops/s\n";
    const CacheStats s = cache.stats();
    out << "stats: calls " << s.calls << " hits " << s.hits << " get total ms "
        << s[CacheOp::Get].totalNs / 1e6 << "\n";
    return sink > 0 ? 0 : 1;
}
