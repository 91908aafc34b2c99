#include "benchmark.h"

#include <QCoreApplication>

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cmath>

namespace pm::bench {

namespace {

volatile qint64 g_sink = 0;

double timeOnce(const Body &body, qint64 iterations)
{
    const auto t0 = std::chrono::steady_clock::now();
    body(iterations);
    const auto t1 = std::chrono::steady_clock::now();
    return double(std::chrono::duration_cast<std::chrono::nanoseconds>(t1 - t0).count());
}

qint64 calibrate(const Body &body, const Plan &plan)
{
    // Doubles as the warm-up: caches, branch predictors, allocator pools, lazy connections.
    qint64 iterations = 1;
    for (;;) {
        const double t = timeOnce(body, iterations);
        if (t >= plan.sampleNs * 0.5 || iterations >= plan.maxIterations)
            return iterations;
        const double scale = t > 0 ? plan.sampleNs / t : 1000.0;
        iterations = std::min<qint64>(plan.maxIterations,
                                      std::max<qint64>(iterations * 2, qint64(iterations * scale)));
    }
}

struct Faults
{
    long minor = 0;
    long major = 0;
};

Faults faultsNow()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return {usage.ru_minflt, usage.ru_majflt};
}

Stats summarise(std::vector<double> perOp, qint64 iterations)
{
    std::sort(perOp.begin(), perOp.end());
    Stats s;
    s.samples = int(perOp.size());
    s.iterationsPerSample = iterations;
    s.min = perOp.front();
    s.max = perOp.back();
    const size_t n = perOp.size();
    s.median = n % 2 ? perOp[n / 2] : (perOp[n / 2 - 1] + perOp[n / 2]) / 2;
    return s;
}

} // namespace

void sink(qint64 value)
{
    g_sink = g_sink + value;
}

qint64 sinkValue()
{
    return g_sink;
}

std::vector<Stats> measureInterleaved(const std::vector<Body> &bodies, const Plan &plan)
{
    std::vector<qint64> iterations;
    for (const Body &body : bodies)
        iterations.push_back(calibrate(body, plan));
    for (size_t i = 0; i < bodies.size(); ++i)
        (void)timeOnce(bodies[i], iterations[i]);
    std::vector<std::vector<double>> perOp(bodies.size());
    // Faults are counted around each sample, outside its timing (RUSAGE_SELF: all threads,
    // which is what a load costs when a worker thread does part of it).
    std::vector<Faults> faults(bodies.size());
    for (int r = 0; r < plan.samples; ++r) {
        for (size_t i = 0; i < bodies.size(); ++i) {
            const Faults before = faultsNow();
            perOp[i].push_back(timeOnce(bodies[i], iterations[i]) / double(iterations[i]));
            const Faults after = faultsNow();
            faults[i].minor += after.minor - before.minor;
            faults[i].major += after.major - before.major;
        }
    }
    std::vector<Stats> out;
    for (size_t i = 0; i < bodies.size(); ++i) {
        Stats s = summarise(perOp[i], iterations[i]);
        const double ops = double(iterations[i]) * plan.samples;
        s.minorFaultsPerOp = double(faults[i].minor) / ops;
        s.majorFaultsPerOp = double(faults[i].major) / ops;
        out.push_back(s);
    }
    return out;
}

Stats statsOf(std::vector<double> ns)
{
    return summarise(std::move(ns), 1);
}

Stats measure(const Body &body, const Plan &plan)
{
    return measureInterleaved({body}, plan).front();
}

QString formatNs(double ns)
{
    if (ns < 1e3)
        return QString::number(ns, 'f', ns < 10 ? 2 : 1) + QStringLiteral(" ns");
    if (ns < 1e6)
        return QString::number(ns / 1e3, 'f', ns < 1e4 ? 2 : 1) + QStringLiteral(" µs");
    if (ns < 1e9)
        return QString::number(ns / 1e6, 'f', ns < 1e7 ? 2 : 1) + QStringLiteral(" ms");
    return QString::number(ns / 1e9, 'f', 2) + QStringLiteral(" s");
}

QString formatStats(const Stats &s)
{
    if (s.samples == 0)
        return QStringLiteral("—");
    return QStringLiteral("%1 (%2–%3)").arg(formatNs(s.median), formatNs(s.min), formatNs(s.max));
}

QString formatFaults(const Stats &s)
{
    if (!s.faultsMeasured())
        return QStringLiteral("—");
    const double f = s.faultsPerOp();
    QString text = QString::number(f, 'f', f < 10 ? 2 : 0);
    if (s.majorFaultsPerOp > 0)
        text += QStringLiteral(" (%1 major)").arg(s.majorFaultsPerOp, 0, 'f', 2);
    return text;
}

