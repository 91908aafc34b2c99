#pragma once

#include "products/productservice.h"

#include <QAbstractTableModel>
#include <QList>

namespace pm {

/// The inspector's invalidation log: every InvalidationRecord the worker reports, newest
/// last, bounded. Failed invalidations are shown in red; writes that removed nothing say so.
class InvalidationLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        WriteColumn,
        ProductsColumn,
        MechanismColumn,
        KeysColumn,
        OutcomeColumn,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, FailedRole };

    explicit InvalidationLogModel(int capacity = 1000, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void append(const InvalidationRecord &record);
    void clear();
    const InvalidationRecord &recordAt(int row) const { return m_records.at(row); }

    /// "removed 1 key", "nothing to remove", "superseded (list version 7)", "failed: …".
    static QString outcome(const InvalidationRecord &record);

private:
    int m_capacity;
    QList<InvalidationRecord> m_records;
};

} // namespace pm
