#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace pm::bench {

/// Nanoseconds per operation over the samples of one measurement.
struct Stats
{
    double median = 0;
    double min = 0;
    double max = 0;
    int samples = 0;
    qint64 iterationsPerSample = 0;
    /// Page faults per operation over the sampled loop (after calibration and warm-up);
    /// negative: not measured (e.g. a figure taken in another process).
    double minorFaultsPerOp = -1;
    double majorFaultsPerOp = -1;

    bool faultsMeasured() const { return minorFaultsPerOp >= 0; }
    double faultsPerOp() const { return minorFaultsPerOp + majorFaultsPerOp; }
};

/// A body runs `iterations` operations; the harness divides by them.
using Body = std::function<void(qint64 iterations)>;

/// How long one sample should last, and how many samples to take.
struct Plan
{
    double sampleNs = 3e6; ///< a sample lasts at least this long (calibrated)
    int samples = 21;
    int maxIterations = 1 << 22;
};

/// Measures several bodies with interleaved samples (round r takes sample r of each), after one
/// warm-up sample each, so slow drift of a shared machine hits them all alike. Each body gets
/// its own iteration count, calibrated so that a sample lasts about plan.sampleNs.
std::vector<Stats> measureInterleaved(const std::vector<Body> &bodies, const Plan &plan);
Stats measure(const Body &body, const Plan &plan);
/// Median, min and max of one-operation samples taken some other way (ns each).
Stats statsOf(std::vector<double> ns);

/// One line of the report: a subject against the limit measured in the same run.
struct Row
{
    QString group; ///< the goal it belongs to (docs/performance-goals.md)
    QString scenario;
    QString n; ///< "10k" or "—"
    Stats subject;
    QString limitName; ///< empty: no limit (a plain figure)
    Stats limit;
    /// ratio = subject.median / limit.median, unless ratioText is set.
    QString ratioText;
    QString goalText; ///< "≤ 1.30×", "≤ 1 µs", empty for information only
    std::optional<bool> met; ///< empty: no goal checked
    QString note;
    /// The list-load goal "faults/op ≤ 1 after warm-up" (docs/performance-goals.md), checked on
    /// the subject when set.
    bool checkFaults = false;

    double ratio() const { return limit.median > 0 ? subject.median / limit.median : 0; }
    std::optional<bool> faultsMet() const;
};

QString formatNs(double ns);
QString formatStats(const Stats &s);
/// "minor+major" page faults per operation, e.g. "0.00" or "12.5 (3 major)"; "—" unmeasured.
QString formatFaults(const Stats &s);

/// The page-fault goal of the list-load rows.
constexpr double kMaxFaultsPerOp = 1.0;

inline std::optional<bool> Row::faultsMet() const
{
    if (!checkFaults || !subject.faultsMeasured())
        return std::nullopt;
    return subject.faultsPerOp() <= kMaxFaultsPerOp;
}

/// Where the report goes: the console while running, Markdown at the end.
class Report
{
public:
    void add(Row row);
    const std::vector<Row> &rows() const { return m_rows; }
    QStringList missedGoals() const;
    QString consoleLine(const Row &row) const;
    QString markdown(const QStringList &header, const QString &notes) const;

private:
    std::vector<Row> m_rows;
};

/// Keeps a value alive so the optimiser cannot drop the work that produced it.
void sink(qint64 value);
qint64 sinkValue();

} // namespace pm::bench
