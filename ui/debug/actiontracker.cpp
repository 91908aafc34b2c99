#include "debug/actiontracker.h"

#include "diagnostics/actionlog.h"
#include "diagnostics/originname.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>
#include <QWidget>

#include <utility>

namespace pm {

namespace {
constexpr int PruneAbove = 100; // start times kept before forgetting actions no longer logged
}

ActionTracker::ActionTracker(ActionLog *log, QWidget *viewport, QAbstractItemModel *model,
                             QObject *parent)
    : QObject(parent)
    , m_log(log)
    , m_viewport(viewport)
{
    setObjectName(QStringLiteral("actionTracker"));
    m_clock.start();
    if (viewport)
        viewport->installEventFilter(this);
    if (model) {
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
            if (m_applying != 0)
                m_reset.start();
        });
        connect(model, &QAbstractItemModel::modelReset, this, [this] {
            if (m_applying == 0 || !m_reset.isValid())
                return;
            const int id = std::exchange(m_applying, 0);
            modelApplied(id, m_reset.nsecsElapsed());
            m_reset.invalidate();
        });
    }
}

void ActionTracker::listArrived(int id)
{
    m_applying = id;
    m_reset.invalidate();
}

void ActionTracker::begin(int id, const QString &name, qint64 ageNs)
{
    if (isPanelOrigin(name))
        return; // the panel's own work is not a user action
    if (m_started.size() > PruneAbove) {
        // Answers that never extend their time again (writes, overtaken loads).
        for (auto it = m_started.begin(); it != m_started.end();) {
            if (m_log->contains(it.key())) {
                ++it;
            } else {
                m_named.remove(it.key());
                it = m_started.erase(it);
            }
        }
    }
    m_started.insert(id, m_clock.nsecsElapsed() - ageNs);
    if (!name.isEmpty())
        m_named.insert(id, true);
    m_log->begin(id, name, QDateTime::currentMSecsSinceEpoch() - ageNs / 1'000'000);
}

void ActionTracker::rename(int id, const QString &name)
{
    if (isPanelOrigin(name)) {
        // The debug panel's own work (Explain) is kept out of Timer, History and Charts.
        m_log->forget(id);
        m_started.remove(id);
        m_named.remove(id);
        return;
    }
    m_named.insert(id, true);
    m_log->rename(id, name);
}

void ActionTracker::workerMeasured(int id, const QString &origin, qint64 cpuNs, qint64 workerNs)
{
    if (!m_named.contains(id)) {
        if (isPanelOrigin(origin)) {
            rename(id, origin);
            return;
        }
        m_log->rename(id, origin);
    }
    m_log->setWorkerTimes(id, cpuNs, workerNs);
}

void ActionTracker::answered(int id)
{
    const auto it = m_started.constFind(id);
    if (it == m_started.cend())
        return;
    m_log->setWallTime(id, m_clock.nsecsElapsed() - *it);
}

void ActionTracker::failed(int id)
{
    answered(id);
    m_log->setFailed(id);
    m_started.remove(id);
    m_named.remove(id);
}

void ActionTracker::modelApplied(int id, qint64 ns)
{
    m_log->setModelTime(id, ns);
    m_awaitingPaint = id;
    // The wall time now covers the model too; nothing else comes for this action.
    answered(id);
    m_started.remove(id);
    m_named.remove(id);
}

bool ActionTracker::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Paint || watched != m_viewport || m_inPaint
        || m_awaitingPaint == 0) {
        return QObject::eventFilter(watched, event);
    }
    // Filters run before the view paints: deliver the event ourselves (this filter steps
    // aside while it runs) to time the whole paint, then swallow the original.
    const int id = m_awaitingPaint;
    m_awaitingPaint = 0;
    m_inPaint = true;
    QElapsedTimer paint;
    paint.start();
    QCoreApplication::sendEvent(watched, event);
    const qint64 ns = paint.nsecsElapsed();
    m_inPaint = false;
    m_log->setPaintTime(id, ns);
    return true;
}

} // namespace pm
