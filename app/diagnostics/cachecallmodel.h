#pragma once

#include "cache/cacheinstrumentation.h"

#include <QAbstractTableModel>
#include <QList>

#include <array>
#include <deque>

namespace pm {

/// Totals over the records a CacheCallModel holds (hits and misses as the backend decided).
struct CacheCallTotals
{
    quint64 calls = 0;
    quint64 hits = 0;
    quint64 misses = 0;
    quint64 errors = 0;
    qint64 totalNs = 0;
    std::array<quint64, CacheOpCount> perOperation{};

    double hitRatio() const
    {
        return hits + misses == 0 ? 0.0 : double(hits) / double(hits + misses);
    }
};

/// The Cache tab's call table: a bounded list of CacheCallRecords, newest last.
class CacheCallModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        OperationColumn,
        KeysColumn,
        ArgumentsColumn,
        ResultColumn,
        BytesColumn,
        BackendColumn,
        DurationColumn,
        OriginColumn,
        ColumnCount
    };
    /// The raw value of a cell, for sorting (numbers sort as numbers).
    static constexpr int SortRole = Qt::UserRole;

    explicit CacheCallModel(int capacity = 2000, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// Appends records, dropping the oldest beyond the capacity.
    void append(const QList<CacheCallRecord> &records);
    void clear();
    const CacheCallRecord &record(int row) const { return m_records[size_t(row)]; }
    /// The application's calls only: the debug panel's own (isPanelOrigin()) are left out.
    const CacheCallTotals &totals() const { return m_totals; }
    /// The debug panel's own calls (inspector, console, consistency check).
    const CacheCallTotals &panelTotals() const { return m_panelTotals; }
    int capacity() const { return m_capacity; }

    /// "hit", "miss", "2 hits, 1 miss", "error" or "" (a call that looks nothing up).
    static QString resultText(const CacheCallRecord &record);

signals:
    void totalsChanged();

private:
    void count(const CacheCallRecord &record, int sign);

    const int m_capacity;
    std::deque<CacheCallRecord> m_records;
    CacheCallTotals m_totals;
    CacheCallTotals m_panelTotals;
};

} // namespace pm
