#include "debug/inspectorkeymodel.h"

#include <QLocale>

#include <limits>

namespace pm {

InspectorKeyModel::InspectorKeyModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int InspectorKeyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

int InspectorKeyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString InspectorKeyModel::formatTtl(const KeyTtl &ttl)
{
    switch (ttl.state) {
    case KeyTtl::State::Missing:
        return QStringLiteral("—");
    case KeyTtl::State::Forever:
        return tr("forever");
    case KeyTtl::State::Expiring:
        break;
    }
    // Rounded up: a key with 0.4 s left is not "0 s" gone.
    const qint64 s = (ttl.ms + 999) / 1000;
    if (s < 60)
        return tr("%1 s").arg(s);
    if (s < 3600)
        return tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    if (s < 86400)
        return tr("%1 h %2 min").arg(s / 3600).arg(s % 3600 / 60);
    return tr("%1 d %2 h").arg(s / 86400).arg(s % 86400 / 3600);
}

QVariant InspectorKeyModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_keys.size())
        return {};
    const InspectorKey &k = m_keys.at(index.row());
    if (role == MadeKeyRole)
        return k.key;
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == SizeColumn || index.column() == TtlColumn
            || index.column() == VersionColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == KeyColumn)
        return QString::fromUtf8(k.key);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool sort = role == SortRole;
    switch (index.column()) {
    case KeyColumn:
        return QString::fromUtf8(k.key);
    case TypeColumn:
        return k.type;
    case SizeColumn:
        if (sort)
            return k.sizeBytes;
        return k.sizeBytes < 0 ? QStringLiteral("?") : QLocale().toString(k.sizeBytes);
    case TtlColumn:
        if (sort) {
            if (k.ttl.state == KeyTtl::State::Forever)
                return std::numeric_limits<qint64>::max();
            return k.ttl.state == KeyTtl::State::Missing ? qint64(-1) : k.ttl.ms;
        }
        return formatTtl(k.ttl);
    case VersionColumn:
        if (sort)
            return k.version;
        return k.version < 0 ? QStringLiteral("?") : QString::number(k.version);
    default:
        return {};
    }
}

QVariant InspectorKeyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case TypeColumn:
        return tr("Type");
    case SizeColumn:
        return tr("Size (bytes)");
    case TtlColumn:
        return tr("TTL");
    case VersionColumn:
        return tr("Version");
    default:
        return {};
    }
}

void InspectorKeyModel::clear()
{
    beginResetModel();
    m_keys.clear();
    m_rows.clear();
    endResetModel();
}

void InspectorKeyModel::append(const QList<InspectorKey> &keys)
{
    QList<InspectorKey> fresh;
    QHash<QByteArray, qsizetype> freshRows;
    for (const InspectorKey &k : keys) {
        const int row = m_rows.value(k.key, -1);
        if (row >= 0) {
            m_keys[row] = k; // seen again: newer facts
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        } else if (const auto it = freshRows.constFind(k.key); it != freshRows.cend()) {
            fresh[*it] = k;
        } else {
            freshRows.insert(k.key, fresh.size());
            fresh.append(k);
        }
    }
    if (fresh.isEmpty())
        return;
    beginInsertRows({}, int(m_keys.size()), int(m_keys.size() + fresh.size() - 1));
    for (const InspectorKey &k : std::as_const(fresh)) {
        m_rows.insert(k.key, int(m_keys.size()));
        m_keys.append(k);
    }
    endInsertRows();
}

void InspectorKeyModel::removeKey(const QByteArray &key)
{
    const int row = rowOfKey(key);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_keys.removeAt(row);
    reindex();
    endRemoveRows();
}

void InspectorKeyModel::setTtl(const QByteArray &key, const KeyTtl &ttl)
{
    const int row = rowOfKey(key);
    if (row < 0)
        return;
    m_keys[row].ttl = ttl;
    emit dataChanged(index(row, TtlColumn), index(row, TtlColumn));
}

void InspectorKeyModel::reindex()
{
    m_rows.clear();
    for (int i = 0; i < m_keys.size(); ++i)
        m_rows.insert(m_keys.at(i).key, i);
}

} // namespace pm
