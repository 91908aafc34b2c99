#include "diagnostics/cachecallmodel.h"

#include "diagnostics/boundedrows.h"
#include "diagnostics/originname.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace pm {

CacheCallModel::CacheCallModel(int capacity, QObject *parent)
    : QAbstractTableModel(parent)
    , m_capacity(qMax(1, capacity))
{
    setObjectName(QStringLiteral("cacheCallModel"));
}

int CacheCallModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int CacheCallModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CacheCallModel::resultText(const CacheCallRecord &r)
{
    if (r.error)
        return tr("error");
    if (r.hits == 0 && r.misses == 0)
        return {};
    if (r.hits == 1 && r.misses == 0)
        return tr("hit");
    if (r.hits == 0 && r.misses == 1)
        return tr("miss");
    // Without %n: pm_core has no plural translator, and "1 hit(s)" reads badly.
    const QString hits = r.hits == 1 ? tr("1 hit") : tr("%1 hits").arg(r.hits);
    const QString misses = r.misses == 1 ? tr("1 miss") : tr("%1 misses").arg(r.misses);
    return tr("%1, %2").arg(hits, misses);
}

QVariant CacheCallModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CacheCallRecord &r = m_records[size_t(index.row())];
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case BytesColumn:
        case DurationColumn:
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == ResultColumn && r.error)
            return r.error->message;
        if (index.column() == KeysColumn)
            return r.keys.join(QLatin1Char('\n'));
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
    case OperationColumn:
        return cacheOpName(r.operation);
    case KeysColumn:
        return r.keys.join(QStringLiteral(", "));
    case ArgumentsColumn:
        if (sort)
            return r.version;
        return tr("version %1").arg(r.version);
    case ResultColumn:
        return resultText(r);
    case BytesColumn:
        return sort ? QVariant(r.bytes) : QVariant(QLocale().toString(r.bytes));
    case BackendColumn:
        return r.backend;
    case DurationColumn:
        if (sort)
            return r.durationNs;
        return tr("%1 µs").arg(QLocale().toString(double(r.durationNs) / 1000.0, 'f', 1));
    case OriginColumn:
        return sort ? r.origin : originDisplayName(r.origin);
    default:
        return {};
    }
}

QVariant CacheCallModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case OperationColumn:
        return tr("Operation");
    case KeysColumn:
        return tr("Keys");
    case ArgumentsColumn:
        return tr("Arguments");
    case ResultColumn:
        return tr("Hit/miss");
    case BytesColumn:
        return tr("Bytes");
    case BackendColumn:
        return tr("Backend");
    case DurationColumn:
        return tr("Duration");
    case OriginColumn:
        return tr("Origin");
    default:
        return {};
    }
}

void CacheCallModel::count(const CacheCallRecord &r, int sign)
{
    // Unsigned wrap-around makes subtraction exact for values added before.
    const auto s = quint64(qint64(sign));
    CacheCallTotals &t = isPanelOrigin(r.origin) ? m_panelTotals : m_totals;
    t.calls += s;
    t.hits += s * quint64(r.hits);
    t.misses += s * quint64(r.misses);
    t.errors += r.error ? s : 0;
    t.totalNs += sign * r.durationNs;
    t.perOperation[size_t(r.operation)] += s;
}

void CacheCallModel::append(const QList<CacheCallRecord> &records)
{
    appendBounded(
            m_records, records, m_capacity,
            [this](const CacheCallRecord &record, int sign) { count(record, sign); },
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

void CacheCallModel::clear()
{
    beginResetModel();
    m_records.clear();
    m_totals = {};
    m_panelTotals = {};
    endResetModel();
    emit totalsChanged();
}

} // namespace pm
