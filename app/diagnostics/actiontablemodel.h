#pragma once

#include <QAbstractTableModel>
#include <QList>

namespace pm {

class ActionLog;
struct ActionRecord;

/// The actions of an ActionLog as a table, newest first: the Timer tab (every kept action)
/// and the History tab (pinned actions first). Selections survive new actions: rows move
/// through layoutChanged with their persistent indexes, never a reset.
class ActionTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Order { NewestFirst, PinnedFirst };
    enum Column {
        TimeColumn,
        ActionColumn,
        WallColumn,
        CpuColumn,
        CacheColumn,
        SqlColumn,
        ModelColumn,
        PaintColumn,
        CallsColumn,
        StatementsColumn,
        ColumnCount
    };
    /// The action id of a row (any column).
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit ActionTableModel(ActionLog *log, Order order, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    int actionId(int row) const { return m_order.value(row); }
    /// The row of an action, or -1.
    int rowOf(int id) const { return int(m_order.indexOf(id)); }
    /// nullptr if the row is out of range.
    const ActionRecord *action(int row) const;

    /// "12.34 ms", or "–" for a time not measured.
    static QString formatNs(qint64 ns);

private:
    void reorder();
    void refreshRow(int id);

    ActionLog *m_log;
    const Order m_sortOrder;
    QList<int> m_order; // action ids, row order
};

} // namespace pm
