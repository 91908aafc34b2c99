#pragma once

#include "diagnostics/cacheinspector.h"

#include <QAbstractTableModel>
#include <QHash>

#include <functional>

namespace pm {

/// The inspector's key list: key, type, size, TTL and version, one row per key of our
/// namespace. SCAN may return a key twice; append() keeps one row per key.
///
/// The TTL counts down: each row remembers when its TTL was read, and tick() (driven by the
/// widget's timer) shows the time left from then, without asking the cache again. A key whose
/// time ran out reads "expired" and is greyed.
class InspectorKeyModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { KeyColumn, TypeColumn, SizeColumn, TtlColumn, VersionColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, ///< numbers for size, TTL (forever last) and version
        MadeKeyRole, ///< the made key as QByteArray, any column
        ExpiredRole, ///< true once the key's TTL ran out since it was read
    };
    /// Monotonic milliseconds; replaceable so tests can move time.
    using NowFunction = std::function<qint64()>;

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
    /// Shows the time left of every expiring row (emits dataChanged for the TTL column).
    void tick();
    void setNowFunction(NowFunction now) { m_now = std::move(now); }
    /// The TTL of a row now: counted down from when it was read, Missing once run out.
    KeyTtl remainingTtl(int row) const;
    /// True when the row's key was expiring and its time ran out.
    bool isExpired(int row) const;
    /// A key, URL or SQL text wrapped in Unicode LEFT-TO-RIGHT ISOLATE … POP DIRECTIONAL
    /// ISOLATE, so that a right-to-left layout does not reorder ":6:product_objects".
    static QString ltr(const QString &text);
    /// Row of a made key, or -1.
    int rowOfKey(const QByteArray &key) const { return m_rows.value(key, -1); }
    const InspectorKey &keyAt(int row) const { return m_keys.at(row); }

    /// "forever", "12 s", "4 min 3 s", "2 h 5 min", or "—" for a missing key.
    static QString formatTtl(const KeyTtl &ttl);

private:
    void reindex();

    QList<InspectorKey> m_keys;
    QList<qint64> m_readAt; // m_now() when each row's TTL was read
    QHash<QByteArray, int> m_rows;
    NowFunction m_now;
};

} // namespace pm
