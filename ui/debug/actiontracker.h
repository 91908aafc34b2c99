#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>

class QAbstractItemModel;
class QWidget;

namespace pm {

class ActionLog;

/**
 * The UI-thread side of the Timer tab: starts an action when the window sends a request,
 * measures the wall time to the answer shown, the time the table model takes to apply a list
 * (its reset, watched through the model's signals, so it holds wherever and whenever the
 * window applies the list) and the next paint of the table's viewport after that (an event
 * filter that wraps the viewport's Paint event). The worker's CPU time and the cache and SQL sums
 * reach the ActionLog from the worker's requestMeasured() and the panel's drained records.
 */
class ActionTracker : public QObject
{
    Q_OBJECT
public:
    ActionTracker(ActionLog *log, QWidget *viewport, QAbstractItemModel *model,
                  QObject *parent = nullptr);

    /// A request was sent; its name comes from the worker's origin unless named here.
    /// `ageNs`: the request was sent that long ago (before the tracker existed).
    void begin(int id, const QString &name = {}, qint64 ageNs = 0);
    void rename(int id, const QString &name);
    /// The worker measured the request (ProductWorker::requestMeasured).
    void workerMeasured(int id, const QString &origin, qint64 cpuNs, qint64 workerNs);
    /// The answer is shown (called again later, e.g. after the model, it extends the time).
    void answered(int id);
    void failed(int id);
    /// The list of `id` arrived and is shown next: the model's next reset applies it.
    void listArrived(int id);
    /// Applying the answer to the model took `ns`; the next viewport paint belongs to `id`.
    void modelApplied(int id, qint64 ns);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ActionLog *m_log;
    QPointer<QWidget> m_viewport;
    QElapsedTimer m_clock; // monotonic: one reference for every action's start
    QHash<int, qint64> m_started; // action id → m_clock ns at the request
    QHash<int, bool> m_named; // actions named by the window, not by the worker's origin
    int m_applying = 0; // the list action whose model reset comes next
    QElapsedTimer m_reset; // runs from the model's modelAboutToBeReset to its modelReset
    int m_awaitingPaint = 0; // the action whose model change has not been painted yet
    bool m_inPaint = false;
};

} // namespace pm
