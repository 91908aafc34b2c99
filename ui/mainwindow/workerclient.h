#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace pm {

class ActionTracker;
class ProductWorker;

/// The window's requests to the worker thread: each call is queued under a new request id and
/// stays pending until its answer (or failure) is finished here. The UI thread never waits.
class WorkerClient : public QObject
{
    Q_OBJECT
public:
    using Call = std::function<void(ProductWorker *, int)>;

    WorkerClient(ProductWorker *worker, QObject *parent = nullptr);

    /// Every request is timed from here to its answer (the debug panel's Timer tab), also
    /// those sent before the tracker was set.
    void setActionTracker(ActionTracker *tracker);

    /// Queues `call` to the worker thread under a new request id and returns the id.
    /// `failureText` is the message shown if it fails ("%1" is replaced by the error).
    int send(const QString &failureText, Call call);
    void finish(int requestId);

    bool isPending(int requestId) const { return m_pending.contains(requestId); }
    bool isIdle() const { return m_pending.isEmpty(); }
    int pendingCount() const { return int(m_pending.size()); }
    QString failureText(int requestId) const { return m_pending.value(requestId); }

signals:
    /// A request was sent or finished (the busy indicator follows).
    void pendingChanged();

private:
    ProductWorker *m_worker;
    ActionTracker *m_tracker = nullptr;
    int m_nextRequestId = 1;
    QHash<int, QString> m_pending; // request id → its failure text
    QHash<int, QElapsedTimer> m_untracked; // sent before there was a tracker
};

} // namespace pm
