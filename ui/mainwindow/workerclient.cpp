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
    m_tracker->begin(id);
    emit pendingChanged();
    ProductWorker *worker = m_worker;
    // The worker is the context object: the lambda runs in the worker thread.
    QMetaObject::invokeMethod(
            worker, [worker, id, call = std::move(call)] { call(worker, id); },
            Qt::QueuedConnection);
    return id;
}

void WorkerClient::finish(int requestId)
{
    m_tracker->answered(requestId);
    m_pending.remove(requestId);
    emit pendingChanged();
}

} // namespace pm
