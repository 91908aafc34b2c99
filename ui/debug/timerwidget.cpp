#include "debug/timerwidget.h"

#include "diagnostics/actionlog.h"
#include "diagnostics/actiontablemodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace pm {

TimerWidget::TimerWidget(ActionLog *log, QWidget *parent)
    : QWidget(parent)
    , m_log(log)
    , m_model(new ActionTableModel(log, ActionTableModel::Order::NewestFirst, this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("timerTab"));
    m_model->setObjectName(QStringLiteral("timerModel"));
    m_summary->setObjectName(QStringLiteral("timerSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table->setObjectName(QStringLiteral("timerTable"));
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Timed actions"));
    m_table->setAccessibleDescription(tr("One row per action, newest first: wall, CPU, cache, "
                                         "SQL, model and paint time"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ActionTableModel::ActionColumn, QHeaderView::Stretch);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);

    connect(m_log, &ActionLog::actionAdded, this, &TimerWidget::updateSummary);
    connect(m_log, &ActionLog::actionChanged, this, &TimerWidget::updateSummary);
    connect(m_log, &ActionLog::actionsRemoved, this, &TimerWidget::updateSummary);
    updateSummary();
}

void TimerWidget::updateSummary()
{
    const auto &actions = m_log->actions();
    if (actions.empty()) {
        m_summary->setText(tr("No actions yet: load, refresh or save to see where the time goes."));
        return;
    }
    const ActionRecord &last = actions.back();
    // Label/value pairs, as on the Cache tab.
    m_summary->setText(tr("Last <b>%1</b> · Wall <b>%2</b> · CPU <b>%3</b> · Cache <b>%4</b> · "
                          "SQL <b>%5</b> · Model <b>%6</b> · Paint <b>%7</b>")
                               .arg(last.name.toHtmlEscaped(),
                                    ActionTableModel::formatNs(last.wallNs),
                                    ActionTableModel::formatNs(last.cpuNs),
                                    ActionTableModel::formatNs(last.cacheNs),
                                    ActionTableModel::formatNs(last.sqlNs),
                                    ActionTableModel::formatNs(last.modelNs),
                                    ActionTableModel::formatNs(last.paintNs)));
}

} // namespace pm
