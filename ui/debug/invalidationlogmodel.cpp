#include "debug/invalidationlogmodel.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QLocale>

namespace pm {

InvalidationLogModel::InvalidationLogModel(int capacity, QObject *parent)
    : QAbstractTableModel(parent)
    , m_capacity(std::max(1, capacity))
{ }

int InvalidationLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int InvalidationLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString InvalidationLogModel::outcome(const InvalidationRecord &r)
{
    if (r.error)
        return tr("failed: %1").arg(r.error->message);
    if (r.removed > 0)
        return tr("removed %n key(s)", nullptr, r.removed);
    if (r.listVersion > 0)
        return tr("nothing to remove; superseded by list version %1").arg(r.listVersion);
    return tr("nothing to remove");
}

QVariant InvalidationLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size())
        return {};
    const InvalidationRecord &r = m_records.at(index.row());
    if (role == FailedRole)
        return r.error.has_value();
    if (role == Qt::ForegroundRole)
        return r.error ? QVariant(QBrush(QColor(0xcf, 0x22, 0x2e))) : QVariant();
    if (role == Qt::ToolTipRole && index.column() == OutcomeColumn && r.error)
        return r.error->toString();
    if (role == Qt::ToolTipRole && index.column() == ProductsColumn && !r.productIds.isEmpty()) {
        QStringList ids;
        for (qsizetype i = 0; i < r.productIds.size() && i < 50; ++i)
            ids.append(QString::number(r.productIds.at(i)));
        return ids.join(QStringLiteral(", "));
    }
    if (role == SortRole && index.column() == TimeColumn)
        return r.timestampMs;
    if (role == SortRole && index.column() == ProductsColumn)
        return r.productIds.size();
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return QLocale().toString(
                QDateTime::fromMSecsSinceEpoch(r.timestampMs).toLocalTime().time(),
                QStringLiteral("HH:mm:ss.zzz"));
    case WriteColumn:
        return r.write;
    case ProductsColumn: {
        if (r.productIds.isEmpty())
            return QStringLiteral("—");
        if (r.productIds.size() <= 3) {
            QStringList ids;
            for (qint64 id : r.productIds)
                ids.append(QString::number(id));
            return ids.join(QStringLiteral(", "));
        }
        return tr("%n product(s)", nullptr, int(r.productIds.size()));
    }
    case MechanismColumn:
        return r.mechanism;
    case KeysColumn:
        return r.keys.join(QStringLiteral(", "));
    case OutcomeColumn:
        return outcome(r);
    default:
        return {};
    }
}

QVariant InvalidationLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case WriteColumn:
        return tr("Write");
    case ProductsColumn:
        return tr("Products");
    case MechanismColumn:
        return tr("Mechanism");
    case KeysColumn:
        return tr("Keys removed or superseded");
    case OutcomeColumn:
        return tr("Outcome");
    default:
        return {};
    }
}

void InvalidationLogModel::append(const InvalidationRecord &record)
{
    if (m_records.size() >= m_capacity) {
        beginRemoveRows({}, 0, 0); // bounded: the oldest goes
        m_records.removeFirst();
        endRemoveRows();
    }
    beginInsertRows({}, int(m_records.size()), int(m_records.size()));
    m_records.append(record);
    endInsertRows();
}

void InvalidationLogModel::clear()
{
    beginResetModel();
    m_records.clear();
    endResetModel();
}

} // namespace pm
