#include "diagnostics/sqleventmodel.h"

#include "diagnostics/boundedrows.h"
#include "diagnostics/originname.h"

#include <QDateTime>
#include <QLocale>

#include <utility>

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

bool SqlEventModel::isDuplicate(int row) const
{
    const SqlRecord &r = m_records[size_t(row)];
    return m_duplicateCounts.value(SqlLog::duplicateKey(r.sql, r.bound)) > 1;
}

bool SqlEventModel::isSimilar(int row) const
{
    return m_sqlCounts.value(m_records[size_t(row)].sql) > 1;
}

QString SqlEventModel::flagsText(int row) const
{
    if (isDuplicate(row))
        return tr("duplicate");
    if (isSimilar(row))
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
        if (index.column() == FlagsColumn && isSimilar(index.row()))
            return tr("Statements in this table with the same SQL: %1; with the same values "
                      "too: %2")
                    .arg(m_sqlCounts.value(r.sql))
                    .arg(m_duplicateCounts.value(SqlLog::duplicateKey(r.sql, r.bound)));
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
            return isDuplicate(index.row()) ? 2 : isSimilar(index.row()) ? 1 : 0;
        return flagsText(index.row());
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
    // Rows flagged: every row of a text held twice or more. Going from one row to two flags
    // both (the first copy too), and back from two to one unflags both.
    auto tally = [this, sign](QHash<QString, int> &counts, const QString &key, int &rows) {
        int &n = counts[key];
        const int before = n;
        n += sign;
        const auto flagged = [](int c) {
            return c > 1 ? c : 0;
        };
        rows += flagged(n) - flagged(before);
        if ((before > 1) != (n > 1))
            m_flagsChanged = true;
        if (n <= 0)
            counts.remove(key);
    };
    tally(m_sqlCounts, r.sql, m_similarRows);
    tally(m_duplicateCounts, SqlLog::duplicateKey(r.sql, r.bound), m_duplicateRows);
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
    m_seen += records.size();
    if (std::exchange(m_flagsChanged, false) && !m_records.empty())
        emit dataChanged(index(0, FlagsColumn), index(rowCount() - 1, FlagsColumn));
    if (!records.isEmpty())
        emit totalsChanged();
}

void SqlEventModel::clear()
{
    beginResetModel();
    m_records.clear();
    m_totalNs = 0;
    m_seen = 0;
    m_sqlCounts.clear();
    m_duplicateCounts.clear();
    m_similarRows = 0;
    m_duplicateRows = 0;
    m_flagsChanged = false;
    endResetModel();
    emit totalsChanged();
}

} // namespace pm
