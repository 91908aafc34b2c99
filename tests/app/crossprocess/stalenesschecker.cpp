#include "stalenesschecker.h"

#include <algorithm>

namespace pm::test {

namespace {

bool toInt64(const QByteArray &field, qint64 *out)
{
    bool ok = false;
    *out = field.toLongLong(&ok);
    return ok;
}

/// One writer's history, ordered by seq (a writer is sequential, so also by time).
struct History
{
    int process = 0;
    std::vector<const WriteEvent *> writes;
    std::map<std::pair<qint64, int>, qint64> seqOfState;

    /// The last seq whose commit returned before t (0: none).
    qint64 committedBefore(qint64 t) const
    {
        auto it = std::lower_bound(writes.begin(), writes.end(), t,
                                   [](const WriteEvent *w, qint64 x) { return w->returnedNs < x; });
        return it == writes.begin() ? 0 : (*std::prev(it))->seq;
    }
    /// The last seq that began before t: no read ending at t can show a later one.
    qint64 begunBefore(qint64 t) const
    {
        auto it = std::lower_bound(writes.begin(), writes.end(), t,
                                   [](const WriteEvent *w, qint64 x) { return w->beginNs < x; });
        return it == writes.begin() ? 0 : (*std::prev(it))->seq;
    }
};

using Intervals = std::vector<std::pair<qint64, qint64>>;

Intervals merged(Intervals v)
{
    std::sort(v.begin(), v.end());
    Intervals out;
    for (const auto &i : v) {
        if (!out.empty() && i.first <= out.back().second)
            out.back().second = std::max(out.back().second, i.second);
        else
            out.push_back(i);
    }
    return out;
}

bool overlaps(const Intervals &sorted, qint64 start, qint64 end)
{
    // The first interval ending after start; it overlaps if it begins before end.
    auto it = std::upper_bound(
            sorted.begin(), sorted.end(), start,
            [](qint64 s, const std::pair<qint64, qint64> &i) { return s < i.second; });
    return it != sorted.end() && it->first < end;
}

} // namespace

bool StalenessChecker::addLog(const QByteArray &text, int process, QString *error)
{
    const QList<QByteArray> lines = text.split('\n');
    int lineNo = 0;
    for (const QByteArray &line : lines) {
        ++lineNo;
        if (line.isEmpty())
            continue;
        const QList<QByteArray> f = line.split(' ');
        auto bad = [&](const char *why) {
            *error = QStringLiteral("process %1 line %2 (%3): %4")
                             .arg(process)
                             .arg(lineNo)
                             .arg(QLatin1String(why), QString::fromUtf8(line.left(200)));
            return false;
        };
        const QByteArray kind = f.value(0);
        if (kind == "E")
            return bad("the stress client reported an error");
        if (kind == "W") {
            if (f.size() != 8)
                return bad("malformed write");
            WriteEvent w;
            w.process = process;
            qint64 writer = 0, count = 0;
            if (!toInt64(f[1], &writer) || !toInt64(f[2], &w.seq) || !toInt64(f[3], &w.beginNs)
                || !toInt64(f[4], &w.returnedNs) || !toInt64(f[5], &w.maxSeq)
                || !toInt64(f[6], &count))
                return bad("malformed write");
            w.writer = int(writer);
            w.count = int(count);
            w.op = f[7];
            addWrite(w);
        } else if (kind == "R") {
            if (f.size() < 5)
                return bad("malformed read");
            ReadEvent r;
            r.process = process;
            qint64 reader = 0, hit = 0;
            if (!toInt64(f[1], &reader) || !toInt64(f[2], &r.startNs) || !toInt64(f[3], &r.endNs)
                || !toInt64(f[4], &hit))
                return bad("malformed read");
            r.reader = int(reader);
            r.hit = hit != 0;
            for (int i = 5; i < f.size(); ++i) {
                const QList<QByteArray> p = f[i].split(':');
                qint64 writer = 0, maxSeq = 0, count = 0;
                if (p.size() != 3 || !toInt64(p[0], &writer) || !toInt64(p[1], &maxSeq)
                    || !toInt64(p[2], &count))
                    return bad("malformed observation");
                r.observed[int(writer)] = {maxSeq, int(count)};
            }
            addRead(r);
        } else if (kind == "S") {
            if (f.size() != 7)
                return bad("malformed summary");
            ProcessSummary &s = m_summaries[process];
            if (!toInt64(f[1], &s.cacheHits) || !toInt64(f[2], &s.cacheMisses)
                || !toInt64(f[3], &s.listHits) || !toInt64(f[4], &s.reads)
                || !toInt64(f[5], &s.writes) || !toInt64(f[6], &s.errors))
                return bad("malformed summary");
        } else if (kind == "I") {
            ProcessSummary &s = m_summaries[process];
            if (f.size() != 3 || !toInt64(f[1], &s.invalidations)
                || !toInt64(f[2], &s.invalidationsRemoved))
                return bad("malformed invalidation count");
        } else {
            return bad("unknown line");
        }
    }
    return true;
}

void StalenessChecker::addWrite(const WriteEvent &write)
{
    m_writes.push_back(write);
}

void StalenessChecker::addRead(const ReadEvent &read)
{
    m_reads.push_back(read);
}

StalenessReport StalenessChecker::analyse() const
{
    StalenessReport report;
    report.reads = qint64(m_reads.size());
    report.writes = qint64(m_writes.size());

    std::map<int, History> histories;
    std::map<int, Intervals> writeIntervals; // per process
    for (const WriteEvent &w : m_writes) {
        History &h = histories[w.writer];
        h.process = w.process;
        h.writes.push_back(&w);
        writeIntervals[w.process].push_back({w.beginNs, w.returnedNs});
    }
    for (auto &[writer, h] : histories) {
        std::sort(h.writes.begin(), h.writes.end(),
                  [](const WriteEvent *a, const WriteEvent *b) { return a->seq < b->seq; });
        h.seqOfState[{0, 0}] = 0;
        for (const WriteEvent *w : h.writes)
            h.seqOfState[{w->maxSeq, w->count}] = w->seq;
    }
    for (auto &[process, intervals] : writeIntervals)
        intervals = merged(std::move(intervals));

    auto example = [&report](const QString &text) {
        if (report.examples.size() < 10)
            report.examples << text;
    };

    for (const ReadEvent &r : m_reads) {
        bool stale = false;
        bool impossible = false;
        bool crossProcess = false;
        for (const auto &[writer, state] : r.observed) {
            if (!histories.count(writer)) {
                impossible = true;
                example(QStringLiteral("read by %1 at %2 saw writer %3, which never wrote")
                                .arg(r.reader)
                                .arg(r.startNs)
                                .arg(writer));
            }
        }
        for (const auto &[writer, h] : histories) {
            const auto it = r.observed.find(writer);
            const std::pair<qint64, int> state
                    = it == r.observed.end() ? std::pair<qint64, int>(0, 0) : it->second;
            const qint64 required = h.committedBefore(r.startNs);
            if (h.process != r.process && required > 0) {
                ++report.crossProcessObligations;
                crossProcess = true;
            }
            const auto seqIt = h.seqOfState.find(state);
            if (seqIt == h.seqOfState.end()) {
                impossible = true;
                example(QStringLiteral("read by %1 at %2 saw writer %3 in state (%4, %5), which "
                                       "it never committed")
                                .arg(r.reader)
                                .arg(r.startNs)
                                .arg(writer)
                                .arg(state.first)
                                .arg(state.second));
                continue;
            }
            const qint64 seen = seqIt->second;
            if (seen > h.begunBefore(r.endNs)) {
                impossible = true;
                example(QStringLiteral("read by %1 at %2 saw writer %3's seq %4 before it began")
                                .arg(r.reader)
                                .arg(r.startNs)
                                .arg(writer)
                                .arg(seen));
            }
            if (seen < required) {
                stale = true;
                example(QStringLiteral("STALE: read by %1 (process %2, %3) started at %4 and saw "
                                       "writer %5 (process %6) at seq %7, but seq %8 had "
                                       "returned before")
                                .arg(r.reader)
                                .arg(r.process)
                                .arg(r.hit ? QStringLiteral("hit") : QStringLiteral("miss"))
                                .arg(r.startNs)
                                .arg(writer)
                                .arg(h.process)
                                .arg(seen)
                                .arg(required));
            }
        }
        if (stale)
            ++report.staleReads;
        if (r.hit && crossProcess)
            ++report.hitsWithCrossProcessObligations;
        if (impossible)
            ++report.impossibleReads;
        for (const auto &[process, intervals] : writeIntervals) {
            if (process != r.process && overlaps(intervals, r.startNs, r.endNs)) {
                ++report.readsOverlappingOtherProcessWrites;
                break;
            }
        }
    }
    return report;
}

} // namespace pm::test