void Report::add(Row row)
{
    m_rows.push_back(std::move(row));
}

QStringList Report::missedGoals() const
{
    QStringList missed;
    for (const Row &row : m_rows) {
        if (const auto faults = row.faultsMet(); faults && !*faults)
            missed << QStringLiteral("%1: %2, N=%3: %4 page faults/op, goal ≤ %5 after warm-up")
                              .arg(row.group, row.scenario, row.n, formatFaults(row.subject))
                              .arg(kMaxFaultsPerOp, 0, 'f', 0);
        if (!row.met || *row.met)
            continue;
        QString measured = row.subject.samples ? formatNs(row.subject.median) : QString();
        QString ratio;
        if (!row.ratioText.isEmpty() && row.ratioText != QStringLiteral("—"))
            ratio = row.ratioText;
        else if (!row.limitName.isEmpty())
            ratio = QString::number(row.ratio(), 'f', 3) + QStringLiteral("×");
        if (!ratio.isEmpty())
            measured = measured.isEmpty() ? ratio : measured + QStringLiteral(", ") + ratio;
        missed << QStringLiteral("%1: %2, N=%3: %4, goal %5")
                          .arg(row.group, row.scenario, row.n, measured, row.goalText);
    }
    return missed;
}

namespace {
QString ratioCell(const Row &row)
{
    if (!row.ratioText.isEmpty())
        return row.ratioText;
    if (row.limitName.isEmpty())
        return QStringLiteral("—");
    return QString::number(row.ratio(), 'f', 2) + QStringLiteral("×");
}

QString verdict(const Row &row)
{
    QString text;
    if (!row.met)
        text = row.goalText;
    else
        text = row.goalText + (*row.met ? QStringLiteral(" ✅") : QStringLiteral(" ❌ MISSED"));
    if (const auto faults = row.faultsMet()) {
        text += (text.isEmpty() ? QString() : QStringLiteral("; "))
                + QStringLiteral("faults/op ≤ %1%2")
                          .arg(kMaxFaultsPerOp, 0, 'f', 0)
                          .arg(*faults ? QStringLiteral(" ✅") : QStringLiteral(" ❌ MISSED"));
    }
    return text;
}

QString faultsCell(const Row &row)
{
    QString text = formatFaults(row.subject);
    if (!row.limitName.isEmpty() && row.limit.faultsMeasured())
        text += QStringLiteral(" (limit %1)").arg(formatFaults(row.limit));
    return text;
}
} // namespace

QString Report::consoleLine(const Row &row) const
{
    QString line = QStringLiteral("%1 | %2 | N=%3 | %4")
                           .arg(row.group, row.scenario, row.n, formatStats(row.subject));
    if (!row.limitName.isEmpty())
        line += QStringLiteral(" | %1 %2").arg(row.limitName, formatStats(row.limit));
    line += QStringLiteral(" | ratio %1 | faults/op %2").arg(ratioCell(row), faultsCell(row));
    if (!row.goalText.isEmpty())
        line += QStringLiteral(" | %1").arg(verdict(row));
    if (!row.note.isEmpty())
        line += QStringLiteral(" | %1").arg(row.note);
    return line;
}

QString Report::markdown(const QStringList &header, const QString &notes) const
{
    QString md;
    md += header.join(QLatin1Char('\n')) + QStringLiteral("\n\n");
    md += QStringLiteral(
            "| goal (docs/performance-goals.md) | scenario | N | median (min–max) | "
            "limit measured in this run | limit median (min–max) | ratio | faults/op | "
            "goal | note |\n");
    md += QStringLiteral("|---|---|---|---|---|---|---|---|---|---|\n");
    for (const Row &row : m_rows) {
        md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 | %10 |\n")
                      .arg(row.group, row.scenario, row.n, formatStats(row.subject),
                           row.limitName.isEmpty() ? QStringLiteral("—") : row.limitName,
                           row.limitName.isEmpty() ? QStringLiteral("—") : formatStats(row.limit),
                           ratioCell(row), faultsCell(row), verdict(row))
                      .arg(row.note);
    }
    const QStringList missed = missedGoals();
    md += QStringLiteral("\n**Goals missed in this run: %1**\n").arg(missed.size());
    for (const QString &m : missed)
        md += QStringLiteral("- %1\n").arg(m);
    md += QStringLiteral("\n") + notes;
    return md;
}

} // namespace pm::bench
