#pragma once

#include "diagnostics/cacheinspector.h"

#include <QAbstractTableModel>
#include <QHash>

namespace pm {

/// The inspector's key list: key, type, size, TTL and version, one row per key of our
/// namespace. SCAN may return a key twice; append() keeps one row per key.
class InspectorKeyModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { KeyColumn, TypeColumn, SizeColumn, TtlColumn, VersionColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, ///< numbers for size, TTL (forever last) and version
        MadeKeyRole, ///< the made key as QByteArray, any column
    };

    explicit InspectorKeyModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void clear();
    void append(const QList<InspectorKey> &keys);
    void removeKey(const QByteArray &key);
    void setTtl(const QByteArray &key, const KeyTtl &ttl);
    /// Row of a made key, or -1.
    int rowOfKey(const QByteArray &key) const { return m_rows.value(key, -1); }
    const InspectorKey &keyAt(int row) const { return m_keys.at(row); }

    /// "forever", "12 s", "4 min 3 s", "2 h 5 min", or "—" for a missing key.
    static QString formatTtl(const KeyTtl &ttl);

private:
    void reindex();

    QList<InspectorKey> m_keys;
    QHash<QByteArray, int> m_rows;
};

} // namespace pm
