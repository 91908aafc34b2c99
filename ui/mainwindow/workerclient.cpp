#include "mainwindow/workerclient.h"

#include "debug/actiontracker.h"
#include "worker/productworker.h"

#include <utility>

namespace pm {

WorkerClient::WorkerClient(ProductWorker *worker, QObject *parent)
    : QObject(parent)
    , m_worker(worker)
{ }

int WorkerClient::send(const QString &failureText, Call call)
{
    const int id = m_nextRequestId++;
    m_pending.insert(id, failureText);
    if (m_tracker)
        m_tracker->begin(id);
    else
        m_untracked[id].start();
    emit pendingChanged();
    ProductWorker *worker = m_worker;
    // The worker is the context object: the lambda runs in the worker thread.
    QMetaObject::invokeMethod(
            worker, [worker, id, call = std::move(call)] { call(worker, id); },
            Qt::QueuedConnection);
    return id;
}

void WorkerClient::setActionTracker(ActionTracker *tracker)
{
    m_tracker = tracker;
    // Still pending, all of them: finish() forgets an untracked request.
    for (auto it = m_untracked.cbegin(); it != m_untracked.cend(); ++it)
        m_tracker->begin(it.key(), {}, it.value().nsecsElapsed());
    m_untracked.clear();
}

void WorkerClient::finish(int requestId)
{
    if (m_tracker)
        m_tracker->answered(requestId);
    else
        m_untracked.remove(requestId);
    m_pending.remove(requestId);
    emit pendingChanged();
}

} // namespace pm
