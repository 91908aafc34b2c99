#pragma once

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QCoreApplication>
#include <QEvent>
#include <QMetaObject>

#include <cstdio>
#include <functional>
#include <time.h>
#include <utility>

namespace pm {

/// Calls `done` once, queued right after the first paint of `view` showing a non-empty model
/// (the rows are drawn by then). Header-only and Widgets-only.
class FirstListPaint final : public QObject
{
public:
    static void watch(QAbstractItemView *view, std::function<void()> done)
    {
        view->viewport()->installEventFilter(new FirstListPaint(view, std::move(done)));
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        const QAbstractItemModel *model = m_view->model();
        if (m_done && event->type() == QEvent::Paint && model && model->rowCount() > 0) {
            QMetaObject::invokeMethod(m_view, std::exchange(m_done, nullptr), Qt::QueuedConnection);
            deleteLater();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    FirstListPaint(QAbstractItemView *view, std::function<void()> done)
        : QObject(view)
        , m_view(view)
        , m_done(std::move(done))
    { }

    QAbstractItemView *m_view;
    std::function<void()> m_done;
};

/// The cold-start probe of bench/ (docs/performance-goals.md, "Cold start"): with
/// PM_EXIT_AFTER_FIRST_PAINT=1 in the environment, the first paint of `view` showing a non-empty
/// model prints "first-paint <CLOCK_MONOTONIC ns> rows <n>" on stdout and quits the application.
/// The bench's minimal Qt program uses the very same probe.
struct FirstPaintExit
{
    static void installIfRequested(QAbstractItemView *view)
    {
        if (qEnvironmentVariableIntValue("PM_EXIT_AFTER_FIRST_PAINT") != 1)
            return;
        FirstListPaint::watch(view, [view] {
            timespec now{};
            clock_gettime(CLOCK_MONOTONIC, &now);
            std::printf("first-paint %lld rows %d\n",
                        static_cast<long long>(now.tv_sec) * 1'000'000'000LL + now.tv_nsec,
                        view->model()->rowCount());
            std::fflush(stdout);
            QCoreApplication::exit(0);
        });
    }
};

} // namespace pm
