#include "debug/historywidget.h"

#include "debug/debugtable.h"

#include "diagnostics/actionlog.h"
#include "diagnostics/actiontablemodel.h"
#include "diagnostics/cachecallmodel.h"
#include "diagnostics/originname.h"
#include "diagnostics/sqleventmodel.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace pm {

HistoryWidget::HistoryWidget(ActionLog *log, QWidget *parent)
    : QWidget(parent)
    , m_log(log)
    , m_model(new ActionTableModel(log, ActionTableModel::Order::PinnedFirst, this))
    , m_calls(new CacheCallModel(ActionRecord::MaxKeptRecords, this))
    , m_sql(new SqlEventModel(ActionRecord::MaxKeptRecords, this))
{
    setObjectName(QStringLiteral("historyTab"));
    m_model->setObjectName(QStringLiteral("historyModel"));
    m_calls->setObjectName(QStringLiteral("historyCallModel"));
    m_sql->setObjectName(QStringLiteral("historySqlModel"));

    m_table = createDebugTable(this, QStringLiteral("historyTable"), m_model);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAccessibleName(tr("Action history"));
    m_table->setAccessibleDescription(
            tr("The last %1 actions, pinned ones first; select one to see its cache calls, SQL "
               "and timings")
                    .arg(ActionLog::HistorySize));
    QHeaderView *header = m_table->horizontalHeader();
    for (int c = 0; c < ActionTableModel::ColumnCount; ++c) {
        if (c != ActionTableModel::TimeColumn && c != ActionTableModel::ActionColumn
            && c != ActionTableModel::WallColumn)
            m_table->hideColumn(c);
    }
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ActionTableModel::ActionColumn, QHeaderView::Stretch);

    m_pin = new QPushButton(tr("Pin"), this);
    m_pin->setObjectName(QStringLiteral("pinActionButton"));
    m_pin->setToolTip(tr("Keep this action beyond the last %1").arg(ActionLog::HistorySize));
    m_pin->setAccessibleDescription(m_pin->toolTip());
    m_pin->setEnabled(false);
    connect(m_pin, &QPushButton::clicked, this, &HistoryWidget::togglePin);

    m_timings = new QLabel(tr("Select an action to see its cache calls, SQL and timings."), this);
    m_timings->setObjectName(QStringLiteral("historyTimings"));
    m_timings->setWordWrap(true);
    m_timings->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_callTable = createDebugTable(this, QStringLiteral("historyCallTable"), m_calls);
    // The detail pane is narrow: a stretched Keys column got what the others left, often
    // nothing ("…"). The short columns take their contents' width, Keys a readable one of its
    // own (elided in the middle, so prefix, version and name all show); the table scrolls.
    QHeaderView *callHeader = m_callTable->horizontalHeader();
    callHeader->setSectionResizeMode(QHeaderView::ResizeToContents);
    callHeader->setSectionResizeMode(CacheCallModel::KeysColumn, QHeaderView::Interactive);
    callHeader->resizeSection(CacheCallModel::KeysColumn,
                              m_callTable->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 28);
    callHeader->setStretchLastSection(true);
    m_callTable->setTextElideMode(Qt::ElideMiddle);
    setLeftToRightColumn(m_callTable, CacheCallModel::KeysColumn);
    m_callTable->hideColumn(CacheCallModel::OriginColumn); // the selected action's, all of them
    m_callTable->setAccessibleName(tr("Cache calls of the selected action"));
    m_callTable->setAccessibleDescription(
            tr("Operation, keys, hit or miss, bytes and duration of each call"));
    m_sqlTable = createDebugTable(this, QStringLiteral("historySqlTable"), m_sql);
    m_sqlTable->horizontalHeader()->setSectionResizeMode(SqlEventModel::SqlColumn,
                                                         QHeaderView::Stretch);
    m_sqlTable->hideColumn(SqlEventModel::OriginColumn);
    setLeftToRightColumn(m_sqlTable, SqlEventModel::SqlColumn);
    setLeftToRightColumn(m_sqlTable, SqlEventModel::BoundColumn);
    m_sqlTable->setAccessibleName(tr("SQL of the selected action"));
    m_sqlTable->setAccessibleDescription(
            tr("Each statement with its bound values, duration, rows and flags"));
    fitHeaderTexts(m_callTable->horizontalHeader());
    fitHeaderTexts(m_sqlTable->horizontalHeader());

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_table, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_pin);
    buttons->addStretch(1);
    leftLayout->addLayout(buttons);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_timings);
    auto *details = new QSplitter(Qt::Vertical, right);
    details->addWidget(m_callTable);
    details->addWidget(m_sqlTable);
    rightLayout->addWidget(details, 1);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("historySplitter"));
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 5);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HistoryWidget::showSelected);
    connect(m_log, &ActionLog::actionChanged, this, &HistoryWidget::onActionChanged);
    connect(m_log, &ActionLog::actionsRemoved, this, [this](const QList<int> &ids) {
        if (ids.contains(m_selected))
            showSelected();
    });
}

bool HistoryWidget::selectAction(int id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                               QItemSelectionModel::ClearAndSelect
                                                       | QItemSelectionModel::Rows);
    m_table->scrollTo(m_model->index(row, 0));
    return true;
}

void HistoryWidget::togglePin()
{
    if (const ActionRecord *a = m_log->find(m_selected)) {
        m_log->setPinned(a->id, !a->pinned);
        // The row moves (pinned first): keep it selected and in view.
        selectAction(m_selected);
    }
}

void HistoryWidget::onActionChanged(int id)
{
    if (id == m_selected)
        showSelected();
}

void HistoryWidget::showSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const ActionRecord *a = rows.isEmpty() ? nullptr : m_model->action(rows.first().row());
    m_pin->setEnabled(a != nullptr);
    if (!a) {
        m_selected = 0;
        m_calls->clear();
        m_sql->clear();
        m_pin->setText(tr("Pin"));
        m_timings->setText(tr("Select an action to see its cache calls, SQL and timings."));
        return;
    }
    const bool sameAction = a->id == m_selected;
    m_selected = a->id;
    m_pin->setText(a->pinned ? tr("Unpin") : tr("Pin"));
    m_timings->setText(
            tr("<b>%1</b> at %2 · Wall <b>%3</b> · CPU <b>%4</b> · Cache <b>%5</b> (calls %6, "
               "hits %7, misses %8) · SQL <b>%9</b> (statements %10) · Model <b>%11</b> · "
               "Paint <b>%12</b>")
                    .arg(originDisplayName(a->name).toHtmlEscaped(),
                         QDateTime::fromMSecsSinceEpoch(a->startMs)
                                 .toString(QStringLiteral("HH:mm:ss.zzz")),
                         ActionTableModel::formatNs(a->wallNs),
                         ActionTableModel::formatNs(a->cpuNs),
                         ActionTableModel::formatNs(a->cacheNs))
                    .arg(a->cacheCalls)
                    .arg(a->hits)
                    .arg(a->misses)
                    .arg(ActionTableModel::formatNs(a->sqlNs))
                    .arg(a->statements)
                    .arg(ActionTableModel::formatNs(a->modelNs),
                         ActionTableModel::formatNs(a->paintNs)));
    // Records only ever arrive after the ones shown: append the new ones.
    if (!sameAction) {
        m_calls->clear();
        m_sql->clear();
    }
    if (m_calls->rowCount() < a->calls.size())
        m_calls->append(a->calls.mid(m_calls->rowCount()));
    if (m_sql->rowCount() < a->sql.size())
        m_sql->append(a->sql.mid(m_sql->rowCount()));
}

} // namespace pm
