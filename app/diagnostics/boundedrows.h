#pragma once

#include <QList>
#include <QtGlobal>

#include <deque>

namespace pm {

/// Appends `records` to a table model's `rows`, keeping at most `capacity` (the oldest rows
/// go first). `count(record, ±1)` keeps the model's running totals; `removeFront(n, work)` and
/// `insertBack(first, last, work)` wrap `work` in the model's begin/end row calls, which only
/// the model itself may make.
template<typename Record, typename Count, typename RemoveFront, typename InsertBack>
void appendBounded(std::deque<Record> &rows, const QList<Record> &records, int capacity,
                   Count &&count, RemoveFront &&removeFront, InsertBack &&insertBack)
{
    if (records.isEmpty())
        return;
    // Only the newest `capacity` of the batch can stay.
    const qsizetype first = qMax<qsizetype>(0, records.size() - capacity);
    const int incoming = int(records.size() - first);
    const int overflow = int(rows.size()) + incoming - capacity;
    if (overflow > 0) {
        removeFront(overflow, [&] {
            for (int i = 0; i < overflow; ++i) {
                count(rows.front(), -1);
                rows.pop_front();
            }
        });
    }
    const int start = int(rows.size());
    insertBack(start, start + incoming - 1, [&] {
        for (qsizetype i = first; i < records.size(); ++i) {
            rows.push_back(records[i]);
            count(records[i], +1);
        }
    });
}

} // namespace pm
