#pragma once

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QCoreApplication>
#include <QEvent>
#include <QMetaObject>

#include <cstdio>
#include <time.h>

namespace pm {

/// The cold-start probe of bench/ (docs/performance-goals.md, "Cold start"): with
/// PM_EXIT_AFTER_FIRST_PAINT=1 in the environment, the first paint of `view` showing a non-empty
/// model prints "first-paint <CLOCK_MONOTONIC ns> rows <n>" on stdout and quits the application.
/// Header-only and Widgets-only, so that the bench's minimal Qt program uses the very same probe.
class FirstPaintExit final : public QObject
{
public:
    static void installIfRequested(QAbstractItemView *view)
    {
        if (qEnvironmentVariableIntValue("PM_EXIT_AFTER_FIRST_PAINT") == 1)
            view->viewport()->installEventFilter(new FirstPaintExit(view));
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        const QAbstractItemModel *model = m_view->model();
        if (!m_done && event->type() == QEvent::Paint && model && model->rowCount() > 0) {
            m_done = true;
            const int rows = model->rowCount();
            // Queued: runs once this paint event has been handled, i.e. the rows are drawn.
            QMetaObject::invokeMethod(
                    this,
                    [rows] {
                        timespec now{};
                        clock_gettime(CLOCK_MONOTONIC, &now);
                        std::printf("first-paint %lld rows %d\n",
                                    static_cast<long long>(now.tv_sec) * 1'000'000'000LL
                                            + now.tv_nsec,
                                    rows);
                        std::fflush(stdout);
                        QCoreApplication::exit(0);
                    },
                    Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    explicit FirstPaintExit(QAbstractItemView *view)
        : QObject(view)
        , m_view(view)
    { }

    QAbstractItemView *m_view;
    bool m_done = false;
};

} // namespace pm
