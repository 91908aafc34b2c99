#pragma once

#include "diagnostics/sqllog.h"

#include <QAbstractTableModel>
#include <QList>

#include <deque>

namespace pm {

/// The SQL tab's statement table: a bounded list of SqlRecords, newest last.
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
    int similarCount() const { return m_similar; }
    int duplicateCount() const { return m_duplicates; }

    /// "duplicate", "similar" or "".
    static QString flagsText(const SqlRecord &record);
    /// The bound values as the panel shows them: 'text', 42, NULL.
    static QString boundText(const QVariantList &bound);

signals:
    void totalsChanged();

private:
    void count(const SqlRecord &record, int sign);

    const int m_capacity;
    std::deque<SqlRecord> m_records;
    qint64 m_totalNs = 0;
    int m_similar = 0;
    int m_duplicates = 0;
};

} // namespace pm
