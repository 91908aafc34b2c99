#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <map>
#include <utility>
#include <vector>

namespace pm::test {

/// One committed write of a stress client writer (a "W" log line).
struct WriteEvent
{
    int process = 0;
    int writer = 0;
    qint64 seq = 0;
    qint64 beginNs = 0;
    qint64 returnedNs = 0; ///< after the write's commit returned
    qint64 maxSeq = 0; ///< the writer's state after the write: maximum title seq …
    int count = 0; ///< … and number of products
    QByteArray op;
};

/// One list read (an "R" log line): what it saw of each writer.
struct ReadEvent
{
    int process = 0;
    int reader = 0;
    qint64 startNs = 0;
    qint64 endNs = 0;
    bool hit = false;
    std::map<int, std::pair<qint64, int>> observed; ///< writer -> (max seq, count); absent = empty
};

/// A process's closing "S" line.
struct ProcessSummary
{
    qint64 cacheHits = 0;
    qint64 cacheMisses = 0;
    qint64 listHits = 0;
    qint64 reads = 0;
    qint64 writes = 0;
    qint64 errors = 0;
    qint64 invalidations = 0; ///< InvalidationRecords the writers' services emitted ("I" line)
    qint64 invalidationsRemoved = 0; ///< … and how many of them removed a key
};

struct StalenessReport
{
    qint64 reads = 0;
    qint64 writes = 0;
    /// Reads that started after some write's commit returned but did not reflect it.
    qint64 staleReads = 0;
    /// Reads showing a state no writer ever committed, or one written after the read ended.
    qint64 impossibleReads = 0;
    /// Reads that overlapped a write of another process (the run really interleaved).
    qint64 readsOverlappingOtherProcessWrites = 0;
    /// (read, writer) pairs where the read had to show a write of another process.
    qint64 crossProcessObligations = 0;
    /// Cache hits that had to show a write of another process: the cached path was checked.
    qint64 hitsWithCrossProcessObligations = 0;
    QStringList examples; ///< the first few stale or impossible reads, explained
};

/**
 * The exact staleness analysis of the stress clients' logs. A writer's state after each write
 * is named by (maximum title seq, count), unique in its history (see stressclient.cpp), so a
 * read maps each writer it saw to exactly one seq. The read is stale if that seq is lower than
 * the last seq whose commit returned before the read started.
 */
class StalenessChecker
{
public:
    /// Adds one process's log. False (with *error) on a malformed line or an "E" line.
    bool addLog(const QByteArray &text, int process, QString *error);
    void addWrite(const WriteEvent &write);
    void addRead(const ReadEvent &read);

    StalenessReport analyse() const;
    QMap<int, ProcessSummary> summaries() const { return m_summaries; }

private:
    std::vector<WriteEvent> m_writes;
    std::vector<ReadEvent> m_reads;
    QMap<int, ProcessSummary> m_summaries;
};

} // namespace pm::test
