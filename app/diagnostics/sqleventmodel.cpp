#include "diagnostics/sqleventmodel.h"

#include "diagnostics/boundedrows.h"
#include "diagnostics/originname.h"

#include <QDateTime>
#include <QLocale>

namespace pm {

SqlEventModel::SqlEventModel(int capacity, QObject *parent)
    : QAbstractTableModel(parent)
    , m_capacity(qMax(1, capacity))
{
    setObjectName(QStringLiteral("sqlEventModel"));
}

int SqlEventModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int SqlEventModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SqlEventModel::flagsText(const SqlRecord &r)
{
    if (r.isDuplicate())
        return tr("duplicate");
    if (r.isSimilar())
        return tr("similar");
    return {};
}

QString SqlEventModel::boundText(const QVariantList &bound)
{
    QStringList parts;
    parts.reserve(bound.size());
    for (const QVariant &value : bound) {
        if (value.isNull())
            parts.append(QStringLiteral("NULL"));
        else if (value.typeId() == QMetaType::QString)
            parts.append(QLatin1Char('\'') + value.toString() + QLatin1Char('\''));
        else
            parts.append(value.toString());
    }
    return parts.join(QStringLiteral(", "));
}

QVariant SqlEventModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SqlRecord &r = m_records[size_t(index.row())];
    if (role == Qt::ToolTipRole) {
        if (index.column() == SqlColumn)
            return r.error.isEmpty() ? r.sql : r.sql + QLatin1Char('\n') + r.error;
        if (index.column() == FlagsColumn && (r.isSimilar() || r.isDuplicate()))
            return tr("Earlier statements with the same SQL: %1; with the same values too: %2")
                    .arg(r.similar)
                    .arg(r.duplicates);
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == DurationColumn || index.column() == RowsColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool sort = role == SortRole;
    switch (index.column()) {
    case TimeColumn:
        if (sort)
            return r.timestampMs;
        return QDateTime::fromMSecsSinceEpoch(r.timestampMs)
                .toString(QStringLiteral("HH:mm:ss.zzz"));
    case SqlColumn:
        return r.sql.simplified();
    case BoundColumn:
        return boundText(r.bound);
    case DurationColumn:
        if (sort)
            return r.durationNs;
        return tr("%1 µs").arg(QLocale().toString(double(r.durationNs) / 1000.0, 'f', 1));
    case RowsColumn:
        if (sort)
            return r.rows;
        return r.rows < 0 ? QString() : QLocale().toString(r.rows);
    case FlagsColumn:
        if (sort)
            return r.isDuplicate() ? 2 : r.isSimilar() ? 1 : 0;
        return flagsText(r);
    case OriginColumn:
        return sort ? r.origin : originDisplayName(r.origin);
    default:
        return {};
    }
}

QVariant SqlEventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case SqlColumn:
        return tr("SQL");
    case BoundColumn:
        return tr("Bound values");
    case DurationColumn:
        return tr("Duration");
    case RowsColumn:
        return tr("Rows");
    case FlagsColumn:
        return tr("Flags");
    case OriginColumn:
        return tr("Origin");
    default:
        return {};
    }
}

void SqlEventModel::count(const SqlRecord &r, int sign)
{
    m_totalNs += sign * r.durationNs;
    m_similar += r.isSimilar() && !r.isDuplicate() ? sign : 0;
    m_duplicates += r.isDuplicate() ? sign : 0;
}

void SqlEventModel::append(const QList<SqlRecord> &records)
{
    appendBounded(
            m_records, records, m_capacity,
            [this](const SqlRecord &record, int sign) { count(record, sign); },
            [this](int n, const auto &work) {
                beginRemoveRows({}, 0, n - 1);
                work();
                endRemoveRows();
            },
            [this](int firstRow, int lastRow, const auto &work) {
                beginInsertRows({}, firstRow, lastRow);
                work();
                endInsertRows();
            });
    if (!records.isEmpty())
        emit totalsChanged();
}

void SqlEventModel::clear()
{
    beginResetModel();
    m_records.clear();
    m_totalNs = 0;
    m_similar = 0;
    m_duplicates = 0;
    endResetModel();
    emit totalsChanged();
}

} // namespace pm
