#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace pm {

class ActionLog;
class ActionTableModel;
class CacheCallModel;
class SqlEventModel;

/// The History tab: the last 50 actions (pinned ones first). Selecting one shows its timings,
/// its cache calls and its SQL; Pin keeps it beyond the 50.
class HistoryWidget : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryWidget(ActionLog *log, QWidget *parent = nullptr);

    ActionTableModel *model() const { return m_model; }
    /// The selected action's calls and statements.
    CacheCallModel *callModel() const { return m_calls; }
    SqlEventModel *sqlModel() const { return m_sql; }
    /// Selects the action with this id (false if it is not kept).
    bool selectAction(int id);
    /// The selected action's id, or 0.
    int selectedActionId() const { return m_selected; }
    /// Pins or unpins the selected action.
    void togglePin();

private:
    void showSelected();
    void onActionChanged(int id);

    ActionLog *m_log;
    ActionTableModel *m_model;
    CacheCallModel *m_calls;
    SqlEventModel *m_sql;
    QTableView *m_table;
    QPushButton *m_pin;
    QLabel *m_timings;
    QTableView *m_callTable;
    QTableView *m_sqlTable;
    int m_selected = 0;
};

} // namespace pm
