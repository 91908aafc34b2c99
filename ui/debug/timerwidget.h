#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace pm {

class ActionLog;
class ActionTableModel;

/// The Timer tab: one row per UI action, newest first, with its wall, CPU, cache, SQL, model
/// and paint times.
class TimerWidget : public QWidget
{
    Q_OBJECT
public:
    explicit TimerWidget(ActionLog *log, QWidget *parent = nullptr);

    ActionTableModel *model() const { return m_model; }

private:
    void updateSummary();

    ActionLog *m_log;
    ActionTableModel *m_model;
    QLabel *m_summary;
    QTableView *m_table;
};

} // namespace pm
