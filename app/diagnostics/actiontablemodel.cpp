#include "diagnostics/actiontablemodel.h"

#include "diagnostics/actionlog.h"
#include "diagnostics/originname.h"

#include <QDateTime>
#include <QLocale>

namespace pm {

ActionTableModel::ActionTableModel(ActionLog *log, Order order, QObject *parent)
    : QAbstractTableModel(parent)
    , m_log(log)
    , m_sortOrder(order)
{
    connect(m_log, &ActionLog::actionAdded, this, &ActionTableModel::reorder);
    connect(m_log, &ActionLog::actionsRemoved, this, &ActionTableModel::reorder);
    connect(m_log, &ActionLog::actionChanged, this, &ActionTableModel::refreshRow);
    reorder();
}

int ActionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_order.size());
}

int ActionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const ActionRecord *ActionTableModel::action(int row) const
{
    if (row < 0 || row >= m_order.size())
        return nullptr;
    return m_log->find(m_order.at(row));
}

QString ActionTableModel::formatNs(qint64 ns)
{
    if (ns < 0)
        return QStringLiteral("–");
    if (ns > 0 && ns < 5'000) // would round to "0.00 ms", which reads as "none"
        return tr("< %1 ms").arg(QLocale().toString(0.01, 'f', 2));
    return tr("%1 ms").arg(QLocale().toString(double(ns) / 1e6, 'f', 2));
}

QVariant ActionTableModel::data(const QModelIndex &index, int role) const
{
    const ActionRecord *a = index.isValid() ? action(index.row()) : nullptr;
    if (!a)
        return {};
    if (role == IdRole)
        return a->id;
    if (role == Qt::TextAlignmentRole) {
        if (index.column() >= WallColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == CpuColumn)
        return tr("Thread CPU time of the worker for this request (worker wall time %1)")
                .arg(formatNs(a->workerNs));
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case TimeColumn:
        return QDateTime::fromMSecsSinceEpoch(a->startMs).toString(QStringLiteral("HH:mm:ss.zzz"));
    case ActionColumn: {
        QString name = originDisplayName(a->name);
        if (a->failed)
            name = tr("%1 (failed)").arg(name);
        if (a->pinned)
            name = tr("%1 (pinned)").arg(name);
        return name;
    }
    case WallColumn:
        return formatNs(a->wallNs);
    case CpuColumn:
        return formatNs(a->cpuNs);
    case CacheColumn:
        return formatNs(a->cacheNs);
    case SqlColumn:
        return formatNs(a->sqlNs);
    case ModelColumn:
        return formatNs(a->modelNs);
    case PaintColumn:
        return formatNs(a->paintNs);
    case CallsColumn:
        if (a->hits + a->misses == 0)
            return QString::number(a->cacheCalls);
        // Label/value pairs: no plurals to get wrong.
        return tr("%1 (hits %2, misses %3)").arg(a->cacheCalls).arg(a->hits).arg(a->misses);
    case StatementsColumn:
        return a->statements;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ActionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case WallColumn:
            return tr("From the request in the window to the answer shown");
        case CpuColumn:
            return tr("CPU time of the worker thread for the request");
        case CacheColumn:
            return tr("Sum of the action's cache calls");
        case SqlColumn:
            return tr("Sum of the action's SQL statements");
        case ModelColumn:
            return tr("Applying the result to the product table (UI thread)");
        case PaintColumn:
            return tr("The next paint of the product table after the change");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case TimeColumn:
        return tr("Time");
    case ActionColumn:
        return tr("Action");
    case WallColumn:
        return tr("Wall");
    case CpuColumn:
        return tr("CPU");
    case CacheColumn:
        return tr("Cache");
    case SqlColumn:
        return tr("SQL");
    case ModelColumn:
        return tr("Model");
    case PaintColumn:
        return tr("Paint");
    case CallsColumn:
        return tr("Cache calls");
    case StatementsColumn:
        return tr("Statements");
    case ColumnCount:
        break;
    }
    return {};
}

void ActionTableModel::reorder()
{
    QList<int> order;
    const auto &actions = m_log->actions();
    order.reserve(qsizetype(actions.size()));
    if (m_sortOrder == Order::PinnedFirst) {
        for (auto it = actions.rbegin(); it != actions.rend(); ++it) {
            if (it->pinned)
                order.append(it->id);
        }
    }
    for (auto it = actions.rbegin(); it != actions.rend(); ++it) {
        if (m_sortOrder == Order::NewestFirst || !it->pinned)
            order.append(it->id);
    }
    if (order == m_order)
        return;

    // Rows move with their action: selections and the current row follow it.
    emit layoutAboutToBeChanged();
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &index : before) {
        const qsizetype row = order.indexOf(m_order.value(index.row()));
        after.append(row < 0 ? QModelIndex() : createIndex(int(row), index.column()));
    }
    m_order = std::move(order);
    changePersistentIndexList(before, after);
    emit layoutChanged();
}

void ActionTableModel::refreshRow(int id)
{
    // A pin moves the row in the history order.
    if (m_sortOrder == Order::PinnedFirst) {
        reorder();
    }
    const int row = rowOf(id);
    if (row >= 0)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace pm
