#pragma once

#include "diagnostics/sqllog.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <deque>

namespace pm {

/// The SQL tab's statement table: a bounded list of SqlRecords, newest last. Every copy of a
/// repeated statement is flagged, the first one too: a row is a duplicate while the table holds
/// another with the same SQL and values, similar while it holds another with the same SQL.
class SqlEventModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        SqlColumn,
        BoundColumn,
        DurationColumn,
        RowsColumn,
        FlagsColumn,
        OriginColumn,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole;

    explicit SqlEventModel(int capacity = 2000, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void append(const QList<SqlRecord> &records);
    void clear();
    const SqlRecord &record(int row) const { return m_records[size_t(row)]; }
    qint64 totalNs() const { return m_totalNs; }
    /// Rows flagged similar (and not duplicate), and rows flagged duplicate.
    int similarCount() const { return m_similarRows - m_duplicateRows; }
    int duplicateCount() const { return m_duplicateRows; }
    /// Every statement appended since the last clear(), including those dropped beyond the
    /// capacity (the table shows the last capacity() of them).
    qint64 seenCount() const { return m_seen; }
    int capacity() const { return m_capacity; }
    bool isDuplicate(int row) const;
    bool isSimilar(int row) const;

    /// "duplicate", "similar" or "".
    QString flagsText(int row) const;
    /// The bound values as the panel shows them: 'text', 42, NULL.
    static QString boundText(const QVariantList &bound);

signals:
    void totalsChanged();

private:
    void count(const SqlRecord &record, int sign);

    const int m_capacity;
    std::deque<SqlRecord> m_records;
    qint64 m_totalNs = 0;
    qint64 m_seen = 0;
    QHash<QString, int> m_sqlCounts; // rows per SQL text
    QHash<QString, int> m_duplicateCounts; // rows per SqlLog::duplicateKey()
    int m_similarRows = 0; // rows whose SQL the table holds more than once
    int m_duplicateRows = 0; // rows whose SQL and values the table holds more than once
    bool m_flagsChanged = false; // a count crossed 1↔2: earlier rows change their flag
};

} // namespace pm
