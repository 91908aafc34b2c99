#include "debug/inspectorkeymodel.h"

#include <QColor>
#include <QElapsedTimer>
#include <QLocale>

#include <limits>

namespace pm {

InspectorKeyModel::InspectorKeyModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_now = [] {
        static QElapsedTimer clock = [] {
            QElapsedTimer t;
            t.start();
            return t;
        }();
        return clock.elapsed();
    };
}

QString InspectorKeyModel::ltr(const QString &text)
{
    return QChar(0x2066) + text + QChar(0x2069);
}

KeyTtl InspectorKeyModel::remainingTtl(int row) const
{
    KeyTtl ttl = m_keys.at(row).ttl;
    if (ttl.state != KeyTtl::State::Expiring)
        return ttl;
    ttl.ms -= m_now() - m_readAt.at(row);
    if (ttl.ms <= 0) {
        ttl.state = KeyTtl::State::Missing;
        ttl.ms = 0;
    }
    return ttl;
}

bool InspectorKeyModel::isExpired(int row) const
{
    return m_keys.at(row).ttl.state == KeyTtl::State::Expiring
            && remainingTtl(row).state == KeyTtl::State::Missing;
}

void InspectorKeyModel::tick()
{
    // Only rows with a running TTL change; one signal for the span they cover.
    int first = -1;
    int last = -1;
    for (int row = 0; row < m_keys.size(); ++row) {
        if (m_keys.at(row).ttl.state != KeyTtl::State::Expiring)
            continue;
        if (first < 0)
            first = row;
        last = row;
    }
    if (first >= 0)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1),
                         {Qt::DisplayRole, SortRole, Qt::ForegroundRole, ExpiredRole});
}

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
    if (role == ExpiredRole)
        return isExpired(index.row());
    if (role == Qt::ForegroundRole) {
        if (isExpired(index.row()))
            return QColor(Qt::gray);
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == SizeColumn || index.column() == TtlColumn
            || index.column() == VersionColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == KeyColumn)
        return ltr(QString::fromUtf8(k.key));
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool sort = role == SortRole;
    switch (index.column()) {
    case KeyColumn:
        // Sorted as written; shown isolated left-to-right (a key is not prose).
        return sort ? QString::fromUtf8(k.key) : ltr(QString::fromUtf8(k.key));
    case TypeColumn:
        return k.type;
    case SizeColumn:
        if (sort)
            return k.sizeBytes;
        return k.sizeBytes < 0 ? QStringLiteral("?") : QLocale().toString(k.sizeBytes);
    case TtlColumn: {
        const KeyTtl ttl = remainingTtl(index.row());
        if (sort) {
            if (ttl.state == KeyTtl::State::Forever)
                return std::numeric_limits<qint64>::max();
            return ttl.state == KeyTtl::State::Missing ? qint64(-1) : ttl.ms;
        }
        if (isExpired(index.row()))
            return tr("expired");
        return formatTtl(ttl);
    }
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
    m_readAt.clear();
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
            m_readAt[row] = m_now();
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
    const qint64 now = m_now();
    for (const InspectorKey &k : std::as_const(fresh)) {
        m_rows.insert(k.key, int(m_keys.size()));
        m_keys.append(k);
        m_readAt.append(now);
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
    m_readAt.removeAt(row);
    reindex();
    endRemoveRows();
}

void InspectorKeyModel::setTtl(const QByteArray &key, const KeyTtl &ttl)
{
    const int row = rowOfKey(key);
    if (row < 0)
        return;
    m_keys[row].ttl = ttl;
    m_readAt[row] = m_now();
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void InspectorKeyModel::reindex()
{
    m_rows.clear();
    for (int i = 0; i < m_keys.size(); ++i)
        m_rows.insert(m_keys.at(i).key, i);
}

} // namespace pm
